//! The messaging access patterns: a conversation's messages, a user's conversations,
//! and every row that belongs to a conversation.

use super::DynamoStore;
use crate::error::Result;
use crate::model::item::Item;
use crate::model::messaging::{attrs, groups_pk, messages_pk, row_key};
use crate::model::schema::GROUP_INDEX;
use crate::model::time::TimeRange;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnConsumedCapacity, Select};

/// The newest rows of a partition, in a time range, older than a cursor.
#[derive(Debug, Clone)]
pub(crate) struct Window {
    pub range: TimeRange,
    /// Rows per request (and in all, unless `all`).
    pub limit: i32,
    /// Only rows older than this sort key (the cursor a previous page returned).
    pub before: Option<String>,
    /// Follow every page, to the partition's oldest row.
    pub all: bool,
}

/// Rows, newest first.
#[derive(Debug)]
pub(crate) struct Page {
    pub items: Vec<Item>,
    /// More rows match than were returned: pass the oldest row's sort key as `before`.
    pub more: bool,
    pub capacity: f64,
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.to_string())
}

/// The key condition on `#pk` (and `#sk`) for a time range, with its values.
fn key_condition(range: &TimeRange) -> (&'static str, Vec<(&'static str, AttributeValue)>) {
    match range {
        TimeRange::All => ("#pk = :pk", vec![]),
        TimeRange::Prefix(p) => (
            "#pk = :pk AND begins_with(#sk, :prefix)",
            vec![(":prefix", s(p))],
        ),
        TimeRange::Between(a, b) => (
            "#pk = :pk AND #sk BETWEEN :since AND :until",
            vec![(":since", s(a)), (":until", s(b))],
        ),
    }
}

impl DynamoStore {
    /// The rows under `pk` in `window`, newest first: one page, or all of them.
    async fn newest(&self, table: &str, pk: &str, window: &Window) -> Result<Page> {
        let mut start = window.before.as_deref().map(|sk| row_key(pk, sk));
        let mut all = Page {
            items: Vec::new(),
            more: false,
            capacity: 0.0,
        };
        loop {
            let (page, next) = self.page(table, pk, window, start.take()).await?;
            all.items.extend(page.items);
            all.capacity += page.capacity;
            match next {
                Some(k) if window.all => start = Some(k),
                other => {
                    all.more = other.is_some();
                    return Ok(all);
                }
            }
        }
    }

    /// One request of [`Self::newest`], and the key to continue from.
    async fn page(
        &self,
        table: &str,
        pk: &str,
        window: &Window,
        start: Option<Item>,
    ) -> Result<(Page, Option<Item>)> {
        let (condition, values) = key_condition(&window.range);
        let mut req = self
            .client
            .query()
            .table_name(table)
            .key_condition_expression(condition)
            .expression_attribute_names("#pk", attrs::PK)
            .expression_attribute_values(":pk", s(pk))
            .scan_index_forward(false)
            .limit(window.limit)
            .set_exclusive_start_key(start)
            .return_consumed_capacity(ReturnConsumedCapacity::Total);
        if window.range != TimeRange::All {
            req = req.expression_attribute_names("#sk", attrs::SK);
        }
        for (k, v) in values {
            req = req.expression_attribute_values(k, v);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| self.classify(&format!("query table {table}"), Some(table), e))?;
        let page = Page {
            capacity: super::capacity_units(resp.consumed_capacity.as_ref()),
            more: resp.last_evaluated_key.is_some(),
            items: resp.items.unwrap_or_default(),
        };
        Ok((page, resp.last_evaluated_key))
    }

    /// The newest messages of a conversation.
    pub(crate) async fn messages(
        &self,
        table: &str,
        group_uuid: &str,
        window: &Window,
    ) -> Result<Page> {
        self.newest(table, &messages_pk(group_uuid), window).await
    }

    /// A user's conversations (their group rows), most recent first.
    pub(crate) async fn conversations(
        &self,
        table: &str,
        user_uuid: &str,
        window: &Window,
    ) -> Result<Page> {
        self.newest(table, &groups_pk(user_uuid), window).await
    }

    /// The keys of every row of a conversation: its messages, and every group row
    /// pointing at it (found through the group index).
    pub(crate) async fn conversation_keys(
        &self,
        table: &str,
        group_uuid: &str,
    ) -> Result<Vec<Item>> {
        let mut keys = Vec::new();
        for part in Partition::of_conversation(group_uuid) {
            let pages = self
                .partition_query(table, &part)
                .projection_expression("#kp, #ks")
                .expression_attribute_names("#kp", attrs::PK)
                .expression_attribute_names("#ks", attrs::SK)
                .select(Select::SpecificAttributes)
                .into_paginator()
                .items()
                .send()
                .collect::<std::result::Result<Vec<_>, _>>()
                .await
                .map_err(|e| self.classify(&part.what(table), Some(table), e))?;
            keys.extend(pages);
        }
        Ok(keys)
    }

    /// A Query of one partition of the table or of the group index.
    fn partition_query(
        &self,
        table: &str,
        part: &Partition,
    ) -> aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder {
        self.client
            .query()
            .table_name(table)
            .set_index_name(part.index.map(str::to_owned))
            .key_condition_expression("#k = :k")
            .expression_attribute_names("#k", part.key)
            .expression_attribute_values(":k", s(&part.value))
    }
}

/// Where a conversation's rows are: its messages' partition in the table, and its group
/// rows' partition of the group index.
struct Partition {
    index: Option<&'static str>,
    key: &'static str,
    value: String,
}

impl Partition {
    fn of_conversation(group_uuid: &str) -> [Partition; 2] {
        [
            Partition {
                index: None,
                key: attrs::PK,
                value: messages_pk(group_uuid),
            },
            Partition {
                index: Some(GROUP_INDEX),
                key: attrs::GROUP_UUID,
                value: group_uuid.to_string(),
            },
        ]
    }

    /// `query table T`, `query index I of table T`: what a failure says it was doing.
    fn what(&self, table: &str) -> String {
        match self.index {
            Some(i) => format!("query index {i} of table {table}"),
            None => format!("query table {table}"),
        }
    }
}

impl DynamoStore {
    /// One page of a plain Scan, at most `limit` items from `start`; and where the next
    /// page starts (`None`: the table is done). For browsing: never a whole table.
    pub(crate) async fn scan_page(
        &self,
        table: &str,
        limit: i32,
        start: Option<Item>,
    ) -> Result<(Vec<Item>, Option<Item>)> {
        let resp = self
            .client
            .scan()
            .table_name(table)
            .limit(limit)
            .set_exclusive_start_key(start)
            .send()
            .await
            .map_err(|e| self.classify(&format!("scan table {table}"), Some(table), e))?;
        Ok((resp.items.unwrap_or_default(), resp.last_evaluated_key))
    }
}

impl DynamoStore {
    /// Whether a conversation has any row: a message, or a group row pointing at it
    /// (two one-key Queries, the second through the group index).
    pub(crate) async fn has_rows(&self, table: &str, group_uuid: &str) -> Result<bool> {
        for part in Partition::of_conversation(group_uuid) {
            let resp = self
                .partition_query(table, &part)
                .select(Select::Count)
                .limit(1)
                .send()
                .await
                .map_err(|e| self.classify(&part.what(table), Some(table), e))?;
            if resp.count > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
