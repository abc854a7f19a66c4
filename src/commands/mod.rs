//! The commands: one module per group, one file per leaf, arguments and handler side by
//! side. This file owns the command enum and its dispatcher: it checks the output format
//! a leaf supports, resolves settings, runs the leaf, and adds hints to store facts.
//! Handlers orchestrate: they call the store and hand one outcome to render.

mod completions;
mod config;
mod doctor;
mod hints;
mod man;
mod pattern;
mod schema;
mod seed;
mod stream;
mod table;

use crate::args::GlobalArgs;
use crate::context::Context;
use crate::error::Result;
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
    /// List, scan, drop and restore tables
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
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff)
    Man,
}

impl Command {
    /// The output formats the leaf supports, its default first.
    fn formats(&self) -> &'static [OutputFormat] {
        match self {
            Command::Config => config::FORMATS,
            Command::Schema(c) => c.formats(),
            Command::Table(c) => c.formats(),
            Command::Pattern(c) => c.formats(),
            Command::Seed(_) => seed::FORMATS,
            Command::Stream(c) => c.formats(),
            Command::Doctor(_) => doctor::FORMATS,
            Command::Completions(_) | Command::Man => &[],
        }
    }
}

/// The streams a command writes to and the terminal it may ask.
pub struct Io {
    pub out: Box<dyn Write + Send>,
    pub messages: Messages,
    pub terminal: Box<dyn Terminal>,
}

pub async fn run(
    command: Command,
    global: &GlobalArgs,
    path: String,
    env: &dyn EnvLookup,
    mut io: Io,
    root: fn() -> clap::Command,
) -> Result<()> {
    // Completions and the man page need no settings: a bad variable must not break them.
    match &command {
        Command::Completions(args) => return completions::run(args, root(), &mut io.out),
        Command::Man => return man::run(root(), &mut io.out),
        _ => {}
    }
    let format = render::choose(global.output, &path, command.formats())?;
    let settings = Settings::resolve(&global.flags(), env)?;
    if let Some(w) = settings.prod_endpoint_warning() {
        io.messages.line(&w);
    }
    let mut ctx = Context::new(settings, format, io.out, io.messages, io.terminal);
    let result = match command {
        Command::Config => config::run(&mut ctx),
        Command::Schema(cmd) => schema::run(cmd, &mut ctx).await,
        Command::Table(cmd) => table::run(cmd, &mut ctx).await,
        Command::Pattern(cmd) => pattern::run(cmd, &mut ctx).await,
        Command::Seed(args) => seed::run(args, &mut ctx).await,
        Command::Stream(cmd) => stream::run(cmd, &mut ctx).await,
        Command::Doctor(args) => doctor::run(args, &mut ctx).await,
        Command::Completions(_) | Command::Man => Ok(()),
    };
    let flushed = ctx.out.flush();
    result.map_err(|e| hints::add(e, &ctx.settings))?;
    flushed?;
    Ok(())
}
