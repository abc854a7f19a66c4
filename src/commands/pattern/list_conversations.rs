//! `cruddur-ddb pattern list-conversations`: a user's conversations.

use super::RangeArgs;
use crate::attr::{PlainItem, get_s};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model;
use crate::render::{self, OutputFormat, truncate};
use crate::store::dynamo::Query;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
#[command(
    after_help = "The handle is looked up in Postgres (CONNECTION_URL, or PROD_CONNECTION_URL with --env prod).\n\
Output formats: table (default), json."
)]
pub struct ListArgs {
    /// Whose conversations (looked up in Postgres)
    #[arg(long, default_value = "andrewbrown", conflicts_with = "user_uuid")]
    pub handle: String,
    /// Use this user uuid and skip Postgres
    #[arg(long, value_name = "UUID")]
    pub user_uuid: Option<String>,
    #[command(flatten)]
    pub range: RangeArgs,
}

#[derive(Serialize)]
struct Conversations<'a> {
    table: &'a str,
    user_uuid: &'a str,
    handle: Option<&'a str>,
    count: usize,
    more: bool,
    consumed_capacity: f64,
    conversations: Vec<PlainItem<'a>>,
}

pub async fn run(args: ListArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "pattern list-conversations",
        &[OutputFormat::Table, OutputFormat::Json],
    )?;
    let sort = args.range.condition()?;
    let (uuid, handle) = match &args.user_uuid {
        Some(u) => (model::validate_uuid(u, "--user-uuid")?, None),
        None => {
            let handle = model::handle(&args.handle);
            if handle.is_empty() {
                return Err(Error::Usage("--handle must not be empty".into()));
            }
            let user = ctx.users().await?.require(handle).await?;
            (user.uuid, Some(user.handle))
        }
    };
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let pk = format!("GRP#{uuid}");
    let mut query = Query::new(&table, "pk", &pk);
    query.sort = sort;
    query.limit = Some(args.range.limit);
    let page = store.query(&query).await?;
    match format {
        OutputFormat::Json => render::write_json(
            &mut ctx.out,
            &Conversations {
                table: &table,
                user_uuid: &uuid,
                handle: handle.as_deref(),
                count: page.items.len(),
                more: page.last_key.is_some(),
                consumed_capacity: page.capacity,
                conversations: page.items.iter().map(PlainItem).collect(),
            },
        )?,
        _ => {
            let rows = page.items.iter().map(|item| {
                let with = match (get_s(item, "user_display_name"), get_s(item, "user_handle")) {
                    (Some(n), Some(h)) => format!("{n} (@{h})"),
                    (None, Some(h)) => format!("@{h}"),
                    (Some(n), None) => n.to_string(),
                    (None, None) => "?".to_string(),
                };
                let sk = get_s(item, "sk").unwrap_or("?");
                vec![
                    with,
                    model::display_time(sk).unwrap_or_else(|| sk.to_string()),
                    truncate(get_s(item, "message").unwrap_or(""), 40),
                    get_s(item, "message_group_uuid").unwrap_or("?").to_string(),
                ]
            });
            render::write_table(
                &mut ctx.out,
                &["With", "Last message at", "Last message", "Group uuid"],
                rows,
            )?;
            ctx.out.flush()?;
            let who = handle
                .map(|h| format!("@{h} ({uuid})"))
                .unwrap_or(uuid.clone());
            let n = page.items.len();
            ctx.note(format!(
                "{n} conversation{} of {who}; consumed capacity: {} RCU",
                if n == 1 { "" } else { "s" },
                page.capacity
            ));
        }
    }
    Ok(())
}
