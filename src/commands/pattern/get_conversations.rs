//! `cruddur-ddb pattern get-conversations`: the messages of one group.

use super::RangeArgs;
use crate::attr::{Item, PlainItem};
use crate::context::Context;
use crate::error::Result;
use crate::model::{self, MessageView, SEED_GROUP_UUID};
use crate::render::{self, OutputFormat, truncate};
use crate::store::dynamo::Query;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
#[command(after_help = "Output formats: text (default, the original scripts' layout), json.")]
pub struct GetArgs {
    /// The message group (conversation)
    #[arg(long, value_name = "UUID", default_value = SEED_GROUP_UUID)]
    pub group_uuid: String,
    #[command(flatten)]
    pub range: RangeArgs,
}

#[derive(Serialize)]
struct Messages<'a> {
    table: &'a str,
    group_uuid: &'a str,
    count: usize,
    more: bool,
    consumed_capacity: f64,
    messages: Vec<PlainItem<'a>>,
}

/// One line of the text view: handle (12 wide), time (22 wide), message cut to 40.
/// `Err` carries a warning for a malformed row, which is still shown.
pub fn text_line(item: &Item) -> (String, Vec<String>) {
    let v = MessageView::of(item);
    let mut warnings = Vec::new();
    let sk = v.sk.unwrap_or("?");
    let handle = v.handle.unwrap_or_else(|| {
        warnings.push(format!("row sk={sk} has no user_handle"));
        "?"
    });
    let time = match v.sk.and_then(model::display_time) {
        Some(t) => t,
        None => {
            warnings.push(format!("row sk={sk} has a time that cannot be read"));
            truncate(sk, 19)
        }
    };
    let message = v.message.unwrap_or_else(|| {
        warnings.push(format!("row sk={sk} has no message"));
        ""
    });
    (
        format!("{handle:<12}{time:<22}{}", truncate(message, 40)),
        warnings,
    )
}

pub async fn run(args: GetArgs, ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "pattern get-conversations",
        &[OutputFormat::Text, OutputFormat::Json],
    )?;
    let group = model::validate_uuid(&args.group_uuid, "--group-uuid")?;
    let sort = args.range.condition()?;
    let filtered = sort != crate::store::dynamo::SortCondition::None;
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    let pk = format!("MSG#{group}");
    let mut query = Query::new(&table, "pk", &pk);
    query.sort = sort;
    query.limit = Some(args.range.limit);
    let page = store.query(&query).await?;
    let mut items = page.items;
    items.reverse();
    match format {
        OutputFormat::Json => render::write_json(
            &mut ctx.out,
            &Messages {
                table: &table,
                group_uuid: &group,
                count: items.len(),
                more: page.last_key.is_some(),
                consumed_capacity: page.capacity,
                messages: items.iter().map(PlainItem).collect(),
            },
        )?,
        _ => {
            let mut warnings = Vec::new();
            for item in &items {
                let (line, w) = text_line(item);
                writeln!(ctx.out, "{line}")?;
                warnings.extend(w);
            }
            ctx.out.flush()?;
            for w in warnings {
                ctx.note(format!("warning: {w}"));
            }
            if items.is_empty() {
                let hint = if filtered {
                    "none in that time range; drop --year/--since/--until to see the newest"
                        .to_string()
                } else {
                    "write some with `cruddur-ddb seed`".to_string()
                };
                ctx.note(format!(
                    "no messages in group {group} (table {table}): {hint}"
                ));
            }
            ctx.note(format!("consumed capacity: {} RCU", page.capacity));
        }
    }
    Ok(())
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
            "andrewbrown 2023-03-19 11:59 PM   This message is definitely longer than f..."
        );
    }

    #[test]
    fn malformed_rows_are_shown_and_reported() {
        let (line, w) = text_line(&item(&[("sk", "garbage"), ("message", "hi")]));
        assert!(line.starts_with("?           garbage"), "{line}");
        assert_eq!(w.len(), 2, "{w:?}");
    }
}
