//! `cruddur-ddb table drop NAME`: confirm, optionally back up, delete, wait until gone.

use crate::args::ReadCapacityArgs;
use crate::args::{RequiredTableArg, YesArg};
use crate::commands::support::capacity;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::schema::TableSchema;
use crate::model::words::count as count_of;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Local dev asks y/N; prod or any non-local endpoint asks you to type the table name.\n\
Without a terminal, --yes is required. Undo a drop made with --backup FILE by \
`table restore FILE NAME --create`: the backup records the table's keys, indexes, billing and stream."
)]
pub struct DropArgs {
    #[command(flatten)]
    pub table: RequiredTableArg,
    #[command(flatten)]
    pub yes: YesArg,
    /// Succeed when the table does not exist
    #[arg(long)]
    pub if_exists: bool,
    /// First write the table's description and every item to FILE (typed JSON lines;
    /// undo the drop with `table restore FILE NAME --create`)
    #[arg(long, value_name = "FILE")]
    pub backup: Option<PathBuf>,
    /// Return once the delete is accepted, without waiting for the table to be gone
    #[arg(long)]
    pub no_wait: bool,
    #[command(flatten)]
    pub capacity: crate::args::ReadCapacityArgs,
}

#[derive(Serialize)]
struct Dropped {
    table: String,
    deleted: bool,
    backup: Option<String>,
    items_backed_up: Option<u64>,
    #[serde(skip)]
    endpoint: String,
    #[serde(skip)]
    waited: bool,
}

impl Outcome for Dropped {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        if self.deleted {
            let verb = if self.waited { "deleted" } else { "deleting" };
            writeln!(out, "{verb} table {} at {}", self.table, self.endpoint)?;
        }
        Ok(())
    }
}

/// The backup before a drop: a failure or Ctrl-C keeps the table and leaves no file.
async fn back_up(
    ctx: &Context,
    store: &DynamoStore,
    schema: &TableSchema,
    path: &Path,
    capacity: &ReadCapacityArgs,
) -> Result<u64> {
    let table = &schema.name;
    let pace = capacity::read_pace(ctx, store, table, capacity).await?;
    let count = super::backup::write_backup(ctx, store, schema, path, pace)
        .await
        .map_err(|e| match e {
            Error::Stopped(m) => Error::Stopped(format!(
                "{m}; table {table} was kept and no backup file was left"
            )),
            other => {
                ctx.note(format!(
                    "backup failed: table {table} was NOT deleted and no backup file was left"
                ));
                other
            }
        })?;
    ctx.note(format!(
        "backed up {} to {}; undo the drop with `cruddur-ddb table restore {} {table} --create`",
        count_of(count, "item"),
        path.display(),
        path.display()
    ));
    Ok(count)
}

pub(crate) async fn run(args: DropArgs, ctx: &mut Context) -> Result<()> {
    let table = args.table.name.0;
    let store = ctx.dynamo().await?;
    let mut outcome = Dropped {
        table: table.clone(),
        deleted: false,
        backup: None,
        items_backed_up: None,
        endpoint: store.label().to_string(),
        waited: !args.no_wait,
    };
    let Some(info) = store.describe_table(&table).await? else {
        let msg = format!("table {table} does not exist at {}", store.label());
        if args.if_exists {
            ctx.note(format!("{msg}; nothing to drop"));
            return ctx.emit(&outcome);
        }
        return Err(
            crate::store::dynamo::tables::missing_table(&table, store.label()).with_hint(
                "nothing was deleted; check the name with `cruddur-ddb table list`, or pass --if-exists",
            ),
        );
    };

    // Refuse an existing backup path before asking; the file itself is created (under a
    // temporary name) only after the answer.
    if let Some(path) = args.backup.as_deref().filter(|p| p.exists()) {
        return Err(Error::Conflict(format!(
            "backup file {} already exists; nothing was deleted",
            path.display()
        ))
        .with_hint("choose a new path"));
    }
    let items = match info.item_count {
        Some(0) => " (empty)".to_string(),
        Some(n) => format!(" (about {})", count_of(n.max(0) as u64, "item")),
        None => String::new(),
    };
    ctx.confirm(
        &format!("delete table {table}{items}"),
        &table,
        args.yes.yes,
    )
    .map_err(|e| match e {
        Error::NotConfirmed(m) if m.starts_with("not confirmed") => {
            Error::NotConfirmed(format!("kept table {table}: the drop was not confirmed"))
        }
        other => other,
    })?;

    if let Some(path) = &args.backup {
        let count = back_up(ctx, &store, &info.schema, path, &args.capacity).await?;
        outcome.backup = Some(path.display().to_string());
        outcome.items_backed_up = Some(count);
    }

    store.delete_table(&table).await?;
    if !args.no_wait {
        store
            .wait_deleted(&table, Duration::from_secs(600))
            .await
            .map_err(|e| e.with_hint("check again with `cruddur-ddb table list`"))?;
    }
    outcome.deleted = true;
    ctx.emit(&outcome)
}
