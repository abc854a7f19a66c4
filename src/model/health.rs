//! The messaging data model's health: what `doctor` checks, and the repairs it can make
//! without guessing. Pure: it reads items and users, and plans changes as data.
//!
//! The model: every conversation has exactly one group row per participant; each group
//! row sits on its conversation's newest message; every user uuid exists in Postgres
//! with the handle and name the rows carry; timestamps share one sortable format.

use super::item::{Item, get_s};
use super::messaging::{
    GroupRow, Message, Person, RowKind, attrs, group_of, groups_pk, messages_pk, row_kind,
};
use super::time::{format_sk, parse_timestamp};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The kinds of finding, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Kind {
    /// A conversation with messages and one group row, or none.
    MissingRow,
    /// More than one group row for the same owner in a conversation.
    DuplicateRow,
    /// A group row behind its conversation's newest message.
    LaggingRow,
    /// A group row on a time after its conversation's newest message.
    AheadRow,
    /// A user uuid that is not in Postgres.
    UnknownUser,
    /// A stored handle or display name that no longer matches Postgres.
    StaleUser,
    /// A message dated in the future.
    FutureMessage,
    /// A timestamp in another format than the table's majority.
    TimestampFormat,
    /// A row that fits neither shape.
    MalformedRow,
}

impl Kind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::MissingRow => "missing-row",
            Kind::DuplicateRow => "duplicate-row",
            Kind::LaggingRow => "lagging-row",
            Kind::AheadRow => "ahead-row",
            Kind::UnknownUser => "unknown-user",
            Kind::StaleUser => "stale-user",
            Kind::FutureMessage => "future-message",
            Kind::TimestampFormat => "timestamp-format",
            Kind::MalformedRow => "malformed-row",
        }
    }

    /// How it is repaired, if it can be without guessing.
    pub(crate) fn repair(self) -> &'static str {
        match self {
            Kind::LaggingRow | Kind::DuplicateRow | Kind::StaleUser => "--fix",
            Kind::MissingRow => "--fix (when one row remains)",
            Kind::TimestampFormat => "--fix-timestamps",
            Kind::AheadRow | Kind::UnknownUser | Kind::FutureMessage | Kind::MalformedRow => {
                "report only"
            }
        }
    }
}

/// The format of a sort-key timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum TimeFormat {
    /// `2023-03-19T23:59:59.999999+00:00`: what this tool and the app write.
    Canonical,
    /// An offset, but not `+00:00` (or `Z`).
    OtherOffset,
    /// No fraction of a second.
    NoFraction,
    /// No offset at all (naive).
    Naive,
    Unparseable,
}

impl TimeFormat {
    pub(crate) fn of(sk: &str) -> TimeFormat {
        if parse_timestamp(sk).is_none() {
            return TimeFormat::Unparseable;
        }
        let t = sk.trim();
        let has_offset =
            t.ends_with('Z') || t.len() > 19 && (t[19..].contains('+') || t[19..].contains('-'));
        if !has_offset {
            TimeFormat::Naive
        } else if !(t.ends_with("+00:00") || t.ends_with('Z')) {
            TimeFormat::OtherOffset
        } else if !t.contains('.') {
            TimeFormat::NoFraction
        } else if t.len() == 32 && t.ends_with("+00:00") {
            TimeFormat::Canonical
        } else {
            TimeFormat::NoFraction
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            TimeFormat::Canonical => "UTC with microseconds (+00:00)",
            TimeFormat::OtherOffset => "a non-UTC offset",
            TimeFormat::NoFraction => "UTC without microseconds",
            TimeFormat::Naive => "naive (no offset)",
            TimeFormat::Unparseable => "unparseable",
        }
    }
}

/// One problem, about one row or conversation.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Finding {
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    pub pk: String,
    pub sk: String,
    pub detail: String,
    pub repair: &'static str,
    /// A change that repairs it was planned (`--fix` or `--fix-timestamps` makes it).
    #[serde(skip)]
    pub planned: bool,
}

/// A change to one row, conditioned on the row as it was read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// Replace `old` with `new` (a new key: delete then put, in one transaction).
    Move { old: Item, new: Item },
    /// Rewrite `old` in place (same key) as `new`.
    Rewrite { old: Item, new: Item },
    /// Delete `old`.
    Remove { old: Item },
    /// Put `new` where nothing is.
    Create { new: Item },
}

/// The changes for one conversation (one transaction), and what they repair.
#[derive(Debug, Clone)]
pub(crate) struct Repair {
    pub group_uuid: String,
    pub changes: Vec<Change>,
    pub describe: Vec<String>,
}

struct UserRef {
    group: String,
    pk: String,
    sk: String,
    person: Person,
    role: &'static str,
}

#[derive(Default)]
struct Conversation {
    newest: Option<Message>,
    messages: u64,
    /// Rows by owner, every one found.
    rows: BTreeMap<String, Vec<(GroupRow, Item)>>,
}

/// Reads rows one at a time and remembers what the checks need: per conversation its
/// newest message and its group rows, the users' uuids, and the timestamp formats.
#[derive(Default)]
pub(crate) struct Checker {
    conversations: BTreeMap<String, Conversation>,
    /// Messages (keys and senders) whose timestamps may need rewriting, by format.
    formats: HashMap<TimeFormat, Vec<Item>>,
    format_counts: BTreeMap<TimeFormat, u64>,
    future: Vec<Finding>,
    malformed: Vec<Finding>,
    /// Every user reference (group, pk, sk, the user, which role), for the user checks.
    users: Vec<UserRef>,
    pub rows_read: u64,
}

/// A row that fits neither shape.
fn malformed(pk: &str, sk: &str, detail: String) -> Finding {
    Finding {
        kind: Kind::MalformedRow,
        group_uuid: None,
        pk: pk.to_string(),
        sk: sk.to_string(),
        detail,
        repair: Kind::MalformedRow.repair(),
        planned: false,
    }
}

fn key_str(item: &Item, name: &str) -> String {
    get_s(item, name).unwrap_or("?").to_string()
}

impl Checker {
    /// Reads one row. `now` and `skew` decide what is in the future.
    pub(crate) fn add(&mut self, item: Item, now: DateTime<Utc>, skew: chrono::Duration) {
        self.rows_read += 1;
        let pk = key_str(&item, attrs::PK);
        let sk = key_str(&item, attrs::SK);
        match row_kind(&pk) {
            RowKind::Messages(_) => self.add_message(item, pk, sk, now, skew),
            RowKind::Groups(_) => self.add_group_row(item, pk, sk),
            RowKind::Other => {
                let detail = format!(
                    "an unknown pk prefix (expected {}): {}",
                    super::messaging::KEY_PREFIXES,
                    pk.chars().take(40).collect::<String>()
                );
                self.malformed.push(malformed(&pk, &sk, detail));
            }
        }
    }

    fn add_message(
        &mut self,
        item: Item,
        pk: String,
        sk: String,
        now: DateTime<Utc>,
        skew: chrono::Duration,
    ) {
        let bad = |detail: String| malformed(&pk, &sk, detail);
        let Some(m) = Message::from_item(&item) else {
            let missing: Vec<&str> = [attrs::SK, attrs::USER_UUID]
                .into_iter()
                .filter(|a| get_s(&item, a).is_none())
                .collect();
            let what = if missing.is_empty() {
                "a message row whose key does not name a conversation".to_string()
            } else {
                format!("a message row without {}", missing.join(" or "))
            };
            self.malformed.push(bad(what));
            return;
        };
        let missing: Vec<&str> = [
            attrs::MESSAGE_UUID,
            attrs::MESSAGE,
            attrs::USER_HANDLE,
            attrs::USER_DISPLAY_NAME,
        ]
        .into_iter()
        .filter(|a| get_s(&item, a).is_none())
        .collect();
        if !missing.is_empty() {
            self.malformed
                .push(bad(format!("a message row without {}", missing.join(", "))));
        }
        let format = TimeFormat::of(&m.at);
        *self.format_counts.entry(format).or_default() += 1;
        if format != TimeFormat::Canonical {
            self.formats.entry(format).or_default().push(item.clone());
        }
        let future = parse_timestamp(&m.at).is_some_and(|t| t.with_timezone(&Utc) > now + skew);
        if let Some(t) = parse_timestamp(&m.at).filter(|_| future) {
            self.future.push(Finding {
                kind: Kind::FutureMessage,
                group_uuid: Some(m.group_uuid.clone()),
                pk: pk.clone(),
                sk: sk.clone(),
                detail: format!(
                    "dated {} in the future: newer messages hide behind it in the newest-N window",
                    human(t.with_timezone(&Utc) - now)
                ),
                repair: Kind::FutureMessage.repair(),
                planned: false,
            });
        }
        self.users.push(UserRef {
            group: m.group_uuid.clone(),
            pk: pk.clone(),
            sk: sk.clone(),
            person: m.sender.clone(),
            role: "sender",
        });
        let c = self.conversations.entry(m.group_uuid.clone()).or_default();
        c.messages += 1;
        // A future-dated message is reported, never a row's target: rows moved onto it
        // would hide every real reply until that date.
        let newer = c.newest.as_ref().is_none_or(|n| m.at > n.at);
        if newer && !future {
            c.newest = Some(m);
        }
    }

    fn add_group_row(&mut self, item: Item, pk: String, sk: String) {
        let bad = |detail: String| malformed(&pk, &sk, detail);
        let Some(row) = GroupRow::from_item(&item) else {
            let missing: Vec<&str> = [attrs::SK, attrs::GROUP_UUID, attrs::USER_UUID]
                .into_iter()
                .filter(|a| get_s(&item, a).is_none())
                .collect();
            let what = if missing.is_empty() {
                "a group row whose key does not name its owner".to_string()
            } else {
                format!("a group row without {}", missing.join(" or "))
            };
            self.malformed.push(bad(what));
            return;
        };
        let format = TimeFormat::of(&row.at);
        *self.format_counts.entry(format).or_default() += 1;
        for (person, role) in [
            (row.other.clone(), "other participant"),
            (
                Person {
                    uuid: row.owner_uuid.clone(),
                    display_name: String::new(),
                    handle: String::new(),
                },
                "owner",
            ),
        ] {
            self.users.push(UserRef {
                group: row.group_uuid.clone(),
                pk: pk.clone(),
                sk: sk.clone(),
                person,
                role,
            });
        }
        self.conversations
            .entry(row.group_uuid.clone())
            .or_default()
            .rows
            .entry(row.owner_uuid.clone())
            .or_default()
            .push((row, item));
    }

    /// The findings, and the repairs `--fix` (and `--fix-timestamps`) would make.
    /// `users`: Postgres's users by uuid, or `None` when Postgres is not configured.
    pub(crate) fn finish(self, users: Option<&HashMap<String, Person>>) -> Report {
        let mut findings = Vec::new();
        let mut repairs = Vec::new();
        for (group, c) in &self.conversations {
            let mut plan = Repair {
                group_uuid: group.clone(),
                changes: Vec::new(),
                describe: Vec::new(),
            };
            check_conversation(group, c, users, &mut findings, &mut plan);
            if !plan.changes.is_empty() {
                repairs.push(plan);
            }
        }
        if let Some(users) = users {
            for r in &self.users {
                let (pk, sk, person, what) = (&r.pk, &r.sk, &r.person, r.role);
                match users.get(&person.uuid) {
                    None => findings.push(Finding {
                        kind: Kind::UnknownUser,
                        group_uuid: Some(r.group.clone()),
                        pk: pk.clone(),
                        sk: sk.clone(),
                        detail: if person.handle.is_empty() {
                            format!("{what} {} is not in Postgres's users", person.uuid)
                        } else {
                            format!(
                                "{what} @{} ({}) is not in Postgres's users",
                                person.handle, person.uuid
                            )
                        },
                        repair: Kind::UnknownUser.repair(),
                        planned: false,
                    }),
                    Some(u)
                        if what == "sender"
                            && !person.handle.is_empty()
                            && u.handle != person.handle =>
                    {
                        findings.push(Finding {
                            kind: Kind::StaleUser,
                            group_uuid: Some(r.group.clone()),
                            pk: pk.clone(),
                            sk: sk.clone(),
                            detail: format!(
                                "the message says @{}, Postgres says @{} (messages are history: left as written)",
                                person.handle, u.handle
                            ),
                            repair: "report only",
                            planned: false,
                        });
                    }
                    _ => {}
                }
            }
        }
        let majority = self
            .format_counts
            .iter()
            .max_by_key(|(f, n)| (**n, std::cmp::Reverse(**f)))
            .map(|(f, _)| *f)
            .unwrap_or(TimeFormat::Canonical);
        let mut rewrites = Vec::new();
        for (format, items) in &self.formats {
            for item in items {
                let sk = key_str(item, attrs::SK);
                if *format != majority {
                    findings.push(Finding {
                        kind: Kind::TimestampFormat,
                        group_uuid: get_s(item, attrs::PK)
                            .and_then(group_of)
                            .map(str::to_string),
                        pk: key_str(item, attrs::PK),
                        sk: sk.clone(),
                        detail: format!(
                            "{}, where most of the table is {}",
                            format.name(),
                            majority.name()
                        ),
                        repair: Kind::TimestampFormat.repair(),
                        planned: *format != TimeFormat::Unparseable,
                    });
                }
                if *format != TimeFormat::Unparseable {
                    rewrites.push(item.clone());
                }
            }
        }
        findings.extend(self.future);
        findings.extend(self.malformed);
        findings.sort_by(|a, b| {
            (a.kind, &a.group_uuid, &a.pk, &a.sk).cmp(&(b.kind, &b.group_uuid, &b.pk, &b.sk))
        });
        Report {
            rows_read: self.rows_read,
            conversations: self.conversations.len() as u64,
            findings,
            repairs,
            rewrites,
        }
    }
}

fn human(d: chrono::Duration) -> String {
    let s = d.num_seconds();
    if s >= 86_400 {
        format!("{} d", s / 86_400)
    } else if s >= 3_600 {
        format!("{} h", s / 3_600)
    } else if s >= 60 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

/// The checks of one conversation: its findings go to `findings`, its repairs to `plan`.
struct Audit<'a> {
    group: &'a str,
    c: &'a Conversation,
    users: Option<&'a HashMap<String, Person>>,
    findings: &'a mut Vec<Finding>,
    plan: &'a mut Repair,
}

fn check_conversation(
    group: &str,
    c: &Conversation,
    users: Option<&HashMap<String, Person>>,
    findings: &mut Vec<Finding>,
    plan: &mut Repair,
) {
    let mut audit = Audit {
        group,
        c,
        users,
        findings,
        plan,
    };
    let kept = audit.duplicates();
    let Some(newest) = &c.newest else {
        // Group rows without any message: nothing to check them against.
        return;
    };
    audit.missing(&kept, newest);
    for (row, item) in &kept {
        audit.against_newest(row, item, newest);
    }
}

impl Audit<'_> {
    /// Records a finding. Lagging and duplicate rows and stale names are always planned;
    /// a missing row only when it can be rebuilt (marked by [`Audit::missing`]).
    fn finding(&mut self, kind: Kind, pk: &str, sk: &str, detail: String) {
        self.findings.push(Finding {
            kind,
            group_uuid: Some(self.group.to_string()),
            pk: pk.to_string(),
            sk: sk.to_string(),
            detail,
            repair: kind.repair(),
            planned: matches!(
                kind,
                Kind::LaggingRow | Kind::DuplicateRow | Kind::StaleUser
            ),
        });
    }

    fn change(&mut self, describe: String, change: Change) {
        self.plan.describe.push(describe);
        self.plan.changes.push(change);
    }

    /// An owner by handle: from Postgres, else from the other participant's row (which
    /// describes this owner), else by uuid.
    fn owner_name(&self, owner: &str) -> String {
        self.users
            .and_then(|u| u.get(owner))
            .map(|p| p.handle.clone())
            .or_else(|| {
                self.c
                    .rows
                    .values()
                    .flatten()
                    .find(|(r, _)| r.other.uuid == owner && !r.other.handle.is_empty())
                    .map(|(r, _)| r.other.handle.clone())
            })
            .map(|h| format!("@{h}"))
            .unwrap_or_else(|| owner.to_string())
    }

    /// One row per owner: the one on the newest time is kept, the others are
    /// duplicates. Returns the kept rows.
    fn duplicates(&mut self) -> Vec<(GroupRow, Item)> {
        let mut kept = Vec::new();
        for rows in self.c.rows.values() {
            let mut sorted = rows.clone();
            sorted.sort_by(|a, b| b.0.at.cmp(&a.0.at));
            let mut it = sorted.into_iter();
            let Some(first) = it.next() else { continue };
            for (row, item) in it {
                let pk = groups_pk(&row.owner_uuid);
                let detail = format!(
                    "a second row of {} for this conversation with @{} (the one at {} is newer)",
                    self.owner_name(&row.owner_uuid),
                    row.other.handle,
                    first.0.at
                );
                self.finding(Kind::DuplicateRow, &pk, &row.at, detail);
                self.change(
                    format!("remove duplicate row {pk} at {}", row.at),
                    Change::Remove { old: item },
                );
            }
            kept.push(first);
        }
        kept
    }

    /// A conversation with messages needs both participants' rows; one can be rebuilt
    /// from the other plus Postgres.
    fn missing(&mut self, kept: &[(GroupRow, Item)], newest: &Message) {
        match kept {
            [] => {
                let detail = format!(
                    "{} but no group rows: neither participant sees this conversation",
                    super::words::count(self.c.messages, "message")
                );
                self.finding(
                    Kind::MissingRow,
                    &messages_pk(self.group),
                    &newest.at,
                    detail,
                );
            }
            [(existing, _)] => {
                // The missing row is the other participant's, describing the existing
                // row's owner.
                let pk = groups_pk(&existing.other.uuid);
                let detail = format!(
                    "@{} has no row for this conversation",
                    existing.other.handle
                );
                self.finding(Kind::MissingRow, &pk, &newest.at, detail);
                let Some(owner) = self.users.and_then(|u| u.get(&existing.owner_uuid)) else {
                    return;
                };
                let row = GroupRow {
                    owner_uuid: existing.other.uuid.clone(),
                    at: newest.at.clone(),
                    group_uuid: self.group.to_string(),
                    text: newest.text.clone(),
                    other: owner.clone(),
                };
                self.change(
                    format!(
                        "create the row of @{} ({pk}) on the newest message",
                        existing.other.handle
                    ),
                    Change::Create { new: row.to_item() },
                );
                if let Some(f) = self.findings.last_mut() {
                    f.planned = true;
                }
            }
            _ => {}
        }
    }

    /// A kept row against the newest message (lagging, ahead) and Postgres (stale names).
    fn against_newest(&mut self, row: &GroupRow, item: &Item, newest: &Message) {
        let pk = groups_pk(&row.owner_uuid);
        let mut target = row.clone();
        if row.at < newest.at || (row.at == newest.at && row.text != newest.text) {
            let detail = format!("on {} but the newest message is at {}", row.at, newest.at);
            self.finding(Kind::LaggingRow, &pk, &row.at, detail);
            target = row.moved_to(&newest.at, &newest.text);
        } else if row.at > newest.at {
            let detail = format!(
                "on {} but the newest message is at {} (a deleted or unwritten message?)",
                row.at, newest.at
            );
            self.finding(Kind::AheadRow, &pk, &row.at, detail);
        }
        if let Some(u) = self.users.and_then(|u| u.get(&row.other.uuid))
            && (u.handle != row.other.handle || u.display_name != row.other.display_name)
        {
            let detail = format!(
                "names {} (@{}), Postgres says {} (@{})",
                row.other.display_name, row.other.handle, u.display_name, u.handle
            );
            self.finding(Kind::StaleUser, &pk, &row.at, detail);
            target.other = u.clone();
        }
        if target == *row {
            return;
        }
        let (old, new) = (item.clone(), target.to_item());
        if target.at != row.at {
            self.change(
                format!("move {pk} from {} to {}", row.at, target.at),
                Change::Move { old, new },
            );
        } else {
            self.change(
                format!("refresh {pk} at {}", row.at),
                Change::Rewrite { old, new },
            );
        }
    }
}

/// What `doctor` found.
pub(crate) struct Report {
    pub rows_read: u64,
    pub conversations: u64,
    pub findings: Vec<Finding>,
    /// One per conversation that `--fix` repairs.
    pub repairs: Vec<Repair>,
    /// Messages whose sort key `--fix-timestamps` rewrites to the canonical format.
    pub rewrites: Vec<Item>,
}

/// The canonical sort key of a parseable timestamp.
pub(crate) fn canonical_sk(sk: &str) -> Option<String> {
    parse_timestamp(sk).map(|t| format_sk(t.with_timezone(&Utc)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::messaging::{Participant, group_item, message_item};
    use chrono::TimeZone;

    fn person(uuid: &str, handle: &str) -> Person {
        Person {
            uuid: uuid.into(),
            display_name: handle.to_uppercase(),
            handle: handle.into(),
        }
    }

    fn p(x: &Person) -> Participant<'_> {
        x.participant()
    }

    fn check(items: Vec<Item>, users: &[Person]) -> Report {
        let now = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
        let mut c = Checker::default();
        for i in items {
            c.add(i, now, chrono::Duration::minutes(5));
        }
        let map: HashMap<String, Person> =
            users.iter().map(|u| (u.uuid.clone(), u.clone())).collect();
        c.finish(Some(&map))
    }

    fn kinds(r: &Report) -> Vec<Kind> {
        r.findings.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn timestamp_formats_are_told_apart() {
        assert_eq!(
            TimeFormat::of("2023-03-19T23:59:59.999999+00:00"),
            TimeFormat::Canonical
        );
        assert_eq!(
            TimeFormat::of("2023-03-19T23:59:59.999999"),
            TimeFormat::Naive
        );
        assert_eq!(
            TimeFormat::of("2023-03-19T23:59:59+00:00"),
            TimeFormat::NoFraction
        );
        assert_eq!(
            TimeFormat::of("2023-03-19T23:59:59.999999-05:00"),
            TimeFormat::OtherOffset
        );
        assert_eq!(TimeFormat::of("yesterday"), TimeFormat::Unparseable);
        assert_eq!(
            canonical_sk("2023-03-19T23:59:59.5").as_deref(),
            Some("2023-03-19T23:59:59.500000+00:00")
        );
    }

    #[test]
    fn a_healthy_conversation_has_no_findings_and_each_defect_is_named() {
        let (a, b) = (person("ua", "a"), person("ub", "b"));
        let t1 = "2023-06-01T00:00:00.000000+00:00";
        let t2 = "2023-06-01T00:01:00.000000+00:00";
        let healthy = vec![
            message_item("g", "m1", t1, "one", &p(&a)),
            message_item("g", "m2", t2, "two", &p(&b)),
            group_item("g", &p(&a), &p(&b), t2, "two"),
            group_item("g", &p(&b), &p(&a), t2, "two"),
        ];
        let r = check(healthy.clone(), &[a.clone(), b.clone()]);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        assert!(r.repairs.is_empty());

        // Lagging row: moved to the newest by --fix.
        let mut lagging = healthy.clone();
        lagging[3] = group_item("g", &p(&b), &p(&a), t1, "one");
        let r = check(lagging, &[a.clone(), b.clone()]);
        assert_eq!(kinds(&r), vec![Kind::LaggingRow]);
        assert!(matches!(r.repairs[0].changes[0], Change::Move { .. }));

        // Missing row: rebuilt from the remaining one and Postgres.
        let r = check(healthy[..3].to_vec(), &[a.clone(), b.clone()]);
        assert_eq!(kinds(&r), vec![Kind::MissingRow]);
        assert!(
            matches!(&r.repairs[0].changes[0], Change::Create { new } if get_s(new, "pk") == Some("GRP#ub"))
        );

        // Duplicate row, stale user, future message, naive timestamp, unknown prefix.
        let mut many = healthy.clone();
        many.push(group_item("g", &p(&a), &p(&b), t1, "one"));
        let renamed = Person {
            handle: "b2".into(),
            ..b.clone()
        };
        many.push(message_item(
            "g",
            "m3",
            "2030-01-01T00:00:00.000000+00:00",
            "future",
            &p(&a),
        ));
        many.push(message_item(
            "h",
            "m4",
            "2023-06-01T00:00:00",
            "naive",
            &p(&a),
        ));
        let mut odd = Item::new();
        odd.insert(
            "pk".into(),
            aws_sdk_dynamodb::types::AttributeValue::S("XYZ#1".into()),
        );
        many.push(odd);
        let r = check(many, &[a.clone(), renamed]);
        let k = kinds(&r);
        for want in [
            Kind::DuplicateRow,
            Kind::StaleUser,
            Kind::FutureMessage,
            Kind::TimestampFormat,
            Kind::MalformedRow,
        ] {
            assert!(k.contains(&want), "{want:?} in {k:?}");
        }
        // The future message is not the rows' target: they stay on the newest real one.
        assert!(!k.contains(&Kind::LaggingRow), "{k:?}");
        assert_eq!(r.rewrites.len(), 1, "the naive message can be rewritten");
    }

    #[test]
    fn without_postgres_no_user_findings() {
        let a = person("ua", "a");
        let b = person("ub", "b");
        let t = "2023-06-01T00:00:00.000000+00:00";
        let mut c = Checker::default();
        for i in [
            message_item("g", "m", t, "x", &p(&a)),
            group_item("g", &p(&a), &p(&b), t, "x"),
            group_item("g", &p(&b), &p(&a), t, "x"),
        ] {
            c.add(i, Utc::now(), chrono::Duration::minutes(5));
        }
        assert!(c.finish(None).findings.is_empty());
    }
}
