//! Arguments shared by several commands, and the value parsers that turn raw strings
//! into valid values, so a handler receives nothing it still has to check.

use crate::model::messaging::{self, SEED_GROUP_UUID};
use crate::model::time::{TimeRange, range_bound};
use crate::render::OutputFormat;
use crate::settings::validate::{shorten, validate_table_name};
use crate::settings::{EnvName, Flags};
use clap::Args;
use clap_complete::ArgValueCompleter;

/// Options accepted before or after the subcommand.
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "ENV",
        hide_short_help = true
    )]
    pub env: Option<EnvName>,
    /// DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]
    #[arg(long, global = true, value_name = "URL", hide_short_help = true)]
    pub endpoint_url: Option<String>,
    /// S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then
    /// AWS_ENDPOINT_URL; prod default: AWS S3]
    #[arg(long, global = true, value_name = "URL", hide_short_help = true)]
    pub s3_endpoint_url: Option<String>,
    /// AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile's; dev default us-east-1]
    #[arg(long, global = true, value_name = "REGION", hide_short_help = true)]
    pub region: Option<String>,
    /// AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub profile: Option<String>,
    /// Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        hide_short_help = true,
        add = ArgValueCompleter::new(crate::complete::table_names)
    )]
    pub table: Option<String>,
    /// Output format; each command accepts some (its help says which, and its default).
    /// json: one JSON document for the whole result; jsonl: one JSON object per line
    #[arg(
        long,
        short = 'o',
        global = true,
        value_enum,
        value_name = "FORMAT",
        hide_short_help = true
    )]
    pub output: Option<OutputFormat>,
}

impl GlobalArgs {
    /// The flags settings are resolved from.
    pub fn flags(&self) -> Flags {
        Flags {
            env: self.env,
            endpoint_url: self.endpoint_url.clone(),
            s3_endpoint_url: self.s3_endpoint_url.clone(),
            region: self.region.clone(),
            profile: self.profile.clone(),
            table: self.table.clone(),
        }
    }
}

/// A valid DynamoDB table name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableName(pub String);

impl TableName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The value parser of a table name argument (for leaves that declare their own).
pub(crate) fn table_name_parser() -> fn(&str) -> Result<TableName, String> {
    table_name
}

fn table_name(raw: &str) -> Result<TableName, String> {
    validate_table_name(raw, "table argument")
        .map(TableName)
        .map_err(|e| e.to_string())
}

/// A table named on the command line; absent means the `--table` setting.
#[derive(Debug, Args)]
pub struct TableArg {
    /// The table [default: --table]
    #[arg(value_parser = table_name, add = ArgValueCompleter::new(crate::complete::table_names))]
    pub name: Option<TableName>,
}

/// A table that must be named (a delete has no default).
#[derive(Debug, Args)]
pub struct RequiredTableArg {
    /// The table (required: there is no default for a delete)
    #[arg(value_parser = table_name, add = ArgValueCompleter::new(crate::complete::table_names))]
    pub name: TableName,
}

/// `--yes`: the confirmation that destructive commands otherwise ask for.
#[derive(Debug, Args)]
pub struct YesArg {
    /// Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// A canonical (lower-case) uuid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uuid(pub String);

impl Uuid {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub(crate) fn uuid(raw: &str) -> Result<Uuid, String> {
    messaging::canonical_uuid(raw).map(Uuid).ok_or_else(|| {
        format!(
            "{} is not a UUID; expected the form {SEED_GROUP_UUID}",
            shorten(raw)
        )
    })
}

/// A user handle without its `@`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handle(pub String);

impl Handle {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A handle parser that names its flag when the value is empty.
pub(crate) fn handle(
    flag: &'static str,
) -> impl Fn(&str) -> Result<Handle, String> + Clone + Send + Sync + 'static {
    move |raw: &str| {
        let h = messaging::handle(raw);
        if h.is_empty() {
            Err(format!("{flag} must not be empty"))
        } else {
            Ok(Handle(h.to_string()))
        }
    }
}

/// A four-digit year, for the original `begins_with` filter.
fn year(raw: &str) -> Result<String, String> {
    if raw.len() == 4 && raw.chars().all(|c| c.is_ascii_digit()) {
        Ok(raw.to_string())
    } else {
        Err(format!(
            "{} is not a four-digit year such as 2023",
            shorten(raw)
        ))
    }
}

fn since(raw: &str) -> Result<String, String> {
    range_bound(raw, false).map_err(|e| format!("{} {e}", shorten(raw)))
}

fn until(raw: &str) -> Result<String, String> {
    range_bound(raw, true).map_err(|e| format!("{} {e}", shorten(raw)))
}

/// How many rows, and which time range of the sort key.
#[derive(Debug, Args)]
pub struct RangeArgs {
    /// At most this many rows (newest first)
    #[arg(long, default_value_t = 20, allow_negative_numbers = true, value_parser = clap::value_parser!(i32).range(1..))]
    pub limit: i32,
    /// Only rows whose time starts with this year (the original begins_with filter)
    #[arg(long, value_name = "YYYY", value_parser = year, conflicts_with_all = ["since", "until"])]
    pub year: Option<String>,
    /// Only rows at or after this time (YYYY-MM-DD or ISO-8601)
    #[arg(long, value_name = "TIME", value_parser = since)]
    pub since: Option<String>,
    /// Only rows at or before this time (YYYY-MM-DD means the whole day)
    #[arg(long, value_name = "TIME", value_parser = until)]
    pub until: Option<String>,
    /// Only rows older than this sort key: the cursor the previous page printed (or a
    /// YYYY-MM-DD date, or an ISO-8601 time)
    #[arg(long, value_name = "SK", value_parser = before)]
    pub before: Option<String>,
    /// Every page, back to the oldest row (--limit is then the page size)
    #[arg(long)]
    pub all: bool,
}

/// A moment (YYYY-MM-DD, its start in UTC; or an ISO-8601 time), as seconds since the
/// epoch.
pub(crate) fn instant(raw: &str) -> Result<f64, String> {
    crate::model::time::parse_timestamp(raw)
        .map(|t| t.timestamp_micros() as f64 / 1e6)
        .ok_or_else(|| {
            format!(
                "{} is not a date or time; use YYYY-MM-DD or an ISO-8601 time such as 2026-11-30T23:00:00Z",
                shorten(raw)
            )
        })
}

/// A cursor: a sort key as printed (kept as given, so it compares exactly), or a date.
fn before(raw: &str) -> Result<String, String> {
    if crate::model::time::parse_timestamp(raw.trim()).is_some() {
        Ok(raw.trim().to_string())
    } else {
        range_bound(raw, false).map_err(|e| format!("{} {e}", shorten(raw)))
    }
}

impl RangeArgs {
    /// The range asked for; `Err` when --since is after --until.
    pub fn range(&self) -> Result<TimeRange, crate::error::Error> {
        if let Some(y) = &self.year {
            return Ok(TimeRange::Prefix(y.clone()));
        }
        if self.since.is_none() && self.until.is_none() {
            return Ok(TimeRange::All);
        }
        let since = self.since.clone().unwrap_or_else(|| "0000".to_string());
        let until = self.until.clone().unwrap_or_else(|| "9999".to_string());
        if since > until {
            return Err(crate::error::Error::Usage(format!(
                "--since ({since}) is after --until ({until}); swap them"
            )));
        }
        Ok(TimeRange::Between(since, until))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(year: Option<&str>, since: Option<&str>, until: Option<&str>) -> RangeArgs {
        RangeArgs {
            limit: 20,
            before: None,
            all: false,
            year: year.map(String::from),
            since: since.map(|s| super::since(s).unwrap()),
            until: until.map(|s| super::until(s).unwrap()),
        }
    }

    #[test]
    fn no_range_means_no_year_filter() {
        // The original filtered on the current year and showed nothing in early January.
        assert_eq!(range(None, None, None).range().unwrap(), TimeRange::All);
    }

    #[test]
    fn year_and_ranges_are_validated() {
        assert_eq!(
            range(Some("2023"), None, None).range().unwrap(),
            TimeRange::Prefix("2023".into())
        );
        assert!(year("23").is_err());
        assert!(year("２０２３").is_err());
        let open_end = range(None, Some("2023-03-01"), None).range().unwrap();
        assert_eq!(
            open_end,
            TimeRange::Between("2023-03-01T00:00:00.000000+00:00".into(), "9999".into())
        );
        let err = range(None, Some("2024-01-01"), Some("2023-01-01"))
            .range()
            .unwrap_err();
        assert!(err.to_string().contains("swap"), "{err}");
        let err = since("last week").unwrap_err();
        assert!(err.starts_with("\"last week\" is not a date"), "{err}");
    }

    #[test]
    fn handles_and_uuids_are_parsed() {
        assert_eq!(
            handle("--handle")("@bayko").unwrap(),
            Handle("bayko".into())
        );
        assert_eq!(
            handle("--handle")("  ").unwrap_err(),
            "--handle must not be empty"
        );
        assert!(uuid("nope").unwrap_err().contains("is not a UUID"));
        assert_eq!(
            uuid(&SEED_GROUP_UUID.to_uppercase()).unwrap().0,
            SEED_GROUP_UUID
        );
    }
}

fn percent(raw: &str) -> Result<f64, String> {
    match raw.trim_end_matches('%').parse::<f64>() {
        Ok(p) if p > 0.0 && p <= 100.0 => Ok(p),
        _ => Err(format!(
            "{} is not a percentage; give 1 to 100",
            shorten(raw)
        )),
    }
}

fn units(raw: &str) -> Result<f64, String> {
    match raw.parse::<f64>() {
        Ok(n) if n > 0.0 && n.is_finite() => Ok(n),
        _ => Err(format!(
            "{} is not a capacity; give a positive number of units per second",
            shorten(raw)
        )),
    }
}

/// How fast reads may consume a provisioned table's read capacity.
#[derive(Debug, Args, Clone, Default)]
pub struct ReadCapacityArgs {
    /// Pace reads to P% of the table's provisioned read capacity [default: 50 with
    /// --env prod; unpaced on a local endpoint]
    #[arg(long, value_name = "P", value_parser = percent, conflicts_with = "max_rcu")]
    pub read_capacity_percent: Option<f64>,
    /// Pace reads to at most N read capacity units per second (also on-demand tables)
    #[arg(long, value_name = "N", value_parser = units)]
    pub max_rcu: Option<f64>,
}

/// How fast writes may consume a provisioned table's write capacity.
#[derive(Debug, Args, Clone, Default)]
pub struct WriteCapacityArgs {
    /// Pace writes to P% of the table's provisioned write capacity [default: 50 with
    /// --env prod; unpaced on a local endpoint]
    #[arg(long, value_name = "P", value_parser = percent, conflicts_with = "max_wcu")]
    pub write_capacity_percent: Option<f64>,
    /// Pace writes to at most N write capacity units per second (also on-demand tables)
    #[arg(long, value_name = "N", value_parser = units)]
    pub max_wcu: Option<f64>,
}

/// Where B lives, in `table copy A B` and `table diff A B` (the same rule for both).
pub(crate) const OTHER_TARGET_HELP: &str = "Where B lives: from a dev source, on the source's endpoint \
with its key and region (each --to-* flag replaces one); from --env prod, on dev's local \
endpoint (http://localhost:8000) unless --to-env/--to-endpoint say otherwise. B's endpoint \
never comes from AWS_ENDPOINT_URL* (those name A's).";

/// The other target of `table copy` and `table diff`: its own env, endpoint, region
/// and profile (see [`OTHER_TARGET_HELP`]).
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Where B lives")]
pub struct OtherTargetArgs {
    /// B's environment [default: dev]
    #[arg(long, value_enum, value_name = "ENV")]
    pub to_env: Option<EnvName>,
    /// B's endpoint [default: the source's in dev; http://localhost:8000 from prod]
    #[arg(long, value_name = "URL")]
    pub to_endpoint: Option<String>,
    /// B's region [default: the source's in dev]
    #[arg(long, value_name = "REGION")]
    pub to_region: Option<String>,
    /// B's AWS profile (dev: its static keys) [default: the source's credentials in dev]
    #[arg(long, value_name = "NAME")]
    pub to_profile: Option<String>,
}

impl OtherTargetArgs {
    /// The --to-* flags as given (`env` is `None` without --to-env).
    pub fn flags(&self) -> Flags {
        Flags {
            env: self.to_env,
            endpoint_url: self.to_endpoint.clone(),
            s3_endpoint_url: None,
            region: self.to_region.clone(),
            profile: self.to_profile.clone(),
            table: None,
        }
    }
}

/// A segment count, `--segments N`.
pub(crate) fn segments(raw: &str) -> Result<u32, String> {
    const MAX: u32 = crate::store::dynamo::scan::MAX_SEGMENTS;
    match raw.parse::<u32>() {
        Ok(n) if (1..=MAX).contains(&n) => Ok(n),
        _ => Err(format!(
            "--segments {raw} is out of range; use 1 to {MAX} (each segment is a request in flight; 4 to 64 suit DynamoDB Local)"
        )),
    }
}

/// How a copy or an export anonymizes what it carries.
#[derive(Debug, Clone, Args)]
pub struct AnonymizeArgs {
    /// Replace every user's handle and name with a pseudonym, and message text with
    /// generated text of the same length; keys, uuids and times stay
    #[arg(long)]
    pub anonymize: bool,
    /// With --anonymize: the secret the pseudonyms derive from; the same salt gives the
    /// same pseudonyms next time [default: a random one]
    #[arg(
        long,
        value_name = "TEXT",
        env = "CRUDDUR_ANONYMIZE_SALT",
        hide_env_values = true
    )]
    pub salt: Option<String>,
    /// With --anonymize: keep message text as it is
    #[arg(long)]
    pub keep_messages: bool,
    /// With --anonymize: a TOML file whose [attributes] map attribute names to keep,
    /// fake, hash, redact or drop (for other tables, or to override the defaults)
    #[arg(long, value_name = "FILE")]
    pub anonymize_rules: Option<std::path::PathBuf>,
}
