//! cruddur-ddb: the DynamoDB side of the Cruddur messaging app.
//!
//! One direction: argv -> [`cli`] -> [`settings::Settings`] -> [`commands`] ->
//! [`store`] -> [`render`]. `main.rs` only parses, runs and maps errors to exit codes.

pub mod attr;
pub mod cli;
pub mod commands;
pub mod context;
pub mod error;
pub mod model;
pub mod render;
pub mod settings;
pub mod store;

use cli::{Cli, Command};
use context::{Context, Terminal};
use error::Result;
use settings::{EnvLookup, Settings};
use std::io::Write;

/// Runs a parsed command line. Output goes to `out`, messages to `err`.
pub async fn run(
    cli: Cli,
    env: &dyn EnvLookup,
    mut out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
    terminal: Box<dyn Terminal>,
) -> Result<()> {
    // Completions and the man page need no settings: a bad variable must not break them.
    match &cli.command {
        Command::Completions(args) => return commands::completions::run(args, &mut out),
        Command::Man => return commands::man::run(&mut out),
        _ => {}
    }
    let settings = Settings::resolve(&cli.global, env)?;
    let warning = settings.prod_endpoint_warning();
    let mut ctx = Context::new(settings, out, err, terminal);
    if let Some(w) = warning {
        ctx.note(w);
    }
    let result = commands::run(cli.command, &mut ctx).await;
    let flushed = ctx.out.flush();
    result?;
    flushed?;
    Ok(())
}
