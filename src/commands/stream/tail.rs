//! `cruddur-ddb stream tail`: the table's stream records as they come, as `dy logs -f`
//! would show them: one short line each, or JSON lines for scripts.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::item::{Item, PlainItem, ordered};
use crate::model::messaging::{Message, RowView};
use crate::render::{self, OutputFormat};
use crate::store::dynamo::streams::{From, Record};
use crate::ui::interrupt;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::time::Duration;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Jsonl];

/// Where to start when there is no checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Start {
    /// The oldest record the stream keeps (24 hours)
    TrimHorizon,
    /// Only records written from now on
    Latest,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Text: one line per record (its time, event, keys, and for a message its \
sender and text); -o jsonl: one JSON object per record (event, shard, sequence, time, keys, \
new image). Follows until Ctrl-C; --once prints what the stream holds and exits. With \
--checkpoint FILE the next run starts after the last record printed."
)]
pub struct TailArgs {
    /// Where to start without a checkpoint
    #[arg(long, value_enum, default_value = "latest")]
    pub from: Start,
    /// Keep the last sequence number printed per shard in FILE, and start after it
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<std::path::PathBuf>,
    /// Print what the stream holds now and exit, instead of following
    #[arg(long)]
    pub once: bool,
    /// How often to ask the stream for new records
    #[arg(long, value_name = "MS", default_value = "250", value_parser = super::apply::poll_ms)]
    pub poll_ms: u64,
}

fn keys(item: &Item) -> String {
    ordered(item)
        .iter()
        .map(|(_, v)| render::cell(v))
        .collect::<Vec<_>>()
        .join(" ")
}

fn time(at: Option<f64>) -> String {
    at.and_then(|t| chrono::DateTime::from_timestamp(t as i64, 0))
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| "-".into())
}

/// `2026-12-01 10:00:00 UTC  INSERT  MSG#5ae2... 2026-...  @bayko: Hi`
fn text_line(r: &Record) -> String {
    let mut line = format!("{}  {:<6}  {}", time(r.at), r.event, keys(&r.keys));
    if let Some(image) = &r.new_image {
        if let Some(m) = Message::from_item(image) {
            line += &format!("  @{}: {}", m.sender.handle, render::truncate(&m.text, 60));
        } else if let Some(text) = RowView::of(image).text() {
            line += &format!("  \"{}\"", render::truncate(text, 60));
        }
    }
    line
}

fn json_line(r: &Record) -> serde_json::Value {
    let at =
        r.at.and_then(|t| chrono::DateTime::from_timestamp(t as i64, 0))
            .map(|t| t.to_rfc3339());
    serde_json::json!({
        "event": r.event,
        "shard": r.shard,
        "sequence": r.sequence,
        "at": at,
        "keys": PlainItem(&r.keys),
        "new_image": r.new_image.as_ref().map(PlainItem),
    })
}

fn print(ctx: &mut Context, records: &[Record]) -> Result<()> {
    for r in records {
        match ctx.format {
            OutputFormat::Jsonl => {
                serde_json::to_writer(&mut ctx.out, &json_line(r)).map_err(render::json_error)?;
                ctx.out.write_all(b"\n")?;
            }
            _ => writeln!(ctx.out, "{}", text_line(r))?,
        }
    }
    ctx.out.flush()?;
    Ok(())
}

pub(crate) async fn run(args: TailArgs, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let job = format!("stream tail of {table}");
    let from = match args.from {
        Start::TrimHorizon => From::TrimHorizon,
        Start::Latest => From::Latest,
    };
    let checkpoint = args.checkpoint.as_deref();
    let mut reader = super::Reader::open(&store, &table, job, checkpoint, from, args.once).await?;
    if !args.once {
        ctx.note(format!(
            "following the stream of {table} at {} (Ctrl-C to stop)",
            store.label()
        ));
    }
    let _guard = interrupt::take_over();
    let mut printed = 0u64;
    loop {
        let batch = tokio::select! {
            b = reader.read() => b?,
            _ = interrupt::interrupted() => break,
        };
        super::trimmed_notes(ctx, &batch);
        print(ctx, &batch.records)?;
        printed += batch.records.len() as u64;
        reader.commit()?;
        if !batch.caught_up {
            continue;
        }
        if args.once {
            ctx.note(format!(
                "{} from the stream of {table}",
                crate::model::words::count(printed, "record")
            ));
            return Ok(());
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(args.poll_ms)) => {}
            _ = interrupt::interrupted() => break,
        }
    }
    Err(Error::Stopped(format!(
        "interrupted after {} from the stream of {table}",
        crate::model::words::count(printed, "record")
    )))
}
