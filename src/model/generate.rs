//! The data `seed --users N --conversations M --messages K` writes: repeatable from a
//! seed number, shaped like a busy app.
//!
//! - users with generated names and unique handles;
//! - conversations between pairs of them, a few users in many;
//! - messages spread over weeks: conversation 0 is longer than the 20-message window and
//!   starts in the previous calendar year; conversation 1 ended in that year (the January
//!   bug); every conversation's group rows sit on its newest message.

use super::anonymize::SplitMix;
use super::item::Item;
use super::messaging::{Person, group_item, message_item, uuid_from};
use super::time::format_sk;
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use std::collections::HashSet;

/// The app's window: list-messages shows the newest 20.
pub(crate) const WINDOW: u32 = 20;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub(crate) users: u32,
    pub(crate) conversations: u32,
    pub(crate) messages: u32,
    pub(crate) seed: u64,
}

impl Shape {
    /// Why this shape cannot be made, in one line naming the flags.
    pub(crate) fn check(&self) -> Result<(), String> {
        let Shape {
            users,
            conversations,
            messages,
            ..
        } = *self;
        let pairs = u64::from(users) * u64::from(users.saturating_sub(1)) / 2;
        if u64::from(conversations) > pairs {
            return Err(format!(
                "--conversations {conversations} needs more users: {users} users make at most {pairs} pairs"
            ));
        }
        if messages < conversations {
            return Err(format!(
                "--messages {messages} is fewer than --conversations {conversations}: every conversation needs a message"
            ));
        }
        Ok(())
    }
}

/// A user to create (or find by handle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewUser {
    pub(crate) uuid: String,
    pub(crate) display_name: String,
    pub(crate) handle: String,
    pub(crate) email: String,
}

fn uuid(rng: &mut SplitMix) -> String {
    let (a, b) = (rng.next().to_be_bytes(), rng.next().to_be_bytes());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a);
    bytes[8..].copy_from_slice(&b);
    uuid_from(bytes)
}

/// `count` users with unique handles (`danaokafor`, then `danaokafor2`, ...).
pub(crate) fn users(count: u32, seed: u64) -> Vec<NewUser> {
    let mut rng = SplitMix(seed ^ 0x5eed_0000_0000_0001);
    let mut taken = HashSet::new();
    (0..count)
        .map(|_| {
            let first = FIRST[rng.below(FIRST.len())];
            let last = LAST[rng.below(LAST.len())];
            let base = format!("{first}{last}").to_lowercase();
            let handle = (1..)
                .map(|n| {
                    if n == 1 {
                        base.clone()
                    } else {
                        format!("{base}{n}")
                    }
                })
                .find(|h| taken.insert(h.clone()))
                .expect("an endless search finds a free handle");
            NewUser {
                uuid: uuid(&mut rng),
                display_name: format!("{first} {last}"),
                email: format!("{handle}@example.com"),
                handle,
            }
        })
        .collect()
}

/// One conversation to write: who, how many messages, over which span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Conversation {
    pub(crate) group_uuid: String,
    /// Indexes into the users.
    pub(crate) between: (usize, usize),
    pub(crate) messages: u32,
    pub(crate) first: DateTime<Utc>,
    pub(crate) last: DateTime<Utc>,
    seed: u64,
}

/// The pairs: one user of each is drawn with a bias toward the first users, so a few
/// users are in many conversations.
fn pairs(users: u32, count: u32, rng: &mut SplitMix) -> Vec<(usize, usize)> {
    let n = users as usize;
    let all = n * (n - 1) / 2;
    if count as usize * 2 > all {
        let mut every: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        for i in (1..every.len()).rev() {
            every.swap(i, rng.below(i + 1));
        }
        every.truncate(count as usize);
        return every;
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(count as usize);
    while out.len() < count as usize {
        let a = rng.below(n).min(rng.below(n));
        let b = rng.below(n);
        let pair = (a.min(b), a.max(b));
        if a != b && seen.insert(pair) {
            out.push(pair);
        }
    }
    out
}

/// How many messages each conversation gets: the first more than the window when there
/// are enough, every one at least one.
fn counts(shape: &Shape, rng: &mut SplitMix) -> Vec<u32> {
    let m = shape.conversations as usize;
    let spare = shape.messages - shape.conversations;
    let long = if m == 1 {
        shape.messages
    } else {
        (WINDOW + 1)
            .max(shape.messages / shape.conversations * 3)
            .min(1 + spare)
    };
    let mut counts = vec![1u32; m];
    counts[0] = long;
    for _ in 0..spare - (long - 1) {
        counts[1 + rng.below(m - 1)] += 1;
    }
    counts
}

/// The conversations of `shape`, their last messages no later than `now`.
pub(crate) fn conversations(shape: &Shape, now: DateTime<Utc>) -> Vec<Conversation> {
    let mut rng = SplitMix(shape.seed ^ 0xc0_4e55_0000_0002);
    let pairs = pairs(shape.users, shape.conversations, &mut rng);
    let counts = counts(shape, &mut rng);
    let new_year = Utc
        .with_ymd_and_hms(now.year(), 1, 1, 0, 0, 0)
        .single()
        .expect("1 January exists");
    let minutes = |rng: &mut SplitMix, lo: usize, hi: usize| {
        Duration::minutes((lo + rng.below(hi - lo)) as i64)
    };
    let mut ends: HashSet<(usize, DateTime<Utc>)> = HashSet::new();
    pairs
        .into_iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (between, messages))| {
            let (first, last) = match i {
                // Across the new year, up to a few minutes ago.
                0 => (
                    new_year - Duration::days(10),
                    now - minutes(&mut rng, 1, 10),
                ),
                // Over before this year began.
                1 => {
                    let last = new_year - minutes(&mut rng, 60, 5 * 24 * 60);
                    (last - minutes(&mut rng, 60, 14 * 24 * 60), last)
                }
                _ => {
                    let last = now - minutes(&mut rng, 1, 6 * 7 * 24 * 60);
                    (last - minutes(&mut rng, 5, 180) * messages as i32, last)
                }
            };
            // A user's group rows are keyed by the last message's time: no two of one
            // user's conversations may end at the same microsecond.
            let mut last = last - Duration::microseconds(rng.below(60_000_000) as i64);
            while ends.contains(&(between.0, last)) || ends.contains(&(between.1, last)) {
                last -= Duration::microseconds(1);
            }
            ends.insert((between.0, last));
            ends.insert((between.1, last));
            Conversation {
                group_uuid: uuid(&mut rng),
                between,
                messages,
                first: first.min(last),
                last,
                seed: rng.next(),
            }
        })
        .collect()
}

impl Conversation {
    /// Its messages, oldest first, then one group row per participant on the newest.
    /// Times rise strictly (one sort key each) from `first` to `last`.
    pub(crate) fn items(&self, people: &[Person]) -> Vec<Item> {
        let mut rng = SplitMix(self.seed);
        let (a, b) = (&people[self.between.0], &people[self.between.1]);
        let span = (self.last - self.first)
            .num_microseconds()
            .unwrap_or(0)
            .max(0) as u64;
        let step = (span / u64::from(self.messages.max(1))).max(1);
        let mut items = Vec::with_capacity(self.messages as usize + 2);
        let mut sender_is_a = rng.below(2) == 0;
        let mut newest = (String::new(), "");
        for i in 0..u64::from(self.messages) {
            // The last message is exactly at `last`; the others jitter inside their step.
            let back = (u64::from(self.messages) - 1 - i) * step;
            let jitter = if back == 0 {
                0
            } else {
                rng.next() % (step / 2).max(1)
            };
            let at = self.last - Duration::microseconds((back - jitter.min(back)) as i64);
            let at = format_sk(at);
            if rng.below(3) != 0 {
                sender_is_a = !sender_is_a;
            }
            let sender = if sender_is_a { a } else { b };
            let text = LINES[rng.below(LINES.len())];
            let message_uuid = uuid(&mut rng);
            items.push(message_item(
                &self.group_uuid,
                &message_uuid,
                &at,
                text,
                &sender.participant(),
            ));
            newest = (at, text);
        }
        let (at, text) = newest;
        let (pa, pb) = (a.participant(), b.participant());
        items.push(group_item(&self.group_uuid, &pa, &pb, &at, text));
        items.push(group_item(&self.group_uuid, &pb, &pa, &at, text));
        items
    }
}

const FIRST: &[&str] = &[
    "Dana", "Ines", "Tomas", "Priya", "Kofi", "Mei", "Lars", "Amara", "Yusuf", "Elena", "Jonah",
    "Farah", "Mateo", "Saoirse", "Kenji", "Zanele", "Oskar", "Leila", "Rafael", "Noor", "Bjorn",
    "Chioma", "Anika", "Dmitri", "Esme", "Hamid", "Isla", "Kwame", "Lucia", "Mira", "Nikolai",
    "Olu", "Paloma", "Ravi", "Sana", "Teodor", "Uma", "Vikram", "Wren", "Ximena",
];

const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Novak",
    "Castillo",
    "Mensah",
    "Kowalski",
    "Iyer",
    "Fischer",
    "Abara",
    "Duarte",
    "Sato",
    "Petrov",
    "Quinn",
    "Rahman",
    "Silva",
    "Varga",
    "Whitfield",
    "Adeyemi",
    "Bergstrom",
    "Conti",
    "Dubois",
    "Eriksen",
    "Farouk",
    "Gallo",
    "Hoang",
    "Jansen",
    "Kaur",
    "Lopez",
    "Murphy",
    "Nakamura",
    "Oyelaran",
    "Pereira",
    "Rossi",
    "Schmidt",
    "Tran",
    "Ueda",
    "Zhou",
];

/// Our own text: two developers talk through moving Cruddur's messages to DynamoDB.
pub(crate) const LINES: &[&str] = &[
    "Morning! Did the messages table make it into DynamoDB Local?",
    "It did. pk and sk are both strings, and the group index is on message_group_uuid.",
    "Nice. Why a composite key instead of one id per message?",
    "So one Query returns a conversation in time order without a scan.",
    "And the sort key is the created_at timestamp?",
    "ISO-8601 with microseconds, so the strings sort the same way the times do.",
    "What does a group row hold?",
    "The other person's handle and name, plus the last message, so the inbox is one query.",
    "Which means every new message rewrites two group rows.",
    "Yes, the stream lambda does that in prod. Locally the seed writes them itself.",
    "How many capacity units are we paying for?",
    "Five reads and five writes, provisioned. Plenty for a demo.",
    "Does the scan still stop after one megabyte?",
    "Not any more. It follows LastEvaluatedKey until the table is done.",
    "Good, the old script silently showed half the data.",
    "And get-conversations no longer hides everything in early January.",
    "Ha, the begins_with on the current year. That one bit me on the second.",
    "You can still ask for a year with --year if you want the old behaviour.",
    "What happens if DynamoDB Local is not running?",
    "You get one line that names the endpoint and tells you to run make up.",
    "Better than a forty-line traceback.",
    "Much. Same for Postgres when CONNECTION_URL is missing.",
    "Is the seed safe to run twice?",
    "It refuses unless you pass --replace, so nothing gets doubled.",
    "And in prod it asks you to type the table name first.",
    "Exactly. Typing the name is harder to do by accident than pressing y.",
    "Did you measure the batch writes?",
    "Twenty-five items per request and several requests in flight.",
    "What about unprocessed items?",
    "Retried with backoff and jitter, and if any remain it says how many.",
    "No silent data loss. I like it.",
    "Shall we look at the list-conversations output?",
    "Sure, it shows who you talk to, when, and the last message.",
    "The uuid comes from Postgres by handle, right?",
    "Right, with a parameterized query. Or pass --user-uuid to skip the lookup.",
    "Babylon 5 marathon tonight after we ship this?",
    "Only if Londo gets the good lines.",
    "He always does. See you at standup.",
    "See you. I will push the completions and the man page first.",
    "Do not forget to regenerate them, the test checks they are current.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::health;
    use crate::model::item::get_s;

    fn people(users: &[NewUser]) -> Vec<Person> {
        users
            .iter()
            .map(|u| Person {
                uuid: u.uuid.clone(),
                display_name: u.display_name.clone(),
                handle: u.handle.clone(),
            })
            .collect()
    }

    #[test]
    fn the_shape_is_checked() {
        let shape = |users, conversations, messages| Shape {
            users,
            conversations,
            messages,
            seed: 1,
        };
        assert!(shape(20, 30, 600).check().is_ok());
        assert!(
            shape(3, 4, 600)
                .check()
                .unwrap_err()
                .contains("at most 3 pairs")
        );
        assert!(
            shape(20, 30, 29)
                .check()
                .unwrap_err()
                .contains("fewer than")
        );
    }

    #[test]
    fn a_seed_makes_the_same_data_and_the_model_holds() {
        let shape = Shape {
            users: 20,
            conversations: 30,
            messages: 600,
            seed: 7,
        };
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
        let users = users(shape.users, shape.seed);
        assert_eq!(users, super::users(20, 7));
        let handles: HashSet<_> = users.iter().map(|u| &u.handle).collect();
        assert_eq!(handles.len(), 20);
        let convs = conversations(&shape, now);
        assert_eq!(convs, conversations(&shape, now));
        assert_eq!(convs.iter().map(|c| c.messages).sum::<u32>(), 600);
        assert!(convs[0].messages > WINDOW);
        let people = people(&users);
        let items: Vec<Item> = convs.iter().flat_map(|c| c.items(&people)).collect();
        assert_eq!(items.len(), 600 + 60);
        let keys: HashSet<_> = items
            .iter()
            .map(|i| (get_s(i, "pk").unwrap(), get_s(i, "sk").unwrap()))
            .collect();
        assert_eq!(keys.len(), items.len(), "no two items share a key");
        assert!(
            items
                .iter()
                .any(|i| get_s(i, "sk").unwrap().starts_with("2025-"))
        );
        assert!(
            items
                .iter()
                .all(|i| get_s(i, "sk").unwrap() <= "2026-12-02T12:00:00")
        );
        let mut in_many = std::collections::HashMap::new();
        for c in &convs {
            *in_many.entry(c.between.0).or_insert(0) += 1;
            *in_many.entry(c.between.1).or_insert(0) += 1;
        }
        assert!(in_many.values().any(|&n| n >= 5), "some users are in many");
        let by_uuid: std::collections::HashMap<String, Person> =
            people.iter().map(|p| (p.uuid.clone(), p.clone())).collect();
        let mut checker = health::Checker::default();
        for item in items {
            checker.add(item, now, Duration::minutes(5));
        }
        let report = checker.finish(Some(&by_uuid));
        let kinds: Vec<_> = report.findings.iter().map(|f| &f.detail).collect();
        assert!(kinds.is_empty(), "{kinds:?}");
        assert_eq!(report.conversations, 30);
    }

    #[test]
    fn no_two_group_rows_share_a_key_when_users_are_in_many_conversations() {
        let shape = Shape {
            users: 50,
            conversations: 1200,
            messages: 1200,
            seed: 5,
        };
        let users = users(shape.users, shape.seed);
        let people = people(&users);
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
        let items: Vec<Item> = conversations(&shape, now)
            .iter()
            .flat_map(|c| c.items(&people))
            .collect();
        let keys: HashSet<(String, String)> = items
            .iter()
            .map(|i| {
                (
                    get_s(i, "pk").unwrap().into(),
                    get_s(i, "sk").unwrap().into(),
                )
            })
            .collect();
        assert_eq!(keys.len(), 1200 + 2400);
    }

    #[test]
    fn small_shapes_still_hold() {
        for (users, conversations, messages) in [(2, 1, 1), (2, 1, 30), (3, 3, 3), (5, 2, 40)] {
            let shape = Shape {
                users,
                conversations,
                messages,
                seed: 3,
            };
            shape.check().unwrap();
            let convs = super::conversations(&shape, Utc::now());
            assert_eq!(convs.iter().map(|c| c.messages).sum::<u32>(), messages);
            assert!(convs.iter().all(|c| c.messages >= 1 && c.first <= c.last));
        }
    }
}
