//! The Cruddur messages data model: table schema, item shapes and timestamps.

use crate::attr::{Item, get_s};
use crate::error::{Error, Result};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::operation::create_table::builders::CreateTableFluentBuilder;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, AttributeValue, BillingMode, GlobalSecondaryIndex, KeySchemaElement,
    KeyType, Projection, ProjectionType, ProvisionedThroughput, ScalarAttributeType,
    StreamSpecification, StreamViewType, TableDescription,
};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use std::collections::HashMap;

pub const GSI_NAME: &str = "message-group-sk-index";
pub const SEED_GROUP_UUID: &str = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";
pub const CAPACITY_UNITS: i64 = 5;

fn key(name: &str, kind: KeyType) -> Result<KeySchemaElement> {
    KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(kind)
        .build()
        .map_err(|e| Error::Service(format!("building the key schema: {e}")))
}

fn string_attr(name: &str) -> Result<AttributeDefinition> {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(ScalarAttributeType::S)
        .build()
        .map_err(|e| Error::Service(format!("building the attribute definitions: {e}")))
}

fn throughput() -> Result<ProvisionedThroughput> {
    ProvisionedThroughput::builder()
        .read_capacity_units(CAPACITY_UNITS)
        .write_capacity_units(CAPACITY_UNITS)
        .build()
        .map_err(|e| Error::Service(format!("building the throughput: {e}")))
}

/// The CreateTable request for the messages table, as ../shared/design.md describes it
/// (with `stream`, the NEW_IMAGE stream the AWS lambda reads).
pub fn create_table_request(
    client: &Client,
    table: &str,
    stream: bool,
) -> Result<CreateTableFluentBuilder> {
    let gsi = GlobalSecondaryIndex::builder()
        .index_name(GSI_NAME)
        .key_schema(key("message_group_uuid", KeyType::Hash)?)
        .key_schema(key("sk", KeyType::Range)?)
        .projection(
            Projection::builder()
                .projection_type(ProjectionType::All)
                .build(),
        )
        .provisioned_throughput(throughput()?)
        .build()
        .map_err(|e| Error::Service(format!("building the index: {e}")))?;
    let mut spec = StreamSpecification::builder().stream_enabled(stream);
    if stream {
        spec = spec.stream_view_type(StreamViewType::NewImage);
    }
    let stream = spec
        .build()
        .map_err(|e| Error::Service(format!("building the stream: {e}")))?;
    Ok(client
        .create_table()
        .table_name(table)
        .attribute_definitions(string_attr("pk")?)
        .attribute_definitions(string_attr("sk")?)
        .attribute_definitions(string_attr("message_group_uuid")?)
        .key_schema(key("pk", KeyType::Hash)?)
        .key_schema(key("sk", KeyType::Range)?)
        .global_secondary_indexes(gsi)
        .billing_mode(BillingMode::Provisioned)
        .provisioned_throughput(throughput()?)
        .stream_specification(stream))
}

fn keys_of(elements: &[KeySchemaElement]) -> Vec<(String, String)> {
    elements
        .iter()
        .map(|k| {
            (
                k.attribute_name().to_string(),
                k.key_type().as_str().to_string(),
            )
        })
        .collect()
}

fn describe_keys(keys: &[(String, String)]) -> String {
    keys.iter()
        .map(|(n, t)| format!("{n} {t}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Differences between an existing table and the schema this tool creates.
/// `errors` make the table unusable (keys, index); `warnings` do not (capacity, stream).
#[derive(Debug, Default, PartialEq)]
pub struct SchemaDiff {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn schema_diff(desc: &TableDescription, want_stream: bool) -> SchemaDiff {
    let mut diff = SchemaDiff::default();
    let want_keys = vec![
        ("pk".to_string(), "HASH".to_string()),
        ("sk".to_string(), "RANGE".to_string()),
    ];
    let have_keys = keys_of(desc.key_schema());
    if have_keys != want_keys {
        diff.errors.push(format!(
            "key schema is [{}], expected [{}]",
            describe_keys(&have_keys),
            describe_keys(&want_keys)
        ));
    }
    let types: HashMap<&str, &str> = desc
        .attribute_definitions()
        .iter()
        .map(|a| (a.attribute_name(), a.attribute_type().as_str()))
        .collect();
    for name in ["pk", "sk", "message_group_uuid"] {
        if let Some(t) = types.get(name).filter(|t| **t != "S") {
            diff.errors
                .push(format!("attribute {name} has type {t}, expected S"));
        }
    }
    match desc
        .global_secondary_indexes()
        .iter()
        .find(|g| g.index_name() == Some(GSI_NAME))
    {
        None => diff.errors.push(format!("index {GSI_NAME} is missing")),
        Some(g) => {
            let want = vec![
                ("message_group_uuid".to_string(), "HASH".to_string()),
                ("sk".to_string(), "RANGE".to_string()),
            ];
            let have = keys_of(g.key_schema());
            if have != want {
                diff.errors.push(format!(
                    "index {GSI_NAME} keys are [{}], expected [{}]",
                    describe_keys(&have),
                    describe_keys(&want)
                ));
            }
            let projection = g
                .projection()
                .and_then(|p| p.projection_type())
                .map(|p| p.as_str())
                .unwrap_or("?");
            if projection != "ALL" {
                diff.errors.push(format!(
                    "index {GSI_NAME} projects {projection}, expected ALL"
                ));
            }
        }
    }
    let billing = desc
        .billing_mode_summary()
        .and_then(|b| b.billing_mode())
        .map(|b| b.as_str())
        .unwrap_or("PROVISIONED");
    if billing != "PROVISIONED" {
        diff.warnings.push(format!(
            "billing mode is {billing}, this tool creates PROVISIONED 5/5"
        ));
    } else if let Some(t) = desc.provisioned_throughput() {
        let (r, w) = (
            t.read_capacity_units().unwrap_or(0),
            t.write_capacity_units().unwrap_or(0),
        );
        if (r, w) != (CAPACITY_UNITS, CAPACITY_UNITS) {
            diff.warnings.push(format!(
                "provisioned throughput is {r}/{w}, this tool creates 5/5"
            ));
        }
    }
    let stream = desc
        .stream_specification()
        .filter(|s| s.stream_enabled())
        .and_then(|s| s.stream_view_type())
        .map(|s| s.as_str())
        .unwrap_or("disabled");
    let wanted = if want_stream { "NEW_IMAGE" } else { "disabled" };
    if stream != wanted {
        diff.warnings
            .push(format!("stream is {stream}, expected {wanted}"));
    }
    diff
}

/// The sort-key timestamp format of the original data: `2023-03-19T23:59:59.999999+00:00`.
pub fn format_sk(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

/// Parses the timestamps found in the data: RFC 3339 with or without a fraction, and
/// without an offset (taken as UTC). `None` for anything else: callers report the row.
pub fn parse_timestamp(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%.f%#z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(raw, fmt) {
            return Some(t);
        }
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(raw, fmt) {
            return Some(Utc.from_utc_datetime(&t).fixed_offset());
        }
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| Utc.from_utc_datetime(&t).fixed_offset())
}

/// The original scripts' display format: `2023-03-19 11:59 PM`.
pub fn display_time(raw: &str) -> Option<String> {
    parse_timestamp(raw).map(|t| t.format("%Y-%m-%d %I:%M %p").to_string())
}

/// A bound for `--since`/`--until`, in the sort-key format. A bare date means the
/// start of that day (`since`) or its last microsecond (`until`).
pub fn range_bound(raw: &str, end_of_day: bool, flag: &str) -> Result<String> {
    let bad = || {
        Error::Usage(format!(
            "{flag} {} is not a date or time; use YYYY-MM-DD or an ISO-8601 time such as 2023-03-19T23:59:59+00:00",
            crate::settings::shorten(raw)
        ))
    };
    if let Ok(d) = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
        let t = if end_of_day {
            d.and_hms_micro_opt(23, 59, 59, 999_999)
        } else {
            d.and_hms_opt(0, 0, 0)
        }
        .ok_or_else(bad)?;
        return Ok(format_sk(Utc.from_utc_datetime(&t)));
    }
    parse_timestamp(raw)
        .map(|t| format_sk(t.with_timezone(&Utc)))
        .ok_or_else(bad)
}

/// One participant's view of a conversation.
#[derive(Debug, Clone)]
pub struct Participant<'a> {
    pub uuid: &'a str,
    pub display_name: &'a str,
    pub handle: &'a str,
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.to_string())
}

/// `pk = MSG#<group>`, `sk = created_at`, sender's details.
pub fn message_item(
    group_uuid: &str,
    message_uuid: &str,
    created_at: &str,
    text: &str,
    sender: &Participant,
) -> Item {
    HashMap::from([
        ("pk".to_string(), s(&format!("MSG#{group_uuid}"))),
        ("sk".to_string(), s(created_at)),
        ("message_uuid".to_string(), s(message_uuid)),
        ("message".to_string(), s(text)),
        ("user_uuid".to_string(), s(sender.uuid)),
        ("user_display_name".to_string(), s(sender.display_name)),
        ("user_handle".to_string(), s(sender.handle)),
    ])
}

/// `pk = GRP#<owner>`, `sk = last message time`, the OTHER participant's details.
pub fn group_item(
    group_uuid: &str,
    owner: &Participant,
    other: &Participant,
    last_at: &str,
    last_text: &str,
) -> Item {
    HashMap::from([
        ("pk".to_string(), s(&format!("GRP#{}", owner.uuid))),
        ("sk".to_string(), s(last_at)),
        ("message_group_uuid".to_string(), s(group_uuid)),
        ("message".to_string(), s(last_text)),
        ("user_uuid".to_string(), s(other.uuid)),
        ("user_display_name".to_string(), s(other.display_name)),
        ("user_handle".to_string(), s(other.handle)),
    ])
}

/// A message row for display; missing attributes become `None`, never a crash.
pub struct MessageView<'a> {
    pub handle: Option<&'a str>,
    pub sk: Option<&'a str>,
    pub message: Option<&'a str>,
}

impl<'a> MessageView<'a> {
    pub fn of(item: &'a Item) -> Self {
        MessageView {
            handle: get_s(item, "user_handle"),
            sk: get_s(item, "sk"),
            message: get_s(item, "message"),
        }
    }
}

/// A user handle as typed: `@bayko`, as the app shows it, is the handle `bayko`.
pub fn handle(raw: &str) -> &str {
    raw.trim().trim_start_matches('@')
}

/// A uuid in its canonical 8-4-4-4-12 hex form.
pub fn validate_uuid(raw: &str, flag: &str) -> Result<String> {
    let parts: Vec<&str> = raw.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    let ok = parts.len() == 5
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()));
    if ok {
        Ok(raw.to_ascii_lowercase())
    } else {
        Err(Error::Usage(format!(
            "{flag} {} is not a UUID; expected the form 5ae290ed-55d1-47a0-bc6d-fe2bc2700399",
            crate::settings::shorten(raw)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_with_or_without_fraction_and_offset() {
        for raw in [
            "2023-03-19T23:59:59.999999+00:00",
            "2023-03-19T23:59:59+00:00",
            "2023-03-19T23:59:59Z",
            "2023-03-19T23:59:59.5",
            "2023-03-19T23:59:59",
            "2023-03-19 23:59:59",
        ] {
            let t = parse_timestamp(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(
                t.format("%Y-%m-%d %I:%M %p").to_string(),
                "2023-03-19 11:59 PM",
                "{raw}"
            );
        }
        assert_eq!(
            display_time("2023-01-02T03:04:05.000001-05:00").unwrap(),
            "2023-01-02 03:04 AM"
        );
        for bad in ["", "yesterday", "2023-13-01T00:00:00", "2023-03-19T25:00"] {
            assert!(parse_timestamp(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn sort_keys_use_the_original_format() {
        let t = Utc.with_ymd_and_hms(2023, 3, 19, 23, 59, 59).unwrap();
        assert_eq!(format_sk(t), "2023-03-19T23:59:59.000000+00:00");
    }

    #[test]
    fn range_bounds_cover_whole_days() {
        assert_eq!(
            range_bound("2023-03-01", false, "--since").unwrap(),
            "2023-03-01T00:00:00.000000+00:00"
        );
        assert_eq!(
            range_bound("2023-03-19", true, "--until").unwrap(),
            "2023-03-19T23:59:59.999999+00:00"
        );
        assert_eq!(
            range_bound("2023-03-19T10:00:00+02:00", true, "--until").unwrap(),
            "2023-03-19T08:00:00.000000+00:00"
        );
        let err = range_bound("last week", false, "--since").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("--since \"last week\" is not a date"),
            "{err}"
        );
    }

    #[test]
    fn uuids_are_validated() {
        assert_eq!(
            validate_uuid(SEED_GROUP_UUID, "--group-uuid").unwrap(),
            SEED_GROUP_UUID
        );
        assert!(validate_uuid("5AE290ED-55D1-47A0-BC6D-FE2BC2700399", "x").is_ok());
        for bad in [
            "",
            "5ae290ed",
            "5ae290ed-55d1-47a0-bc6d-fe2bc270039z",
            "' OR 1=1 --",
        ] {
            assert_eq!(
                validate_uuid(bad, "--group-uuid").unwrap_err().exit_code(),
                2,
                "{bad}"
            );
        }
    }
}
