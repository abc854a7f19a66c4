//! Pre-flight checks that an item would be accepted by PutItem/BatchWriteItem, against
//! DynamoDB's documented limits, so `table restore` can reject a bad line before writing.
//!
//! `number` is std only; the rest works on `aws_sdk_dynamodb` attribute values.

/// DynamoDB number syntax and limits, std only.
///
/// Normal form: value = (-1 if `negative`) × 0.`digits` × 10^`exponent`, where `digits`
/// has no leading or trailing zeros. Zero is `digits == ""`, `exponent == 0`, not negative.
pub(crate) mod number {
    pub(crate) const MAX_DIGITS: usize = 38;
    /// Smallest allowed `exponent` of a nonzero number: 0.1 × 10^-129 = 1E-130.
    pub(crate) const MIN_EXPONENT: i64 = -129;
    /// Largest allowed `exponent`: 0.99…9 × 10^126 < 1E126.
    pub(crate) const MAX_EXPONENT: i64 = 126;
    /// Exponent values are clamped here so huge exponents cannot overflow.
    const EXP_CLAMP: i64 = 1 << 40;

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub(crate) struct Number {
        pub negative: bool,
        pub digits: String,
        pub exponent: i64,
    }

    /// Quotes `s` for a message, shortened if long.
    fn show(s: &str) -> String {
        match s.char_indices().nth(45) {
            Some((i, _)) => format!("{:?}", format!("{}...", &s[..i])),
            None => format!("{s:?}"),
        }
    }

    fn all_digits(t: &str) -> bool {
        t.bytes().all(|c| c.is_ascii_digit())
    }

    /// Parses Java BigDecimal syntax: `[+-]digits[.digits][(e|E)[+-]digits]` with at least
    /// one mantissa digit (".5" and "5." are accepted). Does not check DynamoDB's limits.
    pub(crate) fn parse(s: &str) -> Result<Number, String> {
        let bad = || format!("number {} is not a number", show(s));
        let negative = s.starts_with('-');
        let body = s.strip_prefix(['+', '-']).unwrap_or(s);
        let (mantissa, exp) = match body.find(['e', 'E']) {
            Some(i) => (&body[..i], Some(&body[i + 1..])),
            None => (body, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
            return Err(bad());
        }
        let exp = match exp {
            None => 0,
            Some(e) => {
                let d = e.strip_prefix(['+', '-']).unwrap_or(e);
                if d.is_empty() || !all_digits(d) {
                    return Err(bad());
                }
                let v = d
                    .bytes()
                    .fold(0, |a, c| (a * 10 + i64::from(c - b'0')).min(EXP_CLAMP));
                if e.starts_with('-') { -v } else { v }
            }
        };
        let all = format!("{int}{frac}");
        let lead = all.len() - all.trim_start_matches('0').len();
        let digits = all.trim_matches('0').to_string();
        if digits.is_empty() {
            return Ok(Number {
                negative: false,
                digits,
                exponent: 0,
            });
        }
        let exponent = int.len() as i64 - lead as i64 + exp;
        Ok(Number {
            negative,
            digits,
            exponent,
        })
    }

    /// Checks DynamoDB's precision and magnitude limits; `raw` is only used in messages.
    pub(crate) fn check_limits(n: &Number, raw: &str) -> Result<(), String> {
        let problem = if n.digits.len() > MAX_DIGITS {
            format!(
                "has {} significant digits (max {MAX_DIGITS})",
                n.digits.len()
            )
        } else if !n.digits.is_empty() && n.exponent > MAX_EXPONENT {
            "is too large (magnitude must be < 1E126)".to_string()
        } else if !n.digits.is_empty() && n.exponent < MIN_EXPONENT {
            "is too small (magnitude must be >= 1E-130)".to_string()
        } else {
            return Ok(());
        };
        Err(format!("number {} {problem}", show(raw)))
    }

    /// `parse` followed by `check_limits`.
    pub(crate) fn validate(s: &str) -> Result<Number, String> {
        let n = parse(s)?;
        check_limits(&n, s)?;
        Ok(n)
    }

    /// Spelling that is equal for equal values: "0", or `[-]d[.ddd]E<exp>` ("1", "1.0"
    /// and "10e-1" all give "1E0").
    pub(crate) fn canonical(n: &Number) -> String {
        if n.digits.is_empty() {
            return "0".to_string();
        }
        let sign = if n.negative { "-" } else { "" };
        let (first, rest) = n.digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        format!("{sign}{first}{dot}{rest}E{}", n.exponent - 1)
    }

    /// DynamoDB's documented approximation: 1 byte per two significant digits (rounded
    /// up) plus 1 byte.
    pub(crate) fn size(n: &Number) -> usize {
        n.digits.len().div_ceil(2) + 1
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn num(s: &str) -> Number {
            parse(s).unwrap()
        }

        fn num_of(negative: bool, digits: &str, exponent: i64) -> Number {
            Number {
                negative,
                digits: digits.into(),
                exponent,
            }
        }

        #[test]
        fn syntax() {
            let ok = "0 -0 +1 1. .5 00.0 1.5e3 1E+3 1e-03 007 0e999999999999999999999";
            for s in ok.split(' ') {
                assert!(parse(s).is_ok(), "{s}");
            }
            let bad =
                "- + . abc 1e 1e+ e5 .e1 1.2.3 0x10 NaN Infinity -Infinity 1_0 1,5 --1 1e5.0 ١";
            for s in bad.split(' ').chain(["", " 1", "1 "]) {
                assert_eq!(
                    parse(s).unwrap_err(),
                    format!("number {s:?} is not a number")
                );
            }
            assert!(parse(&"x".repeat(1000)).unwrap_err().len() < 80);
        }

        #[test]
        fn normal_form() {
            assert_eq!(num("123.450"), num_of(false, "12345", 3));
            assert_eq!(num("-0.00120"), num_of(true, "12", -2));
            assert_eq!(num("-0.000e5"), num_of(false, "", 0));
            assert_eq!(num("12e-5"), num_of(false, "12", -3));
        }

        #[test]
        fn precision() {
            assert_eq!(num(&format!("1{}", "0".repeat(41))).digits, "1");
            assert!(validate(&format!("1{}", "0".repeat(41))).is_ok());
            assert!(validate(&format!("0.000{}", "1".repeat(38))).is_ok());
            let e = validate(&"9".repeat(39)).unwrap_err();
            assert!(e.ends_with("has 39 significant digits (max 38)"), "{e}");
            let e = validate(&format!("1.{}1", "0".repeat(39))).unwrap_err();
            assert!(e.contains("41 significant"), "{e}");
        }

        #[test]
        fn magnitude() {
            let max = "9.9999999999999999999999999999999999999E+125";
            for s in [
                "1e-130",
                "-1E-130",
                max,
                &format!("-{max}"),
                "0e-500",
                "10e-131",
            ] {
                assert!(validate(s).is_ok(), "{s}");
            }
            for s in ["1e126", "-1e126", "10e125", "1e99999999999999999999"] {
                assert!(validate(s).unwrap_err().contains("too large"), "{s}");
            }
            for s in ["1e-131", "-0.1e-130", "9.9e-131", "1e-99999999999999999999"] {
                assert!(validate(s).unwrap_err().contains("too small"), "{s}");
            }
        }

        #[test]
        fn canonical_and_size() {
            for s in ["1", "1.0", "10e-1", "0.1E1", "+1.000"] {
                assert_eq!(canonical(&num(s)), "1E0", "{s}");
            }
            assert_eq!(canonical(&num("-123.45")), "-1.2345E2");
            assert_eq!(canonical(&num("0.00")), canonical(&num("-0e7")));
            assert_ne!(canonical(&num("1")), canonical(&num("-1")));
            let sizes: Vec<usize> = ["0", "7", "12", "123000"].map(|s| size(&num(s))).to_vec();
            assert_eq!(sizes, [1, 2, 2, 3]);
            assert_eq!(size(&num(&"9".repeat(38))), 20);
        }
    }
}

use super::schema::KeySchema;
use aws_sdk_dynamodb::types::AttributeValue;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

pub(crate) const MAX_ITEM_BYTES: usize = 400 * 1024;
pub(crate) const MAX_PARTITION_KEY_BYTES: usize = 2048;
pub(crate) const MAX_SORT_KEY_BYTES: usize = 1024;
/// Maximum nesting of L/M values: a top-level L or M is level 1, each L or M inside it
/// adds one level, scalars and sets add none. 32 nested maps pass, 33 fail.
pub(crate) const MAX_DEPTH: usize = 32;

fn number_size(raw: &str) -> usize {
    number::parse(raw).map_or(raw.len(), |n| number::size(&n))
}

/// Approximate stored size of one value, per DynamoDB's documented rules.
pub(crate) fn value_size(v: &AttributeValue) -> usize {
    use AttributeValue as A;
    match v {
        A::S(s) => s.len(),
        A::N(n) => number_size(n),
        A::B(b) => b.as_ref().len(),
        A::Bool(_) | A::Null(_) => 1,
        A::L(l) => 3 + l.iter().map(|x| value_size(x) + 1).sum::<usize>(),
        A::M(m) => {
            3 + m
                .iter()
                .map(|(k, x)| k.len() + value_size(x) + 1)
                .sum::<usize>()
        }
        A::Ss(ss) => ss.iter().map(|s| s.len()).sum(),
        A::Ns(ns) => ns.iter().map(|n| number_size(n)).sum(),
        A::Bs(bs) => bs.iter().map(|b| b.as_ref().len()).sum(),
        _ => 0,
    }
}

/// Approximate item size: attribute name bytes plus value sizes.
pub(crate) fn item_size(item: &HashMap<String, AttributeValue>) -> usize {
    item.iter().map(|(k, v)| k.len() + value_size(v)).sum()
}

/// Presence, type and emptiness of one key attribute; returns its size in bytes.
fn key_bytes(item: &HashMap<String, AttributeValue>, name: &str) -> Result<usize, String> {
    match item.get(name) {
        None => Err(format!("key attribute {name:?} is missing")),
        Some(AttributeValue::S(s)) if s.is_empty() => {
            Err(format!("key attribute {name:?} is an empty string"))
        }
        Some(AttributeValue::S(s)) => Ok(s.len()),
        Some(AttributeValue::B(b)) if b.as_ref().is_empty() => {
            Err(format!("key attribute {name:?} is an empty binary"))
        }
        Some(AttributeValue::B(b)) => Ok(b.as_ref().len()),
        // Validity is checked with the other numbers; 38 digits never reach the limits.
        Some(AttributeValue::N(n)) => Ok(n.len()),
        Some(_) => Err(format!(
            "key attribute {name:?} must be a string, number or binary"
        )),
    }
}

/// First problem found in each category, reported in this order.
#[derive(Default)]
struct Found {
    kind: Option<String>,
    number: Option<String>,
    set: Option<String>,
    depth: Option<String>,
}

fn note(slot: &mut Option<String>, path: &str, msg: String) {
    if slot.is_none() {
        *slot = Some(format!("attribute {path:?}: {msg}"));
    }
}

fn sorted<V>(m: &HashMap<String, V>) -> Vec<(&String, &V)> {
    let mut v: Vec<_> = m.iter().collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

fn first_dup<T: Eq + Hash>(items: impl IntoIterator<Item = T>) -> Option<usize> {
    let mut seen = HashSet::new();
    items.into_iter().position(|x| !seen.insert(x))
}

fn check_set(f: &mut Found, path: &str, kind: &str, empty: bool, dup: Option<String>) {
    if empty {
        note(&mut f.set, path, format!("{kind} set is empty"));
    } else if let Some(d) = dup {
        note(&mut f.set, path, format!("{kind} set has duplicate {d}"));
    }
}

/// The longest attribute name DynamoDB accepts, in bytes.
pub(crate) const MAX_NAME_BYTES: usize = 65_535;

fn check_name(f: &mut Found, path: &str, name: &str) {
    if name.is_empty() {
        note(
            &mut f.kind,
            path,
            "an attribute name is empty, which DynamoDB rejects".into(),
        );
    } else if name.len() > MAX_NAME_BYTES {
        note(
            &mut f.kind,
            path,
            format!(
                "an attribute name is {} bytes (max {MAX_NAME_BYTES})",
                name.len()
            ),
        );
    }
}

/// `outer` is the nesting level of `v`'s container: the item itself is level 1, so a
/// top-level map is level 2, and DynamoDB's 32 levels allow 31 nested maps or lists
/// (DynamoDB Local rejects the 32nd).
fn walk(f: &mut Found, path: &str, v: &AttributeValue, outer: usize) {
    use AttributeValue as A;
    match v {
        A::S(_) | A::B(_) | A::Bool(_) | A::Null(true) => {}
        A::Null(false) => note(&mut f.kind, path, "NULL must be true".into()),
        A::N(n) => {
            if let Err(e) = number::validate(n) {
                note(&mut f.number, path, e);
            }
        }
        A::Ns(ns) => {
            for n in ns {
                if let Err(e) = number::validate(n) {
                    note(&mut f.number, path, e);
                }
            }
            let canon = ns
                .iter()
                .map(|n| number::parse(n).map_or(n.clone(), |x| number::canonical(&x)));
            let dup = first_dup(canon).map(|i| format!("{:?}", ns[i]));
            check_set(f, path, "number", ns.is_empty(), dup);
        }
        A::Ss(ss) => {
            let dup = first_dup(ss).map(|i| format!("{:?}", ss[i]));
            check_set(f, path, "string", ss.is_empty(), dup);
        }
        A::Bs(bs) => {
            let dup = first_dup(bs.iter().map(|b| b.as_ref())).map(|i| format!("element {i}"));
            check_set(f, path, "binary", bs.is_empty(), dup);
        }
        A::L(_) | A::M(_) => {
            let level = outer + 1;
            if level > MAX_DEPTH {
                note(
                    &mut f.depth,
                    path,
                    format!("nested deeper than {MAX_DEPTH} levels"),
                );
                return;
            }
            if let A::L(l) = v {
                for (i, x) in l.iter().enumerate() {
                    walk(f, &format!("{path}[{i}]"), x, level);
                }
            } else if let A::M(m) = v {
                for (k, x) in sorted(m) {
                    let inner = format!("{path}.{k}");
                    check_name(f, &inner, k);
                    walk(f, &inner, x, level);
                }
            }
        }
        _ => note(&mut f.kind, path, "unsupported attribute type".into()),
    }
}

/// Checks that PutItem/BatchWriteItem would accept `item`; reports the first problem in
/// this order: key presence/type/emptiness, key sizes, unsupported types and NULL false,
/// numbers, sets (empty or duplicates), nesting depth, item size.
pub(crate) fn check_item(
    item: &HashMap<String, AttributeValue>,
    keys: &KeySchema,
) -> Result<(), String> {
    let pk = key_bytes(item, &keys.partition.name)?;
    let sk = match &keys.sort {
        Some(k) => Some((&k.name, key_bytes(item, &k.name)?)),
        None => None,
    };
    if pk > MAX_PARTITION_KEY_BYTES {
        return Err(format!(
            "partition key {:?} is {pk} bytes (max {MAX_PARTITION_KEY_BYTES})",
            keys.partition.name
        ));
    }
    if let Some((name, n)) = sk
        && n > MAX_SORT_KEY_BYTES
    {
        return Err(format!(
            "sort key {name:?} is {n} bytes (max {MAX_SORT_KEY_BYTES})"
        ));
    }
    let mut f = Found::default();
    for (name, v) in sorted(item) {
        check_name(&mut f, name, name);
        walk(&mut f, name, v, 1);
    }
    if let Some(e) = f.kind.or(f.number).or(f.set).or(f.depth) {
        return Err(e);
    }
    let size = item_size(item);
    if size > MAX_ITEM_BYTES {
        return Err(format!("item is {size} bytes (max {MAX_ITEM_BYTES})"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use AttributeValue as A;
    use aws_sdk_dynamodb::primitives::Blob;

    fn keys() -> KeySchema {
        crate::model::schema::messages_table("t", false).key
    }

    /// A valid key plus `extra`; `extra` may override or (with `None`) remove attributes.
    fn item(extra: Vec<(&str, Option<A>)>) -> HashMap<String, A> {
        let mut m = HashMap::from([
            ("pk".into(), A::S("p".into())),
            ("sk".into(), A::S("s".into())),
        ]);
        for (k, v) in extra {
            match v {
                Some(v) => m.insert(k.to_string(), v),
                None => m.remove(k),
            };
        }
        m
    }

    fn check(extra: Vec<(&str, A)>) -> Result<(), String> {
        check_item(
            &item(extra.into_iter().map(|(k, v)| (k, Some(v))).collect()),
            &keys(),
        )
    }

    fn err(name: &str, v: A) -> String {
        check(vec![(name, v)]).unwrap_err()
    }

    fn n(s: &str) -> A {
        A::N(s.into())
    }

    fn set(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn blob(b: &[u8]) -> Blob {
        Blob::new(b.to_vec())
    }

    fn nested(levels: usize) -> A {
        (0..levels).fold(A::S("x".into()), |v, _| {
            A::M(HashMap::from([("a".into(), v)]))
        })
    }

    #[test]
    fn valid_item_passes() {
        let m = A::M(HashMap::from([("k".into(), A::Ns(set(&["1", "2"])))]));
        let ok = check(vec![
            ("s", A::S(String::new())),
            ("n", n("-12.5e3")),
            ("zero", n("0")),
            ("negzero", n("-0.000e-999")),
            ("b", A::B(blob(&[1, 2]))),
            ("t", A::Bool(true)),
            ("null", A::Null(true)),
            ("l", A::L(vec![n("1"), A::S("x".into()), A::L(vec![])])),
            ("m", m),
            ("ss", A::Ss(set(&["a", "b"]))),
            ("ns", A::Ns(set(&["1", "-1", "0"]))),
            ("bs", A::Bs(vec![blob(&[1]), blob(&[2])])),
            ("deep", nested(MAX_DEPTH - 1)),
        ]);
        assert_eq!(ok, Ok(()));
        let numeric = HashMap::from([("pk".into(), n("7"))]);
        let mut pk_only = keys();
        pk_only.sort = None;
        assert_eq!(check_item(&numeric, &pk_only), Ok(()));
    }

    #[test]
    fn bad_numbers() {
        assert_eq!(
            err("n", n("abc")),
            r#"attribute "n": number "abc" is not a number"#
        );
        assert!(err("n", n(&"9".repeat(39))).contains("39 significant digits (max 38)"));
        assert!(err("n", n("1e126")).contains("too large"));
        assert!(err("n", n("1e-131")).contains("too small"));
        assert!(err("ns", A::Ns(set(&["1", "1e"]))).starts_with(r#"attribute "ns": number "1e""#));
        let l = A::L(vec![n("1"), A::M(HashMap::from([("b".into(), n("x"))]))]);
        assert_eq!(
            err("l", l),
            r#"attribute "l[1].b": number "x" is not a number"#
        );
    }

    #[test]
    fn bad_sets() {
        assert_eq!(
            err("t", A::Ss(vec![])),
            r#"attribute "t": string set is empty"#
        );
        assert_eq!(
            err("t", A::Ns(vec![])),
            r#"attribute "t": number set is empty"#
        );
        let dup = err("t", A::Ns(set(&["1", "1.0"])));
        assert_eq!(dup, r#"attribute "t": number set has duplicate "1.0""#);
        assert!(err("t", A::Ss(set(&["a", "b", "a"]))).ends_with(r#"duplicate "a""#));
        let bs = A::Bs(vec![blob(&[1]), blob(&[1])]);
        assert!(err("t", bs).ends_with("binary set has duplicate element 1"));
    }

    #[test]
    fn problems_reported_in_order() {
        // The number problem wins although "a" sorts first.
        let e = check(vec![("a", A::Ss(vec![])), ("z", n("x"))]).unwrap_err();
        assert!(e.starts_with(r#"attribute "z""#), "{e}");
        assert_eq!(
            err("x", A::Null(false)),
            r#"attribute "x": NULL must be true"#
        );
    }

    #[test]
    fn empty_and_huge_attribute_names_are_caught() {
        assert!(err("", A::S("x".into())).contains("name is empty"));
        let m = A::M(HashMap::from([(String::new(), A::S("x".into()))]));
        assert!(err("m", m).contains("name is empty"));
        assert!(err(&"n".repeat(70_000), A::S("x".into())).contains("max 65535"));
    }

    #[test]
    fn map_entries_count_a_byte_each() {
        let m = A::M(HashMap::from([("k".into(), A::S("x".into()))]));
        assert_eq!(value_size(&m), 3 + 1 + 1 + 1);
    }

    #[test]
    fn too_deep() {
        let e = err("d", nested(MAX_DEPTH));
        let path = format!("d{}", ".a".repeat(MAX_DEPTH - 1));
        assert_eq!(
            e,
            format!("attribute {path:?}: nested deeper than 32 levels")
        );
    }

    #[test]
    fn item_too_large() {
        let fill = MAX_ITEM_BYTES - item_size(&item(vec![])) - "big".len();
        assert_eq!(check(vec![("big", A::S("x".repeat(fill)))]), Ok(()));
        let big = item(vec![("big", Some(A::S("x".repeat(401 * 1024))))]);
        let want = format!("item is {} bytes (max 409600)", item_size(&big));
        assert_eq!(check_item(&big, &keys()), Err(want));
    }

    #[test]
    fn sizes() {
        let size = |v: A| item_size(&HashMap::from([("ab".into(), v)])) - 2;
        assert_eq!(size(A::S("héllo".into())), 6);
        assert_eq!(size(n("-123.000")), 3);
        assert_eq!(size(A::L(vec![A::S("a".into()), A::Bool(true)])), 3 + 2 + 2);
        assert_eq!(
            size(A::M(HashMap::from([("k".into(), A::Null(true))]))),
            3 + 2 + 1
        );
        assert_eq!(size(A::Ss(set(&["ab", "c"]))), 3);
        assert_eq!(size(A::Ns(set(&["1", "12345"]))), 2 + 4);
        assert_eq!(size(A::Bs(vec![blob(&[0; 5])])), 5);
    }

    #[test]
    fn bad_keys() {
        let key = |k, v| {
            check_item(&item(vec![(k, v)]), &keys())
                .err()
                .unwrap_or_default()
        };
        assert_eq!(
            key("pk", Some(A::S("p".repeat(MAX_PARTITION_KEY_BYTES)))),
            ""
        );
        let e = key("pk", Some(A::S("p".repeat(2049))));
        assert_eq!(e, r#"partition key "pk" is 2049 bytes (max 2048)"#);
        let e = key("sk", Some(A::B(blob(&[0; 1025]))));
        assert_eq!(e, r#"sort key "sk" is 1025 bytes (max 1024)"#);
        let e = key("sk", Some(A::S(String::new())));
        assert_eq!(e, r#"key attribute "sk" is an empty string"#);
        let e = key("pk", Some(A::B(blob(&[]))));
        assert_eq!(e, r#"key attribute "pk" is an empty binary"#);
        let e = key("sk", Some(A::Bool(true)));
        assert_eq!(
            e,
            r#"key attribute "sk" must be a string, number or binary"#
        );
        assert_eq!(key("pk", None), r#"key attribute "pk" is missing"#);
    }
}
