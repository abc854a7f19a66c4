//! `cruddur-ddb pattern list-conversations`: a user's conversations.

use crate::args::{Handle, RangeArgs, Uuid, handle, uuid};
use crate::context::Context;
use crate::error::Result;
use crate::model::item::Item;
use crate::model::messaging::RowView;
use crate::model::time::display_time_zoned;
use crate::render::{self, Outcome, OutputFormat, View, truncate};
use clap::Args;
use serde::Serialize;
use std::io::Write;

pub(crate) const FORMATS: &[OutputFormat] =
    &[OutputFormat::Table, OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "The handle is looked up in Postgres (CONNECTION_URL, or PROD_CONNECTION_URL with --env prod). \
Piped, the default output is tab-separated: name, @handle, time, last message, group uuid."
)]
pub struct ListArgs {
    /// Whose conversations (looked up in Postgres)
    #[arg(long, default_value = crate::model::messaging::DEFAULT_HANDLE, conflicts_with = "user_uuid", value_parser = handle("--handle"))]
    pub handle: Handle,
    /// Use this user uuid and skip Postgres
    #[arg(long, value_name = "UUID", value_parser = uuid)]
    pub user_uuid: Option<Uuid>,
    #[command(flatten)]
    pub range: RangeArgs,
}

#[derive(Serialize)]
struct Conversations {
    table: String,
    user_uuid: String,
    handle: Option<String>,
    count: usize,
    more: bool,
    /// Pass as --before for the next, older page.
    next_before: Option<String>,
    consumed_capacity: f64,
    #[serde(serialize_with = "crate::model::item::plain_items")]
    conversations: Vec<Item>,
}

impl Outcome for Conversations {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()> {
        let one_line = |t: &str| t.replace(['\t', '\n', '\r'], " ");
        if view.format == OutputFormat::Text {
            // Tab-separated, no header, nothing cut: for scripts.
            for item in &self.conversations {
                let v = RowView::of(item);
                let at = v.at().unwrap_or("?");
                writeln!(
                    out,
                    "{}\t@{}\t{}\t{}\t{}",
                    one_line(v.display_name().unwrap_or("?")),
                    v.handle().unwrap_or("?"),
                    display_time_zoned(at).unwrap_or_else(|| at.to_string()),
                    one_line(v.text().unwrap_or("")),
                    v.group_uuid().unwrap_or("?")
                )?;
            }
            return Ok(());
        }
        // A narrow terminal: the uuid is cut, then dropped (-o text keeps it whole).
        let uuid_column = !view.narrower_than(72);
        let short_uuid = view.narrower_than(110);
        let rows = self.conversations.iter().map(|item| {
            let v = RowView::of(item);
            let with = match (v.display_name(), v.handle()) {
                (Some(n), Some(h)) => format!("{n} (@{h})"),
                (None, Some(h)) => format!("@{h}"),
                (Some(n), None) => n.to_string(),
                (None, None) => "?".to_string(),
            };
            let at = v.at().unwrap_or("?");
            let uuid = v.group_uuid().unwrap_or("?");
            let mut row = vec![
                with,
                display_time_zoned(at).unwrap_or_else(|| at.to_string()),
                truncate(v.text().unwrap_or(""), 40),
            ];
            if uuid_column {
                row.push(if short_uuid {
                    truncate(uuid, 8)
                } else {
                    uuid.to_string()
                });
            }
            row
        });
        let headers: &[&str] = if uuid_column {
            &["With", "Last message at", "Last message", "Group uuid"]
        } else {
            &["With", "Last message at", "Last message"]
        };
        // Group uuids are meant to be copied: that column never wraps.
        render::write_table_keeping(view, out, headers, rows, &[3])?;
        if short_uuid && !self.conversations.is_empty() {
            writeln!(
                out,
                "(group uuids {} to fit; -o text shows them whole)",
                if uuid_column { "cut" } else { "left out" }
            )?;
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let who = match &self.handle {
            Some(h) => format!("@{h} ({})", self.user_uuid),
            None => self.user_uuid.clone(),
        };
        let n = self.count;
        let mut notes = vec![format!(
            "{} of {who}; consumed capacity: {:.1} RCU",
            crate::model::words::count(n as u64, "conversation"),
            self.consumed_capacity
        )];
        if let Some(cursor) = &self.next_before {
            notes.push(format!(
                "older conversations: pass --before {cursor} (or --all for every page)"
            ));
        }
        notes
    }
}

pub(crate) async fn run(args: ListArgs, ctx: &mut Context) -> Result<()> {
    let window = super::window(&args.range)?;
    let (user_uuid, handle) = match args.user_uuid {
        Some(u) => (u.0, None),
        None => {
            let user = ctx.users().await?.require(args.handle.as_str()).await?;
            (user.uuid, Some(user.handle))
        }
    };
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let page = ctx
        .waiting(
            "querying conversations",
            store.conversations(&table, &user_uuid, &window),
        )
        .await?;
    ctx.emit(&Conversations {
        table,
        user_uuid,
        handle,
        count: page.items.len(),
        more: page.more,
        next_before: super::next_before(&page.items, page.more),
        consumed_capacity: page.capacity,
        conversations: page.items,
    })
}
