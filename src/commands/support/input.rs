//! An input (a file, an export folder, an export in S3) into a table, in two passes.
//!
//! 1. [`check`] reads everything and writes nothing: every item against the table's keys
//!    and DynamoDB's limits, every data file against its manifest's count and MD5, and,
//!    for an incremental export, which line is the latest write of each key.
//! 2. [`write_input`] reads it again, in blocks, while the batched writer writes the
//!    previous block: items are put; an incremental export's latest line per key is put
//!    (NewImage) or deleted (Keys alone).
//!
//! So nothing of an input that does not check out is written (verify, then write), and
//! memory stays bounded by a few blocks (and, for an incremental export, a key and a
//! time per changed item). An export's data files are read several at once.

use super::checkpoint::Tracker;
use super::pipeline::{self, Block, Target};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::read::{Change, Input, Line, Location};
use crate::model::checkpoint::Mark;
use crate::model::item::Item;
use crate::model::limits::check_item;
use crate::model::schema::TableSchema;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

/// Data files read at once.
const READERS: usize = 4;
/// The second pass reads for a writer that is slower than reading (DynamoDB's write path
/// is): two readers, blocks of 2 000 items and one block queued keep it busy while
/// memory holds at most about 8 000 items, whatever the export's size.
const WRITE_READERS: usize = 2;
const WRITE_BLOCK: usize = 2_000;
const WRITE_QUEUE: usize = 1;

/// Where a change stands in the input: its write time, then its place (a later line
/// wins a tie).
type Order = (u64, u32, u64);

/// The latest change of each key: its order, and whether it puts (else deletes).
type Winners = HashMap<String, (Order, bool)>;

/// What the first pass found.
#[derive(Debug, Default)]
pub(crate) struct Checked {
    /// Lines (items, or changes) in all.
    pub(crate) lines: u64,
    /// For an incremental export: the keys it puts and deletes, once each.
    pub(crate) puts: u64,
    pub(crate) deletes: u64,
    winners: Option<Arc<Winners>>,
}

/// What the second pass did not write, and why.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Counts {
    /// Items whose key an earlier item of the same block had (the last one is written).
    pub(crate) repeated: u64,
    /// Changes a later write to the same key superseded.
    pub(crate) superseded: u64,
}

/// Stops the other readers once one has failed.
fn halted() -> Error {
    Error::Service("halted".into())
}

/// Whether the reader of one file should stop: an earlier file has failed (a later
/// one's failure lets it go on, so the first bad file in order is the one named).
struct Halt<'a> {
    first_failed: &'a AtomicUsize,
    file: usize,
}

impl Halt<'_> {
    fn now(&self) -> bool {
        self.first_failed.load(Ordering::Relaxed) < self.file
    }
}

/// Runs `work(state, file)` for every data file of `input`, on up to `threads` threads
/// (each with its own state). A failure stops the readers of later files at their next
/// line; the first failing file's error is returned (so a run says the same each time).
fn each_file<S: Send>(
    input: &Input,
    threads: usize,
    init: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, usize, &Halt) -> Result<()> + Sync,
) -> Result<Vec<S>> {
    let files = input.file_count();
    let threads = threads.clamp(1, files.max(1));
    let next = AtomicUsize::new(0);
    let first_failed = AtomicUsize::new(usize::MAX);
    let failure: Mutex<Option<(usize, Error)>> = Mutex::new(None);
    let states = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut state = init();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= files || first_failed.load(Ordering::Relaxed) < i {
                            break;
                        }
                        let halt = Halt {
                            first_failed: &first_failed,
                            file: i,
                        };
                        if let Err(e) = work(&mut state, i, &halt) {
                            // A reader halted for an earlier failure names nothing.
                            if !halt.now() {
                                first_failed.fetch_min(i, Ordering::Relaxed);
                                if let Ok(mut f) = failure.lock()
                                    && f.as_ref().is_none_or(|(j, _)| i < *j)
                                {
                                    *f = Some((i, e));
                                }
                            }
                            break;
                        }
                    }
                    state
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .map_err(|_| Error::Service("a reader thread failed".into()))
            })
            .collect::<Result<Vec<S>>>()
    })?;
    if let Some((_, e)) = failure.lock().ok().and_then(|mut f| f.take()) {
        return Err(e);
    }
    Ok(states)
}

/// A change's key checked against the table's: exactly its key attributes, of their
/// types; its new image, when there is one, an item of that key within the limits.
fn check_change(schema: &TableSchema, change: &Change) -> std::result::Result<(), String> {
    schema.check_keys(&change.keys)?;
    let is_key = |name: &str| schema.key.attributes().any(|a| a.name == name);
    if let Some(extra) = change.keys.keys().find(|k| !is_key(k)) {
        return Err(format!(
            "its Keys hold {extra:?}, which is not a key attribute of this table"
        ));
    }
    if let Some(image) = &change.new_image {
        schema.check_keys(image)?;
        if schema.key.key_string(image) != schema.key.key_string(&change.keys) {
            return Err("its NewImage has other keys than its Keys".into());
        }
        check_item(image, &schema.key)?;
    }
    Ok(())
}

/// The first pass: checks everything, writes nothing.
pub(crate) fn check(input: &Input, schema: &TableSchema) -> Result<Checked> {
    let table = &schema.name;
    let keyed = |at: &Location, e: String| {
        Error::Usage(format!(
            "{at}: {e} (table {table} is keyed on {})",
            schema.key.describe_types()
        ))
    };
    let states = each_file(
        input,
        READERS,
        || (0u64, Winners::new()),
        |(lines, winners), file, halt| {
            *lines += input.read_file(file, &mut |at, line| {
                if halt.now() {
                    return Err(halted());
                }
                match line {
                    Line::Item(item) => schema
                        .check_keys(&item)
                        .and_then(|_| check_item(&item, &schema.key))
                        .map_err(|e| keyed(&at, e)),
                    Line::Change(change) => {
                        check_change(schema, &change).map_err(|e| keyed(&at, e))?;
                        let order = (change.micros, file as u32, at.line as u64);
                        let put = change.new_image.is_some();
                        match winners.entry(schema.key.key_string(&change.keys)) {
                            Entry::Occupied(mut e) if e.get().0 < order => {
                                e.insert((order, put));
                            }
                            Entry::Occupied(_) => {}
                            Entry::Vacant(e) => {
                                e.insert((order, put));
                            }
                        }
                        Ok(())
                    }
                }
            })?;
            Ok(())
        },
    )
    .map_err(|e| e.with_hint("nothing was written"))?;
    let mut checked = Checked::default();
    let mut all = Winners::new();
    let changes = states.iter().any(|(_, w)| !w.is_empty());
    for (lines, winners) in states {
        checked.lines += lines;
        for (key, v) in winners {
            match all.entry(key) {
                Entry::Occupied(mut e) if e.get().0 < v.0 => {
                    e.insert(v);
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(e) => {
                    e.insert(v);
                }
            }
        }
    }
    if !changes {
        input
            .check_total(checked.lines)
            .map_err(|e| e.with_hint("nothing was written"))?;
    }
    if changes {
        checked.puts = all.values().filter(|(_, put)| *put).count() as u64;
        checked.deletes = all.len() as u64 - checked.puts;
        checked.winners = Some(Arc::new(all));
    }
    Ok(checked)
}

/// One reader's block being filled: a key at most once (the last one wins).
struct Filling {
    block: Block,
    slot: HashMap<String, usize>,
}

impl Filling {
    /// A put (the last of a key in this block wins) or a delete.
    fn add(&mut self, key: String, item: Item, delete: bool, counts: &mut Counts) {
        match self.slot.entry(key) {
            Entry::Occupied(e) => {
                self.block.items[*e.get()] = item;
                counts.repeated += 1;
            }
            // Winners are unique per key: a delete never meets a put of its key.
            Entry::Vacant(_) if delete => self.block.deletes.push(item),
            Entry::Vacant(e) => {
                e.insert(self.block.items.len());
                self.block.items.push(item);
            }
        }
    }
}

/// A change's write when it is its key's latest (`(image, false)` to put, `(keys, true)`
/// to delete); `None` when a later write to the key supersedes it.
fn winning(
    schema: &TableSchema,
    winners: Option<&Winners>,
    change: Change,
    order: Order,
) -> Option<(Item, bool)> {
    let key = schema.key.key_string(&change.keys);
    let latest = winners.and_then(|w| w.get(&key)).map(|v| v.0);
    if latest != Some(order) {
        return None;
    }
    Some(match change.new_image {
        Some(image) => (image, false),
        None => (change.keys, true),
    })
}

/// The second pass's reading: blocks of `size` puts and deletes, in input order when
/// `parallel` is off (a checkpoint's position is an item count, so it needs one
/// order), after the first `skip` lines (written by an earlier run).
struct Reading {
    input: Arc<Input>,
    schema: TableSchema,
    winners: Option<Arc<Winners>>,
    skip: u64,
    size: usize,
    parallel: bool,
}

fn read_blocks(r: Reading, tx: mpsc::Sender<Block>) -> Result<Counts> {
    let Reading {
        input,
        schema,
        winners,
        skip,
        size,
        parallel,
    } = r;
    let consumed = AtomicU64::new(0);
    let send = |f: &mut Filling, mark: bool| {
        f.slot.clear();
        let mut block = std::mem::take(&mut f.block);
        if mark {
            block.marks = vec![Mark::Input {
                items: consumed.load(Ordering::Relaxed),
            }];
        }
        tx.blocking_send(block)
            .map_err(|_| Error::Service("the writer stopped".into()))
    };
    let threads = if parallel { WRITE_READERS } else { 1 };
    let init = || {
        (
            Filling {
                block: Block::default(),
                slot: HashMap::new(),
            },
            Counts::default(),
        )
    };
    let states = each_file(&input, threads, init, |(f, counts), file, halt| {
        input.read_file(file, &mut |at, line| {
            if halt.now() {
                return Err(halted());
            }
            if consumed.fetch_add(1, Ordering::Relaxed) < skip {
                return Ok(());
            }
            let (item, delete) = match line {
                Line::Item(item) => (item, false),
                Line::Change(c) => {
                    let order = (c.micros, file as u32, at.line as u64);
                    match winning(&schema, winners.as_deref(), c, order) {
                        Some(write) => write,
                        None => {
                            counts.superseded += 1;
                            return Ok(());
                        }
                    }
                }
            };
            f.add(schema.key.key_string(&item), item, delete, counts);
            if f.block.items.len() + f.block.deletes.len() >= size {
                send(f, !parallel)?;
            }
            Ok(())
        })?;
        Ok(())
    })?;
    let mut counts = Counts::default();
    for (mut f, c) in states {
        counts.repeated += c.repeated;
        counts.superseded += c.superseded;
        if !f.block.items.is_empty() || !f.block.deletes.is_empty() {
            send(&mut f, !parallel)?;
        }
    }
    // The last position, durable once everything before it is.
    if !parallel && consumed.load(Ordering::Relaxed) > skip {
        let mut f = init().0;
        send(&mut f, true)?;
    }
    Ok(counts)
}

/// The second pass: writes the input's blocks, read on blocking threads while the last
/// one is written. Returns the requests acknowledged and what was not written, and why.
pub(crate) async fn write_input(
    ctx: &Context,
    target: Target<'_>,
    input: Arc<Input>,
    schema: &TableSchema,
    checked: &Checked,
    tracker: Option<&mut Tracker>,
) -> Result<(u64, Counts)> {
    let (tx, rx) = mpsc::channel(WRITE_QUEUE);
    let skip = tracker.as_ref().map_or(0, |t| t.checkpoint().input_items);
    // Checkpointed, progress is durable block by block: smaller blocks, in one order.
    let size = if tracker.is_some() {
        1_000
    } else {
        WRITE_BLOCK
    };
    let reading = Reading {
        input,
        schema: schema.clone(),
        winners: checked.winners.clone(),
        skip,
        size,
        parallel: tracker.is_none(),
    };
    let reader = tokio::task::spawn_blocking(move || read_blocks(reading, tx));
    let acknowledged = Arc::new(AtomicU64::new(0));
    let written = pipeline::write(ctx, target, rx, &acknowledged, tracker).await?;
    let counts = reader
        .await
        .map_err(|e| Error::Service(format!("the file reader failed: {e}")))??;
    Ok((written.items, counts))
}

/// [`check`] on a blocking thread (an export in S3 is read through the runtime).
pub(crate) async fn check_async(input: Arc<Input>, schema: TableSchema) -> Result<Checked> {
    tokio::task::spawn_blocking(move || check(&input, &schema))
        .await
        .map_err(|e| Error::Service(format!("the file reader failed: {e}")))?
}
