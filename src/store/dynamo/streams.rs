//! Reading a table's DynamoDB stream (aws-sdk-dynamodbstreams, on the same endpoint
//! and credentials): every shard, parents before children, every record.

use super::DynamoStore;
use crate::error::{Error, Fact, Result};
use crate::model::item::Item;
use crate::model::messaging::Message;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_dynamodbstreams::types::{
    AttributeValue as StreamValue, OperationType, Shard, ShardIteratorType,
};
use std::collections::{HashMap, HashSet};

/// What one pass over the stream found.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// Records read, of every kind.
    pub records: u64,
    /// Messages inserted or modified (new images of `MSG#` items), in stream order.
    pub messages: Vec<Message>,
    /// Records that were not messages, by why.
    pub skipped: Skipped,
}

/// Records a pass did not apply, by reason.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Skipped {
    /// REMOVE events (a deleted item moves no row).
    pub removes: u64,
    /// Items that are not messages (group rows, other keys).
    pub not_messages: u64,
    /// `MSG#` items without what a message needs (a sort key, a user_uuid).
    pub malformed: u64,
    /// Records without a new image (a stream of another view type).
    pub no_image: u64,
}

impl Skipped {
    pub(crate) fn total(&self) -> u64 {
        self.removes + self.not_messages + self.malformed + self.no_image
    }

    pub(crate) fn add(&mut self, other: &Skipped) {
        self.removes += other.removes;
        self.not_messages += other.not_messages;
        self.malformed += other.malformed;
        self.no_image += other.no_image;
    }
}

/// A table's stream, and how far each shard has been read.
pub(crate) struct Stream {
    client: aws_sdk_dynamodbstreams::Client,
    arn: String,
    label: String,
    /// Shards known, with their parent.
    shards: Vec<(String, Option<String>)>,
    /// The next iterator of each shard being read; a drained closed shard maps to None.
    iterators: HashMap<String, Option<String>>,
}

/// A stream attribute value as a DynamoDB one (the two SDKs have twin types).
fn convert(v: &StreamValue) -> AttributeValue {
    match v {
        StreamValue::S(s) => AttributeValue::S(s.clone()),
        StreamValue::N(n) => AttributeValue::N(n.clone()),
        StreamValue::B(b) => AttributeValue::B(Blob::new(b.as_ref().to_vec())),
        StreamValue::Bool(b) => AttributeValue::Bool(*b),
        StreamValue::Null(b) => AttributeValue::Null(*b),
        StreamValue::L(l) => AttributeValue::L(l.iter().map(convert).collect()),
        StreamValue::M(m) => {
            AttributeValue::M(m.iter().map(|(k, v)| (k.clone(), convert(v))).collect())
        }
        StreamValue::Ss(s) => AttributeValue::Ss(s.clone()),
        StreamValue::Ns(s) => AttributeValue::Ns(s.clone()),
        StreamValue::Bs(s) => {
            AttributeValue::Bs(s.iter().map(|b| Blob::new(b.as_ref().to_vec())).collect())
        }
        _ => AttributeValue::Null(true),
    }
}

impl DynamoStore {
    /// The table's latest stream; `Err` naming the fix when it has none.
    pub(crate) async fn stream(&self, table: &str) -> Result<Stream> {
        let desc = self
            .client
            .describe_table()
            .table_name(table)
            .send()
            .await
            .map_err(|e| self.classify(&format!("describe table {table}"), Some(table), e))?;
        let spec = desc.table().and_then(|t| t.stream_specification());
        if let Some(view) = spec
            .filter(|s| s.stream_enabled())
            .and_then(|s| s.stream_view_type())
            .filter(|v| {
                !matches!(
                    v,
                    aws_sdk_dynamodb::types::StreamViewType::NewImage
                        | aws_sdk_dynamodb::types::StreamViewType::NewAndOldImages
                )
            })
        {
            return Err(Error::Store(
                Fact::StreamMissing,
                format!(
                    "table {table} at {} has a {} stream, which carries no new images of messages",
                    self.label,
                    view.as_str()
                ),
            ));
        }
        let arn = desc
            .table()
            .filter(|t| t.stream_specification().is_some_and(|s| s.stream_enabled()))
            .and_then(|t| t.latest_stream_arn())
            .ok_or_else(|| {
                Error::Store(
                    Fact::StreamMissing,
                    format!("table {table} at {} has no stream", self.label),
                )
            })?;
        let sdk = self.sdk.as_ref().ok_or_else(|| {
            Error::Service("this store has no configuration for DynamoDB Streams".into())
        })?;
        let mut builder = aws_sdk_dynamodbstreams::config::Builder::from(sdk);
        if !self.endpoint_from_settings {
            builder.set_endpoint_url(None);
        }
        let client = aws_sdk_dynamodbstreams::Client::from_conf(builder.build());
        Ok(Stream {
            client,
            arn: arn.to_string(),
            label: self.label.clone(),
            shards: Vec::new(),
            iterators: HashMap::new(),
        })
    }
}

impl Stream {
    fn fail<E>(&self, what: &str, e: aws_sdk_dynamodbstreams::error::SdkError<E>) -> Error
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let cause = super::root_cause(&e);
        match e {
            aws_sdk_dynamodbstreams::error::SdkError::DispatchFailure(_)
            | aws_sdk_dynamodbstreams::error::SdkError::TimeoutError(_) => Error::Store(
                Fact::DynamoUnreachable,
                format!(
                    "cannot reach DynamoDB Streams at {} ({what}): {cause}",
                    self.label
                ),
            ),
            _ => Error::Service(format!("{what} at {}: {cause}", self.label)),
        }
    }

    /// Learns the stream's shards (new ones appear as shards split and close).
    async fn refresh_shards(&mut self) -> Result<()> {
        let mut start: Option<String> = None;
        let mut found: Vec<Shard> = Vec::new();
        loop {
            let resp = self
                .client
                .describe_stream()
                .stream_arn(&self.arn)
                .set_exclusive_start_shard_id(start.take())
                .send()
                .await
                .map_err(|e| self.fail("describe stream", e))?;
            let Some(desc) = resp.stream_description else {
                break;
            };
            found.extend(desc.shards.unwrap_or_default());
            match desc.last_evaluated_shard_id {
                Some(id) => start = Some(id),
                None => break,
            }
        }
        let known: HashSet<String> = self.shards.iter().map(|(id, _)| id.clone()).collect();
        for shard in found {
            if let Some(id) = shard.shard_id().filter(|id| !known.contains(*id)) {
                self.shards
                    .push((id.to_string(), shard.parent_shard_id().map(str::to_string)));
            }
        }
        Ok(())
    }

    /// Shards in an order where each parent comes before its children.
    fn ordered(&self) -> Vec<(String, Option<String>)> {
        let ids: HashSet<&str> = self.shards.iter().map(|(id, _)| id.as_str()).collect();
        let mut done: HashSet<String> = HashSet::new();
        let mut out = Vec::new();
        let mut rest = self.shards.clone();
        while !rest.is_empty() {
            let before = rest.len();
            rest.retain(|(id, parent)| {
                let ready = parent
                    .as_deref()
                    .is_none_or(|p| !ids.contains(p) || done.contains(p));
                if ready {
                    done.insert(id.clone());
                    out.push((id.clone(), parent.clone()));
                }
                !ready
            });
            if rest.len() == before {
                out.append(&mut rest);
            }
        }
        out
    }

    /// Reads every record the stream holds now, from where the last call stopped (the
    /// oldest record the first time). A child shard is read only after its parent.
    pub(crate) async fn read_available(&mut self) -> Result<Batch> {
        self.refresh_shards().await?;
        let mut batch = Batch::default();
        let mut drained: HashSet<String> = self
            .iterators
            .iter()
            .filter(|(_, it)| it.is_none())
            .map(|(id, _)| id.clone())
            .collect();
        for (shard, parent) in self.ordered() {
            if parent
                .as_ref()
                .is_some_and(|p| self.shards.iter().any(|(id, _)| id == p) && !drained.contains(p))
            {
                continue;
            }
            let mut iterator = match self.iterators.get(&shard) {
                Some(None) => continue,
                Some(Some(it)) => it.clone(),
                None => self
                    .client
                    .get_shard_iterator()
                    .stream_arn(&self.arn)
                    .shard_id(&shard)
                    .shard_iterator_type(ShardIteratorType::TrimHorizon)
                    .send()
                    .await
                    .map_err(|e| self.fail("get shard iterator", e))?
                    .shard_iterator
                    .unwrap_or_default(),
            };
            loop {
                let resp = self
                    .client
                    .get_records()
                    .shard_iterator(&iterator)
                    .send()
                    .await
                    .map_err(|e| self.fail("get records", e))?;
                let records = resp.records.unwrap_or_default();
                let empty = records.is_empty();
                for record in records {
                    batch.records += 1;
                    let wanted = matches!(
                        record.event_name(),
                        Some(OperationType::Insert | OperationType::Modify)
                    );
                    let image = record.dynamodb().and_then(|d| d.new_image());
                    match (wanted, image) {
                        (false, _) => batch.skipped.removes += 1,
                        (true, None) => batch.skipped.no_image += 1,
                        (true, Some(image)) => {
                            let item: Item =
                                image.iter().map(|(k, v)| (k.clone(), convert(v))).collect();
                            match Message::from_item(&item) {
                                Some(m) => batch.messages.push(m),
                                None if crate::model::messaging::is_message_key(&item) => {
                                    batch.skipped.malformed += 1
                                }
                                None => batch.skipped.not_messages += 1,
                            }
                        }
                    }
                }
                match resp.next_shard_iterator {
                    None => {
                        self.iterators.insert(shard.clone(), None);
                        drained.insert(shard.clone());
                        break;
                    }
                    Some(next) => {
                        iterator = next;
                        if empty {
                            self.iterators.insert(shard.clone(), Some(iterator.clone()));
                            break;
                        }
                    }
                }
            }
        }
        Ok(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_values_convert_to_dynamodb_values() {
        let v = StreamValue::M(HashMap::from([
            ("n".to_string(), StreamValue::N("1.50".into())),
            (
                "l".to_string(),
                StreamValue::L(vec![StreamValue::Bool(true)]),
            ),
        ]));
        let AttributeValue::M(m) = convert(&v) else {
            panic!("a map");
        };
        assert_eq!(m["n"], AttributeValue::N("1.50".into()));
        assert_eq!(m["l"], AttributeValue::L(vec![AttributeValue::Bool(true)]));
    }
}
