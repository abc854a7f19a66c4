//! `cruddur-ddb table export DIR [NAME]`: a table written as a DynamoDB S3 export.

use super::table_or_default;
use crate::args::TableName;
use crate::commands::support::checkpoint::{self, JobArgs, Plan, Tracker, plan_scan};
use crate::commands::support::rewrite::{self, Rewritten};
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::export::{ExportSummary, ExportWriter, Layout};
use crate::model::checkpoint::{Job, Mark, Output};
use crate::model::item::Item;
use crate::model::schema::TableSchema;
use crate::render::{Outcome, OutputFormat};
use crate::store::dynamo::scan::ScanSpec;
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
(with --create, into a new table). The export appears only when complete.

With --s3 s3://BUCKET/PREFIX, DynamoDB exports the table itself (ExportTableToPointInTime): \
a consistent image, written in parallel, using no read capacity, billed per GB. It needs \
point-in-time recovery (--enable-pitr turns it on). Re-running the same command attaches \
to the export it started (within 8 hours) instead of paying for a second one; --new starts \
another. `table restore` and `table import` read it back."
)]
pub struct ExportArgs {
    /// The table, then the folder to write the export into (created if missing); a
    /// folder alone exports --table
    #[arg(value_name = "[NAME] DIR", num_args = 1..=2, required_unless_present = "s3", value_hint = clap::ValueHint::AnyPath)]
    pub args: Vec<String>,
    /// Export through DynamoDB to S3 (server-side, no read capacity) instead of a
    /// folder; then only NAME is given
    #[arg(long, value_name = "s3://BUCKET/PREFIX", conflicts_with_all = ["merge", "segments", "worker", "checkpoint"])]
    pub s3: Option<String>,
    #[command(flatten)]
    pub(crate) server: ServerExportArgs,
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
    #[command(flatten)]
    pub anonymize: crate::args::AnonymizeArgs,
}

/// The options of an export to S3.
#[derive(Debug, Args)]
pub(crate) struct ServerExportArgs {
    /// Turn point-in-time recovery on first if it is off (an export needs it; it is
    /// billed per GB-month); asks as other writes to this target do
    #[arg(long, requires = "s3")]
    pub(crate) enable_pitr: bool,
    /// The table as of TIME (within the last 35 days of point-in-time recovery)
    /// [default: now]
    #[arg(long, value_name = "TIME", requires = "s3", conflicts_with = "incremental", value_parser = crate::args::instant)]
    pub(crate) at: Option<f64>,
    /// Export only the changes between --from and --to (15 minutes to 24 hours)
    #[arg(long, requires_all = ["s3", "from"])]
    pub(crate) incremental: bool,
    /// Where an incremental export starts (YYYY-MM-DD or an ISO-8601 time)
    #[arg(long, value_name = "TIME", requires = "incremental", value_parser = crate::args::instant)]
    pub(crate) from: Option<f64>,
    /// Where an incremental export ends [default: the latest time DynamoDB has]
    #[arg(long, value_name = "TIME", requires = "incremental", value_parser = crate::args::instant)]
    pub(crate) to: Option<f64>,
    /// What an incremental export's lines hold
    #[arg(long, value_enum, default_value_t = View::NewAndOld, requires = "incremental")]
    pub(crate) view: View,
    /// Start the export and print its ARN and the command that waits for it
    #[arg(long, requires = "s3")]
    pub(crate) no_wait: bool,
    /// Start another export even if the same request started one within 8 hours
    #[arg(long, requires = "s3")]
    pub(crate) new: bool,
    #[command(flatten)]
    pub(crate) yes: crate::args::YesArg,
}

/// An incremental export's view type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum View {
    /// NewImage and OldImage (NEW_AND_OLD_IMAGES)
    NewAndOld,
    /// NewImage only (NEW_IMAGE)
    New,
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
    fn write_human(&self, _: &crate::render::View, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "exported {}{} in {} ({} bytes gzipped) to {}{}",
            crate::model::words::count(self.items, "item"),
            if self.anonymized { " (anonymized)" } else { "" },
            crate::model::words::count(self.data_files as u64, "data file"),
            self.bytes,
            self.path,
            crate::commands::support::checkpoint::resumed_suffix(self.resumed.as_deref())
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

/// `table export --merge DIR`: one export over the workers' folders in DIR.
fn merge(args: &[String], ctx: &mut Context) -> Result<()> {
    let [dir] = args else {
        return Err(Error::Usage(
            "--merge takes only the folder: `table export --merge DIR`".into(),
        ));
    };
    let summary = crate::files::export::merge(Path::new(dir))?;
    ctx.emit(&summary)
}

/// An interrupted export says what it left: nothing, or a checkpoint to go on from.
fn stopped_says(e: Error, checkpoint: Option<&Path>) -> Error {
    match (e, checkpoint) {
        (Error::Stopped(m), None) => Error::Stopped(format!(
            "{m}; nothing was kept: the unfinished export was removed"
        )),
        (Error::Stopped(m), Some(path)) => Error::Stopped(format!(
            "{m}; the same command with --checkpoint {} goes on",
            path.display()
        )),
        (other, _) => other,
    }
}

/// Where the export's items go: the folder's writer, and its layout for a worker.
fn layout(args: &ExportArgs, spec: &ScanSpec) -> Result<Layout> {
    Ok(match (args.job.worker, &spec.plan) {
        (Some(w), Some(plan)) => Layout::Worker {
            k: w.k,
            n: w.n,
            total: plan.total,
            segments: checkpoint::share(Some(w), args.segments, plan.total)?,
        },
        _ => Layout::Export,
    })
}

pub(crate) async fn run(args: ExportArgs, ctx: &mut Context) -> Result<()> {
    if args.anonymize.anonymize && (args.s3.is_some() || args.merge) {
        return Err(Error::Usage(
            "--anonymize rewrites each item as this tool reads it; --s3 and --merge copy what is already written".into(),
        )
        .with_hint("export into a folder (`table export NAME DIR --anonymize`)"));
    }
    if let Some(url) = &args.s3 {
        return super::export_s3::run(&args.args, url, &args.server, ctx).await;
    }
    if args.merge {
        return merge(&args.args, ctx);
    }
    let (name, dir) = name_and_dir(&args.args)?;
    let table = table_or_default(ctx, name);
    let store = ctx.dynamo().await?;
    let info = store.require_table(&table).await?;
    let checkpointed = args.job.checkpoint.is_some();
    let (mut rewrite, transform) =
        rewrite::for_job(ctx, &args.anonymize, &info.schema.key, checkpointed)?;
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
        transform,
    };
    let mut tracker = match plan_scan(&store, &mut spec, job, &args.job, args.segments).await? {
        Plan::Run(t) => t,
        Plan::Done(path, cp) => return super::restore::finished(ctx, &path, &cp),
    };
    let layout = layout(&args, &spec)?;
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
    let mut rewritten = Rewritten {
        inner: &mut sink,
        rewrite: &mut rewrite,
    };
    let totals = pipeline::scan(
        &store,
        spec,
        &mut rewritten,
        shown,
        &read,
        tracker.as_deref_mut(),
    )
    .await
    .map_err(|e| stopped_says(e, tracker.as_deref().map(|t| t.path())))?;
    let mut summary = sink.0.finish()?;
    summary.anonymized = rewrite.anonymizer.is_some();
    if let Some(t) = tracker.as_deref_mut() {
        t.finish(None)?;
    }
    ctx.note(totals.summary(&table));
    pipeline::pace_notes(ctx, pace.as_ref(), None);
    summary.resumed = checkpoint::resumed_note(tracker.as_deref());
    ctx.emit(&summary)
}
