//! Reliability under faults: the real binary, the real DynamoDB Local, and a
//! fault-injecting proxy between them (tests/proxy). Each scenario asserts what a user
//! would check: the items counted, the exit code and the message.

use crate::common::*;
use crate::proxy::{Fault, Proxy, Rule};
use cruddur_ddb::error::Exit;
use serde_json::json;
use std::collections::HashSet;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

fn lines(n: usize, pad: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            json!({
                "pk": {"S": format!("MSG#g{:02}", i % 37)},
                "sk": {"S": format!("2024-02-01T00:00:{i:06}.000000+00:00")},
                "message": {"S": "f".repeat(pad)},
                "n": {"N": i.to_string()},
            })
            .to_string()
        })
        .collect()
}

/// The `n` attributes of a scan's JSON lines.
fn ns(stdout: &[u8]) -> Vec<u64> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["n"]
                .as_u64()
                .unwrap()
        })
        .collect()
}

fn via(proxy: &Proxy) -> assert_cmd::Command {
    let mut cmd = cli();
    cmd.args(["--endpoint-url", &proxy.url]);
    cmd
}

#[test]
fn scans_under_throttling_errors_resets_and_delays_return_every_item_once() {
    let table = messages_table("fscan");
    load_items(&table, &lines(2000, 1000));
    let scenarios: Vec<(&str, Vec<Rule>)> = vec![
        (
            "throttling",
            vec![
                Rule::new(
                    Some("Scan"),
                    Fault::Error(400, "ProvisionedThroughputExceededException"),
                )
                .every(2),
            ],
        ),
        (
            "500",
            vec![Rule::new(Some("Scan"), Fault::Error(500, "InternalServerError")).every(3)],
        ),
        (
            "503",
            vec![Rule::new(Some("Scan"), Fault::Error(503, "ServiceUnavailable")).every(3)],
        ),
        (
            "reset",
            vec![Rule::new(Some("Scan"), Fault::Reset).every(3)],
        ),
        (
            "dropped connections",
            vec![Rule::new(None, Fault::Drop).times(2)],
        ),
        (
            "delay",
            vec![Rule::new(Some("Scan"), Fault::Delay(Duration::from_millis(300))).every(2)],
        ),
    ];
    for (name, rules) in scenarios {
        for segments in ["1", "4"] {
            let proxy = Proxy::start(&ddb_endpoint(), rules.iter().map(Rule::fresh).collect());
            let out = via(&proxy)
                .args(["table", "scan", &table, "--segments", segments])
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(proxy.injected() > 0, "{name}: the proxy injected nothing");
            assert_eq!(out.status.code(), Some(0), "{name}/{segments}: {stderr}");
            let got = ns(&out.stdout);
            assert_eq!(got.len(), 2000, "{name}/{segments}: every item once");
            assert_eq!(
                got.iter().copied().collect::<HashSet<_>>().len(),
                2000,
                "{name}/{segments}"
            );
        }
    }
}

#[test]
fn a_scan_that_keeps_failing_midway_is_reported_incomplete_never_complete() {
    let table = messages_table("fpartial");
    load_items(&table, &lines(2000, 1000));
    // The first page goes through, then every Scan is throttled: the SDK's retries run out.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(
                Some("Scan"),
                Fault::Error(400, "ProvisionedThroughputExceededException"),
            )
            .after(1),
        ],
    );
    let out = via(&proxy)
        .args(["table", "scan", &table, "--segments", "1"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(Exit::Incomplete.code()), "{stderr}");
    let got = ns(&out.stdout).len();
    assert!(got > 0 && got < 2000, "a partial result: {got}");
    assert!(
        stderr.contains(&format!("scan of {table} stopped after {got} items")),
        "{stderr}"
    );
    assert!(
        stderr.contains("the output is incomplete") && stderr.contains("throttled"),
        "{stderr}"
    );
    assert_one_error(&stderr);
}

#[test]
fn batched_writes_retry_unprocessed_items_and_lose_nothing() {
    let table = messages_table("fwrite");
    // DynamoDB "processes" only 10 of every 25 items; the rest come back unprocessed.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("BatchWriteItem"),
            Fault::Unprocessed { keep: 10 },
        )],
    );
    let (_dir, file) = items_file(&lines(500, 20));
    run_ok(via(&proxy).args(["table", "restore", file.to_str().unwrap(), &table]));
    assert!(proxy.injected() > 20);
    let got: HashSet<u64> = scan_jsonl(&table, &[])
        .iter()
        .map(|v| v["n"].as_u64().unwrap())
        .collect();
    assert_eq!(got, (0..500).collect::<HashSet<u64>>());

    // And the seed, through throttling and unprocessed items at once.
    require_postgres();
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(
                Some("BatchWriteItem"),
                Fault::Error(400, "ProvisionedThroughputExceededException"),
            )
            .every(3),
            Rule::new(Some("BatchWriteItem"), Fault::Unprocessed { keep: 5 }),
        ],
    );
    let seeded = messages_table("fseed");
    run_ok(via(&proxy).args(["seed", "--table", &seeded]));
    assert_eq!(scan_jsonl(&seeded, &[]).len(), 106);
}

#[test]
fn writes_that_never_get_processed_fail_with_the_count_not_written() {
    let table = messages_table("fnever");
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("BatchWriteItem"),
            Fault::Unprocessed { keep: 0 },
        )],
    );
    let (_dir, file) = items_file(&lines(60, 5));
    let err = fails_with(
        via(&proxy).args(["table", "restore", file.to_str().unwrap(), &table]),
        Exit::Incomplete.code(),
    );
    assert!(err.contains("unprocessed"), "{err}");
    assert!(
        err.starts_with(&format!(
            "error: 60 of 60 items were not written to {table}"
        )),
        "{err}"
    );
    assert_one_error(&err);
}

#[test]
fn schema_load_and_drop_are_safe_to_rerun_under_faults() {
    require_dynamodb();
    let table = unique_table("fschema");
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(None, Fault::Error(500, "InternalServerError")).every(2)],
    );
    via(&proxy)
        .args(["schema", "load", "--table", &table])
        .assert()
        .success();
    via(&proxy)
        .args(["schema", "load", "--table", &table])
        .assert()
        .success();
    via(&proxy)
        .args(["table", "drop", &table, "--yes"])
        .assert()
        .success();
    via(&proxy)
        .args(["table", "drop", &table, "--yes", "--if-exists"])
        .assert()
        .success();
    assert!(
        proxy.injected() >= 3,
        "faults were injected: {}",
        proxy.injected()
    );
    assert!(!table_exists(&table));
}

#[test]
fn rejected_credentials_are_one_line_and_leak_no_secret() {
    require_dynamodb();
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            None,
            Fault::Error(400, "UnrecognizedClientException"),
        )],
    );
    let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    let mut cmd = via(&proxy);
    cmd.env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .args(["--env", "prod", "--region", "us-east-1", "table", "list"]);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(Exit::Auth.code()), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: DynamoDB at {} rejected the credentials",
            proxy.url
        )),
        "{stderr}"
    );
    assert_one_error(&stderr);
    assert!(!stderr.contains(secret) && !String::from_utf8_lossy(&out.stdout).contains(secret));
    let config = stdout_of(
        bare()
            .env("AWS_SECRET_ACCESS_KEY", secret)
            .env(
                "PROD_CONNECTION_URL",
                "postgresql://admin:Pr0dPa55@db.internal:5432/cruddur",
            )
            .args(["--env", "prod", "config", "-o", "json"]),
    );
    assert!(
        !config.contains(secret) && !config.contains("Pr0dPa55"),
        "{config}"
    );
}

#[test]
fn a_missing_index_is_named() {
    require_postgres();
    let table = unique_table("noindex");
    // A table with the right keys but no index: the seed's index query fails.
    create_plain_table(&table, "pk", Some("sk"));
    let err = fails_with(
        cli().args(["seed", "--table", &table]),
        Exit::NotFound.code(),
    );
    assert!(err.contains("message-group-sk-index"), "{err}");
    assert_one_error(&err);
}

#[test]
fn prod_guards_send_nothing_destructive_without_confirmation() {
    let table = messages_table("fguard");
    load_items(&table, &lines(5, 5));
    // The proxy stands in for a prod endpoint.
    let proxy = Proxy::start(&ddb_endpoint(), vec![]);
    let prod = |p: &Proxy| {
        let mut cmd = via(p);
        cmd.env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", "secret")
            .args(["--env", "prod", "--region", "us-east-1"]);
        cmd
    };
    let (_dir, file) = items_file(&lines(3, 5));
    for args in [
        vec!["table", "drop", table.as_str()],
        vec!["seed", "--table", table.as_str()],
        vec!["seed", "--table", table.as_str(), "--replace"],
        vec!["table", "restore", file.to_str().unwrap(), table.as_str()],
    ] {
        let err = fails_with(
            prod(&proxy).args(&args).write_stdin(format!("{table}\n")),
            Exit::NotConfirmed.code(),
        );
        assert!(
            err.contains("without confirmation") && err.contains("--yes"),
            "{args:?}: {err}"
        );
    }
    let ops = proxy.ops();
    for destructive in ["DeleteTable", "BatchWriteItem", "PutItem", "DeleteItem"] {
        assert!(
            !ops.iter().any(|o| o == destructive),
            "{destructive} reached prod: {ops:?}"
        );
    }
    assert_eq!(scan_jsonl(&table, &[]).len(), 5, "the table is untouched");
    // With --yes it goes through.
    prod(&proxy)
        .args(["table", "drop", &table, "--yes"])
        .assert()
        .success();
    assert!(proxy.ops().iter().any(|o| o == "DeleteTable"));
}

#[test]
fn ctrl_c_during_a_long_scan_stops_promptly() {
    let table = messages_table("fsigint");
    load_items(&table, &lines(300, 10));
    // Every page takes a second: the scan would run for a long time.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("Scan"),
            Fault::Delay(Duration::from_secs(1)),
        )],
    );
    let child = StdCommand::new(assert_cmd::cargo::cargo_bin("cruddur-ddb"))
        .args([
            "--endpoint-url",
            &proxy.url,
            "table",
            "scan",
            &table,
            "--page-size",
            "10",
            "--segments",
            "1",
        ])
        .env_clear()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let sent = Instant::now();
    let status = StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let took = sent.elapsed();
    assert_eq!(
        out.status.code(),
        Some(Exit::Interrupted.code()),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("interrupted after ") && err.ends_with("the output ends on a whole row\n"),
        "{err}"
    );
    assert!(took < Duration::from_secs(5), "stopped after {took:?}");
}
