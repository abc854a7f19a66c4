//! Streaming scans: sequential, parallel (`--segments N`), or automatic.
//!
//! Pages flow through a bounded channel, so memory is bounded by the number of
//! segments, not by the table's size. Each page is sent once; the SDK retries a
//! failed request with the same `ExclusiveStartKey`, so retries never duplicate items.
//!
//! Automatic mode (no `--segments`) reads a first page sequentially. A table that fits
//! in it costs one request. A larger one, on a local endpoint, continues as a parallel
//! scan of [`AUTO_SEGMENTS`] segments that skips the keys the first page already sent,
//! so every item is written exactly once.

use super::dynamo::DynamoStore;
use crate::attr::Item;
use crate::error::{Error, Result};
use aws_sdk_dynamodb::types::{AttributeValue, ReturnConsumedCapacity};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

/// Segments used by an automatic parallel scan (see BENCHMARKS.md for the choice).
pub const AUTO_SEGMENTS: u32 = 8;
/// Items asked for in the first page of an automatic scan.
pub const AUTO_FIRST_PAGE: i32 = 1000;

#[derive(Debug, Clone)]
pub struct ScanSpec {
    pub table: String,
    /// `None`: automatic.
    pub segments: Option<u32>,
    /// Whether automatic mode may go parallel (false against prod, where a parallel
    /// scan can eat a provisioned table's capacity).
    pub auto_parallel: bool,
    pub page_size: Option<i32>,
    pub consistent_read: bool,
    pub attributes: Vec<String>,
    pub max_items: Option<u64>,
}

#[derive(Debug)]
pub struct Page {
    pub items: Vec<Item>,
    pub scanned: u64,
    pub capacity: f64,
}

/// What actually ran, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanMode {
    Single,
    Parallel(u32),
}

pub struct ScanStream {
    pub pages: mpsc::Receiver<Result<Page>>,
    pub mode: Arc<Mutex<ScanMode>>,
}

/// A key's identity, for skipping the keys the first page of an automatic scan sent.
fn fingerprint(item: &Item, key_names: &[String]) -> Option<String> {
    let mut fp = String::new();
    for name in key_names {
        match item.get(name)? {
            AttributeValue::S(s) => {
                fp.push('S');
                fp.push_str(s);
            }
            AttributeValue::N(n) => {
                fp.push('N');
                fp.push_str(n);
            }
            AttributeValue::B(b) => {
                fp.push('B');
                for byte in b.as_ref() {
                    fp.push_str(&format!("{byte:02x}"));
                }
            }
            _ => return None,
        }
        fp.push('\u{0}');
    }
    Some(fp)
}

/// The key attribute names, and the fingerprints of the keys the first page sent.
type SeenKeys = (Vec<String>, Mutex<HashSet<String>>);

#[derive(Clone)]
struct Worker {
    store: DynamoStore,
    spec: Arc<ScanSpec>,
    tx: mpsc::Sender<Result<Page>>,
    /// Keys already sent by the first page (automatic mode only).
    seen: Option<Arc<SeenKeys>>,
}

impl Worker {
    async fn page(
        &self,
        segment: Option<(i32, i32)>,
        start: Option<Item>,
        limit: Option<i32>,
    ) -> Result<(Page, Option<Item>)> {
        let spec = &self.spec;
        let mut req = self
            .store
            .client
            .scan()
            .table_name(&spec.table)
            .set_exclusive_start_key(start)
            .set_limit(limit)
            .consistent_read(spec.consistent_read)
            .return_consumed_capacity(ReturnConsumedCapacity::Total);
        if let Some((seg, total)) = segment {
            req = req.segment(seg).total_segments(total);
        }
        if !spec.attributes.is_empty() {
            let names: Vec<String> = (0..spec.attributes.len())
                .map(|i| format!("#a{i}"))
                .collect();
            req = req.projection_expression(names.join(", "));
            for (n, a) in names.iter().zip(&spec.attributes) {
                req = req.expression_attribute_names(n, a);
            }
        }
        let resp = req.send().await.map_err(|e| {
            self.store
                .classify(&format!("scan table {}", spec.table), e)
        })?;
        let page = Page {
            scanned: resp.scanned_count.max(0) as u64,
            capacity: super::dynamo::capacity_units(resp.consumed_capacity.as_ref()),
            items: resp.items.unwrap_or_default(),
        };
        Ok((page, resp.last_evaluated_key))
    }

    /// Reads pages until the segment ends, the receiver goes away, or a request fails.
    async fn run(self, segment: Option<(i32, i32)>, mut start: Option<Item>) {
        loop {
            let result = self.page(segment, start.take(), self.spec.page_size).await;
            let (mut page, next) = match result {
                Ok(ok) => ok,
                Err(e) => {
                    let _ = self.tx.send(Err(e)).await;
                    return;
                }
            };
            if let Some(seen) = &self.seen {
                let (key_names, set) = &**seen;
                let mut set = set.lock().expect("scan dedupe lock");
                if !set.is_empty() {
                    page.items.retain(|item| {
                        fingerprint(item, key_names).is_none_or(|fp| !set.remove(&fp))
                    });
                }
            }
            if self.tx.send(Ok(page)).await.is_err() {
                return;
            }
            match next {
                Some(k) => start = Some(k),
                None => return,
            }
        }
    }
}

fn spawn_segments(worker: &Worker, total: u32) {
    for seg in 0..total {
        let w = worker.clone();
        tokio::spawn(w.run(Some((seg as i32, total as i32)), None));
    }
}

impl DynamoStore {
    /// Starts a scan; pages arrive on the returned channel. Dropping the receiver
    /// stops the workers at their next page.
    pub fn scan(&self, spec: ScanSpec) -> ScanStream {
        let segments = spec.segments;
        let capacity = segments.unwrap_or(AUTO_SEGMENTS).max(1) as usize + 1;
        let (tx, rx) = mpsc::channel(capacity);
        let mode = Arc::new(Mutex::new(ScanMode::Single));
        let worker = Worker {
            store: self.clone(),
            spec: Arc::new(spec),
            tx,
            seen: None,
        };
        match segments {
            Some(1) => {
                tokio::spawn(worker.run(None, None));
            }
            Some(n) => {
                *mode.lock().expect("mode lock") = ScanMode::Parallel(n);
                spawn_segments(&worker, n);
            }
            None => {
                tokio::spawn(auto_scan(worker, mode.clone()));
            }
        }
        ScanStream { pages: rx, mode }
    }
}

async fn auto_scan(mut worker: Worker, mode: Arc<Mutex<ScanMode>>) {
    let spec = worker.spec.clone();
    let first_limit = spec
        .page_size
        .or(Some(spec.max_items.map_or(AUTO_FIRST_PAGE, |m| {
            m.min(AUTO_FIRST_PAGE as u64) as i32
        })));
    let (page, next) = match worker.page(None, None, first_limit).await {
        Ok(ok) => ok,
        Err(e) => {
            let _ = worker.tx.send(Err(e)).await;
            return;
        }
    };
    let Some(next) = next else {
        let _ = worker.tx.send(Ok(page)).await;
        return;
    };
    let mut key_names: Vec<String> = next.keys().cloned().collect();
    key_names.sort();
    let keys_projected =
        spec.attributes.is_empty() || key_names.iter().all(|k| spec.attributes.contains(k));
    let wants_few = spec
        .max_items
        .is_some_and(|m| m <= page.items.len() as u64 * 4);
    if !spec.auto_parallel || !keys_projected || wants_few {
        if worker.tx.send(Ok(page)).await.is_err() {
            return;
        }
        worker.run(None, Some(next)).await;
        return;
    }
    let seen: HashSet<String> = page
        .items
        .iter()
        .filter_map(|i| fingerprint(i, &key_names))
        .collect();
    if seen.len() != page.items.len() {
        // Keys we cannot fingerprint: fall back to the sequential path, which is always exact.
        if worker.tx.send(Ok(page)).await.is_err() {
            return;
        }
        worker.run(None, Some(next)).await;
        return;
    }
    *mode.lock().expect("mode lock") = ScanMode::Parallel(AUTO_SEGMENTS);
    if worker.tx.send(Ok(page)).await.is_err() {
        return;
    }
    worker.seen = Some(Arc::new((key_names, Mutex::new(seen))));
    spawn_segments(&worker, AUTO_SEGMENTS);
}

/// Scan options checked before anything is sent.
pub fn validate_segments(segments: Option<u32>) -> Result<()> {
    match segments {
        Some(n) if !(1..=1_000_000).contains(&n) => Err(Error::Usage(format!(
            "--segments {n} is out of range; DynamoDB allows 1 to 1000000 (try 4 to 16 locally)"
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_dynamodb::primitives::Blob;
    use std::collections::HashMap;

    #[test]
    fn fingerprints_distinguish_types_and_boundaries() {
        let keys = vec!["pk".to_string(), "sk".to_string()];
        let a: Item = HashMap::from([
            ("pk".into(), AttributeValue::S("a".into())),
            ("sk".into(), AttributeValue::S("bc".into())),
        ]);
        let b: Item = HashMap::from([
            ("pk".into(), AttributeValue::S("ab".into())),
            ("sk".into(), AttributeValue::S("c".into())),
        ]);
        let n: Item = HashMap::from([
            ("pk".into(), AttributeValue::N("1".into())),
            ("sk".into(), AttributeValue::B(Blob::new(vec![1]))),
        ]);
        assert_ne!(fingerprint(&a, &keys), fingerprint(&b, &keys));
        assert!(fingerprint(&n, &keys).is_some());
        assert!(fingerprint(&a, &["missing".to_string()]).is_none());
    }

    #[test]
    fn segment_counts_are_checked() {
        assert!(validate_segments(Some(0)).is_err());
        assert!(validate_segments(Some(4)).is_ok());
        assert!(validate_segments(None).is_ok());
    }
}
