//! `cruddur-ddb table drop NAME`: confirm, optionally back up, delete, wait until gone.

use super::{full_scan, scan_into};
use crate::args::{RequiredTableArg, YesArg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::BACKUP_HEADER_KEY;
use crate::model::schema::TableSchema;
use crate::render::items::ItemSink;
use crate::render::{Outcome, OutputFormat};
use crate::store::dynamo::DynamoStore;
use clap::Args;
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

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
    fn write_human(&self, _: OutputFormat, out: &mut dyn Write) -> Result<()> {
        if self.deleted {
            let verb = if self.waited { "deleted" } else { "deleting" };
            writeln!(out, "{verb} table {} at {}", self.table, self.endpoint)?;
        }
        Ok(())
    }
}

fn create_backup(path: &Path) -> Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::Conflict(format!(
                "backup file {} already exists; choose a new path (nothing was deleted)",
                path.display()
            )),
            _ => Error::io(format!("creating backup file {}", path.display()), e),
        })
}

pub async fn run(args: DropArgs, ctx: &mut Context) -> Result<()> {
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
        return Err(crate::commands::hints::missing_table(
            format!(
                "{msg}; nothing was deleted (check the name with `cruddur-ddb table list`, or pass --if-exists)"
            ),
            &ctx.settings,
        ));
    };

    let backup_file = args.backup.as_deref().map(create_backup).transpose()?;
    let items = info
        .item_count
        .map(|n| format!(" (about {n} items)"))
        .unwrap_or_default();
    let confirmed = ctx.confirm(
        &format!("delete table {table}{items}"),
        &table,
        args.yes.yes,
    );
    if let Err(e) = confirmed {
        if let Some(path) = &args.backup {
            let _ = std::fs::remove_file(path);
        }
        return Err(e);
    }

    if let (Some(file), Some(path)) = (backup_file, &args.backup) {
        let count = write_backup(ctx, &store, &info.schema, file, path)
            .await
            .inspect_err(|_| {
                ctx.note(format!(
                    "backup failed: table {table} was NOT deleted; the partial file {} is left for inspection",
                    path.display()
                ));
            })?;
        ctx.note(format!(
            "backed up {count} item{} to {}; undo the drop with `cruddur-ddb table restore {} {table} --create`",
            if count == 1 { "" } else { "s" },
            path.display(),
            path.display()
        ));
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

/// Writes the backup: a header line recording the table's description (so
/// `table restore --create` can recreate it), then every item as typed JSON.
async fn write_backup(
    ctx: &Context,
    store: &DynamoStore,
    schema: &TableSchema,
    file: File,
    path: &Path,
) -> Result<u64> {
    let mut writer = BufWriter::new(file);
    let header = serde_json::json!({ BACKUP_HEADER_KEY: { "version": 1, "table": schema } });
    writeln!(writer, "{header}")
        .map_err(|e| Error::io(format!("writing backup {}", path.display()), e))?;
    let totals = {
        let mut sink = ItemSink::new(&mut writer, OutputFormat::DdbJson);
        let spec = full_scan(ctx, &schema.name);
        let totals = scan_into(store, spec, &mut |item| sink.write(item), ctx.progress()).await?;
        sink.finish()?;
        totals
    };
    let file = writer
        .into_inner()
        .map_err(|e| Error::io(format!("writing backup {}", path.display()), e.into_error()))?;
    file.sync_all()
        .map_err(|e| Error::io(format!("syncing backup {}", path.display()), e))?;
    Ok(totals.items)
}
