//! `cruddur-ddb table drop NAME`: confirm, optionally back up, delete, wait until gone.

use super::scan_into;
use crate::commands::confirm::confirm;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::{self, ItemSink, OutputFormat};
use crate::settings::{EnvName, validate_table_name};
use crate::store::scan::ScanSpec;
use clap::Args;
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "Local dev asks y/N; prod or any non-local endpoint asks you to type the table name.\n\
Without a terminal, --yes is required. Undo a drop with `table restore FILE` from a --backup."
)]
pub struct DropArgs {
    /// The table to delete (required: there is no default for a delete)
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::commands::completions::table_name_candidates))]
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when the table does not exist
    #[arg(long)]
    pub if_exists: bool,
    /// First write every item to FILE (typed JSON lines; restore with `table restore`)
    #[arg(long, value_name = "FILE")]
    pub backup: Option<PathBuf>,
    /// Return once the delete is accepted, without waiting for the table to be gone
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Serialize)]
struct Dropped<'a> {
    table: &'a str,
    deleted: bool,
    backup: Option<String>,
    items_backed_up: Option<u64>,
}

pub async fn run(args: DropArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "table drop",
        &[OutputFormat::Text, OutputFormat::Json],
    )?;
    let table = validate_table_name(&args.name, "table argument")?;
    let store = ctx.dynamo().await?;
    let Some(desc) = store.describe_table(&table).await? else {
        let msg = format!("table {table} does not exist at {}", store.label());
        if args.if_exists {
            ctx.note(format!("{msg}; nothing to drop"));
            if format == OutputFormat::Json {
                render::write_json(
                    &mut ctx.out,
                    &Dropped {
                        table: &table,
                        deleted: false,
                        backup: None,
                        items_backed_up: None,
                    },
                )?;
            }
            return Ok(());
        }
        return Err(Error::NotFound(format!(
            "{msg}; nothing was deleted (check the name with `cruddur-ddb table list`, or pass --if-exists)"
        )));
    };

    let backup_file = match &args.backup {
        Some(path) => Some(
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
                })?,
        ),
        None => None,
    };

    let items = desc
        .item_count
        .map(|n| format!(" (about {n} items)"))
        .unwrap_or_default();
    let confirmed = confirm(
        ctx,
        &format!("delete table {table}{items}"),
        &table,
        args.yes,
    );
    if let Err(e) = confirmed {
        if let Some(path) = &args.backup {
            let _ = std::fs::remove_file(path);
        }
        return Err(e);
    }

    let mut backed_up = None;
    if let (Some(file), Some(path)) = (backup_file, &args.backup) {
        let count = write_backup(ctx, &store, &table, file, path).await.inspect_err(|_| {
            ctx.note(format!(
                "backup failed: table {table} was NOT deleted; the partial file {} is left for inspection",
                path.display()
            ));
        })?;
        ctx.note(format!("backed up {count} items to {}", path.display()));
        backed_up = Some(count);
    }

    store.delete_table(&table).await?;
    if !args.no_wait {
        store.wait_deleted(&table, Duration::from_secs(600)).await?;
    }
    match format {
        OutputFormat::Json => render::write_json(
            &mut ctx.out,
            &Dropped {
                table: &table,
                deleted: true,
                backup: args.backup.as_ref().map(|p| p.display().to_string()),
                items_backed_up: backed_up,
            },
        )?,
        _ => writeln!(
            ctx.out,
            "{} table {table} at {}",
            if args.no_wait { "deleting" } else { "deleted" },
            store.label()
        )?,
    }
    Ok(())
}

async fn write_backup(
    ctx: &Context,
    store: &crate::store::dynamo::DynamoStore,
    table: &str,
    file: File,
    path: &std::path::Path,
) -> Result<u64> {
    let mut writer = BufWriter::new(file);
    let spec = ScanSpec {
        table: table.to_string(),
        segments: None,
        auto_parallel: ctx.settings.env == EnvName::Dev && ctx.settings.is_local(),
        page_size: None,
        consistent_read: true,
        attributes: Vec::new(),
        max_items: None,
    };
    let totals = {
        let mut sink = ItemSink::new(&mut writer, OutputFormat::DdbJson);
        let totals = scan_into(store, spec, &mut sink, ctx.terminal.stderr_is_terminal()).await?;
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
