//! `cruddur-ddb table scan [NAME]`: stream every item of a table.

use super::table_or_default;
use crate::args::{ReadCapacityArgs, TableArg};
use crate::commands::support::checkpoint::{self, JobArgs, Plan, plan_scan};
use crate::commands::support::pipeline::ScanTotals;
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::out::OutFile;
use crate::model::checkpoint::{Job, Mark, Output};
use crate::model::item::Item;
use crate::render::OutputFormat;
use crate::render::items::ItemSink;
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::ScanSpec;
use crate::ui::progress::Progress;
use clap::Args;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;

pub(crate) const FORMATS: &[OutputFormat] = &[
    OutputFormat::Jsonl,
    OutputFormat::Json,
    OutputFormat::Table,
    OutputFormat::DdbJson,
    OutputFormat::DdbExport,
];

fn attribute(raw: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() || name.len() > 255 {
        Err(format!(
            "{} is not an attribute name; give comma-separated names such as pk,sk,message",
            crate::settings::validate::shorten(raw)
        ))
    } else {
        Ok(name.to_string())
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "ddb-json round-trips every type (`table restore` reads it back); ddb-export writes \
{\"Item\": ...} lines, as S3 exports hold them and ImportTable reads them; -o table shows at most \
1000 items.\n\
Without --segments, against a local endpoint, the table's size (DescribeTable) picks one segment \
per 512 KiB (a table under 1 MiB: one request), up to 64; against prod the scan stays sequential unless --segments says otherwise. \
--max-items without --segments reads sequentially and stops after N items; with --segments it \
stops after the first N items from any segment."
)]
pub struct ScanArgs {
    #[command(flatten)]
    pub table: TableArg,
    /// Stop after this many items (without --segments: the first N in key order of one stream)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_items: Option<u64>,
    /// Items per request (DynamoDB's Limit); pages are at most 1 MB regardless
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub page_size: Option<i32>,
    /// Parallel scan with N concurrent segments (1 = sequential)
    #[arg(long, value_name = "N", value_parser = crate::args::segments)]
    pub segments: Option<u32>,
    /// Strongly consistent reads (twice the read capacity)
    #[arg(long)]
    pub consistent_read: bool,
    /// Only these attributes (comma-separated top-level names)
    #[arg(long, value_name = "A,B,...", value_delimiter = ',', value_parser = attribute)]
    pub attributes: Vec<String>,
    #[command(flatten)]
    pub capacity: ReadCapacityArgs,
    /// Write the items to FILE (created; a --checkpoint resumes its own) instead of stdout
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) job: JobArgs,
}

/// Items to a file that a checkpoint can resume.
struct ToFile(OutFile);

impl pipeline::PageSink for ToFile {
    async fn page(&mut self, items: Vec<Item>, _: Mark) -> Result<()> {
        self.0.write(&items)
    }
    fn sync(&mut self) -> Result<Option<Output>> {
        Ok(Some(Output::File {
            bytes: self.0.sync()?,
        }))
    }
}

/// `--out FILE`: the scan written to a file, resumable with `--checkpoint`, shareable with
/// `--worker` (each worker its own file).
async fn to_file(
    ctx: &mut Context,
    store: &DynamoStore,
    mut spec: ScanSpec,
    args: &ScanArgs,
    path: &Path,
) -> Result<Option<(ScanTotals, Option<String>)>> {
    if !matches!(
        ctx.format,
        OutputFormat::Jsonl | OutputFormat::DdbJson | OutputFormat::DdbExport
    ) {
        return Err(Error::Usage(format!(
            "--out writes one item per line; -o {} is not a line format",
            ctx.format.name()
        ))
        .with_hint("use -o jsonl (the default), ddb-json or ddb-export"));
    }
    let job = Job {
        command: "table scan".into(),
        source: format!("{} at {}", spec.table, store.label()),
        destination: path.display().to_string(),
        segments: 0,
        worker: None,
        format: Some(ctx.format.name().into()),
        transform: None,
    };
    let mut tracker = match plan_scan(store, &mut spec, job, &args.job, args.segments).await? {
        Plan::Run(t) => t,
        Plan::Done(p, cp) => {
            super::restore::finished(ctx, &p, &cp)?;
            return Ok(None);
        }
    };
    let file = match tracker.as_ref().and_then(|t| t.checkpoint().output.clone()) {
        Some(Output::File { bytes }) => OutFile::resume(path, ctx.format, bytes)?,
        _ => OutFile::create(path, ctx.format)?,
    };
    let shown = pipeline::Shown {
        label: &spec.table.clone(),
        total: None,
        progress: ctx.progress(),
    };
    let mut sink = ToFile(file);
    if let Some(t) = tracker.as_deref_mut() {
        // The file is the job's from now on: a kill before the first page resumes it.
        t.save(pipeline::PageSink::sync(&mut sink)?)?;
    }
    let read = AtomicU64::new(0);
    let totals = pipeline::scan(store, spec, &mut sink, shown, &read, tracker.as_deref_mut())
        .await
        .map_err(|e| match (e, &tracker) {
            (Error::Stopped(m), Some(t)) => Error::Stopped(format!(
                "{m}; {} holds whole rows, and the same command with --checkpoint {} goes on",
                path.display(),
                t.path().display()
            )),
            (e, _) => e,
        })?;
    let out = pipeline::PageSink::sync(&mut sink)?;
    if let Some(t) = tracker.as_deref_mut() {
        t.finish(out)?;
    }
    Ok(Some((totals, checkpoint::resumed_note(tracker.as_deref()))))
}

/// `-o table` holds its rows to size the columns: at most this many.
const TABLE_ROWS: u64 = 1000;

pub(crate) async fn run(args: ScanArgs, ctx: &mut Context) -> Result<()> {
    let table = table_or_default(ctx, args.table.name.clone());
    let capped = ctx.format == OutputFormat::Table && args.max_items.is_none_or(|m| m > TABLE_ROWS);
    let store = ctx.dynamo().await?;
    let pace = capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let mut spec = pipeline::scan_of(&ctx.settings, &table, pace.as_ref());
    spec.segments = args.segments;
    spec.page_size = args.page_size;
    spec.consistent_read = args.consistent_read;
    spec.attributes = args.attributes.clone();
    spec.max_items = if capped {
        Some(TABLE_ROWS + 1)
    } else {
        args.max_items
    };
    if let Some(path) = args.out.clone() {
        if let Some((totals, resumed)) = to_file(ctx, &store, spec, &args, &path).await? {
            pipeline::pace_notes(ctx, pace.as_ref(), None);
            let resumed = checkpoint::resumed_suffix(resumed.as_deref());
            ctx.note(format!("{}{resumed}", totals.summary(&table)));
        }
        return Ok(());
    }
    if args.job.checkpoint.is_some() || args.job.worker.is_some() {
        return Err(Error::Usage(
            "--checkpoint and --worker need --out FILE: stdout cannot be resumed".into(),
        )
        .with_hint("add --out FILE"));
    }
    // Rows going to the terminal get no progress line between them.
    let progress = if ctx.terminal.stdout_is_terminal() {
        Progress::new(None)
    } else {
        ctx.progress()
    };
    let shown = pipeline::Shown {
        label: &table,
        total: None,
        progress,
    };
    let mut rows = 0u64;
    let width = ctx.width;
    let mut sink = ItemSink::new(&mut ctx.out, ctx.format).with_width(width);
    let mut each = pipeline::Each(|item: Item| {
        rows += 1;
        if capped && rows > TABLE_ROWS {
            return Ok(());
        }
        sink.write(&item)
    });
    let result = pipeline::scan(&store, spec, &mut each, shown, &AtomicU64::new(0), None).await;
    // Interrupted: close what was written (a JSON array stays valid), then say so.
    sink.finish()?;
    let totals = result.map_err(|e| match e {
        Error::Stopped(m) => Error::Stopped(format!("{m}; the output ends on a whole row")),
        other => other,
    })?;
    if capped && totals.items > TABLE_ROWS {
        ctx.note(format!(
            "showing the first {TABLE_ROWS} items: -o table holds its rows in memory to size the columns; use -o jsonl (the default) for every item"
        ));
        return Ok(());
    }
    ctx.note(totals.summary(&table));
    pipeline::pace_notes(ctx, pace.as_ref(), None);
    Ok(())
}
