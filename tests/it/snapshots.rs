//! What users see, as snapshots (insta), taken through the library's in-process seam with
//! a fake terminal and a fixed environment: config, usage errors, help, prompts, narrow
//! terminals, and the messages of every command that changed. Tests that need a service
//! use the real DynamoDB Local and Postgres; the rest need none.

use crate::common::*;
use serde_json::{Value, json};

/// Redacts what differs from run to run: table names, ports, temporary paths.
macro_rules! snap {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            filters => vec![
                (r"t-[a-z0-9-]+?-\d+-[0-9a-f]+-\d+", "[table]"),
                (r"(localhost|127\.0\.0\.1):\d+", "localhost:[port]"),
                (r"/tmp/\.tmp[A-Za-z0-9]+", "[tmp]"),
                (r"in \d+\.\d+ s", "in [secs] s"),
                (r"[\d.]+ RCU/s", "[rate] RCU/s"),
            ],
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, $value);
        });
    };
}

fn dev() -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint()),
        ("CONNECTION_URL", pg_url()),
    ]
}

fn run(args: &[&str], vars: &[(&str, String)], t: FakeTerminal) -> Ran {
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    in_process(args, &vars, t)
}

fn both(r: &Ran) -> String {
    format!(
        "exit {}\n--- stdout\n{}--- stderr\n{}",
        r.code, r.out, r.err
    )
}

#[test]
fn config_as_text_and_json() {
    let vars = [
        (
            "AWS_ENDPOINT_URL_DYNAMODB",
            "http://localhost:8510".to_string(),
        ),
        (
            "CONNECTION_URL",
            "postgresql://postgres:s3cret@127.0.0.1:55432/cruddur".to_string(),
        ),
        ("DDB_MESSAGE_TABLE", "my-messages".to_string()),
    ];
    let text = run(&["config"], &vars, terminal(100, &[]));
    assert!(!text.out.contains("s3cret"));
    snap!("config_text", both(&text));
    let json = run(&["config", "-o", "json"], &vars, piped());
    serde_json::from_str::<Value>(&json.out).expect("one JSON document");
    snap!("config_json", json.out);
}

#[test]
fn usage_errors_name_the_problem_and_the_fix() {
    let mut all = String::new();
    for args in [
        &["--env", "production", "config"][..],
        &["table", "scan", "bad name!"],
        &["completions", "bash", "-o", "json"],
        &["pattern", "get-conversations", "--before", "garbage"],
        &["table", "load", "x"],
        &["list-tables"],
        &["table", "export"],
    ] {
        let r = run(args, &[], piped());
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        all += &format!("$ cruddur-ddb {}\n{}\n", args.join(" "), r.err.trim_end());
    }
    snap!("usage_errors", all);
}

#[test]
fn help_of_the_root_and_the_table_group() {
    let root = run(&["--help"], &[], piped());
    snap!("help_root", root.out);
    let table = run(&["table", "--help"], &[], piped());
    snap!("help_table", table.out);
    let copy = run(&["table", "copy", "--help"], &[], piped());
    snap!("help_table_copy", copy.out);
}

#[test]
fn a_missing_table_is_one_fact_and_one_hint() {
    require_dynamodb();
    let vars = dev();
    let r = run(&["table", "scan", "no-such-table-here"], &vars, piped());
    assert_eq!(r.code, 3);
    snap!("missing_table_named", both(&r));
    let mut vars = dev();
    vars.push(("DDB_MESSAGE_TABLE", "no-such-messages".into()));
    let r = run(&["pattern", "get-conversations"], &vars, piped());
    snap!("missing_table_configured", both(&r));
}

#[test]
fn the_drop_prompt_names_the_table_its_size_and_the_target() {
    let table = messages_table("snapdrop");
    let r = run(&["table", "drop", &table], &dev(), terminal(100, &["n"]));
    assert_eq!(r.code, 8);
    snap!("drop_prompt_declined", both(&r));
    let r = run(&["table", "drop", &table], &dev(), piped());
    snap!("drop_without_a_terminal", both(&r));
}

/// Two conversations of one user, at fixed times, without Postgres.
fn inbox(table: &str) {
    let row = |other: (&str, &str, &str), at: &str, text: &str, group: &str| {
        json!({
            "pk": {"S": "GRP#a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c"},
            "sk": {"S": at},
            "message_group_uuid": {"S": group},
            "message": {"S": text},
            "user_uuid": {"S": other.0},
            "user_display_name": {"S": other.1},
            "user_handle": {"S": other.2},
        })
        .to_string()
    };
    load_items(
        table,
        &[
            row(
                (
                    "b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e",
                    "Andrew Bayko",
                    "bayko",
                ),
                "2026-11-24T01:02:55.784397+00:00",
                "It refuses unless you pass --replace, so nothing gets doubled.",
                "5ae290ed-55d1-47a0-bc6d-fe2bc2700399",
            ),
            row(
                (
                    "c1d2e3f4-0000-4000-8000-000000000003",
                    "Londo Mollari",
                    "londo",
                ),
                "2026-11-20T18:30:00.000000+00:00",
                "Only if Londo gets the good lines.",
                "0f0e0d0c-0b0a-4909-8807-060504030201",
            ),
        ],
    );
}

#[test]
fn list_conversations_fits_narrow_terminals() {
    let table = messages_table("snapinbox");
    inbox(&table);
    let args = [
        "--table",
        &table,
        "pattern",
        "list-conversations",
        "--user-uuid",
        "a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c",
    ];
    for width in [60u16, 100, 140] {
        let r = run(&args, &dev(), terminal(width, &[]));
        assert_eq!(r.code, 0, "{}", r.err);
        for line in r.out.lines() {
            assert!(
                line.chars().count() <= usize::from(width),
                "{width} columns: {line}"
            );
        }
        snap!(format!("list_conversations_{width}").as_str(), r.out);
    }
    // In a pipe, every field whole and tab-separated.
    let r = run(&args, &dev(), piped());
    snap!("list_conversations_piped", r.out);
}

#[test]
fn doctor_keeps_each_finding_to_one_line_on_a_narrow_terminal() {
    let table = messages_table("snapdoctor");
    inbox(&table);
    // A message newer than the rows, from a sender Postgres does not know.
    load_items(
        &table,
        &[json!({
            "pk": {"S": "MSG#5ae290ed-55d1-47a0-bc6d-fe2bc2700399"},
            "sk": {"S": "2026-11-25T00:00:00.000000+00:00"},
            "message_uuid": {"S": "m-1"},
            "message": {"S": "a reply the stream has not applied"},
            "user_uuid": {"S": "99999999-9999-4999-8999-999999999999"},
            "user_display_name": {"S": "Nobody"},
            "user_handle": {"S": "nobody"},
        })
        .to_string()],
    );
    let r = run(&["--table", &table, "doctor"], &dev(), terminal(60, &[]));
    assert_eq!(r.code, 9, "{}", r.err);
    for line in r.out.lines() {
        assert!(line.chars().count() <= 60, "{line}");
    }
    snap!("doctor_60", both(&r));
    let json = run(
        &["--table", &table, "doctor", "-o", "json"],
        &dev(),
        piped(),
    );
    let doc: Value = serde_json::from_str(&json.out).expect("one JSON document");
    assert!(doc["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

/// `-o json` is one JSON document for every command that offers it.
#[test]
fn json_output_of_every_command_is_one_document() {
    require_postgres();
    let table = stream_table("snapjson");
    let other = messages_table("snapjson2");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("b.jsonl");
    let export = dir.path().join("exp");
    let (b, e) = (backup.display().to_string(), export.display().to_string());
    let group = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";
    let runs: Vec<Vec<&str>> = vec![
        vec!["config"],
        vec!["schema", "load", "--table", &table],
        vec!["seed", "--table", &table, "--messages", "4"],
        vec!["table", "list"],
        vec!["table", "scan", &table],
        vec!["table", "backup", &table, &b],
        vec!["table", "export", &table, &e],
        vec!["table", "restore", &b, &other],
        vec!["table", "copy", &table, &other, "--dry-run"],
        vec!["table", "diff", &table, &other],
        vec!["--table", &table, "pattern", "get-conversations"],
        vec!["--table", &table, "pattern", "list-conversations"],
        vec![
            "--table",
            &table,
            "pattern",
            "create-message",
            "--group-uuid",
            group,
            "--handle",
            "bayko",
            "hello",
        ],
        vec![
            "--table",
            &table,
            "pattern",
            "create-message-group",
            "--other-handle",
            "londo",
            "hi",
        ],
        vec!["--table", &table, "stream", "apply"],
        vec!["--table", &table, "doctor"],
        vec!["table", "drop", &other, "--yes"],
    ];
    for args in runs {
        let mut with_json = args.clone();
        with_json.extend(["-o", "json"]);
        let r = run(&with_json, &dev(), piped());
        assert!(
            matches!(r.code, 0 | 9),
            "{args:?} failed ({}): {}",
            r.code,
            r.err
        );
        serde_json::from_str::<Value>(&r.out)
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}):\n{}", r.out));
    }
}

#[test]
fn restore_says_when_a_file_is_empty_corrupt_or_only_checked() {
    let table = messages_table("snaprestore");
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let lines: String = (0..2000)
        .map(|i| format!("{{\"pk\":{{\"S\":\"MSG#g\"}},\"sk\":{{\"S\":\"{i:06}\"}}}}\n"))
        .collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, lines.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let whole = dir.path().join("whole.jsonl");
    std::fs::write(&whole, &lines).unwrap();
    let mut all = String::new();
    for file in [&empty, &cut, &whole] {
        let f = file.display().to_string();
        let mut args = vec!["table", "restore", f.as_str(), table.as_str()];
        if file == &whole {
            args.push("--dry-run");
        }
        let r = run(&args, &dev(), piped());
        all += &format!(
            "$ restore {}\n{}\n",
            file.file_name().unwrap().to_string_lossy(),
            both(&r)
        );
    }
    assert_eq!(scan_jsonl(&table, &[]).len(), 0, "nothing was written");
    snap!("restore_empty_corrupt_dry_run", all);
}

#[test]
fn stream_apply_says_why_records_were_not_applied() {
    let table = stream_table("snapstream");
    inbox(&table);
    load_items(
        &table,
        &[json!({"pk": {"S": "MSG#5ae290ed-55d1-47a0-bc6d-fe2bc2700399"}, "sk": {"S": "2026-11-25T00:00:00.000000+00:00"}, "message": {"S": "no sender"}}).to_string()],
    );
    let r = run(&["--table", &table, "stream", "apply"], &dev(), piped());
    assert_eq!(r.code, 0, "{}", r.err);
    snap!("stream_apply_skipped", r.out);
}

/// The human output of every leaf that talks to DynamoDB, in one session on one table:
/// what a user sees, ids, times and sizes redacted.
#[test]
fn every_leaf_says_what_it_did() {
    require_postgres();
    let table = unique_table("snapleaves");
    let copy = unique_table("snapleavescopy");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.jsonl").display().to_string();
    let export = dir.path().join("exports").display().to_string();
    let group = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";
    let steps: Vec<Vec<&str>> = vec![
        vec!["schema", "load", "--table", &table],
        vec!["schema", "load", "--table", &table],
        vec!["--table", &table, "seed", "--messages", "4"],
        vec![
            "table",
            "scan",
            &table,
            "--max-items",
            "1",
            "--attributes",
            "pk",
        ],
        vec![
            "--table",
            &table,
            "pattern",
            "get-conversations",
            "--limit",
            "2",
        ],
        vec![
            "--table",
            &table,
            "pattern",
            "create-message",
            "--group-uuid",
            group,
            "--handle",
            "bayko",
            "Hi",
        ],
        vec![
            "--table",
            &table,
            "pattern",
            "create-message-group",
            "--other-handle",
            "londo",
            "Hello",
        ],
        vec!["--table", &table, "stream", "apply"],
        vec!["--table", &table, "doctor"],
        vec!["table", "backup", &table, &backup],
        vec!["table", "export", &table, &export],
        vec!["table", "copy", &table, &copy, "--create", "--dry-run"],
        vec!["table", "restore", &backup, &copy, "--create"],
        vec!["table", "diff", &table, &copy],
        vec!["table", "drop", &copy, "--yes"],
        vec!["table", "drop", &table, "--yes"],
    ];
    let mut all = String::new();
    for args in steps {
        let r = run(&args, &dev(), piped());
        all += &format!("$ cruddur-ddb {}\n{}\n", args.join(" "), both(&r));
    }
    insta::with_settings!({
        filters => vec![
            (r"t-[a-z0-9-]+?-\d+-[0-9a-f]+-\d+", "[table]"),
            (r"(localhost|127\.0\.0\.1):\d+", "localhost:[port]"),
            (r"/tmp/\.tmp[A-Za-z0-9]+", "[tmp]"),
            (r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "[uuid]"),
            (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00", "[time]"),
            (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} [AP]M UTC", "[time]"),
            (r"\d{14}-[0-9a-f]{8}", "[export id]"),
            (r"\(\d+ bytes gzipped\)", "([n] bytes gzipped)"),
            (r"in \d+\.\d+ s", "in [secs] s"),
            (r"[\d.]+ RCU/s", "[rate] RCU/s"),
            (r"\d+ records read, \d+ messages seen", "[n] records read, [n] messages seen"),
        ],
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("every_leaf", all);
    });
}
