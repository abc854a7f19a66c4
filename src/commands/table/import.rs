//! `cruddur-ddb table import s3://BUCKET/PREFIX NEW_TABLE`: DynamoDB builds a new table
//! from an export in S3 (ImportTable), using no write capacity.

use crate::args::{TableName, YesArg};
use crate::commands::support::jobs;
use crate::commands::support::s3_objects::S3Objects;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::EXPORT_TABLE_FILE;
use crate::files::catalog::{self, Found};
use crate::files::objects::Objects;
use crate::model::s3url::{self, S3Url};
use crate::model::schema::{TableSchema, messages_table};
use crate::render::{Outcome, OutputFormat, View};
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::sync::Arc;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Reads a DynamoDB export (ExportTableToPointInTime's, or this tool's own \
`table export DIR` uploaded to S3): its data/ objects, DYNAMODB_JSON, gzipped or not. Keys, \
indexes and billing come from the export's cruddur-table.json when it has one, else from the \
messages table's schema. ImportTable only creates tables: to write into one that exists, use \
`table restore s3://...`. The import is billed per GB of the (uncompressed) data; the table \
has no stream afterwards."
)]
pub struct ImportArgs {
    /// The export: s3://BUCKET/PREFIX (holding one export) or its
    /// s3://BUCKET/PREFIX/AWSDynamoDB/<export id>
    #[arg(value_name = "s3://BUCKET/PREFIX")]
    pub url: String,
    /// The table to create (it must not exist)
    #[arg(value_name = "NEW_TABLE", value_parser = crate::args::table_name_parser())]
    pub new_table: TableName,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Imported {
    table: String,
    source: String,
    import_arn: String,
    processed: i64,
    imported: i64,
    errors: i64,
    /// Where DynamoDB logged the items it could not import.
    #[serde(skip_serializing_if = "Option::is_none")]
    log_group: Option<String>,
    /// Where the table's keys, indexes and billing came from.
    schema_from: String,
}

impl Outcome for Imported {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "imported {} into new table {} from {} ({} processed, {} errors; schema from {})",
            crate::model::words::count(self.imported.max(0) as u64, "item"),
            self.table,
            self.source,
            self.processed,
            self.errors,
            self.schema_from
        )?;
        Ok(())
    }
}

/// The export below `url`, found on a blocking thread.
async fn find(objects: Arc<dyn Objects>) -> Result<Found> {
    tokio::task::spawn_blocking(move || catalog::choose(objects.as_ref()))
        .await
        .map_err(|e| Error::Service(format!("the export reader failed: {e}")))?
}

/// The table to create: the export's own description, else the messages table's.
async fn schema_of(
    objects: Arc<dyn Objects>,
    found: &Found,
    table: &str,
) -> Result<(TableSchema, String)> {
    let rel = found.rel(EXPORT_TABLE_FILE);
    let name = objects.name(&rel);
    let bytes = tokio::task::spawn_blocking(move || objects.get(&rel))
        .await
        .map_err(|e| Error::Service(format!("the export reader failed: {e}")))??;
    let (mut schema, from) = match bytes {
        Some(b) => (
            serde_json::from_slice::<TableSchema>(&b)
                .map_err(|e| Error::Usage(format!("{name}: not a table description ({e})")))?,
            EXPORT_TABLE_FILE.to_string(),
        ),
        None => (
            messages_table(table, false),
            "the messages table".to_string(),
        ),
    };
    schema.name = table.to_string();
    Ok((schema, from))
}

/// Whether the data objects are gzipped (by their names, as exports name them).
fn gzipped(found: &Found, label: &str) -> Result<bool> {
    let gz = found.data.iter().filter(|e| e.rel.ends_with(".gz")).count();
    match (gz, found.data.len()) {
        (_, 0) => Err(Error::Usage(format!(
            "{label} has no data objects (data/...) to import"
        ))),
        (g, n) if g == n => Ok(true),
        (0, _) => Ok(false),
        _ => Err(Error::Usage(format!(
            "{label}: some data objects are gzipped and some are not; ImportTable reads one compression"
        ))),
    }
}

pub(crate) async fn run(args: ImportArgs, ctx: &mut Context) -> Result<()> {
    let url = s3url::parse(&args.url)
        .map_err(|e| Error::Usage(e).with_hint("write the export's place as s3://BUCKET/PREFIX"))?;
    let table = args.new_table.0.clone();
    let store = ctx.dynamo().await?;
    if store.describe_table(&table).await?.is_some() {
        return Err(Error::Conflict(format!(
            "table {table} exists at {}; ImportTable only creates new tables",
            store.label()
        ))
        .with_hint(format!(
            "write the export into it with `cruddur-ddb table restore {} {table}`, or import into a new name",
            args.url
        )));
    }
    let objects: Arc<dyn Objects> = Arc::new(S3Objects::new(ctx.s3().await?, url.clone()));
    let found = find(objects.clone()).await?;
    let export: S3Url = url.join(&found.folder);
    if found.is_incremental() {
        return Err(Error::Usage(format!(
            "{export} is an incremental export: it holds changes, and ImportTable builds a table from items"
        ))
        .with_hint(format!(
            "import the full export, then apply this one with `cruddur-ddb table restore {export} {table}`"
        )));
    }
    let gzip = gzipped(&found, &export.to_string())?;
    let (schema, schema_from) = schema_of(objects, &found, &table).await?;
    ctx.confirm_write(
        &format!("create table {table} from {export} (ImportTable)"),
        &table,
        args.yes.yes,
    )?;
    let data = export.join("data");
    let prefix = format!("{}/", data.prefix);
    let token = token_of(&data.bucket, &prefix, &table);
    let arn = store
        .start_import(&data.bucket, &prefix, gzip, &schema, &token)
        .await?;
    ctx.note(format!(
        "waiting for import {arn} (Ctrl-C stops waiting; the import goes on)"
    ));
    let done = jobs::wait_import(ctx, &store, &arn, &format!("import {table}")).await?;
    if schema.stream.is_some() {
        ctx.note(format!(
            "note: ImportTable makes tables without a stream; {table}'s description has one (turn it on with `aws dynamodb update-table --table-name {table} --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE`)"
        ));
    }
    let expected = found.summary.as_ref().and_then(|s| s.item_count);
    let outcome = Imported {
        table: table.clone(),
        source: export.to_string(),
        import_arn: arn,
        processed: done.processed,
        imported: done.imported,
        errors: done.errors,
        log_group: done.log_group.clone(),
        schema_from,
    };
    if done.errors > 0 {
        let logs = done
            .log_group
            .map(|g| format!("DynamoDB logged them in the CloudWatch log group {g}"))
            .unwrap_or_else(|| "DynamoDB named no log group for them".into());
        return Err(Error::Incomplete(format!(
            "imported {} of {} items into {table}: {} could not be imported; {logs}",
            done.imported, done.processed, done.errors
        ))
        .with_hint("fix those items in the export, then drop the table and import again"));
    }
    if let Some(n) = expected.filter(|n| *n as i64 != done.imported) {
        return Err(Error::Incomplete(format!(
            "the export's manifest says {n} items; {} were imported into {table}",
            done.imported
        ))
        .with_hint("check the export, then drop the table and import again"));
    }
    ctx.emit(&outcome)
}

/// The same export into the same table sends the same ClientToken: a re-run attaches.
fn token_of(bucket: &str, prefix: &str, table: &str) -> String {
    use md5::{Digest, Md5};
    Md5::digest(format!("import\n{bucket}\n{prefix}\n{table}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
