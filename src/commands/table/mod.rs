//! `cruddur-ddb table ...`

pub mod drop;
pub mod list;
pub mod restore;
pub mod scan;

use crate::commands::progress::Progress;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::ItemSink;
use crate::store::dynamo::DynamoStore;
use crate::store::scan::{ScanMode, ScanSpec};
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

pub async fn run(cmd: TableCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TableCommand::List => list::run(ctx).await,
        TableCommand::Scan(args) => scan::run(args, ctx).await,
        TableCommand::Drop(args) => drop::run(args, ctx).await,
        TableCommand::Restore(args) => restore::run(args, ctx).await,
    }
}

/// Totals of a finished scan.
#[derive(Debug, Default)]
pub struct ScanTotals {
    pub items: u64,
    pub scanned: u64,
    pub capacity: f64,
    pub elapsed: Duration,
    pub segments: u32,
}

impl ScanTotals {
    pub fn summary(&self, table: &str) -> String {
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
pub async fn scan_into(
    store: &DynamoStore,
    spec: ScanSpec,
    sink: &mut ItemSink<'_>,
    show_progress: bool,
) -> Result<ScanTotals> {
    let start = Instant::now();
    let table = spec.table.clone();
    let max = spec.max_items;
    let mut stream = store.scan(spec);
    let mut totals = ScanTotals::default();
    let mut progress = Progress::new(show_progress);
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

/// The table a `table` subcommand works on: its argument, else --table.
pub fn table_arg(ctx: &Context, name: Option<&str>) -> Result<String> {
    match name {
        Some(n) => crate::settings::validate_table_name(n, "table argument"),
        None => Ok(ctx.settings.table.value.clone()),
    }
}
