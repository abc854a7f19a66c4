//! `cruddur-ddb table scan [NAME]`: stream every item of a table.

use super::table_or_default;
use crate::args::{ReadCapacityArgs, TableArg};
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::item::Item;
use crate::render::OutputFormat;
use crate::render::items::ItemSink;
use crate::store::dynamo::scan::MAX_SEGMENTS;
use crate::ui::progress::Progress;
use clap::Args;
use std::sync::atomic::AtomicU64;

pub(crate) const FORMATS: &[OutputFormat] = &[
    OutputFormat::Jsonl,
    OutputFormat::Json,
    OutputFormat::Table,
    OutputFormat::DdbJson,
    OutputFormat::DdbExport,
];

fn segments(raw: &str) -> Result<u32, String> {
    match raw.parse::<u32>() {
        Ok(n) if (1..=MAX_SEGMENTS).contains(&n) => Ok(n),
        _ => Err(format!(
            "--segments {raw} is out of range; use 1 to {MAX_SEGMENTS} (each segment is a request in flight; 4 to 32 suit DynamoDB Local)"
        )),
    }
}

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
    #[arg(long, value_name = "N", value_parser = segments)]
    pub segments: Option<u32>,
    /// Strongly consistent reads (twice the read capacity)
    #[arg(long)]
    pub consistent_read: bool,
    /// Only these attributes (comma-separated top-level names)
    #[arg(long, value_name = "A,B,...", value_delimiter = ',', value_parser = attribute)]
    pub attributes: Vec<String>,
    #[command(flatten)]
    pub capacity: ReadCapacityArgs,
}

/// `-o table` holds its rows to size the columns: at most this many.
const TABLE_ROWS: u64 = 1000;

pub(crate) async fn run(args: ScanArgs, ctx: &mut Context) -> Result<()> {
    let table = table_or_default(ctx, args.table.name);
    let capped = ctx.format == OutputFormat::Table && args.max_items.is_none_or(|m| m > TABLE_ROWS);
    let store = ctx.dynamo().await?;
    let pace = capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let mut spec = pipeline::scan_of(&ctx.settings, &table, pace.as_ref());
    spec.segments = args.segments;
    spec.page_size = args.page_size;
    spec.consistent_read = args.consistent_read;
    spec.attributes = args.attributes;
    spec.max_items = if capped {
        Some(TABLE_ROWS + 1)
    } else {
        args.max_items
    };
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
    let result = pipeline::scan(&store, spec, &mut each, shown, &AtomicU64::new(0)).await;
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
