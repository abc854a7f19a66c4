//! `cruddur-ddb pattern ...`: the app's two access patterns.

pub(super) mod create_message;
pub(super) mod create_message_group;
pub(super) mod get_conversations;
pub(super) mod list_conversations;

use crate::args::RangeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::store::dynamo::queries::Window;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PatternCommand {
    /// Messages of one conversation (pk = MSG#<group>), newest N shown oldest first
    GetConversations(get_conversations::GetArgs),
    /// A user's conversations (pk = GRP#<user uuid>), most recent first
    ListConversations(list_conversations::ListArgs),
    /// Start a conversation: the first message and both group rows, atomically
    CreateMessageGroup(create_message_group::CreateGroupArgs),
    /// Reply in a conversation, moving both group rows to the new message atomically
    CreateMessage(create_message::CreateMessageArgs),
}

pub(super) async fn run(cmd: PatternCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        PatternCommand::GetConversations(args) => get_conversations::run(args, ctx).await,
        PatternCommand::ListConversations(args) => list_conversations::run(args, ctx).await,
        PatternCommand::CreateMessageGroup(args) => create_message_group::run(args, ctx).await,
        PatternCommand::CreateMessage(args) => create_message::run(args, ctx).await,
    }
}

/// The rows asked for, as a store window.
fn window(range: &RangeArgs) -> Result<Window> {
    Ok(Window {
        range: range.range()?,
        limit: range.limit,
        before: range.before.clone(),
        all: range.all,
    })
}

/// The cursor for the next (older) page: the oldest sort key returned, when there is more.
fn next_before(items: &[crate::model::item::Item], more: bool) -> Option<String> {
    let oldest = items
        .iter()
        .filter_map(|i| crate::model::messaging::RowView::of(i).at())
        .min()?;
    more.then(|| oldest.to_string())
}

/// A message's text: not blank, and small enough for an item.
fn text(raw: &str) -> std::result::Result<String, String> {
    const MAX: usize = 64 * 1024;
    if raw.trim().is_empty() {
        Err("the message must not be empty".into())
    } else if raw.len() > MAX {
        Err(format!(
            "the message is {} bytes; keep it under {MAX} (DynamoDB items are at most 400 KB)",
            raw.len()
        ))
    } else {
        Ok(raw.to_string())
    }
}

/// Who a user is: by handle (Postgres), or by uuid (no Postgres).
struct Sender {
    handle: Option<crate::args::Handle>,
    uuid: Option<crate::args::Uuid>,
}

impl Sender {
    fn new(handle: Option<crate::args::Handle>, uuid: Option<crate::args::Uuid>) -> Self {
        Sender { handle, uuid }
    }
}

/// The user behind `who`: looked up in Postgres by handle, or taken as given by uuid
/// (its handle then as typed, or empty for the store to fill from the conversation).
async fn person(ctx: &Context, who: Sender) -> Result<crate::model::messaging::Person> {
    match (who.uuid, who.handle) {
        (Some(uuid), handle) => {
            let handle = handle.map(|h| h.0).unwrap_or_default();
            Ok(crate::model::messaging::Person {
                uuid: uuid.0,
                display_name: handle.clone(),
                handle,
            })
        }
        (None, Some(handle)) => ctx.users().await?.require(handle.as_str()).await,
        // The same default user as seed and the read patterns.
        (None, None) => {
            ctx.users()
                .await?
                .require(crate::model::messaging::DEFAULT_HANDLE)
                .await
        }
    }
}
