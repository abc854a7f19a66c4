//! `table copy --via-export s3://BUCKET/PREFIX SRC [DST]`: a point-in-time copy of a
//! live table through DynamoDB's own engine. A full export (no read capacity), restored
//! into the destination; then the writes since the export's time, from the source's
//! stream (when it carries new images) or an incremental export. The destination then
//! reflects the source as of one stated time.

use super::{CopyArgs, Ends};
use crate::commands::support::input;
use crate::commands::support::jobs::{self, iso, now_secs};
use crate::commands::support::pipeline::{self, Block, Target};
use crate::commands::support::s3_objects::S3Objects;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::objects::Objects;
use crate::files::read::{self, Format};
use crate::model::item::Item;
use crate::model::s3url::{self, S3Url};
use crate::model::schema::StreamView;
use crate::render::{Outcome, View};
use crate::store::dynamo::exports::ExportKind;
use crate::store::dynamo::streams::From;
use crate::store::dynamo::write::RetryPolicy;
use crate::store::s3::S3Store;
use crate::ui::interrupt;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

/// An incremental export covers at least 15 minutes and at most 24 hours.
const MIN_WINDOW: f64 = 15.0 * 60.0;
const MAX_WINDOW: f64 = 24.0 * 3600.0;

/// Stream records up to this far before the export's time are applied again (their
/// times are rounded; applying a write the export holds changes nothing).
const OVERLAP: f64 = 2.0;

#[derive(Serialize)]
struct ViaExport {
    source: String,
    source_target: String,
    destination: String,
    destination_target: String,
    created: bool,
    /// Where the full export is.
    export: String,
    /// The time the export is of.
    export_time: String,
    /// Items restored from it.
    restored: u64,
    /// `stream` or `incremental export`.
    catch_up: &'static str,
    /// Keys put or deleted by the catch-up.
    changes: u64,
    /// The destination holds the source as of this time.
    as_of: String,
    dry_run: bool,
}

impl Outcome for ViaExport {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.dry_run {
            writeln!(
                out,
                "would export {} at {} to {}, restore it into {} at {}{}, then catch up from the {}",
                self.source,
                self.source_target,
                self.export,
                self.destination,
                self.destination_target,
                if self.created { " (creating it)" } else { "" },
                self.catch_up
            )?;
            return Ok(());
        }
        writeln!(
            out,
            "copied {} from {} at {} to {} at {}{} via {} (as of {}), then {} from the {}",
            crate::model::words::count(self.restored, "item"),
            self.source,
            self.source_target,
            self.destination,
            self.destination_target,
            if self.created { " (created it)" } else { "" },
            self.export,
            self.export_time,
            crate::model::words::count(self.changes, "change"),
            self.catch_up
        )?;
        writeln!(
            out,
            "{} reflects {} as of {}",
            self.destination, self.source, self.as_of
        )?;
        Ok(())
    }
}

/// Whether the source's stream can carry the catch-up: it has one with new images.
fn stream_carries_images(e: &Ends) -> bool {
    matches!(
        e.info.schema.stream,
        Some(StreamView::NewImage | StreamView::NewAndOldImages)
    )
}

/// The export at `location`, opened on a blocking thread.
async fn open(s3: &S3Store, location: &S3Url) -> Result<read::Input> {
    let objects: Arc<dyn Objects> = Arc::new(S3Objects::new(s3.clone(), location.clone()));
    tokio::task::spawn_blocking(move || read::open_export(objects))
        .await
        .map_err(|e| Error::Service(format!("the export reader failed: {e}")))?
}

/// Writes the export (or incremental export) at `location` into the destination;
/// returns the items or changes written.
async fn apply(
    ctx: &Context,
    e: &Ends,
    s3: &S3Store,
    location: &S3Url,
    policy: &RetryPolicy,
    changes: bool,
) -> Result<u64> {
    let input = open(s3, location).await?;
    if changes && input.format != Format::ChangeLines {
        return Err(Error::Usage(format!(
            "{location} holds {}, not an incremental export's changes (moto writes a full dump for an incremental export)",
            input.format.describe()
        )));
    }
    let schema = e.existing.clone().unwrap_or_else(|| e.info.schema.clone());
    let input = Arc::new(input);
    let checked = input::check_async(input.clone(), schema.clone()).await?;
    let label = format!("restore {}", e.destination);
    let total = if changes {
        checked.puts + checked.deletes
    } else {
        checked.lines
    };
    let target = Target {
        label: &label,
        store: &e.dst,
        table: &e.destination,
        policy: policy.clone(),
        total: Some(total),
        resume: "run the same copy again (it attaches to the same export within 8 hours)",
    };
    let (written, _) = input::write_input(ctx, target, input, &schema, &checked, None).await?;
    if written != total {
        return Err(Error::Incomplete(format!(
            "{location}: {total} to write into {}, {written} written",
            e.destination
        ))
        .with_hint("run the same copy again"));
    }
    Ok(written)
}

/// Exports (or attaches to the export of) `kind` and waits for it; returns where it is
/// and the time it is of.
async fn export(
    ctx: &Context,
    e: &Ends,
    s3: &S3Store,
    url: &S3Url,
    kind: ExportKind,
) -> Result<(S3Url, f64)> {
    let arn =
        e.info.arn.clone().ok_or_else(|| {
            Error::Service(format!("DynamoDB did not say the ARN of {}", e.source))
        })?;
    let incremental = matches!(kind, ExportKind::Incremental { .. });
    let started = jobs::start_export(&e.src, s3, &arn, url, kind, false).await?;
    ctx.note(format!(
        "{} {} export {} of {} (Ctrl-C stops waiting; the export goes on)",
        if started.attached {
            "attached to the"
        } else {
            "waiting for"
        },
        if incremental { "incremental" } else { "full" },
        started.arn,
        e.source
    ));
    let again = "the same copy";
    let done = jobs::wait_export(
        ctx,
        &e.src,
        &started.arn,
        &format!("export {}", e.source),
        again,
    )
    .await?;
    let location = jobs::export_location(s3, &started).await?.ok_or_else(|| {
        Error::NotFound(format!(
            "the export {} finished, but its folder under {url}/AWSDynamoDB/ could not be told",
            started.arn
        ))
        .with_hint(format!(
            "restore it by hand: `cruddur-ddb table restore {url}/AWSDynamoDB/<export id> {}`",
            e.destination
        ))
    })?;
    let time = if incremental {
        done.to_time.unwrap_or(started.asked)
    } else {
        done.export_time
            .or(done.start_time)
            .unwrap_or(started.asked)
    };
    Ok((location, time))
}

/// The writes since `from`, from the source's stream: every record from the oldest it
/// keeps, the last one per key with a time in `[from - OVERLAP, cut)`, where `cut` is
/// the moment the catch-up began (less a margin for the stream's lag against AWS).
/// Returns `cut` and the keys written; `None` when the stream began after `from` (it
/// lacks some writes).
async fn by_stream(
    ctx: &Context,
    e: &Ends,
    from: f64,
    policy: &RetryPolicy,
) -> Result<Option<(f64, u64)>> {
    let mut stream = e.src.stream(&e.source).await?;
    if stream.created().is_some_and(|c| c > from) {
        return Ok(None);
    }
    // The cut is a whole second, no earlier than the export's time (the destination
    // holds the export already); the stream must hold every write before it, so the
    // reading waits until the cut (plus the stream's lag against AWS) has passed.
    let lag = if ctx.settings.is_local() { 0.0 } else { 2.0 };
    let cut = (now_secs() - lag).max(from).ceil();
    let settle = cut + lag - now_secs();
    if settle > 0.0 {
        tokio::time::sleep(std::time::Duration::from_secs_f64(settle)).await;
    }
    stream.start(BTreeMap::new(), From::TrimHorizon, true);
    let mut last: HashMap<String, (Item, bool)> = HashMap::new();
    let key = &e.info.schema.key;
    let _interrupts = interrupt::take_over();
    loop {
        let batch = tokio::select! {
            b = stream.read_available() => b?,
            _ = interrupt::interrupted() => return Err(Error::Stopped(
                "interrupted while reading the source's stream; run the same copy again".into(),
            )),
        };
        for r in batch.records {
            let at = r.at.unwrap_or(from);
            if at >= cut {
                continue;
            }
            if at < from - OVERLAP {
                continue;
            }
            let k = key.key_string(&r.keys);
            match (r.event.as_str(), r.new_image) {
                ("REMOVE", _) => last.insert(k, (r.keys, true)),
                (_, Some(image)) => last.insert(k, (image, false)),
                (_, None) => {
                    return Err(Error::Usage(format!(
                        "a {} record of {}'s stream has no new image",
                        r.event, e.source
                    )));
                }
            };
        }
        stream.commit();
        if batch.caught_up {
            break;
        }
    }
    let changes = write_last(ctx, e, policy, last).await?;
    Ok(Some((cut, changes)))
}

/// The last write of each key (`(image, false)`, or `(keys, true)` to delete) into the
/// destination; returns how many.
async fn write_last(
    ctx: &Context,
    e: &Ends,
    policy: &RetryPolicy,
    last: HashMap<String, (Item, bool)>,
) -> Result<u64> {
    let (mut puts, mut deletes) = (Vec::new(), Vec::new());
    for (_, (item, delete)) in last {
        if delete {
            deletes.push(item);
        } else {
            puts.push(item);
        }
    }
    let changes = (puts.len() + deletes.len()) as u64;
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tx.send(Block {
        items: puts,
        deletes,
        ..Default::default()
    })
    .await
    .map_err(|_| Error::Service("the writer stopped".into()))?;
    drop(tx);
    let label = format!("catch up {}", e.destination);
    let target = Target {
        label: &label,
        store: &e.dst,
        table: &e.destination,
        policy: policy.clone(),
        total: Some(changes),
        resume: "run the same copy again",
    };
    let written = pipeline::write(ctx, target, rx, &Arc::new(AtomicU64::new(0)), None).await?;
    if written.items != changes {
        return Err(Error::Incomplete(format!(
            "{changes} changes from the stream to write into {}, {} written",
            e.destination, written.items
        ))
        .with_hint("run the same copy again"));
    }
    Ok(changes)
}

/// The writes since `from` by an incremental export, once DynamoDB's 15 minutes have
/// passed (it waits until then, saying so).
async fn by_incremental(
    ctx: &Context,
    e: &Ends,
    s3: &S3Store,
    url: &S3Url,
    from: f64,
    policy: &RetryPolicy,
) -> Result<(f64, u64)> {
    let ready = from + MIN_WINDOW;
    let wait = ready + 1.0 - now_secs();
    if wait > 0.0 {
        ctx.note(format!(
            "an incremental export covers at least 15 minutes: waiting until {} to catch up (Ctrl-C stops; the destination then holds the export's time)",
            iso(ready + 1.0)
        ));
        let _interrupts = interrupt::take_over();
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs_f64(wait)) => {}
            _ = interrupt::interrupted() => return Err(Error::Stopped(format!(
                "interrupted: {} holds {} as of {}; run the same copy again to catch up",
                e.destination, e.source, iso(from)
            ))),
        }
    }
    let to = (now_secs() - 1.0).floor().min(from + MAX_WINDOW);
    let kind = ExportKind::Incremental {
        from,
        to: Some(to),
        new_and_old: false,
    };
    let (location, to) = export(ctx, e, s3, url, kind).await?;
    let changes = apply(ctx, e, s3, &location, policy, true).await?;
    Ok((to, changes))
}

pub(super) async fn run(args: &CopyArgs, raw: &str, e: Ends, ctx: &mut Context) -> Result<()> {
    let url = s3url::parse(raw).map_err(|err| {
        Error::Usage(err).with_hint("write the export's place as s3://BUCKET/PREFIX")
    })?;
    let s3 = ctx.s3().await?;
    s3.check_bucket(&url.bucket).await?;
    let create = e.existing.is_none();
    let destination_target = if e.dst.label() == e.src.label() {
        e.dst.label().to_string()
    } else {
        e.dst_settings.target_with_identity()
    };
    let mut outcome = ViaExport {
        source: e.source.clone(),
        source_target: e.src.label().to_string(),
        destination: e.destination.clone(),
        destination_target,
        created: create,
        export: url.to_string(),
        export_time: String::new(),
        restored: 0,
        catch_up: if stream_carries_images(&e) {
            "stream"
        } else {
            "incremental export"
        },
        changes: 0,
        as_of: String::new(),
        dry_run: args.dry_run,
    };
    if args.dry_run {
        return ctx.emit(&outcome);
    }
    let action = format!("copy {} into table {}", e.source, e.destination);
    ctx.confirm_write_at(&e.dst_settings, &action, &e.destination, args.yes.yes)?;
    jobs::ensure_pitr(ctx, &e.src, &e.source, args.enable_pitr, args.yes.yes).await?;
    if create {
        let mut schema = e.info.schema.clone();
        schema.name = e.destination.clone();
        pipeline::create_table(ctx, &e.dst, &schema).await?;
    }
    let billing = e.existing.as_ref().unwrap_or(&e.info.schema).billing;
    let pace = crate::commands::support::capacity::writes(&args.write, billing, &e.dst_settings);
    let policy = RetryPolicy {
        pacer: pace.as_ref().map(|p| p.pacer.clone()),
        ..RetryPolicy::default()
    };
    let (location, t0) = export(ctx, &e, &s3, &url, ExportKind::Full { at: None }).await?;
    outcome.export = location.to_string();
    outcome.export_time = iso(t0);
    outcome.restored = apply(ctx, &e, &s3, &location, &policy, false).await?;
    let streamed = if stream_carries_images(&e) {
        let r = by_stream(ctx, &e, t0, &policy).await?;
        if r.is_none() {
            ctx.note(format!(
                "note: {}'s stream was turned on after the export's time; catching up by an incremental export instead",
                e.source
            ));
        }
        r
    } else {
        None
    };
    let (as_of, changes) = match streamed {
        Some(r) => r,
        None => {
            outcome.catch_up = "incremental export";
            by_incremental(ctx, &e, &s3, &url, t0, &policy).await?
        }
    };
    outcome.changes = changes;
    outcome.as_of = iso(as_of);
    pipeline::pace_notes(ctx, None, pace.as_ref());
    ctx.emit(&outcome)
}
