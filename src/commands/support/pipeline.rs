//! One pipeline for every long job. Items come in (a scan's pages, a file's blocks) and
//! go out (a sink: stdout, a file, a checker; or a table, through the batched writer).
//! The pipeline owns what every long job needs the same way:
//!
//! - Ctrl-C, taken at page and batch boundaries: the job stops cleanly and says what it
//!   did ([`Error::Stopped`]);
//! - the accounting that turns a failure halfway into an incomplete result
//!   ([`Error::Incomplete`], with the counts), never a finished one;
//! - progress on a terminal, and the counts and pace of the final line.
//!
//! A leaf resolves its target, confirms, calls the pipeline and emits its outcome, as
//! cargo's `exec` calls its `ops`.

use super::capacity::{self, Pace};
use super::checkpoint::Tracker;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::checkpoint::{Mark, Output};
use crate::model::item::Item;
use crate::model::words::count;
use crate::settings::{EnvName, Settings};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::{ScanMode, ScanSpec};
use crate::store::dynamo::write::RetryPolicy;
use crate::ui::interrupt;
use crate::ui::progress::{self, Progress};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Whether a scan without `--segments` may go parallel against this target: on a local
/// dev endpoint, where it costs nothing, or when paced, since the pace bounds its load
/// (against prod an unpaced parallel scan could eat a provisioned table's capacity).
pub(crate) fn may_go_parallel(settings: &Settings, paced: bool) -> bool {
    (settings.env == EnvName::Dev && settings.is_local()) || paced
}

/// A scan of every item of `table` on the target `settings` describe, at `pace`.
pub(crate) fn scan_of(settings: &Settings, table: &str, pace: Option<&Pace>) -> ScanSpec {
    ScanSpec::all(table)
        .parallel_when(may_go_parallel(settings, pace.is_some()))
        .paced(pace.map(|p| p.pacer.clone()))
}

/// What a finished scan read.
#[derive(Debug, Default, Clone)]
pub(crate) struct ScanTotals {
    pub(crate) items: u64,
    pub(crate) scanned: u64,
    pub(crate) capacity: f64,
    pub(crate) elapsed: Duration,
    pub(crate) segments: u32,
}

impl ScanTotals {
    /// `3 items from t (scanned 3, 1.5 RCU, 30.0 RCU/s) in 0.05 s, 1 segment`
    pub(crate) fn summary(&self, table: &str) -> String {
        format!(
            "{} from {table} (scanned {}, {:.1} RCU, {:.1} RCU/s) in {:.2} s, {}",
            count(self.items, "item"),
            self.scanned,
            self.capacity,
            self.capacity / self.elapsed.as_secs_f64().max(0.001),
            self.elapsed.as_secs_f64(),
            count(u64::from(self.segments), "segment")
        )
    }
}

/// Where a scan's items go.
pub(crate) trait PageSink {
    /// The items of one page, in order; `mark` is where the page leaves its segment.
    async fn page(&mut self, items: Vec<Item>, mark: Mark) -> Result<()>;

    /// Makes everything handed on so far durable (a local file flushed and fsynced) and
    /// says where the output stands, for a checkpoint.
    fn sync(&mut self) -> Result<Option<Output>> {
        Ok(None)
    }
}

/// Each item to a function (a writer of lines, a checker, a hash table).
pub(crate) struct Each<F>(pub(crate) F);

impl<F: FnMut(Item) -> Result<()>> PageSink for Each<F> {
    async fn page(&mut self, items: Vec<Item>, _: Mark) -> Result<()> {
        items.into_iter().try_for_each(&mut self.0)
    }
}

/// How a scan shows itself while it runs.
pub(crate) struct Shown<'a> {
    /// The progress line's label (`copy t`, `doctor t`).
    pub(crate) label: &'a str,
    /// DynamoDB's estimate of the table's items, for the rate and ETA.
    pub(crate) total: Option<u64>,
    pub(crate) progress: Progress,
}

/// Runs `spec` and hands each page to `sink`. Ctrl-C stops between pages
/// (`interrupted after N items from T`); a failure after some items were handed on is
/// incomplete, never a finished scan; `read` counts the items handed on as they go.
/// With `tracker`, the sink's output is the job's (a local file): each page handed on is
/// durable once the sink syncs, and the checkpoint is saved after it, at most every
/// second, on Ctrl-C and on a failure.
pub(crate) async fn scan(
    store: &DynamoStore,
    spec: ScanSpec,
    sink: &mut impl PageSink,
    shown: Shown<'_>,
    read: &AtomicU64,
    mut tracker: Option<&mut Tracker>,
) -> Result<ScanTotals> {
    let result = scan_pages(store, spec, sink, shown, read, tracker.as_deref_mut()).await;
    if let Some(t) = tracker {
        // Whatever happened, what was handed on is kept, and the checkpoint says so. The
        // caller marks the job done once its own output is complete too.
        let out = sink.sync()?;
        t.save(out)?;
    }
    result
}

async fn scan_pages(
    store: &DynamoStore,
    spec: ScanSpec,
    sink: &mut impl PageSink,
    mut shown: Shown<'_>,
    read: &AtomicU64,
    mut tracker: Option<&mut Tracker>,
) -> Result<ScanTotals> {
    let start = Instant::now();
    let table = spec.table.clone();
    let max = spec.max_items;
    let mut stream = store.scan(spec);
    let mut totals = ScanTotals::default();
    let _interrupts = interrupt::take_over();
    loop {
        let page = tokio::select! {
            page = stream.pages.recv() => page,
            _ = interrupt::interrupted() => {
                shown.progress.clear();
                return Err(Error::Stopped(format!(
                    "interrupted after {} from {table}",
                    count(totals.items, "item")
                )));
            }
        };
        let Some(page) = page else { break };
        let mut page = match page {
            Ok(p) => p,
            Err(e) if totals.items == 0 => return Err(e),
            Err(e) => {
                shown.progress.clear();
                return Err(Error::Incomplete(format!(
                    "scan of {table} stopped after {}: {e}",
                    count(totals.items, "item")
                ))
                .with_hint("the output is incomplete; run the command again"));
            }
        };
        totals.scanned += page.scanned;
        totals.capacity += page.capacity;
        if let Some(m) = max {
            page.items.truncate(m.saturating_sub(totals.items) as usize);
        }
        let n = page.items.len() as u64;
        let mark = Mark::Page {
            segment: page.segment,
            next: page.next,
            items: n,
        };
        if let Some(t) = tracker.as_deref_mut() {
            sink.page(page.items, mark.clone()).await?;
            t.record(&mark);
            if t.due() {
                let out = sink.sync()?;
                t.save(out)?;
            }
        } else {
            sink.page(page.items, mark).await?;
        }
        totals.items += n;
        read.fetch_add(n, Ordering::Relaxed);
        let items = totals.items;
        shown
            .progress
            .update(|| progress::counted(shown.label, items, shown.total, start));
        if max.is_some_and(|m| totals.items >= m) {
            break;
        }
    }
    shown.progress.clear();
    totals.elapsed = start.elapsed();
    totals.segments = match *stream.mode.lock().unwrap_or_else(|p| p.into_inner()) {
        ScanMode::Single => 1,
        ScanMode::Parallel(n) => n,
    };
    Ok(totals)
}

/// [`scan`] with each item to `each`, a progress line labelled `label` on a terminal.
pub(crate) async fn scan_each(
    ctx: &Context,
    store: &DynamoStore,
    spec: ScanSpec,
    label: &str,
    total: Option<u64>,
    each: impl FnMut(Item) -> Result<()>,
) -> Result<ScanTotals> {
    let shown = Shown {
        label,
        total,
        progress: ctx.progress(),
    };
    scan(
        store,
        spec,
        &mut Each(each),
        shown,
        &AtomicU64::new(0),
        None,
    )
    .await
}

/// Items for the writer, and the progress that is durable once they all are.
#[derive(Debug, Default)]
pub(crate) struct Block {
    pub(crate) items: Vec<Item>,
    /// Keys to delete (an incremental export's deletes, a stream's REMOVEs); never a key
    /// of `items`.
    pub(crate) deletes: Vec<Item>,
    /// Pages (or input positions) whose last item is in this block or an earlier one.
    pub(crate) marks: Vec<Mark>,
}

/// Items to a channel of blocks, for [`write`] to drain while the scan goes on.
pub(crate) struct Blocks {
    tx: mpsc::Sender<Block>,
    block: Block,
    size: usize,
}

impl Blocks {
    /// Blocks of `size` items; at most `ahead` blocks wait for the writer.
    pub(crate) fn channel(size: usize, ahead: usize) -> (Blocks, mpsc::Receiver<Block>) {
        let (tx, rx) = mpsc::channel(ahead.max(1));
        (
            Blocks {
                tx,
                block: Block::default(),
                size,
            },
            rx,
        )
    }

    async fn send(&mut self) -> Result<()> {
        let block = std::mem::take(&mut self.block);
        self.tx.send(block).await.map_err(|_| writer_gone())
    }

    /// Sends what is left; the writer then sees the end.
    pub(crate) async fn close(mut self) -> Result<()> {
        if !self.block.items.is_empty()
            || !self.block.deletes.is_empty()
            || !self.block.marks.is_empty()
        {
            self.send().await?;
        }
        Ok(())
    }
}

fn writer_gone() -> Error {
    Error::Service("the writer stopped".into())
}

impl PageSink for Blocks {
    async fn page(&mut self, items: Vec<Item>, mark: Mark) -> Result<()> {
        let last = items.len();
        for (i, item) in items.into_iter().enumerate() {
            self.block.items.push(item);
            // The page is durable with the block that holds its last item.
            if i + 1 == last {
                self.block.marks.push(mark.clone());
            }
            if self.block.items.len() >= self.size {
                self.send().await?;
            }
        }
        if last == 0 {
            self.block.marks.push(mark);
        }
        Ok(())
    }
}

/// What the writer did.
#[derive(Debug, Default)]
pub(crate) struct Written {
    /// Items DynamoDB acknowledged.
    pub(crate) items: u64,
    /// Requests sent again for unprocessed items.
    pub(crate) retries: u64,
    pub(crate) capacity: f64,
}

/// Where the writer writes, and how it says what was left undone.
pub(crate) struct Target<'a> {
    /// The progress line's label (`restore t`).
    pub(crate) label: &'a str,
    pub(crate) store: &'a DynamoStore,
    pub(crate) table: &'a str,
    pub(crate) policy: RetryPolicy,
    /// Items expected in all (for progress and the counts in messages).
    pub(crate) total: Option<u64>,
    /// What finishes the job after a stop or a failure: `run the same restore again`.
    pub(crate) resume: &'a str,
}

/// Writes every block from `blocks` with the batched, retrying writer, counting into
/// `acknowledged` as DynamoDB acknowledges items. Ctrl-C stops between batches and says
/// how much was acknowledged (batches in flight may also have landed); a failure after
/// some items were written is incomplete, with the counts.
/// With `tracker`, each block's marks are recorded once its items are acknowledged, and
/// the checkpoint is saved at most every second, on Ctrl-C, on a failure and at the end
/// (the caller marks it done).
pub(crate) async fn write(
    ctx: &Context,
    target: Target<'_>,
    blocks: mpsc::Receiver<Block>,
    acknowledged: &Arc<AtomicU64>,
    mut tracker: Option<&mut Tracker>,
) -> Result<Written> {
    let result = write_blocks(ctx, target, blocks, acknowledged, tracker.as_deref_mut()).await;
    if let Some(t) = tracker {
        // The caller marks the job done: only it knows whether its reading finished too.
        t.save(None)?;
    }
    result
}

/// `12 of 40 items`, or `12 items` when the total is not known.
fn done_of(done: u64, total: Option<u64>) -> String {
    match total {
        Some(t) => format!("{done} of {t} items"),
        None => count(done, "item"),
    }
}

async fn write_blocks(
    ctx: &Context,
    target: Target<'_>,
    mut blocks: mpsc::Receiver<Block>,
    acknowledged: &Arc<AtomicU64>,
    mut tracker: Option<&mut Tracker>,
) -> Result<Written> {
    let Target {
        label,
        store,
        table,
        policy,
        total,
        resume,
    } = target;
    let of = |done: u64| done_of(done, total);
    let stopped = |done: u64| {
        Error::Stopped(format!(
            "interrupted: {} acknowledged by {table} (batches in flight may also have landed); {resume}",
            of(done)
        ))
    };
    let mut bar = ctx.progress();
    let started = Instant::now();
    let _interrupts = interrupt::take_over();
    let mut written = Written::default();
    loop {
        let block = tokio::select! {
            block = blocks.recv() => block,
            _ = interrupt::interrupted() => return Err(stopped(acknowledged.load(Ordering::Relaxed))),
        };
        let Some(Block {
            items,
            deletes,
            marks,
        }) = block
        else {
            break;
        };
        let writing = store.put_and_delete(table, items, deletes, &policy, acknowledged.clone());
        tokio::pin!(writing);
        let report = loop {
            tokio::select! {
                report = &mut writing => break report?,
                _ = interrupt::interrupted() => {
                    bar.clear();
                    return Err(stopped(acknowledged.load(Ordering::Relaxed)));
                }
                _ = tokio::time::sleep(Duration::from_millis(200)) => {
                    let done = acknowledged.load(Ordering::Relaxed);
                    bar.update(|| progress::counted(label, done, total, started));
                }
            }
        };
        written.retries += report.retries;
        written.capacity += report.capacity;
        if let Err(e) = report.into_result(table) {
            bar.clear();
            let done = acknowledged.load(Ordering::Relaxed);
            if done == 0 {
                return Err(e);
            }
            // Whatever the cause, say how much is in the table.
            return Err(
                Error::Incomplete(format!("{e}; {} are in {table}", of(done)))
                    .with_hint(resume.to_string()),
            );
        }
        if let Some(t) = tracker.as_deref_mut() {
            marks.iter().for_each(|m| t.record(m));
            if t.due() {
                t.save(None)?;
            }
        }
    }
    bar.clear();
    written.items = acknowledged.load(Ordering::Relaxed);
    Ok(written)
}

/// Creates `schema`'s table and waits until it and its indexes are active.
pub(crate) async fn create_table(
    ctx: &Context,
    store: &DynamoStore,
    schema: &crate::model::schema::TableSchema,
) -> Result<()> {
    store.create_table(schema).await?;
    let messages = ctx.messages.clone();
    store
        .wait_active(&schema.name, Duration::from_secs(600), |line| {
            messages.line(&format!("waiting: {line}"))
        })
        .await?;
    Ok(())
}

/// The pace lines of a run that was paced: `reads: consumed ...`.
pub(crate) fn pace_notes(ctx: &Context, reads: Option<&Pace>, writes: Option<&Pace>) {
    for (what, pace, unit) in [("reads", reads, "RCU"), ("writes", writes, "WCU")] {
        if let Some(p) = pace {
            ctx.note(format!(
                "{what}: {}",
                capacity::summary(&p.pacer.report(), &p.why, unit)
            ));
        }
    }
}
