//! `cruddur-ddb table export DIR [NAME]`: a table written as a DynamoDB S3 export.

use super::{full_scan, scan_into, table_or_default};
use crate::args::TableArg;
use crate::context::Context;
use crate::error::Result;
use crate::files::export::{ExportSummary, ExportWriter};
use crate::render::{Outcome, OutputFormat};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Writes DIR/AWSDynamoDB/<export id>/ as ExportTableToPointInTime does: \
manifest-summary.json, manifest-files.json and data/*.json.gz ({\"Item\": ...} lines), plus \
cruddur-table.json (the table's description). Upload it to S3 and ImportTable reads the \
data/ prefix (format DYNAMODB_JSON, compression GZIP); `table restore DIR` reads it back \
(with --create, into a new table). The export appears only when complete."
)]
pub struct ExportArgs {
    /// Folder to write the export into (created if missing)
    #[arg(value_hint = clap::ValueHint::DirPath)]
    pub dir: PathBuf,
    #[command(flatten)]
    pub table: TableArg,
    #[command(flatten)]
    pub capacity: crate::args::ReadCapacityArgs,
}

impl Outcome for ExportSummary {
    fn write_human(&self, _: OutputFormat, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "exported {} item{} in {} data file{} ({} bytes gzipped) to {}",
            self.items,
            if self.items == 1 { "" } else { "s" },
            self.data_files,
            if self.data_files == 1 { "" } else { "s" },
            self.bytes,
            self.path
        )?;
        Ok(())
    }
}

pub async fn run(args: ExportArgs, ctx: &mut Context) -> Result<()> {
    let table = table_or_default(ctx, args.table.name);
    let store = ctx.dynamo().await?;
    let info = store.describe_table(&table).await?.ok_or_else(|| {
        crate::commands::hints::missing_table(
            format!("table {table} does not exist at {}", store.label()),
            &ctx.settings,
        )
    })?;
    let mut writer = ExportWriter::create(&args.dir, info.schema)?;
    let pace = crate::commands::capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let mut spec = full_scan(ctx, &table);
    spec.auto_parallel |= pace.is_some();
    spec.pacer = pace.map(|p| p.pacer);
    let totals = scan_into(&store, spec, &mut |item| writer.write(item), ctx.progress()).await?;
    let summary = writer.finish()?;
    ctx.note(totals.summary(&table));
    ctx.emit(&summary)
}
