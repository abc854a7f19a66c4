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

use error::{Error, Exit, Result};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

fn exit(code: Exit) -> ExitCode {
    ExitCode::from(code.code() as u8)
}

/// The async runtime the commands run on (two workers: the machines have two cores).
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io("starting the async runtime", e))
}

/// Ctrl-C: a command that can stop cleanly is told; otherwise (or on a second Ctrl-C)
/// this prints `interrupted` on a clean line and returns the exit code, for `main` to
/// stop the process at once (even while a prompt blocks on stdin).
pub async fn unhandled_ctrl_c() -> i32 {
    loop {
        if tokio::signal::ctrl_c().await.is_err() {
            // No handler could be installed: Ctrl-C keeps its default, and this waits forever.
            std::future::pending::<()>().await;
        }
        if !ui::interrupt::deliver() {
            break;
        }
    }
    let mut err = io::stderr().lock();
    if io::stderr().is_terminal() {
        let _ = write!(err, "\r\x1b[2K");
    }
    let _ = writeln!(err, "interrupted");
    Error::Interrupted.exit_code()
}

/// A command line clap refused (or `--help`/`--version`, which are not errors).
pub fn usage(e: &clap::Error) -> ExitCode {
    // `table list -V` says `cruddur-ddb 0.1.0`, as the root does (clap names the
    // subcommand: `cruddur-ddb-table-list 0.1.0`).
    if e.kind() == clap::error::ErrorKind::DisplayVersion {
        println!("cruddur-ddb {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let _ = e.print();
    exit(if e.use_stderr() {
        Exit::Usage
    } else {
        Exit::Ok
    })
}

/// How an error is reported: `error: ...`, then `hint: ...` lines.
pub fn error_lines(e: &Error) -> Vec<String> {
    render::error_lines(e)
}

/// Reports how the command ended, on stderr, and gives its exit code.
pub fn finish(result: Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let mut err = io::stderr().lock();
            for line in render::error_lines(&e) {
                let _ = writeln!(err, "{line}");
            }
            exit(e.exit())
        }
    }
}

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
