//! One module per command group, one file per leaf: arguments and handler side by side.
//! Handlers orchestrate: they read settings, call the store, and render to `ctx.out`.

pub mod completions;
pub mod config;
pub mod confirm;
pub mod man;
pub mod pattern;
pub mod progress;
pub mod schema;
pub mod seed;
pub mod table;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Result;

pub async fn run(command: Command, ctx: &mut Context) -> Result<()> {
    match command {
        Command::Config => config::run(ctx),
        Command::Schema(cmd) => schema::run(cmd, ctx).await,
        Command::Table(cmd) => table::run(cmd, ctx).await,
        Command::Pattern(cmd) => pattern::run(cmd, ctx).await,
        Command::Seed(args) => seed::run(args, ctx).await,
        Command::Completions(args) => completions::run(&args, &mut ctx.out),
        Command::Man => man::run(&mut ctx.out),
    }
}
