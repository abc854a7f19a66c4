//! `cruddur-ddb table restore FILE [NAME]`: write a backup (typed JSON lines) back.

use super::table_arg;
use crate::attr::item_from_typed_json;
use crate::commands::confirm::confirm;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::{self, OutputFormat};
use crate::store::write::{RetryPolicy, put_request};
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
It is checked completely before anything is written. Items with the same keys are overwritten."
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

/// Checks every line; returns the number of items.
fn validate(path: &Path) -> Result<u64> {
    let mut count = 0;
    for (n, line) in open(path)?.lines().enumerate() {
        let line = line.map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        if line.trim().is_empty() {
            continue;
        }
        item_from_typed_json(&line).map_err(|e| {
            Error::Usage(format!(
                "{} line {}: {e}; nothing was written",
                path.display(),
                n + 1
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
    let total = validate(&args.file)?;
    if ctx.settings.is_guarded() {
        confirm(
            ctx,
            &format!("write {total} items into table {table}"),
            &table,
            args.yes,
        )?;
    }
    let store = ctx.dynamo().await?;
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
