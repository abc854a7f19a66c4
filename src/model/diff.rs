//! Comparing two sets of items by primary key: a hash join. One side is built into a map
//! of keys to one hash per attribute (names shared, not copied per item), the other side
//! probes it; what is left in the map at the end is only on the built side. Memory holds
//! the built side's keys and hashes, never both sides' items.

use super::item::{Item, item_from_typed_json, value_hash};
use super::schema::KeySchema;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How two sides differ at one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum DiffKind {
    OnlyInA,
    OnlyInB,
    Differs,
}

/// One difference: its kind, the key, and (for `Differs`) the attributes that differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Difference {
    pub(crate) kind: DiffKind,
    #[serde(serialize_with = "plain_key")]
    pub(crate) key: Item,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) attributes: Vec<String>,
}

fn plain_key<S: serde::Serializer>(key: &Item, s: S) -> std::result::Result<S::Ok, S::Error> {
    super::item::PlainItem(key).serialize(s)
}

/// Per key: each attribute's name and value hash, sorted by name.
type Hashes = Vec<(Arc<str>, u64)>;

/// Which side is built into the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Built {
    A,
    B,
}

/// The join: build one side, probe with the other, then [`Join::finish`].
pub(crate) struct Join {
    key: KeySchema,
    built: Built,
    names: HashSet<Arc<str>>,
    map: HashMap<String, Hashes>,
    differences: Vec<Difference>,
}

impl Join {
    pub(crate) fn new(key: KeySchema, built: Built) -> Join {
        Join {
            key,
            built,
            names: HashSet::new(),
            map: HashMap::new(),
            differences: Vec::new(),
        }
    }

    fn hashes(&mut self, item: &Item) -> Hashes {
        let mut v: Hashes = item
            .iter()
            .map(|(k, val)| {
                let name = match self.names.get(k.as_str()) {
                    Some(n) => n.clone(),
                    None => {
                        let n: Arc<str> = Arc::from(k.as_str());
                        self.names.insert(n.clone());
                        n
                    }
                };
                (name, value_hash(val))
            })
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }

    /// An item of the built side.
    pub(crate) fn build(&mut self, item: &Item) {
        let hashes = self.hashes(item);
        self.map.insert(self.key.key_string(item), hashes);
    }

    /// An item of the probing side: compared with the built side's item at its key.
    pub(crate) fn probe(&mut self, item: &Item) {
        let only_here = match self.built {
            Built::A => DiffKind::OnlyInB,
            Built::B => DiffKind::OnlyInA,
        };
        let Some(theirs) = self.map.remove(&self.key.key_string(item)) else {
            self.differences.push(Difference {
                kind: only_here,
                key: self.key.key_of(item),
                attributes: vec![],
            });
            return;
        };
        let mine = self.hashes(item);
        if mine == theirs {
            return;
        }
        let lookup: HashMap<&str, u64> = theirs.iter().map(|(n, h)| (&**n, *h)).collect();
        let mut changed: Vec<String> = mine
            .iter()
            .filter(|(n, h)| lookup.get(&**n) != Some(h))
            .map(|(n, _)| n.to_string())
            .collect();
        changed.extend(
            theirs
                .iter()
                .filter(|(n, _)| !mine.iter().any(|(m, _)| m == n))
                .map(|(n, _)| n.to_string()),
        );
        changed.sort();
        self.differences.push(Difference {
            kind: DiffKind::Differs,
            key: self.key.key_of(item),
            attributes: changed,
        });
    }

    /// Every difference: what probing found, then the keys only on the built side.
    pub(crate) fn finish(mut self) -> Vec<Difference> {
        let only_built = match self.built {
            Built::A => DiffKind::OnlyInA,
            Built::B => DiffKind::OnlyInB,
        };
        for k in self.map.into_keys() {
            self.differences.push(Difference {
                kind: only_built,
                key: item_from_typed_json(&k).unwrap_or_default(),
                attributes: vec![],
            });
        }
        self.differences
    }
}

/// How many differences of `kind`.
pub(crate) fn count_of(differences: &[Difference], kind: DiffKind) -> u64 {
    differences.iter().filter(|d| d.kind == kind).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_dynamodb::types::AttributeValue;

    fn item(id: &str, pairs: &[(&str, &str)]) -> Item {
        let mut i: Item = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), AttributeValue::S(v.to_string())))
            .collect();
        i.insert("pk".into(), AttributeValue::S(id.into()));
        i
    }

    fn key() -> KeySchema {
        crate::model::schema::messages_table("t", false).key
    }

    #[test]
    fn a_join_names_what_is_only_on_each_side_and_what_differs() {
        let with_sk = |id: &str, pairs: &[(&str, &str)]| {
            let mut i = item(id, pairs);
            i.insert("sk".into(), AttributeValue::S("s".into()));
            i
        };
        for built in [Built::A, Built::B] {
            let a = [
                with_sk("same", &[("m", "1")]),
                with_sk("changed", &[("m", "1"), ("gone", "x")]),
                with_sk("only-a", &[]),
            ];
            let b = [
                with_sk("same", &[("m", "1")]),
                with_sk("changed", &[("m", "2"), ("new", "y")]),
                with_sk("only-b", &[]),
            ];
            let (build, probe) = match built {
                Built::A => (&a, &b),
                Built::B => (&b, &a),
            };
            let mut join = Join::new(key(), built);
            build.iter().for_each(|i| join.build(i));
            probe.iter().for_each(|i| join.probe(i));
            let mut d = join.finish();
            d.sort_by_key(|x| x.kind);
            let kinds: Vec<DiffKind> = d.iter().map(|x| x.kind).collect();
            assert_eq!(
                kinds,
                [DiffKind::OnlyInA, DiffKind::OnlyInB, DiffKind::Differs],
                "{built:?}"
            );
            assert_eq!(d[2].attributes, ["gone", "m", "new"]);
            assert_eq!(
                d[0].key.get("pk"),
                Some(&AttributeValue::S("only-a".into()))
            );
            assert_eq!(count_of(&d, DiffKind::Differs), 1);
        }
    }
}
