//! Batched writes: BatchWriteItem in chunks of 25, several requests at once.
//! Unprocessed items are retried with exponential backoff and full jitter, up to a
//! bounded number of attempts; whatever still remains is counted, never dropped silently.

use super::dynamo::DynamoStore;
use crate::attr::Item;
use crate::error::{Error, Result};
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::types::{DeleteRequest, PutRequest, ReturnConsumedCapacity, WriteRequest};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::task::JoinSet;

pub const BATCH_SIZE: usize = 25;

/// A put of a whole item.
pub fn put_request(item: Item) -> Result<WriteRequest> {
    let put = PutRequest::builder()
        .set_item(Some(item))
        .build()
        .map_err(|e| Error::Service(format!("building a put request: {e}")))?;
    Ok(WriteRequest::builder().put_request(put).build())
}

/// A delete by key.
pub fn delete_request(key: Item) -> Result<WriteRequest> {
    let del = DeleteRequest::builder()
        .set_key(Some(key))
        .build()
        .map_err(|e| Error::Service(format!("building a delete request: {e}")))?;
    Ok(WriteRequest::builder().delete_request(del).build())
}

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts per chunk for unprocessed items (the SDK also retries each request).
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// BatchWriteItem requests in flight at once.
    pub concurrency: usize,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(5),
            concurrency: 8,
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a random delay between 0 and min(max, base * 2^attempt).
    pub fn delay(&self, attempt: u32) -> Duration {
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
pub struct WriteReport {
    pub requested: u64,
    pub written: u64,
    /// Requests that had to be sent again because DynamoDB left items unprocessed.
    pub retries: u64,
    pub capacity: f64,
    /// The first error that stopped a chunk, with how many items it left unwritten.
    pub error: Option<Error>,
}

impl WriteReport {
    pub fn not_written(&self) -> u64 {
        self.requested - self.written
    }

    /// `Ok` when every item was written; otherwise an error that says how many were not.
    pub fn into_result(self, table: &str) -> Result<WriteReport> {
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
        let result = store
            .client
            .batch_write_item()
            .request_items(table.to_string(), pending.clone())
            .return_consumed_capacity(ReturnConsumedCapacity::Total)
            .send()
            .await;
        match result {
            Ok(resp) => {
                outcome.capacity += resp
                    .consumed_capacity()
                    .iter()
                    .filter_map(|c| c.capacity_units)
                    .sum::<f64>();
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
                let throttled = matches!(
                    e.code(),
                    Some(
                        "ProvisionedThroughputExceededException"
                            | "ThrottlingException"
                            | "RequestLimitExceeded"
                    )
                );
                if !throttled {
                    outcome.error = Some(store.classify(&format!("batch write to {table}"), e));
                    return outcome;
                }
                if attempt + 1 >= policy.max_attempts {
                    outcome.error = Some(store.classify(&format!("batch write to {table}"), e));
                    return outcome;
                }
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
    /// Writes every request, `policy.concurrency` BatchWriteItem calls at a time.
    /// `progress` counts items as they are confirmed written.
    pub async fn batch_write(
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
                let chunk: Vec<WriteRequest> = chunks.by_ref().take(BATCH_SIZE).collect();
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
        assert_eq!(err.exit_code(), crate::error::exit::INCOMPLETE);
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
            crate::error::exit::NOT_FOUND
        );
    }
}
