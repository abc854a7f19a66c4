//! `cruddur-ddb seed`: a conversation between two users from Postgres, written with
//! BatchWriteItem, with group rows that match the last message.

use crate::args::{Handle, Uuid, YesArg, handle, uuid};
use crate::commands::support::pipeline::{self, Target, Written};
use crate::context::Context;
use crate::error::{Error, Result};
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

pub(super) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Refuses to write into a group that already has messages; --replace writes \
the conversation anew, then deletes what the old one left (its messages and every group row \
that points at it)."
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
    /// How many messages (alternating senders, one minute apart, ending now)
    #[arg(long, default_value_t = 104, value_parser = clap::value_parser!(u32).range(2..=100_000))]
    pub messages: u32,
    /// Replace an existing conversation in this group instead of refusing
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub yes: YesArg,
}

/// Our own text: two developers talk through moving Cruddur's messages to DynamoDB.
const LINES: &[&str] = &[
    "Morning! Did the messages table make it into DynamoDB Local?",
    "It did. pk and sk are both strings, and the group index is on message_group_uuid.",
    "Nice. Why a composite key instead of one id per message?",
    "So one Query returns a conversation in time order without a scan.",
    "And the sort key is the created_at timestamp?",
    "ISO-8601 with microseconds, so the strings sort the same way the times do.",
    "What does a group row hold?",
    "The other person's handle and name, plus the last message, so the inbox is one query.",
    "Which means every new message rewrites two group rows.",
    "Yes, the stream lambda does that in prod. Locally the seed writes them itself.",
    "How many capacity units are we paying for?",
    "Five reads and five writes, provisioned. Plenty for a demo.",
    "Does the scan still stop after one megabyte?",
    "Not any more. It follows LastEvaluatedKey until the table is done.",
    "Good, the old script silently showed half the data.",
    "And get-conversations no longer hides everything in early January.",
    "Ha, the begins_with on the current year. That one bit me on the second.",
    "You can still ask for a year with --year if you want the old behaviour.",
    "What happens if DynamoDB Local is not running?",
    "You get one line that names the endpoint and tells you to run make up.",
    "Better than a forty-line traceback.",
    "Much. Same for Postgres when CONNECTION_URL is missing.",
    "Is the seed safe to run twice?",
    "It refuses unless you pass --replace, so nothing gets doubled.",
    "And in prod it asks you to type the table name first.",
    "Exactly. Typing the name is harder to do by accident than pressing y.",
    "Did you measure the batch writes?",
    "Twenty-five items per request and several requests in flight.",
    "What about unprocessed items?",
    "Retried with backoff and jitter, and if any remain it says how many.",
    "No silent data loss. I like it.",
    "Shall we look at the list-conversations output?",
    "Sure, it shows who you talk to, when, and the last message.",
    "The uuid comes from Postgres by handle, right?",
    "Right, with a parameterized query. Or pass --user-uuid to skip the lookup.",
    "Babylon 5 marathon tonight after we ship this?",
    "Only if Londo gets the good lines.",
    "He always does. See you at standup.",
    "See you. I will push the completions and the man page first.",
    "Do not forget to regenerate them, the test checks they are current.",
];

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

pub(super) async fn run(args: SeedArgs, ctx: &mut Context) -> Result<()> {
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
        args.messages,
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
        messages: args.messages,
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
