//! Seed and the two access patterns, against the real DynamoDB Local and Postgres.

use crate::common::*;
use cruddur_ddb::error::Exit;
use serde_json::Value;

const GROUP: &str = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";
/// From db/seed.sql.
const ANDREW: &str = "a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c";
const BAYKO: &str = "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e";

fn seeded_table(tag: &str) -> String {
    require_postgres();
    let table = messages_table(tag);
    let out = stdout_of(cli().args(["seed", "--table", &table]));
    assert!(
        out.starts_with("seeded 104 messages between @andrewbrown and @bayko and 2 group rows"),
        "{out}"
    );
    table
}

fn count_items(table: &str) -> (usize, usize) {
    let items = scan_jsonl(table, &[]);
    let msgs = items
        .iter()
        .filter(|i| i["pk"].as_str().unwrap().starts_with("MSG#"))
        .count();
    let groups = items
        .iter()
        .filter(|i| i["pk"].as_str().unwrap().starts_with("GRP#"))
        .count();
    (msgs, groups)
}

#[test]
fn seed_writes_a_conversation_and_matching_group_rows() {
    let table = seeded_table("seed");
    assert_eq!(count_items(&table), (104, 2));
    let items = scan_jsonl(&table, &[]);
    let mut msgs: Vec<&Value> = items
        .iter()
        .filter(|i| i["pk"] == format!("MSG#{GROUP}"))
        .collect();
    msgs.sort_by_key(|m| m["sk"].as_str().unwrap().to_string());
    let last = msgs.last().unwrap();
    let senders: Vec<&str> = msgs
        .iter()
        .map(|m| m["user_handle"].as_str().unwrap())
        .collect();
    assert_eq!(senders.iter().filter(|h| **h == "andrewbrown").count(), 52);
    assert!(
        senders.windows(2).all(|w| w[0] != w[1]),
        "senders alternate"
    );
    for row in items
        .iter()
        .filter(|i| i["pk"].as_str().unwrap().starts_with("GRP#"))
    {
        assert_eq!(
            row["sk"], last["sk"],
            "group row time is the last message's"
        );
        assert_eq!(row["message"], last["message"]);
        assert_eq!(row["message_group_uuid"], GROUP);
        let owner = row["pk"].as_str().unwrap();
        let other = if owner == format!("GRP#{ANDREW}") {
            "bayko"
        } else {
            "andrewbrown"
        };
        assert_eq!(row["user_handle"], other, "{row}");
    }
}

#[test]
fn seeding_twice_refuses_and_replace_keeps_the_same_count() {
    let table = seeded_table("reseed");
    let err = fails_with(
        cli().args(["seed", "--table", &table]),
        Exit::Conflict.code(),
    );
    assert!(
        err.contains("already has 106 items") && err.contains("--replace"),
        "{err}"
    );
    let out = stdout_of(cli().args(["seed", "--table", &table, "--replace"]));
    assert!(out.starts_with("replaced 106 existing items"), "{out}");
    assert_eq!(count_items(&table), (104, 2));
}

#[test]
fn get_conversations_shows_the_newest_messages_oldest_first() {
    let table = seeded_table("get");
    let (text, stderr) = run_ok(cli().args(["pattern", "get-conversations", "--table", &table]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 20);
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("andrewbrown ") || l.starts_with("bayko       ")),
        "{text}"
    );
    // The newest message was sent by bayko (104 messages alternate from andrewbrown), and
    // comes last; every line has a `YYYY-MM-DD HH:MM AM UTC` time in the 26-wide column.
    assert!(lines[19].starts_with("bayko       "), "{text}");
    for l in &lines {
        let time = &l[12..38];
        assert!(time.ends_with("M UTC   "), "{l:?}");
    }
    assert!(stderr.contains("consumed capacity:"));

    let json: Value = serde_json::from_str(&stdout_of(cli().args([
        "pattern",
        "get-conversations",
        "--table",
        &table,
        "-o",
        "json",
        "--limit",
        "5",
    ])))
    .unwrap();
    assert_eq!(json["count"], 5);
    assert_eq!(json["more"], true);
    assert!(json["consumed_capacity"].as_f64().unwrap() > 0.0);
    let sks: Vec<&str> = json["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sk"].as_str().unwrap())
        .collect();
    let mut sorted = sks.clone();
    sorted.sort();
    assert_eq!(sks, sorted, "oldest to newest");
}

#[test]
fn year_and_range_filters() {
    let table = seeded_table("range");
    let none = stdout_of(cli().args([
        "pattern",
        "get-conversations",
        "--table",
        &table,
        "--year",
        "1999",
    ]));
    assert_eq!(none, "");
    let this_year = chrono::Utc::now().format("%Y").to_string();
    // The seed ends now; right after New Year, some messages are from last year.
    let json: Value = serde_json::from_str(&stdout_of(cli().args([
        "pattern",
        "get-conversations",
        "--table",
        &table,
        "-o",
        "json",
        "--limit",
        "200",
        "--since",
        "2000-01-01",
    ])))
    .unwrap();
    assert_eq!(json["count"], 104);
    let by_year = stdout_of(cli().args([
        "pattern",
        "get-conversations",
        "--table",
        &table,
        "--year",
        &this_year,
    ]));
    assert!(!by_year.is_empty());
}

#[test]
fn list_conversations_by_handle_and_by_uuid() {
    let table = seeded_table("list");
    let out = stdout_of(cli().args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "-o",
        "table",
    ]));
    assert!(
        out.contains("With") && out.contains("Last message at") && out.contains("Group uuid"),
        "{out}"
    );
    assert!(
        out.contains("Andrew Bayko (@bayko)") && out.contains(GROUP),
        "{out}"
    );
    let json: Value = serde_json::from_str(&stdout_of(cli().args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "--handle",
        "bayko",
        "-o",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["user_uuid"], BAYKO);
    assert_eq!(json["count"], 1);
    assert_eq!(json["conversations"][0]["user_handle"], "andrewbrown");
    // --user-uuid needs no Postgres at all.
    let mut cmd = cli();
    cmd.env_remove("CONNECTION_URL").args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "--user-uuid",
        ANDREW,
        "-o",
        "json",
    ]);
    let json: Value = serde_json::from_str(&stdout_of(&mut cmd)).unwrap();
    assert_eq!(json["conversations"][0]["user_handle"], "bayko");
    let at = stdout_of(cli().args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "--handle",
        "@bayko",
        "-o",
        "json",
    ]));
    assert_eq!(
        serde_json::from_str::<Value>(&at).unwrap()["user_uuid"],
        BAYKO,
        "@handle as the app shows it"
    );
    let londo = stdout_of(cli().args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "--handle",
        "londo",
        "-o",
        "json",
    ]));
    assert_eq!(serde_json::from_str::<Value>(&londo).unwrap()["count"], 0);
}

#[test]
fn an_unknown_handle_is_named() {
    let table = messages_table("unknown");
    require_postgres();
    let err = fails_with(
        cli().args(["seed", "--table", &table, "--other-handle", "kosh"]),
        Exit::NotFound.code(),
    );
    assert!(
        err.starts_with("error: no user with handle \"kosh\" in Postgres at"),
        "{err}"
    );
    assert!(!err.contains(":password@"), "no password in errors: {err}");
    let err = fails_with(
        cli().args([
            "pattern",
            "list-conversations",
            "--table",
            &table,
            "--handle",
            "ñoño' OR 1=1 --",
        ]),
        Exit::NotFound.code(),
    );
    assert!(err.contains("no user with handle"), "{err}");
    assert_eq!(count_items(&table), (0, 0), "nothing written");
}

#[test]
fn a_stopped_postgres_is_a_clear_error() {
    let table = messages_table("pgdown");
    // A port where no Postgres listens: what a stopped server looks like to a client.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    let url = format!("postgresql://postgres:s3cr3t@127.0.0.1:{port}/cruddur");
    let err = fails_with(
        cli()
            .env("CONNECTION_URL", &url)
            .args(["seed", "--table", &table]),
        Exit::Unreachable.code(),
    );
    assert!(err.starts_with(&format!("error: cannot reach Postgres at postgresql://postgres:****@127.0.0.1:{port}/cruddur (from CONNECTION_URL)")), "{err}");
    assert!(!err.contains("s3cr3t"), "{err}");
    assert!(
        err.contains("Connection refused"),
        "the real cause, not a pool timeout: {err}"
    );
    assert_one_error(&err);
    let err = fails_with(
        cli()
            .env("CONNECTION_URL", pg_url().replace("/cruddur", "/nosuchdb"))
            .args(["seed", "--table", &table]),
        Exit::NotFound.code(),
    );
    assert!(
        err.contains("database \"nosuchdb\" does not exist"),
        "{err}"
    );
    let err = fails_with(
        cli()
            .env("CONNECTION_URL", pg_url().replace(":password@", ":wrong@"))
            .args(["pattern", "list-conversations", "--table", &table]),
        Exit::Auth.code(),
    );
    assert!(
        err.contains("refused the login") && !err.contains("wrong@"),
        "{err}"
    );
}

#[test]
fn patterns_on_a_missing_table_are_clear() {
    require_dynamodb();
    let table = unique_table("nopattern");
    let err = fails_with(
        cli().args(["pattern", "get-conversations", "--table", &table]),
        Exit::NotFound.code(),
    );
    assert!(err.contains(&format!("query table {table}")), "{err}");
}
