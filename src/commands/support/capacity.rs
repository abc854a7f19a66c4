//! Which pace a command's reads and writes keep against a table: the flags, else 50% of
//! a provisioned table's capacity against prod, else (local, or on-demand) none.

use crate::args::{ReadCapacityArgs, WriteCapacityArgs};
use crate::model::schema::Billing;
use crate::settings::{EnvName, Settings};
use crate::store::dynamo::pace::{Paced, Pacer};

/// The default share of a provisioned table's capacity against prod.
const PROD_PERCENT: f64 = 50.0;

/// A pace, and why (for the summary).
pub(crate) struct Pace {
    pub pacer: Pacer,
    pub why: String,
}

fn pace(
    max: Option<f64>,
    percent: Option<f64>,
    provisioned: Option<i64>,
    settings: &Settings,
    unit: &str,
    flag: &str,
) -> Option<Pace> {
    if let Some(n) = max {
        return Some(Pace {
            pacer: Pacer::new(n),
            why: format!("--max-{} {n}", unit.to_ascii_lowercase()),
        });
    }
    let units = provisioned?;
    let (p, source) = match (percent, settings.env) {
        (Some(p), _) => (p, format!("--{flag}-capacity-percent")),
        (None, EnvName::Prod) => (PROD_PERCENT, "the prod default".to_string()),
        (None, EnvName::Dev) => return None,
    };
    let rate = (units as f64 * p / 100.0).max(0.5);
    Some(Pace {
        pacer: Pacer::new(rate),
        why: format!("{p}% of {units} provisioned {unit} ({source})"),
    })
}

pub(crate) fn reads(
    args: &ReadCapacityArgs,
    billing: Billing,
    settings: &Settings,
) -> Option<Pace> {
    let provisioned = billing.provisioned().map(|(read, _)| read);
    let (max, percent) = (args.max_rcu, args.read_capacity_percent);
    pace(max, percent, provisioned, settings, "RCU", "read")
}

pub(crate) fn writes(
    args: &WriteCapacityArgs,
    billing: Billing,
    settings: &Settings,
) -> Option<Pace> {
    let provisioned = billing.provisioned().map(|(_, write)| write);
    let (max, percent) = (args.max_wcu, args.write_capacity_percent);
    pace(max, percent, provisioned, settings, "WCU", "write")
}

/// `consumed 51.0 RCU at 9.8 RCU/s (capped at 10 RCU/s: --max-rcu 10; throttled 2 times, slowed to 2.5/s)`
pub(crate) fn summary(p: &Paced, why: &str, unit: &str) -> String {
    let mut s = format!(
        "consumed {:.1} {unit} at {:.1} {unit}/s (capped at {:.1} {unit}/s: {why}",
        p.consumed,
        p.average(),
        p.target
    );
    if p.throttles > 0 {
        s += &format!(
            "; throttled {}, pace lowered to {:.1} {unit}/s",
            crate::model::words::count(p.throttles, "time"),
            p.rate
        );
    }
    s + ")"
}

/// The read pace for `table`: asks DescribeTable only when a pace may apply (a flag, or
/// prod); local runs without flags make no extra request.
pub(crate) async fn read_pace(
    ctx: &crate::context::Context,
    store: &crate::store::dynamo::DynamoStore,
    table: &str,
    args: &ReadCapacityArgs,
) -> crate::error::Result<Option<Pace>> {
    read_pace_at(&ctx.settings, store, table, args).await
}

/// [`read_pace`] for a table on the target `settings` describe (the other side of a diff).
pub(crate) async fn read_pace_at(
    settings: &Settings,
    store: &crate::store::dynamo::DynamoStore,
    table: &str,
    args: &ReadCapacityArgs,
) -> crate::error::Result<Option<Pace>> {
    if args.max_rcu.is_none()
        && args.read_capacity_percent.is_none()
        && settings.env == EnvName::Dev
    {
        return Ok(None);
    }
    let Some(info) = store.describe_table(table).await? else {
        // Missing: the scan itself reports it, in its own words.
        return Ok(None);
    };
    let pace = reads(args, info.schema.billing, settings);
    // The first pages are sized from the table's average item (the pace is paid before
    // each request goes, so a good first estimate keeps the rate even from the start).
    if let (Some(p), Some(bytes), Some(count)) = (&pace, info.size_bytes, info.item_count)
        && count > 0
    {
        p.pacer.expect_item_bytes(bytes as f64 / count as f64);
    }
    Ok(pace)
}
