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

/// The table's key attributes and their types (`S`, `N` or `B`).
type KeySchema = Vec<(String, String)>;

fn key_schema(desc: &TableDescription) -> KeySchema {
    desc.key_schema()
        .iter()
        .map(|k| {
            let name = k.attribute_name().to_string();
            let kind = desc
                .attribute_definitions()
                .iter()
                .find(|a| a.attribute_name() == name)
                .map(|a| a.attribute_type().as_str().to_string())
                .unwrap_or_default();
            (name, kind)
        })
        .collect()
}

fn check_keys(item: &Item, keys: &KeySchema) -> std::result::Result<(), String> {
    for (name, kind) in keys {
        let found = match item.get(name) {
            None => return Err(format!("the item has no key attribute {name:?}")),
            Some(AttributeValue::S(_)) => "S",
            Some(AttributeValue::N(_)) => "N",
            Some(AttributeValue::B(_)) => "B",
            Some(_) => "another type",
        };
        if found != kind {
            return Err(format!(
                "key attribute {name:?} is {found}, the table wants {kind}"
            ));
        }
    }
    Ok(())
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
                let keyed: Vec<String> = keys.iter().map(|(k, t)| format!("{k} {t}")).collect();
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
    // Fail before reading a large file when the file or the table is not there.
    open(&args.file)?;
    let store = ctx.dynamo().await?;
    let desc = store.describe_table(&table).await?.ok_or_else(|| {
        Error::NotFound(format!(
            "table {table} does not exist at {}; create it with `cruddur-ddb schema load --table {table}`",
            store.label()
        ))
    })?;
    let total = validate(&args.file, &table, &key_schema(&desc))?;
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
    let mut block = Vec::with_capacity(BLOCK);
    let mut lines = open(&args.file)?.lines();
    loop {
        let line = lines.next();
        let done = line.is_none();
        if let Some(line) = line {
            let line =
                line.map_err(|e| Error::io(format!("reading {}", args.file.display()), e))?;
            if !line.trim().is_empty() {
                let item = item_from_typed_json(&line).map_err(Error::Usage)?;
                block.push(put_request(item)?);
            }
        }
        if block.len() >= BLOCK || (done && !block.is_empty()) {
            let report = store
                .batch_write(
                    &table,
                    std::mem::take(&mut block),
                    &policy,
                    progress.clone(),
                )
                .await;
            let n = report.written;
            if let Err(e) = report.into_result(&table) {
                return Err(match e {
                    Error::Incomplete(m) | Error::Service(m) if written + n > 0 => {
                        Error::Incomplete(format!(
                            "{m} ({} of {total} items of the file are in the table)",
                            written + n
                        ))
                    }
                    other => other,
                });
            }
            written += n;
        }
        if done {
            break;
        }
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
