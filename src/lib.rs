//! cruddur-ddb: the DynamoDB side of the Cruddur messaging app.
//!
//! One direction: argv -> [`cli`] (clap types, [`args`] value parsers) -> [`settings`]
//! -> [`commands`] -> [`store`] -> [`render`]. [`model`] is plain data every layer may
//! use; [`ui`] is the terminal seam. `main.rs` only parses, runs and maps errors to exit
//! codes.

mod args;
mod cli;
mod commands;
mod complete;
mod context;
pub mod error;
mod files;
mod model;
mod render;
mod settings;
mod store;
mod ui;

pub use cli::{Invocation, parse};
pub use settings::{EnvLookup, ProcessEnv};
pub use ui::{RealTerminal, Terminal};

/// Ctrl-C: `true` when the running command stops cleanly by itself.
pub fn deliver_interrupt() -> bool {
    ui::interrupt::deliver()
}

use error::Result;
use std::io::Write;

/// The whole clap tree, for shell completion.
pub fn command() -> clap::Command {
    cli::command()
}

/// Runs a parsed command line. Output goes to `out`, messages to `err`.
pub async fn run(
    invocation: Invocation,
    env: std::sync::Arc<dyn EnvLookup + Send + Sync>,
    out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
    terminal: Box<dyn Terminal>,
) -> Result<()> {
    let Invocation { cli, path } = invocation;
    let io = commands::Io {
        out,
        messages: ui::Messages::new(err),
        terminal,
    };
    commands::run(cli.command, &cli.global, path, env, io, command).await
}
