//! `cruddur-ddb stream ...`: the table's stream, read locally.

pub(super) mod apply;

use crate::context::Context;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum StreamCommand {
    /// Do the stream lambda's job: move each conversation's group rows to its newest message
    Apply(apply::ApplyArgs),
}

pub(super) async fn run(cmd: StreamCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        StreamCommand::Apply(args) => apply::run(args, ctx).await,
    }
}
