//! `cruddur-ddb table ...`

pub(super) mod backup;
pub(super) mod copy;
pub(super) mod diff;
pub(super) mod drop;
pub(super) mod export;
mod export_s3;
pub(super) mod import;
pub(super) mod list;
pub(super) mod restore;
pub(super) mod scan;

use crate::args::TableName;
use crate::context::Context;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TableCommand {
    /// List every table at the endpoint
    List,
    /// Read every item of a table (all pages, optionally in parallel)
    Scan(scan::ScanArgs),
    /// Write a table's description and every item to a file `table restore` reads back
    Backup(backup::BackupArgs),
    /// Delete a table, after confirmation, optionally backing it up first
    Drop(drop::DropArgs),
    /// Write the items of a backup, an export (a folder or S3) or an AWS tool's file into
    /// a table; apply an incremental export onto one
    Restore(restore::RestoreArgs),
    /// Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it
    /// to S3 (--s3)
    Export(Box<export::ExportArgs>),
    /// Have DynamoDB build a new table from an export in S3 (ImportTable)
    Import(import::ImportArgs),
    /// Copy every item of a table to another target (prod to local), creating it if asked
    Copy(Box<copy::CopyArgs>),
    /// Compare two tables, or a table and a file, by primary key
    Diff(diff::DiffArgs),
}

pub(super) async fn run(cmd: TableCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TableCommand::List => list::run(ctx).await,
        TableCommand::Scan(args) => scan::run(args, ctx).await,
        TableCommand::Backup(args) => backup::run(args, ctx).await,
        TableCommand::Drop(args) => drop::run(args, ctx).await,
        TableCommand::Restore(args) => restore::run(args, ctx).await,
        TableCommand::Export(args) => export::run(*args, ctx).await,
        TableCommand::Import(args) => import::run(args, ctx).await,
        TableCommand::Copy(args) => copy::run(*args, ctx).await,
        TableCommand::Diff(args) => diff::run(args, ctx).await,
    }
}

/// The table a `table` subcommand works on: its argument, else --table.
fn table_or_default(ctx: &Context, name: Option<TableName>) -> String {
    name.map(|n| n.0)
        .unwrap_or_else(|| ctx.settings.table.value.clone())
}
