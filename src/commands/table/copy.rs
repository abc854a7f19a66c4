//! `cruddur-ddb table copy SRC [DST] --to-...`: every item of a table on this target
//! into a table on another (prod to DynamoDB Local, typically), reading and writing at
//! once, paced against provisioned capacity.

use super::{auto_parallel, table_or_default};
use crate::args::{
    OtherTargetArgs, ReadCapacityArgs, TableArg, TableName, WriteCapacityArgs, YesArg,
};
use crate::commands::capacity;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::item::Item;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::ScanSpec;
use crate::store::dynamo::write::RetryPolicy;
use crate::ui::interrupt;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

/// Items handed to the batched writer at a time (the scan keeps reading meanwhile).
const CHUNK: usize = 2_000;

fn copy_help() -> String {
    format!(
        "The source is this run's target (--env, --endpoint-url, ...). {}\n\
Typically: `cruddur-ddb --env prod table copy cruddur-messages --create`.\n\
Reads with a parallel scan (paced to 50% of a provisioned prod table's read capacity by \
default) while the batched, retrying writer writes; every item is written once (puts: a \
re-run overwrites). A partial copy exits 7 with the counts. A destination that is not \
local asks for the table name (or --yes).",
        crate::args::OTHER_TARGET_HELP
    )
}

#[derive(Debug, Args)]
#[command(
    after_help = copy_help()
)]
pub struct CopyArgs {
    /// The source table [default: --table]
    #[command(flatten)]
    pub table: TableArg,
    /// The destination table [default: the source's name]
    #[arg(value_name = "DST", value_parser = crate::args::table_name_parser())]
    pub dst: Option<TableName>,
    #[command(flatten)]
    pub to: OtherTargetArgs,
    /// Create the destination from the source's description (keys, indexes, billing,
    /// stream) when it does not exist
    #[arg(long)]
    pub create: bool,
    /// Say what would be created and copied, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub read: ReadCapacityArgs,
    #[command(flatten)]
    pub write: WriteCapacityArgs,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Copied {
    source: String,
    source_target: String,
    destination: String,
    destination_target: String,
    created: bool,
    read: u64,
    written: u64,
    seconds: f64,
    dry_run: bool,
    #[serde(skip)]
    estimate: Option<i64>,
}

impl Outcome for Copied {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.dry_run {
            let about = self
                .estimate
                .map(|n| format!("about {n} items"))
                .unwrap_or_else(|| "every item".into());
            writeln!(
                out,
                "would {}copy {about} from {} at {} to {} at {}",
                if self.created {
                    "create the destination and "
                } else {
                    ""
                },
                self.source,
                self.source_target,
                self.destination,
                self.destination_target
            )?;
            return Ok(());
        }
        writeln!(
            out,
            "copied {} item{} from {} at {} to {} at {}{} in {:.2} s (read {}, written {})",
            self.written,
            if self.written == 1 { "" } else { "s" },
            self.source,
            self.source_target,
            self.destination,
            self.destination_target,
            if self.created { " (created it)" } else { "" },
            self.seconds,
            self.read,
            self.written
        )?;
        Ok(())
    }
}

/// Writes `items`, showing progress and stopping on Ctrl-C.
async fn write_chunk(
    dst: &DynamoStore,
    table: &str,
    items: Vec<Item>,
    policy: &RetryPolicy,
    written: &Arc<AtomicU64>,
) -> Result<Option<u64>> {
    let writing = dst.put_items(table, items, policy, written.clone());
    tokio::pin!(writing);
    tokio::select! {
        report = &mut writing => {
            let report = report?;
            let n = report.written;
            report.into_result(table)?;
            Ok(Some(n))
        }
        _ = interrupt::interrupted() => Ok(None),
    }
}

pub async fn run(args: CopyArgs, ctx: &mut Context) -> Result<()> {
    let source = table_or_default(ctx, args.table.name);
    let destination = args.dst.map(|d| d.0).unwrap_or_else(|| source.clone());
    let dst_settings = ctx.other_target(&args.to.flags())?;
    let src = ctx.dynamo().await?;
    let dst = DynamoStore::connect(&dst_settings).await?;
    if src.label() == dst.label() && source == destination {
        return Err(Error::Usage(format!(
            "the source and the destination are both {source} at {}; name another DST or --to-endpoint",
            src.label()
        )));
    }
    let info = src.require_table(&source).await?;
    let existing = dst.describe_table(&destination).await?;
    let create = match &existing {
        Some(d) if d.schema.key != info.schema.key => {
            return Err(Error::Conflict(format!(
                "{destination} at {} is keyed on {}, {source} on {}; copy into another table",
                dst.label(),
                d.schema.key.describe_types(),
                info.schema.key.describe_types()
            )));
        }
        Some(_) => false,
        None if args.create => true,
        None => {
            return Err(Error::NotFound(format!(
                "destination table {destination} does not exist at {}; pass --create to create it from {source}'s description",
                dst.label()
            )));
        }
    };
    // A destination elsewhere is named with the key and region it is written with.
    let destination_target = if dst.label() == src.label() {
        dst.label().to_string()
    } else {
        dst_settings.target_with_identity()
    };
    let mut outcome = Copied {
        source: source.clone(),
        source_target: src.label().to_string(),
        destination: destination.clone(),
        destination_target,
        created: create,
        read: 0,
        written: 0,
        seconds: 0.0,
        dry_run: args.dry_run,
        estimate: info.item_count,
    };
    if args.dry_run {
        if create {
            ctx.note(format!(
                "would create {destination} at {}: keys {}, {} index{}, stream {}",
                dst.label(),
                info.schema.key.describe_types(),
                info.schema.indexes.len(),
                if info.schema.indexes.len() == 1 {
                    ""
                } else {
                    "es"
                },
                info.schema.stream.map(|s| s.as_str()).unwrap_or("none")
            ));
        }
        return ctx.emit(&outcome);
    }
    if dst_settings.is_guarded() {
        // The destination's guard, not this run's: ask with its name and target.
        ctx.confirm_at(
            &dst_settings,
            &format!("copy {source} into table {destination}"),
            &destination,
            args.yes.yes,
        )?;
    }
    if create {
        let mut schema = info.schema.clone();
        schema.name = destination.clone();
        dst.create_table(&schema).await?;
        let messages = ctx.messages.clone();
        dst.wait_active(&destination, Duration::from_secs(600), |l| {
            messages.line(&format!("waiting: {l}"))
        })
        .await?;
    }
    let read_pace = capacity::read_pace(ctx, &src, &source, &args.read).await?;
    let write_pace = match &existing {
        Some(d) => capacity::writes(&args.write, d.schema.billing, &dst_settings),
        None => capacity::writes(&args.write, info.schema.billing, &dst_settings),
    };
    let spec = ScanSpec {
        table: source.clone(),
        segments: None,
        auto_parallel: auto_parallel(ctx) || read_pace.is_some(),
        page_size: None,
        consistent_read: false,
        attributes: Vec::new(),
        max_items: None,
        pacer: read_pace.as_ref().map(|p| p.pacer.clone()),
    };
    let policy = RetryPolicy {
        pacer: write_pace.as_ref().map(|p| p.pacer.clone()),
        ..RetryPolicy::default()
    };
    let started = Instant::now();
    let written = Arc::new(AtomicU64::new(0));
    let mut bar = ctx.progress();
    let _interrupts = interrupt::take_over();
    let mut stream = src.scan(spec);
    let mut chunk: Vec<Item> = Vec::with_capacity(CHUNK);
    let stopped = |read: u64, written: u64| {
        Error::Stopped(format!(
            "interrupted after reading {read} and writing {written} items of {source}; run the same copy again to finish (puts overwrite)"
        ))
    };
    let total = info.item_count.map(|n| n.max(0) as u64);
    loop {
        let page = tokio::select! {
            page = stream.pages.recv() => page,
            _ = interrupt::interrupted() => {
                return Err(stopped(outcome.read, written.load(Ordering::Relaxed)));
            }
        };
        let done = page.is_none();
        if let Some(page) = page {
            let page = page.map_err(|e| {
                let w = written.load(Ordering::Relaxed);
                if outcome.read == 0 {
                    e
                } else {
                    Error::Incomplete(format!(
                        "reading {source} stopped after {} items ({w} written to {destination}): {e}",
                        outcome.read
                    ))
                }
            })?;
            outcome.read += page.items.len() as u64;
            chunk.extend(page.items);
        }
        if chunk.len() >= CHUNK || (done && !chunk.is_empty()) {
            let items = std::mem::take(&mut chunk);
            match write_chunk(&dst, &destination, items, &policy, &written).await {
                Ok(Some(_)) => {}
                Ok(None) => return Err(stopped(outcome.read, written.load(Ordering::Relaxed))),
                Err(e) => {
                    return Err(Error::Incomplete(format!(
                        "{e}; read {} items of {source}, {} written to {destination}: run the same copy again to finish",
                        outcome.read,
                        written.load(Ordering::Relaxed)
                    )));
                }
            }
            let w = written.load(Ordering::Relaxed);
            bar.update(|| {
                crate::ui::progress::counted(&format!("copy {source}"), w, total, started)
            });
        }
        if done {
            break;
        }
    }
    bar.clear();
    outcome.written = written.load(Ordering::Relaxed);
    outcome.seconds = started.elapsed().as_secs_f64();
    if outcome.written != outcome.read {
        return Err(Error::Incomplete(format!(
            "read {} items of {source} but wrote {} to {destination}; run the same copy again",
            outcome.read, outcome.written
        )));
    }
    if let Some(p) = &read_pace {
        ctx.note(format!(
            "reads: {}",
            capacity::summary(&p.pacer.report(), &p.why, "RCU")
        ));
    }
    if let Some(p) = &write_pace {
        ctx.note(format!(
            "writes: {}",
            capacity::summary(&p.pacer.report(), &p.why, "WCU")
        ));
    }
    ctx.emit(&outcome)
}
