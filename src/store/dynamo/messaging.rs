//! The write side of the access patterns, done atomically: a new conversation, a
//! reply, and moving a conversation's group rows forward to its newest message.
//!
//! Group rows are read from their owners' `GRP#` partitions with consistent reads,
//! never from the eventually consistent index, and every change is one
//! TransactWriteItems whose conditions hold on exactly what was read. A cancelled
//! transaction (a concurrent writer got there first) is re-read and retried with
//! backoff, a bounded number of times. Rows only move forward.

use super::DynamoStore;
use crate::error::{Error, Fact, Result};
use crate::model::item::Item;
use crate::model::messaging::{GroupRow, Message, Person, attrs, groups_pk, messages_pk};
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, Delete, Put, TransactWriteItem};
use std::time::Duration;

/// Attempts of one change when concurrent writers keep cancelling it.
const MAX_ATTEMPTS: u32 = 30;

/// A new conversation: its first message and one group row per participant.
pub(crate) struct NewConversation<'a> {
    pub group_uuid: &'a str,
    pub message_uuid: &'a str,
    pub at: &'a str,
    pub text: &'a str,
    pub sender: &'a Person,
    pub other: &'a Person,
}

/// What a move of a conversation's rows did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Moved {
    /// Rows moved forward to the message.
    pub rows: u32,
    /// Rows already at this message or a newer one, left alone.
    pub current: u32,
    /// Transactions cancelled by concurrent writers and retried.
    pub retries: u32,
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.to_string())
}

/// A ClientRequestToken (at most 36 characters) derived from what identifies a change.
fn token(parts: &str) -> String {
    use md5::{Digest, Md5};
    Md5::digest(parts.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Puts `item`, only if nothing is at its key.
fn put_new(table: &str, item: Item) -> Result<TransactWriteItem> {
    let put = Put::builder()
        .table_name(table)
        .set_item(Some(item))
        .condition_expression("attribute_not_exists(#pk)")
        .expression_attribute_names("#pk", attrs::PK)
        .build()
        .map_err(|e| Error::Service(format!("building a put: {e}")))?;
    Ok(TransactWriteItem::builder().put(put).build())
}

/// Deletes the row at `key`, only if it is still there and still this group's.
fn delete_read(table: &str, row: &GroupRow) -> Result<TransactWriteItem> {
    let delete = Delete::builder()
        .table_name(table)
        .set_key(Some(row.key()))
        .condition_expression("attribute_exists(#pk) AND #g = :g")
        .expression_attribute_names("#pk", attrs::PK)
        .expression_attribute_names("#g", attrs::GROUP_UUID)
        .expression_attribute_values(":g", s(&row.group_uuid))
        .build()
        .map_err(|e| Error::Service(format!("building a delete: {e}")))?;
    Ok(TransactWriteItem::builder().delete(delete).build())
}

/// The transaction items that move `rows` forward to (`at`, `text`); rows already at
/// `at` or later stay, and are counted.
fn move_items(
    table: &str,
    rows: &[GroupRow],
    at: &str,
    text: &str,
    moved: &mut Moved,
) -> Result<Vec<TransactWriteItem>> {
    let mut items = Vec::new();
    for row in rows {
        if row.at.as_str() >= at {
            moved.current += 1;
            continue;
        }
        items.push(delete_read(table, row)?);
        items.push(put_new(table, row.moved_to(at, text).to_item())?);
        moved.rows += 1;
    }
    Ok(items)
}

/// Full jitter, 20 ms doubling to 1 s.
fn backoff(attempt: u32) -> Duration {
    let cap = 20u64.saturating_mul(1 << attempt.min(6)).min(1000);
    Duration::from_millis(rand::random_range(0..=cap))
}

/// The outcome of one TransactWriteItems.
enum Sent {
    Done,
    /// Cancelled: the reason codes, in item order.
    Cancelled(Vec<String>),
}

impl DynamoStore {
    async fn transact(
        &self,
        table: &str,
        items: Vec<TransactWriteItem>,
        token: &str,
    ) -> Result<Sent> {
        let result = self
            .client
            .transact_write_items()
            .set_transact_items(Some(items))
            .client_request_token(token)
            .send()
            .await;
        match result {
            Ok(_) => Ok(Sent::Done),
            Err(e) => match e.as_service_error() {
                Some(TransactWriteItemsError::TransactionCanceledException(c)) => {
                    Ok(Sent::Cancelled(
                        c.cancellation_reasons()
                            .iter()
                            .map(|r| r.code().unwrap_or("None").to_string())
                            .collect(),
                    ))
                }
                Some(TransactWriteItemsError::TransactionInProgressException(_)) => {
                    Ok(Sent::Cancelled(vec!["TransactionInProgress".into()]))
                }
                _ => Err(self.classify(&format!("transact write to {table}"), Some(table), e)),
            },
        }
    }

    /// The group rows in `owner`'s partition whose `attr` is `value`, read consistently.
    async fn rows_where(
        &self,
        table: &str,
        owner_uuid: &str,
        attr: &str,
        value: &str,
    ) -> Result<Vec<GroupRow>> {
        Ok(self
            .raw_rows_where(table, owner_uuid, attr, value)
            .await?
            .iter()
            .filter_map(GroupRow::from_item)
            .collect())
    }

    /// [`Self::rows_where`], the items as stored (every attribute, as read).
    async fn raw_rows_where(
        &self,
        table: &str,
        owner_uuid: &str,
        attr: &str,
        value: &str,
    ) -> Result<Vec<crate::model::item::Item>> {
        let rows = self
            .client
            .query()
            .table_name(table)
            .consistent_read(true)
            .key_condition_expression("#pk = :pk")
            .filter_expression("#f = :f")
            .expression_attribute_names("#pk", attrs::PK)
            .expression_attribute_names("#f", attr)
            .expression_attribute_values(":pk", s(&groups_pk(owner_uuid)))
            .expression_attribute_values(":f", s(value))
            .into_paginator()
            .items()
            .send()
            .collect::<std::result::Result<Vec<_>, _>>()
            .await
            .map_err(|e| self.classify(&format!("query table {table}"), Some(table), e))?;
        Ok(rows)
    }

    /// The group rows of `group` in `owner`'s partition as stored, read consistently.
    pub(crate) async fn group_row_items(
        &self,
        table: &str,
        owner_uuid: &str,
        group_uuid: &str,
    ) -> Result<Vec<crate::model::item::Item>> {
        self.raw_rows_where(table, owner_uuid, attrs::GROUP_UUID, group_uuid)
            .await
    }

    /// The group row `owner` has for `group`, read consistently from the owner's
    /// partition (every row, in case an old duplicate lingers: the newest wins).
    pub(crate) async fn group_row(
        &self,
        table: &str,
        owner_uuid: &str,
        group_uuid: &str,
    ) -> Result<Option<GroupRow>> {
        let rows = self
            .rows_where(table, owner_uuid, attrs::GROUP_UUID, group_uuid)
            .await?;
        Ok(rows.into_iter().max_by(|a, b| a.at.cmp(&b.at)))
    }

    /// The conversation `user` already has with `other`, if any (its group uuid).
    pub(crate) async fn conversation_between(
        &self,
        table: &str,
        user_uuid: &str,
        other_uuid: &str,
    ) -> Result<Option<String>> {
        let rows = self
            .rows_where(table, user_uuid, attrs::USER_UUID, other_uuid)
            .await?;
        Ok(rows
            .into_iter()
            .max_by(|a, b| a.at.cmp(&b.at))
            .map(|r| r.group_uuid))
    }

    /// The message_uuid of the message at `message`'s key, if any (read consistently).
    async fn message_at(&self, table: &str, message: &Message) -> Result<Option<String>> {
        let resp = self
            .client
            .get_item()
            .table_name(table)
            .consistent_read(true)
            .set_key(Some(crate::model::messaging::row_key(
                &messages_pk(&message.group_uuid),
                &message.at,
            )))
            .send()
            .await
            .map_err(|e| self.classify(&format!("get item from {table}"), Some(table), e))?;
        Ok(resp
            .item
            .as_ref()
            .and_then(|i| crate::model::item::get_s(i, attrs::MESSAGE_UUID))
            .map(str::to_string))
    }

    async fn group_has_messages(&self, table: &str, group_uuid: &str) -> Result<bool> {
        let resp = self
            .client
            .query()
            .table_name(table)
            .key_condition_expression("#pk = :pk")
            .expression_attribute_names("#pk", attrs::PK)
            .expression_attribute_values(":pk", s(&messages_pk(group_uuid)))
            .limit(1)
            .send()
            .await
            .map_err(|e| self.classify(&format!("query table {table}"), Some(table), e))?;
        Ok(resp.count > 0)
    }

    /// Writes a new conversation in one transaction: both group rows and the first
    /// message, each only if nothing is at its key. The request token makes a retry of
    /// the same call (by the SDK, after a lost answer) idempotent.
    pub(crate) async fn create_conversation(
        &self,
        table: &str,
        c: &NewConversation<'_>,
    ) -> Result<()> {
        let message = Message {
            group_uuid: c.group_uuid.to_string(),
            at: c.at.to_string(),
            message_uuid: c.message_uuid.to_string(),
            text: c.text.to_string(),
            sender: c.sender.clone(),
        };
        let row = |owner: &Person, other: &Person| GroupRow {
            owner_uuid: owner.uuid.clone(),
            at: c.at.to_string(),
            group_uuid: c.group_uuid.to_string(),
            text: c.text.to_string(),
            other: other.clone(),
        };
        let items = [
            message.to_item(),
            row(c.sender, c.other).to_item(),
            row(c.other, c.sender).to_item(),
        ]
        .into_iter()
        .map(|i| put_new(table, i))
        .collect::<Result<Vec<_>>>()?;
        // The same request (same token) again after a passing cancellation (throttling, a
        // conflicting transaction) is idempotent; a failed condition is a fact.
        let mut last = Vec::new();
        for attempt in 0..5 {
            match self
                .transact(table, items.clone(), &token(c.message_uuid))
                .await?
            {
                Sent::Done => return Ok(()),
                Sent::Cancelled(reasons)
                    if reasons.iter().any(|r| r == "ConditionalCheckFailed") =>
                {
                    return Err(Error::Conflict(format!(
                        "creating conversation {} in {table} was cancelled ({}): a row with one of its keys already exists",
                        c.group_uuid,
                        reasons.join(", ")
                    )));
                }
                Sent::Cancelled(reasons) => {
                    last = reasons;
                    tokio::time::sleep(backoff(attempt)).await;
                }
            }
        }
        Err(Error::Incomplete(format!(
            "creating conversation {} in {table} was cancelled 5 times ({}); nothing was written",
            c.group_uuid,
            last.join(", ")
        )))
    }

    /// The two group rows of `group`, starting from `member`'s: `Err` when the member has
    /// none (a stranger, or no such group).
    async fn rows_from(
        &self,
        table: &str,
        group_uuid: &str,
        member_uuid: &str,
    ) -> Result<Vec<GroupRow>> {
        let Some(mine) = self.group_row(table, member_uuid, group_uuid).await? else {
            return Err(if self.group_has_messages(table, group_uuid).await? {
                Error::Store(
                    Fact::NotParticipant,
                    format!(
                        "user {member_uuid} is not a participant of conversation {group_uuid} in {table} (no group row in their partition); nothing was written"
                    ),
                )
            } else {
                Error::Store(
                    Fact::GroupMissing,
                    format!(
                        "conversation {group_uuid} does not exist in {table}; nothing was written"
                    ),
                )
            });
        };
        // A conversation with oneself (a hand edit) has one row: never touch it twice.
        let theirs = match mine.other.uuid == member_uuid {
            true => None,
            false => self.group_row(table, &mine.other.uuid, group_uuid).await?,
        };
        Ok(std::iter::once(mine).chain(theirs).collect())
    }

    /// Writes a reply and moves both group rows to it, in one transaction, retried on
    /// cancellation. The message keeps its time unless another message holds that exact
    /// key (then one microsecond later). Returns the message as written.
    pub(crate) async fn send_message(
        &self,
        table: &str,
        message: &Message,
    ) -> Result<(Message, Moved)> {
        let mut message = message.clone();
        let mut moved = Moved::default();
        for attempt in 0..MAX_ATTEMPTS {
            let rows = self
                .rows_from(table, &message.group_uuid, &message.sender.uuid)
                .await?;
            // A sender named by uuid only: the other participant's row describes them.
            if message.sender.handle.is_empty()
                && let Some(theirs) = rows.get(1)
            {
                message.sender = theirs.other.clone();
            }
            let mut plan = Moved {
                retries: moved.retries,
                ..Moved::default()
            };
            let mut items = vec![put_new(table, message.to_item())?];
            items.extend(move_items(
                table,
                &rows,
                &message.at,
                &message.text,
                &mut plan,
            )?);
            // The token follows the request's content: the same request sent again (the
            // SDK's retry, or after TransactionInProgress) is idempotent; a changed one
            // (rows moved meanwhile) is a new request.
            let read: Vec<String> = rows
                .iter()
                .map(|r| format!("{}@{}", r.owner_uuid, r.at))
                .collect();
            let token = token(&format!(
                "{}/{}/{}",
                message.message_uuid,
                message.at,
                read.join(",")
            ));
            match self.transact(table, items, &token).await? {
                Sent::Done => return Ok((message, plan)),
                Sent::Cancelled(reasons) => {
                    // Items: the message put, then a delete and a put per moved row. A
                    // failed put means its key is taken (another message, or another
                    // conversation's row at that very time): one microsecond on. A failed
                    // delete means a row moved meanwhile: read again.
                    let put_taken = reasons
                        .iter()
                        .enumerate()
                        .any(|(i, r)| i % 2 == 0 && i > 0 && r == "ConditionalCheckFailed");
                    if put_taken {
                        message.at = crate::model::time::next_microsecond(&message.at);
                    } else if reasons
                        .first()
                        .is_some_and(|r| r == "ConditionalCheckFailed")
                    {
                        // Our own message is already there (an earlier attempt committed
                        // late): done. Another message holds that key: a microsecond on.
                        if self.message_at(table, &message).await?.as_deref()
                            == Some(message.message_uuid.as_str())
                        {
                            return Ok((message, plan));
                        }
                        message.at = crate::model::time::next_microsecond(&message.at);
                    }
                    moved.retries = plan.retries + 1;
                    tokio::time::sleep(backoff(attempt)).await;
                }
            }
        }
        Err(Error::Incomplete(format!(
            "the reply to {} was cancelled by concurrent writers {MAX_ATTEMPTS} times; nothing was written: send it again",
            message.group_uuid
        )))
    }

    /// Moves `group`'s rows forward to `newest` (a message already written), as the
    /// stream lambda should: one transaction, conditions on what was read, retried on
    /// cancellation, never backwards.
    pub(crate) async fn move_rows(&self, table: &str, newest: &Message) -> Result<Moved> {
        let mut retries = 0;
        for attempt in 0..MAX_ATTEMPTS {
            let rows = self
                .rows_from(table, &newest.group_uuid, &newest.sender.uuid)
                .await?;
            let mut plan = Moved {
                retries,
                ..Moved::default()
            };
            let items = move_items(table, &rows, &newest.at, &newest.text, &mut plan)?;
            if items.is_empty() {
                return Ok(plan);
            }
            let read: Vec<String> = rows
                .iter()
                .map(|r| format!("{}@{}", r.owner_uuid, r.at))
                .collect();
            let token = token(&format!(
                "move/{}/{}/{}",
                newest.group_uuid,
                newest.at,
                read.join(",")
            ));
            match self.transact(table, items, &token).await? {
                Sent::Done => return Ok(plan),
                Sent::Cancelled(_) => {
                    retries += 1;
                    tokio::time::sleep(backoff(attempt)).await;
                }
            }
        }
        Err(Error::Incomplete(format!(
            "moving the rows of {} was cancelled by concurrent writers {MAX_ATTEMPTS} times",
            newest.group_uuid
        )))
    }
}
