//! DynamoDB's own engine for big tables: point-in-time recovery (which an export needs),
//! ExportTableToPointInTime (full or incremental, to S3, using no read capacity), and
//! ImportTable (a new table from S3, using no write capacity).

use super::DynamoStore;
use super::tables::{attribute_definitions, global_index, key_elements, throughput};
use crate::error::{Error, Fact, Result};
use crate::model::schema::{Billing, TableSchema, Throughput};
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::primitives::DateTime;
use aws_sdk_dynamodb::types::{
    BillingMode, ExportFormat, ExportStatus, ExportType, ExportViewType, ImportStatus,
    IncrementalExportSpecification, InputCompressionType, InputFormat,
    PointInTimeRecoverySpecification, PointInTimeRecoveryStatus, S3BucketSource,
    TableCreationParameters,
};

/// What an export is to hold.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExportKind {
    /// The table as of `at` (within the PITR window), or now.
    Full { at: Option<f64> },
    /// The changes between two times (seconds since the epoch), as new images or new and
    /// old ones.
    /// `to: None`: the latest time DynamoDB has data for.
    Incremental {
        from: f64,
        to: Option<f64>,
        new_and_old: bool,
    },
}

/// An export to start.
#[derive(Debug, Clone)]
pub(crate) struct ExportRequest {
    pub(crate) table_arn: String,
    pub(crate) bucket: String,
    pub(crate) prefix: String,
    pub(crate) kind: ExportKind,
    /// Re-sending the same request with the same token (within 8 hours) attaches to the
    /// export it started instead of starting and paying for another.
    pub(crate) token: String,
}

/// Where an export or import stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum JobState {
    InProgress,
    Completed,
    Failed { code: String, message: String },
}

/// What DescribeExport says.
#[derive(Debug, Clone)]
pub(crate) struct ExportProgress {
    pub(crate) state: JobState,
    pub(crate) items: Option<i64>,
    pub(crate) bytes: Option<i64>,
    /// The time the export's image is of (seconds since the epoch).
    pub(crate) export_time: Option<f64>,
    pub(crate) start_time: Option<f64>,
    /// An incremental export's range.
    pub(crate) from_time: Option<f64>,
    pub(crate) to_time: Option<f64>,
}

/// What DescribeImport says.
#[derive(Debug, Clone)]
pub(crate) struct ImportProgress {
    pub(crate) state: JobState,
    pub(crate) processed: i64,
    pub(crate) imported: i64,
    pub(crate) errors: i64,
    pub(crate) log_group: Option<String>,
}

fn failed(code: Option<&str>, message: Option<&str>) -> JobState {
    JobState::Failed {
        code: code.unwrap_or("UNKNOWN").to_string(),
        message: message.unwrap_or("no message").to_string(),
    }
}

impl DynamoStore {
    /// Whether point-in-time recovery is on for `table`.
    pub(crate) async fn pitr_enabled(&self, table: &str) -> Result<bool> {
        let resp = self
            .client
            .describe_continuous_backups()
            .table_name(table)
            .send()
            .await
            .map_err(|e| self.classify(&format!("describe backups of {table}"), Some(table), e))?;
        Ok(resp
            .continuous_backups_description()
            .and_then(|d| d.point_in_time_recovery_description())
            .and_then(|p| p.point_in_time_recovery_status())
            == Some(&PointInTimeRecoveryStatus::Enabled))
    }

    /// Turns point-in-time recovery on for `table`.
    pub(crate) async fn enable_pitr(&self, table: &str) -> Result<()> {
        let spec = PointInTimeRecoverySpecification::builder()
            .point_in_time_recovery_enabled(true)
            .build()
            .map_err(|e| Error::Service(format!("building the PITR setting: {e}")))?;
        self.client
            .update_continuous_backups()
            .table_name(table)
            .point_in_time_recovery_specification(spec)
            .send()
            .await
            .map_err(|e| self.classify(&format!("turn on PITR for {table}"), Some(table), e))?;
        Ok(())
    }

    /// Starts (or, with the same token, attaches to) an export; returns its ARN and when
    /// it started (an export attached to started earlier).
    pub(crate) async fn start_export(&self, r: &ExportRequest) -> Result<(String, Option<f64>)> {
        let mut req = self
            .client
            .export_table_to_point_in_time()
            .table_arn(&r.table_arn)
            .s3_bucket(&r.bucket)
            .s3_prefix(&r.prefix)
            .export_format(ExportFormat::DynamodbJson)
            .client_token(&r.token);
        req = match &r.kind {
            ExportKind::Full { at } => req
                .export_type(ExportType::FullExport)
                .set_export_time(at.map(DateTime::from_secs_f64)),
            ExportKind::Incremental {
                from,
                to,
                new_and_old,
            } => req
                .export_type(ExportType::IncrementalExport)
                .incremental_export_specification(
                    IncrementalExportSpecification::builder()
                        .export_from_time(DateTime::from_secs_f64(*from))
                        .set_export_to_time(to.map(DateTime::from_secs_f64))
                        .export_view_type(if *new_and_old {
                            ExportViewType::NewAndOldImages
                        } else {
                            ExportViewType::NewImage
                        })
                        .build(),
                ),
        };
        let what = "export to S3";
        let resp = req.send().await.map_err(|e| match e.code() {
            Some("PointInTimeRecoveryUnavailableException") => Error::Store(
                Fact::PitrOff,
                format!(
                    "point-in-time recovery is off for {} at {}",
                    r.table_arn, self.label
                ),
            ),
            _ => self.classify(what, None, e),
        })?;
        let d = resp.export_description();
        let arn = d
            .and_then(|d| d.export_arn())
            .map(str::to_string)
            .ok_or_else(|| Error::Service(format!("{what}: DynamoDB returned no export ARN")))?;
        Ok((arn, d.and_then(|d| d.start_time()).map(|t| t.as_secs_f64())))
    }

    pub(crate) async fn describe_export(&self, arn: &str) -> Result<ExportProgress> {
        let resp = self
            .client
            .describe_export()
            .export_arn(arn)
            .send()
            .await
            .map_err(|e| self.classify("describe the export", None, e))?;
        let d = resp
            .export_description()
            .ok_or_else(|| Error::Service("DescribeExport returned no description".into()))?;
        let state = match d.export_status() {
            Some(ExportStatus::Completed) => JobState::Completed,
            Some(ExportStatus::Failed) => failed(d.failure_code(), d.failure_message()),
            _ => JobState::InProgress,
        };
        Ok(ExportProgress {
            state,
            items: d.item_count(),
            bytes: d.billed_size_bytes(),
            export_time: d.export_time().map(|t| t.as_secs_f64()),
            start_time: d.start_time().map(|t| t.as_secs_f64()),
            from_time: d
                .incremental_export_specification()
                .and_then(|i| i.export_from_time())
                .map(|t| t.as_secs_f64()),
            to_time: d
                .incremental_export_specification()
                .and_then(|i| i.export_to_time())
                .map(|t| t.as_secs_f64()),
        })
    }

    /// Starts ImportTable: a new table from the DYNAMODB_JSON objects under `prefix`.
    pub(crate) async fn start_import(
        &self,
        bucket: &str,
        prefix: &str,
        gzip: bool,
        schema: &TableSchema,
        token: &str,
    ) -> Result<String> {
        let provisioned = matches!(schema.billing, Billing::Provisioned { .. });
        let mut params = TableCreationParameters::builder()
            .table_name(&schema.name)
            .set_attribute_definitions(Some(attribute_definitions(schema)?))
            .set_key_schema(Some(key_elements(&schema.key)?));
        for index in schema.indexes.iter().filter(|i| !i.local) {
            params = params.global_secondary_indexes(global_index(index, provisioned)?);
        }
        params = match schema.billing {
            Billing::Provisioned { read, write } => params
                .billing_mode(BillingMode::Provisioned)
                .provisioned_throughput(throughput(Throughput { read, write })?),
            Billing::PayPerRequest => params.billing_mode(BillingMode::PayPerRequest),
        };
        let params = params
            .build()
            .map_err(|e| Error::Service(format!("building the table's parameters: {e}")))?;
        let source = S3BucketSource::builder()
            .s3_bucket(bucket)
            .s3_key_prefix(prefix)
            .build()
            .map_err(|e| Error::Service(format!("building the S3 source: {e}")))?;
        let table = &schema.name;
        let resp = self
            .client
            .import_table()
            .s3_bucket_source(source)
            .input_format(InputFormat::DynamodbJson)
            .input_compression_type(if gzip {
                InputCompressionType::Gzip
            } else {
                InputCompressionType::None
            })
            .table_creation_parameters(params)
            .client_token(token)
            .send()
            .await
            .map_err(|e| self.classify(&format!("import into {table}"), Some(table), e))?;
        resp.import_table_description()
            .and_then(|d| d.import_arn())
            .map(str::to_string)
            .ok_or_else(|| Error::Service("ImportTable returned no import ARN".into()))
    }

    pub(crate) async fn describe_import(&self, arn: &str) -> Result<ImportProgress> {
        let resp = self
            .client
            .describe_import()
            .import_arn(arn)
            .send()
            .await
            .map_err(|e| self.classify("describe the import", None, e))?;
        let d = resp
            .import_table_description()
            .ok_or_else(|| Error::Service("DescribeImport returned no description".into()))?;
        let state = match d.import_status() {
            Some(ImportStatus::Completed) => JobState::Completed,
            Some(ImportStatus::Failed | ImportStatus::Cancelled) => {
                failed(d.failure_code(), d.failure_message())
            }
            _ => JobState::InProgress,
        };
        Ok(ImportProgress {
            state,
            processed: d.processed_item_count(),
            imported: d.imported_item_count(),
            errors: d.error_count(),
            log_group: d.cloud_watch_log_group_arn().map(str::to_string),
        })
    }
}

/// The ClientToken of a request: the same table, bucket, prefix and kind give the same
/// token, so re-running the command attaches to the export it started (DynamoDB keeps a
/// token for 8 hours). `salt` (`--new`) starts another.
pub(crate) fn export_token(r: &ExportRequest, salt: &str) -> String {
    use md5::{Digest, Md5};
    let kind = match &r.kind {
        ExportKind::Full { at } => format!("full {at:?}"),
        ExportKind::Incremental {
            from,
            to,
            new_and_old,
        } => format!("incremental {from} {to:?} {new_and_old}"),
    };
    let text = format!(
        "{}\n{}\n{}\n{kind}\n{salt}",
        r.table_arn, r.bucket, r.prefix
    );
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl DynamoStore {
    /// Waits for an export to end, calling `progress` with each answer; a failed export
    /// is an error with its code and message. Polls after half a second, then less and
    /// less often, up to every `every`; gives up after `limit`.
    pub(crate) async fn wait_export(
        &self,
        arn: &str,
        every: std::time::Duration,
        limit: std::time::Duration,
        progress: impl FnMut(&ExportProgress),
    ) -> Result<ExportProgress> {
        let job = Job {
            what: "export",
            arn,
            every,
            limit,
        };
        poll(
            job,
            || self.describe_export(arn),
            progress,
            |p| (p.state.clone(), String::new()),
        )
        .await
    }

    /// Waits for an import to end, as [`DynamoStore::wait_export`] does; a failed one
    /// names its log group.
    pub(crate) async fn wait_import(
        &self,
        arn: &str,
        every: std::time::Duration,
        limit: std::time::Duration,
        progress: impl FnMut(&ImportProgress),
    ) -> Result<ImportProgress> {
        let job = Job {
            what: "import",
            arn,
            every,
            limit,
        };
        let state = |p: &ImportProgress| {
            let logs = p
                .log_group
                .as_ref()
                .map(|g| format!(" (its errors are in the log group {g})"))
                .unwrap_or_default();
            (p.state.clone(), logs)
        };
        poll(job, || self.describe_import(arn), progress, state).await
    }
}

/// A job to wait for: its kind's name, its ARN, how often to ask and for how long.
struct Job<'a> {
    what: &'static str,
    arn: &'a str,
    every: std::time::Duration,
    limit: std::time::Duration,
}

/// Asks `describe` until the job ends (see [`DynamoStore::wait_export`]); `state` gives
/// an answer's state and what a failure adds to its message.
async fn poll<P, Fut>(
    job: Job<'_>,
    mut describe: impl FnMut() -> Fut,
    mut progress: impl FnMut(&P),
    state: impl Fn(&P) -> (JobState, String),
) -> Result<P>
where
    Fut: std::future::Future<Output = Result<P>>,
{
    let Job {
        what,
        arn,
        every,
        limit,
    } = job;
    let started = tokio::time::Instant::now();
    let mut pause = every.min(std::time::Duration::from_millis(500));
    loop {
        let p = describe().await?;
        progress(&p);
        let (now, detail) = state(&p);
        match &now {
            JobState::Completed => return Ok(p),
            JobState::Failed { code, message } => {
                return Err(Error::Store(
                    Fact::JobFailed,
                    format!("the {what} {arn} failed: {code}: {message}{detail}"),
                ));
            }
            JobState::InProgress if started.elapsed() >= limit => {
                return Err(Error::Incomplete(format!(
                    "the {what} {arn} is still in progress after {} s",
                    limit.as_secs()
                ))
                .with_hint("it goes on in DynamoDB: run the same command again to wait for it"));
            }
            JobState::InProgress => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(every);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_dynamodb::Client;
    use aws_sdk_dynamodb::operation::describe_export::{DescribeExportError, DescribeExportOutput};
    use aws_sdk_dynamodb::operation::export_table_to_point_in_time::ExportTableToPointInTimeOutput;
    use aws_sdk_dynamodb::types::ExportDescription;
    use aws_smithy_mocks::{RuleMode, mock, mock_client};
    use std::time::Duration;

    fn description(status: ExportStatus) -> DescribeExportOutput {
        let mut d = ExportDescription::builder()
            .export_arn("arn:export")
            .export_status(status.clone());
        if status == ExportStatus::Failed {
            d = d
                .failure_code("S3NoSuchBucket")
                .failure_message("the bucket is gone");
        }
        if status == ExportStatus::Completed {
            d = d.item_count(42).billed_size_bytes(4200);
        }
        DescribeExportOutput::builder()
            .export_description(d.build())
            .build()
    }

    fn request() -> ExportRequest {
        ExportRequest {
            table_arn: "arn:table/t".into(),
            bucket: "b".into(),
            prefix: "p".into(),
            kind: ExportKind::Full { at: None },
            token: String::new(),
        }
    }

    #[tokio::test]
    async fn a_long_export_is_waited_for_through_throttling_and_a_failed_one_says_why() {
        let running = mock!(Client::describe_export)
            .sequence()
            .output(|| description(ExportStatus::InProgress))
            .times(3)
            .error(|| {
                DescribeExportError::generic(
                    aws_sdk_dynamodb::error::ErrorMetadata::builder()
                        .code("ThrottlingException")
                        .message("slow down")
                        .build(),
                )
            })
            .output(|| description(ExportStatus::Completed))
            .build();
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::Sequential, [&running]);
        let store = DynamoStore::from_client(client, "mock".into());
        let mut seen = 0;
        let done = store
            .wait_export(
                "arn:export",
                Duration::from_millis(1),
                Duration::from_secs(60),
                |_| seen += 1,
            )
            .await
            .unwrap();
        assert_eq!(
            (done.state, done.items, seen),
            (JobState::Completed, Some(42), 4)
        );

        let failing =
            mock!(Client::describe_export).then_output(|| description(ExportStatus::Failed));
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&failing]);
        let store = DynamoStore::from_client(client, "mock".into());
        let e = store
            .wait_export(
                "arn:export",
                Duration::from_millis(1),
                Duration::from_secs(60),
                |_| {},
            )
            .await
            .unwrap_err();
        assert!(
            e.to_string().contains("S3NoSuchBucket: the bucket is gone"),
            "{e}"
        );
        assert_eq!(e.exit().code(), 1);
    }

    #[tokio::test]
    async fn the_same_request_sends_the_same_token_so_a_rerun_attaches() {
        let r = request();
        assert_eq!(export_token(&r, ""), export_token(&r, ""));
        assert_ne!(export_token(&r, ""), export_token(&r, "new"));
        let mut other = request();
        other.prefix = "q".into();
        assert_ne!(export_token(&r, ""), export_token(&other, ""));
        let tokens = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let t = tokens.clone();
        let start = mock!(Client::export_table_to_point_in_time).then_compute_output(move |req| {
            t.lock()
                .unwrap()
                .push(req.client_token().unwrap_or_default().to_string());
            ExportTableToPointInTimeOutput::builder()
                .export_description(
                    ExportDescription::builder()
                        .export_arn("arn:export/1")
                        .build(),
                )
                .build()
        });
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&start]);
        let store = DynamoStore::from_client(client, "mock".into());
        let mut r = request();
        r.token = export_token(&r, "");
        for _ in 0..2 {
            assert_eq!(store.start_export(&r).await.unwrap().0, "arn:export/1");
        }
        let sent = tokens.lock().unwrap().clone();
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[0], sent[1], "a re-run sends the same ClientToken");
    }
}
