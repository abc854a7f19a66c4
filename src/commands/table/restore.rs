//! `cruddur-ddb table restore FILE [NAME]`: write the items of a backup, an export (a
//! folder, or S3) or another AWS tool's file into a table; or apply an incremental
//! export's changes onto one.
//!
//! Two streaming passes ([`crate::commands::support::input`]): the first checks
//! everything and writes nothing; the second reads blocks while the previous block is
//! being written.

use super::table_or_default;
use crate::args::{TableName, YesArg};
use crate::commands::support::capacity;
use crate::commands::support::checkpoint::{self, Opened};
use crate::commands::support::input::{self, Checked, Counts};
use crate::commands::support::pipeline::{self, Target};
use crate::commands::support::s3_objects::S3Objects;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::objects::Objects;
use crate::files::read::{self, Format, Input};
use crate::model::checkpoint::{Checkpoint, Job};
use crate::model::s3url;
use crate::model::schema::TableSchema;
use crate::model::words::count;
use crate::render::{Outcome, OutputFormat, View};
use crate::settings::Source;
use crate::store::dynamo::write::RetryPolicy;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(after_help = "Reads, detected automatically (gzipped or not):
  typed DynamoDB JSON lines   `table scan -o ddb-json`, `table drop --backup`
  DynamoDB S3 exports         a folder with AWSDynamoDB/<id>/manifest-summary.json, or one data file
                              s3://BUCKET/PREFIX[/AWSDynamoDB/<id>] (several: name one)
  incremental exports         their changes are applied onto the table: the latest write
                              of each key wins (NewImage put, Keys alone deleted)
  aws dynamodb scan/query     their JSON output, pages concatenated
  batch-write-item files      {\"<table>\": [{\"PutRequest\": {\"Item\": ...}}]}
  plain JSON (--plain)        `table scan` and `-o json` output, types inferred
Every item is checked against the table's keys and DynamoDB's limits, and every data file \
of an export against its manifest's item count and MD5, before anything is written. Items \
with the same keys are overwritten.")]
pub struct RestoreArgs {
    /// The file, export folder or s3://BUCKET/PREFIX to read (`-` reads stdin)
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    pub file: PathBuf,
    /// The table to write into [default: the table a backup or export records, else
    /// --table]
    #[arg(value_name = "NAME", value_parser = crate::args::table_name_parser(), add = clap_complete::ArgValueCompleter::new(crate::complete::table_names))]
    pub name: Option<crate::args::TableName>,
    /// Create the table from the description the file records (backups and exports
    /// made by this tool), when it does not exist
    #[arg(long)]
    pub create: bool,
    /// Accept plain JSON, inferring types: numbers become N, strings S, arrays L,
    /// objects M (sets and binary cannot be told apart from lists and strings)
    #[arg(long)]
    pub plain: bool,
    /// Check every item and say what would be written (and created), writing nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Keep the position in the input in FILE: a killed restore run again with the same
    /// FILE goes on from there
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,
    #[command(flatten)]
    pub capacity: crate::args::WriteCapacityArgs,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Restored {
    table: String,
    file: String,
    format: &'static str,
    items: u64,
    created: bool,
    dry_run: bool,
    /// An incremental export's changes: the keys put and deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<Applied>,
    /// `resumed from checkpoint F (...)`, when this run went on from an earlier one.
    #[serde(skip_serializing_if = "Option::is_none")]
    resumed: Option<String>,
}

impl Restored {
    /// What a restore of `input` into `table` will do (its items, or its changes).
    fn planned(
        table: &str,
        shown: &str,
        input: &Input,
        checked: &Checked,
        created: bool,
        dry_run: bool,
    ) -> Restored {
        let changes = input.format == Format::ChangeLines;
        Restored {
            table: table.to_string(),
            file: shown.to_string(),
            format: input.format.describe(),
            items: checked.lines,
            created,
            dry_run,
            changes: changes.then_some(Applied {
                puts: checked.puts,
                deletes: checked.deletes,
                superseded: checked.lines - checked.puts - checked.deletes,
            }),
            resumed: None,
        }
    }

    /// The confirmation's words.
    fn plan(&self, checked: &Checked) -> String {
        let (table, total) = (&self.table, self.items);
        match (self.created, self.changes.is_some()) {
            (_, true) => format!(
                "apply {} to table {table} ({} put, {} deleted)",
                count(checked.puts + checked.deletes, "change"),
                count(checked.puts, "item"),
                count(checked.deletes, "item")
            ),
            (true, false) => format!("create table {table} and write {total} items into it"),
            (false, false) => format!("write {total} items into table {table}"),
        }
    }
}

/// What the user should know before anything is written: an export whose counts and
/// checksums cannot be checked, an input without items.
fn warnings(ctx: &Context, input: &Input, shown: &str, lines: u64) {
    if input.unverified {
        ctx.note(format!(
            "warning: {shown} has no manifests (moto writes none; or they were not copied): item counts and checksums cannot be checked"
        ));
    }
    if lines == 0 {
        ctx.note(format!(
            "warning: {shown} holds no items: nothing to restore"
        ));
    }
}

/// Lines (or items) that repeated an earlier key in one block: only the last was written.
fn repeated_note(ctx: &Context, repeated: u64, line_based: bool) {
    if repeated > 0 {
        ctx.note(format!(
            "note: {} repeated an earlier key in the same block; the last of each was written",
            count(repeated, if line_based { "line" } else { "item" })
        ));
    }
}

#[derive(Serialize)]
struct Applied {
    puts: u64,
    deletes: u64,
    /// Changes a later write to the same key superseded.
    superseded: u64,
}

impl Outcome for Restored {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if let Some(c) = &self.changes {
            let verb = if self.dry_run {
                "would apply"
            } else {
                "applied"
            };
            writeln!(
                out,
                "{verb} {} onto {} from {}: {} put, {} deleted ({} superseded by a later write to the same key){}{}",
                count(c.puts + c.deletes, "change"),
                self.table,
                self.file,
                count(c.puts, "item"),
                count(c.deletes, "item"),
                count(c.superseded, "line"),
                if self.dry_run {
                    "; nothing was written"
                } else {
                    ""
                },
                crate::commands::support::checkpoint::resumed_suffix(self.resumed.as_deref())
            )?;
            return Ok(());
        }
        if self.dry_run {
            writeln!(
                out,
                "would {}write {} into {} from {} (every item checked; nothing was written)",
                if self.created {
                    "create the table and "
                } else {
                    ""
                },
                crate::model::words::count(self.items, "item"),
                self.table,
                self.file
            )?;
            return Ok(());
        }
        let created = if self.created { " (created it)" } else { "" };
        writeln!(
            out,
            "restored {} into {}{created} from {}{}",
            crate::model::words::count(self.items, "item"),
            self.table,
            self.file,
            crate::commands::support::checkpoint::resumed_suffix(self.resumed.as_deref())
        )?;
        Ok(())
    }
}

/// Stdin, saved to a temporary file: restore reads its input twice (check, then
/// write). The file is unlinked at once and read through `/proc/self/fd`, so nothing is
/// left behind even when the process is interrupted, and it is readable by us only.
struct Spooled {
    _file: std::fs::File,
    path: PathBuf,
}

impl Spooled {
    fn stdin(terminal: &dyn crate::ui::Terminal) -> Result<Spooled> {
        if terminal.stdin_is_terminal() {
            return Err(Error::Usage(
                "`table restore -` reads the items from stdin, which is a terminal; pipe a file in (`... < backup.jsonl`) or name the file".into(),
            ));
        }
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::io::AsRawFd;
        let path = std::env::temp_dir().join(format!(
            "cruddur-ddb-restore-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        ));
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
        let _ = std::fs::remove_file(&path);
        std::io::copy(&mut std::io::stdin().lock(), &mut file)
            .map_err(|e| Error::io("saving stdin to a temporary file", e))?;
        let path = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
        Ok(Spooled { _file: file, path })
    }
}

/// The schema to restore into: the existing table's, or the file's when it may be created.
fn target_schema(
    existing: Option<TableSchema>,
    input: &Input,
    table: &str,
    create: bool,
    endpoint: &str,
) -> Result<(TableSchema, bool)> {
    match (existing, create, &input.schema) {
        (Some(schema), _, recorded) => {
            // Items keyed differently would overwrite each other under this table's key.
            if let Some(r) = recorded.as_ref().filter(|r| r.key != schema.key) {
                return Err(Error::Conflict(format!(
                    "table {table} exists at {endpoint} keyed on {}, but {} records a table keyed on {}",
                    schema.key.describe_types(),
                    input.label(),
                    r.key.describe_types()
                ))
                .with_hint("restore into another table name"));
            }
            Ok((schema, false))
        }
        (None, true, Some(recorded)) => {
            let mut schema = recorded.clone();
            schema.name = table.to_string();
            Ok((schema, true))
        }
        (None, true, None) => Err(Error::Usage(format!(
            "{} records no table description (backups and folders from `table export` do), so --create cannot make {table}",
            input.label()
        ))
        .with_hint(format!(
            "create it first (the messages table: `cruddur-ddb schema load --table {table}`)"
        ))),
        (None, false, recorded) => {
            let fix = if recorded.is_some() {
                format!(
                    "pass --create to create it from the description in {}",
                    input.label()
                )
            } else {
                format!("create it with `cruddur-ddb schema load --table {table}`")
            };
            Err(crate::store::dynamo::tables::missing_table(table, endpoint).with_hint(fix))
        }
    }
}

/// The input, opened: a file, a folder, an S3 prefix, or stdin spooled to an unlinked
/// file (which lives as long as the returned guard); and how messages name it.
async fn open_input(args: &RestoreArgs, ctx: &Context) -> Result<(Input, String, Option<Spooled>)> {
    if let Some(raw) = args.file.to_str().filter(|f| s3url::is_s3(f)) {
        let url = s3url::parse(raw).map_err(|e| {
            Error::Usage(e).with_hint("write the export's place as s3://BUCKET/PREFIX")
        })?;
        let objects: Arc<dyn Objects> = Arc::new(S3Objects::new(ctx.s3().await?, url));
        let input = tokio::task::spawn_blocking(move || read::open_export(objects))
            .await
            .map_err(|e| Error::Service(format!("the export reader failed: {e}")))?
            .map_err(|e| e.with_hint("nothing was written"))?;
        return Ok((input, raw.trim_end_matches('/').to_string(), None));
    }
    let spooled = if args.file == Path::new("-") {
        Some(Spooled::stdin(ctx.terminal.as_ref())?)
    } else {
        None
    };
    let path = spooled
        .as_ref()
        .map(|s| s.path.clone())
        .unwrap_or(args.file.clone());
    let shown = if spooled.is_some() {
        "stdin".to_string()
    } else {
        args.file.display().to_string()
    };
    let regular_or_dir = std::fs::metadata(&path).map(|m| m.is_file() || m.is_dir());
    if matches!(regular_or_dir, Ok(false)) {
        return Err(Error::Usage(format!(
            "{shown} is not a regular file; restore reads it twice (check, then write)"
        ))
        .with_hint("pass `-` to read stdin, or save the stream to a file"));
    }
    let input =
        read::open(&path, &shown, args.plain).map_err(|e| e.with_hint("nothing was written"))?;
    Ok((input, shown, spooled))
}

/// The table to restore into: NAME, else the table the file records (when --table was
/// not given either), else --table.
fn choose_table(ctx: &Context, name: Option<TableName>, input: &Input, shown: &str) -> String {
    let recorded = input.schema.as_ref().map(|s| s.name.clone());
    match (name, recorded) {
        (Some(name), _) => name.0,
        (None, Some(name)) if ctx.settings.table.source == Source::Default => {
            ctx.note(format!(
                "note: {shown} records table {name}; restoring into it (name another table to change that)"
            ));
            name
        }
        (None, _) => table_or_default(ctx, None),
    }
}

/// An incremental export changes a table that exists; it cannot create one.
fn check_changes_target(
    input: &Input,
    existing: &Option<TableSchema>,
    table: &str,
    create: bool,
    endpoint: &str,
) -> Result<()> {
    if create {
        return Err(Error::Usage(format!(
            "{} is an incremental export: it holds changes, not a table, so --create cannot make {table} from it",
            input.label()
        ))
        .with_hint("restore the full export (with --create) first, then the incremental ones onto it"));
    }
    if existing.is_none() {
        return Err(
            crate::store::dynamo::tables::missing_table(table, endpoint).with_hint(
                "an incremental export applies changes onto a table: restore the full export into it first",
            ),
        );
    }
    Ok(())
}

pub(crate) async fn run(args: RestoreArgs, ctx: &mut Context) -> Result<()> {
    let (input, shown, _spooled) = open_input(&args, ctx).await?;
    let changes = input.format == Format::ChangeLines;
    let table = choose_table(ctx, args.name.clone(), &input, &shown);
    let store = ctx.dynamo().await?;
    let existing = store.describe_table(&table).await?.map(|i| i.schema);
    if changes {
        check_changes_target(&input, &existing, &table, args.create, store.label())?;
    }
    let (schema, create) = target_schema(existing, &input, &table, args.create, store.label())?;
    let input = Arc::new(input);
    let checked = input::check_async(input.clone(), schema.clone()).await?;
    let total = checked.lines;
    warnings(ctx, &input, &shown, total);
    let mut outcome = Restored::planned(&table, &shown, &input, &checked, create, args.dry_run);
    if args.dry_run {
        return ctx.emit(&outcome);
    }
    ctx.confirm_write(&outcome.plan(&checked), &table, args.yes.yes)?;
    if create {
        pipeline::create_table(ctx, &store, &schema).await?;
    }
    let pace = capacity::writes(&args.capacity, schema.billing, &ctx.settings);
    let label = format!("restore {table}");
    let target = Target {
        label: &label,
        store: &store,
        table: &table,
        policy: RetryPolicy {
            pacer: pace.as_ref().map(|p| p.pacer.clone()),
            ..RetryPolicy::default()
        },
        total: Some(if changes {
            checked.puts + checked.deletes
        } else {
            total
        }),
        resume: "run the same restore again to finish (puts overwrite)",
    };
    let line_based = input.format.is_line_based();
    let mut tracker = match &args.checkpoint {
        Some(path) => {
            match checkpoint::Tracker::open(
                path,
                job(&args, &shown, &table, store.label())?,
                vec![],
            )? {
                Opened::Run(t) => Some(t),
                Opened::Done(cp) => return finished(ctx, path, &cp),
            }
        }
        None => None,
    };
    let skipped = tracker.as_ref().map_or(0, |t| t.checkpoint().input_items);
    let (written, counts) = input::write_input(
        ctx,
        target,
        input,
        &schema,
        &checked,
        tracker.as_deref_mut(),
    )
    .await?;
    check_accounting(&shown, &checked, skipped, written, counts)?;
    if let Some(t) = tracker.as_deref_mut() {
        t.finish(None)?;
    }
    pipeline::pace_notes(ctx, None, pace.as_ref());
    repeated_note(ctx, counts.repeated, line_based);
    outcome.resumed = checkpoint::resumed_note(tracker.as_deref());
    if !changes {
        outcome.items = written;
    }
    ctx.emit(&outcome)
}

/// Every line checked is accounted for: written now or by an earlier run, merged into a
/// later one of its block, or superseded by a later change of its key.
fn check_accounting(
    shown: &str,
    checked: &Checked,
    skipped: u64,
    written: u64,
    counts: Counts,
) -> Result<()> {
    if skipped + written + counts.repeated + counts.superseded != checked.lines {
        return Err(Error::Incomplete(format!(
            "{shown} changed while it was read: {} lines were checked, {written} written",
            checked.lines
        ))
        .with_hint("run the restore again"));
    }
    Ok(())
}

/// The restore as a job: this file (and its size) into this table.
fn job(args: &RestoreArgs, shown: &str, table: &str, endpoint: &str) -> Result<Job> {
    if args.file == Path::new("-") {
        return Err(Error::Usage(
            "--checkpoint needs a file: stdin cannot be read again from where a run stopped".into(),
        )
        .with_hint("save the stream to a file and restore that"));
    }
    let source = match std::fs::metadata(&args.file) {
        Ok(m) => format!("{shown} ({} bytes)", m.len()),
        Err(_) => shown.to_string(),
    };
    Ok(Job {
        command: "table restore".into(),
        source,
        destination: format!("{table} at {endpoint}"),
        segments: 0,
        worker: None,
        format: None,
        transform: None,
    })
}

/// A checkpoint that records the job as finished: nothing to do.
pub(super) fn finished(ctx: &Context, path: &Path, cp: &Checkpoint) -> Result<()> {
    ctx.note(format!(
        "checkpoint {} records this job as complete ({}); nothing to do",
        path.display(),
        cp.describe()
    ));
    ctx.note("(delete the checkpoint file to run the job again)");
    Ok(())
}
