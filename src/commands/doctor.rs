//! `cruddur-ddb doctor [--fix] [--fix-timestamps]`: check, and repair what can be
//! repaired without guessing, the messaging data model.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::health::{Checker, Finding, Kind, Report};
use crate::render::{self, Outcome, OutputFormat};
use crate::settings::EnvName;
use crate::store::dynamo::repair::Outcome as Applied;
use crate::store::dynamo::scan::ScanSpec;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Json, OutputFormat::Jsonl];

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
Text output: a summary table, then one line per finding; -o json and -o jsonl: one JSON \
object per finding, per line.\n\
Exit 0 when healthy, 9 when problems remain. --fix repairs lagging, duplicate and missing \
rows and stale names, each conversation in one transaction conditioned on what was read; \
--fix-timestamps rewrites non-canonical message keys (and the rows on them) to UTC with \
microseconds. Both show the plan and ask first (--yes); --dry-run only shows it."
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
    #[serde(skip)]
    findings: Vec<Finding>,
    #[serde(skip)]
    plan: Vec<String>,
    repaired: u64,
    changed_concurrently: u64,
    timestamps_rewritten: u64,
    user_checks: bool,
    #[serde(skip)]
    dry_run: bool,
}

impl Outcome for Doctored {
    fn write_human(&self, format: OutputFormat, out: &mut dyn Write) -> Result<()> {
        if format == OutputFormat::Jsonl {
            for f in &self.findings {
                serde_json::to_writer(&mut *out, f).map_err(render::json_error)?;
                out.write_all(b"\n")?;
            }
            return Ok(());
        }
        let mut counts: BTreeMap<Kind, u64> = BTreeMap::new();
        for f in &self.findings {
            *counts.entry(f.kind).or_default() += 1;
        }
        if counts.is_empty() {
            writeln!(
                out,
                "healthy: {} row{}, {} conversation{} in {}",
                self.rows_read,
                if self.rows_read == 1 { "" } else { "s" },
                self.conversations,
                if self.conversations == 1 { "" } else { "s" },
                self.table
            )?;
        } else {
            render::write_table(
                out,
                &["Problem", "Count", "Repair"],
                counts.iter().map(|(k, n)| {
                    vec![k.name().to_string(), n.to_string(), k.repair().to_string()]
                }),
            )?;
            for f in &self.findings {
                let group = f.group_uuid.as_deref().unwrap_or("-");
                writeln!(
                    out,
                    "{group}  {}  {} {}  {}",
                    f.kind.name(),
                    f.pk,
                    f.sk,
                    f.detail
                )?;
            }
        }
        for line in &self.plan {
            let verb = if self.dry_run { "would" } else { "applied" };
            writeln!(out, "{verb}: {line}")?;
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = vec![format!(
            "{} finding{} in {} rows ({} conversation{}) of {}",
            self.findings.len(),
            if self.findings.len() == 1 { "" } else { "s" },
            self.rows_read,
            self.conversations,
            if self.conversations == 1 { "" } else { "s" },
            self.table
        )];
        if self.repaired + self.timestamps_rewritten > 0 {
            notes.push(format!(
                "repaired {} conversation{}, rewrote {} timestamp{}",
                self.repaired,
                if self.repaired == 1 { "" } else { "s" },
                self.timestamps_rewritten,
                if self.timestamps_rewritten == 1 {
                    ""
                } else {
                    "s"
                }
            ));
        }
        if self.changed_concurrently > 0 {
            notes.push(format!(
                "{} repair{} skipped: rows changed while doctor ran (nothing overwritten); run doctor again",
                self.changed_concurrently,
                if self.changed_concurrently == 1 { " was" } else { "s were" }
            ));
        }
        notes
    }
}

/// Reads the whole table into the checker.
async fn check(
    ctx: &Context,
    table: &str,
    skew: chrono::Duration,
    capacity: &crate::args::ReadCapacityArgs,
) -> Result<Checker> {
    let store = ctx.dynamo().await?;
    let pace = crate::commands::capacity::read_pace(ctx, &store, table, capacity).await?;
    let spec = ScanSpec {
        table: table.to_string(),
        segments: None,
        auto_parallel: (ctx.settings.env == EnvName::Dev && ctx.settings.is_local())
            || pace.is_some(),
        page_size: None,
        consistent_read: true,
        attributes: Vec::new(),
        max_items: None,
        pacer: pace.map(|p| p.pacer),
    };
    let now = chrono::Utc::now();
    let mut checker = Checker::default();
    let mut stream = store.scan(spec);
    let mut progress = ctx.progress();
    while let Some(page) = stream.pages.recv().await {
        for item in page?.items {
            checker.add(item, now, skew);
        }
        let n = checker.rows_read;
        progress.update(|| format!("doctor {table}: {n} rows read"));
    }
    progress.clear();
    Ok(checker)
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

pub async fn run(args: DoctorArgs, ctx: &mut Context) -> Result<()> {
    let table = ctx.settings.table.value.clone();
    let checker = check(
        ctx,
        &table,
        chrono::Duration::seconds(args.skew_seconds),
        &args.capacity,
    )
    .await?;
    let users = match ctx.settings.postgres_url() {
        None => {
            ctx.note(format!(
                "note: user checks skipped: {} is not set (set it to check uuids, handles and names against Postgres)",
                ctx.settings.postgres_var
            ));
            None
        }
        Some(_) => Some(ctx.users().await?.all().await?),
    };
    let Report {
        rows_read,
        conversations,
        findings,
        repairs,
        rewrites,
        ..
    } = checker.finish(users.as_ref());
    let mut plan = Vec::new();
    if args.fix {
        plan.extend(repairs.iter().flat_map(|r| {
            r.describe
                .iter()
                .map(move |d| format!("conversation {}: {d}", r.group_uuid))
        }));
    }
    if args.fix_timestamps {
        plan.extend(rewrites.iter().map(|m| {
            let v = crate::model::messaging::RowView::of(m);
            format!(
                "rewrite message {} to {}",
                v.at().unwrap_or("?"),
                crate::model::health::canonical_sk(v.at().unwrap_or("")).unwrap_or_default()
            )
        }));
    }
    let mut outcome = Doctored {
        table: table.clone(),
        rows_read,
        conversations,
        findings,
        plan,
        repaired: 0,
        changed_concurrently: 0,
        timestamps_rewritten: 0,
        user_checks: users.is_some(),
        dry_run: args.dry_run,
    };
    let changing = (args.fix || args.fix_timestamps) && !args.dry_run && !outcome.plan.is_empty();
    if changing {
        // The plan is shown before anything is written.
        for line in &outcome.plan {
            ctx.note(format!("plan: {line}"));
        }
        let n = outcome.plan.len();
        ctx.confirm(
            &format!(
                "make {n} change{} to table {table}",
                if n == 1 { "" } else { "s" }
            ),
            &table,
            args.yes,
        )?;
        let store = ctx.dynamo().await?;
        if args.fix {
            for r in &repairs {
                // One conversation's failure is counted, and the others still repaired.
                match store.apply_repair(&table, r).await {
                    Ok(Applied::Applied) => outcome.repaired += 1,
                    Ok(Applied::Changed) => outcome.changed_concurrently += 1,
                    Err(e) => {
                        ctx.note(format!("conversation {}: not repaired: {e}", r.group_uuid));
                        outcome.changed_concurrently += 1;
                    }
                }
            }
        }
        if args.fix_timestamps {
            for m in &rewrites {
                match store.rewrite_timestamp(&table, m).await? {
                    Some(Applied::Applied) => outcome.timestamps_rewritten += 1,
                    Some(Applied::Changed) => outcome.changed_concurrently += 1,
                    None => {}
                }
            }
        }
    }
    let remaining = if changing {
        unrepaired(&outcome.findings, args.fix, args.fix_timestamps)
            + outcome.changed_concurrently as usize
    } else {
        outcome.findings.len()
    };
    // For scripts, -o json is the same as -o jsonl: one finding per line.
    if ctx.format == OutputFormat::Json {
        ctx.format = OutputFormat::Jsonl;
    }
    ctx.emit(&outcome)?;
    if remaining > 0 {
        return Err(Error::Findings(format!(
            "{remaining} problem{} found in {table}{}",
            if remaining == 1 { "" } else { "s" },
            if changing {
                " remain"
            } else {
                "; `cruddur-ddb doctor --help` says what --fix repairs"
            }
        )));
    }
    Ok(())
}
