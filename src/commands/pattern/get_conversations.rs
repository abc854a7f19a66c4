//! `cruddur-ddb pattern get-conversations`: the messages of one group.

use crate::args::{RangeArgs, Uuid, uuid};
use crate::context::Context;
use crate::error::Result;
use crate::model::item::Item;
use crate::model::messaging::{RowView, SEED_GROUP_UUID};
use crate::model::time::{TimeRange, display_time_zoned};
use crate::render::{Outcome, OutputFormat, View, truncate};
use clap::Args;
use serde::Serialize;
use std::io::Write;

pub(crate) const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = "Text output keeps the original scripts' layout: handle, time, message cut to 40."
)]
pub struct GetArgs {
    /// The message group (conversation)
    #[arg(long, value_name = "UUID", default_value = SEED_GROUP_UUID, value_parser = uuid)]
    pub group_uuid: Uuid,
    #[command(flatten)]
    pub range: RangeArgs,
}

#[derive(Serialize)]
struct MessagePage {
    table: String,
    group_uuid: String,
    count: usize,
    more: bool,
    /// Pass as --before for the next, older page.
    next_before: Option<String>,
    consumed_capacity: f64,
    #[serde(serialize_with = "crate::model::item::plain_items")]
    messages: Vec<Item>,
    #[serde(skip)]
    filtered: bool,
    #[serde(skip)]
    before: Option<String>,
}

/// One line of the text view: handle (12 wide), time with its zone (26 wide), message cut to 40,
/// and the warnings for a malformed row (which is still shown).
fn text_line(item: &Item) -> (String, Vec<String>) {
    let v = RowView::of(item);
    let at = v.at().unwrap_or("?");
    let time = v
        .at()
        .and_then(display_time_zoned)
        .unwrap_or_else(|| truncate(at, 19));
    (
        format!(
            "{:<12}{time:<26}{}",
            v.handle().unwrap_or("?"),
            truncate(v.text().unwrap_or(""), 40)
        ),
        v.message_problems(),
    )
}

impl Outcome for MessagePage {
    fn write_human(&self, _: &View, out: &mut dyn Write) -> Result<()> {
        for item in &self.messages {
            writeln!(out, "{}", text_line(item).0)?;
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = self
            .messages
            .iter()
            .flat_map(|i| text_line(i).1)
            .map(|w| format!("warning: {w}"))
            .collect();
        if self.messages.is_empty() {
            let hint = match (&self.before, self.filtered) {
                (Some(b), _) => format!("none older than {b}; drop --before to see the newest"),
                (None, true) => {
                    "none in that time range; drop --year/--since/--until to see the newest".into()
                }
                (None, false) => "write some with `cruddur-ddb seed`".into(),
            };
            notes.push(format!(
                "no messages in group {} (table {}): {hint}",
                self.group_uuid, self.table
            ));
        }
        if let Some(cursor) = &self.next_before {
            notes.push(format!(
                "older messages: pass --before {cursor} (or --all for every page)"
            ));
        }
        notes.push(format!(
            "consumed capacity: {:.1} RCU",
            self.consumed_capacity
        ));
        notes
    }
}

pub(crate) async fn run(args: GetArgs, ctx: &mut Context) -> Result<()> {
    let filtered = args.range.range()? != TimeRange::All;
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let window = super::window(&args.range)?;
    let page = ctx
        .waiting(
            "querying messages",
            store.messages(&table, args.group_uuid.as_str(), &window),
        )
        .await?;
    let next_before = super::next_before(&page.items, page.more);
    let mut items = page.items;
    items.reverse();
    ctx.emit(&MessagePage {
        table,
        group_uuid: args.group_uuid.0,
        count: items.len(),
        more: page.more,
        next_before,
        consumed_capacity: page.capacity,
        messages: items,
        filtered,
        before: args.range.before.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_dynamodb::types::AttributeValue;
    use std::collections::HashMap;

    fn item(pairs: &[(&str, &str)]) -> Item {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), AttributeValue::S(v.to_string())))
            .collect::<HashMap<_, _>>()
    }

    #[test]
    fn lines_follow_the_original_layout() {
        let (line, w) = text_line(&item(&[
            ("user_handle", "andrewbrown"),
            ("sk", "2023-03-19T23:59:59.999999+00:00"),
            (
                "message",
                "This message is definitely longer than forty characters",
            ),
        ]));
        assert!(w.is_empty());
        assert_eq!(
            line,
            "andrewbrown 2023-03-19 11:59 PM UTC   This message is definitely longer than f..."
        );
    }

    #[test]
    fn malformed_rows_are_shown_and_reported() {
        let (line, w) = text_line(&item(&[("sk", "garbage"), ("message", "hi")]));
        assert!(line.starts_with("?           garbage"), "{line}");
        assert_eq!(w.len(), 2, "{w:?}");
    }
}
