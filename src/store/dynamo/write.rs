//! Batched writes: BatchWriteItem in chunks of 25, several requests at once.
//!
//! One retry layer per failure: a throttled or failed request is retried by the SDK
//! (with [`BULK_ATTEMPTS`] attempts for these bulk writes); items DynamoDB leaves unprocessed are retried here, with
//! exponential backoff and full jitter, up to a bounded number of attempts. Whatever
//! still remains is counted, never dropped silently.

use super::DynamoStore;
use crate::error::{Error, Result};
use crate::model::item::Item;
use aws_sdk_dynamodb::config::retry::RetryConfig;
use aws_sdk_dynamodb::operation::batch_write_item::BatchWriteItemOutput;
use aws_sdk_dynamodb::types::{DeleteRequest, PutRequest, ReturnConsumedCapacity, WriteRequest};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::task::JoinSet;

pub(crate) const BATCH_SIZE: usize = 25;

/// Bulk writes get more of the SDK's attempts than a quick command (which should fail in
/// seconds): a throttled chunk backs off and is sent again rather than abandoned.
const BULK_ATTEMPTS: u32 = 10;

fn bulk_retries() -> aws_sdk_dynamodb::config::Builder {
    super::client::long_requests().retry_config(
        RetryConfig::standard()
            .with_max_attempts(BULK_ATTEMPTS)
            .with_max_backoff(Duration::from_secs(5)),
    )
}

fn built<T, E: std::fmt::Display>(what: &str, r: std::result::Result<T, E>) -> Result<T> {
    r.map_err(|e| Error::Service(format!("building a {what} request: {e}")))
}

/// A put of a whole item.
fn put_request(item: Item) -> Result<WriteRequest> {
    let put = built("put", PutRequest::builder().set_item(Some(item)).build())?;
    Ok(WriteRequest::builder().put_request(put).build())
}

/// A delete by key.
fn delete_request(key: Item) -> Result<WriteRequest> {
    let del = built(
        "delete",
        DeleteRequest::builder().set_key(Some(key)).build(),
    )?;
    Ok(WriteRequest::builder().delete_request(del).build())
}

#[derive(Debug, Clone)]
pub(crate) struct RetryPolicy {
    /// Attempts per chunk for unprocessed items (the SDK also retries each request).
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// BatchWriteItem requests in flight at once.
    pub concurrency: usize,
    /// Keep the consumed write capacity near a rate (shared by every request).
    pub pacer: Option<super::pace::Pacer>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(5),
            concurrency: 8,
            pacer: None,
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a random delay between 0 and min(max, base * 2^attempt).
    pub(crate) fn delay(&self, attempt: u32) -> Duration {
        let cap = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(attempt.min(20)))
            .min(self.max_delay);
        let millis = cap.as_millis() as u64;
        Duration::from_millis(if millis == 0 {
            0
        } else {
            rand::random_range(0..=millis)
        })
    }
}

#[derive(Debug, Default)]
pub(crate) struct WriteReport {
    pub requested: u64,
    pub written: u64,
    /// Requests that had to be sent again because DynamoDB left items unprocessed.
    pub retries: u64,
    pub capacity: f64,
    /// The first error that stopped a chunk, with how many items it left unwritten.
    pub error: Option<Error>,
}

impl WriteReport {
    pub(crate) fn not_written(&self) -> u64 {
        self.requested - self.written
    }

    /// `Ok` when every item was written; otherwise an error that says how many were not.
    pub(crate) fn into_result(self, table: &str) -> Result<WriteReport> {
        let missing = self.not_written();
        match self.error {
            None if missing == 0 => Ok(self),
            // Nothing got through and we know why (table missing, endpoint down ...).
            Some(e) if self.written == 0 && !matches!(e, Error::Incomplete(_)) => Err(e),
            other => {
                let why = other.map(|e| format!(": {e}")).unwrap_or_default();
                Err(Error::Incomplete(format!(
                    "{missing} of {} items were not written to {table}{why}; {} were written",
                    self.requested, self.written
                )))
            }
        }
    }
}

/// The write units a request costs: 1 per KB of the item put (rounded up), 1 for a
/// delete (the item's size is not known here).
fn write_units(r: &WriteRequest) -> f64 {
    match r.put_request() {
        Some(p) => (crate::model::limits::item_size(p.item()).div_ceil(1024)).max(1) as f64,
        None => 1.0,
    }
}

/// What a BatchWriteItem response says it consumed.
fn batch_units(r: &BatchWriteItemOutput) -> f64 {
    r.consumed_capacity()
        .iter()
        .filter_map(|c| c.capacity_units)
        .sum()
}

/// The next batch: up to [`BATCH_SIZE`] requests, and with a pace, no more than one
/// slice of it costs (at least one request), so a batch never runs ahead of the pace.
fn next_batch(
    requests: &mut std::iter::Peekable<std::vec::IntoIter<WriteRequest>>,
    pacer: Option<&super::pace::Pacer>,
) -> Vec<WriteRequest> {
    let budget = pacer.map(|p| p.budget());
    let mut batch = Vec::new();
    let mut cost = 0.0;
    while batch.len() < BATCH_SIZE {
        let Some(next) = requests.peek() else { break };
        let units = write_units(next);
        if budget.is_some_and(|b| !batch.is_empty() && cost + units > b) {
            break;
        }
        cost += units;
        batch.extend(requests.next());
    }
    batch
}

/// Outcome of one chunk.
struct ChunkOutcome {
    written: u64,
    retries: u64,
    capacity: f64,
    error: Option<Error>,
}

async fn write_chunk(
    store: DynamoStore,
    table: Arc<str>,
    mut pending: Vec<WriteRequest>,
    policy: Arc<RetryPolicy>,
    progress: Arc<AtomicU64>,
) -> ChunkOutcome {
    let mut outcome = ChunkOutcome {
        written: 0,
        retries: 0,
        capacity: 0.0,
        error: None,
    };
    let mut attempt = 0;
    loop {
        let sent = pending.len() as u64;
        let request = store
            .client
            .batch_write_item()
            .request_items(table.to_string(), pending.clone())
            .return_consumed_capacity(ReturnConsumedCapacity::Total);
        if let Some(p) = &policy.pacer {
            p.learned().await;
        }
        let estimate: f64 = pending.iter().map(write_units).sum();
        let result = store
            .paced(
                &policy.pacer,
                estimate,
                |r: &BatchWriteItemOutput| (batch_units(r), 0),
                bulk_retries,
                |cfg| request.clone().customize().config_override(cfg).send(),
            )
            .await;
        match result {
            Ok(resp) => {
                let units = batch_units(&resp);
                outcome.capacity += units;
                let unprocessed = resp
                    .unprocessed_items
                    .and_then(|mut m| m.remove(&*table))
                    .unwrap_or_default();
                let done = sent.saturating_sub(unprocessed.len() as u64);
                outcome.written += done;
                progress.fetch_add(done, Ordering::Relaxed);
                if unprocessed.is_empty() {
                    return outcome;
                }
                pending = unprocessed;
            }
            Err(e) => {
                // The SDK has already retried this request (throttling, 5xx, resets).
                outcome.error =
                    Some(store.classify(&format!("batch write to {table}"), Some(&table), e));
                return outcome;
            }
        }
        attempt += 1;
        if attempt >= policy.max_attempts {
            outcome.error = Some(Error::Incomplete(format!(
                "DynamoDB still left items unprocessed after {attempt} attempts (the table's write capacity is exhausted)"
            )));
            return outcome;
        }
        outcome.retries += 1;
        tokio::time::sleep(policy.delay(attempt)).await;
    }
}

impl DynamoStore {
    /// Puts these items and deletes the items with these keys, in the same batches
    /// (every key at most once: BatchWriteItem rejects a key twice in one request).
    pub(crate) async fn put_and_delete(
        &self,
        table: &str,
        items: Vec<Item>,
        keys: Vec<Item>,
        policy: &RetryPolicy,
        progress: Arc<AtomicU64>,
    ) -> Result<WriteReport> {
        let requests = items
            .into_iter()
            .map(put_request)
            .chain(keys.into_iter().map(delete_request))
            .collect::<Result<_>>()?;
        Ok(self.batch_write(table, requests, policy, progress).await)
    }

    /// Deletes the items with these keys.
    pub(crate) async fn delete_keys(
        &self,
        table: &str,
        keys: Vec<Item>,
        policy: &RetryPolicy,
        progress: Arc<AtomicU64>,
    ) -> Result<WriteReport> {
        let requests = keys
            .into_iter()
            .map(delete_request)
            .collect::<Result<_>>()?;
        Ok(self.batch_write(table, requests, policy, progress).await)
    }

    /// Writes every request, `policy.concurrency` BatchWriteItem calls at a time.
    async fn batch_write(
        &self,
        table: &str,
        requests: Vec<WriteRequest>,
        policy: &RetryPolicy,
        progress: Arc<AtomicU64>,
    ) -> WriteReport {
        let mut report = WriteReport {
            requested: requests.len() as u64,
            ..WriteReport::default()
        };
        let table: Arc<str> = Arc::from(table);
        let policy = Arc::new(policy.clone());
        let mut chunks = requests.into_iter().peekable();
        let mut tasks = JoinSet::new();
        loop {
            while tasks.len() < policy.concurrency.max(1) && chunks.peek().is_some() {
                let chunk = next_batch(&mut chunks, policy.pacer.as_ref());
                tasks.spawn(write_chunk(
                    self.clone(),
                    table.clone(),
                    chunk,
                    policy.clone(),
                    progress.clone(),
                ));
            }
            let Some(joined) = tasks.join_next().await else {
                break;
            };
            let outcome = match joined {
                Ok(o) => o,
                Err(e) => ChunkOutcome {
                    written: 0,
                    retries: 0,
                    capacity: 0.0,
                    error: Some(Error::Service(format!("a write task failed: {e}"))),
                },
            };
            report.written += outcome.written;
            report.retries += outcome.retries;
            report.capacity += outcome.capacity;
            if report.error.is_none() {
                report.error = outcome.error;
            }
        }
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(800),
            ..RetryPolicy::default()
        };
        for attempt in 0..10 {
            let cap = Duration::from_millis((100u64 << attempt).min(800));
            for _ in 0..20 {
                assert!(p.delay(attempt) <= cap, "attempt {attempt}");
            }
        }
    }

    #[test]
    fn a_partial_write_is_an_incomplete_error_with_counts() {
        let report = WriteReport {
            requested: 100,
            written: 75,
            ..WriteReport::default()
        };
        let err = report.into_result("t1").unwrap_err();
        assert_eq!(err.exit_code(), crate::error::Exit::Incomplete.code());
        assert!(
            err.to_string()
                .starts_with("25 of 100 items were not written to t1"),
            "{err}"
        );
    }

    #[test]
    fn a_total_failure_keeps_its_cause() {
        let report = WriteReport {
            requested: 10,
            written: 0,
            error: Some(Error::NotFound("no table".into())),
            ..WriteReport::default()
        };
        assert_eq!(
            report.into_result("t").unwrap_err().exit_code(),
            crate::error::Exit::NotFound.code()
        );
    }
}

/// The retry path for unprocessed items, on the SDK's mocks: DynamoDB Local never leaves
/// items unprocessed, so this is the one case a real service cannot produce.
#[cfg(test)]
mod mocked {
    use super::*;
    use aws_sdk_dynamodb::Client;
    use aws_sdk_dynamodb::operation::batch_write_item::BatchWriteItemOutput;
    use aws_sdk_dynamodb::types::AttributeValue;
    use aws_smithy_mocks::{RuleMode, mock, mock_client};
    use std::collections::{HashMap, HashSet};
    use std::sync::Mutex;
    use std::sync::atomic::AtomicUsize;

    const TABLE: &str = "mock-table";

    fn items(n: usize) -> Vec<Item> {
        (0..n)
            .map(|i| {
                HashMap::from([
                    ("pk".to_string(), AttributeValue::S("MSG#g".into())),
                    ("sk".to_string(), AttributeValue::S(format!("{i:04}"))),
                ])
            })
            .collect()
    }

    fn sk_of(w: &WriteRequest) -> String {
        match w.put_request().unwrap().item().get("sk") {
            Some(AttributeValue::S(s)) => s.clone(),
            other => panic!("unexpected sk {other:?}"),
        }
    }

    fn fast_policy(max_attempts: u32) -> RetryPolicy {
        RetryPolicy {
            max_attempts,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(5),
            concurrency: 4,
            pacer: None,
        }
    }

    fn store(client: Client) -> DynamoStore {
        DynamoStore::from_client(client, "mock".into())
    }

    #[tokio::test]
    async fn unprocessed_items_come_back_twice_and_are_then_written() {
        let calls = Arc::new(AtomicUsize::new(0));
        let accepted = Arc::new(Mutex::new(Vec::<String>::new()));
        let (c, a) = (calls.clone(), accepted.clone());
        // Calls 1 and 2 accept the first two items and hand the rest back unprocessed;
        // call 3 accepts everything it is sent.
        let rule = mock!(Client::batch_write_item).then_compute_output(move |req| {
            let n = c.fetch_add(1, Ordering::SeqCst);
            let sent = req.request_items().unwrap()[TABLE].clone();
            let keep = if n < 2 { 2.min(sent.len()) } else { sent.len() };
            a.lock().unwrap().extend(sent[..keep].iter().map(sk_of));
            let rest = sent[keep..].to_vec();
            let mut out = BatchWriteItemOutput::builder();
            if !rest.is_empty() {
                out = out.unprocessed_items(TABLE, rest);
            }
            out.build()
        });
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let progress = Arc::new(AtomicU64::new(0));
        let report = store(client)
            .put_and_delete(TABLE, items(10), vec![], &fast_policy(8), progress.clone())
            .await
            .unwrap();

        assert_eq!(
            calls.load(Ordering::SeqCst),
            3,
            "one request and two retries"
        );
        assert_eq!(report.retries, 2);
        assert_eq!(report.written, 10);
        assert_eq!(progress.load(Ordering::SeqCst), 10);
        let accepted = accepted.lock().unwrap().clone();
        let unique: HashSet<_> = accepted.iter().collect();
        assert_eq!(
            accepted.len(),
            10,
            "each item accepted exactly once: {accepted:?}"
        );
        assert_eq!(unique.len(), 10);
        assert!(report.into_result(TABLE).is_ok());
    }

    #[tokio::test]
    async fn items_still_unprocessed_after_the_last_attempt_are_counted_not_lost() {
        let calls = Arc::new(AtomicUsize::new(0));
        let c = calls.clone();
        // The first chunk of 25 is written; the second (5 items) is never processed.
        let rule = mock!(Client::batch_write_item).then_compute_output(move |req| {
            c.fetch_add(1, Ordering::SeqCst);
            let sent = req.request_items().unwrap()[TABLE].clone();
            let mut out = BatchWriteItemOutput::builder();
            if sent.len() < 25 {
                out = out.unprocessed_items(TABLE, sent);
            }
            out.build()
        });
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let report = store(client)
            .put_and_delete(
                TABLE,
                items(30),
                vec![],
                &fast_policy(4),
                Arc::new(AtomicU64::new(0)),
            )
            .await
            .unwrap();
        assert_eq!(report.written, 25);
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1 + 4,
            "one full chunk plus four attempts"
        );
        let err = report.into_result(TABLE).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::Exit::Incomplete.code());
        let msg = err.to_string();
        assert!(
            msg.starts_with("5 of 30 items were not written to mock-table"),
            "{msg}"
        );
    }
}
