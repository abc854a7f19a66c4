//! `cruddur-ddb seed`: a conversation between two users from Postgres, written with
//! BatchWriteItem, with group rows that match the last message.

use crate::args::{Handle, Uuid, YesArg, handle, uuid};
use crate::commands::support::pipeline::{self, Target, Written};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::generate::Shape;
use crate::model::item::Item;
use crate::model::messaging::{self, Participant, RowView, SEED_GROUP_UUID};
use crate::model::schema;
use crate::model::time::format_sk;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::write::RetryPolicy;
use chrono::{Duration as ChronoDuration, Utc};
use clap::Args;
use serde::Serialize;
use std::collections::HashSet;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

mod scale;

pub(super) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Refuses to write into a group that already has messages; --replace writes \
the conversation anew, then deletes what the old one left (its messages and every group row \
that points at it).\n\
At scale (--users and/or --conversations): N generated users in Postgres (an existing handle \
is used as it is), M conversations between pairs of them, K messages over weeks; one \
conversation is longer than the app's 20-message window and starts in the previous calendar \
year, another ended in it. The same --seed makes the same users, pairs and texts \
[defaults: 20 users, 30 conversations, 20 messages per conversation]."
)]
pub struct SeedArgs {
    /// The first participant (owner of the first group row)
    #[arg(long, default_value = crate::model::messaging::DEFAULT_HANDLE, value_parser = handle("--handle"))]
    pub handle: Handle,
    /// The other participant
    #[arg(long, default_value = "bayko", value_parser = handle("--other-handle"))]
    pub other_handle: Handle,
    /// The conversation's message group
    #[arg(long, value_name = "UUID", default_value = SEED_GROUP_UUID, value_parser = uuid)]
    pub group_uuid: Uuid,
    /// How many messages (alternating senders, one minute apart, ending now) [default:
    /// 104]; at scale, in all conversations together
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u32).range(1..=2_000_000))]
    pub messages: Option<u32>,
    /// At scale: how many users to create in Postgres (idempotent by handle)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=200_000), conflicts_with_all = ["handle", "other_handle", "group_uuid"])]
    pub users: Option<u32>,
    /// At scale: how many conversations, between pairs of the users
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u32).range(1..=1_000_000), conflicts_with_all = ["handle", "other_handle", "group_uuid"])]
    pub conversations: Option<u32>,
    /// At scale: the generator's seed; the same seed makes the same data [default: random]
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Replace an existing conversation in this group instead of refusing
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub yes: YesArg,
}

use crate::model::generate::LINES;

#[derive(Serialize)]
struct Seeded {
    table: String,
    group_uuid: String,
    messages: u32,
    group_rows: u32,
    replaced_items: u64,
    first_at: String,
    last_at: String,
    #[serde(skip)]
    handles: (String, String),
    #[serde(skip)]
    capacity: f64,
}

impl Outcome for Seeded {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.replaced_items > 0 {
            writeln!(
                out,
                "replaced {} existing items of group {}",
                self.replaced_items, self.group_uuid
            )?;
        }
        writeln!(
            out,
            "seeded {} messages between @{} and @{} and 2 group rows into {} (group {}, {:.1} WCU)",
            self.messages,
            self.handles.0,
            self.handles.1,
            self.table,
            self.group_uuid,
            self.capacity
        )?;
        Ok(())
    }
}

/// The items of a conversation: `count` messages ending at `end`, then one group row
/// per participant describing the other one and the last message.
fn conversation(
    group: &str,
    me: &Participant,
    other: &Participant,
    count: u32,
    end: chrono::DateTime<Utc>,
) -> Vec<Item> {
    let mut items = Vec::with_capacity(count as usize + 2);
    let mut last = (String::new(), String::new());
    for i in 0..count {
        let sender = if i % 2 == 0 { me } else { other };
        let at = format_sk(end - ChronoDuration::minutes(i64::from(count - 1 - i)));
        let text = LINES[i as usize % LINES.len()];
        let message_uuid = format!("{}-{:012x}", &group[..23], i);
        items.push(messaging::message_item(
            group,
            &message_uuid,
            &at,
            text,
            sender,
        ));
        last = (at, text.to_string());
    }
    items.push(messaging::group_item(group, me, other, &last.0, &last.1));
    items.push(messaging::group_item(group, other, me, &last.0, &last.1));
    items
}

/// Writes `items`, showing progress; a stop or a failure says how to finish.
async fn write_conversation(
    ctx: &Context,
    store: &DynamoStore,
    table: &str,
    items: Vec<Item>,
) -> Result<Written> {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let total = items.len() as u64;
    tx.send(pipeline::Block {
        items,
        ..Default::default()
    })
    .await
    .map_err(|_| Error::Service("the writer stopped".into()))?;
    drop(tx);
    let target = Target {
        label: "seed",
        store,
        table,
        policy: RetryPolicy::default(),
        total: Some(total),
        resume: "the old conversation was not touched: run `cruddur-ddb seed --replace` to finish",
    };
    pipeline::write(ctx, target, rx, &Arc::new(AtomicU64::new(0)), None).await
}

/// Deletes what an old conversation left; returns how many items.
async fn remove(store: &DynamoStore, table: &str, stale: Vec<Item>) -> Result<u64> {
    let n = stale.len() as u64;
    if n == 0 {
        return Ok(0);
    }
    let progress = Arc::new(AtomicU64::new(0));
    let removal = store
        .delete_keys(table, stale, &RetryPolicy::default(), progress)
        .await?;
    removal.into_result(table).map_err(|e| {
        Error::Incomplete(format!(
            "the new conversation is written, but removing the old one failed: {e}"
        ))
        .with_hint("run `cruddur-ddb seed --replace` again")
    })?;
    Ok(n)
}

/// The shape to generate at scale, or `None` for the one demo conversation.
fn scale(args: &SeedArgs) -> Result<Option<Shape>> {
    if args.users.is_none() && args.conversations.is_none() {
        if args.seed.is_some() {
            return Err(Error::Usage("--seed only applies at scale".into())
                .with_hint("add --users N and --conversations M, or drop --seed"));
        }
        return Ok(None);
    }
    let users = args.users.unwrap_or(20);
    let conversations = args.conversations.unwrap_or(30);
    let shape = Shape {
        users,
        conversations,
        messages: args.messages.unwrap_or(conversations.saturating_mul(20)),
        seed: args.seed.unwrap_or_else(rand::random),
    };
    shape.check().map_err(|why| {
        Error::Usage(why).with_hint("raise --users or --messages, or lower --conversations")
    })?;
    Ok(Some(shape))
}

/// How many messages the demo conversation gets: `--messages`, 2 to 100 000.
fn demo_messages(args: &SeedArgs) -> Result<u32> {
    let messages = args.messages.unwrap_or(104);
    if messages < 2 {
        return Err(Error::Usage(format!(
            "--messages {messages} is too few for a conversation between two users"
        ))
        .with_hint("pass --messages 2 or more"));
    }
    if messages > 100_000 {
        return Err(Error::Usage(format!(
            "--messages {messages} is more than one demo conversation holds (100000)"
        ))
        .with_hint("seed at scale with --users N --conversations M --messages K"));
    }
    Ok(messages)
}

pub(super) async fn run(args: SeedArgs, ctx: &mut Context) -> Result<()> {
    if let Some(shape) = scale(&args)? {
        return scale::run(shape, args.replace, args.yes.yes, ctx).await;
    }
    let messages = demo_messages(&args)?;
    let group = args.group_uuid.0;
    if args
        .handle
        .as_str()
        .eq_ignore_ascii_case(args.other_handle.as_str())
    {
        return Err(Error::Usage(format!(
            "--handle and --other-handle are both {:?}; a conversation needs two different users",
            args.handle.as_str()
        )));
    }
    let table = ctx.settings.table.value.clone();
    let what = if args.replace { "replace" } else { "write" };
    ctx.confirm_write(
        &format!("{what} a demo conversation in table {table}"),
        &table,
        args.yes.yes,
    )?;

    let users = ctx.users().await?;
    let me = users.require(args.handle.as_str()).await?;
    let other = users.require(args.other_handle.as_str()).await?;
    let store = ctx.dynamo().await?;

    // What is there already: the group's messages, and every group row pointing at it.
    let existing = store.conversation_keys(&table, &group).await?;
    if !existing.is_empty() && !args.replace {
        return Err(Error::Conflict(format!(
            "group {group} already has {} in {table}",
            crate::model::words::count(existing.len() as u64, "item")
        ))
        .with_hint("pass --replace to write it anew (the old items are deleted after)"));
    }

    let items = conversation(
        &group,
        &me.participant(),
        &other.participant(),
        messages,
        Utc::now(),
    );
    let at = |i: &Item| RowView::of(i).at().unwrap_or_default().to_string();
    let (first_at, last_at) = (at(&items[0]), at(&items[items.len() - 1]));
    let key = schema::messages_table(&table, true).key;
    let mut seen: HashSet<String> = items.iter().map(|i| key.key_string(i)).collect();
    let report = write_conversation(ctx, &store, &table, items).await?;

    // Only now, with the new conversation in place, remove what the old one left: a
    // failure here never leaves the group without a conversation.
    let stale: Vec<Item> = existing
        .into_iter()
        .filter(|k| seen.insert(key.key_string(k)))
        .collect();
    let replaced = remove(&store, &table, stale).await?;
    if report.retries > 0 {
        ctx.note(format!(
            "note: {} batch requests were retried for unprocessed items",
            report.retries
        ));
    }
    ctx.emit(&Seeded {
        table,
        group_uuid: group,
        messages,
        group_rows: 2,
        replaced_items: replaced,
        first_at,
        last_at,
        handles: (me.handle, other.handle),
        capacity: report.capacity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::item::get_s;
    use chrono::TimeZone;

    #[test]
    fn group_rows_match_the_last_message_and_name_the_other_participant() {
        let (me, other) = (messaging::ME, messaging::OTHER);
        let end = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 30).unwrap();
        let items = conversation(SEED_GROUP_UUID, &me, &other, 5, end);
        assert_eq!(items.len(), 7);
        let last_msg = &items[4];
        assert_eq!(
            get_s(last_msg, "sk"),
            Some("2026-01-01T00:00:30.000000+00:00")
        );
        assert_eq!(
            get_s(&items[0], "sk"),
            Some("2025-12-31T23:56:30.000000+00:00")
        );
        assert_eq!(
            get_s(&items[1], "user_handle"),
            Some("other"),
            "senders alternate"
        );
        let mine = &items[5];
        assert_eq!(get_s(mine, "pk"), Some("GRP#u1"));
        assert_eq!(get_s(mine, "user_handle"), Some("other"));
        assert_eq!(get_s(mine, "sk"), get_s(last_msg, "sk"));
        assert_eq!(get_s(mine, "message"), get_s(last_msg, "message"));
        assert_eq!(get_s(&items[6], "pk"), Some("GRP#u2"));
        assert_eq!(get_s(&items[6], "user_handle"), Some("me"));
        let uuids: std::collections::HashSet<_> = items[..5]
            .iter()
            .map(|i| get_s(i, "message_uuid").unwrap())
            .collect();
        assert_eq!(uuids.len(), 5, "message uuids are unique");
    }
}
