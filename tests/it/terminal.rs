//! A clean terminal and clean files: interrupts end on whole rows and leave no partial
//! files, progress never lands on a row, hung endpoints fail in seconds, piped output is
//! plain, and the original scripts' names point to their commands.

use crate::common::*;
use crate::proxy::{Fault, Proxy, Rule};
use cruddur_ddb::error::Exit;
use serde_json::json;
use std::io::Write;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

fn items(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            json!({
                "pk": {"S": format!("MSG#t{:02}", i % 13)},
                "sk": {"S": format!("2024-02-01T00:00:{i:06}.000000+00:00")},
                "message": {"S": "x".repeat(200)},
            })
            .to_string()
        })
        .collect()
}

fn interrupt(pid: u32) {
    assert!(
        StdCommand::new("kill")
            .args(["-INT", &pid.to_string()])
            .status()
            .unwrap()
            .success()
    );
}

/// Runs `cmdline` on a pseudo-terminal (`script`), typing `input`; returns the screen.
pub(crate) fn on_a_terminal(cmdline: &str, input: &[u8]) -> String {
    let mut child = StdCommand::new("script")
        .args(["-qec", cmdline, "/dev/null"])
        .env_clear()
        .env("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint())
        .env("HOME", std::env::temp_dir())
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script (bsdutils) is installed");
    let mut stdin = child.stdin.take().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    stdin.write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn ctrl_c_during_a_scan_to_a_file_leaves_only_whole_lines() {
    let table = messages_table("sigfile");
    load_items(&table, &items(400));
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("Scan"),
            Fault::Delay(Duration::from_millis(400)),
        )],
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scan.jsonl");
    let mut scan = spawnable(&[
        "--endpoint-url",
        &proxy.url,
        "table",
        "scan",
        &table,
        "-o",
        "ddb-json",
        "--segments",
        "1",
        "--page-size",
        "7",
    ])
    .stdout(std::fs::File::create(&path).unwrap())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    std::thread::sleep(Duration::from_millis(2000));
    interrupt(scan.id());
    let status = scan.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut scan.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(Exit::Interrupted.code()), "{err}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "ends on a row boundary"
    );
    let n = text.lines().count();
    assert!(n > 0, "some rows were written before the interrupt");
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("every line is whole JSON");
    }
    assert!(
        err.contains(&format!("interrupted after {n} items from {table}")),
        "{err}"
    );
    // The file is a valid input: restore reads it.
    let copy = messages_table("sigfilecopy");
    run_ok(cli().args(["table", "restore", path.to_str().unwrap(), &copy]));
}

#[test]
fn ctrl_c_during_a_backup_leaves_no_file_and_keeps_the_table() {
    let table = messages_table("sigbackup");
    load_items(&table, &items(300));
    // The backup's scan page takes 3 s: the interrupt lands while the file is open.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("Scan"),
            Fault::Delay(Duration::from_secs(3)),
        )],
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("backup.jsonl");
    let drop = spawnable(&[
        "--endpoint-url",
        &proxy.url,
        "table",
        "drop",
        &table,
        "--yes",
        "--backup",
        path.to_str().unwrap(),
    ])
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    std::thread::sleep(Duration::from_millis(1800));
    interrupt(drop.id());
    let out = drop.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(Exit::Interrupted.code()), "{err}");
    assert!(
        err.contains("was kept and no backup file was left"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file, final or temporary"
    );
    assert!(table_exists(&table));
}

#[test]
fn ctrl_c_or_no_at_the_drop_prompt_leaves_no_file() {
    let table = messages_table("sigprompt");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.jsonl");
    let bin = assert_cmd::cargo::cargo_bin("cruddur-ddb");
    let cmdline = format!(
        "{} table drop {table} --backup {}",
        bin.display(),
        path.display()
    );
    let screen = on_a_terminal(&cmdline, b"n\n");
    assert!(screen.contains(&format!("kept table {table}")), "{screen}");
    let screen = on_a_terminal(&cmdline, b"\x03");
    assert!(screen.contains("interrupted"), "{screen}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file after the prompt"
    );
    assert!(table_exists(&table));
    // And the retry is not refused for a file the interrupt left.
    run_ok(cli().args([
        "table",
        "drop",
        &table,
        "--yes",
        "--backup",
        path.to_str().unwrap(),
    ]));
    assert!(path.is_file());
}

#[test]
fn progress_never_lands_on_a_row_and_a_long_restore_shows_its_own() {
    let table = messages_table("ptyprogress");
    load_items(&table, &items(200));
    let bin = assert_cmd::cargo::cargo_bin("cruddur-ddb");
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(Some("Scan"), Fault::Delay(Duration::from_millis(300))),
            Rule::new(
                Some("BatchWriteItem"),
                Fault::Delay(Duration::from_millis(300)),
            ),
        ],
    );
    let scan = format!(
        "{} --endpoint-url {} table scan {table} --segments 1 --page-size 40",
        bin.display(),
        proxy.url
    );
    let screen = on_a_terminal(&scan, b"");
    assert!(screen.contains("\"pk\""), "rows on the screen: {screen}");
    assert!(
        !screen.contains("\x1b[2K"),
        "no progress line between rows on a terminal: {screen:?}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("items.jsonl");
    std::fs::write(&file, items(400).join("\n")).unwrap();
    let copy = messages_table("ptycopy");
    let restore = format!(
        "{} --endpoint-url {} table restore {} {copy}",
        bin.display(),
        proxy.url,
        file.display()
    );
    let screen = on_a_terminal(&restore, b"");
    assert!(
        screen.contains(&format!("restore {copy}: ")) && screen.contains("items"),
        "{screen:?}"
    );
    assert!(screen.contains("restored 400 items"), "{screen:?}");
}

#[test]
fn an_endpoint_that_never_answers_fails_in_seconds_naming_it() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let held = std::thread::spawn(move || {
        let mut conns = Vec::new();
        listener.set_nonblocking(true).unwrap();
        let until = Instant::now() + Duration::from_secs(25);
        while Instant::now() < until {
            if let Ok((c, _)) = listener.accept() {
                conns.push(c);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let started = Instant::now();
    let mut cmd = bare();
    cmd.args(["--endpoint-url", &url, "table", "list"]);
    let err = fails_with(&mut cmd, Exit::Unreachable.code());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(15), "took {took:?}");
    assert!(
        err.contains(&format!("waiting for {url} (listing tables)")),
        "{err}"
    );
    assert!(
        err.contains(&url) && err.contains("did not answer in time"),
        "{err}"
    );
    drop(held);
}

#[test]
fn piped_output_is_plain_text_and_old_script_names_point_to_their_commands() {
    let config = stdout_of(bare().arg("config"));
    assert!(
        config.contains("endpoint\thttp://localhost:8000 (default for dev)"),
        "{config}"
    );
    require_postgres();
    let table = messages_table("piped");
    run_ok(cli().args(["seed", "--table", &table, "--messages", "2"]));
    let inbox = stdout_of(cli().args([
        "pattern",
        "list-conversations",
        "--table",
        &table,
        "--handle",
        "ANDREWBROWN",
    ]));
    let fields: Vec<&str> = inbox.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 5, "{inbox:?}");
    assert_eq!(fields[1], "@bayko");
    assert!(fields[2].ends_with(" UTC"), "{inbox:?}");
    for (old, new) in [
        ("list-tables", "table list"),
        ("schema-load", "schema load"),
        ("get-conversations", "pattern get-conversations"),
    ] {
        let mut cmd = bare();
        cmd.arg(old);
        let err = fails_with(&mut cmd, Exit::Usage.code());
        assert!(
            err.contains(&format!("'{old}' is now 'cruddur-ddb {new}'")),
            "{err}"
        );
    }
}

#[test]
fn ctrl_c_during_an_export_leaves_nothing_and_says_nothing_was_kept() {
    let table = messages_table("sigexport");
    load_items(&table, &items(300));
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("Scan"),
            Fault::Delay(Duration::from_secs(3)),
        )],
    );
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("exports");
    let child = spawnable(&[
        "--endpoint-url",
        &proxy.url,
        "table",
        "export",
        &table,
        export.to_str().unwrap(),
    ])
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    std::thread::sleep(Duration::from_millis(1800));
    interrupt(child.id());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(Exit::Interrupted.code()), "{err}");
    assert!(err.contains("nothing was kept"), "{err}");
    assert!(!err.contains("whole row"), "{err}");
    assert!(!export.exists(), "not even an empty AWSDynamoDB/ folder");
}

#[test]
fn ctrl_c_during_a_restore_counts_every_acknowledged_item() {
    let table = messages_table("sigrestore");
    let (_dir, file) = items_file(&items(3000));
    // Each batch takes 150 ms: the restore is mid-way when interrupted.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(
            Some("BatchWriteItem"),
            Fault::Delay(Duration::from_millis(150)),
        )],
    );
    let child = spawnable(&[
        "--endpoint-url",
        &proxy.url,
        "table",
        "restore",
        file.to_str().unwrap(),
        &table,
    ])
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Interrupt once more than one round of batches is in (however slow the machine is
    // today), so some were surely acknowledged.
    let started = Instant::now();
    while scan_jsonl(&table, &[]).len() < 500 && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(100));
    }
    interrupt(child.id());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(Exit::Interrupted.code()), "{err}");
    let said: u64 = err
        .split("interrupted: ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        err.contains("batches in flight may also have landed"),
        "{err}"
    );
    std::thread::sleep(Duration::from_millis(500));
    let held = scan_jsonl(&table, &[]).len() as u64;
    assert!(said > 0 && said < 3000, "{err}");
    // What was acknowledged is there; at most the batches in flight (8 of 25) more.
    assert!(
        held >= said && held <= said + 8 * 25,
        "said {said}, the table holds {held}"
    );
}
