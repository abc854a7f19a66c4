//! Applying `doctor`'s repairs: each conversation in one TransactWriteItems whose
//! conditions hold on the rows exactly as they were read, so a concurrent writer is never
//! overwritten (its change cancels ours instead, and doctor says to run again).

use super::DynamoStore;
use crate::error::{Error, Result};
use crate::model::health::{Change, Repair, canonical_sk};
use crate::model::item::{Item, get_s};
use crate::model::messaging::{GroupRow, Message, attrs, row_key};
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, Delete, Put, TransactWriteItem};

/// What applying a repair did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RepairResult {
    Applied,
    /// A concurrent writer changed a row since it was read: nothing was written.
    Changed,
}

/// A condition expression with its attribute names and values.
type Condition = (String, Vec<(String, String)>, Vec<(String, AttributeValue)>);

/// `attribute_exists(pk)` and every string attribute equal to what was read.
fn unchanged(old: &Item) -> Condition {
    let mut names = vec![("#pk".to_string(), attrs::PK.to_string())];
    let mut values = Vec::new();
    let mut parts = vec!["attribute_exists(#pk)".to_string()];
    let mut keys: Vec<&String> = old.keys().filter(|k| k.as_str() != attrs::PK).collect();
    keys.sort();
    for (i, k) in keys.into_iter().enumerate() {
        if let v @ AttributeValue::S(_) = &old[k] {
            names.push((format!("#a{i}"), k.clone()));
            values.push((format!(":v{i}"), v.clone()));
            parts.push(format!("#a{i} = :v{i}"));
        }
    }
    (parts.join(" AND "), names, values)
}

fn key_of(item: &Item) -> Item {
    row_key(
        get_s(item, attrs::PK).unwrap_or_default(),
        get_s(item, attrs::SK).unwrap_or_default(),
    )
}

fn delete_if_unchanged(table: &str, old: &Item) -> Result<TransactWriteItem> {
    let (condition, names, values) = unchanged(old);
    let d = Delete::builder()
        .table_name(table)
        .set_key(Some(key_of(old)))
        .condition_expression(condition)
        .set_expression_attribute_names(Some(names.into_iter().collect()))
        .set_expression_attribute_values((!values.is_empty()).then(|| values.into_iter().collect()))
        .build()
        .map_err(|e| Error::Service(format!("building a delete: {e}")))?;
    Ok(TransactWriteItem::builder().delete(d).build())
}

fn put_if(table: &str, new: Item, old: Option<&Item>) -> Result<TransactWriteItem> {
    let b = Put::builder().table_name(table).set_item(Some(new));
    let b = match old {
        Some(old) => {
            let (condition, names, values) = unchanged(old);
            b.condition_expression(condition)
                .set_expression_attribute_names(Some(names.into_iter().collect()))
                .set_expression_attribute_values(
                    (!values.is_empty()).then(|| values.into_iter().collect()),
                )
        }
        None => b
            .condition_expression("attribute_not_exists(#pk)")
            .expression_attribute_names("#pk", attrs::PK),
    };
    let put = b
        .build()
        .map_err(|e| Error::Service(format!("building a put: {e}")))?;
    Ok(TransactWriteItem::builder().put(put).build())
}

impl DynamoStore {
    async fn transact_all(
        &self,
        table: &str,
        items: Vec<TransactWriteItem>,
    ) -> Result<RepairResult> {
        match self
            .client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
        {
            Ok(_) => Ok(RepairResult::Applied),
            Err(e) => match e.as_service_error() {
                Some(TransactWriteItemsError::TransactionCanceledException(_)) => {
                    Ok(RepairResult::Changed)
                }
                _ => Err(self.classify(&format!("transact write to {table}"), Some(table), e)),
            },
        }
    }

    /// Applies one conversation's repair in one transaction.
    pub(crate) async fn apply_repair(&self, table: &str, repair: &Repair) -> Result<RepairResult> {
        // A row to create may have been written since the scan (which is no snapshot): a
        // consistent read of its owner's partition says, and then nothing is created.
        for change in &repair.changes {
            if let Change::Create { new } = change
                && let Some(row) = GroupRow::from_item(new)
                && self
                    .group_row(table, &row.owner_uuid, &row.group_uuid)
                    .await?
                    .is_some()
            {
                return Ok(RepairResult::Changed);
            }
        }
        let mut items = Vec::new();
        for change in &repair.changes {
            match change {
                Change::Move { old, new } => {
                    items.push(delete_if_unchanged(table, old)?);
                    items.push(put_if(table, new.clone(), None)?);
                }
                Change::Rewrite { old, new } => items.push(put_if(table, new.clone(), Some(old))?),
                Change::Remove { old } => items.push(delete_if_unchanged(table, old)?),
                Change::Create { new } => items.push(put_if(table, new.clone(), None)?),
            }
        }
        if items.is_empty() {
            return Ok(RepairResult::Applied);
        }
        if items.len() > 100 {
            return Err(Error::Service(format!(
                "conversation {} needs {} changes, more than one transaction holds (100); repair it by hand or in parts",
                repair.group_uuid,
                items.len()
            )));
        }
        self.transact_all(table, items).await
    }

    /// Rewrites one message's sort key to the canonical UTC format, moving the group rows
    /// that sit on it, in one transaction. Idempotent: an already canonical key is left.
    pub(crate) async fn rewrite_timestamp(
        &self,
        table: &str,
        message_item: &Item,
    ) -> Result<Option<RepairResult>> {
        let Some(message) = Message::from_item(message_item) else {
            return Ok(None);
        };
        let Some(mut new_sk) = canonical_sk(&message.at) else {
            return Ok(None);
        };
        if new_sk == message.at {
            return Ok(None);
        }
        // Rows on this message: the sender's, and the one it names, read consistently and
        // kept as stored, so the conditions hold on exactly what is there and a moved row
        // keeps every attribute.
        let mut rows: Vec<Item> = Vec::new();
        if let Some(mine) = self
            .group_row(table, &message.sender.uuid, &message.group_uuid)
            .await?
        {
            for owner in [mine.other.uuid.as_str(), message.sender.uuid.as_str()] {
                rows.extend(
                    self.group_row_items(table, owner, &message.group_uuid)
                        .await?
                        .into_iter()
                        .filter(|i| get_s(i, attrs::SK) == Some(message.at.as_str())),
                );
            }
        }
        for _ in 0..5 {
            let mut moved = message_item.clone();
            moved.insert(attrs::SK.into(), AttributeValue::S(new_sk.clone()));
            let mut items = vec![
                delete_if_unchanged(table, message_item)?,
                put_if(table, moved, None)?,
            ];
            for row in &rows {
                let mut moved_row = row.clone();
                moved_row.insert(attrs::SK.into(), AttributeValue::S(new_sk.clone()));
                items.push(delete_if_unchanged(table, row)?);
                items.push(put_if(table, moved_row, None)?);
            }
            match self.transact_all(table, items).await? {
                RepairResult::Applied => return Ok(Some(RepairResult::Applied)),
                RepairResult::Changed => {
                    // Another message already holds the canonical key: the next microsecond.
                    let taken = self
                        .client
                        .get_item()
                        .table_name(table)
                        .consistent_read(true)
                        .set_key(Some(row_key(
                            &crate::model::messaging::messages_pk(&message.group_uuid),
                            &new_sk,
                        )))
                        .send()
                        .await
                        .map_err(|e| {
                            self.classify(&format!("get item from {table}"), Some(table), e)
                        })?
                        .item
                        .is_some();
                    if !taken {
                        return Ok(Some(RepairResult::Changed));
                    }
                    new_sk = crate::model::time::next_microsecond(&new_sk);
                }
            }
        }
        Ok(Some(RepairResult::Changed))
    }
}
