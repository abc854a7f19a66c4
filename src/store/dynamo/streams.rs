//! Reading a table's DynamoDB stream (aws-sdk-dynamodbstreams, on the same endpoint
//! and credentials): every shard, parents before children, every record.

use super::DynamoStore;
use crate::error::{Error, Fact, Result};
use crate::model::checkpoint::ShardPosition;
use crate::model::item::Item;
use crate::model::messaging::Message;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_dynamodbstreams::types::{AttributeValue as StreamValue, Shard, ShardIteratorType};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One stream record, as read.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub(crate) shard: String,
    pub(crate) sequence: String,
    /// INSERT, MODIFY or REMOVE.
    pub(crate) event: String,
    pub(crate) keys: Item,
    pub(crate) new_image: Option<Item>,
    /// When DynamoDB wrote it (seconds since the epoch), when the stream says.
    pub(crate) at: Option<f64>,
}

/// What one pass over the stream found.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// The records read, in stream order per shard.
    pub(crate) records: Vec<Record>,
    /// Messages inserted or modified (new images of `MSG#` items), in stream order.
    pub(crate) messages: Vec<Message>,
    /// Records that were not messages, by why.
    pub(crate) skipped: Skipped,
    /// Shards whose oldest records were trimmed (24 hours) before they were read, with
    /// the sequence number this reader had reached.
    pub(crate) trimmed: Vec<(String, Option<String>)>,
    /// The pass read everything there is to read now (else it stopped at
    /// [`PASS_RECORDS`], and the next call goes on).
    pub(crate) caught_up: bool,
}

/// Records one pass hands back at most by default (a little more: whole pages), so a
/// long backlog is handled, and its place kept, a part at a time ([`Stream::pass`]
/// changes it).
const PASS_RECORDS: usize = 1000;

/// Records a pass did not apply, by reason.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Skipped {
    /// REMOVE events (a deleted item moves no row).
    pub(crate) removes: u64,
    /// Items that are not messages (group rows, other keys).
    pub(crate) not_messages: u64,
    /// `MSG#` items without what a message needs (a sort key, a user_uuid).
    pub(crate) malformed: u64,
    /// Records without a new image (a stream of another view type).
    pub(crate) no_image: u64,
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

/// Where a run starts reading a shard it has no position for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum From {
    /// The oldest record the stream keeps.
    TrimHorizon,
    /// Only records written from now on.
    Latest,
}

/// A table's stream, and how far each shard has been read.
pub(crate) struct Stream {
    client: aws_sdk_dynamodbstreams::Client,
    arn: String,
    label: String,
    /// Shards known, with their parent.
    shards: Vec<(String, Option<String>)>,
    /// The next iterator of each shard being read.
    iterators: HashMap<String, String>,
    /// Positions as handled (committed) and as read (pending until [`Stream::commit`]).
    committed: BTreeMap<String, ShardPosition>,
    read: BTreeMap<String, ShardPosition>,
    from: From,
    /// Whether a pass reads until the records written before it (a run without
    /// --follow) rather than what one call returns.
    drain: bool,
    /// When the stream was turned on (its label), seconds since the epoch.
    created: Option<f64>,
    /// Records a pass hands back at most.
    pass: usize,
}

/// Empty pages in a row after which an open shard counts as read to its end (DynamoDB
/// Streams may answer an empty page with records behind it).
const EMPTY_PAGES: u32 = 3;

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
        let created = desc
            .table()
            .and_then(|t| t.latest_stream_label())
            .and_then(crate::model::time::parse_timestamp)
            .map(|t| t.timestamp_micros() as f64 / 1e6);
        Ok(Stream {
            created,
            client,
            arn: arn.to_string(),
            label: self.label.clone(),
            shards: Vec::new(),
            iterators: HashMap::new(),
            committed: BTreeMap::new(),
            read: BTreeMap::new(),
            from: From::TrimHorizon,
            drain: true,
            pass: PASS_RECORDS,
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

    /// When the stream was turned on: it holds no record of writes before then.
    pub(crate) fn created(&self) -> Option<f64> {
        self.created
    }

    /// The stream's ARN (a checkpoint belongs to one stream).
    pub(crate) fn arn(&self) -> &str {
        &self.arn
    }

    /// Goes on from positions a checkpoint recorded, starting shards it does not know at
    /// `from`; `drain`: each pass reads to the records written before it.
    pub(crate) fn start(
        &mut self,
        positions: BTreeMap<String, ShardPosition>,
        from: From,
        drain: bool,
    ) {
        self.read = positions.clone();
        self.committed = positions;
        self.from = from;
        self.drain = drain;
    }

    /// Records a pass hands back at most (whole pages: a little more).
    pub(crate) fn pass(&mut self, records: usize) {
        self.pass = records.max(1);
    }

    /// The positions of what was read so far become the handled ones (call once the
    /// records are applied); returns them, for a checkpoint.
    pub(crate) fn commit(&mut self) -> &BTreeMap<String, ShardPosition> {
        self.committed = self.read.clone();
        &self.committed
    }

    /// An iterator for `shard`: after its last sequence number, else at `from`. A
    /// position older than the stream keeps is trimmed: the shard is read from its
    /// oldest record, and the gap reported.
    async fn open(&mut self, shard: &str, batch: &mut Batch) -> Result<String> {
        let last = self.read.get(shard).and_then(|p| p.last.clone());
        let kind = match (&last, self.from) {
            (Some(_), _) => ShardIteratorType::AfterSequenceNumber,
            (None, From::TrimHorizon) => ShardIteratorType::TrimHorizon,
            (None, From::Latest) => ShardIteratorType::Latest,
        };
        let sent = self
            .client
            .get_shard_iterator()
            .stream_arn(&self.arn)
            .shard_id(shard)
            .shard_iterator_type(kind)
            .set_sequence_number(last.clone())
            .send()
            .await;
        let resp = match sent {
            Err(e) if is_code(&e, "TrimmedDataAccessException") => {
                batch.trimmed.push((shard.to_string(), last));
                self.client
                    .get_shard_iterator()
                    .stream_arn(&self.arn)
                    .shard_id(shard)
                    .shard_iterator_type(ShardIteratorType::TrimHorizon)
                    .send()
                    .await
                    .map_err(|e| self.fail("get shard iterator", e))?
            }
            other => other.map_err(|e| self.fail("get shard iterator", e))?,
        };
        Ok(resp.shard_iterator.unwrap_or_default())
    }

    /// Reads the stream, from where the last call stopped: every shard, a child only
    /// once its parent is read to its end. With `drain`, an open shard is read until
    /// records written after the call began, or [`EMPTY_PAGES`] empty pages in a row;
    /// otherwise until its first empty page. An expired iterator is reopened after the
    /// last record read.
    pub(crate) async fn read_available(&mut self) -> Result<Batch> {
        self.refresh_shards().await?;
        let began = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let mut batch = Batch::default();
        for (shard, parent) in self.ordered() {
            if batch.records.len() >= self.pass {
                return Ok(batch);
            }
            if self.read.get(&shard).is_some_and(|p| p.done) {
                continue;
            }
            let parent_pending = parent.as_ref().is_some_and(|p| {
                self.shards.iter().any(|(id, _)| id == p)
                    && !self.read.get(p).is_some_and(|s| s.done)
            });
            if parent_pending {
                continue;
            }
            self.read_shard(&shard, began, &mut batch).await?;
        }
        batch.caught_up = batch.records.len() < self.pass;
        Ok(batch)
    }

    async fn read_shard(&mut self, shard: &str, began: f64, batch: &mut Batch) -> Result<()> {
        let mut iterator = match self.iterators.get(shard) {
            Some(it) => it.clone(),
            None => self.open(shard, batch).await?,
        };
        let mut empty = 0;
        loop {
            let sent = self
                .client
                .get_records()
                .shard_iterator(&iterator)
                .send()
                .await;
            let resp = match sent {
                Err(e) if is_code(&e, "ExpiredIteratorException") => {
                    // An iterator lives 15 minutes (a laptop asleep): reopen after the
                    // last record read.
                    iterator = self.open(shard, batch).await?;
                    continue;
                }
                Err(e) if is_code(&e, "TrimmedDataAccessException") => {
                    let last = self.read.get(shard).and_then(|p| p.last.clone());
                    batch.trimmed.push((shard.to_string(), last));
                    self.read.entry(shard.to_string()).or_default().last = None;
                    self.from = From::TrimHorizon;
                    iterator = self.open(shard, batch).await?;
                    continue;
                }
                other => other.map_err(|e| self.fail("get records", e))?,
            };
            let records = resp.records.unwrap_or_default();
            let mut newer = false;
            if records.is_empty() {
                empty += 1;
            } else {
                empty = 0;
            }
            for record in records {
                let r = self.record(shard, record);
                newer |= r.at.is_some_and(|t| t >= began);
                let position = self.read.entry(shard.to_string()).or_default();
                position.last = Some(r.sequence.clone());
                classify(&r, batch);
                batch.records.push(r);
            }
            match resp.next_shard_iterator {
                None => {
                    // A closed shard read to its end: its children come next.
                    self.iterators.remove(shard);
                    self.read.entry(shard.to_string()).or_default().done = true;
                    return Ok(());
                }
                Some(next) => {
                    iterator = next;
                    self.iterators.insert(shard.to_string(), iterator.clone());
                    let caught_up = if self.drain {
                        newer || empty >= EMPTY_PAGES
                    } else {
                        empty > 0
                    };
                    if caught_up || batch.records.len() >= self.pass {
                        return Ok(());
                    }
                }
            }
        }
    }

    fn record(&self, shard: &str, record: aws_sdk_dynamodbstreams::types::Record) -> Record {
        let event = record
            .event_name()
            .map(|e| e.as_str().to_string())
            .unwrap_or_default();
        let d = record.dynamodb();
        let item = |m: Option<&HashMap<String, StreamValue>>| {
            m.map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), convert(v)))
                    .collect::<Item>()
            })
        };
        Record {
            shard: shard.to_string(),
            sequence: d
                .and_then(|d| d.sequence_number())
                .unwrap_or_default()
                .to_string(),
            event,
            keys: item(d.and_then(|d| d.keys.as_ref())).unwrap_or_default(),
            new_image: item(d.and_then(|d| d.new_image.as_ref())),
            at: d
                .and_then(|d| d.approximate_creation_date_time())
                .map(|t| t.as_secs_f64()),
        }
    }
}

/// Sorts a record into the batch's messages or its skipped counts.
fn classify(r: &Record, batch: &mut Batch) {
    if !matches!(r.event.as_str(), "INSERT" | "MODIFY") {
        batch.skipped.removes += 1;
        return;
    }
    let Some(image) = &r.new_image else {
        batch.skipped.no_image += 1;
        return;
    };
    match Message::from_item(image) {
        Some(m) => batch.messages.push(m),
        None if crate::model::messaging::is_message_key(image) => batch.skipped.malformed += 1,
        None => batch.skipped.not_messages += 1,
    }
}

fn is_code<E: aws_sdk_dynamodbstreams::error::ProvideErrorMetadata, R>(
    e: &aws_sdk_dynamodbstreams::error::SdkError<E, R>,
    code: &str,
) -> bool {
    use aws_sdk_dynamodbstreams::error::ProvideErrorMetadata as _;
    e.code() == Some(code)
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
