//! `cruddur-ddb schema load`: create the messages table if it is not there, check it
//! if it is, and wait until the table and its index are ACTIVE. Never drops anything.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::schema::{self, GROUP_INDEX};
use crate::render::{Outcome, OutputFormat, View};
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::time::Duration;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Creates pk/sk (S), index message-group-sk-index (message_group_uuid, sk; ALL), \
PROVISIONED 5/5, stream NEW_IMAGE. Re-running it on a matching table is a no-op."
)]
pub struct LoadArgs {
    /// Return once CreateTable is accepted, without waiting for ACTIVE
    #[arg(long)]
    pub no_wait: bool,
    /// Create no stream. Only the AWS lambda reads it, and DynamoDB Local slows down
    /// every write as stream records pile up: useful for large local loads
    #[arg(long)]
    pub no_stream: bool,
}

#[derive(Serialize)]
struct Loaded {
    table: String,
    endpoint: String,
    created: bool,
    active: bool,
    warnings: Vec<String>,
}

impl Outcome for Loaded {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        let what = if self.created {
            "created table"
        } else {
            "table already exists with the expected keys and index:"
        };
        let state = if self.active {
            "ACTIVE"
        } else {
            "not waited for: --no-wait"
        };
        writeln!(out, "{what} {} at {} ({state})", self.table, self.endpoint)?;
        Ok(())
    }
}

pub(crate) async fn run(args: LoadArgs, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let label = store.label().to_string();
    let wanted = schema::messages_table(&table, !args.no_stream);
    let created = store.create_table(&wanted).await?;
    let mut warnings = Vec::new();
    if !created {
        let info = store.describe_table(&table).await?.ok_or_else(|| {
            Error::Conflict(format!(
                "table {table} at {label} is being deleted; wait and run `schema load` again"
            ))
        })?;
        let diff = schema::schema_diff(&info.schema, &wanted);
        if !diff.errors.is_empty() {
            return Err(Error::Conflict(format!(
                "table {table} already exists at {label} with a different schema: {}; nothing was changed (use another --table, or drop it with `cruddur-ddb table drop {table} --backup FILE`)",
                diff.errors.join("; ")
            )));
        }
        warnings = diff.warnings;
        for w in &warnings {
            ctx.note(format!("note: {w}"));
        }
    }
    let mut active = false;
    if !args.no_wait {
        let messages = ctx.messages.clone();
        let waited = store
            .wait_active(&table, Duration::from_secs(600), |line| {
                messages.line(&format!("waiting: {line}"));
            })
            .await
            .map_err(|e| e.with_hint("check it with `cruddur-ddb table list`"))?;
        active = true;
        if created && waited > Duration::from_millis(500) {
            ctx.note(format!(
                "{table} and {GROUP_INDEX} became ACTIVE after {:.1} s",
                waited.as_secs_f64()
            ));
        }
    }
    ctx.emit(&Loaded {
        table,
        endpoint: label,
        created,
        active,
        warnings,
    })
}
