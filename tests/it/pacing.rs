//! Paced means paced: every paced read and write keeps the consumed rate at its cap from
//! the first request on, with many segments, as the proxy in front of DynamoDB Local sees
//! the capacity each answer reports.

use crate::common::*;
use crate::proxy::Proxy;
use std::process::Child;

/// The cap every run here keeps, in capacity units per second.
const CAP: f64 = 20.0;

/// Items of about 1 KB: a scan of `n` reads about n / 8 RCU, a write of each costs 1 WCU.
fn kb_items(n: usize, size: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            serde_json::json!({
                "pk": {"S": format!("MSG#g{:03}", i % 50)},
                "sk": {"S": format!("2026-01-01T00:00:00.{i:06}+00:00")},
                "message": {"S": "x".repeat(size)},
            })
            .to_string()
        })
        .collect()
}

/// The consumption a proxy saw holds the cap: at most 15% over it in the first second and
/// at every later point of the run (as an average from the first request), and on
/// average within 15% of it.
fn assert_paced(what: &str, proxy: &Proxy) {
    let log = proxy.consumption();
    let total: f64 = log.iter().map(|(_, u)| u).sum();
    assert!(
        total >= 15.0 * CAP,
        "{what}: the run should cost about {} units, it cost {total}",
        20.0 * CAP
    );
    let first: f64 = log.iter().filter(|(t, _)| *t <= 1.0).map(|(_, u)| u).sum();
    assert!(
        first <= CAP * 1.15,
        "{what}: {first} units in the first second, cap {CAP}/s: {log:?}"
    );
    let mut sum = 0.0;
    for (t, u) in &log {
        sum += u;
        if *t >= 1.0 {
            assert!(
                sum / t <= CAP * 1.15,
                "{what}: {sum} units in the first {t:.2} s ({:.1}/s), cap {CAP}/s",
                sum / t
            );
        }
    }
    let end = log.last().map(|(t, _)| *t).unwrap_or(1.0);
    let average = total / end;
    assert!(
        (CAP * 0.85..=CAP * 1.15).contains(&average),
        "{what}: {average:.1} units/s on average, cap {CAP}/s"
    );
}

fn spawn_through(proxy: &Proxy, args: &[&str]) -> Child {
    let mut cmd = spawnable(args);
    cmd.env("AWS_ENDPOINT_URL_DYNAMODB", &proxy.url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    cmd.spawn().expect("starts")
}

fn finish(what: &str, child: Child) -> String {
    let out = child.wait_with_output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{what} failed: {err}");
    err
}

#[test]
fn paced_scans_exports_backups_copies_and_writes_hold_the_cap_from_the_first_second() {
    // About 400 read units: 3 200 items of 1 KB, read by each job at 20 RCU/s (20 s),
    // all at once through proxies of their own.
    let source = messages_table("pace-src");
    load_items(&source, &kb_items(3200, 1000));
    // Backups and exports read consistently, at twice the cost: half as many items.
    let consistent = messages_table("pace-cons");
    load_items(&consistent, &kb_items(1600, 1000));
    let backed_up = messages_table("pace-drop");
    load_items(&backed_up, &kb_items(1600, 1000));
    let copy_to = unique_table("pace-dst");
    let restore_to = messages_table("pace-restore");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.jsonl");
    let export = dir.path().join("export");
    // 400 write units: 400 items of about 900 bytes, at 20 WCU/s.
    let (_files, writes) = items_file(&kb_items(400, 850));
    let cap = CAP.to_string();

    let proxies: Vec<Proxy> = (0..6)
        .map(|_| Proxy::start(&ddb_endpoint(), vec![]))
        .collect();
    let endpoint = ddb_endpoint();
    let jobs: Vec<(&str, Child)> = vec![
        (
            "scan --segments 16",
            spawn_through(
                &proxies[0],
                &[
                    "table",
                    "scan",
                    &source,
                    "--segments",
                    "16",
                    "--max-rcu",
                    &cap,
                ],
            ),
        ),
        (
            "automatic scan",
            spawn_through(&proxies[1], &["table", "scan", &source, "--max-rcu", &cap]),
        ),
        (
            "export",
            spawn_through(
                &proxies[2],
                &[
                    "table",
                    "export",
                    &consistent,
                    export.to_str().unwrap(),
                    "--max-rcu",
                    &cap,
                ],
            ),
        ),
        (
            "drop --backup",
            spawn_through(
                &proxies[3],
                &[
                    "table",
                    "drop",
                    &backed_up,
                    "--backup",
                    backup.to_str().unwrap(),
                    "--yes",
                    "--max-rcu",
                    &cap,
                ],
            ),
        ),
        (
            "copy",
            spawn_through(
                &proxies[4],
                &[
                    "table",
                    "copy",
                    &source,
                    &copy_to,
                    "--to-endpoint",
                    &endpoint,
                    "--create",
                    "--max-rcu",
                    &cap,
                ],
            ),
        ),
        (
            "restore --max-wcu",
            spawn_through(
                &proxies[5],
                &[
                    "table",
                    "restore",
                    writes.to_str().unwrap(),
                    &restore_to,
                    "--max-wcu",
                    &cap,
                ],
            ),
        ),
    ];
    for ((what, child), proxy) in jobs.into_iter().zip(&proxies) {
        let err = finish(what, child);
        assert_paced(what, proxy);
        // The tool's own summary agrees with what the proxy saw.
        let line = err
            .lines()
            .find(|l| l.contains("consumed "))
            .unwrap_or_else(|| panic!("{what}: no pace summary in {err}"));
        assert!(
            line.contains(&format!("capped at {CAP:.1}")),
            "{what}: {line}"
        );
    }
    // Nothing was lost on the way.
    assert_eq!(scan_jsonl(&copy_to, &[]).len(), 3200);
    assert_eq!(scan_jsonl(&restore_to, &[]).len(), 400);
    assert!(!table_exists(&backed_up));
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap().lines().count(),
        1601
    );
}
