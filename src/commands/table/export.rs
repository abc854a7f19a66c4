//! `cruddur-ddb table export DIR [NAME]`: a table written as a DynamoDB S3 export.

use super::table_or_default;
use crate::args::TableName;
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::export::{ExportSummary, ExportWriter};
use crate::render::{Outcome, OutputFormat, View};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Source first, as in copy and restore: `table export cruddur-messages ./exports`. \
Writes DIR/AWSDynamoDB/<export id>/ as ExportTableToPointInTime does: \
manifest-summary.json, manifest-files.json and data/*.json.gz ({\"Item\": ...} lines), plus \
cruddur-table.json (the table's description). Upload it to S3 and ImportTable reads the \
data/ prefix (format DYNAMODB_JSON, compression GZIP); `table restore DIR` reads it back \
(with --create, into a new table). The export appears only when complete."
)]
pub struct ExportArgs {
    /// The table, then the folder to write the export into (created if missing); a
    /// folder alone exports --table
    #[arg(value_name = "[NAME] DIR", num_args = 1..=2, required = true, value_hint = clap::ValueHint::AnyPath)]
    pub args: Vec<String>,
    #[command(flatten)]
    pub capacity: crate::args::ReadCapacityArgs,
}

impl Outcome for ExportSummary {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "exported {} in {} ({} bytes gzipped) to {}",
            crate::model::words::count(self.items, "item"),
            crate::model::words::count(self.data_files as u64, "data file"),
            self.bytes,
            self.path
        )?;
        Ok(())
    }
}

/// NAME and DIR from the positional arguments: source first (`NAME DIR`), or `DIR` alone.
/// The older `DIR NAME` order is still taken when DIR is clearly a folder (a path with a
/// `/`, or an existing folder) and NAME is not.
fn name_and_dir(args: &[String]) -> Result<(Option<TableName>, PathBuf)> {
    let is_path = |a: &str| a.contains('/') || Path::new(a).is_dir();
    let table = |a: &str| {
        crate::settings::validate::validate_table_name(a, "table argument").map(TableName)
    };
    match args {
        [dir] => Ok((None, PathBuf::from(dir))),
        [first, second] if is_path(first) && !is_path(second) => {
            Ok((Some(table(second)?), PathBuf::from(first)))
        }
        [name, dir] => Ok((Some(table(name)?), PathBuf::from(dir))),
        _ => Err(Error::Usage(
            "`table export` takes a table and a folder: `table export NAME DIR`".into(),
        )),
    }
}

pub(crate) async fn run(args: ExportArgs, ctx: &mut Context) -> Result<()> {
    let (name, dir) = name_and_dir(&args.args)?;
    let table = table_or_default(ctx, name);
    let store = ctx.dynamo().await?;
    let info = store.require_table(&table).await?;
    let mut writer = ExportWriter::create(&dir, info.schema)?;
    let pace = capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let spec = pipeline::scan_of(&ctx.settings, &table, pace.as_ref()).consistent();
    let label = format!("export {table}");
    let totals = pipeline::scan_each(
        ctx,
        &store,
        spec,
        &label,
        info.item_count.map(|n| n.max(0) as u64),
        |item| writer.write(&item),
    )
    .await
    .map_err(|e| match e {
        Error::Stopped(m) => Error::Stopped(format!(
            "{m}; nothing was kept: the unfinished export was removed"
        )),
        other => other,
    })?;
    let summary = writer.finish()?;
    ctx.note(totals.summary(&table));
    pipeline::pace_notes(ctx, pace.as_ref(), None);
    ctx.emit(&summary)
}
