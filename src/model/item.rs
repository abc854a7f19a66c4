//! Lossless conversion between DynamoDB `AttributeValue`s and JSON.
//!
//! Two shapes:
//! - *plain* JSON (`jsonl`, `json`): strings, numbers with all their digits, binary as
//!   base64, sets and lists as arrays, maps as objects. Readable, but a set and a list
//!   look alike.
//! - *typed* JSON (`ddb-json`, backups): `{"S": "x"}`, `{"N": "1"}` ... exactly as the
//!   DynamoDB API writes them, so it reads back into identical items.

use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::AttributeValue;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::HashMap;
use std::str::FromStr;

pub type Item = HashMap<String, AttributeValue>;

/// Attribute names in display order: `pk`, `sk` first, then alphabetical.
pub fn ordered_keys(item: &Item) -> Vec<&String> {
    ordered(item).into_iter().map(|(k, _)| k).collect()
}

/// Attributes in display order, without looking each one up again (a scan renders
/// millions of them; callgrind showed the re-hashing).
pub fn ordered(item: &Item) -> Vec<(&String, &AttributeValue)> {
    let mut entries: Vec<(&String, &AttributeValue)> = item.iter().collect();
    entries.sort_unstable_by(|a, b| key_rank(a.0).cmp(&key_rank(b.0)).then_with(|| a.0.cmp(b.0)));
    entries
}

fn key_rank(name: &str) -> u8 {
    match name {
        "pk" => 0,
        "sk" => 1,
        _ => 2,
    }
}

fn sorted(map: &HashMap<String, AttributeValue>) -> Vec<(&String, &AttributeValue)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    entries
}

/// A DynamoDB number as a JSON number, keeping every digit. A string that is not a
/// JSON number (DynamoDB never returns one) is kept as a string rather than lost.
fn serialize_number<S: Serializer>(n: &str, s: S) -> Result<S::Ok, S::Error> {
    match serde_json::Number::from_str(n) {
        Ok(num) => num.serialize(s),
        Err(_) => s.serialize_str(n),
    }
}

struct PlainNumber<'a>(&'a str);
impl Serialize for PlainNumber<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self.0, s)
    }
}

struct Base64<'a>(&'a Blob);
impl Serialize for Base64<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&B64.encode(self.0.as_ref()))
    }
}

/// One attribute value as plain JSON.
pub struct Plain<'a>(pub &'a AttributeValue);

impl Serialize for Plain<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            AttributeValue::S(v) => s.serialize_str(v),
            AttributeValue::N(n) => serialize_number(n, s),
            AttributeValue::B(b) => Base64(b).serialize(s),
            AttributeValue::Bool(b) => s.serialize_bool(*b),
            AttributeValue::Null(_) => s.serialize_unit(),
            AttributeValue::L(list) => s.collect_seq(list.iter().map(Plain)),
            AttributeValue::M(map) => {
                let mut m = s.serialize_map(Some(map.len()))?;
                for (k, v) in sorted(map) {
                    m.serialize_entry(k, &Plain(v))?;
                }
                m.end()
            }
            AttributeValue::Ss(set) => s.collect_seq(set),
            AttributeValue::Ns(set) => s.collect_seq(set.iter().map(|n| PlainNumber(n))),
            AttributeValue::Bs(set) => s.collect_seq(set.iter().map(Base64)),
            // The SDK's catch-all for types added after this build.
            _ => s.serialize_str("<unsupported attribute type>"),
        }
    }
}

/// A whole item as a plain JSON object (`pk`, `sk` first).
pub struct PlainItem<'a>(pub &'a Item);

impl Serialize for PlainItem<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in ordered(self.0) {
            m.serialize_entry(k, &Plain(v))?;
        }
        m.end()
    }
}

/// A list of items as plain JSON objects (for `#[serde(serialize_with)]`).
pub fn plain_items<S: Serializer>(items: &[Item], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(PlainItem))
}

/// One attribute value as typed DynamoDB JSON.
pub struct Typed<'a>(pub &'a AttributeValue);

impl Serialize for Typed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        match self.0 {
            AttributeValue::S(v) => m.serialize_entry("S", v)?,
            AttributeValue::N(n) => m.serialize_entry("N", n)?,
            AttributeValue::B(b) => m.serialize_entry("B", &Base64(b))?,
            AttributeValue::Bool(b) => m.serialize_entry("BOOL", b)?,
            AttributeValue::Null(b) => m.serialize_entry("NULL", b)?,
            AttributeValue::L(list) => m.serialize_entry("L", &TypedList(list))?,
            AttributeValue::M(map) => m.serialize_entry("M", &TypedMap(map))?,
            AttributeValue::Ss(set) => m.serialize_entry("SS", set)?,
            AttributeValue::Ns(set) => m.serialize_entry("NS", set)?,
            AttributeValue::Bs(set) => m.serialize_entry("BS", &Base64Seq(set))?,
            _ => m.serialize_entry("UNSUPPORTED", &true)?,
        }
        m.end()
    }
}

struct TypedList<'a>(&'a [AttributeValue]);
impl Serialize for TypedList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(Typed))
    }
}

struct TypedMap<'a>(&'a HashMap<String, AttributeValue>);
impl Serialize for TypedMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in sorted(self.0) {
            m.serialize_entry(k, &Typed(v))?;
        }
        m.end()
    }
}

struct Base64Seq<'a>(&'a [Blob]);
impl Serialize for Base64Seq<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for b in self.0 {
            seq.serialize_element(&Base64(b))?;
        }
        seq.end()
    }
}

/// A whole item as typed DynamoDB JSON (`pk`, `sk` first).
pub struct TypedItem<'a>(pub &'a Item);

impl Serialize for TypedItem<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in ordered(self.0) {
            m.serialize_entry(k, &Typed(v))?;
        }
        m.end()
    }
}

/// Reads one typed-JSON item (a line of a backup or of `--output ddb-json`).
pub fn item_from_typed_json(line: &str) -> Result<Item, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("expected a JSON object of attributes".into());
    };
    map.into_iter()
        .map(|(k, v)| {
            typed_from_json(&v)
                .map(|av| (k.clone(), av))
                .map_err(|e| format!("attribute {k:?}: {e}"))
        })
        .collect()
}

/// Reads one typed attribute value, e.g. `{"N": "1.5"}`.
pub fn typed_from_json(value: &Value) -> Result<AttributeValue, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "expected an object like {{\"S\": \"text\"}}, found {value}"
        ));
    };
    if map.len() != 1 {
        return Err("expected exactly one type tag (S, N, B, BOOL, NULL, L, M, SS, NS, BS)".into());
    }
    let (tag, inner) = map.iter().next().expect("one entry");
    let str_of = |v: &Value| -> Result<String, String> {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{tag} expects a string, found {v}"))
    };
    let array_of = |v: &Value| -> Result<Vec<Value>, String> {
        v.as_array()
            .cloned()
            .ok_or_else(|| format!("{tag} expects an array, found {v}"))
    };
    let blob_of = |v: &Value| -> Result<Blob, String> {
        let text = str_of(v)?;
        B64.decode(text.as_bytes())
            .map(Blob::new)
            .map_err(|e| format!("{tag} expects base64: {e}"))
    };
    let number_of = |v: &Value| -> Result<String, String> {
        // Accept a bare JSON number too, keeping its digits.
        match v {
            Value::Number(n) => Ok(n.to_string()),
            other => str_of(other),
        }
    };
    Ok(match tag.as_str() {
        "S" => AttributeValue::S(str_of(inner)?),
        "N" => AttributeValue::N(number_of(inner)?),
        "B" => AttributeValue::B(blob_of(inner)?),
        "BOOL" => AttributeValue::Bool(inner.as_bool().ok_or("BOOL expects true or false")?),
        "NULL" => AttributeValue::Null(inner.as_bool().ok_or("NULL expects true")?),
        "L" => AttributeValue::L(
            array_of(inner)?
                .iter()
                .map(typed_from_json)
                .collect::<Result<_, _>>()?,
        ),
        "M" => {
            let Value::Object(m) = inner else {
                return Err(format!("M expects an object, found {inner}"));
            };
            AttributeValue::M(
                m.iter()
                    .map(|(k, v)| typed_from_json(v).map(|av| (k.clone(), av)))
                    .collect::<Result<_, _>>()?,
            )
        }
        "SS" => AttributeValue::Ss(
            array_of(inner)?
                .iter()
                .map(str_of)
                .collect::<Result<_, _>>()?,
        ),
        "NS" => AttributeValue::Ns(
            array_of(inner)?
                .iter()
                .map(number_of)
                .collect::<Result<_, _>>()?,
        ),
        "BS" => AttributeValue::Bs(
            array_of(inner)?
                .iter()
                .map(blob_of)
                .collect::<Result<_, _>>()?,
        ),
        other => return Err(format!("unknown type tag {other:?}")),
    })
}

/// The string value of an attribute, if it is a string.
pub fn get_s<'a>(item: &'a Item, name: &str) -> Option<&'a str> {
    match item.get(name) {
        Some(AttributeValue::S(s)) => Some(s.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_type() -> Item {
        let mut nested = HashMap::new();
        nested.insert(
            "z".to_string(),
            AttributeValue::N("-0.000000000000000000000000000000000001".into()),
        );
        nested.insert("a".to_string(), AttributeValue::L(vec![]));
        HashMap::from([
            ("pk".to_string(), AttributeValue::S("MSG#1".into())),
            ("sk".to_string(), AttributeValue::S("".into())),
            (
                "big".to_string(),
                AttributeValue::N("12345678901234567890123456789012345678".into()),
            ),
            (
                "bin".to_string(),
                AttributeValue::B(Blob::new(vec![0u8, 255, 1])),
            ),
            ("yes".to_string(), AttributeValue::Bool(true)),
            ("nothing".to_string(), AttributeValue::Null(true)),
            (
                "list".to_string(),
                AttributeValue::L(vec![
                    AttributeValue::S("é☃".into()),
                    AttributeValue::N("1".into()),
                ]),
            ),
            ("map".to_string(), AttributeValue::M(nested)),
            ("empty_map".to_string(), AttributeValue::M(HashMap::new())),
            (
                "ss".to_string(),
                AttributeValue::Ss(vec!["a".into(), "b".into()]),
            ),
            (
                "ns".to_string(),
                AttributeValue::Ns(vec![
                    "1.50".into(),
                    "99999999999999999999999999999999999999".into(),
                ]),
            ),
            (
                "bs".to_string(),
                AttributeValue::Bs(vec![Blob::new(b"hi".to_vec())]),
            ),
        ])
    }

    #[test]
    fn plain_json_keeps_every_digit_and_orders_pk_sk_first() {
        let json = serde_json::to_string(&PlainItem(&every_type())).unwrap();
        assert!(
            json.starts_with(
                r#"{"pk":"MSG#1","sk":"","big":12345678901234567890123456789012345678,"#
            ),
            "{json}"
        );
        assert!(json.contains(r#""bin":"AP8B""#), "{json}");
        assert!(json.contains(r#""nothing":null"#));
        assert!(
            json.contains(r#""map":{"a":[],"z":-0.000000000000000000000000000000000001}"#),
            "{json}"
        );
        assert!(
            json.contains(r#""ns":[1.50,99999999999999999999999999999999999999]"#),
            "{json}"
        );
        assert!(json.contains(r#""bs":["aGk="]"#));
        assert!(json.contains(r#""empty_map":{}"#));
    }

    #[test]
    fn typed_json_round_trips_exactly() {
        let item = every_type();
        let line = serde_json::to_string(&TypedItem(&item)).unwrap();
        assert!(
            line.contains(r#""big":{"N":"12345678901234567890123456789012345678"}"#),
            "{line}"
        );
        let back = item_from_typed_json(&line).unwrap();
        assert_eq!(back, item);
    }

    #[test]
    fn typed_json_errors_name_the_attribute() {
        let err = item_from_typed_json(r#"{"pk":{"S":"x"},"n":{"Q":"1"}}"#).unwrap_err();
        assert!(
            err.contains("\"n\"") && err.contains("unknown type tag"),
            "{err}"
        );
        assert!(item_from_typed_json("[1]").is_err());
        assert!(
            item_from_typed_json(r#"{"b":{"B":"***"}}"#)
                .unwrap_err()
                .contains("base64")
        );
    }
}
