//! `cruddur-ddb schema ...`

pub(super) mod load;

use crate::context::Context;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Create the messages table (idempotent) and wait until it is ACTIVE
    Load(load::LoadArgs),
}

pub(super) async fn run(cmd: SchemaCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        SchemaCommand::Load(args) => load::run(args, ctx).await,
    }
}
