//! The commands: one module per group, one file per leaf, arguments and handler side by
//! side. This file owns the command enum and its dispatcher: it checks the output format
//! a leaf supports, resolves settings, runs the leaf, and adds hints to store facts.
//! Handlers orchestrate: they resolve, confirm, call the store or the pipeline
//! ([`support`]), and hand one outcome to render.

mod completions;
mod config;
mod doctor;
mod man;
mod pattern;
mod schema;
mod seed;
mod stream;
mod support;
mod table;
mod ui;

use crate::args::GlobalArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::render::{self, OutputFormat};
use crate::settings::{EnvLookup, Settings};
use crate::ui::{Messages, Terminal};
use clap::Subcommand;
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the resolved target (env, endpoint, region, table, credentials) without using the network
    Config,
    /// Create the messages table schema
    #[command(subcommand)]
    Schema(schema::SchemaCommand),
    /// Tables: list, scan, backup, drop, restore, export, copy, diff
    #[command(subcommand)]
    Table(table::TableCommand),
    /// Run the app's access patterns
    #[command(subcommand)]
    Pattern(pattern::PatternCommand),
    /// Write a demo conversation between two users from Postgres
    Seed(seed::SeedArgs),
    /// Check (and with --fix repair) the messaging data model
    Doctor(doctor::DoctorArgs),
    /// Read the table's stream locally (the AWS lambda's job)
    #[command(subcommand)]
    Stream(stream::StreamCommand),
    /// Browse and write conversations in a terminal UI, live
    Ui(ui::UiArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff), or write every page with --dir
    Man(man::ManArgs),
}

/// The output formats a leaf supports, its default first, by its path (`table scan`).
pub(crate) fn formats_for(path: &str) -> &'static [OutputFormat] {
    match path {
        "config" => config::FORMATS,
        "schema load" => schema::load::FORMATS,
        "table list" => table::list::FORMATS,
        "table scan" => table::scan::FORMATS,
        "table drop" => table::drop::FORMATS,
        "table backup" => table::backup::FORMATS,
        "table restore" => table::restore::FORMATS,
        "table export" => table::export::FORMATS,
        "table import" => table::import::FORMATS,
        "table copy" => table::copy::FORMATS,
        "table diff" => table::diff::FORMATS,
        "pattern get-conversations" => pattern::get_conversations::FORMATS,
        "pattern list-conversations" => pattern::list_conversations::FORMATS,
        "pattern create-message-group" => pattern::create_message_group::FORMATS,
        "pattern create-message" => pattern::create_message::FORMATS,
        "seed" => seed::FORMATS,
        "stream apply" => stream::apply::FORMATS,
        "stream tail" => stream::tail::FORMATS,
        "doctor" => doctor::FORMATS,
        "ui" => ui::FORMATS,
        _ => &[],
    }
}

/// The streams a command writes to and the terminal it may ask.
pub(crate) struct Io {
    pub out: Box<dyn Write + Send>,
    pub messages: Messages,
    pub terminal: Box<dyn Terminal>,
}

pub(crate) async fn run(
    command: Command,
    global: &GlobalArgs,
    path: String,
    env: std::sync::Arc<dyn EnvLookup + Send + Sync>,
    mut io: Io,
    root: fn() -> clap::Command,
) -> Result<()> {
    // Completions and the man page need no settings: a bad variable must not break them.
    if matches!(command, Command::Completions(_) | Command::Man(_))
        && let Some(f) = global.output
    {
        return Err(Error::Usage(format!(
            "`{path}` prints a script or a man page, not data: it takes no --output (got {})",
            f.name()
        ))
        .with_hint(format!("drop -o {}", f.name())));
    }
    match &command {
        Command::Completions(args) => return completions::run(args, root(), &mut io.out),
        Command::Man(args) => return man::run(args, root(), &mut io.out),
        _ => {}
    }
    let mut format = render::choose(global.output, &path, formats_for(&path))?;
    // A table is for people: piped, the default becomes plain text (tab-separated), as
    // gh and similar tools do; `-o table` still forces the box.
    if global.output.is_none() && format == OutputFormat::Table && !io.terminal.stdout_is_terminal()
    {
        format = OutputFormat::Text;
    }
    let settings = Settings::resolve(&global.flags(), &*env)?;
    if let Some(w) = settings.prod_endpoint_warning() {
        io.messages.line(&w);
    }
    let mut ctx = Context::new(settings, format, io.out, io.messages, io.terminal, env);
    let result = match command {
        Command::Config => config::run(&mut ctx),
        Command::Schema(cmd) => schema::run(cmd, &mut ctx).await,
        Command::Table(cmd) => table::run(cmd, &mut ctx).await,
        Command::Pattern(cmd) => pattern::run(cmd, &mut ctx).await,
        Command::Seed(args) => seed::run(args, &mut ctx).await,
        Command::Stream(cmd) => stream::run(cmd, &mut ctx).await,
        Command::Doctor(args) => doctor::run(args, &mut ctx).await,
        Command::Ui(args) => ui::run(args, &mut ctx).await,
        Command::Completions(_) | Command::Man(_) => Ok(()),
    };
    let flushed = ctx.out.flush();
    if let Err(e) = result {
        return Err(support::hints::add(e, &ctx).await);
    }
    flushed?;
    Ok(())
}
