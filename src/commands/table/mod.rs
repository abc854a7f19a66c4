//! `cruddur-ddb table ...`

mod drop;
mod list;
mod restore;
mod scan;

use crate::args::TableName;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::OutputFormat;
use crate::render::items::ItemSink;
use crate::settings::EnvName;
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::{ScanMode, ScanSpec};
use crate::ui::progress::Progress;
use clap::Subcommand;
use std::time::{Duration, Instant};

#[derive(Debug, Subcommand)]
pub enum TableCommand {
    /// List every table at the endpoint
    List,
    /// Read every item of a table (all pages, optionally in parallel)
    Scan(scan::ScanArgs),
    /// Delete a table, after confirmation, optionally backing it up first
    Drop(drop::DropArgs),
    /// Write the items of a backup file (typed JSON lines) into a table
    Restore(restore::RestoreArgs),
}

impl TableCommand {
    pub fn formats(&self) -> &'static [OutputFormat] {
        match self {
            TableCommand::List => list::FORMATS,
            TableCommand::Scan(_) => scan::FORMATS,
            TableCommand::Drop(_) => drop::FORMATS,
            TableCommand::Restore(_) => restore::FORMATS,
        }
    }
}

pub async fn run(cmd: TableCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TableCommand::List => list::run(ctx).await,
        TableCommand::Scan(args) => scan::run(args, ctx).await,
        TableCommand::Drop(args) => drop::run(args, ctx).await,
        TableCommand::Restore(args) => restore::run(args, ctx).await,
    }
}

/// The table a `table` subcommand works on: its argument, else --table.
fn table_or_default(ctx: &Context, name: Option<TableName>) -> String {
    name.map(|n| n.0)
        .unwrap_or_else(|| ctx.settings.table.value.clone())
}

/// Whether an automatic scan may go parallel: only on a local dev endpoint, where it
/// costs nothing (against prod a parallel scan can eat a provisioned table's capacity).
fn auto_parallel(ctx: &Context) -> bool {
    ctx.settings.env == EnvName::Dev && ctx.settings.is_local()
}

/// Totals of a finished scan.
#[derive(Debug, Default)]
struct ScanTotals {
    items: u64,
    scanned: u64,
    capacity: f64,
    elapsed: Duration,
    segments: u32,
}

impl ScanTotals {
    fn summary(&self, table: &str) -> String {
        format!(
            "{} item{} from {table} (scanned {}, {:.1} read capacity units) in {:.2} s, {} segment{}",
            self.items,
            if self.items == 1 { "" } else { "s" },
            self.scanned,
            self.capacity,
            self.elapsed.as_secs_f64(),
            self.segments,
            if self.segments == 1 { "" } else { "s" }
        )
    }
}

/// Runs a scan into `sink`, page by page. A failure after some items were written
/// is reported as incomplete, never as a finished scan.
async fn scan_into(
    store: &DynamoStore,
    spec: ScanSpec,
    sink: &mut ItemSink<'_>,
    mut progress: Progress,
) -> Result<ScanTotals> {
    let start = Instant::now();
    let table = spec.table.clone();
    let max = spec.max_items;
    let mut stream = store.scan(spec);
    let mut totals = ScanTotals::default();
    'pages: while let Some(page) = stream.pages.recv().await {
        let page = match page {
            Ok(p) => p,
            Err(e) if totals.items == 0 => return Err(e),
            Err(e) => {
                return Err(Error::Incomplete(format!(
                    "scan of {table} stopped after {} items: {e}; the output is incomplete",
                    totals.items
                )));
            }
        };
        totals.scanned += page.scanned;
        totals.capacity += page.capacity;
        for item in &page.items {
            if max.is_some_and(|m| totals.items >= m) {
                break 'pages;
            }
            sink.write(item)?;
            totals.items += 1;
        }
        progress.update(|| {
            format!(
                "{table}: {} items, {:.1}s",
                totals.items,
                start.elapsed().as_secs_f64()
            )
        });
        if max.is_some_and(|m| totals.items >= m) {
            break;
        }
    }
    progress.clear();
    totals.elapsed = start.elapsed();
    totals.segments = match *stream.mode.lock().expect("mode lock") {
        ScanMode::Single => 1,
        ScanMode::Parallel(n) => n,
    };
    Ok(totals)
}
