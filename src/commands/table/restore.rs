//! `cruddur-ddb table restore FILE [NAME]`: write a backup (typed JSON lines) back.
//!
//! Two streaming passes: the first checks every line against the table's keys and
//! writes nothing; the second reads blocks of lines while the previous block is being
//! written, so reading overlaps writing and memory stays bounded by two blocks.

use super::table_or_default;
use crate::args::{TableArg, YesArg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::item::{Item, item_from_typed_json};
use crate::model::schema::{KeySchema, TableSchema};
use crate::render::{Outcome, OutputFormat};
use crate::store::dynamo::write::RetryPolicy;
use clap::Args;
use serde::Serialize;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use tokio::sync::mpsc;

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

/// Items per block: written together, so a key repeated within a block is merged.
const BLOCK: usize = 5_000;

#[derive(Debug, Args)]
#[command(
    after_help = "The file is what `table drop --backup` or `table scan -o ddb-json` writes. \
Every line, keys included, is checked against the table before anything is written. \
Items with the same keys are overwritten."
)]
pub struct RestoreArgs {
    /// Backup file: one typed DynamoDB JSON item per line
    pub file: PathBuf,
    #[command(flatten)]
    pub table: TableArg,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Restored {
    table: String,
    file: String,
    items: u64,
}

impl Outcome for Restored {
    fn write_human(&self, _: OutputFormat, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "restored {} items into {} from {}",
            self.items, self.table, self.file
        )?;
        Ok(())
    }
}

fn open(path: &Path) -> Result<BufReader<File>> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Error::NotFound(format!("backup file {} does not exist", path.display()))
            }
            _ => Error::io(format!("opening {}", path.display()), e),
        })
}

/// Every non-blank line of the file, parsed, with its line number.
fn items(
    path: &Path,
) -> Result<impl Iterator<Item = Result<(usize, std::result::Result<Item, String>)>>> {
    let display = path.display().to_string();
    Ok(open(path)?
        .lines()
        .enumerate()
        .filter_map(move |(n, line)| match line {
            Err(e) => Some(Err(Error::io(format!("reading {display}"), e))),
            Ok(l) if l.trim().is_empty() => None,
            Ok(l) => Some(Ok((n + 1, item_from_typed_json(&l)))),
        }))
}

/// Checks every line, keys included; returns the number of items.
fn validate(path: &Path, table: &str, schema: &TableSchema) -> Result<u64> {
    let mut count = 0;
    for entry in items(path)? {
        let (line, item) = entry?;
        item.and_then(|item| schema.check_keys(&item))
            .map_err(|e| {
                Error::Usage(format!(
                    "{} line {line}: {e} (table {table} is keyed on {}); nothing was written",
                    path.display(),
                    schema.key.describe_types()
                ))
            })?;
        count += 1;
    }
    Ok(count)
}

/// Blocks of items in file order, a repeated key within a block merged (the last line
/// wins; BatchWriteItem rejects a repeated key in one request). Runs on a blocking
/// thread while the previous block is written.
fn read_blocks(path: PathBuf, key: KeySchema, tx: mpsc::Sender<Result<Vec<Item>>>) -> Result<u64> {
    let mut repeated = 0u64;
    let mut block: Vec<Item> = Vec::with_capacity(BLOCK);
    let mut slot: HashMap<String, usize> = HashMap::new();
    for entry in items(&path)? {
        let (line, item) = entry?;
        let item =
            item.map_err(|e| Error::Usage(format!("{} line {line}: {e}", path.display())))?;
        match slot.entry(key.key_string(&item)) {
            Entry::Occupied(e) => {
                block[*e.get()] = item;
                repeated += 1;
            }
            Entry::Vacant(e) => {
                e.insert(block.len());
                block.push(item);
            }
        }
        if block.len() >= BLOCK {
            slot.clear();
            if tx.blocking_send(Ok(std::mem::take(&mut block))).is_err() {
                return Ok(repeated);
            }
        }
    }
    if !block.is_empty() {
        let _ = tx.blocking_send(Ok(block));
    }
    Ok(repeated)
}

pub async fn run(args: RestoreArgs, ctx: &mut Context) -> Result<()> {
    let table = table_or_default(ctx, args.table.name);
    // Fail before reading a large file when the file or the table is not there. The file
    // is read twice (checked, then written), so a pipe would be empty the second time.
    open(&args.file)?;
    let regular = std::fs::metadata(&args.file).is_ok_and(|m| m.is_file());
    if !regular {
        return Err(Error::Usage(format!(
            "{} is not a regular file; restore reads it twice (check, then write), so save a stream to a file first",
            args.file.display()
        )));
    }
    let store = ctx.dynamo().await?;
    let info = store.describe_table(&table).await?.ok_or_else(|| {
        crate::commands::hints::missing_table(
            format!(
                "table {table} does not exist at {}; create it with `cruddur-ddb schema load --table {table}`",
                store.label()
            ),
            &ctx.settings,
        )
    })?;
    let total = validate(&args.file, &table, &info.schema)?;
    if ctx.settings.is_guarded() {
        ctx.confirm(
            &format!("write {total} items into table {table}"),
            &table,
            args.yes.yes,
        )?;
    }

    let policy = RetryPolicy::default();
    let progress = Arc::new(AtomicU64::new(0));
    let (tx, mut rx) = mpsc::channel(1);
    let reader = {
        let (path, key) = (args.file.clone(), info.schema.key.clone());
        tokio::task::spawn_blocking(move || read_blocks(path, key, tx))
    };
    let mut written = 0u64;
    while let Some(block) = rx.recv().await {
        let report = store
            .put_items(&table, block?, &policy, progress.clone())
            .await?;
        let n = report.written;
        if let Err(e) = report.into_result(&table) {
            if written + n == 0 {
                return Err(e);
            }
            // Whatever the cause, say how much of the file is in the table.
            return Err(Error::Incomplete(format!(
                "{e}; {} of the file's {total} items are in {table}: re-run the restore to finish (puts overwrite)",
                written + n
            )));
        }
        written += n;
    }
    let repeated = reader
        .await
        .map_err(|e| Error::Service(format!("the file reader failed: {e}")))??;
    if written + repeated != total {
        return Err(Error::Incomplete(format!(
            "{} changed while it was read: {total} items were checked, {written} written; run the restore again",
            args.file.display()
        )));
    }
    if repeated > 0 {
        ctx.note(format!(
            "note: {repeated} line{} repeated an earlier key in the same block; the last of each was written",
            if repeated == 1 { "" } else { "s" }
        ));
    }
    ctx.emit(&Restored {
        table,
        file: args.file.display().to_string(),
        items: written,
    })
}
