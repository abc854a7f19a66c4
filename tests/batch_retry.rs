//! The BatchWriteItem retry path, with the SDK's mocking utilities: DynamoDB Local
//! never leaves items unprocessed, so this is the one case a real service cannot produce.

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::operation::batch_write_item::BatchWriteItemOutput;
use aws_sdk_dynamodb::types::{AttributeValue, PutRequest, WriteRequest};
use aws_smithy_mocks::{RuleMode, mock, mock_client};
use cruddur_ddb::error::exit;
use cruddur_ddb::store::dynamo::DynamoStore;
use cruddur_ddb::store::write::RetryPolicy;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TABLE: &str = "mock-table";

fn requests(n: usize) -> Vec<WriteRequest> {
    (0..n)
        .map(|i| {
            let item = HashMap::from([
                ("pk".to_string(), AttributeValue::S("MSG#g".into())),
                ("sk".to_string(), AttributeValue::S(format!("{i:04}"))),
            ]);
            WriteRequest::builder()
                .put_request(PutRequest::builder().set_item(Some(item)).build().unwrap())
                .build()
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
    }
}

fn store(client: Client) -> DynamoStore {
    DynamoStore::from_client(client, "mock".into(), "no hint".into())
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
        .batch_write(TABLE, requests(10), &fast_policy(8), progress.clone())
        .await;

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
        .batch_write(
            TABLE,
            requests(30),
            &fast_policy(4),
            Arc::new(AtomicU64::new(0)),
        )
        .await;
    assert_eq!(report.written, 25);
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1 + 4,
        "one full chunk plus four attempts"
    );
    let err = report.into_result(TABLE).unwrap_err();
    assert_eq!(err.exit_code(), exit::INCOMPLETE);
    let msg = err.to_string();
    assert!(
        msg.starts_with("5 of 30 items were not written to mock-table"),
        "{msg}"
    );
}
