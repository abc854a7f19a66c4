//! `cruddur-ddb pattern create-message-group`: a new conversation, written atomically.

use super::{Sender, person};
use crate::args::{Handle, Uuid, YesArg, handle, uuid};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::messaging::{Message, random_uuid};
use crate::model::time::format_sk;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::messaging::NewConversation;
use clap::Args;
use serde::Serialize;
use std::io::Write;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Writes the first message and one group row per participant in ONE \
TransactWriteItems, each only if its key is free, with a client request token so a retried \
call is idempotent (the app used a BatchWriteItem that could half-succeed). Refuses when the \
two users already have a conversation, unless --new."
)]
pub struct CreateGroupArgs {
    /// The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]
    #[arg(long, value_parser = handle("--handle"))]
    pub handle: Option<Handle>,
    /// The sender's uuid, skipping Postgres (--handle is then stored as given)
    #[arg(long, value_name = "UUID", value_parser = uuid)]
    pub user_uuid: Option<Uuid>,
    /// The recipient (looked up in Postgres)
    #[arg(long, value_parser = handle("--other-handle"), required_unless_present = "other_user_uuid")]
    pub other_handle: Option<Handle>,
    /// The recipient's uuid, skipping Postgres (--other-handle is then stored as given)
    #[arg(long, value_name = "UUID", value_parser = uuid)]
    pub other_user_uuid: Option<Uuid>,
    /// Start another conversation even if the two already have one
    #[arg(long)]
    pub new: bool,
    /// The first message
    #[arg(value_parser = super::text)]
    pub text: String,
    #[command(flatten)]
    pub yes: YesArg,
}

#[derive(Serialize)]
struct Created {
    table: String,
    group_uuid: String,
    message: MessageOut,
    rows: Vec<RowOut>,
}

#[derive(Serialize)]
pub(super) struct MessageOut {
    pub message_uuid: String,
    pub created_at: String,
    pub text: String,
    pub sender_uuid: String,
    pub sender_handle: String,
}

impl MessageOut {
    pub(super) fn of(m: &Message) -> Self {
        MessageOut {
            message_uuid: m.message_uuid.clone(),
            created_at: m.at.clone(),
            text: m.text.clone(),
            sender_uuid: m.sender.uuid.clone(),
            sender_handle: m.sender.handle.clone(),
        }
    }
}

#[derive(Serialize)]
struct RowOut {
    owner_uuid: String,
    with_uuid: String,
    with_handle: String,
    last_message_at: String,
}

impl Outcome for Created {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        writeln!(out, "{}", self.group_uuid)?;
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        vec![format!(
            "created conversation {} between @{} and @{} in {} (message {} at {})",
            self.group_uuid,
            self.message.sender_handle,
            self.rows[0].with_handle,
            self.table,
            self.message.message_uuid,
            self.message.created_at
        )]
    }
}

pub(crate) async fn run(args: CreateGroupArgs, ctx: &mut Context) -> Result<()> {
    let sender = person(ctx, Sender::new(args.handle, args.user_uuid)).await?;
    let other = person(ctx, Sender::new(args.other_handle, args.other_user_uuid)).await?;
    // The rows name each participant by handle: a uuid alone does not say it.
    for (who, flag) in [(&sender, "--handle"), (&other, "--other-handle")] {
        if who.handle.is_empty() {
            return Err(Error::Usage(format!(
                "{flag} is needed with a uuid: the group rows store each participant's handle"
            )));
        }
    }
    if sender.uuid == other.uuid {
        return Err(Error::Usage(format!(
            "the sender and the recipient are both {}; a conversation needs two different users",
            sender.uuid
        )));
    }
    let table = ctx.settings.table.value.clone();
    ctx.confirm_write(
        &format!("write a new conversation into table {table}"),
        &table,
        args.yes.yes,
    )?;
    let store = ctx.dynamo().await?;
    if !args.new
        && let Some(group) = store
            .conversation_between(&table, &sender.uuid, &other.uuid)
            .await?
    {
        return Err(Error::Conflict(format!(
            "@{} and @{} already have conversation {group}",
            sender.handle, other.handle
        ))
        .with_hint(format!(
            "write to it with `cruddur-ddb pattern create-message --group-uuid {group}`, or pass --new"
        )));
    }
    let group_uuid = random_uuid();
    let message = Message {
        group_uuid: group_uuid.clone(),
        at: format_sk(chrono::Utc::now()),
        message_uuid: random_uuid(),
        text: args.text,
        sender: sender.clone(),
    };
    store
        .create_conversation(
            &table,
            &NewConversation {
                group_uuid: &group_uuid,
                message_uuid: &message.message_uuid,
                at: &message.at,
                text: &message.text,
                sender: &sender,
                other: &other,
            },
        )
        .await?;
    let row =
        |owner: &crate::model::messaging::Person, with: &crate::model::messaging::Person| RowOut {
            owner_uuid: owner.uuid.clone(),
            with_uuid: with.uuid.clone(),
            with_handle: with.handle.clone(),
            last_message_at: message.at.clone(),
        };
    ctx.emit(&Created {
        table,
        group_uuid,
        rows: vec![row(&sender, &other), row(&other, &sender)],
        message: MessageOut::of(&message),
    })
}
