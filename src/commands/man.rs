//! `cruddur-ddb man [--dir DIR]`: the man pages in roff (clap_mangen): the main page, with
//! exit codes and environment variables, and with --dir one page per subcommand.
//! Committed under doc/ and kept current by a test.

use crate::error::{Error, Exit, Result};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (the main one and one per subcommand) into DIR instead of printing
    /// the main page
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// The variables the tool reads, for the ENVIRONMENT section.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("CRUDDUR_ENV", "dev or prod (default dev); --env wins."),
    (
        "AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL",
        "the DynamoDB endpoint; --endpoint-url wins. Dev default: http://localhost:8000.",
    ),
    (
        "AWS_REGION, AWS_DEFAULT_REGION",
        "the region, then the profile's; dev default us-east-1.",
    ),
    (
        "AWS_PROFILE, AWS_DEFAULT_PROFILE",
        "the profile: in dev its static keys, in prod the full AWS chain.",
    ),
    (
        "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN",
        "dev signs with these when set (DynamoDB Local keeps a database per access key and region without -sharedDb).",
    ),
    (
        "AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE",
        "the shared files (default ~/.aws/credentials and ~/.aws/config).",
    ),
    (
        "DDB_MESSAGE_TABLE",
        "the messages table (default cruddur-messages); --table wins.",
    ),
    (
        "CONNECTION_URL, PROD_CONNECTION_URL",
        "the Postgres URL of the users table, in dev and in prod.",
    ),
];

fn esc(text: &str) -> String {
    text.replace('\\', "\\\\").replace('-', "\\-")
}

/// The main page: clap_mangen's sections, then EXIT STATUS and ENVIRONMENT.
fn main_page(root: clap::Command) -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(root.clone().after_help(""));
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    man.render_options_section(&mut buf)?;
    man.render_subcommands_section(&mut buf)?;
    writeln!(buf, ".SH \"EXIT STATUS\"")?;
    for (exit, meaning) in Exit::DOCUMENTED {
        writeln!(buf, ".TP\n\\fB{}\\fR\n{}", exit.code(), esc(meaning))?;
    }
    writeln!(buf, ".SH ENVIRONMENT")?;
    for (name, meaning) in ENVIRONMENT {
        writeln!(buf, ".TP\n\\fB{}\\fR\n{}", esc(name), esc(meaning))?;
    }
    writeln!(
        buf,
        ".PP\nFlags win over variables; \\fBcruddur\\-ddb config\\fR shows what was resolved."
    )?;
    man.render_version_section(&mut buf)?;
    Ok(buf)
}

pub(super) fn run(args: &ManArgs, root: clap::Command, out: &mut dyn Write) -> Result<()> {
    let page = main_page(root.clone())?;
    match &args.dir {
        None => {
            out.write_all(&page)?;
            out.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
            clap_mangen::generate_to(root, dir).map_err(|e| {
                Error::io(format!("writing the man pages into {}", dir.display()), e)
            })?;
            let main = dir.join("cruddur-ddb.1");
            std::fs::write(&main, page)
                .map_err(|e| Error::io(format!("writing {}", main.display()), e))?;
        }
    }
    Ok(())
}
