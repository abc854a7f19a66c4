//! The clap tree: types only. Leaf arguments live beside their handlers in
//! `commands/<group>/<leaf>.rs`; this file assembles them.

use crate::commands::{pattern, schema, seed, table};
use crate::render::OutputFormat;
use crate::settings::EnvName;
use clap::{Args, Parser, Subcommand};

const ENV_HELP: &str = "\
Environment variables:
  CRUDDUR_ENV                 dev | prod (default dev)
  AWS_ENDPOINT_URL_DYNAMODB   endpoint override (then AWS_ENDPOINT_URL)
  AWS_REGION, AWS_PROFILE     region and profile (profile: prod only)
  DDB_MESSAGE_TABLE           table name (default cruddur-messages)
  CONNECTION_URL              Postgres URL in dev
  PROD_CONNECTION_URL         Postgres URL in prod
Flags win over variables. `cruddur-ddb config` shows what was resolved.";

#[derive(Debug, Parser)]
#[command(
    name = "cruddur-ddb",
    version,
    about = "Manage the DynamoDB side of Cruddur messaging: schema, tables, seed, access patterns",
    long_about = None,
    after_help = ENV_HELP,
    propagate_version = true,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]
    #[arg(long, global = true, value_enum, value_name = "ENV")]
    pub env: Option<EnvName>,
    /// DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// AWS region [env: AWS_REGION; dev default us-east-1]
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
    /// AWS profile, with --env prod [env: AWS_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        add = clap_complete::ArgValueCompleter::new(crate::commands::completions::table_name_candidates)
    )]
    pub table: Option<String>,
    /// Output format; each command accepts some of these (its help says which, and its default)
    #[arg(long, short = 'o', global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
}

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
    /// Print a shell completion script
    Completions(crate::commands::completions::CompletionsArgs),
    /// Print the man page (roff)
    Man,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_clap_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_are_accepted_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "cruddur-ddb",
            "table",
            "list",
            "--env",
            "prod",
            "--table",
            "t1",
            "-o",
            "json",
        ])
        .unwrap();
        assert_eq!(cli.global.env, Some(EnvName::Prod));
        assert_eq!(cli.global.table.as_deref(), Some("t1"));
        assert_eq!(cli.global.output, Some(OutputFormat::Json));
    }
}
