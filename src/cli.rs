//! The root of the clap tree: the global options and the command enum (which lives in
//! `commands/`, beside its dispatcher). Parsing ends here, at validated values.

use crate::args::GlobalArgs;
use crate::commands::Command;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser};

const ENV_HELP: &str = "\
Environment variables:
  CRUDDUR_ENV                 dev | prod (default dev)
  AWS_ENDPOINT_URL_DYNAMODB   endpoint override (then AWS_ENDPOINT_URL)
  AWS_REGION                  region (then AWS_DEFAULT_REGION, then the profile's)
  AWS_PROFILE                 profile; dev reads its static keys as the AWS CLI would
  AWS_ACCESS_KEY_ID, ...      dev signs with these when set (DynamoDB Local keeps a
                              database per access key and region without -sharedDb)
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

/// A parsed command line and the subcommand path as typed (`table scan`).
pub struct Invocation {
    pub cli: Cli,
    pub path: String,
}

/// The names of the subcommands chosen, from clap's own matches.
fn command_path(matches: &ArgMatches) -> String {
    let mut names = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        names.push(name.to_string());
        current = sub;
    }
    names.join(" ")
}

/// Parses arguments (the process's, or a test's).
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = Cli::command().try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    Ok(Invocation {
        path: command_path(&matches),
        cli,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::OutputFormat;
    use crate::settings::EnvName;

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

    #[test]
    fn the_command_path_comes_from_clap() {
        let inv = parse(["cruddur-ddb", "-o", "json", "table", "scan", "tbl1"]).unwrap();
        assert_eq!(inv.path, "table scan");
    }
}
