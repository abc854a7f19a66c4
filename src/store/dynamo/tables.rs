//! Table administration: list, describe (as a [`TableSchema`] plus its state),
//! create from a schema, delete, and wait for either to finish.

use super::DynamoStore;
use crate::error::{Error, Fact, Result};
use crate::model::schema::{
    Billing, Index, KeyAttribute, KeySchema, Projection, ScalarType, StreamView, TableSchema,
    Throughput,
};
use aws_sdk_dynamodb::client::Waiters;
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType,
    LocalSecondaryIndex, Projection as SdkProjection, ProjectionType, ProvisionedThroughput,
    ScalarAttributeType, StreamSpecification, StreamViewType, TableDescription, TableStatus,
};
use aws_smithy_runtime_api::client::waiters::error::WaiterError;
use std::time::{Duration, Instant};

/// A table as DescribeTable sees it.
#[derive(Debug, Clone)]
pub(crate) struct TableInfo {
    pub schema: TableSchema,
    /// DynamoDB's estimate (updated about every six hours on AWS).
    pub item_count: Option<i64>,
    pub size_bytes: Option<i64>,
    /// Table and every index ACTIVE.
    pub active: bool,
    /// e.g. "table t CREATING; indexes: i CREATING"
    pub status_line: String,
    /// The table's ARN (an export names its table by it).
    pub arn: Option<String>,
}

/// The fact that `table` does not exist at `label`.
pub(crate) fn missing_table(table: &str, label: &str) -> Error {
    Error::Store(
        Fact::TableMissing {
            table: table.to_string(),
        },
        format!("table {table} does not exist at {label}"),
    )
}

fn build_err(what: &str, e: impl std::fmt::Display) -> Error {
    Error::Service(format!("building the {what}: {e}"))
}

pub(super) fn key_elements(key: &KeySchema) -> Result<Vec<KeySchemaElement>> {
    key.attributes()
        .zip([KeyType::Hash, KeyType::Range])
        .map(|(k, kind)| {
            KeySchemaElement::builder()
                .attribute_name(&k.name)
                .key_type(kind)
                .build()
                .map_err(|e| build_err("key schema", e))
        })
        .collect()
}

/// A global index as CreateTable and ImportTable take it.
pub(super) fn global_index(index: &Index, provisioned: bool) -> Result<GlobalSecondaryIndex> {
    let mut g = GlobalSecondaryIndex::builder()
        .index_name(&index.name)
        .set_key_schema(Some(key_elements(&index.key)?))
        .projection(projection(&index.projection));
    if provisioned {
        let units = index.throughput.unwrap_or(Throughput { read: 5, write: 5 });
        g = g.provisioned_throughput(throughput(units)?);
    }
    g.build().map_err(|e| build_err("index", e))
}

fn projection(p: &Projection) -> SdkProjection {
    let b = SdkProjection::builder().projection_type(match p {
        Projection::All => ProjectionType::All,
        Projection::KeysOnly => ProjectionType::KeysOnly,
        Projection::Include(_) => ProjectionType::Include,
    });
    match p {
        Projection::Include(attrs) => b.set_non_key_attributes(Some(attrs.clone())).build(),
        _ => b.build(),
    }
}

pub(super) fn throughput(t: Throughput) -> Result<ProvisionedThroughput> {
    ProvisionedThroughput::builder()
        .read_capacity_units(t.read)
        .write_capacity_units(t.write)
        .build()
        .map_err(|e| build_err("throughput", e))
}

fn scalar(kind: ScalarType) -> ScalarAttributeType {
    match kind {
        ScalarType::S => ScalarAttributeType::S,
        ScalarType::N => ScalarAttributeType::N,
        ScalarType::B => ScalarAttributeType::B,
    }
}

fn stream_view(v: StreamView) -> StreamViewType {
    match v {
        StreamView::NewImage => StreamViewType::NewImage,
        StreamView::OldImage => StreamViewType::OldImage,
        StreamView::NewAndOldImages => StreamViewType::NewAndOldImages,
        StreamView::KeysOnly => StreamViewType::KeysOnly,
    }
}

/// Every key attribute of the table and its indexes, once each.
pub(super) fn attribute_definitions(schema: &TableSchema) -> Result<Vec<AttributeDefinition>> {
    let mut seen: Vec<&KeyAttribute> = Vec::new();
    for k in schema
        .key
        .attributes()
        .chain(schema.indexes.iter().flat_map(|i| i.key.attributes()))
    {
        if !seen.iter().any(|s| s.name == k.name) {
            seen.push(k);
        }
    }
    seen.into_iter()
        .map(|k| {
            AttributeDefinition::builder()
                .attribute_name(&k.name)
                .attribute_type(scalar(k.kind))
                .build()
                .map_err(|e| build_err("attribute definitions", e))
        })
        .collect()
}

fn read_key(elements: &[KeySchemaElement], types: &TableDescription) -> Option<KeySchema> {
    let kind = |name: &str| {
        types
            .attribute_definitions()
            .iter()
            .find(|a| a.attribute_name() == name)
            .map(|a| match a.attribute_type() {
                ScalarAttributeType::N => ScalarType::N,
                ScalarAttributeType::B => ScalarType::B,
                _ => ScalarType::S,
            })
            .unwrap_or(ScalarType::S)
    };
    let find = |t: KeyType| {
        elements
            .iter()
            .find(|k| k.key_type() == &t)
            .map(|k| KeyAttribute {
                name: k.attribute_name().to_string(),
                kind: kind(k.attribute_name()),
            })
    };
    Some(KeySchema {
        partition: find(KeyType::Hash)?,
        sort: find(KeyType::Range),
    })
}

fn read_projection(p: Option<&SdkProjection>) -> Projection {
    match p.and_then(|p| p.projection_type()) {
        Some(ProjectionType::KeysOnly) => Projection::KeysOnly,
        Some(ProjectionType::Include) => Projection::Include(
            p.map(|p| p.non_key_attributes().to_vec())
                .unwrap_or_default(),
        ),
        _ => Projection::All,
    }
}

fn read_throughput<T>(
    t: Option<&T>,
    get: impl Fn(&T) -> (Option<i64>, Option<i64>),
) -> Option<Throughput> {
    t.map(get).map(|(r, w)| Throughput {
        read: r.unwrap_or(0),
        write: w.unwrap_or(0),
    })
}

/// The schema of a described table.
pub(crate) fn schema_of(desc: &TableDescription) -> Option<TableSchema> {
    let pay_per_request = desc
        .billing_mode_summary()
        .and_then(|b| b.billing_mode())
        .is_some_and(|m| *m == BillingMode::PayPerRequest);
    let table_units = read_throughput(desc.provisioned_throughput(), |t| {
        (t.read_capacity_units(), t.write_capacity_units())
    });
    let mut indexes: Vec<Index> = desc
        .global_secondary_indexes()
        .iter()
        .filter_map(|g| {
            Some(Index {
                name: g.index_name()?.to_string(),
                key: read_key(g.key_schema(), desc)?,
                projection: read_projection(g.projection()),
                local: false,
                throughput: if pay_per_request {
                    None
                } else {
                    read_throughput(g.provisioned_throughput(), |t| {
                        (t.read_capacity_units(), t.write_capacity_units())
                    })
                },
            })
        })
        .collect();
    indexes.extend(desc.local_secondary_indexes().iter().filter_map(|l| {
        Some(Index {
            name: l.index_name()?.to_string(),
            key: read_key(l.key_schema(), desc)?,
            projection: read_projection(l.projection()),
            local: true,
            throughput: None,
        })
    }));
    Some(TableSchema {
        name: desc.table_name()?.to_string(),
        key: read_key(desc.key_schema(), desc)?,
        indexes,
        billing: match (pay_per_request, table_units) {
            (false, Some(t)) => Billing::Provisioned {
                read: t.read,
                write: t.write,
            },
            _ => Billing::PayPerRequest,
        },
        stream: desc
            .stream_specification()
            .filter(|s| s.stream_enabled())
            .and_then(|s| s.stream_view_type())
            .map(|v| match v {
                StreamViewType::OldImage => StreamView::OldImage,
                StreamViewType::NewAndOldImages => StreamView::NewAndOldImages,
                StreamViewType::KeysOnly => StreamView::KeysOnly,
                _ => StreamView::NewImage,
            }),
    })
}

fn info_of(table: &str, desc: &TableDescription) -> Result<TableInfo> {
    let schema = schema_of(desc).ok_or_else(|| {
        Error::Service(format!("DescribeTable of {table} returned no key schema"))
    })?;
    let status = desc
        .table_status()
        .cloned()
        .unwrap_or(TableStatus::Creating);
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
    let active = status == TableStatus::Active
        && desc
            .global_secondary_indexes()
            .iter()
            .all(|g| g.index_status().is_some_and(|s| s.as_str() == "ACTIVE"));
    Ok(TableInfo {
        schema,
        item_count: desc.item_count(),
        size_bytes: desc.table_size_bytes(),
        arn: desc.table_arn().map(str::to_string),
        active,
        status_line: format!(
            "table {table} {}; indexes: {}",
            status.as_str(),
            indexes.join(", ")
        ),
    })
}

impl DynamoStore {
    /// Every table name at the endpoint, all pages.
    pub(crate) async fn list_tables(&self) -> Result<Vec<String>> {
        self.client
            .list_tables()
            .into_paginator()
            .items()
            .send()
            .collect::<std::result::Result<Vec<_>, _>>()
            .await
            .map_err(|e| self.classify("list tables", None, e))
    }

    /// `None` when the table does not exist.
    pub(crate) async fn describe_table(&self, table: &str) -> Result<Option<TableInfo>> {
        match self.client.describe_table().table_name(table).send().await {
            Ok(resp) => resp.table.as_ref().map(|d| info_of(table, d)).transpose(),
            Err(e) if e.code() == Some("ResourceNotFoundException") => Ok(None),
            Err(e) => Err(self.classify(&format!("describe table {table}"), Some(table), e)),
        }
    }

    /// The table's description; a missing table is the store's fact
    /// ([`Fact::TableMissing`]), which the command layer gives its hint.
    pub(crate) async fn require_table(&self, table: &str) -> Result<TableInfo> {
        self.describe_table(table)
            .await?
            .ok_or_else(|| missing_table(table, &self.label))
    }

    /// Creates a table. `Ok(false)` when a table of that name already exists.
    pub(crate) async fn create_table(&self, schema: &TableSchema) -> Result<bool> {
        let table = &schema.name;
        let provisioned = matches!(schema.billing, Billing::Provisioned { .. });
        let mut req = self
            .client
            .create_table()
            .table_name(table)
            .set_attribute_definitions(Some(attribute_definitions(schema)?))
            .set_key_schema(Some(key_elements(&schema.key)?));
        for index in &schema.indexes {
            if index.local {
                req = req.local_secondary_indexes(
                    LocalSecondaryIndex::builder()
                        .index_name(&index.name)
                        .set_key_schema(Some(key_elements(&index.key)?))
                        .projection(projection(&index.projection))
                        .build()
                        .map_err(|e| build_err("local index", e))?,
                );
            } else {
                req = req.global_secondary_indexes(global_index(index, provisioned)?);
            }
        }
        req = match schema.billing {
            Billing::Provisioned { read, write } => req
                .billing_mode(BillingMode::Provisioned)
                .provisioned_throughput(throughput(Throughput { read, write })?),
            Billing::PayPerRequest => req.billing_mode(BillingMode::PayPerRequest),
        };
        let mut spec = StreamSpecification::builder().stream_enabled(schema.stream.is_some());
        if let Some(view) = schema.stream {
            spec = spec.stream_view_type(stream_view(view));
        }
        req = req.stream_specification(spec.build().map_err(|e| build_err("stream", e))?);
        match req.send().await {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("ResourceInUseException") => Ok(false),
            Err(e) => Err(self.classify(&format!("create table {table}"), Some(table), e)),
        }
    }

    pub(crate) async fn delete_table(&self, table: &str) -> Result<()> {
        self.client
            .delete_table()
            .table_name(table)
            .send()
            .await
            .map_err(|e| self.classify(&format!("delete table {table}"), Some(table), e))?;
        Ok(())
    }

    /// Polls until the table and all its indexes are ACTIVE, calling `progress` with
    /// a status line whenever it changes. (The SDK's table-exists waiter does not
    /// wait for indexes.)
    pub(crate) async fn wait_active(
        &self,
        table: &str,
        limit: Duration,
        mut progress: impl FnMut(&str),
    ) -> Result<Duration> {
        let start = Instant::now();
        let mut delay = Duration::from_millis(100);
        let mut last = String::new();
        loop {
            let info = self.describe_table(table).await?.ok_or_else(|| {
                Error::NotFound(format!(
                    "table {table} disappeared from {} while waiting for it",
                    self.label
                ))
            })?;
            if info.active {
                return Ok(start.elapsed());
            }
            if info.status_line != last {
                progress(&info.status_line);
                last = info.status_line;
            }
            if start.elapsed() > limit {
                return Err(Error::Incomplete(format!(
                    "table {table} was not ACTIVE after {} s ({last})",
                    limit.as_secs()
                )));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
    }

    /// Waits until the table is gone (the SDK's waiter).
    pub(crate) async fn wait_deleted(&self, table: &str, limit: Duration) -> Result<()> {
        let waited = self
            .client
            .wait_until_table_not_exists()
            .table_name(table)
            .wait(limit)
            .await;
        match waited {
            Ok(_) => Ok(()),
            Err(WaiterError::ExceededMaxWait(_)) => Err(Error::Incomplete(format!(
                "table {table} still exists after {} s; it is being deleted",
                limit.as_secs()
            ))),
            Err(WaiterError::OperationFailed(f)) => Err(self.classify(
                &format!("wait for table {table} to be deleted"),
                Some(table),
                f.into_error(),
            )),
            Err(e) => Err(Error::Service(format!(
                "waiting for table {table} to be deleted: {}",
                super::root_cause(&e)
            ))),
        }
    }
}
