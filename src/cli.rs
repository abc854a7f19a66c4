//! The root of the clap tree: the global options and the command enum (which lives in
//! `commands/`, beside its dispatcher). Parsing ends here, at validated values.

use crate::args::GlobalArgs;
use crate::commands::Command;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser};

/// Each line fits 56 columns, so a narrow terminal never re-wraps the columns.
const ENV_HELP: &str = "\
Environment (flags win; `cruddur-ddb config` shows all):
  CRUDDUR_ENV            dev or prod (default dev)
  AWS_ENDPOINT_URL_DYNAMODB, then AWS_ENDPOINT_URL
                         the endpoint
  AWS_REGION, then AWS_DEFAULT_REGION
                         the region (then the profile's)
  AWS_PROFILE            the profile (dev: static keys)
  AWS_ACCESS_KEY_ID ...  keys dev signs with (DynamoDB
                         Local keeps a database per key
                         and region without -sharedDb)
  DDB_MESSAGE_TABLE      table (cruddur-messages)
  CONNECTION_URL         Postgres URL in dev
  PROD_CONNECTION_URL    Postgres URL with --env prod
Global options, before or after the subcommand:
  --env --endpoint-url --region --profile --table -o";

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

/// The whole clap tree, each leaf's help ending with the output formats it accepts.
pub(crate) fn command() -> clap::Command {
    annotate(Cli::command(), String::new())
}

fn annotate(cmd: clap::Command, path: String) -> clap::Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    if subs.is_empty() {
        let formats = crate::commands::formats_for(&path);
        let Some(first) = formats.first() else {
            return cmd;
        };
        let mut names: Vec<String> = formats.iter().map(|f| f.name().to_string()).collect();
        names[0] = if *first == crate::render::OutputFormat::Table {
            format!("{} (default; text when piped)", first.name())
        } else {
            format!("{} (default)", first.name())
        };
        let line = format!("Output (-o): {}", names.join(", "));
        let after = match cmd.get_after_help() {
            Some(a) => format!("{a}\n{line}"),
            None => line,
        };
        return cmd.after_help(after);
    }
    subs.into_iter().fold(cmd, |cmd, name| {
        let p = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd.mut_subcommand(&name, |s| annotate(s, p))
    })
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

/// The original scripts' names (`bin/ddb/*`), and the command each became.
const OLD_NAMES: &[(&str, &str)] = &[
    ("list-tables", "cruddur-ddb table list"),
    ("schema-load", "cruddur-ddb schema load"),
    ("drop", "cruddur-ddb table drop NAME"),
    ("scan", "cruddur-ddb table scan"),
    ("get-conversations", "cruddur-ddb pattern get-conversations"),
    (
        "list-conversations",
        "cruddur-ddb pattern list-conversations",
    ),
    ("patterns", "cruddur-ddb pattern"),
    ("ddb", "cruddur-ddb"),
];

/// Subcommands other tools have, and what does that job here.
const SYNONYMS: &[(&str, &str)] = &[
    (
        "load",
        "write a file into a table with `cruddur-ddb table restore FILE [NAME]`",
    ),
    (
        "put",
        "write a file into a table with `cruddur-ddb table restore FILE [NAME]`",
    ),
    (
        "delete",
        "delete a table with `cruddur-ddb table drop NAME`",
    ),
];

/// For an unknown subcommand that is one of the original scripts' names, the command it
/// is now: `'list-tables' is now 'cruddur-ddb table list'`.
fn old_name(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(typed)) = e.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    let name = typed.rsplit('/').next().unwrap_or(typed);
    let name = name.strip_suffix(".py").unwrap_or(name);
    if let Some((_, new)) = OLD_NAMES.iter().find(|(old, _)| *old == name) {
        return Some(format!(
            "'{typed}' is now '{new}' (see `cruddur-ddb --help`)"
        ));
    }
    // Words a user of other tools reaches for, and the command that does it here (clap's
    // own suggestion goes by spelling: `import` would get `export`).
    SYNONYMS
        .iter()
        .find(|(word, _)| *word == name)
        .map(|(_, cmd)| format!("there is no '{typed}'; {cmd}"))
}

/// Parses arguments (the process's, or a test's).
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command()
        .try_get_matches_from(args)
        .map_err(|e| match old_name(&e) {
            Some(message) => command().error(clap::error::ErrorKind::InvalidSubcommand, message),
            None => e,
        })?;
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
        command().debug_assert();
    }

    #[test]
    fn every_leaf_names_its_output_formats() {
        fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, String)>) {
            if cmd.get_subcommands().next().is_none() {
                let help = cmd
                    .get_after_help()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                out.push((path, help));
                return;
            }
            for s in cmd.get_subcommands() {
                let p = if path.is_empty() {
                    s.get_name().to_string()
                } else {
                    format!("{path} {}", s.get_name())
                };
                leaves(s, p, out);
            }
        }
        let mut all = Vec::new();
        leaves(&command(), String::new(), &mut all);
        for (path, help) in all {
            if matches!(path.as_str(), "completions" | "man")
                || path.ends_with(" help")
                || path == "help"
            {
                continue;
            }
            assert!(help.contains("Output (-o): "), "{path}: {help}");
        }
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
    fn the_original_script_names_point_to_their_commands() {
        for (old, new) in OLD_NAMES {
            let err = parse(["cruddur-ddb", old]).err().unwrap().to_string();
            assert!(err.contains(&format!("'{old}' is now '{new}'")), "{err}");
        }
    }

    #[test]
    fn the_command_path_comes_from_clap() {
        let inv = parse(["cruddur-ddb", "-o", "json", "table", "scan", "tbl1"]).unwrap();
        assert_eq!(inv.path, "table scan");
    }
}
