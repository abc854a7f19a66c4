//! `cruddur-ddb table copy SRC [DST] --to-...`: every item of a table on this target
//! into a table on another (prod to DynamoDB Local, typically), reading and writing at
//! once, paced against provisioned capacity.

use super::table_or_default;
use crate::args::{
    AnonymizeArgs, OtherTargetArgs, ReadCapacityArgs, TableArg, TableName, WriteCapacityArgs,
    YesArg,
};
use crate::commands::support::capacity;
use crate::commands::support::checkpoint::{self, JobArgs, Plan, Tracker, plan_scan};
use crate::commands::support::pipeline::{self, Blocks, Shown, Target};
use crate::commands::support::rewrite::{self, Rewrite, Rewritten};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::checkpoint::Job;
use crate::model::schema::TableSchema;
use crate::render::{Outcome, OutputFormat, View};
use crate::settings::Settings;
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::ScanSpec;
use crate::store::dynamo::tables::TableInfo;
use crate::store::dynamo::write::RetryPolicy;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

mod users;
mod via_export;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

/// Items handed to the batched writer at a time (the scan keeps reading meanwhile).
const CHUNK: usize = 2_000;

fn copy_help() -> String {
    format!(
        "The source is this run's target (--env, --endpoint-url, ...). {}\n\
Typically: `cruddur-ddb --env prod table copy cruddur-messages --create`.\n\
Reads with a parallel scan (paced to 50% of a provisioned prod table's read capacity by \
default) while the batched, retrying writer writes; every item is written once (puts: a \
re-run overwrites). A partial copy exits 7 with the counts. A destination that is not \
local asks for the table name (or --yes).",
        crate::args::OTHER_TARGET_HELP
    )
}

#[derive(Debug, Args)]
#[command(
    after_help = copy_help()
)]
pub struct CopyArgs {
    /// The source table [default: --table]
    #[command(flatten)]
    pub table: TableArg,
    /// The destination table [default: the source's name]
    #[arg(value_name = "DST", value_parser = crate::args::table_name_parser())]
    pub dst: Option<TableName>,
    #[command(flatten)]
    pub to: OtherTargetArgs,
    /// Create the destination from the source's description (keys, indexes, billing,
    /// stream) when it does not exist
    #[arg(long)]
    pub create: bool,
    /// Say what would be created and copied, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub read: ReadCapacityArgs,
    #[command(flatten)]
    pub write: WriteCapacityArgs,
    /// Read with N parallel segments (needed with --worker) [default: automatic]
    #[arg(long, value_name = "N", value_parser = crate::args::segments)]
    pub segments: Option<u32>,
    #[command(flatten)]
    pub(crate) job: JobArgs,
    /// Copy through DynamoDB's own engine: a full export to this S3 prefix (no read
    /// capacity), restored into DST, then the writes since, from SRC's stream or an
    /// incremental export; DST then reflects SRC as of one stated time
    #[arg(long, value_name = "s3://BUCKET/PREFIX", conflicts_with_all = ["segments", "checkpoint", "worker"])]
    pub via_export: Option<String>,
    /// With --via-export: turn SRC's point-in-time recovery on first if it is off (an
    /// export needs it); asks as other writes to SRC's target do
    #[arg(long, requires = "via_export")]
    pub enable_pitr: bool,
    #[command(flatten)]
    pub anonymize: AnonymizeArgs,
    /// Copy the Postgres users the copied rows name too, under their uuids (as their
    /// pseudonyms with --anonymize), in one transaction
    #[arg(long)]
    pub with_users: bool,
    /// With --with-users: the source's Postgres [default: CONNECTION_URL, or
    /// PROD_CONNECTION_URL with --env prod]
    #[arg(long, value_name = "URL")]
    pub from_postgres: Option<String>,
    /// With --with-users: the destination's Postgres [default: dev's CONNECTION_URL]
    #[arg(long, value_name = "URL")]
    pub to_postgres: Option<String>,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Copied {
    source: String,
    source_target: String,
    destination: String,
    destination_target: String,
    created: bool,
    read: u64,
    written: u64,
    seconds: f64,
    dry_run: bool,
    anonymized: bool,
    /// With --with-users: what was done to the destination's users.
    #[serde(skip_serializing_if = "Option::is_none")]
    users: Option<users::UsersCopied>,
    #[serde(skip)]
    estimate: Option<i64>,
    /// `resumed from checkpoint F (...)`, when this run went on from an earlier one.
    #[serde(skip_serializing_if = "Option::is_none")]
    resumed: Option<String>,
}

impl Outcome for Copied {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.dry_run {
            let about = self
                .estimate
                .map(|n| format!("about {n} items"))
                .unwrap_or_else(|| "every item".into());
            writeln!(
                out,
                "would {}copy {about}{} from {} at {} to {} at {}",
                if self.created {
                    "create the destination and "
                } else {
                    ""
                },
                if self.anonymized { ", anonymized," } else { "" },
                self.source,
                self.source_target,
                self.destination,
                self.destination_target
            )?;
            if let Some(u) = &self.users {
                writeln!(out, "would copy the users they name into {}", u.destination)?;
            }
            return Ok(());
        }
        writeln!(
            out,
            "copied {}{} from {} at {} to {} at {}{} in {:.2} s (read {}, written {}){}",
            crate::model::words::count(self.written, "item"),
            if self.anonymized { ", anonymized," } else { "" },
            self.source,
            self.source_target,
            self.destination,
            self.destination_target,
            if self.created { " (created it)" } else { "" },
            self.seconds,
            self.read,
            self.written,
            crate::commands::support::checkpoint::resumed_suffix(self.resumed.as_deref())
        )?;
        if let Some(u) = &self.users {
            writeln!(
                out,
                "users: {} copied and {} updated in {}{}",
                u.copied,
                u.updated,
                u.destination,
                if self.anonymized {
                    ", as pseudonyms"
                } else {
                    ""
                }
            )?;
        }
        Ok(())
    }
}

/// Both ends of a copy, resolved and checked.
struct Ends {
    source: String,
    destination: String,
    src: DynamoStore,
    dst: DynamoStore,
    dst_settings: Settings,
    info: TableInfo,
    /// The destination's schema when it exists (else it is created from the source's).
    existing: Option<TableSchema>,
}

/// Resolves where B lives and checks both tables: the source exists, the destination
/// exists keyed alike (or may be created), and they are not the same table.
async fn ends(args: &CopyArgs, ctx: &Context) -> Result<Ends> {
    let source = table_or_default(ctx, args.table.name.clone());
    let destination = args
        .dst
        .clone()
        .map(|d| d.0)
        .unwrap_or_else(|| source.clone());
    let dst_settings = ctx.other_target(&args.to.flags())?;
    let src = ctx.dynamo().await?;
    let dst = DynamoStore::connect(&dst_settings).await?;
    if src.label() == dst.label() && source == destination {
        return Err(Error::Usage(format!(
            "the source and the destination are both {source} at {}",
            src.label()
        ))
        .with_hint("name another DST, or aim B elsewhere with --to-endpoint"));
    }
    let info = src.require_table(&source).await?;
    let existing = dst.describe_table(&destination).await?.map(|d| d.schema);
    match &existing {
        Some(d) if d.key != info.schema.key => {
            return Err(Error::Conflict(format!(
                "{destination} at {} is keyed on {}, {source} on {}",
                dst.label(),
                d.key.describe_types(),
                info.schema.key.describe_types()
            ))
            .with_hint("copy into another table"));
        }
        None if !args.create => {
            return Err(
                crate::store::dynamo::tables::missing_table(&destination, dst.label()).with_hint(
                    format!("pass --create to create it from {source}'s description"),
                ),
            );
        }
        _ => {}
    }
    Ok(Ends {
        source,
        destination,
        src,
        dst,
        dst_settings,
        info,
        existing,
    })
}

/// What a dry run would do: the table to create, if any.
fn describe_creation(ctx: &Context, e: &Ends) {
    let schema = &e.info.schema;
    ctx.note(format!(
        "would create {} at {}: keys {}, {}, stream {}",
        e.destination,
        e.dst.label(),
        schema.key.describe_types(),
        crate::model::words::count(schema.indexes.len() as u64, "index"),
        schema.stream.map(|s| s.as_str()).unwrap_or("none")
    ));
}

/// Reads the source and writes the destination at once: the scan hands blocks to the
/// writer, which drains them while the scan goes on.
async fn transfer(
    ctx: &Context,
    e: &Ends,
    spec: ScanSpec,
    policy: RetryPolicy,
    tracker: Option<&mut Tracker>,
    rewrite: &mut Rewrite,
) -> Result<(u64, u64)> {
    let total = e.info.item_count.map(|n| n.max(0) as u64);
    // Checkpointed, progress is durable block by block: smaller blocks keep it close.
    let size = if tracker.is_some() { CHUNK / 4 } else { CHUNK };
    let (mut blocks, rx) = Blocks::channel(size, 2);
    let read = AtomicU64::new(0);
    let acknowledged = Arc::new(AtomicU64::new(0));
    let reading = async {
        let shown = Shown {
            label: &e.source,
            total,
            progress: crate::ui::progress::Progress::new(None),
        };
        let mut sink = Rewritten {
            inner: &mut blocks,
            rewrite,
        };
        let totals = pipeline::scan(&e.src, spec, &mut sink, shown, &read, None).await;
        // The writer sees the end (or the rest) of what was read either way.
        let closed = blocks.close().await;
        totals.and(closed)
    };
    let resume = "run the same copy again to finish (puts overwrite)";
    let label = format!("copy {}", e.source);
    let target = Target {
        label: &label,
        store: &e.dst,
        table: &e.destination,
        policy,
        total,
        resume,
    };
    let writing = pipeline::write(ctx, target, rx, &acknowledged, tracker);
    let (read_result, write_result) = tokio::join!(reading, writing);
    let (r, w) = (
        read.load(Ordering::Relaxed),
        acknowledged.load(Ordering::Relaxed),
    );
    match (read_result, write_result) {
        (Ok(_), Ok(_)) => Ok((r, w)),
        (Err(Error::Stopped(_)), _) | (_, Err(Error::Stopped(_))) => Err(Error::Stopped(format!(
            "interrupted after reading {r} and writing {w} items of {} (batches in flight may also have landed); {resume}",
            e.source
        ))),
        (Err(err), _) if r == 0 => Err(err),
        (Err(err), _) => Err(Error::Incomplete(format!(
            "reading {} stopped after {r} items ({w} written to {}): {err}",
            e.source, e.destination
        ))
        .with_hint(resume)),
        (Ok(_), Err(err)) => Err(err),
    }
}

/// What a copy does to each item, and the users databases it carries them between;
/// every bad flag and unreachable database is refused here, before anything is written.
async fn prepare(
    args: &CopyArgs,
    ctx: &Context,
    e: &Ends,
) -> Result<(Rewrite, Option<String>, Option<users::Databases>)> {
    let checkpointed = args.job.checkpoint.is_some();
    let (mut rewrite, transform) =
        rewrite::for_job(ctx, &args.anonymize, &e.info.schema.key, checkpointed)?;
    if args.with_users && args.job.checkpoint.is_some() {
        return Err(Error::Usage(
            "--with-users gathers the users from every row it reads, so it cannot go on from a --checkpoint".into(),
        )
        .with_hint("copy without --checkpoint (puts overwrite, so a re-run is safe)"));
    }
    let databases = users::prepare(args, ctx, &e.dst_settings).await?;
    rewrite.users = databases.as_ref().map(|_| Default::default());
    if let (Some(db), Some(anon)) = (&databases, rewrite.anonymizer.as_mut()) {
        db.teach(anon).await?;
    }
    Ok((rewrite, transform, databases))
}

/// How the copy reads: the pace, the scan, and the checkpointed job (`None` to run
/// without one; `Err(done)` when the checkpoint says the job is complete).
struct Reading {
    read_pace: Option<capacity::Pace>,
    spec: ScanSpec,
    plan: Plan,
}

async fn reading(
    args: &CopyArgs,
    ctx: &Context,
    e: &Ends,
    transform: Option<String>,
) -> Result<Reading> {
    let read_pace = capacity::read_pace(ctx, &e.src, &e.source, &args.read).await?;
    let mut spec = pipeline::scan_of(&ctx.settings, &e.source, read_pace.as_ref());
    spec.segments = args.segments;
    let job = Job {
        command: "table copy".into(),
        source: format!("{} at {}", e.source, e.src.label()),
        destination: format!("{} at {}", e.destination, e.dst.label()),
        segments: 0,
        worker: None,
        format: None,
        transform,
    };
    let plan = plan_scan(&e.src, &mut spec, job, &args.job, args.segments).await?;
    Ok(Reading {
        read_pace,
        spec,
        plan,
    })
}

pub(crate) async fn run(args: CopyArgs, ctx: &mut Context) -> Result<()> {
    let e = ends(&args, ctx).await?;
    if let Some(raw) = &args.via_export {
        if args.anonymize.anonymize || args.with_users {
            return Err(Error::Usage(
                "--anonymize and --with-users change or read each item on the way, and --via-export copies what DynamoDB exported".into(),
            )
            .with_hint("drop --via-export to copy with a scan"));
        }
        return via_export::run(&args, raw, e, ctx).await;
    }
    let (mut rewrite, transform, databases) = prepare(&args, ctx, &e).await?;
    let create = e.existing.is_none();
    // A destination elsewhere is named with the key and region it is written with.
    let destination_target = if e.dst.label() == e.src.label() {
        e.dst.label().to_string()
    } else {
        e.dst_settings.target_with_identity()
    };
    let mut outcome = Copied {
        source: e.source.clone(),
        source_target: e.src.label().to_string(),
        destination: e.destination.clone(),
        destination_target,
        created: create,
        read: 0,
        written: 0,
        seconds: 0.0,
        dry_run: args.dry_run,
        anonymized: rewrite.anonymizer.is_some(),
        users: databases.as_ref().map(|d| users::UsersCopied {
            destination: d.destination().to_string(),
            ..Default::default()
        }),
        estimate: e.info.item_count,
        resumed: None,
    };
    if args.dry_run {
        if create {
            describe_creation(ctx, &e);
        }
        return ctx.emit(&outcome);
    }
    // The destination's guard, not this run's: ask with its name and target.
    let action = format!("copy {} into table {}", e.source, e.destination);
    ctx.confirm_write_at(&e.dst_settings, &action, &e.destination, args.yes.yes)?;
    if create {
        let mut schema = e.info.schema.clone();
        schema.name = e.destination.clone();
        pipeline::create_table(ctx, &e.dst, &schema).await?;
    }
    let reading = reading(&args, ctx, &e, transform).await?;
    if !copy_items(&args, ctx, &e, reading, &mut rewrite, &mut outcome).await? {
        return Ok(());
    }
    if let Some(db) = &databases {
        let named = rewrite.users.take().unwrap_or_default();
        let done = db.carry(&named, rewrite.anonymizer.as_mut()).await?;
        if done.missing > 0 {
            ctx.note(format!(
                "note: {} the rows name {} not in the source's Postgres (doctor reports them as missing users)",
                crate::model::words::count(done.missing, "user"),
                if done.missing == 1 { "is" } else { "are" }
            ));
        }
        outcome.users = Some(done);
    }
    ctx.emit(&outcome)
}

/// Reads the source and writes the destination, checkpointed when asked; fills in the
/// outcome's counts and time. `false`: the checkpoint says the job was complete already
/// (and that is said).
async fn copy_items(
    args: &CopyArgs,
    ctx: &Context,
    e: &Ends,
    reading: Reading,
    rewrite: &mut Rewrite,
    outcome: &mut Copied,
) -> Result<bool> {
    let Reading {
        read_pace,
        spec,
        plan,
    } = reading;
    let billing = e.existing.as_ref().unwrap_or(&e.info.schema).billing;
    let write_pace = capacity::writes(&args.write, billing, &e.dst_settings);
    let policy = RetryPolicy {
        pacer: write_pace.as_ref().map(|p| p.pacer.clone()),
        ..RetryPolicy::default()
    };
    let mut tracker = match plan {
        Plan::Run(t) => t,
        Plan::Done(path, cp) => return super::restore::finished(ctx, &path, &cp).map(|()| false),
    };
    let started = Instant::now();
    (outcome.read, outcome.written) =
        transfer(ctx, e, spec, policy, tracker.as_deref_mut(), rewrite).await?;
    outcome.seconds = started.elapsed().as_secs_f64();
    if let Some(t) = tracker.as_deref_mut() {
        t.finish(None)?;
    }
    outcome.resumed = checkpoint::resumed_note(tracker.as_deref());
    if outcome.written != outcome.read {
        return Err(Error::Incomplete(format!(
            "read {} items of {} but wrote {} to {}",
            outcome.read, e.source, outcome.written, e.destination
        ))
        .with_hint("run the same copy again"));
    }
    pipeline::pace_notes(ctx, read_pace.as_ref(), write_pace.as_ref());
    Ok(true)
}
