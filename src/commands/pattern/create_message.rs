//! `cruddur-ddb pattern create-message`: a reply, written with both group rows moved to
//! it in one transaction.

use super::create_message_group::MessageOut;
use super::{Sender, person};
use crate::args::{Handle, Uuid, YesArg, handle, uuid};
use crate::context::Context;
use crate::error::Result;
use crate::model::messaging::{Message, random_uuid};
use crate::model::time::format_sk;
use crate::render::{Outcome, OutputFormat, View};
use clap::Args;
use serde::Serialize;
use std::io::Write;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Writes the message and moves BOTH group rows to it in ONE \
TransactWriteItems (a delete of each row at the key just read, and a put of the moved row), \
retried with backoff when a concurrent sender got there first. Rows only move forward. \
Refuses a sender who is not a participant, and a conversation that does not exist; then \
nothing is written."
)]
pub struct CreateMessageArgs {
    /// The conversation
    #[arg(long, value_name = "UUID", value_parser = uuid)]
    pub group_uuid: Uuid,
    /// The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]
    #[arg(long, value_parser = handle("--handle"))]
    pub handle: Option<Handle>,
    /// The sender's uuid, skipping Postgres (their handle and name are taken from the conversation)
    #[arg(long, value_name = "UUID", value_parser = uuid)]
    pub user_uuid: Option<Uuid>,
    /// The message
    #[arg(value_parser = super::text)]
    pub text: String,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Replied {
    table: String,
    group_uuid: String,
    message: MessageOut,
    rows_moved: u32,
    rows_already_newer: u32,
    retries: u32,
}

impl Outcome for Replied {
    /// The new message's id alone, as create-message-group prints its group's.
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(out, "{}", self.message.message_uuid)?;
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = vec![format!(
            "sent message {} at {} to {}; moved {}",
            self.message.message_uuid,
            self.message.created_at,
            self.group_uuid,
            crate::model::words::count(u64::from(self.rows_moved), "group row")
        )];
        if self.rows_already_newer > 0 {
            notes.push(format!(
                "note: {} already on a newer message stayed",
                crate::model::words::count(u64::from(self.rows_already_newer), "group row")
            ));
        }
        if self.retries > 0 {
            notes.push(format!(
                "note: retried {} after concurrent writes",
                crate::model::words::count(u64::from(self.retries), "time")
            ));
        }
        notes
    }
}

pub(crate) async fn run(args: CreateMessageArgs, ctx: &mut Context) -> Result<()> {
    let sender = person(ctx, Sender::new(args.handle, args.user_uuid)).await?;
    let table = ctx.settings.table.value.clone();
    ctx.confirm_write(
        &format!("write a message into table {table}"),
        &table,
        args.yes.yes,
    )?;
    let store = ctx.dynamo().await?;
    let message = Message {
        group_uuid: args.group_uuid.0.clone(),
        at: format_sk(chrono::Utc::now()),
        message_uuid: random_uuid(),
        text: args.text,
        sender,
    };
    let (written, moved) = store.send_message(&table, &message).await?;
    ctx.emit(&Replied {
        table,
        group_uuid: args.group_uuid.0,
        message: MessageOut::of(&written),
        rows_moved: moved.rows,
        rows_already_newer: moved.current,
        retries: moved.retries,
    })
}
