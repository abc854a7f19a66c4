//! `cruddur-ddb table export --s3 s3://BUCKET/PREFIX [NAME]`: DynamoDB exports the table
//! to S3 itself (ExportTableToPointInTime), full or incremental.

use super::export::{ServerExportArgs, View};
use super::table_or_default;
use crate::args::TableName;
use crate::commands::support::jobs::{self, iso, now_secs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::s3url;
use crate::render::Outcome;
use crate::store::dynamo::exports::ExportKind;
use serde::Serialize;
use std::io::Write;

/// An incremental export covers 15 minutes to 24 hours.
const MIN_WINDOW: f64 = 15.0 * 60.0;
const MAX_WINDOW: f64 = 24.0 * 3600.0;

#[derive(Serialize)]
struct ServerExport {
    table: String,
    export_arn: String,
    /// `full` or `incremental`.
    kind: &'static str,
    /// COMPLETED, or IN_PROGRESS with --no-wait.
    status: &'static str,
    /// The same request's export, started by an earlier run.
    attached: bool,
    /// Where its files are (`s3://.../AWSDynamoDB/<id>`), once done.
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    /// The time the export is of (a full export), or its range (an incremental one).
    #[serde(skip_serializing_if = "Option::is_none")]
    export_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    billed_bytes: Option<i64>,
    /// The command that restores it, or (with --no-wait) waits for it.
    next: String,
}

impl Outcome for ServerExport {
    fn write_human(&self, _: &crate::render::View, out: &mut dyn Write) -> Result<()> {
        let attached = if self.attached {
            " (attached to the export the same request started earlier; --new starts another)"
        } else {
            ""
        };
        if self.status != "COMPLETED" {
            writeln!(
                out,
                "started {} export {} of {}{attached}",
                self.kind, self.export_arn, self.table
            )?;
            writeln!(out, "wait for it with: {}", self.next)?;
            return Ok(());
        }
        let location = self
            .location
            .clone()
            .unwrap_or_else(|| "S3 (its folder could not be told; see the ARN)".into());
        let mut figures = Vec::new();
        if let Some(n) = self.items {
            figures.push(crate::model::words::count(n.max(0) as u64, "item"));
        }
        if let Some(b) = self.billed_bytes {
            figures.push(format!("{b} bytes billed"));
        }
        let figures = if figures.is_empty() {
            String::new()
        } else {
            format!(" ({})", figures.join(", "))
        };
        let time = self
            .export_time
            .as_ref()
            .map(|t| format!(" as of {t}"))
            .unwrap_or_default();
        writeln!(
            out,
            "exported {} to {location}{figures}{time}{attached}",
            self.table
        )?;
        writeln!(out, "restore it with: {}", self.next)?;
        Ok(())
    }
}

/// The kind of export asked for, its times checked against DynamoDB's rules.
fn kind_of(args: &ServerExportArgs) -> Result<ExportKind> {
    let now = now_secs();
    if let Some(at) = args.at.filter(|at| *at > now) {
        return Err(Error::Usage(format!("--at {} is in the future", iso(at)))
            .with_hint("leave --at out to export the table as it is now"));
    }
    if !args.incremental {
        return Ok(ExportKind::Full { at: args.at });
    }
    let Some(from) = args.from else {
        return Err(Error::Usage("--incremental needs --from TIME".into())
            .with_hint("for example --from 2026-11-30T00:00:00Z"));
    };
    let to = args.to.unwrap_or(now);
    let bad = |why: String| {
        Err(Error::Usage(format!(
            "--from {} --to {}: {why}",
            iso(from),
            iso(to)
        )))
    };
    if to > now + 1.0 {
        return bad("--to is in the future".into())
            .map_err(|e: Error| e.with_hint("leave --to out for the latest time DynamoDB has"));
    }
    if to - from < MIN_WINDOW {
        return bad("an incremental export covers at least 15 minutes".into())
            .map_err(|e: Error| e.with_hint("move --from back, or wait and run it again"));
    }
    if to - from > MAX_WINDOW {
        return bad("an incremental export covers at most 24 hours".into()).map_err(|e: Error| {
            e.with_hint("export a day at a time, or take a full export with --at")
        });
    }
    Ok(ExportKind::Incremental {
        from,
        to: args.to,
        new_and_old: args.view == View::NewAndOld,
    })
}

/// The options that make the request what it is (so its command attaches to it again),
/// each followed by a space.
fn same_request(args: &ServerExportArgs) -> String {
    let mut out = String::new();
    if let Some(at) = args.at {
        out += &format!("--at {} ", iso(at));
    }
    if args.incremental {
        out += "--incremental ";
        if let Some(from) = args.from {
            out += &format!("--from {} ", iso(from));
        }
        if let Some(to) = args.to {
            out += &format!("--to {} ", iso(to));
        }
        if args.view == View::New {
            out += "--view new ";
        }
    }
    out
}

/// The table: NAME, else --table.
fn table_of(ctx: &Context, args: &[String]) -> Result<String> {
    let name = match args {
        [] => None,
        [name] => Some(TableName(crate::settings::validate::validate_table_name(
            name,
            "table argument",
        )?)),
        _ => {
            return Err(Error::Usage(
                "with --s3, `table export` takes only the table: `table export --s3 s3://BUCKET/PREFIX NAME`".into(),
            ));
        }
    };
    Ok(table_or_default(ctx, name))
}

pub(super) async fn run(
    positional: &[String],
    raw_url: &str,
    args: &ServerExportArgs,
    ctx: &mut Context,
) -> Result<()> {
    let url = s3url::parse(raw_url)
        .map_err(|e| Error::Usage(e).with_hint("write the destination as s3://BUCKET/PREFIX"))?;
    let table = table_of(ctx, positional)?;
    let kind = kind_of(args)?;
    let store = ctx.dynamo().await?;
    let info = store.require_table(&table).await?;
    let table_arn = info
        .arn
        .clone()
        .ok_or_else(|| Error::Service(format!("DynamoDB did not say the ARN of {table}")))?;
    let s3 = ctx.s3().await?;
    // The bucket first: nothing is turned on for an export that cannot be written.
    s3.check_bucket(&url.bucket).await?;
    jobs::ensure_pitr(ctx, &store, &table, args.enable_pitr, args.yes.yes).await?;
    let incremental = matches!(kind, ExportKind::Incremental { .. });
    let started = jobs::start_export(&store, &s3, &table_arn, &url, kind, args.new).await?;
    let flags = ctx.settings.flags_line();
    let again = format!(
        "cruddur-ddb {flags}table export --s3 {url} {}{table}",
        same_request(args)
    );
    let mut outcome = ServerExport {
        table: table.clone(),
        export_arn: started.arn.clone(),
        kind: if incremental { "incremental" } else { "full" },
        status: "IN_PROGRESS",
        attached: started.attached,
        location: None,
        export_time: None,
        items: None,
        billed_bytes: None,
        next: again.clone(),
    };
    if args.no_wait {
        return ctx.emit(&outcome);
    }
    ctx.note(format!(
        "waiting for export {} (Ctrl-C stops waiting; the export goes on)",
        started.arn
    ));
    let done = jobs::wait_export(
        ctx,
        &store,
        &started.arn,
        &format!("export {table}"),
        &again,
    )
    .await?;
    let location = jobs::export_location(&s3, &started).await?;
    outcome.status = "COMPLETED";
    outcome.items = done.items;
    outcome.billed_bytes = done.bytes;
    outcome.export_time = time_of(incremental, &done, &started);
    let shown = location
        .as_ref()
        .map(|l| l.to_string())
        .unwrap_or_else(|| format!("{url}/AWSDynamoDB/<export id>"));
    if let (Some(place), false) = (&location, incremental) {
        describe_beside(ctx, &s3, place, &info.schema).await;
    }
    outcome.next = format!("cruddur-ddb {flags}table restore {shown} {table}");
    outcome.location = location.map(|l| l.to_string());
    ctx.emit(&outcome)
}

/// The time a full export is of, or an incremental one's range.
fn time_of(
    incremental: bool,
    done: &crate::store::dynamo::exports::ExportProgress,
    started: &jobs::Started,
) -> Option<String> {
    if incremental {
        return Some(format!(
            "{} to {}",
            done.from_time.map(iso).unwrap_or_else(|| "?".into()),
            done.to_time
                .map(iso)
                .unwrap_or_else(|| "the latest time".into())
        ));
    }
    // A stand-in that says neither: the time it was asked for, as AWS takes it.
    done.export_time
        .or(done.start_time)
        .or((!started.attached).then_some(started.asked))
        .map(iso)
}

/// The table's description (keys, indexes, billing, stream) as `cruddur-table.json` in the
/// export's folder, as `table export DIR` writes it: `table restore --create` and `table
/// import` then make the table the export came from. An export is whole without it, so a
/// failure is a warning.
async fn describe_beside(
    ctx: &Context,
    s3: &crate::store::s3::S3Store,
    place: &s3url::S3Url,
    schema: &crate::model::schema::TableSchema,
) {
    let key = place.key(crate::files::EXPORT_TABLE_FILE);
    let written = match crate::files::export::table_file(schema) {
        Ok(text) => s3.put_small(&place.bucket, &key, text.into_bytes()).await,
        Err(e) => Err(e),
    };
    if let Err(e) = written {
        ctx.note(format!(
            "warning: could not write the table's description beside the export ({e}); `table import` will use the messages schema, and `table restore --create` cannot make the table"
        ));
    }
}
