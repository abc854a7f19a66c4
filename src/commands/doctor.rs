//! `cruddur-ddb doctor [--fix] [--fix-timestamps]`: check, and repair what can be
//! repaired without guessing, the messaging data model.

use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::health::{Checker, Finding, Kind, Repair, Report};
use crate::model::item::Item;
use crate::model::messaging::Person;
use crate::model::words::count;
use crate::render::{self, Outcome, OutputFormat, View};
use crate::store::dynamo::repair::RepairResult;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::io::Write;

pub(super) const FORMATS: &[OutputFormat] =
    &[OutputFormat::Text, OutputFormat::Json, OutputFormat::Jsonl];

fn skew(raw: &str) -> std::result::Result<i64, String> {
    match raw.parse::<i64>() {
        Ok(n) if (0..=86_400 * 365).contains(&n) => Ok(n),
        _ => Err(format!(
            "{raw:?} is not a number of seconds (0 to 31536000)"
        )),
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "Findings (README: \"doctor\"): missing-row, duplicate-row, lagging-row, \
ahead-row, unknown-user, stale-user, future-message, timestamp-format, malformed-row.\n\
Text output: a summary table, then one line per finding (on a terminal, cut to its width); \
-o json: one document with the counts, every finding and the plan; -o jsonl: one finding \
per line.\n\
Exit 0 when healthy, 9 when problems remain. --fix repairs lagging, duplicate and missing \
rows and stale names, each conversation in one transaction conditioned on what was read; \
--fix-timestamps rewrites non-canonical message keys (and the rows on them) to UTC with \
microseconds. Both show the findings, then the plan, then ask (--yes; without a terminal \
they refuse unless --yes); --dry-run only shows the plan."
)]
pub struct DoctorArgs {
    /// Repair lagging, duplicate and missing group rows and stale names
    #[arg(long)]
    pub fix: bool,
    /// Rewrite message keys whose timestamps are not UTC with microseconds (changes keys)
    #[arg(long)]
    pub fix_timestamps: bool,
    /// Show what --fix / --fix-timestamps would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// How far in the future a message may be dated before it is reported (clock skew)
    #[arg(long, value_name = "SECONDS", default_value = "300", value_parser = skew)]
    pub skew_seconds: i64,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub capacity: crate::args::ReadCapacityArgs,
}

#[derive(Serialize)]
struct Doctored {
    table: String,
    rows_read: u64,
    conversations: u64,
    user_checks: bool,
    findings: Vec<Finding>,
    /// The changes --fix / --fix-timestamps make (or, with --dry-run, would make).
    plan: Vec<String>,
    dry_run: bool,
    /// The planned changes that were made.
    applied: Vec<String>,
    repaired: u64,
    changed_concurrently: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamps_rewritten: Option<u64>,
    /// The findings were already shown, before the confirmation (text only).
    #[serde(skip)]
    shown: bool,
}

/// One finding on one line: in full in a pipe; on a terminal, uuids cut to 8
/// characters and the line cut to the width.
fn finding_line(f: &Finding, width: Option<u16>) -> String {
    let group = f.group_uuid.as_deref().unwrap_or("-");
    let Some(width) = width else {
        return format!(
            "{group}  {}  {} {}  {}",
            f.kind.name(),
            f.pk,
            f.sk,
            f.detail
        );
    };
    let short = |s: &str| s.chars().take(8).collect::<String>();
    // What is wrong first; the row's keys only where they fit (pipes and -o json
    // keep them whole).
    let line = if width >= 160 {
        format!(
            "{}  {}  {} {}  {}",
            short(group),
            f.kind.name(),
            f.pk,
            f.sk,
            f.detail
        )
    } else {
        format!("{}  {}  {}", short(group), f.kind.name(), f.detail)
    };
    render::truncate(&line, usize::from(width).saturating_sub(3).max(20))
}

/// The summary table and a line per finding.
fn write_findings(d: &Doctored, view: &View, out: &mut dyn Write) -> Result<()> {
    let mut counts: BTreeMap<Kind, u64> = BTreeMap::new();
    for f in &d.findings {
        *counts.entry(f.kind).or_default() += 1;
    }
    if counts.is_empty() {
        writeln!(
            out,
            "healthy: {}, {} in {}",
            count(d.rows_read, "row"),
            count(d.conversations, "conversation"),
            d.table
        )?;
        return Ok(());
    }
    render::write_table(
        view,
        out,
        &["Problem", "Count", "Repair"],
        counts
            .iter()
            .map(|(k, n)| vec![k.name().to_string(), n.to_string(), k.repair().to_string()]),
    )?;
    for f in &d.findings {
        writeln!(out, "{}", finding_line(f, view.width))?;
    }
    Ok(())
}

impl Outcome for Doctored {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()> {
        if view.format == OutputFormat::Jsonl {
            for f in &self.findings {
                serde_json::to_writer(&mut *out, f).map_err(render::json_error)?;
                out.write_all(b"\n")?;
            }
            return Ok(());
        }
        if !self.shown {
            write_findings(self, view, out)?;
        }
        if self.dry_run {
            for line in &self.plan {
                writeln!(out, "would: {line}")?;
            }
        }
        for line in &self.applied {
            writeln!(out, "applied: {line}")?;
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = vec![format!(
            "{} in {} ({}) of {}",
            count(self.findings.len() as u64, "finding"),
            count(self.rows_read, "row"),
            count(self.conversations, "conversation"),
            self.table
        )];
        if !self.dry_run && !self.plan.is_empty() {
            let mut done = vec![format!("repaired {}", count(self.repaired, "conversation"))];
            if let Some(n) = self.timestamps_rewritten {
                done.push(format!("rewrote {}", count(n, "timestamp")));
            }
            notes.push(done.join(", "));
        }
        if self.changed_concurrently > 0 {
            notes.push(format!(
                "{} skipped: rows changed while doctor ran (nothing overwritten); run doctor again",
                count(self.changed_concurrently, "repair")
            ));
        }
        notes
    }
}

/// Reads the whole table into the checker (a consistent, paced where asked, scan).
async fn check(
    ctx: &Context,
    table: &str,
    skew: chrono::Duration,
    capacity: &crate::args::ReadCapacityArgs,
) -> Result<Checker> {
    let store = ctx.dynamo().await?;
    let pace = capacity::read_pace(ctx, &store, table, capacity).await?;
    let spec = pipeline::scan_of(&ctx.settings, table, pace.as_ref()).consistent();
    let now = chrono::Utc::now();
    let mut checker = Checker::default();
    pipeline::scan_each(
        ctx,
        &store,
        spec,
        &format!("doctor {table}"),
        None,
        |item| {
            checker.add(item, now, skew);
            Ok(())
        },
    )
    .await?;
    Ok(checker)
}

/// Every user in Postgres, or `None` (with a note) when no Postgres URL is set.
async fn users(ctx: &Context) -> Result<Option<HashMap<String, Person>>> {
    match ctx.settings.postgres_url() {
        None => {
            ctx.note(format!(
                "note: user checks skipped: {} is not set (set it to check uuids, handles and names against Postgres)",
                ctx.settings.postgres_var
            ));
            Ok(None)
        }
        Some(_) => Ok(Some(ctx.users().await?.all().await?)),
    }
}

/// The changes the flags ask for, as the plan shows them.
fn plan(args: &DoctorArgs, repairs: &[Repair], rewrites: &[Item]) -> Vec<String> {
    let mut plan = Vec::new();
    if args.fix {
        plan.extend(repairs.iter().flat_map(|r| {
            r.describe
                .iter()
                .map(move |d| format!("conversation {}: {d}", r.group_uuid))
        }));
    }
    if args.fix_timestamps {
        plan.extend(rewrites.iter().map(describe_rewrite));
    }
    plan
}

/// Makes the planned changes, counting what was applied and what changed meanwhile.
async fn apply(
    ctx: &Context,
    args: &DoctorArgs,
    outcome: &mut Doctored,
    repairs: &[Repair],
    rewrites: &[Item],
) -> Result<()> {
    let table = &outcome.table;
    let store = ctx.dynamo().await?;
    if args.fix {
        for r in repairs {
            // One conversation's failure is counted, and the others still repaired.
            match store.apply_repair(table, r).await {
                Ok(RepairResult::Applied) => {
                    outcome.repaired += 1;
                    outcome.applied.extend(
                        r.describe
                            .iter()
                            .map(|d| format!("conversation {}: {d}", r.group_uuid)),
                    );
                }
                Ok(RepairResult::Changed) => outcome.changed_concurrently += 1,
                Err(e) => {
                    ctx.note(format!("conversation {}: not repaired: {e}", r.group_uuid));
                    outcome.changed_concurrently += 1;
                }
            }
        }
    }
    if args.fix_timestamps {
        let mut rewritten = 0;
        for m in rewrites {
            match store.rewrite_timestamp(table, m).await? {
                Some(RepairResult::Applied) => {
                    rewritten += 1;
                    outcome.applied.push(describe_rewrite(m));
                }
                Some(RepairResult::Changed) => outcome.changed_concurrently += 1,
                None => {}
            }
        }
        outcome.timestamps_rewritten = Some(rewritten);
    }
    Ok(())
}

/// The findings a repair run leaves: those no planned change of its flags repairs.
fn unrepaired(findings: &[Finding], fix: bool, fix_timestamps: bool) -> usize {
    findings
        .iter()
        .filter(|f| {
            let by_flag = match f.kind {
                Kind::TimestampFormat => fix_timestamps,
                _ => fix,
            };
            !(f.planned && by_flag)
        })
        .count()
}

/// A timestamp rewrite, as the plan shows it.
fn describe_rewrite(m: &crate::model::item::Item) -> String {
    let at = crate::model::messaging::RowView::of(m).at().unwrap_or("?");
    format!(
        "rewrite message {at} to {}",
        crate::model::health::canonical_sk(at).unwrap_or_default()
    )
}

pub(super) async fn run(args: DoctorArgs, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    let skew = chrono::Duration::seconds(args.skew_seconds);
    let checker = check(ctx, &table, skew, &args.capacity).await?;
    let users = users(ctx).await?;
    let Report {
        rows_read,
        conversations,
        findings,
        repairs,
        rewrites,
        ..
    } = checker.finish(users.as_ref());
    let plan = plan(&args, &repairs, &rewrites);
    let changing = (args.fix || args.fix_timestamps) && !args.dry_run && !plan.is_empty();
    let mut outcome = Doctored {
        table: table.clone(),
        rows_read,
        conversations,
        user_checks: users.is_some(),
        findings,
        plan,
        dry_run: args.dry_run,
        applied: Vec::new(),
        repaired: 0,
        changed_concurrently: 0,
        timestamps_rewritten: args.fix_timestamps.then_some(0),
        shown: false,
    };
    if changing {
        // What was found comes first, then the plan, then the question.
        if ctx.format == OutputFormat::Text {
            write_findings(&outcome, &ctx.view(), &mut ctx.out)?;
            ctx.out.flush()?;
            outcome.shown = true;
        }
        for line in &outcome.plan {
            ctx.note(format!("plan: {line}"));
        }
        let n = outcome.plan.len() as u64;
        ctx.confirm(
            &format!("make {} to table {table}", count(n, "change")),
            &table,
            args.yes,
        )?;
        apply(ctx, &args, &mut outcome, &repairs, &rewrites).await?;
    }
    let remaining = if changing {
        unrepaired(&outcome.findings, args.fix, args.fix_timestamps)
            + outcome.changed_concurrently as usize
    } else {
        outcome.findings.len()
    };
    ctx.emit(&outcome)?;
    if remaining > 0 {
        let n = count(remaining as u64, "problem");
        return Err(if changing {
            Error::Findings(format!("{n} remain in {table}"))
        } else {
            Error::Findings(format!("{n} found in {table}"))
                .with_hint("`cruddur-ddb doctor --help` says what --fix repairs")
        });
    }
    Ok(())
}
