//! Realistic local data: seeds at scale, and prod-style copies that bring their users
//! along, anonymized. Two DynamoDB Locals (the shared one as the source, the one without
//! -sharedDb as the destination) and two databases in the test Postgres cluster.

use crate::common::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

/// The binary with this module's own access key: the destination DynamoDB Local (no
/// -sharedDb) keeps one database per key, and other tests look at the default key's.
fn keyed() -> assert_cmd::Command {
    static KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let key = KEY.get_or_init(|| format!("realistic{}", std::process::id()));
    let mut cmd = cli();
    cmd.env("AWS_ACCESS_KEY_ID", key)
        .env("AWS_SECRET_ACCESS_KEY", "x");
    cmd
}

/// Every row of a table, as plain JSON, read from `endpoint`.
fn rows_at(endpoint: &str, table: &str) -> Vec<Value> {
    stdout_of(keyed().args(["--endpoint-url", endpoint, "table", "scan", table]))
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect()
}

fn text<'a>(row: &'a Value, attr: &str) -> &'a str {
    row[attr].as_str().unwrap_or_default()
}

/// A messages table seeded at scale into a fresh Postgres database; returns both.
fn seeded(tag: &str, users: &str, conversations: &str, messages: &str) -> (String, String) {
    let db = fresh_database(tag, false);
    let table = messages_table(tag);
    run_ok(keyed().env("CONNECTION_URL", &db).args([
        "--table",
        &table,
        "seed",
        "--users",
        users,
        "--conversations",
        conversations,
        "--messages",
        messages,
        "--seed",
        "11",
    ]));
    (db, table)
}

fn doctor_is_clean(endpoint: &str, db: &str, table: &str) {
    let (out, err) = run_ok(keyed().env("CONNECTION_URL", db).args([
        "--endpoint-url",
        endpoint,
        "--table",
        table,
        "doctor",
    ]));
    assert!(out.starts_with("healthy: "), "{out}\n{err}");
    assert!(!err.contains("user checks skipped"), "{err}");
}

#[test]
fn a_large_seed_makes_users_conversations_and_a_healthy_table() {
    let (db, table) = seeded("seedbig", "20", "30", "600");
    assert_eq!(
        pg_rows(&db, "SELECT count(*)::text FROM users"),
        vec![vec!["20".to_string()]]
    );
    let rows = rows_at(&ddb_endpoint(), &table);
    let messages: Vec<&Value> = rows
        .iter()
        .filter(|r| text(r, "pk").starts_with("MSG#"))
        .collect();
    let groups = rows
        .iter()
        .filter(|r| text(r, "pk").starts_with("GRP#"))
        .count();
    assert_eq!((messages.len(), groups), (600, 60));
    let mut per_conversation = std::collections::HashMap::new();
    for m in &messages {
        *per_conversation.entry(text(m, "pk")).or_insert(0) += 1;
    }
    assert_eq!(per_conversation.len(), 30);
    assert!(
        per_conversation.values().any(|&n| n > 20),
        "one conversation is longer than the app's window: {per_conversation:?}"
    );
    let last_year = format!(
        "{}-",
        chrono::Utc::now()
            .format("%Y")
            .to_string()
            .parse::<i32>()
            .unwrap()
            - 1
    );
    assert!(
        messages
            .iter()
            .any(|m| text(m, "sk").starts_with(&last_year)),
        "some messages are from {last_year}"
    );
    doctor_is_clean(&ddb_endpoint(), &db, &table);

    // Again: refused; with --replace, the same shape, and no user twice.
    let again = [
        "--table",
        &table,
        "seed",
        "--users",
        "20",
        "--conversations",
        "30",
        "--messages",
        "600",
        "--seed",
        "11",
    ];
    let err = fails_with(keyed().env("CONNECTION_URL", &db).args(again), 6);
    assert_one_error(&err);
    assert!(
        err.contains("already hold") && err.contains("--replace"),
        "{err}"
    );
    run_ok(
        keyed()
            .env("CONNECTION_URL", &db)
            .args(again)
            .arg("--replace"),
    );
    assert_eq!(rows_at(&ddb_endpoint(), &table).len(), 660);
    assert_eq!(
        pg_rows(&db, "SELECT count(*)::text FROM users"),
        vec![vec!["20".to_string()]]
    );
    doctor_is_clean(&ddb_endpoint(), &db, &table);
}

/// The strings a user would look for: handles, names, emails of the source's users, and
/// the source's message texts.
struct Secrets {
    people: Vec<String>,
    texts: HashSet<String>,
}

fn secrets(db: &str, rows: &[Value]) -> Secrets {
    let people = pg_rows(db, "SELECT handle, display_name, email FROM users")
        .into_iter()
        .flatten()
        .collect();
    let texts = rows
        .iter()
        .map(|r| text(r, "message").to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Secrets { people, texts }
}

impl Secrets {
    /// Fails on any source value in `values`.
    fn absent_from<'a>(&self, values: impl Iterator<Item = &'a str>, where_: &str) {
        for v in values {
            let lower = v.to_lowercase();
            for p in &self.people {
                assert!(
                    !lower.contains(&p.to_lowercase()),
                    "{where_} holds {p:?} in {v:?}"
                );
            }
            assert!(!self.texts.contains(v), "{where_} holds the message {v:?}");
        }
    }
}

fn copy_with_users(table: &str, src_db: &str, dst_db: &str, salt: &str, create: bool) -> String {
    let mut cmd = keyed();
    cmd.env("CONNECTION_URL", src_db).args([
        "table",
        "copy",
        table,
        "--to-endpoint",
        &isolated_endpoint(),
        "--with-users",
        "--to-postgres",
        dst_db,
        "--anonymize",
        "--salt",
        salt,
    ]);
    if create {
        cmd.arg("--create");
    }
    run_ok(&mut cmd).0
}

#[test]
fn an_anonymized_copy_brings_pseudonymous_users_and_stays_healthy() {
    require_isolated_dynamodb();
    let (src_db, table) = seeded("anonsrc", "12", "15", "240");
    // A user no row names, in the source; a user of the destination's own.
    pg_exec(
        &src_db,
        "INSERT INTO users (display_name, handle, email) VALUES ('Vir Cotto', 'vir', 'vir@centauri.example')",
    );
    let dst_db = fresh_database("anondst", true);
    let before_dst = pg_rows(
        &dst_db,
        "SELECT uuid::text, handle, display_name FROM users ORDER BY uuid",
    );
    let src_rows = rows_at(&ddb_endpoint(), &table);
    let secrets = secrets(&src_db, &src_rows);
    let named: BTreeSet<String> = src_rows
        .iter()
        .flat_map(|r| {
            let owner = text(r, "pk").strip_prefix("GRP#").map(str::to_string);
            owner.into_iter().chain([text(r, "user_uuid").to_string()])
        })
        .collect();

    let out = copy_with_users(&table, &src_db, &dst_db, "salt-1", true);
    assert!(
        out.contains(&format!("copied {} items, anonymized,", src_rows.len())),
        "{out}"
    );
    assert!(
        out.contains("users: 12 copied and 0 updated in Postgres at"),
        "{out}"
    );

    // Every item, under the same keys; nothing of the source's people or texts.
    let dst_rows = rows_at(&isolated_endpoint(), &table);
    let keys = |rows: &[Value]| -> BTreeSet<(String, String)> {
        rows.iter()
            .map(|r| (text(r, "pk").to_string(), text(r, "sk").to_string()))
            .collect()
    };
    assert_eq!(keys(&dst_rows), keys(&src_rows));
    let strings = dst_rows
        .iter()
        .flat_map(|r| r.as_object().unwrap().values().filter_map(Value::as_str));
    secrets.absent_from(strings, "the destination table");

    // Exactly the named users, under their uuids, pseudonymous; the others untouched.
    let dst_users = pg_rows(
        &dst_db,
        "SELECT uuid::text, handle, display_name, email, cognito_user_id FROM users ORDER BY uuid",
    );
    let copied: Vec<&Vec<String>> = dst_users
        .iter()
        .filter(|u| !before_dst.iter().any(|b| b[0] == u[0]))
        .collect();
    let copied_uuids: BTreeSet<String> = copied.iter().map(|u| u[0].clone()).collect();
    assert_eq!(copied_uuids, named);
    secrets.absent_from(
        copied
            .iter()
            .flat_map(|u| u[1..].iter().map(String::as_str)),
        "the destination's users",
    );
    assert!(
        copied.iter().all(|u| u[3].ends_with("@anonymized.invalid")),
        "{copied:?}"
    );
    let after_dst_others: Vec<Vec<String>> = pg_rows(
        &dst_db,
        "SELECT uuid::text, handle, display_name FROM users ORDER BY uuid",
    )
    .into_iter()
    .filter(|u| before_dst.iter().any(|b| b[0] == u[0]))
    .collect();
    assert_eq!(
        after_dst_others, before_dst,
        "the destination's own users are untouched"
    );

    doctor_is_clean(&isolated_endpoint(), &dst_db, &table);

    // The app's inbox works for a pseudonym.
    let handle = &copied[0][1];
    let (inbox, _) = run_ok(keyed().env("CONNECTION_URL", &dst_db).args([
        "--endpoint-url",
        &isolated_endpoint(),
        "--table",
        &table,
        "pattern",
        "list-conversations",
        "--handle",
        handle,
    ]));
    assert!(!inbox.trim().is_empty(), "@{handle} has conversations");
    secrets.absent_from(inbox.lines(), "list-conversations");

    // The same salt: the same pseudonyms, updated in place.
    let out = copy_with_users(&table, &src_db, &dst_db, "salt-1", false);
    assert!(out.contains("users: 0 copied and 12 updated"), "{out}");
    assert_eq!(
        pg_rows(
            &dst_db,
            "SELECT uuid::text, handle, display_name, email, cognito_user_id FROM users ORDER BY uuid"
        ),
        dst_users
    );
    assert_eq!(rows_at(&isolated_endpoint(), &table), dst_rows);
}

#[test]
fn an_export_can_be_anonymized_and_rules_cover_other_tables() {
    let (db, table) = seeded("anonexp", "4", "3", "30");
    let rows = rows_at(&ddb_endpoint(), &table);
    let secrets = secrets(&db, &rows);
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = run_ok(keyed().args([
        "table",
        "export",
        &table,
        dir.path().to_str().unwrap(),
        "--anonymize",
        "--salt",
        "x",
    ]));
    assert!(
        out.starts_with("exported 36 items (anonymized) in"),
        "{out}"
    );
    let back = unique_table("anonexp-back");
    run_ok(keyed().args([
        "table",
        "restore",
        dir.path().to_str().unwrap(),
        &back,
        "--create",
    ]));
    let restored = rows_at(&ddb_endpoint(), &back);
    assert_eq!(restored.len(), 36);
    let strings = restored
        .iter()
        .flat_map(|r| r.as_object().unwrap().values().filter_map(Value::as_str));
    secrets.absent_from(strings, "the anonymized export");

    // Another table: the rules decide, attribute by attribute; the key stays.
    let other = unique_table("anonrules");
    create_plain_table(&other, "id", None);
    load_items(
        &other,
        &[r#"{"id":{"S":"u-1"},"email":{"S":"londo@centauri.example"},"phone":{"S":"+1 555 0100"},"notes":{"S":"likes Babylon 5"},"ssn":{"S":"078-05-1120"},"age":{"N":"42"},"nick":{"S":"Londo"}}"#.to_string()],
    );
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "[attributes]\nemail = \"fake\"\nphone = \"hash\"\nnotes = \"redact\"\nssn = \"drop\"\nage = \"fake\"\n",
    )
    .unwrap();
    let copy = unique_table("anonrules-copy");
    run_ok(
        keyed()
            .args([
                "table",
                "copy",
                &other,
                &copy,
                "--create",
                "--anonymize",
                "--salt",
                "x",
            ])
            .args(["--anonymize-rules", rules.to_str().unwrap()]),
    );
    let got = &rows_at(&ddb_endpoint(), &copy)[0];
    assert_eq!(got["id"], "u-1");
    assert_eq!(got["nick"], "Londo", "an attribute without a rule is kept");
    assert_eq!(got["notes"], "[redacted]");
    assert!(got.get("ssn").is_none());
    let email = got["email"].as_str().unwrap();
    assert!(
        email.ends_with("@anonymized.invalid") && !email.contains("londo"),
        "{email}"
    );
    assert_eq!(got["phone"].as_str().unwrap().len(), 32);
    assert_ne!(got["age"], 42);
}

#[test]
fn bad_input_for_users_and_anonymization_is_one_line_and_writes_nothing() {
    require_isolated_dynamodb();
    let (src_db, table) = seeded("anonbad", "4", "3", "30");
    let dst = unique_table("anonbad-dst");
    let copy = |extra: &[&str]| {
        let mut cmd = keyed();
        cmd.env("CONNECTION_URL", &src_db)
            .args([
                "table",
                "copy",
                &table,
                &dst,
                "--create",
                "--to-endpoint",
                &isolated_endpoint(),
            ])
            .args(extra);
        cmd
    };
    let nowhere = "postgresql://postgres:password@127.0.0.1:1/cruddur";
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["--with-users", "--to-postgres", nowhere],
            4,
            "from --to-postgres",
        ),
        (
            vec![
                "--with-users",
                "--from-postgres",
                nowhere,
                "--to-postgres",
                &src_db,
            ],
            4,
            "from --from-postgres",
        ),
        (vec!["--with-users"], 2, "same database"),
        (
            vec!["--keep-messages"],
            2,
            "--keep-messages only applies with --anonymize",
        ),
        (
            vec!["--to-postgres", &src_db],
            2,
            "--to-postgres only applies with --with-users",
        ),
    ];
    for (extra, code, says) in cases {
        let err = fails_with(&mut copy(&extra), code);
        assert_one_error(&err);
        assert!(err.contains(says), "{extra:?}: {err}");
    }
    let odd = fresh_database("anonodd", false);
    pg_exec(
        &odd,
        "DROP TABLE users; CREATE TABLE users (id int, name text)",
    );
    let err = fails_with(&mut copy(&["--with-users", "--to-postgres", &odd]), 6);
    assert_one_error(&err);
    assert!(err.contains("not Cruddur's: uuid is missing"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[attributes]\nmessage = \"mask\"\n").unwrap();
    let err = fails_with(
        &mut copy(&["--anonymize", "--anonymize-rules", rules.to_str().unwrap()]),
        2,
    );
    assert_one_error(&err);
    assert!(err.contains("\"mask\" is not an action"), "{err}");

    // Nothing was written anywhere: no destination table, no new user.
    let dest_tables = stdout_of(keyed().args([
        "--endpoint-url",
        &isolated_endpoint(),
        "table",
        "list",
        "-o",
        "text",
    ]));
    assert!(!dest_tables.lines().any(|l| l == dst), "{dest_tables}");
    assert_eq!(
        pg_rows(&odd, "SELECT count(*)::text FROM users"),
        vec![vec!["0".to_string()]]
    );
}
