//! `cruddur-ddb table export DIR [NAME]`: a table written as a DynamoDB S3 export.

use super::table_or_default;
use crate::args::TableName;
use crate::commands::support::checkpoint::{self, JobArgs, Plan, Tracker, plan_scan};
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::export::{ExportSummary, ExportWriter, Layout};
use crate::model::checkpoint::{Job, Mark, Output};
use crate::model::item::Item;
use crate::model::schema::TableSchema;
use crate::render::{Outcome, OutputFormat, View};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;

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
    /// Read with N parallel segments (needed with --worker) [default: automatic]
    #[arg(long, value_name = "N", value_parser = crate::args::segments)]
    pub segments: Option<u32>,
    #[command(flatten)]
    pub(crate) job: JobArgs,
    /// Merge the worker folders in DIR (from --worker runs) into one export, after
    /// checking that every segment is there exactly once
    #[arg(long, conflicts_with_all = ["segments", "worker", "checkpoint"])]
    pub merge: bool,
}

/// Items to an export, which a checkpoint can resume.
struct ToExport(ExportWriter);

impl pipeline::PageSink for ToExport {
    async fn page(&mut self, items: Vec<Item>, _: Mark) -> Result<()> {
        items.iter().try_for_each(|i| self.0.write(i))
    }
    fn sync(&mut self) -> Result<Option<Output>> {
        Ok(Some(Output::Export(self.0.sync()?)))
    }
}

impl Outcome for ExportSummary {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "exported {} in {} ({} bytes gzipped) to {}{}",
            crate::model::words::count(self.items, "item"),
            crate::model::words::count(self.data_files as u64, "data file"),
            self.bytes,
            self.path,
            self.resumed
                .as_ref()
                .map(|r| format!("; {r}"))
                .unwrap_or_default()
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

/// The writer for this run: a new export or worker folder, or the one a checkpoint
/// records.
fn writer(
    dir: &Path,
    schema: TableSchema,
    layout: Layout,
    tracker: Option<&Tracker>,
) -> Result<ExportWriter> {
    let recorded = tracker.and_then(|t| match &t.checkpoint().output {
        Some(Output::Export(state)) => Some(state.clone()),
        _ => None,
    });
    let mut writer = match recorded {
        Some(state) => ExportWriter::resume(dir, schema, layout, &state)?,
        None => ExportWriter::create(dir, schema, layout)?,
    };
    if tracker.is_some() {
        writer.keep_unfinished();
    }
    Ok(writer)
}

pub(crate) async fn run(args: ExportArgs, ctx: &mut Context) -> Result<()> {
    if args.merge {
        let [dir] = args.args.as_slice() else {
            return Err(Error::Usage(
                "--merge takes only the folder: `table export --merge DIR`".into(),
            ));
        };
        let summary = crate::files::export::merge(Path::new(dir))?;
        return ctx.emit(&summary);
    }
    let (name, dir) = name_and_dir(&args.args)?;
    let table = table_or_default(ctx, name);
    let store = ctx.dynamo().await?;
    let info = store.require_table(&table).await?;
    let pace = capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let mut spec = pipeline::scan_of(&ctx.settings, &table, pace.as_ref()).consistent();
    spec.segments = args.segments;
    let job = Job {
        command: "table export".into(),
        source: format!("{table} at {}", store.label()),
        destination: dir.display().to_string(),
        segments: 0,
        worker: None,
        format: None,
    };
    let mut tracker = match plan_scan(&store, &mut spec, job, &args.job, args.segments).await? {
        Plan::Run(t) => t,
        Plan::Done(path, cp) => return super::restore::finished(ctx, &path, &cp),
    };
    let layout = match (args.job.worker, &spec.plan) {
        (Some(w), Some(plan)) => Layout::Worker {
            k: w.k,
            n: w.n,
            total: plan.total,
            segments: checkpoint::share(Some(w), args.segments, plan.total)?,
        },
        _ => Layout::Export,
    };
    let mut sink = ToExport(writer(
        &dir,
        info.schema.clone(),
        layout,
        tracker.as_deref(),
    )?);
    if let Some(t) = tracker.as_deref_mut() {
        // The export's folder is the job's from now on: a kill before the first page
        // still resumes it, and leaves no second one.
        t.save(pipeline::PageSink::sync(&mut sink)?)?;
    }
    let shown = pipeline::Shown {
        label: &format!("export {table}"),
        total: info.item_count.map(|n| n.max(0) as u64),
        progress: ctx.progress(),
    };
    let read = AtomicU64::new(0);
    let totals = pipeline::scan(
        &store,
        spec,
        &mut sink,
        shown,
        &read,
        tracker.as_deref_mut(),
    )
    .await
    .map_err(|e| match (e, &tracker) {
        (Error::Stopped(m), None) => Error::Stopped(format!(
            "{m}; nothing was kept: the unfinished export was removed"
        )),
        (Error::Stopped(m), Some(t)) => Error::Stopped(format!(
            "{m}; the same command with --checkpoint {} goes on",
            t.path().display()
        )),
        (other, _) => other,
    })?;
    let mut summary = sink.0.finish()?;
    if let Some(t) = tracker.as_deref_mut() {
        t.finish(None)?;
    }
    ctx.note(totals.summary(&table));
    pipeline::pace_notes(ctx, pace.as_ref(), None);
    summary.resumed = checkpoint::resumed_note(tracker.as_deref());
    ctx.emit(&summary)
}
