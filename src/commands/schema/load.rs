//! `cruddur-ddb schema load`: create the messages table if it is not there, check it
//! if it is, and wait until the table and its index are ACTIVE. Never drops anything.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::{self, GSI_NAME};
use crate::render::{self, OutputFormat};
use clap::Args;
use serde::Serialize;
use std::time::Duration;

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
struct Loaded<'a> {
    table: &'a str,
    endpoint: &'a str,
    created: bool,
    active: bool,
    warnings: Vec<String>,
}

pub async fn run(args: LoadArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "schema load",
        &[OutputFormat::Text, OutputFormat::Json],
    )?;
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let label = store.label().to_string();
    let created = store.create_messages_table(&table, !args.no_stream).await?;
    let mut warnings = Vec::new();
    if !created {
        let desc = store.describe_table(&table).await?.ok_or_else(|| {
            Error::Conflict(format!(
                "table {table} at {label} is being deleted; wait and run `schema load` again"
            ))
        })?;
        let diff = model::schema_diff(&desc, !args.no_stream);
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
        let err = &mut ctx.err;
        let waited = store
            .wait_active(&table, Duration::from_secs(600), |line| {
                let _ = writeln!(err, "waiting: {line}");
            })
            .await?;
        active = true;
        if created && waited > Duration::from_millis(500) {
            ctx.note(format!(
                "{table} and {GSI_NAME} became ACTIVE after {:.1} s",
                waited.as_secs_f64()
            ));
        }
    }
    match format {
        OutputFormat::Json => render::write_json(
            &mut ctx.out,
            &Loaded {
                table: &table,
                endpoint: &label,
                created,
                active,
                warnings,
            },
        )?,
        _ => {
            let what = if created {
                "created table"
            } else {
                "table already exists with the expected keys and index:"
            };
            let state = if active {
                "ACTIVE"
            } else {
                "not waited for: --no-wait"
            };
            writeln!(ctx.out, "{what} {table} at {label} ({state})")?;
        }
    }
    Ok(())
}
