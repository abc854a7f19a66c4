//! The messaging write side against the real DynamoDB Local (with its stream) and
//! Postgres: new conversations, replies, and `stream apply` standing in for the lambda.

use crate::common::*;
use crate::proxy::{Fault, Proxy, Rule};
use aws_sdk_dynamodb::types::AttributeValue;
use cruddur_ddb::error::Exit;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

const ANDREW: &str = "a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c";
const BAYKO: &str = "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e";

fn json_of(cmd: &mut assert_cmd::Command) -> Value {
    serde_json::from_str(&stdout_of(cmd.args(["-o", "json"]))).expect("JSON output")
}

/// A new conversation between andrewbrown and bayko; returns its group uuid.
fn new_conversation(table: &str, text: &str) -> String {
    require_postgres();
    let out = json_of(cli().args([
        "--table",
        table,
        "pattern",
        "create-message-group",
        "--handle",
        "andrewbrown",
        "--other-handle",
        "bayko",
        "--new",
        text,
    ]));
    out["group_uuid"].as_str().unwrap().to_string()
}

/// Every row of the table, as plain JSON.
fn rows(table: &str) -> Vec<Value> {
    scan_jsonl(table, &[])
}

/// The group rows of `group`, and its messages (newest last).
fn conversation(table: &str, group: &str) -> (Vec<Value>, Vec<Value>) {
    let all = rows(table);
    let groups = all
        .iter()
        .filter(|r| r["message_group_uuid"] == group)
        .cloned()
        .collect();
    let mut messages: Vec<Value> = all
        .iter()
        .filter(|r| r["pk"] == format!("MSG#{group}"))
        .cloned()
        .collect();
    messages.sort_by_key(|m| m["sk"].as_str().unwrap().to_string());
    (groups, messages)
}

/// Exactly one row per participant, each on the newest message.
fn assert_rows_on_newest(table: &str, group: &str) {
    let (groups, messages) = conversation(table, group);
    let newest = messages.last().expect("messages");
    assert_eq!(groups.len(), 2, "two group rows: {groups:#?}");
    let owners: Vec<&str> = groups.iter().map(|g| g["pk"].as_str().unwrap()).collect();
    assert!(
        owners.contains(&format!("GRP#{ANDREW}").as_str())
            && owners.contains(&format!("GRP#{BAYKO}").as_str())
    );
    for g in &groups {
        assert_eq!(g["sk"], newest["sk"], "row on the newest message: {g}");
        assert_eq!(g["message"], newest["message"], "{g}");
    }
}

/// A message written the app's way: one PutItem of the message row, nothing else.
fn app_put(table: &str, group: &str, at: &str, text: &str, sender: (&str, &str, &str)) {
    let s = |v: &str| AttributeValue::S(v.to_string());
    let item = HashMap::from([
        ("pk".to_string(), s(&format!("MSG#{group}"))),
        ("sk".to_string(), s(at)),
        ("message_uuid".to_string(), s(&format!("app-{at}"))),
        ("message".to_string(), s(text)),
        ("user_uuid".to_string(), s(sender.0)),
        ("user_display_name".to_string(), s(sender.1)),
        ("user_handle".to_string(), s(sender.2)),
    ]);
    block_on(
        sdk_client()
            .put_item()
            .table_name(table)
            .set_item(Some(item))
            .send(),
    )
    .unwrap();
}

const ANDREW_P: (&str, &str, &str) = (ANDREW, "Andrew Brown", "andrewbrown");
const BAYKO_P: (&str, &str, &str) = (BAYKO, "Andrew Bayko", "bayko");

fn stream_apply(table: &str) -> Value {
    json_of(cli().args(["--table", table, "stream", "apply"]))
}

#[test]
fn a_new_conversation_shows_in_both_inboxes_and_a_reply_moves_both_rows() {
    let table = messages_table("newconv");
    let created = json_of(cli().args([
        "--table",
        &table,
        "pattern",
        "create-message-group",
        "--handle",
        "@andrewbrown",
        "--other-handle",
        "bayko",
        "Hello there",
    ]));
    let group = created["group_uuid"].as_str().unwrap().to_string();
    assert_eq!(created["rows"].as_array().unwrap().len(), 2);
    assert_eq!(created["message"]["text"], "Hello there");
    assert!(
        created["message"]["created_at"]
            .as_str()
            .unwrap()
            .ends_with("+00:00")
    );
    for handle in ["andrewbrown", "bayko"] {
        let inbox = json_of(cli().args([
            "--table",
            &table,
            "pattern",
            "list-conversations",
            "--handle",
            handle,
        ]));
        assert_eq!(inbox["count"], 1, "{handle}: {inbox}");
        assert_eq!(
            inbox["conversations"][0]["message_group_uuid"],
            group.as_str()
        );
    }
    // The two already have a conversation: said, with its uuid, exit 6.
    let mut again = cli();
    again.args([
        "--table",
        &table,
        "pattern",
        "create-message-group",
        "--handle",
        "andrewbrown",
        "--other-handle",
        "bayko",
        "hi",
    ]);
    let err = fails_with(&mut again, Exit::Conflict.code());
    assert!(err.contains(&group) && err.contains("--new"), "{err}");

    let sent = json_of(cli().args([
        "--table",
        &table,
        "pattern",
        "create-message",
        "--group-uuid",
        &group,
        "--handle",
        "bayko",
        "Hi Andrew",
    ]));
    assert_eq!(sent["rows_moved"], 2);
    assert_rows_on_newest(&table, &group);
    let (groups, _) = conversation(&table, &group);
    assert!(
        groups
            .iter()
            .all(|g| g["message"] == "Hi Andrew" && g["sk"] == sent["message"]["created_at"])
    );
}

#[test]
fn a_new_conversation_by_uuid_still_needs_the_handles() {
    let table = messages_table("byuuid");
    let mut cmd = cli();
    cmd.args([
        "--table",
        &table,
        "pattern",
        "create-message-group",
        "--user-uuid",
        ANDREW,
        "--other-user-uuid",
        BAYKO,
        "hi",
    ]);
    let err = fails_with(&mut cmd, Exit::Usage.code());
    assert!(err.contains("--handle is needed with a uuid"), "{err}");
    let out = json_of(cli().args([
        "--table",
        &table,
        "pattern",
        "create-message-group",
        "--user-uuid",
        ANDREW,
        "--handle",
        "andrewbrown",
        "--other-user-uuid",
        BAYKO,
        "--other-handle",
        "bayko",
        "hi",
    ]));
    assert_eq!(out["rows"][0]["with_handle"], "bayko");
}

#[test]
fn a_stranger_or_a_missing_conversation_is_refused_and_nothing_is_written() {
    let table = messages_table("stranger");
    let group = new_conversation(&table, "private");
    let before = rows(&table).len();
    let mut londo = cli();
    londo.args([
        "--table",
        &table,
        "pattern",
        "create-message",
        "--group-uuid",
        &group,
        "--handle",
        "londo",
        "let me in",
    ]);
    let err = fails_with(&mut londo, Exit::Conflict.code());
    assert!(
        err.contains("not a participant") && err.contains("nothing was written"),
        "{err}"
    );
    let mut missing = cli();
    missing.args([
        "--table",
        &table,
        "pattern",
        "create-message",
        "--group-uuid",
        "00000000-0000-4000-8000-000000000000",
        "--handle",
        "bayko",
        "hello?",
    ]);
    let err = fails_with(&mut missing, Exit::NotFound.code());
    assert!(err.contains("does not exist"), "{err}");
    assert_eq!(rows(&table).len(), before, "nothing was written");
}

#[test]
fn stream_apply_does_the_lambdas_job_forward_only_and_idempotently() {
    let table = stream_table("streamapply");
    let groups: Vec<String> = (0..3)
        .map(|i| new_conversation(&table, &format!("start {i}")))
        .collect();
    // A burst of app-written messages: PutItem of the message only, many per group.
    for i in 0..30 {
        let g = &groups[i % 3];
        let sender = if i % 2 == 0 { ANDREW_P } else { BAYKO_P };
        app_put(
            &table,
            g,
            &format!("2099-01-01T00:00:{i:02}.000000+00:00"),
            &format!("burst {i}"),
            sender,
        );
    }
    let summary = stream_apply(&table);
    assert_eq!(summary["groups_moved"], 3, "{summary}");
    assert!(
        summary["messages_seen"].as_u64().unwrap() >= 30,
        "{summary}"
    );
    for g in &groups {
        assert_rows_on_newest(&table, g);
    }
    // An older message arriving later does not move rows back; a replay changes nothing.
    app_put(
        &table,
        &groups[0],
        "2098-06-01T00:00:00.000000+00:00",
        "late and old",
        ANDREW_P,
    );
    let again = stream_apply(&table);
    assert_eq!(again["groups_moved"], 0, "{again}");
    assert!(again["skipped_as_older"].as_u64().unwrap() >= 3, "{again}");
    let (rows0, _) = conversation(&table, &groups[0]);
    assert!(rows0.iter().all(|r| r["message"] != "late and old"));
    assert!(
        rows0
            .iter()
            .all(|r| r["sk"].as_str().unwrap().starts_with("2099"))
    );
}

#[test]
fn ten_concurrent_senders_all_land_and_two_rows_end_on_the_newest() {
    let table = messages_table("concurrent");
    let group = new_conversation(&table, "ready, set");
    let children: Vec<_> = (0..10)
        .map(|i| {
            let mut cmd = spawnable(&[]);
            cmd.args([
                "--table",
                &table,
                "pattern",
                "create-message",
                "--group-uuid",
                &group,
            ])
            .args(["--handle", if i % 2 == 0 { "andrewbrown" } else { "bayko" }])
            .arg(format!("go {i}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (groups, messages) = conversation(&table, &group);
    assert_eq!(messages.len(), 11, "every message was written");
    assert_eq!(groups.len(), 2);
    assert_rows_on_newest(&table, &group);
}

#[test]
fn cancelled_or_throttled_transactions_are_retried_and_never_half_written() {
    let table = messages_table("txfaults");
    let group = new_conversation(&table, "before the storm");
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(
                Some("TransactWriteItems"),
                Fault::Error(400, "TransactionCanceledException"),
            )
            .every(2),
            Rule::new(
                Some("TransactWriteItems"),
                Fault::Error(400, "ThrottlingException"),
            )
            .every(3),
        ],
    );
    for i in 0..4 {
        let handle = if i % 2 == 0 { "bayko" } else { "andrewbrown" };
        run_ok(cli().args([
            "--endpoint-url",
            &proxy.url,
            "--table",
            &table,
            "pattern",
            "create-message",
            "--group-uuid",
            &group,
            "--handle",
            handle,
            &format!("through faults {i}"),
        ]));
        assert_rows_on_newest(&table, &group);
    }
    assert!(
        proxy.injected() >= 2,
        "faults were injected: {}",
        proxy.injected()
    );
    assert_eq!(conversation(&table, &group).1.len(), 5);
    // A new conversation through the same faults: retried with its token, written whole.
    let created = json_of(cli().args([
        "--endpoint-url",
        &proxy.url,
        "--table",
        &table,
        "pattern",
        "create-message-group",
        "--handle",
        "andrewbrown",
        "--other-handle",
        "bayko",
        "--new",
        "through faults",
    ]));
    let group2 = created["group_uuid"].as_str().unwrap().to_string();
    assert_rows_on_newest(&table, &group2);
}

#[test]
fn follow_picks_up_a_message_written_after_it_started_and_stops_on_ctrl_c() {
    let table = stream_table("follow");
    let group = new_conversation(&table, "watching");
    let mut child = spawnable(&[])
        .args([
            "--table",
            &table,
            "stream",
            "apply",
            "--follow",
            "--poll-ms",
            "100",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.starts_with("following the stream"), "{line}");
    app_put(
        &table,
        &group,
        "2099-05-05T05:05:05.000000+00:00",
        "written by the app",
        BAYKO_P,
    );
    let start = Instant::now();
    loop {
        let inbox = json_of(cli().args([
            "--table",
            &table,
            "pattern",
            "list-conversations",
            "--user-uuid",
            ANDREW,
        ]));
        if inbox["conversations"][0]["message"] == "written by the app" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "not applied: {inbox}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let picked_up = start.elapsed();
    StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(Exit::Interrupted.code()));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("1 conversation moved"), "{summary}");
    assert!(picked_up < Duration::from_secs(5), "took {picked_up:?}");
}

#[test]
fn a_table_without_a_stream_is_named_with_the_fix() {
    let table = unique_table("nostream");
    run_ok(cli().args(["schema", "load", "--no-stream", "--table", &table]));
    let mut cmd = cli();
    cmd.args(["--table", &table, "stream", "apply"]);
    let err = fails_with(&mut cmd, Exit::NotFound.code());
    assert!(
        err.contains("has no stream") && err.contains("schema load"),
        "{err}"
    );
    assert_one_error(&err);
}

#[test]
fn older_messages_can_be_read_page_by_page_to_the_start() {
    let table = messages_table("cursor");
    let group = new_conversation(&table, "message 00");
    for i in 1..45 {
        app_put(
            &table,
            &group,
            &format!("2099-01-01T00:00:{i:02}.000000+00:00"),
            &format!("message {i:02}"),
            ANDREW_P,
        );
    }
    let mut seen = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let mut cmd = cli();
        cmd.args([
            "--table",
            &table,
            "pattern",
            "get-conversations",
            "--group-uuid",
            &group,
            "--limit",
            "20",
        ]);
        if let Some(b) = &before {
            cmd.args(["--before", b]);
        }
        let page = json_of(&mut cmd);
        let texts: Vec<String> = page["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["message"].as_str().unwrap().to_string())
            .collect();
        seen.splice(0..0, texts);
        match page["next_before"].as_str() {
            Some(b) => before = Some(b.to_string()),
            None => break,
        }
    }
    let want: Vec<String> = (0..45).map(|i| format!("message {i:02}")).collect();
    assert_eq!(seen, want, "every message once, oldest first");
    let all = json_of(cli().args([
        "--table",
        &table,
        "pattern",
        "get-conversations",
        "--group-uuid",
        &group,
        "--all",
        "--limit",
        "7",
    ]));
    assert_eq!(all["count"], 45);
    assert_eq!(all["more"], false);
}
