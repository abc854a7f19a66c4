//! `seed --users N --conversations M --messages K [--seed S]`: generated users in
//! Postgres and conversations between them, written in batches with progress.

use crate::commands::support::pipeline::{self, Block, Target};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::generate::{self, Conversation, Shape};
use crate::model::item::Item;
use crate::model::messaging::Person;
use crate::model::schema;
use crate::model::words::count;
use crate::render::{Outcome, View};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::write::RetryPolicy;
use crate::store::postgres::UserRow;
use serde::Serialize;
use std::collections::HashSet;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

/// Items handed to the writer at a time.
const BLOCK: usize = 2_000;
/// Conversations checked for earlier items at once.
const CHECKS: usize = 32;

#[derive(Serialize)]
struct SeededMany {
    table: String,
    seed: u64,
    users: u32,
    users_created: u64,
    conversations: u32,
    messages: u32,
    group_rows: u32,
    replaced_items: u64,
    #[serde(skip)]
    capacity: f64,
}

impl Outcome for SeededMany {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.replaced_items > 0 {
            writeln!(
                out,
                "removed {} an earlier run left",
                count(self.replaced_items, "item")
            )?;
        }
        writeln!(
            out,
            "seeded {} in {} between {} ({} new in Postgres) and {} into {} (seed {}, {:.1} WCU)",
            count(u64::from(self.messages), "message"),
            count(u64::from(self.conversations), "conversation"),
            count(u64::from(self.users), "user"),
            self.users_created,
            count(u64::from(self.group_rows), "group row"),
            self.table,
            self.seed,
            self.capacity
        )?;
        Ok(())
    }
}

/// The generated users, created where their handles are free, as Postgres holds them.
async fn people(ctx: &Context, shape: &Shape) -> Result<(Vec<Person>, u64)> {
    let rows: Vec<UserRow> = generate::users(shape.users, shape.seed)
        .into_iter()
        .map(|u| UserRow {
            uuid: u.uuid,
            display_name: u.display_name,
            handle: u.handle,
            email: u.email,
            cognito_user_id: None,
            created_at: String::new(),
        })
        .collect();
    ctx.users().await?.ensure(&rows).await
}

/// The keys already in the generated conversations (their messages and group rows).
/// Two one-key Queries per conversation find those with any row; only those are read in
/// full.
async fn existing(store: &DynamoStore, table: &str, convs: &[Conversation]) -> Result<Vec<Item>> {
    let groups: Arc<Vec<String>> = Arc::new(convs.iter().map(|c| c.group_uuid.clone()).collect());
    let mut tasks = tokio::task::JoinSet::new();
    for k in 0..CHECKS {
        let (store, table, groups) = (store.clone(), table.to_string(), groups.clone());
        tasks.spawn(async move {
            let mut keys = Vec::new();
            for g in groups.iter().skip(k).step_by(CHECKS) {
                if store.has_rows(&table, g).await? {
                    keys.extend(store.conversation_keys(&table, g).await?);
                }
            }
            Ok::<_, Error>(keys)
        });
    }
    let mut keys = Vec::new();
    while let Some(done) = tasks.join_next().await {
        keys.extend(done.map_err(|e| Error::Service(format!("a check failed: {e}")))??);
    }
    Ok(keys)
}

/// Writes every conversation's items, generated block by block as the writer drains them.
async fn write_all(
    ctx: &Context,
    store: &DynamoStore,
    table: &str,
    convs: &[Conversation],
    people: &[Person],
    total: u64,
) -> Result<pipeline::Written> {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    let producing = async move {
        let mut block = Vec::with_capacity(BLOCK + 64);
        for c in convs {
            block.extend(c.items(people));
            if block.len() >= BLOCK {
                let items = std::mem::replace(&mut block, Vec::with_capacity(BLOCK + 64));
                if tx
                    .send(Block {
                        items,
                        ..Default::default()
                    })
                    .await
                    .is_err()
                {
                    return;
                }
            }
        }
        let _ = tx
            .send(Block {
                items: block,
                ..Default::default()
            })
            .await;
    };
    let target = Target {
        label: "seed",
        store,
        table,
        policy: RetryPolicy::default(),
        total: Some(total),
        resume: "run the same seed with --replace to finish",
    };
    let acknowledged = Arc::new(AtomicU64::new(0));
    let writing = pipeline::write(ctx, target, rx, &acknowledged, None);
    let ((), written) = tokio::join!(producing, writing);
    written
}

pub(super) async fn run(shape: Shape, replace: bool, yes: bool, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    let what = if replace { "replace" } else { "write" };
    ctx.confirm_write(
        &format!(
            "{what} {} in {} conversations in table {table}",
            count(u64::from(shape.messages), "generated message"),
            shape.conversations
        ),
        &table,
        yes,
    )?;
    let (people, users_created) = people(ctx, &shape).await?;
    let store = ctx.dynamo().await?;
    store.require_table(&table).await?;
    let convs = generate::conversations(&shape, chrono::Utc::now());
    let old = existing(&store, &table, &convs).await?;
    if !old.is_empty() && !replace {
        return Err(Error::Conflict(format!(
            "the conversations of seed {} already hold {} in {table}",
            shape.seed,
            count(old.len() as u64, "item")
        ))
        .with_hint("pass --replace to write them anew (the old items are deleted after), or another --seed"));
    }
    let group_rows = shape.conversations * 2;
    let total = u64::from(shape.messages) + u64::from(group_rows);
    let report = write_all(ctx, &store, &table, &convs, &people, total).await?;
    // Only now, with the new conversations in place, remove what earlier runs left.
    let key = schema::messages_table(&table, true).key;
    let mut new_keys: HashSet<String> = HashSet::new();
    if !old.is_empty() {
        for c in &convs {
            new_keys.extend(c.items(&people).iter().map(|i| key.key_string(i)));
        }
    }
    let stale: Vec<Item> = old
        .into_iter()
        .filter(|k| new_keys.insert(key.key_string(k)))
        .collect();
    let replaced = super::remove(&store, &table, stale).await?;
    ctx.emit(&SeededMany {
        table,
        seed: shape.seed,
        users: shape.users,
        users_created,
        conversations: shape.conversations,
        messages: shape.messages,
        group_rows,
        replaced_items: replaced,
        capacity: report.capacity,
    })
}
