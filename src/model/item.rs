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
use serde::de::{self, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::HashMap;
use std::str::FromStr;

pub(crate) type Item = HashMap<String, AttributeValue>;

/// Attribute names in display order: `pk`, `sk` first, then alphabetical.
pub(crate) fn ordered_keys(item: &Item) -> Vec<&String> {
    ordered(item).into_iter().map(|(k, _)| k).collect()
}

/// Attributes in display order, without looking each one up again (a scan renders
/// millions of them; callgrind showed the re-hashing).
pub(crate) fn ordered(item: &Item) -> Vec<(&String, &AttributeValue)> {
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
pub(crate) struct Plain<'a>(pub &'a AttributeValue);

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
pub(crate) struct PlainItem<'a>(pub &'a Item);

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
pub(crate) fn plain_items<S: Serializer>(items: &[Item], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(PlainItem))
}

/// One attribute value as typed DynamoDB JSON.
pub(crate) struct Typed<'a>(pub &'a AttributeValue);

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
pub(crate) struct TypedItem<'a>(pub &'a Item);

impl Serialize for TypedItem<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in ordered(self.0) {
            m.serialize_entry(k, &Typed(v))?;
        }
        m.end()
    }
}

/// Reads one typed-JSON item (a line of a backup or of `--output ddb-json`), parsing
/// the text straight into attribute values.
pub(crate) fn item_from_typed_json(line: &str) -> Result<Item, String> {
    serde_json::from_str::<TypedItemDe>(line)
        .map(|t| t.0)
        .map_err(|e| clean_error(&e))
}

/// serde_json's message without its position (callers name the line).
fn clean_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    if e.is_syntax() || e.is_eof() {
        format!("not JSON: {text}")
    } else {
        text
    }
}

/// A typed item, deserialized directly (no intermediate `Value`).
pub(crate) struct TypedItemDe(pub Item);

impl<'de> Deserialize<'de> for TypedItemDe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TypedItemDe;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object of attributes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TypedItemDe, A::Error> {
                let mut item = Item::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<TypedValueDe>().map_err(|e| {
                        de::Error::custom(format!(
                            "attribute {key:?}: {}",
                            strip_position(&e.to_string())
                        ))
                    })?;
                    item.insert(key, value.0);
                }
                Ok(TypedItemDe(item))
            }
        }
        d.deserialize_map(V).map_err(|e| {
            let text = e.to_string();
            if text.starts_with("invalid type") {
                de::Error::custom("expected a JSON object of attributes")
            } else {
                e
            }
        })
    }
}

fn strip_position(text: &str) -> &str {
    match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => text,
    }
}

/// One typed attribute value, deserialized directly.
struct TypedValueDe(AttributeValue);

const TAGS: &str = "expected exactly one type tag (S, N, B, BOOL, NULL, L, M, SS, NS, BS)";

fn number_text<E: de::Error>(tag: &str, v: Value) -> Result<String, E> {
    match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(E::custom(format!("{tag} expects a string, found {other}"))),
    }
}

fn blob<E: de::Error>(tag: &str, text: &str) -> Result<Blob, E> {
    B64.decode(text.as_bytes())
        .map(Blob::new)
        .map_err(|e| E::custom(format!("{tag} expects base64: {e}")))
}

impl<'de> Deserialize<'de> for TypedValueDe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TypedValueDe;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object like {\"S\": \"text\"}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TypedValueDe, A::Error> {
                let Some(tag) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(TAGS));
                };
                let t = tag.as_str();
                let value = match t {
                    "S" => AttributeValue::S(map.next_value()?),
                    "N" => AttributeValue::N(number_text(t, map.next_value()?)?),
                    "B" => AttributeValue::B(blob(t, &map.next_value::<String>()?)?),
                    "BOOL" => AttributeValue::Bool(map.next_value()?),
                    "NULL" => AttributeValue::Null(map.next_value()?),
                    "L" => AttributeValue::L(
                        map.next_value::<Vec<TypedValueDe>>()?
                            .into_iter()
                            .map(|v| v.0)
                            .collect(),
                    ),
                    "M" => AttributeValue::M(
                        map.next_value::<HashMap<String, TypedValueDe>>()?
                            .into_iter()
                            .map(|(k, v)| (k, v.0))
                            .collect(),
                    ),
                    "SS" => AttributeValue::Ss(map.next_value()?),
                    "NS" => AttributeValue::Ns(
                        map.next_value::<Vec<Value>>()?
                            .into_iter()
                            .map(|v| number_text(t, v))
                            .collect::<Result<_, _>>()?,
                    ),
                    "BS" => AttributeValue::Bs(
                        map.next_value::<Vec<String>>()?
                            .iter()
                            .map(|b| blob(t, b))
                            .collect::<Result<_, _>>()?,
                    ),
                    other => {
                        return Err(de::Error::custom(format!("unknown type tag {other:?}")));
                    }
                };
                if map.next_key::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(TAGS));
                }
                Ok(TypedValueDe(value))
            }
        }
        d.deserialize_map(V)
    }
}

/// An item read from plain JSON (`table scan`'s default output), types inferred:
/// numbers become N with every digit, strings S, booleans BOOL, null NULL, arrays L,
/// objects M. Sets and binary cannot be told from lists and strings.
pub(crate) fn item_from_plain(value: Value) -> Result<Item, String> {
    match value {
        Value::Object(map) => Ok(map.into_iter().map(|(k, v)| (k, plain_value(v))).collect()),
        other => Err(format!("expected a JSON object, found {}", short(&other))),
    }
}

fn plain_value(v: Value) -> AttributeValue {
    match v {
        Value::String(s) => AttributeValue::S(s),
        Value::Number(n) => AttributeValue::N(n.to_string()),
        Value::Bool(b) => AttributeValue::Bool(b),
        Value::Null => AttributeValue::Null(true),
        Value::Array(a) => AttributeValue::L(a.into_iter().map(plain_value).collect()),
        Value::Object(m) => {
            AttributeValue::M(m.into_iter().map(|(k, v)| (k, plain_value(v))).collect())
        }
    }
}

fn short(v: &Value) -> String {
    let text = v.to_string();
    match text.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text,
    }
}

/// Whether a JSON value looks like a typed attribute value (`{"S": ...}` and so on).
pub(crate) fn is_typed_value(v: &Value) -> bool {
    matches!(v, Value::Object(m) if m.len() == 1 && m.keys().all(|k| matches!(k.as_str(), "S" | "N" | "B" | "BOOL" | "NULL" | "L" | "M" | "SS" | "NS" | "BS")))
}

/// Reads a typed item from an already parsed JSON object.
pub(crate) fn item_from_typed_value(value: &Value) -> Result<Item, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "expected a JSON object of attributes, found {}",
            short(value)
        ));
    };
    map.iter()
        .map(|(k, v)| {
            typed_from_json(v)
                .map(|av| (k.clone(), av))
                .map_err(|e| format!("attribute {k:?}: {e}"))
        })
        .collect()
}

/// Reads one typed attribute value, e.g. `{"N": "1.5"}`.
pub(crate) fn typed_from_json(value: &Value) -> Result<AttributeValue, String> {
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

/// A hash of a value that ignores what DynamoDB does not keep: the order of a set's
/// elements and the spelling of a number (`1.0` and `1` are the same number).
pub(crate) fn value_hash(v: &AttributeValue) -> u64 {
    use std::hash::{Hash, Hasher};
    fn number(n: &str) -> String {
        crate::model::limits::number::parse(n)
            .map(|x| crate::model::limits::number::canonical(&x))
            .unwrap_or_else(|_| n.to_string())
    }
    fn feed(v: &AttributeValue, h: &mut std::collections::hash_map::DefaultHasher) {
        match v {
            AttributeValue::S(s) => (0u8, s).hash(h),
            AttributeValue::N(n) => (1u8, number(n)).hash(h),
            AttributeValue::B(b) => (2u8, b.as_ref()).hash(h),
            AttributeValue::Bool(b) => (3u8, b).hash(h),
            AttributeValue::Null(b) => (4u8, b).hash(h),
            AttributeValue::L(l) => {
                (5u8, l.len()).hash(h);
                l.iter().for_each(|x| feed(x, h));
            }
            AttributeValue::M(m) => {
                (6u8, m.len()).hash(h);
                for (k, x) in sorted(m) {
                    k.hash(h);
                    feed(x, h);
                }
            }
            AttributeValue::Ss(s) => {
                let mut v: Vec<&String> = s.iter().collect();
                v.sort();
                (7u8, v).hash(h)
            }
            AttributeValue::Ns(s) => {
                let mut v: Vec<String> = s.iter().map(|n| number(n)).collect();
                v.sort();
                (8u8, v).hash(h)
            }
            AttributeValue::Bs(s) => {
                let mut v: Vec<&[u8]> = s.iter().map(|b| b.as_ref()).collect();
                v.sort();
                (9u8, v).hash(h)
            }
            _ => 10u8.hash(h),
        }
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    feed(v, &mut h);
    h.finish()
}

/// The string value of an attribute, if it is a string.
pub(crate) fn get_s<'a>(item: &'a Item, name: &str) -> Option<&'a str> {
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
    fn the_direct_and_value_readers_agree() {
        let line = serde_json::to_string(&TypedItem(&every_type())).unwrap();
        let value: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(item_from_typed_value(&value).unwrap(), every_type());
        assert_eq!(item_from_typed_json(&line).unwrap(), every_type());
        assert!(is_typed_value(&value["pk"]) && !is_typed_value(&Value::from("x")));
    }

    #[test]
    fn plain_json_infers_types_and_keeps_digits() {
        let v: Value = serde_json::from_str(
            r#"{"pk":"a","n":12345678901234567890123456789012345678,"f":-0.5e-3,"b":true,"z":null,"l":[1,"x"],"m":{"k":"v"}}"#,
        )
        .unwrap();
        let item = item_from_plain(v).unwrap();
        assert_eq!(
            item["n"],
            AttributeValue::N("12345678901234567890123456789012345678".into())
        );
        assert_eq!(item["f"], AttributeValue::N("-0.5e-3".into()));
        assert_eq!(item["z"], AttributeValue::Null(true));
        assert!(matches!(&item["l"], AttributeValue::L(l) if l.len() == 2));
        assert!(item_from_plain(Value::from(1)).is_err());
    }

    #[test]
    fn value_hashes_ignore_set_order_and_number_spelling() {
        let a = AttributeValue::Ss(vec!["a".into(), "b".into()]);
        let b = AttributeValue::Ss(vec!["b".into(), "a".into()]);
        assert_eq!(value_hash(&a), value_hash(&b));
        assert_eq!(
            value_hash(&AttributeValue::N("1.0".into())),
            value_hash(&AttributeValue::N("1".into()))
        );
        assert_ne!(
            value_hash(&AttributeValue::S("1".into())),
            value_hash(&AttributeValue::N("1".into()))
        );
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
            item_from_typed_json("not json")
                .unwrap_err()
                .starts_with("not JSON")
        );
        assert!(
            item_from_typed_json(r#"{"n":{"S":"x","N":"1"}}"#)
                .unwrap_err()
                .contains("exactly one type tag")
        );
        assert!(
            item_from_typed_json(r#"{"pk":"plain"}"#)
                .unwrap_err()
                .contains("\"pk\"")
        );
        assert!(
            item_from_typed_json(r#"{"b":{"B":"***"}}"#)
                .unwrap_err()
                .contains("base64")
        );
    }
}
