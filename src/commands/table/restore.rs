//! `cruddur-ddb table restore FILE [NAME]`: write a backup (typed JSON lines) back.

use super::table_arg;
use crate::attr::{Item, item_from_typed_json};
use crate::commands::confirm::confirm;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::{self, OutputFormat};
use crate::store::write::{RetryPolicy, put_request};
use aws_sdk_dynamodb::types::{AttributeValue, TableDescription};
use clap::Args;
use serde::Serialize;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

/// Items read and written per round, to keep memory flat for large files.
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
    /// Table to write into [default: --table]
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::commands::completions::table_name_candidates))]
    pub name: Option<String>,
    /// Do not ask for confirmation (needed for prod or non-local endpoints)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Serialize)]
struct Restored<'a> {
    table: &'a str,
    file: String,
    items: u64,
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

/// Key attributes and their types (`S`, `N` or `B`): the table's (required in every
/// item) and its indexes' (checked when present).
struct KeySchema {
    table: Vec<(String, String)>,
    indexes: Vec<(String, String)>,
}

fn key_schema(desc: &TableDescription) -> KeySchema {
    let kind = |name: &str| {
        desc.attribute_definitions()
            .iter()
            .find(|a| a.attribute_name() == name)
            .map(|a| a.attribute_type().as_str().to_string())
            .unwrap_or_default()
    };
    let named = |k: &aws_sdk_dynamodb::types::KeySchemaElement| {
        (k.attribute_name().to_string(), kind(k.attribute_name()))
    };
    let table: Vec<(String, String)> = desc.key_schema().iter().map(named).collect();
    let indexes = desc
        .global_secondary_indexes()
        .iter()
        .flat_map(|g| g.key_schema().iter().map(named))
        .filter(|k| !table.contains(k))
        .collect();
    KeySchema { table, indexes }
}

fn type_of(value: &AttributeValue) -> Option<&'static str> {
    match value {
        AttributeValue::S(s) if s.is_empty() => None,
        AttributeValue::B(b) if b.as_ref().is_empty() => None,
        AttributeValue::S(_) => Some("S"),
        AttributeValue::N(_) => Some("N"),
        AttributeValue::B(_) => Some("B"),
        _ => Some("another type"),
    }
}

fn check_keys(item: &Item, keys: &KeySchema) -> std::result::Result<(), String> {
    for (required, list) in [(true, &keys.table), (false, &keys.indexes)] {
        for (name, kind) in list {
            let found = match item.get(name) {
                None if required => return Err(format!("the item has no key attribute {name:?}")),
                None => continue,
                Some(v) => type_of(v).ok_or_else(|| {
                    format!("key attribute {name:?} is empty, which DynamoDB rejects")
                })?,
            };
            if found != kind {
                return Err(format!(
                    "key attribute {name:?} is {found}, the table wants {kind}"
                ));
            }
        }
    }
    Ok(())
}

/// The primary key of an item, as a string (to find repeated keys in a block).
fn key_of(item: &Item, keys: &KeySchema) -> String {
    let key: Item = keys
        .table
        .iter()
        .filter_map(|(k, _)| item.get(k).map(|v| (k.clone(), v.clone())))
        .collect();
    serde_json::to_string(&crate::attr::TypedItem(&key)).unwrap_or_default()
}

/// Checks every line, keys included; returns the number of items.
fn validate(path: &Path, table: &str, keys: &KeySchema) -> Result<u64> {
    let mut count = 0;
    for (n, line) in open(path)?.lines().enumerate() {
        let line = line.map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        if line.trim().is_empty() {
            continue;
        }
        item_from_typed_json(&line)
            .and_then(|item| check_keys(&item, keys))
            .map_err(|e| {
                let keyed: Vec<String> =
                    keys.table.iter().map(|(k, t)| format!("{k} {t}")).collect();
                Error::Usage(format!(
                    "{} line {}: {e} (table {table} is keyed on {}); nothing was written",
                    path.display(),
                    n + 1,
                    keyed.join(", ")
                ))
            })?;
        count += 1;
    }
    Ok(count)
}

pub async fn run(args: RestoreArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "table restore",
        &[OutputFormat::Text, OutputFormat::Json],
    )?;
    let table = table_arg(ctx, args.name.as_deref())?;
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
    let desc = store.describe_table(&table).await?.ok_or_else(|| {
        Error::NotFound(format!(
            "table {table} does not exist at {}; create it with `cruddur-ddb schema load --table {table}`",
            store.label()
        ))
    })?;
    let keys = key_schema(&desc);
    let total = validate(&args.file, &table, &keys)?;
    if ctx.settings.is_guarded() {
        confirm(
            ctx,
            &format!("write {total} items into table {table}"),
            &table,
            args.yes,
        )?;
    }
    let policy = RetryPolicy::default();
    let progress = Arc::new(AtomicU64::new(0));
    let mut written = 0u64;
    let mut repeated = 0u64;
    let mut block: Vec<Item> = Vec::with_capacity(BLOCK);
    // Within one batch DynamoDB rejects repeated keys: the last line of a key wins.
    let mut slot: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut lines = open(&args.file)?.lines();
    loop {
        let line = lines.next();
        let done = line.is_none();
        if let Some(line) = line {
            let line =
                line.map_err(|e| Error::io(format!("reading {}", args.file.display()), e))?;
            if !line.trim().is_empty() {
                let item = item_from_typed_json(&line).map_err(Error::Usage)?;
                match slot.entry(key_of(&item, &keys)) {
                    std::collections::hash_map::Entry::Occupied(e) => {
                        block[*e.get()] = item;
                        repeated += 1;
                    }
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(block.len());
                        block.push(item);
                    }
                }
            }
        }
        if block.len() >= BLOCK || (done && !block.is_empty()) {
            slot.clear();
            let requests = std::mem::take(&mut block)
                .into_iter()
                .map(put_request)
                .collect::<Result<Vec<_>>>()?;
            let report = store
                .batch_write(&table, requests, &policy, progress.clone())
                .await;
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
        if done {
            break;
        }
    }
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
    match format {
        OutputFormat::Json => render::write_json(
            &mut ctx.out,
            &Restored {
                table: &table,
                file: args.file.display().to_string(),
                items: written,
            },
        )?,
        _ => writeln!(
            ctx.out,
            "restored {written} items into {table} from {}",
            args.file.display()
        )?,
    }
    Ok(())
}
