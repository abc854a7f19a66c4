//! DynamoDB's own long jobs (exports to S3, imports from S3), as the leaves run them:
//! the checks before starting (the bucket, point-in-time recovery), the start (which
//! attaches to the same request's export after a crash), the wait with progress, and
//! where the export landed.

use crate::context::Context;
use crate::error::{Error, Fact, Result};
use crate::model::s3url::S3Url;
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::exports::{
    ExportKind, ExportProgress, ExportRequest, ImportProgress, JobState, export_token,
};
use crate::store::s3::S3Store;
use crate::ui::interrupt;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// How long a wait goes on before it gives up (the job goes on in DynamoDB).
const WAIT_LIMIT: Duration = Duration::from_secs(12 * 3600);

/// Polls at most this far apart: against AWS an export takes minutes, a local stand-in
/// seconds.
fn poll_every(ctx: &Context) -> Duration {
    if ctx.settings.is_local() {
        Duration::from_secs(1)
    } else {
        Duration::from_secs(10)
    }
}

pub(crate) fn now_secs() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// `2026-12-01T10:00:00Z`
pub(crate) fn iso(secs: f64) -> String {
    chrono::DateTime::from_timestamp(secs.floor() as i64, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| format!("{secs} s"))
}

fn elapsed(since: Instant) -> String {
    let s = since.elapsed().as_secs();
    if s >= 60 {
        format!("{}m {:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

/// Makes sure `table` has point-in-time recovery, which an export needs: with
/// `enable`, turns it on (asking first, as any write to this target does).
pub(crate) async fn ensure_pitr(
    ctx: &mut Context,
    store: &DynamoStore,
    table: &str,
    enable: bool,
    yes: bool,
) -> Result<()> {
    if store.pitr_enabled(table).await? {
        return Ok(());
    }
    if !enable {
        return Err(Error::Store(
            Fact::PitrOff,
            format!(
                "point-in-time recovery is off for {table} at {}; an export to S3 needs it",
                store.label()
            ),
        ));
    }
    ctx.confirm_write(
        &format!("turn on point-in-time recovery for table {table}"),
        table,
        yes,
    )?;
    store.enable_pitr(table).await?;
    ctx.note(format!(
        "turned on point-in-time recovery for {table} (billed per GB-month of the table)"
    ));
    Ok(())
}

/// An export started (or attached to).
#[derive(Debug, Clone)]
pub(crate) struct Started {
    pub(crate) arn: String,
    /// It was started by an earlier run of the same request (the same ClientToken).
    pub(crate) attached: bool,
    /// The export folders under the prefix before it started.
    before: BTreeSet<String>,
    pub(crate) url: S3Url,
    /// When this run asked for it (a full export without --at is of about then).
    pub(crate) asked: f64,
}

/// The export folders (`AWSDynamoDB/<id>`) under `url`.
async fn folders(s3: &S3Store, url: &S3Url) -> Result<BTreeSet<String>> {
    let base = url.join("AWSDynamoDB");
    let prefix = format!("{}/", base.prefix);
    Ok(s3
        .list(&base)
        .await?
        .into_iter()
        .filter_map(|o| {
            let rest = o.key.strip_prefix(&prefix)?;
            rest.split_once('/').map(|(id, _)| id.to_string())
        })
        .collect())
}

/// Starts an export of `table_arn` to `url` (whose bucket the caller checked before
/// changing anything), or attaches to the one the same request started within
/// DynamoDB's 8 hours; `new` starts another.
pub(crate) async fn start_export(
    store: &DynamoStore,
    s3: &S3Store,
    table_arn: &str,
    url: &S3Url,
    kind: ExportKind,
    new: bool,
) -> Result<Started> {
    let before = folders(s3, url).await?;
    let mut request = ExportRequest {
        table_arn: table_arn.to_string(),
        bucket: url.bucket.clone(),
        prefix: url.prefix.clone(),
        kind,
        token: String::new(),
    };
    let salt = if new {
        format!("{:016x}", rand::random::<u64>())
    } else {
        String::new()
    };
    request.token = export_token(&request, &salt);
    let asked = now_secs();
    let (arn, started) = store.start_export(&request).await?;
    Ok(Started {
        arn,
        attached: started.is_some_and(|t| t < asked - 60.0),
        before,
        url: url.clone(),
        asked,
    })
}

/// Waits for an export with a progress line; Ctrl-C stops waiting (the export goes on).
pub(crate) async fn wait_export(
    ctx: &Context,
    store: &DynamoStore,
    arn: &str,
    label: &str,
    again: &str,
) -> Result<ExportProgress> {
    let mut bar = ctx.progress();
    let since = Instant::now();
    let _interrupts = interrupt::take_over();
    let waiting = store.wait_export(arn, poll_every(ctx), WAIT_LIMIT, |p| {
        bar.update(|| {
            let mut line = format!("{label}: {}, {}", state_word(&p.state), elapsed(since));
            if let Some(n) = p.items {
                line += &format!(", {}", crate::model::words::count(n.max(0) as u64, "item"));
            }
            if let Some(b) = p.bytes {
                line += &format!(", {b} bytes");
            }
            line
        })
    });
    tokio::select! {
        done = waiting => done,
        _ = interrupt::interrupted() => Err(Error::Stopped(format!(
            "stopped waiting for {arn}; the export goes on in DynamoDB: `{again}` waits for it again"
        ))),
    }
}

/// Waits for an import with a progress line; Ctrl-C stops waiting (the import goes on).
pub(crate) async fn wait_import(
    ctx: &Context,
    store: &DynamoStore,
    arn: &str,
    label: &str,
) -> Result<ImportProgress> {
    let mut bar = ctx.progress();
    let since = Instant::now();
    let _interrupts = interrupt::take_over();
    let waiting = store.wait_import(arn, poll_every(ctx), WAIT_LIMIT, |p| {
        bar.update(|| {
            format!(
                "{label}: {}, {}, {} processed, {} imported, {} errors",
                state_word(&p.state),
                elapsed(since),
                p.processed,
                p.imported,
                p.errors
            )
        })
    });
    tokio::select! {
        done = waiting => done,
        _ = interrupt::interrupted() => Err(Error::Stopped(format!(
            "stopped waiting for {arn}; the import goes on in DynamoDB (`aws dynamodb describe-import --import-arn {arn}` shows it)"
        ))),
    }
}

fn state_word(s: &JobState) -> &'static str {
    match s {
        JobState::InProgress => "IN_PROGRESS",
        JobState::Completed => "COMPLETED",
        JobState::Failed { .. } => "FAILED",
    }
}

/// Where a finished export's files are: `AWSDynamoDB/<id>` named by its ARN, else (a
/// stand-in whose folder is not the ARN's id) the one folder that appeared since it
/// started; `None` when that cannot be told.
pub(crate) async fn export_location(s3: &S3Store, started: &Started) -> Result<Option<S3Url>> {
    let now = folders(s3, &started.url).await?;
    let id = started.arn.rsplit('/').next().unwrap_or_default();
    let base = started.url.join("AWSDynamoDB");
    if now.contains(id) {
        return Ok(Some(base.join(id)));
    }
    let new: Vec<&String> = now.difference(&started.before).collect();
    Ok(match new.as_slice() {
        [one] => Some(base.join(one)),
        _ => None,
    })
}
