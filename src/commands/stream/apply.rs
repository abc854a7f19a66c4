//! `cruddur-ddb stream apply [--follow]`: the stream lambda's job, done right. Reads every
//! shard and record of the table's stream; for each conversation with new messages, moves
//! both group rows forward to its newest one, atomically and never backwards.

use crate::args::YesArg;
use crate::context::Context;
use crate::error::{Error, Fact, Result};
use crate::model::messaging::Message;
use crate::model::words::count;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::streams::{From, Skipped};
use crate::ui::interrupt;
use clap::Args;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::time::Duration;

/// Records a pass of `stream apply` reads before it applies them.
const APPLY_PASS: usize = 10_000;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

pub(super) fn poll_ms(raw: &str) -> std::result::Result<u64, String> {
    match raw.parse::<u64>() {
        Ok(n) if (50..=60_000).contains(&n) => Ok(n),
        _ => Err(format!(
            "{raw:?} is not a poll interval; give 50 to 60000 milliseconds"
        )),
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "Unlike the app's lambda it reads every record of every batch and \
shard (parents first), skips REMOVE events and GRP# items, writes only the newest message per \
conversation, moves both rows in one transaction guarded on what it read (a delete-then-put \
can never lose a row), and never moves a row backwards, so applying the same records again \
changes nothing. Without --follow it applies what the stream holds now and exits."
)]
pub struct ApplyArgs {
    /// Keep reading new records until Ctrl-C (the summary is printed, exit 130)
    #[arg(long)]
    pub follow: bool,
    /// With --follow, how often to ask the stream for new records
    #[arg(long, value_name = "MS", default_value = "250", value_parser = poll_ms)]
    pub poll_ms: u64,
    /// Keep the last sequence number handled per shard in FILE: the next run (or a
    /// restarted --follow) reads only what came after
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize, Default)]
struct Applied {
    table: String,
    records_read: u64,
    messages_seen: u64,
    /// Distinct conversations whose rows moved (one may move several times).
    groups_moved: u64,
    /// How many times rows were moved, over all conversations.
    moves: u64,
    rows_moved: u64,
    skipped_as_older: u64,
    groups_without_rows: u64,
    /// Records that were not messages, by why.
    skipped: Skipped,
    interrupted: bool,
    #[serde(skip)]
    moved: HashSet<String>,
}

impl Applied {
    fn line(&self) -> String {
        let mut line = format!(
            "stream apply on {}: {} read, {} seen, {} moved ({}{}), {} skipped as older, {} without group rows",
            self.table,
            count(self.records_read, "record"),
            count(self.messages_seen, "message"),
            count(self.groups_moved, "conversation"),
            count(self.rows_moved, "row"),
            if self.moves > self.groups_moved {
                format!(" in {}", count(self.moves, "move"))
            } else {
                String::new()
            },
            self.skipped_as_older,
            self.groups_without_rows
        );
        let s = &self.skipped;
        if s.total() > 0 {
            let why: Vec<String> = [
                (s.removes, "a REMOVE event", "REMOVE events"),
                (
                    s.not_messages,
                    "a group row or another item",
                    "group rows or other items",
                ),
                (
                    s.malformed,
                    "a message row without a sort key or user_uuid",
                    "message rows without a sort key or user_uuid",
                ),
                (
                    s.no_image,
                    "a record without a new image",
                    "records without a new image",
                ),
            ]
            .into_iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, one, many)| {
                if n == 1 {
                    format!("1 was {one}")
                } else {
                    format!("{n} were {many}")
                }
            })
            .collect();
            line += &format!("; not applied: {}", why.join(", "));
        }
        line
    }
}

impl Outcome for Applied {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(out, "{}", self.line())?;
        Ok(())
    }
}

/// Applies one batch: the newest message of each conversation moves its rows.
async fn apply(
    ctx: &Context,
    store: &DynamoStore,
    table: &str,
    messages: Vec<Message>,
    totals: &mut Applied,
    verbose: bool,
) -> Result<()> {
    totals.messages_seen += messages.len() as u64;
    let mut newest: HashMap<String, Message> = HashMap::new();
    for m in messages {
        match newest.get(&m.group_uuid) {
            Some(n) if n.at >= m.at => {}
            _ => {
                newest.insert(m.group_uuid.clone(), m);
            }
        }
    }
    for message in newest.values() {
        match store.move_rows(table, message).await {
            Ok(moved) if moved.rows > 0 => {
                totals.moves += 1;
                if totals.moved.insert(message.group_uuid.clone()) {
                    totals.groups_moved += 1;
                }
                totals.rows_moved += u64::from(moved.rows);
                if verbose {
                    ctx.note(format!(
                        "moved {} of {} to {} (@{}: {})",
                        count(u64::from(moved.rows), "row"),
                        message.group_uuid,
                        message.at,
                        message.sender.handle,
                        crate::render::truncate(&message.text, 40)
                    ));
                }
            }
            Ok(_) => totals.skipped_as_older += 1,
            Err(Error::Store(Fact::GroupMissing | Fact::NotParticipant, _)) => {
                totals.groups_without_rows += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub(crate) async fn run(args: ApplyArgs, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    ctx.confirm_write(
        &format!("move group rows in table {table} from its stream"),
        &table,
        args.yes.yes,
    )?;
    let store = ctx.dynamo().await?;
    let job = format!("stream apply on {table}");
    let checkpoint = args.checkpoint.as_deref();
    let mut reader = super::Reader::open(
        &store,
        &table,
        job,
        checkpoint,
        From::TrimHorizon,
        !args.follow,
    )
    .await?;
    // Each pass moves the rows of every conversation it saw once: passes of 1 000 made a
    // backlog of 10 000 messages in 100 conversations cost 1 000 moves instead of 100
    // (`make bench`: 10.1 s). 10 000 message images hold a few MB.
    reader.stream.pass(APPLY_PASS);
    let mut totals = Applied {
        table: table.clone(),
        ..Applied::default()
    };
    let _guard = args.follow.then(interrupt::take_over);
    if args.follow {
        ctx.note(format!(
            "following the stream of {table} at {} (Ctrl-C to stop)",
            store.label()
        ));
    }
    loop {
        let step = async {
            let batch = reader.read().await?;
            super::trimmed_notes(ctx, &batch);
            totals.records_read += batch.records.len() as u64;
            totals.skipped.add(&batch.skipped);
            apply(
                ctx,
                &store,
                &table,
                batch.messages,
                &mut totals,
                args.follow,
            )
            .await?;
            // Only what is applied counts as read: a kill before this reads it again.
            reader.commit()?;
            Ok::<bool, Error>(batch.caught_up)
        };
        let (stopped, caught_up) = tokio::select! {
            r = step => (false, r?),
            _ = interrupt::interrupted() => (true, true),
        };
        if stopped {
            totals.interrupted = true;
            break;
        }
        if !caught_up {
            continue;
        }
        if !args.follow {
            break;
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(args.poll_ms)) => {}
            _ = interrupt::interrupted() => {
                totals.interrupted = true;
                break;
            }
        }
    }
    ctx.emit(&totals)?;
    if totals.interrupted {
        return Err(Error::Interrupted);
    }
    Ok(())
}
