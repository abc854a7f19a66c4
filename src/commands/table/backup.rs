//! `cruddur-ddb table backup NAME FILE`: the table's description and every item, in
//! the file `table drop --backup` writes, without dropping anything.

use crate::args::{ReadCapacityArgs, RequiredTableArg};
use crate::commands::support::capacity::{self, Pace};
use crate::commands::support::pipeline;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::BACKUP_HEADER_KEY;
use crate::files::atomic::AtomicFile;
use crate::model::schema::TableSchema;
use crate::model::words::count;
use crate::render::items::ItemSink;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Writes the same file as `table drop --backup`: a first line recording the \
table (keys, indexes, billing, stream), then every item as typed JSON, under a temporary \
name, fsynced and renamed into place when complete. `table restore FILE NAME --create` \
recreates the table from it. It is a scan, not a point-in-time snapshot: items written \
while it runs may be missed (`table export --s3` takes a consistent image)."
)]
pub struct BackupArgs {
    #[command(flatten)]
    pub table: RequiredTableArg,
    /// The backup file to write (must not exist)
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    #[command(flatten)]
    pub capacity: ReadCapacityArgs,
}

#[derive(Serialize)]
struct BackedUp {
    table: String,
    file: String,
    items: u64,
}

impl Outcome for BackedUp {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(
            out,
            "backed up {} of {} to {}",
            count(self.items, "item"),
            self.table,
            self.file
        )?;
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        vec![format!(
            "restore it with `cruddur-ddb table restore {} {} --create`",
            self.file, self.table
        )]
    }
}

pub(crate) async fn run(args: BackupArgs, ctx: &mut Context) -> Result<()> {
    let table = args.table.name.0;
    let store = ctx.dynamo().await?;
    let info = store.require_table(&table).await?;
    let pace = capacity::read_pace(ctx, &store, &table, &args.capacity).await?;
    let items = write_backup(ctx, &store, &info.schema, &args.file, pace)
        .await
        .map_err(|e| match e {
            Error::Stopped(m) => Error::Stopped(format!("{m}; no backup file was left")),
            other => other,
        })?;
    ctx.emit(&BackedUp {
        table,
        file: args.file.display().to_string(),
        items,
    })
}

/// Writes the backup: a header line recording the table's description (so
/// `table restore --create` can recreate it), then every item as typed JSON.
pub(super) async fn write_backup(
    ctx: &Context,
    store: &DynamoStore,
    schema: &TableSchema,
    path: &Path,
    pace: Option<Pace>,
) -> Result<u64> {
    // Ctrl-C is handled (the file removed) until the backup is in place.
    let _interrupts = crate::ui::interrupt::take_over();
    let mut file = AtomicFile::create(path)?;
    let writer = file.writer();
    let header = serde_json::json!({ BACKUP_HEADER_KEY: { "version": 1, "table": schema } });
    writeln!(writer, "{header}")
        .map_err(|e| Error::io(format!("writing backup {}", path.display()), e))?;
    let totals = {
        let mut sink = ItemSink::new(writer, OutputFormat::DdbJson);
        let table = &schema.name;
        let spec = pipeline::scan_of(&ctx.settings, table, pace.as_ref()).consistent();
        let totals =
            pipeline::scan_each(ctx, store, spec, &format!("backup {table}"), None, |item| {
                sink.write(&item)
            })
            .await?;
        sink.finish()?;
        pipeline::pace_notes(ctx, pace.as_ref(), None);
        totals
    };
    file.commit()?;
    Ok(totals.items)
}
