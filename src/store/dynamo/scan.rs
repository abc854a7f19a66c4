//! Streaming scans: sequential, parallel (`--segments N`), or automatic.
//!
//! Pages flow through a bounded channel, so memory is bounded by the number of
//! segments, not by the table's size. Each page is sent once; the SDK retries a
//! failed request with the same `ExclusiveStartKey`, so retries never duplicate items.
//!
//! Automatic mode (no `--segments`), on a local endpoint: DynamoDB Local's cost for a
//! page grows with the items left in its segment, so one stream over a large table is
//! quadratic, and more segments cut the server's work almost linearly. The scan asks
//! DescribeTable for the table's size (about 100 ms on a 100 000-item DynamoDB Local
//! table, a few ms on a small one) and uses one segment per 512 KiB, at most
//! [`MAX_AUTO_SEGMENTS`]: a table under 1 MiB costs one Scan request; each segment of a
//! larger one is about one page. Against prod, automatic mode is one sequential stream
//! (no DescribeTable, no surprise load on a provisioned table).

use super::DynamoStore;
use crate::error::Result;
use crate::model::item::Item;
use aws_sdk_dynamodb::types::ReturnConsumedCapacity;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

/// The most segments a scan runs at once (each is a request in flight).
pub(crate) const MAX_SEGMENTS: u32 = 1000;
/// The most segments an automatic scan uses (see BENCHMARKS.md for the choice).
pub(crate) const MAX_AUTO_SEGMENTS: u32 = 64;
/// Table bytes per automatic segment: about one 1 MB page each.
const AUTO_SEGMENT_BYTES: i64 = 1 << 19;

/// Segments for an automatic scan of a table of `size_bytes`.
pub(crate) fn auto_segments(size_bytes: Option<i64>) -> u32 {
    let size = size_bytes.unwrap_or(0).max(0);
    if size <= 1 << 20 {
        return 1;
    }
    let wanted = (size + AUTO_SEGMENT_BYTES - 1) / AUTO_SEGMENT_BYTES;
    wanted.clamp(1, i64::from(MAX_AUTO_SEGMENTS)) as u32
}

#[derive(Debug, Clone)]
pub(crate) struct ScanSpec {
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
    /// Keep the consumed read capacity near a rate (shared by every segment).
    pub pacer: Option<super::pace::Pacer>,
    /// Which segments of how many, each from where (a resumed or shared scan): when
    /// set, `segments` is ignored and only these segments are read.
    pub plan: Option<SegmentPlan>,
}

/// Some segments of a parallel scan, each from its start (`None`: the beginning).
/// A segment's `LastEvaluatedKey` resumes that segment with the same total, and
/// segments are disjoint: so a run can continue where another stopped, and processes
/// can share a scan's segments.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SegmentPlan {
    pub(crate) total: u32,
    pub(crate) starts: Vec<(u32, Option<Item>)>,
}

impl ScanSpec {
    /// Every item of `table`: one sequential stream, eventually consistent, unpaced.
    pub(crate) fn all(table: &str) -> ScanSpec {
        ScanSpec {
            table: table.to_string(),
            segments: None,
            auto_parallel: false,
            page_size: None,
            consistent_read: false,
            attributes: Vec::new(),
            max_items: None,
            pacer: None,
            plan: None,
        }
    }

    /// Strongly consistent reads (backups, exports, doctor).
    pub(crate) fn consistent(mut self) -> Self {
        self.consistent_read = true;
        self
    }

    /// Without `--segments`, may the scan go parallel (the caller's rule)?
    pub(crate) fn parallel_when(mut self, allowed: bool) -> Self {
        self.auto_parallel = allowed;
        self
    }

    /// Keep the consumed read capacity at `pacer`'s rate, shared by every segment.
    pub(crate) fn paced(mut self, pacer: Option<super::pace::Pacer>) -> Self {
        self.pacer = pacer;
        self
    }
}

/// One answer of a scan.
#[derive(Debug)]
pub(crate) struct ScanPage {
    pub items: Vec<Item>,
    pub scanned: u64,
    pub capacity: f64,
    /// The segment it belongs to (0 for a sequential scan).
    pub segment: u32,
    /// Where the segment goes on (its LastEvaluatedKey); `None`: the segment is done.
    pub next: Option<Item>,
}

/// What actually ran, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScanMode {
    Single,
    Parallel(u32),
}

pub(crate) struct ScanStream {
    pub pages: mpsc::Receiver<Result<ScanPage>>,
    pub mode: Arc<Mutex<ScanMode>>,
}

/// Read units per 4 KB read: eventually consistent reads cost half.
fn read_unit(consistent: bool) -> f64 {
    if consistent { 1.0 } else { 0.5 }
}

/// A paced page: the `Limit` that keeps its cost within one slice of the pace (`None`
/// when a whole 1 MB page fits), and the units it is expected to cost. `limit` is the
/// caller's own (page size, --max-items).
fn paced_page(
    pacer: &super::pace::Pacer,
    consistent: bool,
    limit: Option<i32>,
) -> (Option<i32>, f64) {
    let unit = read_unit(consistent);
    // A 1 MB page: 256 reads of 4 KB. Before anything is known, items of 4 KB.
    let page_max = 256.0 * unit;
    let per_item = pacer.per_item(unit, 4096.0).max(1e-6);
    let fit = (pacer.budget().max(unit) / per_item).floor().max(1.0);
    let limit = if fit * per_item < page_max {
        let fit = fit.min(f64::from(i32::MAX)) as i32;
        Some(limit.map_or(fit, |l| l.min(fit)))
    } else {
        limit
    };
    let items = limit.map_or(f64::INFINITY, f64::from);
    // Reads round up to 4 KB per request: at least one unit.
    (limit, (items * per_item).clamp(unit, page_max))
}

#[derive(Clone)]
struct Worker {
    store: DynamoStore,
    spec: Arc<ScanSpec>,
    tx: mpsc::Sender<Result<ScanPage>>,
}

impl Worker {
    async fn page(
        &self,
        segment: Option<(i32, i32)>,
        start: Option<Item>,
        limit: Option<i32>,
    ) -> Result<(ScanPage, Option<Item>)> {
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
        let estimate = match &spec.pacer {
            Some(p) => {
                p.learned().await;
                let (paced_limit, estimate) = paced_page(p, spec.consistent_read, limit);
                req = req.set_limit(paced_limit);
                estimate
            }
            None => 0.0,
        };
        let resp = self
            .store
            .paced(
                &spec.pacer,
                estimate,
                |r: &aws_sdk_dynamodb::operation::scan::ScanOutput| {
                    (
                        super::capacity_units(r.consumed_capacity.as_ref()),
                        r.scanned_count.max(0) as u64,
                    )
                },
                super::client::long_requests,
                |cfg| req.clone().customize().config_override(cfg).send(),
            )
            .await
            .map_err(|e| {
                self.store
                    .classify(&format!("scan table {}", spec.table), Some(&spec.table), e)
            })?;
        let page = ScanPage {
            scanned: resp.scanned_count.max(0) as u64,
            capacity: super::capacity_units(resp.consumed_capacity.as_ref()),
            items: resp.items.unwrap_or_default(),
            segment: segment.map_or(0, |(s, _)| s as u32),
            next: resp.last_evaluated_key.clone(),
        };
        Ok((page, resp.last_evaluated_key))
    }

    /// Reads pages until the segment ends, the receiver goes away, or a request fails.
    async fn run(self, segment: Option<(i32, i32)>, mut start: Option<Item>) {
        // With --max-items, never ask for more than that in one request.
        let cap = self.spec.max_items.map(|m| m.min(i32::MAX as u64) as i32);
        let limit = match (self.spec.page_size, cap) {
            (Some(p), Some(m)) => Some(p.min(m)),
            (p, m) => p.or(m),
        };
        loop {
            let result = self.page(segment, start.take(), limit).await;
            let (page, next) = match result {
                Ok(ok) => ok,
                Err(e) => {
                    let _ = self.tx.send(Err(e)).await;
                    return;
                }
            };
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

/// Runs the planned segments from their starts.
fn spawn_plan(worker: &Worker, plan: &SegmentPlan) {
    for (seg, start) in &plan.starts {
        let w = worker.clone();
        let segment = (plan.total > 1).then_some((*seg as i32, plan.total as i32));
        tokio::spawn(w.run(segment, start.clone()));
    }
}

impl DynamoStore {
    /// Starts a scan; pages arrive on the returned channel. Dropping the receiver
    /// stops the workers at their next page.
    pub(crate) fn scan(&self, spec: ScanSpec) -> ScanStream {
        let segments = spec.segments;
        let capacity = segments.unwrap_or(MAX_AUTO_SEGMENTS).max(1) as usize + 1;
        let (tx, rx) = mpsc::channel(capacity);
        let mode = Arc::new(Mutex::new(ScanMode::Single));
        let plan = spec.plan.clone();
        let worker = Worker {
            store: self.clone(),
            spec: Arc::new(spec),
            tx,
        };
        if let Some(plan) = plan {
            if plan.total > 1 {
                *mode.lock().expect("mode lock") = ScanMode::Parallel(plan.total);
            }
            spawn_plan(&worker, &plan);
            return ScanStream { pages: rx, mode };
        }
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

impl DynamoStore {
    /// How many segments a scan of `spec` reads: `--segments`, else what the automatic
    /// choice would be (one stream where it may not go parallel).
    pub(crate) async fn segment_count(&self, spec: &ScanSpec) -> Result<u32> {
        if let Some(n) = spec.segments {
            return Ok(n);
        }
        if !spec.auto_parallel || spec.max_items.is_some() {
            return Ok(1);
        }
        Ok(match self.describe_table(&spec.table).await? {
            Some(info) => auto_segments(info.size_bytes),
            None => 1,
        })
    }
}

async fn auto_scan(worker: Worker, mode: Arc<Mutex<ScanMode>>) {
    let spec = worker.spec.clone();
    // A bounded or non-local scan stays one sequential stream.
    if !spec.auto_parallel || spec.max_items.is_some() {
        worker.run(None, None).await;
        return;
    }
    let segments = match worker.store.describe_table(&spec.table).await {
        Ok(Some(info)) => auto_segments(info.size_bytes),
        // Missing: the scan itself reports it, in its own words.
        Ok(None) => 1,
        Err(e) => {
            let _ = worker.tx.send(Err(e)).await;
            return;
        }
    };
    if segments == 1 {
        worker.run(None, None).await;
    } else {
        *mode.lock().expect("mode lock") = ScanMode::Parallel(segments);
        spawn_segments(&worker, segments);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_segments_follow_the_table_size() {
        assert_eq!(auto_segments(None), 1);
        assert_eq!(auto_segments(Some(0)), 1);
        assert_eq!(auto_segments(Some(900_000)), 1, "under a page: one request");
        assert_eq!(auto_segments(Some(1 << 20)), 1);
        assert_eq!(auto_segments(Some((1 << 20) + 1)), 3);
        assert_eq!(auto_segments(Some(7 << 20)), 14);
        assert_eq!(auto_segments(Some(1 << 40)), MAX_AUTO_SEGMENTS, "capped");
    }
}
