//! `cruddur-ddb table scan [NAME]`: stream every item of a table.

use super::{scan_into, table_arg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::{self, ItemSink, OutputFormat};
use crate::settings::EnvName;
use crate::store::scan::{ScanSpec, validate_segments};
use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_help = "Output formats: jsonl (default), json, table, ddb-json.\n\
Without --segments, against a local endpoint, the table's size (DescribeTable) picks one segment \
per MiB, up to 32; against prod the scan stays sequential unless --segments says otherwise. \
--max-items always reads sequentially."
)]
pub struct ScanArgs {
    /// Table to scan [default: --table]
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::commands::completions::table_name_candidates))]
    pub name: Option<String>,
    /// Stop after this many items
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_items: Option<u64>,
    /// Items per request (DynamoDB's Limit); pages are at most 1 MB regardless
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub page_size: Option<i32>,
    /// Parallel scan with N concurrent segments (1 = sequential)
    #[arg(long, value_name = "N")]
    pub segments: Option<u32>,
    /// Strongly consistent reads (twice the read capacity)
    #[arg(long)]
    pub consistent_read: bool,
    /// Only these attributes (comma-separated top-level names)
    #[arg(long, value_name = "A,B,...", value_delimiter = ',')]
    pub attributes: Vec<String>,
}

pub async fn run(args: ScanArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "table scan",
        &[
            OutputFormat::Jsonl,
            OutputFormat::Json,
            OutputFormat::Table,
            OutputFormat::DdbJson,
        ],
    )?;
    let table = table_arg(ctx, args.name.as_deref())?;
    validate_segments(args.segments)?;
    if let Some(bad) = args
        .attributes
        .iter()
        .find(|a| a.trim().is_empty() || a.len() > 255)
    {
        return Err(Error::Usage(format!(
            "--attributes has an invalid name {}; give comma-separated attribute names such as pk,sk,message",
            crate::settings::shorten(bad)
        )));
    }
    let spec = ScanSpec {
        table: table.clone(),
        segments: args.segments,
        auto_parallel: ctx.settings.env == EnvName::Dev && ctx.settings.is_local(),
        page_size: args.page_size,
        consistent_read: args.consistent_read,
        attributes: args
            .attributes
            .iter()
            .map(|a| a.trim().to_string())
            .collect(),
        max_items: args.max_items,
    };
    let store = ctx.dynamo().await?;
    let show_progress = ctx.terminal.stderr_is_terminal();
    let mut sink = ItemSink::new(&mut ctx.out, format);
    let totals = scan_into(&store, spec, &mut sink, show_progress).await?;
    sink.finish()?;
    ctx.note(totals.summary(&table));
    Ok(())
}
