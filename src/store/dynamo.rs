//! The DynamoDB store: one client per process, built once from the settings, and
//! the error classification that turns SDK failures into typed errors.

use crate::attr::Item;
use crate::error::{Error, Result};
use crate::model;
use crate::settings::{EnvName, Settings};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::retry::RetryConfig;
use aws_sdk_dynamodb::config::timeout::TimeoutConfig;
use aws_sdk_dynamodb::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::types::{
    AttributeValue, ReturnConsumedCapacity, Select, TableDescription, TableStatus,
};
use std::time::{Duration, Instant};

/// Connect quickly or not at all: a local endpoint that is down must fail in seconds.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// One request (a scan page on a large DynamoDB Local table can take seconds).
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(20);
/// One operation, retries included: a hung endpoint fails within a minute.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(60);
const MAX_ATTEMPTS: u32 = 3;

#[derive(Clone)]
pub struct DynamoStore {
    pub(crate) client: Client,
    /// Where requests go, for messages.
    label: String,
    hint: String,
}

impl DynamoStore {
    /// Builds the client. Dev never reads AWS config files or probes for credentials:
    /// it uses a fixed region and dummy keys, so it starts instantly on any machine.
    pub async fn connect(settings: &Settings) -> Result<DynamoStore> {
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .operation_attempt_timeout(ATTEMPT_TIMEOUT)
            .operation_timeout(OPERATION_TIMEOUT)
            .build();
        let retry = RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS);
        let config = match settings.env {
            EnvName::Dev => {
                let region = settings
                    .region
                    .as_ref()
                    .map(|r| r.value.clone())
                    .unwrap_or_else(|| crate::settings::DEFAULT_DEV_REGION.to_string());
                let mut b = aws_sdk_dynamodb::Config::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new(region))
                    .credentials_provider(Credentials::new(
                        "cruddurlocal",
                        "cruddurlocal",
                        None,
                        None,
                        "cruddur-ddb-dev",
                    ))
                    .timeout_config(timeouts)
                    // A local server that refuses is down: retry briefly, fail fast.
                    .retry_config(retry.with_initial_backoff(Duration::from_millis(50)));
                if let Some(e) = &settings.endpoint {
                    b = b.endpoint_url(&e.value);
                }
                b.build()
            }
            EnvName::Prod => {
                let mut loader = aws_config::defaults(BehaviorVersion::latest())
                    .timeout_config(timeouts)
                    .retry_config(retry);
                if let Some(p) = &settings.profile {
                    loader = loader.profile_name(&p.value);
                }
                if let Some(r) = &settings.region {
                    loader = loader.region(Region::new(r.value.clone()));
                }
                if let Some(e) = &settings.endpoint {
                    loader = loader.endpoint_url(&e.value);
                }
                let shared = loader.load().await;
                if shared.region().is_none() {
                    return Err(Error::Usage(
                        "no AWS region for --env prod: pass --region, set AWS_REGION, or set a region in your AWS profile".into(),
                    ));
                }
                aws_sdk_dynamodb::config::Builder::from(&shared).build()
            }
        };
        Ok(DynamoStore::from_client(
            Client::from_conf(config),
            settings.target_label(),
            settings.unreachable_hint(),
        ))
    }

    pub fn from_client(client: Client, label: String, hint: String) -> DynamoStore {
        DynamoStore {
            client,
            label,
            hint,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// Turns an SDK error into a typed error naming the operation and the endpoint.
    pub fn classify<E, R>(&self, what: &str, err: SdkError<E, R>) -> Error
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
        R: std::fmt::Debug + Send + Sync + 'static,
    {
        let label = &self.label;
        let credentials_problem = |cause: &str| {
            let c = cause.to_ascii_lowercase();
            [
                "credential",
                "imds",
                "profile",
                "sso",
                "token",
                "access key",
            ]
            .iter()
            .any(|w| c.contains(w))
        };
        match &err {
            SdkError::DispatchFailure(_) | SdkError::ConstructionFailure(_)
                if credentials_problem(&root_cause(&err)) =>
            {
                Error::Auth(format!(
                    "no usable AWS credentials for {label} ({what}): {}; configure them with `aws configure`, --profile/AWS_PROFILE, or `aws sso login`",
                    root_cause(&err)
                ))
            }
            SdkError::DispatchFailure(d) => {
                let cause = root_cause(&err);
                if d.is_timeout() || d.is_io() {
                    Error::Unreachable(format!(
                        "cannot reach DynamoDB at {label} ({what}): {cause}; {}",
                        self.hint
                    ))
                } else if cause.to_ascii_lowercase().contains("credential") {
                    Error::Auth(format!(
                        "no usable AWS credentials for {label}: {cause}; configure them with `aws configure`, --profile or `aws sso login`"
                    ))
                } else {
                    Error::Unreachable(format!(
                        "request to DynamoDB at {label} failed ({what}): {cause}; {}",
                        self.hint
                    ))
                }
            }
            SdkError::TimeoutError(_) => Error::Unreachable(format!(
                "DynamoDB at {label} did not answer in time ({what}); {}",
                self.hint
            )),
            SdkError::ConstructionFailure(_) => {
                let cause = root_cause(&err);
                if cause.to_ascii_lowercase().contains("credential") {
                    Error::Auth(format!(
                        "no usable AWS credentials for {label}: {cause}; configure them with `aws configure`, --profile or `aws sso login`"
                    ))
                } else {
                    Error::Usage(format!("could not build the request ({what}): {cause}"))
                }
            }
            _ => {
                let code = err.code().unwrap_or("");
                let message = err.message().unwrap_or("").to_string();
                let detail = if message.is_empty() {
                    code.to_string()
                } else {
                    format!("{code}: {message}")
                };
                match code {
                    "ResourceNotFoundException" => Error::NotFound(format!(
                        "{what}: not found at {label} ({detail}); create the table with `cruddur-ddb schema load` or check --table"
                    )),
                    "UnrecognizedClientException"
                    | "InvalidSignatureException"
                    | "MissingAuthenticationTokenException"
                    | "IncompleteSignatureException"
                    | "ExpiredTokenException"
                    | "AccessDeniedException" => Error::Auth(format!(
                        "DynamoDB at {label} rejected the credentials ({what}): {detail}; check --profile/AWS_PROFILE, or run `aws sso login`"
                    )),
                    "ValidationException"
                        if message.contains("does not have the specified index") =>
                    {
                        Error::NotFound(format!(
                            "{what}: {detail} at {label}; the table lacks the index {}: recreate it with `cruddur-ddb schema load`",
                            model::GSI_NAME
                        ))
                    }
                    "ValidationException" => {
                        Error::Usage(format!("{what}: DynamoDB rejected the request: {detail}"))
                    }
                    "ResourceInUseException" => Error::Conflict(format!("{what}: {detail}")),
                    "ProvisionedThroughputExceededException"
                    | "ThrottlingException"
                    | "RequestLimitExceeded" => Error::Service(format!(
                        "{what}: still throttled by {label} after {MAX_ATTEMPTS} attempts ({detail}); retry later or raise the table's capacity"
                    )),
                    "" => Error::Service(format!(
                        "{what}: unexpected answer from {label}: {}",
                        root_cause(&err)
                    )),
                    _ => Error::Service(format!("{what}: {detail} (from {label})")),
                }
            }
        }
    }

    pub async fn list_tables(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        let mut start: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_tables()
                .set_exclusive_start_table_name(start.take())
                .send()
                .await
                .map_err(|e| self.classify("list tables", e))?;
            names.extend(resp.table_names.unwrap_or_default());
            match resp.last_evaluated_table_name {
                Some(next) => start = Some(next),
                None => return Ok(names),
            }
        }
    }

    /// `None` when the table does not exist.
    pub async fn describe_table(&self, table: &str) -> Result<Option<TableDescription>> {
        match self.client.describe_table().table_name(table).send().await {
            Ok(resp) => Ok(resp.table),
            Err(e) if e.code() == Some("ResourceNotFoundException") => Ok(None),
            Err(e) => Err(self.classify(&format!("describe table {table}"), e)),
        }
    }

    /// Creates the messages table. `Ok(false)` when a table of that name already exists.
    pub async fn create_messages_table(&self, table: &str, stream: bool) -> Result<bool> {
        let req = model::create_table_request(&self.client, table, stream)?;
        match req.send().await {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("ResourceInUseException") => Ok(false),
            Err(e) => Err(self.classify(&format!("create table {table}"), e)),
        }
    }

    pub async fn delete_table(&self, table: &str) -> Result<()> {
        self.client
            .delete_table()
            .table_name(table)
            .send()
            .await
            .map_err(|e| self.classify(&format!("delete table {table}"), e))?;
        Ok(())
    }

    /// Polls until the table and all its indexes are ACTIVE, calling `progress` with
    /// a status line whenever it changes.
    pub async fn wait_active(
        &self,
        table: &str,
        limit: Duration,
        mut progress: impl FnMut(&str),
    ) -> Result<Duration> {
        let start = Instant::now();
        let mut delay = Duration::from_millis(100);
        let mut last = String::new();
        loop {
            let desc = self.describe_table(table).await?.ok_or_else(|| {
                Error::NotFound(format!(
                    "table {table} disappeared from {} while waiting for it",
                    self.label
                ))
            })?;
            let status = desc.table_status.clone().unwrap_or(TableStatus::Creating);
            let indexes: Vec<String> = desc
                .global_secondary_indexes()
                .iter()
                .map(|g| {
                    format!(
                        "{} {}",
                        g.index_name().unwrap_or("?"),
                        g.index_status().map(|s| s.as_str()).unwrap_or("?")
                    )
                })
                .collect();
            let all_active = status == TableStatus::Active
                && desc
                    .global_secondary_indexes()
                    .iter()
                    .all(|g| g.index_status().is_some_and(|s| s.as_str() == "ACTIVE"));
            if all_active {
                return Ok(start.elapsed());
            }
            let line = format!(
                "table {table} {}; indexes: {}",
                status.as_str(),
                indexes.join(", ")
            );
            if line != last {
                progress(&line);
                last = line;
            }
            if start.elapsed() > limit {
                return Err(Error::Incomplete(format!(
                    "table {table} was not ACTIVE after {} s ({last}); check it with `cruddur-ddb table list`",
                    limit.as_secs()
                )));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
    }

    /// Polls until the table is gone.
    pub async fn wait_deleted(&self, table: &str, limit: Duration) -> Result<Duration> {
        let start = Instant::now();
        let mut delay = Duration::from_millis(100);
        while self.describe_table(table).await?.is_some() {
            if start.elapsed() > limit {
                return Err(Error::Incomplete(format!(
                    "table {table} still exists after {} s; it is being deleted, check again with `cruddur-ddb table list`",
                    limit.as_secs()
                )));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
        Ok(start.elapsed())
    }

    /// One page of a query on `key_name = key_value`, newest first unless `forward`.
    pub async fn query(&self, q: &Query<'_>) -> Result<QueryPage> {
        let (condition, mut values) = q.sort.condition(q.key_name);
        values.push((
            ":pk".to_string(),
            AttributeValue::S(q.key_value.to_string()),
        ));
        let mut req = self
            .client
            .query()
            .table_name(q.table)
            .set_index_name(q.index.map(str::to_owned))
            .key_condition_expression(condition)
            .expression_attribute_names("#pk", q.key_name)
            .scan_index_forward(q.forward)
            .set_limit(q.limit)
            .set_exclusive_start_key(q.start_key.clone())
            .return_consumed_capacity(ReturnConsumedCapacity::Total);
        if q.sort != SortCondition::None {
            req = req.expression_attribute_names("#sk", "sk");
        }
        if q.keys_only {
            req = req
                .projection_expression("#kp, #ks")
                .expression_attribute_names("#kp", "pk")
                .expression_attribute_names("#ks", "sk")
                .select(Select::SpecificAttributes);
        }
        for (k, v) in values {
            req = req.expression_attribute_values(k, v);
        }
        let what = match q.index {
            Some(i) => format!("query index {i} of table {}", q.table),
            None => format!("query table {}", q.table),
        };
        let resp = req.send().await.map_err(|e| self.classify(&what, e))?;
        Ok(QueryPage {
            capacity: capacity_units(resp.consumed_capacity.as_ref()),
            items: resp.items.unwrap_or_default(),
            last_key: resp.last_evaluated_key,
        })
    }

    /// Every key (pk, sk) matching the query, following all pages.
    pub async fn query_all_keys(&self, mut q: Query<'_>) -> Result<Vec<Item>> {
        q.keys_only = true;
        let mut keys = Vec::new();
        loop {
            let page = self.query(&q).await?;
            keys.extend(page.items);
            match page.last_key {
                Some(k) => q.start_key = Some(k),
                None => return Ok(keys),
            }
        }
    }
}

/// A key condition on the sort key `sk`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortCondition {
    None,
    BeginsWith(String),
    Between(String, String),
}

impl SortCondition {
    fn condition(&self, _key_name: &str) -> (String, Vec<(String, AttributeValue)>) {
        match self {
            SortCondition::None => ("#pk = :pk".into(), vec![]),
            SortCondition::BeginsWith(p) => (
                "#pk = :pk AND begins_with(#sk, :prefix)".into(),
                vec![(":prefix".into(), AttributeValue::S(p.clone()))],
            ),
            SortCondition::Between(a, b) => (
                "#pk = :pk AND #sk BETWEEN :since AND :until".into(),
                vec![
                    (":since".into(), AttributeValue::S(a.clone())),
                    (":until".into(), AttributeValue::S(b.clone())),
                ],
            ),
        }
    }
}

pub struct Query<'a> {
    pub table: &'a str,
    pub index: Option<&'a str>,
    pub key_name: &'a str,
    pub key_value: &'a str,
    pub sort: SortCondition,
    pub limit: Option<i32>,
    pub forward: bool,
    pub keys_only: bool,
    pub start_key: Option<Item>,
}

impl<'a> Query<'a> {
    pub fn new(table: &'a str, key_name: &'a str, key_value: &'a str) -> Self {
        Query {
            table,
            index: None,
            key_name,
            key_value,
            sort: SortCondition::None,
            limit: None,
            forward: false,
            keys_only: false,
            start_key: None,
        }
    }
}

pub struct QueryPage {
    pub items: Vec<Item>,
    pub capacity: f64,
    pub last_key: Option<Item>,
}

/// Capacity units of a response's ConsumedCapacity (0 when DynamoDB sent none).
pub fn capacity_units(c: Option<&aws_sdk_dynamodb::types::ConsumedCapacity>) -> f64 {
    c.and_then(|c| c.capacity_units).unwrap_or(0.0)
}

/// The innermost error message of a chain: the useful part ("Connection refused").
pub fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current: &(dyn std::error::Error + 'static) = err;
    while let Some(next) = current.source() {
        current = next;
    }
    let text = current.to_string();
    if text.is_empty() {
        err.to_string()
    } else {
        text
    }
}
