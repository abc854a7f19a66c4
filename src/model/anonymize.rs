//! Anonymizing items for a laptop: a pseudonym per user uuid, generated text in place of
//! messages, and per-attribute rules (keep, fake, hash, redact, drop) for anything else.
//!
//! Everything is derived from a salt with SHA-256, so the same salt gives the same
//! pseudonyms and the same text on the next run, and a value that appears twice (a
//! message and its group row's copy) is replaced alike. Keys, uuids and timestamps are
//! never touched, so the messaging model stays valid.

use super::item::Item;
use super::messaging::{self, RowKind, attrs};
use super::schema::KeySchema;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::AttributeValue;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// What a rule does to an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// Left as it is.
    Keep,
    /// Replaced by a generated value of the same type and about the same size.
    Fake,
    /// Replaced by a salted SHA-256 of the value (equal values stay equal).
    Hash,
    /// Replaced by a fixed placeholder of the same type.
    Redact,
    /// Removed from the item.
    Drop,
}

/// The actions, as a rules file spells them.
pub(crate) const ACTIONS: &str = "keep, fake, hash, redact or drop";

impl Action {
    fn parse(raw: &str) -> Option<Action> {
        Some(match raw {
            "keep" => Action::Keep,
            "fake" => Action::Fake,
            "hash" => Action::Hash,
            "redact" => Action::Redact,
            "drop" => Action::Drop,
            _ => return None,
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            Action::Keep => "keep",
            Action::Fake => "fake",
            Action::Hash => "hash",
            Action::Redact => "redact",
            Action::Drop => "drop",
        }
    }
}

/// Attribute name to action, from a rules file:
///
/// ```toml
/// [attributes]
/// email = "fake"
/// phone = "hash"
/// notes = "drop"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Rules {
    by_attribute: BTreeMap<String, Action>,
}

impl Rules {
    /// Reads a rules file's text; the error is one line naming what is wrong.
    pub(crate) fn parse(text: &str) -> Result<Rules, String> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            format!("it is not TOML: {}", e.message().replace('\n', " "))
        })?;
        let mut rules = Rules::default();
        for (key, value) in table {
            let toml::Value::Table(attributes) = value else {
                return Err(format!(
                    "{key:?} is not a section: rules go under [attributes], as `email = \"fake\"`"
                ));
            };
            if key != "attributes" {
                return Err(format!(
                    "[{key}] is not a section of a rules file; the only one is [attributes]"
                ));
            }
            for (name, action) in attributes {
                let raw = action.as_str().unwrap_or_default();
                let action = Action::parse(raw).ok_or_else(|| {
                    format!(
                        "attribute {name:?}: {} is not an action; use {ACTIONS}",
                        if raw.is_empty() {
                            action.to_string()
                        } else {
                            format!("{raw:?}")
                        }
                    )
                })?;
                rules.by_attribute.insert(name, action);
            }
        }
        if rules.by_attribute.is_empty() {
            return Err(format!(
                "it names no attribute; list them under [attributes], each with one of {ACTIONS}"
            ));
        }
        Ok(rules)
    }

    /// Refuses a rule on a key attribute: the copy would lose the item's identity.
    pub(crate) fn check_keys(&self, key: &KeySchema) -> Result<(), String> {
        match key
            .attributes()
            .find(|k| self.by_attribute.contains_key(&k.name))
        {
            Some(k) => Err(format!(
                "attribute {:?} is part of the table's key; keys are always kept",
                k.name
            )),
            None => Ok(()),
        }
    }

    fn get(&self, name: &str) -> Option<Action> {
        self.by_attribute.get(name).copied()
    }
}

impl fmt::Display for Rules {
    /// `email=fake, notes=drop`: what a checkpoint records of the rules.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .by_attribute
            .iter()
            .map(|(k, a)| format!("{k}={}", a.as_str()))
            .collect();
        f.write_str(&parts.join(", "))
    }
}

/// Who a user uuid becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pseudonym {
    pub(crate) handle: String,
    pub(crate) display_name: String,
    /// Under `.invalid`, a domain that cannot exist (RFC 2606).
    pub(crate) email: String,
    /// `anonymized-<hex>`: never the shape of a Cognito sub.
    pub(crate) cognito_user_id: String,
}

/// How an anonymized run is configured.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) salt: String,
    pub(crate) keep_messages: bool,
    pub(crate) rules: Rules,
}

impl Config {
    /// What a checkpoint records: enough to refuse resuming with other settings, and no
    /// salt (only a digest of it).
    pub(crate) fn fingerprint(&self) -> String {
        let digest = Sha256::digest(self.salt.as_bytes());
        let mut s = format!("anonymized, salt {}", hex(&digest[..4]));
        if self.keep_messages {
            s.push_str(", messages kept");
        }
        if !self.rules.by_attribute.is_empty() {
            s.push_str(&format!(", rules {}", self.rules));
        }
        s
    }
}

/// Turns items into anonymized items; remembers every pseudonym it handed out.
pub(crate) struct Anonymizer {
    config: Config,
    people: HashMap<String, Pseudonym>,
    /// Pseudonymous handles in use, by the uuid holding them.
    taken: HashMap<String, String>,
    /// Real handles and names (lowercase): a pseudonym never equals one.
    real: HashSet<String>,
}

impl Anonymizer {
    pub(crate) fn new(config: Config) -> Anonymizer {
        Anonymizer {
            config,
            people: HashMap::new(),
            taken: HashMap::new(),
            real: HashSet::new(),
        }
    }

    /// A real handle or name that no pseudonym may take.
    /// What a checkpoint records of this anonymizer's settings.
    pub(crate) fn fingerprint(&self) -> String {
        self.config.fingerprint()
    }

    pub(crate) fn knows_real(&mut self, value: &str) {
        if !value.is_empty() {
            self.real.insert(value.to_lowercase());
        }
    }

    fn digest(&self, purpose: &[u8], value: &[u8]) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update((self.config.salt.len() as u64).to_be_bytes());
        h.update(self.config.salt.as_bytes());
        h.update(purpose);
        h.update([0]);
        h.update(value);
        h.finalize().into()
    }

    /// The user's pseudonym: the same for a uuid wherever it appears.
    pub(crate) fn pseudonym(&mut self, uuid: &str) -> Pseudonym {
        if let Some(p) = self.people.get(uuid) {
            return p.clone();
        }
        let p = (0u32..)
            .map(|attempt| self.derive(uuid, attempt))
            .find(|p| {
                let free = self.taken.get(&p.handle).is_none_or(|u| u == uuid);
                free && !self.real.contains(&p.handle)
                    && !self.real.contains(&p.display_name.to_lowercase())
            })
            .expect("an endless search finds a free pseudonym");
        self.taken.insert(p.handle.clone(), uuid.to_string());
        self.people.insert(uuid.to_string(), p.clone());
        p
    }

    fn derive(&self, uuid: &str, attempt: u32) -> Pseudonym {
        let mut value = uuid.as_bytes().to_vec();
        value.extend(attempt.to_be_bytes());
        let h = self.digest(b"user", &value);
        let adjective =
            ADJECTIVES[usize::from(u16::from_be_bytes([h[0], h[1]])) % ADJECTIVES.len()];
        let animal = ANIMALS[usize::from(u16::from_be_bytes([h[2], h[3]])) % ANIMALS.len()];
        let handle = format!("{adjective}_{animal}_{}", hex(&h[4..7]));
        Pseudonym {
            display_name: format!("{} {}", capitalized(adjective), capitalized(animal)),
            email: format!("{handle}@anonymized.invalid"),
            cognito_user_id: format!("anonymized-{}", hex(&h[8..24])),
            handle,
        }
    }

    /// Generated words of about the length of `original` (never longer, at most two
    /// characters shorter), ending as it ends; the same for the same text.
    pub(crate) fn fake_text(&self, original: &str) -> String {
        let target = original.chars().count();
        let end = original
            .chars()
            .last()
            .filter(|c| matches!(c, '.' | '?' | '!'));
        let room_for_words = target - usize::from(end.is_some());
        let mut rng = SplitMix(u64_of(&self.digest(b"text", original.as_bytes())));
        let mut out = String::with_capacity(target);
        loop {
            let room = room_for_words.saturating_sub(out.len() + usize::from(!out.is_empty()));
            let fitting = WORDS.iter().filter(|w| w.len() <= room).count();
            if fitting == 0 {
                break;
            }
            let word = WORDS[rng.below(WORDS.len())];
            let word = if word.len() <= room {
                word
            } else {
                let pick = rng.below(fitting);
                WORDS
                    .iter()
                    .filter(|w| w.len() <= room)
                    .nth(pick)
                    .expect("in range")
            };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        let mut out = capitalized(&out);
        out.extend(end);
        out
    }

    /// An anonymized copy of a messaging row, or of any item by the rules.
    pub(crate) fn item(&mut self, mut item: Item) -> Item {
        let kind = messaging::get_pk(&item).map(messaging::row_kind);
        if matches!(kind, Some(RowKind::Messages(_) | RowKind::Groups(_))) {
            self.messaging_row(&mut item);
        }
        if self.config.rules.by_attribute.is_empty() {
            return item;
        }
        let names: Vec<String> = item.keys().cloned().collect();
        for name in names {
            match self.config.rules.get(&name) {
                None | Some(Action::Keep) => {}
                Some(Action::Drop) => {
                    item.remove(&name);
                }
                Some(action) => {
                    let value = item.remove(&name).expect("a listed attribute");
                    item.insert(name, self.value(action, value));
                }
            }
        }
        item
    }

    /// The person a messaging row names becomes their pseudonym; its text is generated
    /// (unless kept). An attribute with a rule of its own is left to the rule.
    fn messaging_row(&mut self, item: &mut Item) {
        let ruled = |name: &str| self.config.rules.get(name).is_some();
        let (ruled_handle, ruled_name, ruled_text) = (
            ruled(attrs::USER_HANDLE),
            ruled(attrs::USER_DISPLAY_NAME),
            ruled(attrs::MESSAGE),
        );
        let text = |i: &Item, k: &str| super::item::get_s(i, k).map(str::to_string);
        for real in [attrs::USER_HANDLE, attrs::USER_DISPLAY_NAME].map(|k| text(item, k)) {
            self.knows_real(real.as_deref().unwrap_or_default());
        }
        if let Some(uuid) = text(item, attrs::USER_UUID) {
            let p = self.pseudonym(&uuid);
            if !ruled_handle && item.contains_key(attrs::USER_HANDLE) {
                item.insert(attrs::USER_HANDLE.into(), AttributeValue::S(p.handle));
            }
            if !ruled_name && item.contains_key(attrs::USER_DISPLAY_NAME) {
                item.insert(
                    attrs::USER_DISPLAY_NAME.into(),
                    AttributeValue::S(p.display_name),
                );
            }
        }
        if !self.config.keep_messages
            && !ruled_text
            && let Some(original) = text(item, attrs::MESSAGE)
        {
            let fake = self.fake_text(&original);
            item.insert(attrs::MESSAGE.into(), AttributeValue::S(fake));
        }
    }

    fn value(&self, action: Action, value: AttributeValue) -> AttributeValue {
        use AttributeValue as A;
        let each = |v: Vec<String>, f: &dyn Fn(&str) -> String| -> Vec<String> {
            let mut out: Vec<String> = v.iter().map(|s| f(s)).collect();
            out.sort();
            out.dedup();
            out
        };
        match (action, value) {
            (Action::Keep | Action::Drop, v) => v,
            (_, v @ (A::Bool(_) | A::Null(_))) if action != Action::Redact => v,
            (Action::Redact, A::Bool(_)) => A::Bool(false),
            (Action::Redact, A::S(_)) => A::S(REDACTED.into()),
            (Action::Redact, A::N(_)) => A::N("0".into()),
            (Action::Redact, A::B(_)) => A::B(Blob::new(REDACTED)),
            (Action::Redact, A::Ss(_)) => A::Ss(vec![REDACTED.into()]),
            (Action::Redact, A::Ns(_)) => A::Ns(vec!["0".into()]),
            (Action::Redact, A::Bs(_)) => A::Bs(vec![Blob::new(REDACTED)]),
            (Action::Redact, A::L(_)) => A::L(Vec::new()),
            (Action::Redact, A::M(_)) => A::M(HashMap::new()),
            (_, A::S(s)) => A::S(self.string(action, &s)),
            (_, A::N(n)) => A::N(self.number(&n)),
            (_, A::B(b)) => A::B(self.bytes(action, b.as_ref())),
            (_, A::Ss(v)) => A::Ss(each(v, &|s| self.string(action, s))),
            (_, A::Ns(v)) => A::Ns(each(v, &|n| self.number(n))),
            (_, A::Bs(v)) => A::Bs(v.iter().map(|b| self.bytes(action, b.as_ref())).collect()),
            (_, A::L(v)) => A::L(v.into_iter().map(|x| self.value(action, x)).collect()),
            (_, A::M(m)) => A::M(
                m.into_iter()
                    .map(|(k, x)| (k, self.value(action, x)))
                    .collect(),
            ),
            (_, v) => v,
        }
    }

    fn string(&self, action: Action, s: &str) -> String {
        match action {
            Action::Hash => hex(&self.digest(b"hash", s.as_bytes())[..16]),
            _ if s.contains('@') => {
                let h = self.digest(b"email", s.as_bytes());
                let word = |i: usize| WORDS[usize::from(h[i]) % WORDS.len()];
                format!("{}.{}{}@anonymized.invalid", word(0), word(1), h[2] % 100)
            }
            _ => self.fake_text(s),
        }
    }

    /// A number with the same shape (sign, digits, decimal point), other digits.
    fn number(&self, n: &str) -> String {
        let h = self.digest(b"number", n.as_bytes());
        let mut rng = SplitMix(u64_of(&h));
        let mut leading = true;
        let out: String = n
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(_) => {
                    let d = if leading {
                        1 + rng.below(9)
                    } else {
                        rng.below(10)
                    };
                    leading = false;
                    char::from_digit(d as u32, 10).expect("a digit")
                }
                None => {
                    if c == 'e' || c == 'E' {
                        leading = true;
                    }
                    c
                }
            })
            .collect();
        out
    }

    fn bytes(&self, action: Action, b: &[u8]) -> Blob {
        let h = self.digest(b"bytes", b);
        match action {
            Action::Hash => Blob::new(h.to_vec()),
            _ => {
                let mut rng = SplitMix(u64_of(&h));
                Blob::new((0..b.len()).map(|_| rng.next() as u8).collect::<Vec<u8>>())
            }
        }
    }
}

const REDACTED: &str = "[redacted]";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn u64_of(h: &[u8; 32]) -> u64 {
    u64::from_be_bytes(h[..8].try_into().expect("8 bytes"))
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A small, fixed pseudo-random sequence (splitmix64): the same from the same seed on
/// every platform and every version of the tool's dependencies.
pub(crate) struct SplitMix(pub(crate) u64);

impl SplitMix {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const ADJECTIVES: &[&str] = &[
    "amber", "brisk", "calm", "dusky", "eager", "fuzzy", "gentle", "hazel", "idle", "jolly",
    "keen", "lucky", "mellow", "nimble", "olive", "plucky", "quiet", "rusty", "sandy", "tidy",
    "umber", "vivid", "wry", "zesty", "bold", "crisp", "dapper", "fleet", "glad", "humble",
    "jaunty", "lively", "merry", "noble", "proud", "rapid", "sunny", "swift", "witty", "young",
];

const ANIMALS: &[&str] = &[
    "otter", "heron", "badger", "lynx", "marten", "osprey", "puffin", "quokka", "raven", "stoat",
    "tapir", "vole", "walrus", "wombat", "yak", "zebu", "bison", "civet", "dingo", "egret",
    "ferret", "gecko", "ibis", "jackal", "kestrel", "lemur", "magpie", "newt", "ocelot", "pika",
    "robin", "shrew", "tern", "urchin", "viper", "wren", "alpaca", "bongo", "coati", "dunlin",
];

/// The generated text's vocabulary: plain words, none of them anyone's data.
const WORDS: &[&str] = &[
    "the",
    "table",
    "stream",
    "message",
    "group",
    "lambda",
    "query",
    "index",
    "batch",
    "write",
    "read",
    "item",
    "key",
    "sort",
    "time",
    "local",
    "seed",
    "scan",
    "page",
    "token",
    "cursor",
    "shard",
    "record",
    "copy",
    "export",
    "restore",
    "check",
    "fix",
    "test",
    "ship",
    "review",
    "deploy",
    "rollback",
    "retry",
    "backoff",
    "capacity",
    "unit",
    "partition",
    "region",
    "and",
    "then",
    "with",
    "after",
    "before",
    "again",
    "soon",
    "today",
    "later",
    "maybe",
    "sure",
    "thanks",
    "great",
    "works",
    "fine",
    "quick",
    "slow",
    "new",
    "old",
    "next",
    "last",
    "a",
    "is",
    "it",
    "on",
    "to",
    "we",
    "so",
    "ok",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::item::get_s;
    use crate::model::messaging::{Participant, group_item, message_item};

    fn anonymizer(salt: &str) -> Anonymizer {
        Anonymizer::new(Config {
            salt: salt.into(),
            keep_messages: false,
            rules: Rules::default(),
        })
    }

    const ME: Participant<'static> = Participant {
        uuid: "a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c",
        display_name: "Andrew Brown",
        handle: "andrewbrown",
    };
    const OTHER: Participant<'static> = Participant {
        uuid: "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e",
        display_name: "Andrew Bayko",
        handle: "bayko",
    };

    #[test]
    fn a_user_is_one_pseudonym_everywhere_and_the_salt_decides_it() {
        let mut a = anonymizer("s1");
        let text = "Did the messages table make it into DynamoDB Local?";
        let at = "2026-01-01T00:00:00.000000+00:00";
        let msg = a.item(message_item("g1", "m1", at, text, &ME));
        let mine = a.item(group_item("g1", &OTHER, &ME, at, text));
        let p = a.pseudonym(ME.uuid);
        assert_eq!(get_s(&msg, attrs::USER_HANDLE), Some(p.handle.as_str()));
        assert_eq!(get_s(&mine, attrs::USER_HANDLE), Some(p.handle.as_str()));
        assert_eq!(
            get_s(&mine, attrs::USER_DISPLAY_NAME),
            Some(p.display_name.as_str())
        );
        assert_eq!(get_s(&msg, attrs::MESSAGE), get_s(&mine, attrs::MESSAGE));
        assert_ne!(get_s(&msg, attrs::MESSAGE), Some(text));
        let fake = get_s(&msg, attrs::MESSAGE).unwrap();
        assert!(
            (text.len() - 2..=text.len()).contains(&fake.len()),
            "{fake:?}"
        );
        assert!(fake.ends_with('?'), "{fake:?}");
        for k in [attrs::PK, attrs::SK, attrs::USER_UUID, attrs::MESSAGE_UUID] {
            assert_eq!(
                msg.get(k),
                message_item("g1", "m1", at, text, &ME).get(k),
                "{k}"
            );
        }
        assert!(p.email.ends_with("@anonymized.invalid"));
        assert!(p.cognito_user_id.starts_with("anonymized-"));
        assert_eq!(anonymizer("s1").pseudonym(ME.uuid), p);
        assert_ne!(anonymizer("s2").pseudonym(ME.uuid).handle, p.handle);
    }

    #[test]
    fn a_pseudonym_never_takes_a_real_handle_or_another_users() {
        let mut a = anonymizer("s");
        let first = anonymizer("s").pseudonym(ME.uuid);
        a.knows_real(&first.handle.to_uppercase());
        let p = a.pseudonym(ME.uuid);
        assert_ne!(p.handle, first.handle);
        let mut b = anonymizer("s");
        b.taken.insert(first.handle.clone(), "someone else".into());
        assert_ne!(b.pseudonym(ME.uuid).handle, first.handle);
    }

    #[test]
    fn messages_can_be_kept() {
        let mut a = Anonymizer::new(Config {
            salt: "s".into(),
            keep_messages: true,
            rules: Rules::default(),
        });
        let msg = a.item(message_item("g", "m", "t", "hello there", &ME));
        assert_eq!(get_s(&msg, attrs::MESSAGE), Some("hello there"));
        assert_ne!(get_s(&msg, attrs::USER_HANDLE), Some("andrewbrown"));
    }

    #[test]
    fn rules_fake_hash_redact_drop_and_keep_other_items() {
        let rules = Rules::parse(
            "[attributes]\nemail = \"fake\"\nphone = \"hash\"\nnotes = \"redact\"\nssn = \"drop\"\nage = \"fake\"\nnick = \"keep\"\n",
        )
        .unwrap();
        let mut a = Anonymizer::new(Config {
            salt: "s".into(),
            keep_messages: false,
            rules,
        });
        let s = |v: &str| AttributeValue::S(v.into());
        let item: Item = HashMap::from([
            ("id".into(), s("u-1")),
            ("email".into(), s("londo@centauri.example")),
            ("phone".into(), s("+1 555 0100")),
            ("notes".into(), s("likes Babylon 5")),
            ("ssn".into(), s("078-05-1120")),
            ("age".into(), AttributeValue::N("42".into())),
            ("nick".into(), s("Londo")),
        ]);
        let out = a.item(item.clone());
        assert_eq!(out.get("id"), item.get("id"));
        assert_eq!(out.get("nick"), item.get("nick"));
        assert!(!out.contains_key("ssn"));
        assert_eq!(get_s(&out, "notes"), Some(REDACTED));
        let email = get_s(&out, "email").unwrap();
        assert!(email.ends_with("@anonymized.invalid") && !email.contains("londo"));
        let phone = get_s(&out, "phone").unwrap();
        assert_eq!(phone.len(), 32);
        assert_eq!(
            a.item(item)
                .get("phone")
                .and_then(|v| v.as_s().ok())
                .unwrap(),
            phone
        );
        let AttributeValue::N(age) = &out["age"] else {
            panic!("a number")
        };
        assert_eq!(age.len(), 2);
        assert_ne!(age, "42");
    }

    #[test]
    fn bad_rules_are_named() {
        let err = Rules::parse("[attributes]\nemail = \"mask\"\n").unwrap_err();
        assert!(err.contains("\"mask\" is not an action"), "{err}");
        assert!(Rules::parse("").unwrap_err().contains("names no attribute"));
        assert!(
            Rules::parse("email = \"fake\"")
                .unwrap_err()
                .contains("[attributes]")
        );
        assert!(
            Rules::parse("[fields]\na = \"fake\"")
                .unwrap_err()
                .contains("[fields]")
        );
        assert!(
            Rules::parse("[attributes\n")
                .unwrap_err()
                .contains("not TOML")
        );
        let key = crate::model::schema::messages_table("t", false).key;
        let rules = Rules::parse("[attributes]\npk = \"hash\"").unwrap();
        assert!(rules.check_keys(&key).unwrap_err().contains("\"pk\""));
    }

    #[test]
    fn the_fingerprint_names_no_salt() {
        let c = Config {
            salt: "very secret".into(),
            keep_messages: true,
            rules: Rules::default(),
        };
        let f = c.fingerprint();
        assert!(
            f.starts_with("anonymized, salt ") && f.ends_with("messages kept"),
            "{f}"
        );
        assert!(!f.contains("secret"));
    }
}
