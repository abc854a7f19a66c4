//! `cruddur-ddb pattern ...`: the app's two access patterns.

mod get_conversations;
mod list_conversations;

use crate::context::Context;
use crate::error::Result;
use crate::render::OutputFormat;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PatternCommand {
    /// Messages of one conversation (pk = MSG#<group>), newest N shown oldest first
    GetConversations(get_conversations::GetArgs),
    /// A user's conversations (pk = GRP#<user uuid>), most recent first
    ListConversations(list_conversations::ListArgs),
}

impl PatternCommand {
    pub fn formats(&self) -> &'static [OutputFormat] {
        match self {
            PatternCommand::GetConversations(_) => get_conversations::FORMATS,
            PatternCommand::ListConversations(_) => list_conversations::FORMATS,
        }
    }
}

pub async fn run(cmd: PatternCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        PatternCommand::GetConversations(args) => get_conversations::run(args, ctx).await,
        PatternCommand::ListConversations(args) => list_conversations::run(args, ctx).await,
    }
}
