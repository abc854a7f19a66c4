//! Long jobs that survive being killed and split across processes: `kill -9` at random
//! points of restore, copy, `scan --out` and export, then the same command with its
//! checkpoint finishes the job exactly; workers share a scan's segments; the stream
//! reader keeps its place through restarts, expired iterators, empty pages and trims.

use crate::common::*;
use crate::proxy::{Fault, Proxy, Rule};
use cruddur_ddb::error::Exit;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

/// `n` items of about 1 KB (a scan of them reads about n/8 RCU, writing one costs 1 WCU).
fn kb_items(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            json!({
                "pk": {"S": format!("MSG#r{:03}", i % 37)},
                "sk": {"S": format!("2026-02-01T00:00:00.{i:06}+00:00")},
                "n": {"N": format!("{i}.50")},
                "message": {"S": "y".repeat(900)},
            })
            .to_string()
        })
        .collect()
}

/// The progress a checkpoint file records (segments' items, or the input position).
fn progress(checkpoint: &str) -> u64 {
    let Ok(text) = std::fs::read_to_string(checkpoint) else {
        return 0;
    };
    let Ok(v) = serde_json::from_str::<Value>(&text) else {
        return 0;
    };
    let segments: u64 = v["segments"]
        .as_object()
        .map(|m| m.values().filter_map(|s| s["items"].as_u64()).sum())
        .unwrap_or(0);
    segments + v["input_items"].as_u64().unwrap_or(0)
}

/// Runs `args` and kills it with SIGKILL at a random moment after its checkpoint has
/// recorded more progress than before (however slow the machine is today), `times`
/// times; the checkpoint then holds whatever was durable at each kill.
fn kill_repeatedly(args: &[&str], checkpoint: &str, times: usize) {
    for _ in 0..times {
        let before = progress(checkpoint);
        let mut child = spawnable(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while progress(checkpoint) <= before
            && started.elapsed() < Duration::from_secs(60)
            && child.try_wait().unwrap().is_none()
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_millis(rand::random_range(0..800)));
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// Every key of a table or a JSON-lines file, with how many times it occurs.
fn keys_of(lines: &str) -> Vec<(String, String)> {
    lines
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["pk"].as_str().unwrap().to_string(),
                v["sk"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn assert_exactly_once(what: &str, keys: &[(String, String)], n: usize) {
    let distinct: BTreeSet<_> = keys.iter().collect();
    assert_eq!(keys.len(), n, "{what}: every item");
    assert_eq!(distinct.len(), n, "{what}: each once");
}

#[test]
fn a_killed_scan_to_a_file_resumes_with_every_item_once() {
    let table = messages_table("rs-scan");
    load_items(&table, &kb_items(3000));
    let dir = tempfile::tempdir().unwrap();
    let (out, ck) = (dir.path().join("out.jsonl"), dir.path().join("ck.json"));
    let (out, ck) = (out.to_str().unwrap(), ck.to_str().unwrap());
    let args = [
        "table",
        "scan",
        &table,
        "--out",
        out,
        "--checkpoint",
        ck,
        "--segments",
        "8",
        // About 375 units: 15 s at this pace, so three kills (each within about 1.8 s of
        // the run's first checkpoint) cannot let it finish before the resume below.
        "--max-rcu",
        "25",
    ];
    kill_repeatedly(&args, ck, 3);
    let (_, err) = run_ok(cli().args(&args[..9]));
    assert!(err.contains("resumed from checkpoint"), "{err}");
    assert_exactly_once(
        "scan --out",
        &keys_of(&std::fs::read_to_string(out).unwrap()),
        3000,
    );
    // Run again: the checkpoint says the job is complete.
    let (_, err) = run_ok(cli().args(&args[..9]));
    assert!(err.contains("records this job as complete"), "{err}");
    // Given to another job, it is refused naming the difference, and nothing is written.
    let mut cmd = cli();
    cmd.args([
        "table",
        "scan",
        &table,
        "--out",
        out,
        "--checkpoint",
        ck,
        "--segments",
        "4",
    ]);
    let err = fails_with(&mut cmd, Exit::Usage.code());
    assert!(
        err.contains("its segment count is 8, this run's is 4"),
        "{err}"
    );
}

#[test]
fn a_killed_copy_resumes_and_the_copy_is_exact() {
    let source = messages_table("rs-copy-src");
    load_items(&source, &kb_items(6000));
    let dest = messages_table("rs-copy-dst");
    let dir = tempfile::tempdir().unwrap();
    let ck = dir.path().join("ck.json");
    let ck = ck.to_str().unwrap();
    let args = [
        "table",
        "copy",
        &source,
        &dest,
        "--checkpoint",
        ck,
        "--segments",
        "8",
        "--max-rcu",
        "100",
    ];
    kill_repeatedly(&args, ck, 3);
    let (out, _) = run_ok(cli().args(&args[..8]));
    assert!(out.contains("resumed from checkpoint"), "{out}");
    let (_, err) = run_ok(cli().args(["table", "diff", &source, &dest]));
    assert!(err.contains("equal:"), "{err}");
}

#[test]
fn a_killed_restore_resumes_from_its_place_in_the_file() {
    let table = messages_table("rs-restore");
    let lines = kb_items(4000);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let ck = dir.path().join("ck.json");
    let (file, ck) = (file.to_str().unwrap(), ck.to_str().unwrap());
    let args = [
        "table",
        "restore",
        file,
        &table,
        "--checkpoint",
        ck,
        "--max-wcu",
        "400",
    ];
    kill_repeatedly(&args, ck, 3);
    let (out, _) = run_ok(cli().args(&args[..6]));
    assert!(out.contains("resumed from checkpoint"), "{out}");
    let (_, err) = run_ok(cli().args(["table", "diff", &table, file]));
    assert!(err.contains("equal:"), "{err}");
}

#[test]
fn a_killed_export_resumes_and_the_export_is_whole() {
    let table = messages_table("rs-export");
    load_items(&table, &kb_items(2000));
    let dir = tempfile::tempdir().unwrap();
    let (exp, ck) = (dir.path().join("exp"), dir.path().join("ck.json"));
    let (exp, ck) = (exp.to_str().unwrap(), ck.to_str().unwrap());
    let args = [
        "table",
        "export",
        &table,
        exp,
        "--checkpoint",
        ck,
        "--segments",
        "8",
        "--max-rcu",
        "100",
    ];
    kill_repeatedly(&args, ck, 3);
    run_ok(cli().args(&args[..8]));
    let exports: Vec<_> = std::fs::read_dir(Path::new(exp).join("AWSDynamoDB"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        exports.len(),
        1,
        "one finished export, nothing partial: {exports:?}"
    );
    let (_, err) = run_ok(cli().args(["table", "diff", &table, exp]));
    assert!(err.contains("equal:"), "{err}");
}

#[test]
fn four_workers_read_sixteen_segments_exactly_once_and_merge_refuses_a_missing_one() {
    let table = messages_table("rs-workers");
    load_items(&table, &kb_items(2000));
    let dir = tempfile::tempdir().unwrap();
    let outs: Vec<String> = (1..=4)
        .map(|k| dir.path().join(format!("w{k}.jsonl")).display().to_string())
        .collect();
    let children: Vec<_> = (1..=4)
        .map(|k| {
            let w = format!("{k}/4");
            spawnable(&[
                "table",
                "scan",
                &table,
                "--segments",
                "16",
                "--worker",
                &w,
                "--out",
                &outs[k - 1],
            ])
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let all: String = outs
        .iter()
        .map(|o| std::fs::read_to_string(o).unwrap())
        .collect();
    assert_exactly_once("4 workers", &keys_of(&all), 2000);

    // Export workers: three of four finish; the merge names what is missing.
    let exp = dir.path().join("exp").display().to_string();
    for k in 1..=3 {
        let w = format!("{k}/4");
        run_ok(cli().args([
            "table",
            "export",
            &table,
            &exp,
            "--segments",
            "16",
            "--worker",
            &w,
        ]));
    }
    let err = fails_with(
        cli().args(["table", "export", "--merge", &exp]),
        Exit::Usage.code(),
    );
    assert!(
        err.contains("segments 3, 7, 11, 15 of 16 are missing"),
        "{err}"
    );
    run_ok(cli().args([
        "table",
        "export",
        &table,
        &exp,
        "--segments",
        "16",
        "--worker",
        "4/4",
    ]));
    let (out, _) = run_ok(cli().args(["table", "export", "--merge", &exp]));
    assert!(
        out.starts_with("exported 2000 items in 4 data files"),
        "{out}"
    );
    let (_, err) = run_ok(cli().args(["table", "diff", &table, &exp]));
    assert!(err.contains("equal:"), "{err}");
    // Bad numbers are usage errors before anything is read.
    for bad in [
        &["--worker", "5/4", "--segments", "16"][..],
        &["--worker", "2/4"],
        &["--worker", "4/8", "--segments", "4"],
    ] {
        let mut cmd = cli();
        cmd.args(["table", "scan", &table, "--out", "x.jsonl"])
            .args(bad);
        fails_with(&mut cmd, Exit::Usage.code());
    }
}

/// The stream tests run on the DynamoDB Local without -sharedDb, signed with a key of
/// their own: thousands of stream records there do not slow the other tests' server.
fn streams_server() -> assert_cmd::Command {
    require_isolated_dynamodb();
    let mut cmd = bare();
    cmd.env("AWS_ENDPOINT_URL_DYNAMODB", isolated_endpoint())
        .env("AWS_ACCESS_KEY_ID", "AKIDSTREAMTESTS")
        .env("AWS_SECRET_ACCESS_KEY", "s");
    cmd
}

fn stream_table_there(tag: &str) -> String {
    let table = unique_table(tag);
    run_ok(streams_server().args(["schema", "load", "--table", &table]));
    table
}

/// Message items written the way the app writes them (plain puts), `n` of them.
fn app_messages(table: &str, from: usize, n: usize) {
    let lines: Vec<String> = (from..from + n)
        .map(|i| {
            json!({
                "pk": {"S": "MSG#5ae290ed-55d1-47a0-bc6d-fe2bc2700399"},
                "sk": {"S": format!("2026-03-01T00:00:00.{i:06}+00:00")},
                "message_uuid": {"S": format!("m-{i}")},
                "message": {"S": format!("message {i}")},
                "user_uuid": {"S": "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e"},
                "user_display_name": {"S": "Andrew Bayko"},
                "user_handle": {"S": "bayko"},
            })
            .to_string()
        })
        .collect();
    let (_dir, path) = items_file(&lines);
    run_ok(streams_server().args(["table", "restore", path.to_str().unwrap(), table]));
}

/// The sequence numbers `stream tail --once -o jsonl` prints.
fn tailed(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["sequence"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn the_stream_reader_keeps_its_place_across_runs_and_restarts() {
    let table = stream_table_there("rs-stream");
    app_messages(&table, 0, 2500);
    let dir = tempfile::tempdir().unwrap();
    let ck = dir.path().join("tail.json").display().to_string();
    let tail = [
        "--table",
        &table,
        "stream",
        "tail",
        "--from",
        "trim-horizon",
        "--once",
        "-o",
        "jsonl",
        "--checkpoint",
        &ck,
    ];
    // The first run stops mid-backlog: after two pages the stream keeps failing.
    let proxy = Proxy::start(
        &isolated_endpoint(),
        vec![Rule::new(Some("GetRecords"), Fault::Error(500, "InternalServerError")).after(2)],
    );
    let out = streams_server()
        .args(["--endpoint-url", &proxy.url])
        .args(tail)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let first = tailed(&String::from_utf8_lossy(&out.stdout));
    assert!(
        !first.is_empty() && first.len() < 2500,
        "stopped mid-backlog: {}",
        first.len()
    );
    // The restart goes on after the last record handled: every record exactly once.
    let (out, _) = run_ok(streams_server().args(tail));
    let second = tailed(&out);
    let all: Vec<&String> = first.iter().chain(&second).collect();
    let distinct: BTreeSet<_> = all.iter().collect();
    assert_eq!((all.len(), distinct.len()), (2500, 2500));

    // stream apply: a second run reads nothing, and after 10 writes exactly 10.
    let ck = dir.path().join("apply.json").display().to_string();
    let apply = ["--table", &table, "stream", "apply", "--checkpoint", &ck];
    let (out, _) = run_ok(streams_server().args(apply));
    assert!(out.contains("2500 records read"), "{out}");
    let (out, _) = run_ok(streams_server().args(apply));
    assert!(out.contains(": 0 records read"), "{out}");
    app_messages(&table, 5000, 10);
    let (out, _) = run_ok(streams_server().args(apply));
    assert!(out.contains(": 10 records read, 10 messages seen"), "{out}");
}

#[test]
fn expired_iterators_and_empty_pages_mid_shard_lose_nothing_and_trimmed_data_is_reported() {
    let table = stream_table_there("rs-faults");
    app_messages(&table, 0, 1500);
    let args = |url: &str| {
        let mut cmd = streams_server();
        cmd.args(["--endpoint-url", url, "--table", &table, "stream", "tail"])
            .args(["--from", "trim-horizon", "--once", "-o", "jsonl"]);
        cmd
    };
    // An iterator expires mid-shard (a laptop asleep): reopened after the last record.
    let proxy = Proxy::start(
        &isolated_endpoint(),
        vec![
            Rule::new(
                Some("GetRecords"),
                Fault::Error(400, "ExpiredIteratorException"),
            )
            .after(1)
            .times(1),
        ],
    );
    let (out, _) = run_ok(&mut args(&proxy.url));
    assert_eq!(
        tailed(&out).len(),
        1500,
        "every record despite the expired iterator"
    );
    assert_eq!(proxy.injected(), 1);
    // Two empty pages mid-shard do not end a run that has records behind them.
    let proxy = Proxy::start(
        &isolated_endpoint(),
        vec![Rule::new(Some("GetRecords"), Fault::EmptyRecords).times(2)],
    );
    let (out, _) = run_ok(&mut args(&proxy.url));
    assert_eq!(
        tailed(&out).len(),
        1500,
        "every record behind the empty pages"
    );
    // Records older than the stream keeps: reported, with what to do.
    let proxy = Proxy::start(
        &isolated_endpoint(),
        vec![
            Rule::new(
                Some("GetShardIterator"),
                Fault::Error(400, "TrimmedDataAccessException"),
            )
            .times(1),
        ],
    );
    let (_, err) = run_ok(&mut args(&proxy.url));
    assert!(
        err.contains("were trimmed") && err.contains("doctor --fix"),
        "{err}"
    );
}
