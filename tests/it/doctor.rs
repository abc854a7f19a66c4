//! `doctor` against the real DynamoDB Local and Postgres: a seeded table is healthy, each
//! planted defect is found and named by group, and --fix repairs what it can.

use crate::common::*;
use aws_sdk_dynamodb::types::AttributeValue;
use cruddur_ddb::error::Exit;
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};

const GROUP: &str = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";
const ANDREW: &str = "a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c";
const BAYKO: &str = "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e";

fn seeded(tag: &str) -> String {
    require_postgres();
    let table = messages_table(tag);
    run_ok(cli().args(["seed", "--table", &table, "--messages", "6"]));
    table
}

/// The findings as JSON lines, and the exit code.
fn doctor(table: &str, extra: &[&str]) -> (Vec<Value>, i32, String) {
    let out = cli()
        .args(["--table", table, "doctor", "-o", "jsonl"])
        .args(extra)
        .output()
        .unwrap();
    let findings = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (
        findings,
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn kinds(findings: &[Value]) -> BTreeSet<String> {
    findings
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect()
}

fn put(table: &str, item: Value) {
    load_items(table, &[item.to_string()]);
}

fn group_row(owner: &str, at: &str, other: (&str, &str, &str), text: &str) -> Value {
    json!({
        "pk": {"S": format!("GRP#{owner}")}, "sk": {"S": at}, "message_group_uuid": {"S": GROUP},
        "message": {"S": text}, "user_uuid": {"S": other.0}, "user_display_name": {"S": other.1},
        "user_handle": {"S": other.2},
    })
}

fn message(at: &str, text: &str, sender: (&str, &str, &str)) -> Value {
    json!({
        "pk": {"S": format!("MSG#{GROUP}")}, "sk": {"S": at}, "message_uuid": {"S": format!("m-{at}")},
        "message": {"S": text}, "user_uuid": {"S": sender.0}, "user_display_name": {"S": sender.1},
        "user_handle": {"S": sender.2},
    })
}

const ANDREW_P: (&str, &str, &str) = (ANDREW, "Andrew Brown", "andrewbrown");
const BAYKO_P: (&str, &str, &str) = (BAYKO, "Andrew Bayko", "bayko");

fn group_rows(table: &str) -> Vec<Value> {
    scan_jsonl(table, &[])
        .into_iter()
        .filter(|r| r["message_group_uuid"] == GROUP)
        .collect()
}

fn delete(table: &str, pk: &str, sk: &str) {
    let key = HashMap::from([
        ("pk".to_string(), AttributeValue::S(pk.into())),
        ("sk".to_string(), AttributeValue::S(sk.into())),
    ]);
    block_on(
        sdk_client()
            .delete_item()
            .table_name(table)
            .set_key(Some(key))
            .send(),
    )
    .unwrap();
}

#[test]
fn a_seeded_table_is_healthy() {
    let table = seeded("dochealthy");
    let (findings, code, _) = doctor(&table, &[]);
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(code, 0);
    let (out, _) = run_ok(cli().args(["--table", &table, "doctor"]));
    assert!(
        out.starts_with("healthy: 8 rows, 1 conversation in"),
        "{out}"
    );
}

#[test]
fn each_defect_alone_is_found_and_named_by_group() {
    type Plant = Box<dyn Fn(&str)>;
    let cases: Vec<(&str, Plant)> = vec![
        (
            "missing-row",
            Box::new(|t: &str| {
                let row = group_rows(t)
                    .into_iter()
                    .find(|r| r["pk"] == format!("GRP#{BAYKO}"))
                    .unwrap();
                delete(t, row["pk"].as_str().unwrap(), row["sk"].as_str().unwrap());
            }),
        ),
        (
            "duplicate-row",
            Box::new(|t: &str| {
                put(
                    t,
                    group_row(ANDREW, "2001-01-01T00:00:00.000000+00:00", BAYKO_P, "old"),
                )
            }),
        ),
        (
            "lagging-row",
            Box::new(|t: &str| {
                // Newer than the seed's last message, within the clock-skew allowance.
                let at = (chrono::Utc::now() + chrono::Duration::minutes(1))
                    .format("%Y-%m-%dT%H:%M:%S%.6f+00:00")
                    .to_string();
                put(t, message(&at, "newer", BAYKO_P))
            }),
        ),
        (
            "unknown-user",
            Box::new(|t: &str| {
                put(
                    t,
                    message(
                        "2001-01-01T00:00:00.000000+00:00",
                        "ghost",
                        ("00000000-0000-4000-8000-000000000000", "Ghost", "ghost"),
                    ),
                )
            }),
        ),
        (
            "stale-user",
            Box::new(|t: &str| {
                let mut row = group_rows(t)
                    .into_iter()
                    .find(|r| r["pk"] == format!("GRP#{ANDREW}"))
                    .unwrap();
                row["user_handle"] = json!("bayko_old");
                let typed = json!({
                    "pk": {"S": row["pk"]}, "sk": {"S": row["sk"]}, "message_group_uuid": {"S": GROUP},
                    "message": {"S": row["message"]}, "user_uuid": {"S": BAYKO},
                    "user_display_name": {"S": "Andrew Bayko"}, "user_handle": {"S": "bayko_old"},
                });
                put(t, typed);
            }),
        ),
        (
            "future-message",
            Box::new(|t: &str| {
                // Rows stay on the newest real message: only the date is wrong. (Rows
                // moved onto it would be reported as ahead of the newest real one.)
                let at = (chrono::Utc::now() + chrono::Duration::hours(3))
                    .format("%Y-%m-%dT%H:%M:%S%.6f+00:00")
                    .to_string();
                put(t, message(&at, "from the future", ANDREW_P));
            }),
        ),
        (
            "timestamp-format",
            Box::new(|t: &str| put(t, message("2001-01-01T00:00:00", "naive", ANDREW_P))),
        ),
        (
            "malformed-row",
            Box::new(|t: &str| put(t, json!({"pk": {"S": "XYZ#1"}, "sk": {"S": "x"}}))),
        ),
    ];
    for (kind, plant) in cases {
        let table = seeded("docdefect");
        plant(&table);
        let (findings, code, err) = doctor(&table, &[]);
        assert_eq!(code, Exit::Findings.code(), "{kind}: {err}");
        assert_eq!(
            kinds(&findings),
            BTreeSet::from([kind.to_string()]),
            "{kind}: {findings:#?}"
        );
        if kind != "malformed-row" {
            assert!(
                findings.iter().all(|f| f["group_uuid"] == GROUP),
                "{kind}: named by group: {findings:?}"
            );
        }
    }
}

#[test]
fn fix_repairs_what_it_can_and_a_second_run_shows_only_the_rest() {
    let table = seeded("docfix");
    // Several defects at once.
    let row = group_rows(&table)
        .into_iter()
        .find(|r| r["pk"] == format!("GRP#{BAYKO}"))
        .unwrap();
    delete(
        &table,
        row["pk"].as_str().unwrap(),
        row["sk"].as_str().unwrap(),
    );
    put(
        &table,
        group_row(
            ANDREW,
            "2001-01-01T00:00:00.000000+00:00",
            BAYKO_P,
            "old dup",
        ),
    );
    let newest = (chrono::Utc::now() + chrono::Duration::minutes(1))
        .format("%Y-%m-%dT%H:%M:%S%.6f+00:00")
        .to_string();
    put(&table, message(&newest, "the newest", BAYKO_P));
    put(
        &table,
        message(
            "2099-01-01T00:00:00.000000+00:00",
            "from the future",
            BAYKO_P,
        ),
    );
    put(&table, message("2001-02-01T00:00:00", "naive", ANDREW_P));
    put(&table, json!({"pk": {"S": "XYZ#1"}, "sk": {"S": "x"}}));
    let (findings, _, _) = doctor(&table, &[]);
    for k in [
        "missing-row",
        "duplicate-row",
        "lagging-row",
        "timestamp-format",
        "malformed-row",
        "future-message",
    ] {
        assert!(
            kinds(&findings).contains(k),
            "{k} in {:?}",
            kinds(&findings)
        );
    }
    // A dry run changes nothing.
    let before = scan_jsonl(&table, &[]).len();
    let (_, code, _) = doctor(&table, &["--fix", "--dry-run"]);
    assert_eq!(code, Exit::Findings.code());
    assert_eq!(scan_jsonl(&table, &[]).len(), before);

    let (out, err) = {
        let out = cli()
            .args(["--table", &table, "doctor", "--fix", "--yes"])
            .output()
            .unwrap();
        (
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    assert!(
        err.contains("plan: conversation"),
        "the plan is shown first: {err}"
    );
    assert!(out.contains("applied: conversation"), "{out}");
    let rows = group_rows(&table);
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert!(
        rows.iter().all(|r| r["message"] == "the newest"),
        "{rows:#?}"
    );
    let (rest, code, _) = doctor(&table, &[]);
    assert_eq!(code, Exit::Findings.code());
    assert_eq!(
        kinds(&rest),
        BTreeSet::from([
            "future-message".to_string(),
            "malformed-row".to_string(),
            "timestamp-format".to_string()
        ]),
        "{rest:#?}"
    );

    // --fix-timestamps: the naive key becomes canonical.
    // (the future message and the malformed row remain: exit 9)
    let out = cli()
        .args(["--table", &table, "doctor", "--fix-timestamps", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(Exit::Findings.code()));
    let all = scan_jsonl(&table, &[]);
    assert!(
        all.iter()
            .any(|r| r["sk"] == "2001-02-01T00:00:00.000000+00:00" && r["message"] == "naive")
    );
    assert!(!all.iter().any(|r| r["sk"] == "2001-02-01T00:00:00"));
}

#[test]
fn fix_timestamps_moves_the_group_rows_with_their_message() {
    require_postgres();
    let table = messages_table("docts");
    let naive = "2024-03-01T10:00:00";
    for (at, text) in [
        ("2024-03-01T09:00:00.000000+00:00", "first"),
        ("2024-03-01T09:30:00.000000+00:00", "second"),
    ] {
        put(&table, message(at, text, ANDREW_P));
    }
    put(&table, message(naive, "last, naive", BAYKO_P));
    put(&table, group_row(ANDREW, naive, BAYKO_P, "last, naive"));
    // A row as other tools leave them: an extra attribute, kept by the move.
    let mut theirs = group_row(BAYKO, naive, ANDREW_P, "last, naive");
    theirs["pinned"] = json!({"BOOL": true});
    put(&table, theirs);
    run_ok(cli().args(["--table", &table, "doctor", "--fix-timestamps", "--yes"]));
    let rows = group_rows(&table);
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r["sk"] == "2024-03-01T10:00:00.000000+00:00"),
        "{rows:#?}"
    );
    assert!(rows.iter().any(|r| r["pinned"] == true), "{rows:#?}");
    let (findings, code, _) = doctor(&table, &[]);
    assert!(findings.is_empty() && code == 0, "{findings:#?}");
}

#[test]
fn fix_racing_concurrent_replies_loses_nothing() {
    let table = seeded("docrace");
    put(
        &table,
        message("2001-01-01T00:00:00.000000+00:00", "stale anchor", BAYKO_P),
    );
    for i in 0..5 {
        put(
            &table,
            group_row(
                ANDREW,
                &format!("2000-01-01T00:00:0{i}.000000+00:00"),
                BAYKO_P,
                "dup",
            ),
        );
    }
    let senders: Vec<_> = (0..6)
        .map(|i| {
            let mut cmd = spawnable(&[]);
            cmd.args([
                "--table",
                &table,
                "pattern",
                "create-message",
                "--group-uuid",
                GROUP,
                "--handle",
            ])
            .arg(if i % 2 == 0 { "bayko" } else { "andrewbrown" })
            .arg(format!("racing {i}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    let _ = cli()
        .args(["--table", &table, "doctor", "--fix", "--yes"])
        .output()
        .unwrap();
    for s in senders {
        let out = s.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let all = scan_jsonl(&table, &[]);
    for i in 0..6 {
        assert!(all.iter().any(|r| r["message"] == format!("racing {i}") && r["pk"] == format!("MSG#{GROUP}")), "message {i} lost");
    }
    // Whatever the race left, one more --fix and the model is whole.
    let _ = cli()
        .args(["--table", &table, "doctor", "--fix", "--yes"])
        .output()
        .unwrap();
    let (findings, code, _) = doctor(&table, &[]);
    assert!(code == 0, "{findings:#?}");
}

#[test]
fn without_postgres_the_user_checks_are_skipped_with_a_note() {
    let table = seeded("docnopg");
    put(
        &table,
        message(
            "2001-01-01T00:00:00.000000+00:00",
            "ghost",
            ("00000000-0000-4000-8000-000000000000", "Ghost", "ghost"),
        ),
    );
    let out = cli()
        .env_remove("CONNECTION_URL")
        .args(["--table", &table, "doctor"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("user checks skipped: CONNECTION_URL is not set"),
        "{err}"
    );
}

#[test]
fn fix_shows_the_findings_then_the_plan_then_asks_and_refuses_without_a_terminal() {
    let table = seeded("docpty");
    let newest = (chrono::Utc::now() + chrono::Duration::minutes(1))
        .format("%Y-%m-%dT%H:%M:%S%.6f+00:00")
        .to_string();
    put(&table, message(&newest, "a newer message", BAYKO_P));
    let bin = assert_cmd::cargo::cargo_bin("cruddur-ddb");
    let screen = crate::terminal::on_a_terminal(
        &format!("{} --table {table} doctor --fix", bin.display()),
        b"n\n",
    );
    let found = screen.find("lagging-row").expect("the findings are shown");
    let plan = screen.find("plan: conversation").expect("then the plan");
    let ask = screen.find("Continue? [y/N]").expect("then the question");
    assert!(found < plan && plan < ask, "{screen}");
    assert!(screen.contains("not confirmed"), "{screen}");
    // Without a terminal and without --yes: the findings, then a refusal, at once.
    let out = cli()
        .args(["--table", &table, "doctor", "--fix"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(
        out.status.code(),
        Some(Exit::NotConfirmed.code()),
        "{stderr}"
    );
    assert!(stdout.contains("lagging-row"), "{stdout}");
    assert!(
        stderr.contains("stdin is not a terminal\nhint: pass --yes to confirm"),
        "{stderr}"
    );
    // Nothing was changed.
    let (again, code, _) = doctor(&table, &[]);
    assert_eq!(code, Exit::Findings.code());
    assert!(kinds(&again).contains("lagging-row"));
}
