//! `cruddur-ddb table ...`

pub(super) mod backup;
pub(super) mod copy;
pub(super) mod diff;
pub(super) mod drop;
pub(super) mod export;
pub(super) mod list;
pub(super) mod restore;
pub(super) mod scan;

use crate::args::TableName;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::item::Item;
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
    /// Write a table's description and every item to a file `table restore` reads back
    Backup(backup::BackupArgs),
    /// Delete a table, after confirmation, optionally backing it up first
    Drop(drop::DropArgs),
    /// Write the items of a backup, an export or an AWS tool's file into a table
    Restore(restore::RestoreArgs),
    /// Write a table as a DynamoDB S3 export (gzipped, with manifests) into a folder
    Export(export::ExportArgs),
    /// Copy every item of a table to another target (prod to local), creating it if asked
    Copy(copy::CopyArgs),
    /// Compare two tables, or a table and a file, by primary key
    Diff(diff::DiffArgs),
}

pub async fn run(cmd: TableCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TableCommand::List => list::run(ctx).await,
        TableCommand::Scan(args) => scan::run(args, ctx).await,
        TableCommand::Backup(args) => backup::run(args, ctx).await,
        TableCommand::Drop(args) => drop::run(args, ctx).await,
        TableCommand::Restore(args) => restore::run(args, ctx).await,
        TableCommand::Export(args) => export::run(args, ctx).await,
        TableCommand::Copy(args) => copy::run(args, ctx).await,
        TableCommand::Diff(args) => diff::run(args, ctx).await,
    }
}

/// The table a `table` subcommand works on: its argument, else --table.
fn table_or_default(ctx: &Context, name: Option<TableName>) -> String {
    name.map(|n| n.0)
        .unwrap_or_else(|| ctx.settings.table.value.clone())
}

/// A full, consistent scan of `table`, as backups and exports read it.
fn full_scan(ctx: &Context, table: &str) -> ScanSpec {
    ScanSpec {
        table: table.to_string(),
        segments: None,
        auto_parallel: auto_parallel(ctx),
        page_size: None,
        consistent_read: true,
        attributes: Vec::new(),
        max_items: None,
        pacer: None,
    }
}

/// Whether an automatic scan may go parallel: only on a local dev endpoint, where it
/// costs nothing (against prod a parallel scan can eat a provisioned table's capacity).
fn auto_parallel(ctx: &Context) -> bool {
    auto_parallel_at(&ctx.settings)
}

/// [`auto_parallel`] for the target `settings` describe.
fn auto_parallel_at(settings: &crate::settings::Settings) -> bool {
    settings.env == EnvName::Dev && settings.is_local()
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
            "{} item{} from {table} (scanned {}, {:.1} RCU, {:.1} RCU/s) in {:.2} s, {} segment{}",
            self.items,
            if self.items == 1 { "" } else { "s" },
            self.scanned,
            self.capacity,
            self.capacity / self.elapsed.as_secs_f64().max(0.001),
            self.elapsed.as_secs_f64(),
            self.segments,
            if self.segments == 1 { "" } else { "s" }
        )
    }
}

/// Runs a scan, handing each item to `sink`, page by page. A failure after some items
/// were written is reported as incomplete, never as a finished scan.
async fn scan_into(
    store: &DynamoStore,
    spec: ScanSpec,
    sink: &mut dyn FnMut(&Item) -> Result<()>,
    mut progress: Progress,
) -> Result<ScanTotals> {
    let start = Instant::now();
    let table = spec.table.clone();
    let max = spec.max_items;
    let mut stream = store.scan(spec);
    let mut totals = ScanTotals::default();
    // Ctrl-C stops between pages, so the output ends on a whole row.
    let _interrupts = crate::ui::interrupt::take_over();
    'pages: loop {
        let page = tokio::select! {
            page = stream.pages.recv() => page,
            _ = crate::ui::interrupt::interrupted() => {
                progress.clear();
                return Err(Error::Stopped(format!(
                    "interrupted after {} from {table}",
                    crate::model::words::count(totals.items, "item")
                )));
            }
        };
        let Some(page) = page else { break };
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
            sink(item)?;
            totals.items += 1;
        }
        progress.update(|| crate::ui::progress::counted(&table, totals.items, None, start));
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
