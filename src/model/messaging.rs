//! The messaging rows of the Cruddur messages table, and their key formats.
//!
//! - a message: `pk = MSG#<group uuid>`, `sk = created_at`, the sender's details;
//! - a group row (one per participant): `pk = GRP#<owner uuid>`, `sk = last message time`,
//!   `message_group_uuid`, the last message, and the OTHER participant's details.
//!
//! This is the only module that names the rows' attributes.

use super::item::{Item, get_s};
use aws_sdk_dynamodb::types::AttributeValue;
use std::collections::HashMap;

/// The conversation the original seed wrote into.
/// The user commands act as when no --handle is given (the seed's first participant).
pub(crate) const DEFAULT_HANDLE: &str = "andrewbrown";
pub(crate) const SEED_GROUP_UUID: &str = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";

/// Attribute names of the rows (and of the group index's partition key).
pub(crate) mod attrs {
    pub(crate) const PK: &str = "pk";
    pub(crate) const SK: &str = "sk";
    pub(crate) const GROUP_UUID: &str = "message_group_uuid";
    pub(crate) const MESSAGE_UUID: &str = "message_uuid";
    pub(crate) const MESSAGE: &str = "message";
    pub(crate) const USER_UUID: &str = "user_uuid";
    pub(crate) const USER_DISPLAY_NAME: &str = "user_display_name";
    pub(crate) const USER_HANDLE: &str = "user_handle";
}

/// The key module: every `MSG#`/`GRP#` partition key is built and parsed here.
const MESSAGES_PREFIX: &str = "MSG#";
const GROUPS_PREFIX: &str = "GRP#";
/// The partition key prefixes, as messages name them.
pub(crate) const KEY_PREFIXES: &str = "MSG# or GRP#";

/// The partition key of a conversation's messages.
pub(crate) fn messages_pk(group_uuid: &str) -> String {
    format!("{MESSAGES_PREFIX}{group_uuid}")
}

/// The partition key of a user's group rows (their inbox).
pub(crate) fn groups_pk(user_uuid: &str) -> String {
    format!("{GROUPS_PREFIX}{user_uuid}")
}

/// What a partition key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind<'a> {
    /// A conversation's messages: `MSG#<group uuid>`.
    Messages(&'a str),
    /// A user's group rows: `GRP#<user uuid>`.
    Groups(&'a str),
    /// Neither.
    Other,
}

/// Reads a partition key.
pub(crate) fn row_kind(pk: &str) -> RowKind<'_> {
    if let Some(group) = pk.strip_prefix(MESSAGES_PREFIX) {
        RowKind::Messages(group)
    } else if let Some(owner) = pk.strip_prefix(GROUPS_PREFIX) {
        RowKind::Groups(owner)
    } else {
        RowKind::Other
    }
}

/// The conversation a `MSG#` partition key names.
pub(crate) fn group_of(pk: &str) -> Option<&str> {
    match row_kind(pk) {
        RowKind::Messages(g) => Some(g),
        _ => None,
    }
}

/// The item's partition key, when it is a string.
pub(crate) fn get_pk(item: &Item) -> Option<&str> {
    get_s(item, attrs::PK)
}

/// The users a messaging row names: a message's sender; a group row's owner and the
/// other participant. Nothing for any other item.
pub(crate) fn users_named(item: &Item) -> impl Iterator<Item = &str> {
    let (owner, named) = match get_pk(item).map(row_kind) {
        Some(RowKind::Groups(owner)) => (Some(owner), get_s(item, attrs::USER_UUID)),
        Some(RowKind::Messages(_)) => (None, get_s(item, attrs::USER_UUID)),
        _ => (None, None),
    };
    owner.into_iter().chain(named).filter(|u| !u.is_empty())
}

/// Whether the item sits in a conversation's message partition.
pub(crate) fn is_message_key(item: &Item) -> bool {
    get_s(item, attrs::PK).is_some_and(|pk| group_of(pk).is_some())
}

/// A user, as the rows carry them (and as Postgres's `users` table holds them).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Person {
    pub uuid: String,
    pub display_name: String,
    pub handle: String,
}

impl Person {
    pub(crate) fn participant(&self) -> Participant<'_> {
        Participant {
            uuid: &self.uuid,
            display_name: &self.display_name,
            handle: &self.handle,
        }
    }
}

/// A message row, read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Message {
    pub group_uuid: String,
    pub at: String,
    pub message_uuid: String,
    pub text: String,
    pub sender: Person,
}

impl Message {
    pub(crate) fn to_item(&self) -> Item {
        message_item(
            &self.group_uuid,
            &self.message_uuid,
            &self.at,
            &self.text,
            &self.sender.participant(),
        )
    }

    /// A message row's fields; `None` when the item is not a complete message row.
    pub(crate) fn from_item(item: &Item) -> Option<Message> {
        let g = |k| get_s(item, k).map(str::to_string);
        Some(Message {
            group_uuid: group_of(get_s(item, attrs::PK)?)?.to_string(),
            at: g(attrs::SK)?,
            message_uuid: g(attrs::MESSAGE_UUID).unwrap_or_default(),
            text: g(attrs::MESSAGE).unwrap_or_default(),
            sender: Person {
                uuid: g(attrs::USER_UUID)?,
                display_name: g(attrs::USER_DISPLAY_NAME).unwrap_or_default(),
                handle: g(attrs::USER_HANDLE).unwrap_or_default(),
            },
        })
    }
}

/// A group row: its owner's entry for a conversation, describing the OTHER participant
/// and the last message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GroupRow {
    pub owner_uuid: String,
    pub at: String,
    pub group_uuid: String,
    pub text: String,
    pub other: Person,
}

impl GroupRow {
    pub(crate) fn to_item(&self) -> Item {
        let owner = Participant {
            uuid: &self.owner_uuid,
            display_name: "",
            handle: "",
        };
        group_item(
            &self.group_uuid,
            &owner,
            &self.other.participant(),
            &self.at,
            &self.text,
        )
    }

    /// A group row's fields; `None` when the item is not a complete group row.
    pub(crate) fn from_item(item: &Item) -> Option<GroupRow> {
        let g = |k| get_s(item, k).map(str::to_string);
        Some(GroupRow {
            owner_uuid: get_s(item, attrs::PK)?.strip_prefix("GRP#")?.to_string(),
            at: g(attrs::SK)?,
            group_uuid: g(attrs::GROUP_UUID)?,
            text: g(attrs::MESSAGE).unwrap_or_default(),
            other: Person {
                uuid: g(attrs::USER_UUID)?,
                display_name: g(attrs::USER_DISPLAY_NAME).unwrap_or_default(),
                handle: g(attrs::USER_HANDLE).unwrap_or_default(),
            },
        })
    }

    /// The same row moved to a newer message.
    pub(crate) fn moved_to(&self, at: &str, text: &str) -> GroupRow {
        GroupRow {
            at: at.to_string(),
            text: text.to_string(),
            ..self.clone()
        }
    }

    /// The key of this row (pk, sk).
    pub(crate) fn key(&self) -> Item {
        row_key(&groups_pk(&self.owner_uuid), &self.at)
    }
}

/// A primary key of the messages table.
pub(crate) fn row_key(pk: &str, sk: &str) -> Item {
    HashMap::from([
        (attrs::PK.to_string(), s(pk)),
        (attrs::SK.to_string(), s(sk)),
    ])
}

/// One participant's view of a conversation.
#[derive(Debug, Clone)]
pub(crate) struct Participant<'a> {
    pub uuid: &'a str,
    pub display_name: &'a str,
    pub handle: &'a str,
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.to_string())
}

/// A row: its keys, the person it names (the sender, or the other participant), and
/// the rest of its attributes.
fn row(pk: String, sk: &str, person: &Participant, rest: [(&str, &str); 2]) -> Item {
    let mut item = HashMap::from([
        (attrs::PK.to_string(), s(&pk)),
        (attrs::SK.to_string(), s(sk)),
        (attrs::USER_UUID.to_string(), s(person.uuid)),
        (attrs::USER_DISPLAY_NAME.to_string(), s(person.display_name)),
        (attrs::USER_HANDLE.to_string(), s(person.handle)),
    ]);
    item.extend(rest.map(|(k, v)| (k.to_string(), s(v))));
    item
}

/// `pk = MSG#<group>`, `sk = created_at`, sender's details.
pub(crate) fn message_item(
    group_uuid: &str,
    message_uuid: &str,
    created_at: &str,
    text: &str,
    sender: &Participant,
) -> Item {
    let rest = [(attrs::MESSAGE_UUID, message_uuid), (attrs::MESSAGE, text)];
    row(messages_pk(group_uuid), created_at, sender, rest)
}

/// `pk = GRP#<owner>`, `sk = last message time`, the OTHER participant's details.
pub(crate) fn group_item(
    group_uuid: &str,
    owner: &Participant,
    other: &Participant,
    last_at: &str,
    last_text: &str,
) -> Item {
    let rest = [(attrs::GROUP_UUID, group_uuid), (attrs::MESSAGE, last_text)];
    row(groups_pk(owner.uuid), last_at, other, rest)
}

/// A message or group row read back for display; a missing attribute is `None`,
/// never a crash.
pub(crate) struct RowView<'a> {
    item: &'a Item,
}

impl<'a> RowView<'a> {
    pub(crate) fn of(item: &'a Item) -> Self {
        RowView { item }
    }
    /// The row's time: a message's creation, a group row's last message.
    pub(crate) fn at(&self) -> Option<&'a str> {
        get_s(self.item, attrs::SK)
    }
    pub(crate) fn text(&self) -> Option<&'a str> {
        get_s(self.item, attrs::MESSAGE)
    }
    /// A message's sender, or a group row's other participant.
    pub(crate) fn handle(&self) -> Option<&'a str> {
        get_s(self.item, attrs::USER_HANDLE)
    }
    pub(crate) fn display_name(&self) -> Option<&'a str> {
        get_s(self.item, attrs::USER_DISPLAY_NAME)
    }
    pub(crate) fn group_uuid(&self) -> Option<&'a str> {
        get_s(self.item, attrs::GROUP_UUID)
    }

    /// What a message row lacks for display, one phrase each ("no user_handle").
    pub(crate) fn message_problems(&self) -> Vec<String> {
        let sk = self.at().unwrap_or("?");
        let mut problems = Vec::new();
        if self.handle().is_none() {
            problems.push(format!(
                "row {}={sk} has no {}",
                attrs::SK,
                attrs::USER_HANDLE
            ));
        }
        if self.at().and_then(super::time::parse_timestamp).is_none() {
            problems.push(format!(
                "row {}={sk} has a time that cannot be read",
                attrs::SK
            ));
        }
        if self.text().is_none() {
            problems.push(format!("row {}={sk} has no {}", attrs::SK, attrs::MESSAGE));
        }
        problems
    }
}

/// A new random (version 4) uuid, for a conversation or a message.
pub(crate) fn random_uuid() -> String {
    uuid_from(rand::random())
}

/// A version-4 uuid made of these bytes (a generator's, for repeatable data).
pub(crate) fn uuid_from(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// A user handle as typed: `@bayko`, as the app shows it, is the handle `bayko`.
pub(crate) fn handle(raw: &str) -> &str {
    raw.trim().trim_start_matches('@')
}

/// A uuid in its canonical 8-4-4-4-12 hex form, lower-cased; `None` if it is not one.
pub(crate) fn canonical_uuid(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    let ok = parts.len() == 5
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()));
    ok.then(|| raw.to_ascii_lowercase())
}

/// Two participants for tests.
#[cfg(test)]
pub(crate) const ME: Participant<'static> = Participant {
    uuid: "u1",
    display_name: "Me",
    handle: "me",
};
#[cfg(test)]
pub(crate) const OTHER: Participant<'static> = Participant {
    uuid: "u2",
    display_name: "Other",
    handle: "other",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_validated() {
        assert_eq!(
            canonical_uuid(SEED_GROUP_UUID).as_deref(),
            Some(SEED_GROUP_UUID)
        );
        assert!(canonical_uuid("5AE290ED-55D1-47A0-BC6D-FE2BC2700399").is_some());
        for bad in [
            "",
            "5ae290ed",
            "5ae290ed-55d1-47a0-bc6d-fe2bc270039z",
            "' OR 1=1 --",
        ] {
            assert!(canonical_uuid(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn random_uuids_are_canonical_and_distinct() {
        let (a, b) = (random_uuid(), random_uuid());
        assert_eq!(canonical_uuid(&a).as_deref(), Some(a.as_str()));
        assert_ne!(a, b);
        assert_eq!(&a[14..15], "4");
    }

    #[test]
    fn rows_round_trip_through_items() {
        let me = Person {
            uuid: "u1".into(),
            display_name: "Me".into(),
            handle: "me".into(),
        };
        let m = Message {
            group_uuid: "g".into(),
            at: "2024-01-01T00:00:00.000000+00:00".into(),
            message_uuid: "m".into(),
            text: "hi".into(),
            sender: me.clone(),
        };
        assert_eq!(Message::from_item(&m.to_item()), Some(m));
        let row = GroupRow {
            owner_uuid: "u2".into(),
            at: "t1".into(),
            group_uuid: "g".into(),
            text: "hi".into(),
            other: me,
        };
        assert_eq!(GroupRow::from_item(&row.to_item()).as_ref(), Some(&row));
        let moved = row.moved_to("t2", "later");
        assert_eq!((moved.at.as_str(), moved.text.as_str()), ("t2", "later"));
        assert_eq!(get_s(&row.key(), "sk"), Some("t1"));
        assert!(
            GroupRow::from_item(
                &Message::from_item(&row.to_item()).map_or_else(Item::new, |m| m.to_item())
            )
            .is_none()
        );
    }

    #[test]
    fn rows_have_the_designed_keys() {
        let (me, other) = (ME, OTHER);
        let m = message_item("g", "m1", "2023-01-01T00:00:00.000000+00:00", "hi", &me);
        assert_eq!(get_s(&m, "pk"), Some("MSG#g"));
        assert!(
            !m.contains_key(attrs::GROUP_UUID),
            "messages stay out of the index"
        );
        let g = group_item("g", &me, &other, "t", "hi");
        assert_eq!(get_s(&g, "pk"), Some("GRP#u1"));
        let view = RowView::of(&g);
        assert_eq!(view.handle(), Some("other"));
        assert_eq!(view.group_uuid(), Some("g"));
    }
}
