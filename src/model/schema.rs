//! A table's schema as plain data: keys, indexes, billing and stream. The store turns
//! it into CreateTable and reads it back from DescribeTable; backups and exports carry
//! it as JSON so a table can be recreated from a file.

use super::item::Item;
use super::messaging::attrs;
use aws_sdk_dynamodb::types::AttributeValue;
use serde::{Deserialize, Serialize};

/// The index over group rows: `message_group_uuid` (HASH), `sk` (RANGE).
pub(crate) const GROUP_INDEX: &str = "message-group-sk-index";
/// Read and write units of the messages table and its index.
pub(crate) const CAPACITY_UNITS: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum ScalarType {
    S,
    N,
    B,
}

impl ScalarType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ScalarType::S => "S",
            ScalarType::N => "N",
            ScalarType::B => "B",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct KeyAttribute {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ScalarType,
}

/// A partition key and an optional sort key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct KeySchema {
    pub partition: KeyAttribute,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<KeyAttribute>,
}

impl KeySchema {
    pub(crate) fn attributes(&self) -> impl Iterator<Item = &KeyAttribute> {
        std::iter::once(&self.partition).chain(self.sort.as_ref())
    }

    /// `pk HASH, sk RANGE`
    pub(crate) fn describe_roles(&self) -> String {
        let mut parts = vec![format!("{} HASH", self.partition.name)];
        if let Some(s) = &self.sort {
            parts.push(format!("{} RANGE", s.name));
        }
        parts.join(", ")
    }

    /// `pk S, sk S`
    pub(crate) fn describe_types(&self) -> String {
        self.attributes()
            .map(|k| format!("{} {}", k.name, k.kind.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The key attributes of `item` (those it has).
    pub(crate) fn key_of(&self, item: &Item) -> Item {
        self.attributes()
            .filter_map(|k| item.get(&k.name).map(|v| (k.name.clone(), v.clone())))
            .collect()
    }

    /// The key of `item` as one string, to find repeated keys: numbers in canonical
    /// form, since DynamoDB takes `1` and `1.0` for the same key.
    pub(crate) fn key_string(&self, item: &Item) -> String {
        let mut key = self.key_of(item);
        for v in key.values_mut() {
            if let AttributeValue::N(n) = v
                && let Ok(parsed) = super::limits::number::parse(n)
            {
                *n = super::limits::number::canonical(&parsed);
            }
        }
        serde_json::to_string(&super::item::TypedItem(&key)).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "SCREAMING_SNAKE_CASE",
    tag = "type",
    content = "attributes"
)]
pub(crate) enum Projection {
    All,
    KeysOnly,
    Include(Vec<String>),
}

impl Projection {
    pub(crate) fn as_str(&self) -> &'static str {
        match self {
            Projection::All => "ALL",
            Projection::KeysOnly => "KEYS_ONLY",
            Projection::Include(_) => "INCLUDE",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Throughput {
    pub read: i64,
    pub write: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Index {
    pub name: String,
    pub key: KeySchema,
    pub projection: Projection,
    /// A local secondary index shares the table's partition key.
    #[serde(default)]
    pub local: bool,
    /// Provisioned tables only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<Throughput>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE", tag = "mode")]
pub(crate) enum Billing {
    Provisioned { read: i64, write: i64 },
    PayPerRequest,
}

impl Billing {
    /// The provisioned (read, write) units; `None` on demand.
    pub(crate) fn provisioned(self) -> Option<(i64, i64)> {
        match self {
            Billing::Provisioned { read, write } => Some((read, write)),
            Billing::PayPerRequest => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub(crate) enum StreamView {
    NewImage,
    OldImage,
    NewAndOldImages,
    KeysOnly,
}

impl StreamView {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            StreamView::NewImage => "NEW_IMAGE",
            StreamView::OldImage => "OLD_IMAGE",
            StreamView::NewAndOldImages => "NEW_AND_OLD_IMAGES",
            StreamView::KeysOnly => "KEYS_ONLY",
        }
    }
}

/// Everything needed to create a table like another one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TableSchema {
    pub name: String,
    pub key: KeySchema,
    #[serde(default)]
    pub indexes: Vec<Index>,
    pub billing: Billing,
    #[serde(default)]
    pub stream: Option<StreamView>,
}

/// The type of a key attribute's value (`None` when it is empty, which DynamoDB rejects).
fn key_type(value: &AttributeValue) -> Option<&'static str> {
    match value {
        AttributeValue::S(s) if s.is_empty() => None,
        AttributeValue::B(b) if b.as_ref().is_empty() => None,
        AttributeValue::S(_) => Some("S"),
        AttributeValue::N(_) => Some("N"),
        AttributeValue::B(_) => Some("B"),
        _ => Some("another type"),
    }
}

impl TableSchema {
    /// Checks an item's keys: the table's are required; an index's are checked when
    /// present. `Err` names the attribute and the problem.
    pub(crate) fn check_keys(&self, item: &Item) -> Result<(), String> {
        let index_keys = self.indexes.iter().flat_map(|i| i.key.attributes());
        let all = self
            .key
            .attributes()
            .map(|k| (true, k))
            .chain(index_keys.map(|k| (false, k)));
        for (required, key) in all {
            let name = &key.name;
            let found = match item.get(name) {
                None if required => return Err(format!("the item has no key attribute {name:?}")),
                None => continue,
                Some(v) => key_type(v).ok_or_else(|| {
                    format!("key attribute {name:?} is empty, which DynamoDB rejects")
                })?,
            };
            if found != key.kind.as_str() {
                return Err(format!(
                    "key attribute {name:?} is {found}, the table wants {}",
                    key.kind.as_str()
                ));
            }
        }
        Ok(())
    }
}

fn string_key(name: &str) -> KeyAttribute {
    KeyAttribute {
        name: name.to_string(),
        kind: ScalarType::S,
    }
}

/// The messages table as ../shared/design.md describes it (with `stream`, the
/// NEW_IMAGE stream the AWS lambda reads).
pub(crate) fn messages_table(name: &str, stream: bool) -> TableSchema {
    let units = Throughput {
        read: CAPACITY_UNITS,
        write: CAPACITY_UNITS,
    };
    TableSchema {
        name: name.to_string(),
        key: KeySchema {
            partition: string_key(attrs::PK),
            sort: Some(string_key(attrs::SK)),
        },
        indexes: vec![Index {
            name: GROUP_INDEX.to_string(),
            key: KeySchema {
                partition: string_key(attrs::GROUP_UUID),
                sort: Some(string_key(attrs::SK)),
            },
            projection: Projection::All,
            local: false,
            throughput: Some(units),
        }],
        billing: Billing::Provisioned {
            read: units.read,
            write: units.write,
        },
        stream: stream.then_some(StreamView::NewImage),
    }
}

/// Differences between an existing table and the one wanted.
/// `errors` make the table unusable (keys, index); `warnings` do not (capacity, stream).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct SchemaDiff {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

fn check_types(have: &KeySchema, want: &KeySchema, errors: &mut Vec<String>) {
    for (h, w) in have.attributes().zip(want.attributes()) {
        if h.name == w.name
            && h.kind != w.kind
            && !errors
                .iter()
                .any(|e| e.contains(&format!("attribute {} ", h.name)))
        {
            errors.push(format!(
                "attribute {} has type {}, expected {}",
                h.name,
                h.kind.as_str(),
                w.kind.as_str()
            ));
        }
    }
}

pub(crate) fn schema_diff(have: &TableSchema, want: &TableSchema) -> SchemaDiff {
    let mut diff = SchemaDiff::default();
    if have.key.describe_roles() != want.key.describe_roles() {
        diff.errors.push(format!(
            "key schema is [{}], expected [{}]",
            have.key.describe_roles(),
            want.key.describe_roles()
        ));
    } else {
        check_types(&have.key, &want.key, &mut diff.errors);
    }
    for wanted in &want.indexes {
        let name = &wanted.name;
        match have.indexes.iter().find(|i| &i.name == name) {
            None => diff.errors.push(format!("index {name} is missing")),
            Some(index) => {
                if index.key.describe_roles() != wanted.key.describe_roles() {
                    diff.errors.push(format!(
                        "index {name} keys are [{}], expected [{}]",
                        index.key.describe_roles(),
                        wanted.key.describe_roles()
                    ));
                } else {
                    check_types(&index.key, &wanted.key, &mut diff.errors);
                }
                if index.projection.as_str() != wanted.projection.as_str() {
                    diff.errors.push(format!(
                        "index {name} projects {}, expected {}",
                        index.projection.as_str(),
                        wanted.projection.as_str()
                    ));
                }
            }
        }
    }
    match (have.billing, want.billing) {
        (Billing::PayPerRequest, Billing::Provisioned { read, write }) => {
            diff.warnings.push(format!(
                "billing mode is PAY_PER_REQUEST, this tool creates PROVISIONED {read}/{write}"
            ))
        }
        (Billing::Provisioned { read: r, write: w }, Billing::Provisioned { read, write })
            if (r, w) != (read, write) =>
        {
            diff.warnings.push(format!(
                "provisioned throughput is {r}/{w}, this tool creates {read}/{write}"
            ))
        }
        _ => {}
    }
    let stream_name = |s: Option<StreamView>| s.map(StreamView::as_str).unwrap_or("disabled");
    if have.stream != want.stream {
        diff.warnings.push(format!(
            "stream is {}, expected {}",
            stream_name(have.stream),
            stream_name(want.stream)
        ));
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_table_matches_the_design() {
        let t = messages_table("t", true);
        assert_eq!(t.key.describe_types(), "pk S, sk S");
        assert_eq!(
            t.indexes[0].key.describe_roles(),
            "message_group_uuid HASH, sk RANGE"
        );
        assert_eq!(t.stream, Some(StreamView::NewImage));
        assert_eq!(schema_diff(&t, &t), SchemaDiff::default());
    }

    #[test]
    fn diffs_name_what_differs() {
        let want = messages_table("t", true);
        let mut have = want.clone();
        have.key = KeySchema {
            partition: KeyAttribute {
                name: "id".into(),
                kind: ScalarType::S,
            },
            sort: None,
        };
        have.indexes.clear();
        have.stream = None;
        let diff = schema_diff(&have, &want);
        assert_eq!(
            diff.errors,
            vec![
                "key schema is [id HASH], expected [pk HASH, sk RANGE]".to_string(),
                "index message-group-sk-index is missing".to_string()
            ]
        );
        assert_eq!(
            diff.warnings,
            vec!["stream is disabled, expected NEW_IMAGE".to_string()]
        );
        let mut typed = want.clone();
        typed.key.partition.kind = ScalarType::N;
        assert_eq!(
            schema_diff(&typed, &want).errors,
            vec!["attribute pk has type N, expected S".to_string()]
        );
    }

    #[test]
    fn keys_are_checked_by_presence_type_and_emptiness() {
        let t = messages_table("t", true);
        let s = |v: &str| AttributeValue::S(v.into());
        let mut item: Item = [("pk".to_string(), s("a")), ("sk".to_string(), s("b"))].into();
        assert!(t.check_keys(&item).is_ok());
        item.insert("message_group_uuid".into(), AttributeValue::N("1".into()));
        assert_eq!(
            t.check_keys(&item).unwrap_err(),
            "key attribute \"message_group_uuid\" is N, the table wants S"
        );
        item.remove("message_group_uuid");
        item.insert("sk".into(), s(""));
        assert!(t.check_keys(&item).unwrap_err().contains("is empty"));
        item.remove("sk");
        assert!(
            t.check_keys(&item)
                .unwrap_err()
                .contains("no key attribute \"sk\"")
        );
    }

    #[test]
    fn numeric_keys_spelled_differently_are_the_same_key() {
        let t = TableSchema {
            name: "t".into(),
            key: KeySchema {
                partition: KeyAttribute {
                    name: "id".into(),
                    kind: ScalarType::N,
                },
                sort: None,
            },
            indexes: vec![],
            billing: Billing::PayPerRequest,
            stream: None,
        };
        let item = |n: &str| Item::from([("id".to_string(), AttributeValue::N(n.into()))]);
        assert_eq!(t.key.key_string(&item("1")), t.key.key_string(&item("1.0")));
        assert_ne!(t.key.key_string(&item("1")), t.key.key_string(&item("10")));
    }

    #[test]
    fn schemas_round_trip_through_json() {
        let t = messages_table("t", false);
        let json = serde_json::to_string(&t).unwrap();
        assert!(
            json.contains(r#""billing":{"mode":"PROVISIONED","read":5,"write":5}"#),
            "{json}"
        );
        let back: TableSchema = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }
}
