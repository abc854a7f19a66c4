//! Table lifecycle and scans against the real DynamoDB Local.

use crate::common::*;
use cruddur_ddb::error::Exit;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Stdio};

fn describe(table: &str) -> Value {
    let d = block_on(sdk_client().describe_table().table_name(table).send())
        .unwrap()
        .table
        .unwrap();
    let gsi = &d.global_secondary_indexes()[0];
    let keys = |k: &[aws_sdk_dynamodb::types::KeySchemaElement]| {
        k.iter()
            .map(|k| format!("{} {}", k.attribute_name(), k.key_type().as_str()))
            .collect::<Vec<_>>()
    };
    json!({
        "status": d.table_status().unwrap().as_str(),
        "keys": keys(d.key_schema()),
        "gsi": gsi.index_name(),
        "gsi_keys": keys(gsi.key_schema()),
        "gsi_projection": gsi.projection().unwrap().projection_type().unwrap().as_str(),
        "gsi_status": gsi.index_status().unwrap().as_str(),
        "read": d.provisioned_throughput().unwrap().read_capacity_units(),
        "write": d.provisioned_throughput().unwrap().write_capacity_units(),
        "stream": d.stream_specification().and_then(|s| s.stream_view_type()).map(|s| s.as_str()),
    })
}

fn message_line(i: usize, pad: usize) -> String {
    json!({
        "pk": {"S": format!("MSG#group-{:03}", i % 97)},
        "sk": {"S": format!("2024-01-01T00:00:{:06}.000000+00:00", i)},
        "message": {"S": "m".repeat(pad)},
        "n": {"N": i.to_string()},
    })
    .to_string()
}

#[test]
fn table_list_shows_local_tables_without_any_aws_configuration() {
    let table = messages_table("list");
    let out = stdout_of(cli().args(["table", "list", "-o", "table"]));
    assert!(out.starts_with('┌'), "a table on request: {out}");
    assert!(out.contains(&format!("│ {table}")), "{out}");
    let json: Vec<String> =
        serde_json::from_str(&stdout_of(cli().args(["table", "list", "-o", "json"]))).unwrap();
    assert!(json.contains(&table));
    let text = stdout_of(cli().args(["table", "list", "--output", "text"]));
    assert!(text.lines().any(|l| l == table));
    // Piped (as here), the default is one name per line, as gh and similar tools do.
    let piped = stdout_of(cli().args(["table", "list"]));
    assert!(
        piped.lines().any(|l| l == table) && !piped.contains('│'),
        "{piped}"
    );
}

#[test]
fn schema_load_creates_the_designed_table_and_is_idempotent() {
    require_dynamodb();
    let table = unique_table("schema");
    let out = stdout_of(cli().args(["schema", "load", "--table", &table]));
    assert!(
        out.starts_with(&format!("created table {table} at ")),
        "{out}"
    );
    assert!(out.contains("(ACTIVE)"), "{out}");
    assert_eq!(
        describe(&table),
        json!({
            "status": "ACTIVE",
            "keys": ["pk HASH", "sk RANGE"],
            "gsi": "message-group-sk-index",
            "gsi_keys": ["message_group_uuid HASH", "sk RANGE"],
            "gsi_projection": "ALL",
            "gsi_status": "ACTIVE",
            "read": 5, "write": 5,
            "stream": "NEW_IMAGE",
        })
    );
    // Again: success, nothing changed.
    let again = stdout_of(cli().args(["schema", "load", "--table", &table, "-o", "json"]));
    let v: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(
        (v["created"].clone(), v["active"].clone()),
        (json!(false), json!(true))
    );
}

#[test]
fn schema_load_over_a_different_table_says_what_differs_and_changes_nothing() {
    require_dynamodb();
    let table = unique_table("conflict");
    create_plain_table(&table, "id", None);
    let err = fails_with(
        cli().args(["schema", "load", "--table", &table]),
        Exit::Conflict.code(),
    );
    assert!(err.contains("different schema"), "{err}");
    assert!(
        err.contains("key schema is [id HASH], expected [pk HASH, sk RANGE]"),
        "{err}"
    );
    assert!(
        err.contains("index message-group-sk-index is missing"),
        "{err}"
    );
    assert!(table_exists(&table), "still there");
}

#[test]
fn drop_refuses_without_a_terminal_and_deletes_with_yes() {
    let table = messages_table("drop");
    let err = fails_with(
        cli().args(["table", "drop", &table]),
        Exit::NotConfirmed.code(),
    );
    assert!(
        err.contains("stdin is not a terminal\nhint: pass --yes to confirm"),
        "{err}"
    );
    assert!(table_exists(&table), "not deleted");
    let out = stdout_of(cli().args(["table", "drop", &table, "--yes"]));
    assert_eq!(
        out.trim(),
        format!("deleted table {table} at {}", ddb_endpoint())
    );
    assert!(!table_exists(&table));
}

#[test]
fn drop_of_a_missing_table_is_clear_and_if_exists_makes_it_success() {
    require_dynamodb();
    let table = unique_table("missing");
    let err = fails_with(
        cli().args(["table", "drop", &table, "--yes"]),
        Exit::NotFound.code(),
    );
    assert!(
        err.contains(&format!("table {table} does not exist")) && err.contains("--if-exists"),
        "{err}"
    );
    cli()
        .args(["table", "drop", &table, "--yes", "--if-exists"])
        .assert()
        .success();
}

/// `script` (bsdutils, essential on Debian) gives the command a real terminal: the
/// prompt path as a user sees it.
fn require_script() {
    let ok = StdCommand::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "the terminal tests need `script` (apt-get install bsdutils)"
    );
}

/// Runs `table drop` on a real terminal (`script`), typing `answer`; returns the screen.
fn drop_on_a_terminal(table: &str, extra: &str, answer: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("cruddur-ddb");
    let cmdline = format!("{} {extra} table drop {table}", bin.display());
    let out = StdCommand::new("script")
        .args(["-qec", &cmdline, "/dev/null"])
        .env_clear()
        .env("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint())
        .env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(answer.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn prod_needs_the_table_name_typed_on_a_terminal() {
    require_script();
    let table = messages_table("typed");
    let prod = "--env prod --region us-east-1";
    let screen = drop_on_a_terminal(&table, prod, "y\n");
    assert!(
        screen.contains(&format!("Type the table name ({table}) to confirm")),
        "{screen}"
    );
    assert!(screen.contains("not confirmed"), "{screen}");
    assert!(table_exists(&table), "y is not enough for prod");
    let screen = drop_on_a_terminal(&table, prod, &format!("{table}\n"));
    assert!(
        screen.contains(&format!("deleted table {table}")),
        "{screen}"
    );
    assert!(!table_exists(&table));
}

#[test]
fn drop_asks_on_a_terminal_and_honours_the_answer() {
    require_script();
    let table = messages_table("prompt");
    let screen = drop_on_a_terminal(&table, "", "n\n");
    assert!(
        screen.contains(&format!("About to delete table {table}")) && screen.contains("[y/N]"),
        "{screen}"
    );
    assert!(screen.contains("not confirmed"), "{screen}");
    assert!(table_exists(&table));
    let screen = drop_on_a_terminal(&table, "", "y\n");
    assert!(
        screen.contains(&format!("deleted table {table}")),
        "{screen}"
    );
    assert!(!table_exists(&table));
}

#[test]
fn a_remote_endpoint_needs_the_table_name_typed_or_yes() {
    // Against anything that is not local, y/N is not enough: without a terminal it refuses.
    require_dynamodb();
    let table = unique_table("guard");
    let err = fails_with(
        cli()
            .args([
                "--env",
                "prod",
                "--region",
                "us-east-1",
                "--endpoint-url",
                &ddb_endpoint(),
            ])
            .args(["seed", "--table", &table]),
        Exit::NotConfirmed.code(),
    );
    assert!(err.contains("without confirmation"), "{err}");
}

#[test]
fn backup_then_restore_gives_back_identical_items() {
    let table = messages_table("backup");
    let lines: Vec<String> = (0..300).map(|i| message_line(i, 50)).collect();
    load_items(&table, &lines);
    let before: HashSet<String> =
        stdout_of(cli().args(["table", "scan", &table, "-o", "ddb-json"]))
            .lines()
            .map(String::from)
            .collect();
    assert_eq!(before.len(), 300);

    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.jsonl");
    let (_, stderr) = run_ok(cli().args([
        "table",
        "drop",
        &table,
        "--yes",
        "--backup",
        backup.to_str().unwrap(),
    ]));
    assert!(stderr.contains("backed up 300 items"));
    // A second backup to the same file is refused before anything is deleted.
    let other = messages_table("backup2");
    let err = fails_with(
        cli().args([
            "table",
            "drop",
            &other,
            "--yes",
            "--backup",
            backup.to_str().unwrap(),
        ]),
        Exit::Conflict.code(),
    );
    assert!(err.contains("already exists"), "{err}");

    cli()
        .args(["schema", "load", "--table", &table])
        .assert()
        .success();
    let out = stdout_of(cli().args(["table", "restore", backup.to_str().unwrap(), &table]));
    assert_eq!(
        out.trim(),
        format!("restored 300 items into {table} from {}", backup.display())
    );
    let after: HashSet<String> = stdout_of(cli().args(["table", "scan", &table, "-o", "ddb-json"]))
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(before, after);
}

#[test]
fn restore_checks_the_whole_file_first() {
    let table = messages_table("badfile");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    std::fs::write(
        &path,
        format!("{}\n{{\"pk\":{{\"X\":\"1\"}}}}\n", message_line(1, 1)),
    )
    .unwrap();
    let err = fails_with(
        cli().args(["table", "restore", path.to_str().unwrap(), &table]),
        Exit::Usage.code(),
    );
    assert!(
        err.contains("line 2") && err.contains("nothing was written"),
        "{err}"
    );
    assert!(scan_jsonl(&table, &[]).is_empty());
    // A line without the sort key, deep in the file: refused before the first write.
    let mut lines: Vec<String> = (0..100).map(|i| message_line(i, 1)).collect();
    lines[60] = r#"{"pk":{"S":"MSG#x"},"message":{"S":"no sk"}}"#.to_string();
    lines[80] = r#"{"pk":{"S":"MSG#x"},"sk":{"N":"1"}}"#.to_string();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let err = fails_with(
        cli().args(["table", "restore", path.to_str().unwrap(), &table]),
        Exit::Usage.code(),
    );
    assert!(
        err.contains("line 61: the item has no key attribute \"sk\"")
            && err.contains("keyed on pk S, sk S"),
        "{err}"
    );
    assert!(scan_jsonl(&table, &[]).is_empty(), "nothing was written");
    let missing = unique_table("norestore");
    let err = fails_with(
        cli().args(["table", "restore", path.to_str().unwrap(), &missing]),
        Exit::NotFound.code(),
    );
    assert!(err.contains("schema load"), "{err}");
}

#[test]
fn a_scan_larger_than_one_page_returns_every_item_exactly_once() {
    let table = messages_table("bigscan");
    // 2 500 items of about 1.2 KB: about 3 MB, three 1 MB pages.
    let lines: Vec<String> = (0..2500).map(|i| message_line(i, 1200)).collect();
    load_items(&table, &lines);
    for extra in [
        vec![],
        vec!["--segments", "1"],
        vec!["--segments", "4"],
        vec!["--page-size", "300"],
    ] {
        let out = cli()
            .args(["table", "scan", &table])
            .args(&extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{extra:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let ns: Vec<u64> = text
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["n"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        let unique: HashSet<u64> = ns.iter().copied().collect();
        assert_eq!(ns.len(), 2500, "{extra:?}: every item once");
        assert_eq!(unique, (0..2500).collect::<HashSet<u64>>(), "{extra:?}");
        let summary = String::from_utf8_lossy(&out.stderr);
        assert!(
            summary.starts_with(&format!("2500 items from {table}")),
            "{extra:?}: {summary}"
        );
    }
}

#[test]
fn max_items_projection_and_every_output_format() {
    let table = messages_table("formats");
    load_items(
        &table,
        &(0..30).map(|i| message_line(i, 5)).collect::<Vec<_>>(),
    );
    let few = scan_jsonl(&table, &["--max-items", "7"]);
    assert_eq!(few.len(), 7);
    let out = cli()
        .args(["table", "scan", &table, "--max-items", "1"])
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        summary.starts_with(&format!("1 item from {table} (scanned 1,")),
        "reads no more than asked: {summary}"
    );
    let projected = scan_jsonl(&table, &["--attributes", "pk,n", "--max-items", "3"]);
    for v in &projected {
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["pk", "n"], "{v}");
    }
    let json: Vec<Value> = serde_json::from_str(&stdout_of(
        cli().args(["table", "scan", &table, "-o", "json"]),
    ))
    .unwrap();
    assert_eq!(json.len(), 30);
    let typed = stdout_of(cli().args([
        "table",
        "scan",
        &table,
        "-o",
        "ddb-json",
        "--max-items",
        "1",
    ]));
    assert!(typed.starts_with("{\"pk\":{\"S\":\"MSG#group-"), "{typed}");
    assert!(typed.contains("\"n\":{\"N\":\""), "{typed}");
    let table_out =
        stdout_of(cli().args(["table", "scan", &table, "-o", "table", "--max-items", "2"]));
    let header = table_out.lines().nth(1).unwrap();
    for col in ["pk", "sk", "message", "n"] {
        assert!(header.contains(col), "{table_out}");
    }
    assert_eq!(
        table_out
            .lines()
            .filter(|l| l.starts_with("│ MSG#"))
            .count(),
        2,
        "{table_out}"
    );
    let empty = messages_table("empty");
    assert_eq!(
        stdout_of(cli().args(["table", "scan", &empty, "-o", "json"])),
        "[]\n"
    );
}

#[test]
fn every_attribute_type_round_trips_exactly() {
    let table = messages_table("types");
    let item = json!({
        "pk": {"S": "MSG#types"},
        "sk": {"S": "2024-01-01T00:00:00.000000+00:00"},
        "empty_string": {"S": ""},
        "unicode": {"S": "héllo ☃ 𝄞 \"quoted\" \n newline"},
        "big": {"N": "12345678901234567890123456789012345678"},
        "tiny": {"N": "-0.000000000000000000000000000000000001"},
        "bin": {"B": "AAEC/w=="},
        "yes": {"BOOL": true},
        "no": {"BOOL": false},
        "nothing": {"NULL": true},
        "list": {"L": [{"S": "a"}, {"N": "1"}, {"L": []}, {"M": {}}]},
        "empty_list": {"L": []},
        "map": {"M": {"inner": {"M": {"deep": {"SS": ["x", "y"]}}}, "n": {"N": "3.14"}}},
        "empty_map": {"M": {}},
        "ss": {"SS": ["b", "a"]},
        "ns": {"NS": ["1", "99999999999999999999999999999999999999"]},
        "bs": {"BS": ["aGk=", "AA=="]},
    });
    load_items(&table, &[item.to_string()]);
    let typed = stdout_of(cli().args(["table", "scan", &table, "-o", "ddb-json"]));
    let mut back: Value = serde_json::from_str(typed.trim()).unwrap();
    let mut want = item.clone();
    // Sets have no order: compare them sorted.
    for v in [&mut back, &mut want] {
        for set in ["ss", "ns", "bs"] {
            let tag = set.to_uppercase();
            v[set][&tag]
                .as_array_mut()
                .unwrap()
                .sort_by_key(|x| x.to_string());
        }
        v["map"]["M"]["inner"]["M"]["deep"]["SS"]
            .as_array_mut()
            .unwrap()
            .sort_by_key(|x| x.to_string());
    }
    assert_eq!(back, want);

    let plain = stdout_of(cli().args(["table", "scan", &table]));
    assert!(
        plain.contains("\"big\":12345678901234567890123456789012345678"),
        "{plain}"
    );
    assert!(
        plain.contains("\"tiny\":-0.000000000000000000000000000000000001"),
        "{plain}"
    );
    assert!(plain.contains("\"bin\":\"AAEC/w==\""), "{plain}");
    assert!(
        plain.contains("\"nothing\":null") && plain.contains("\"empty_string\":\"\""),
        "{plain}"
    );
}

#[test]
fn a_closed_pipe_is_success() {
    let table = messages_table("pipe");
    load_items(
        &table,
        &(0..3000).map(|i| message_line(i, 100)).collect::<Vec<_>>(),
    );
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("cruddur-ddb"))
        .args(["table", "scan", &table])
        .env_clear()
        .env("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is gone now, like `| head -1`.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"pk\":"), "{first}");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

#[test]
fn a_missing_table_is_a_clear_error() {
    require_dynamodb();
    let table = unique_table("nosuch");
    let err = fails_with(cli().args(["table", "scan", &table]), Exit::NotFound.code());
    assert_eq!(
        err.lines().next().unwrap(),
        format!(
            "error: table {table} does not exist at {} (scan table {table})",
            ddb_endpoint()
        )
    );
    assert!(
        err.contains("hint: check the name with `cruddur-ddb table list`"),
        "{err}"
    );
    assert!(
        !err.contains("ResourceNotFoundException"),
        "no raw SDK text: {err}"
    );
    assert!(
        !err.contains("schema load"),
        "an arbitrary name is not the messages table: {err}"
    );
    assert_one_error(&err);
    // The messages table, named by a variable: create it, or check the variable.
    let mut cmd = cli();
    cmd.env("DDB_MESSAGE_TABLE", &table)
        .args(["pattern", "get-conversations"]);
    let err = fails_with(&mut cmd, Exit::NotFound.code());
    assert!(
        err.contains("hint: create it with `cruddur-ddb schema load`, or check DDB_MESSAGE_TABLE"),
        "{err}"
    );
    assert_one_error(&err);
}

#[test]
fn dynamic_completion_offers_live_table_names_locally_and_never_asks_prod() {
    let table = messages_table("dyncomp");
    let prefix = &table[..table.len() - 2];
    let complete = |extra_env: &[(&str, &str)]| {
        let mut cmd = cli();
        cmd.env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "3")
            .env("_CLAP_IFS", "\n")
            .args(["--", "cruddur-ddb", "table", "drop", prefix]);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        stdout_of(&mut cmd)
    };
    let offered = complete(&[]);
    assert!(offered.lines().any(|l| l == table), "{offered}");
    assert!(offered.lines().all(|l| l.starts_with(prefix)), "{offered}");
    assert_eq!(
        complete(&[("CRUDDUR_ENV", "prod"), ("AWS_REGION", "us-east-1")]),
        "",
        "no request to prod on TAB"
    );
}

#[test]
fn schema_load_without_a_stream() {
    require_dynamodb();
    let table = unique_table("nostream");
    stdout_of(cli().args(["schema", "load", "--no-stream", "--table", &table]));
    let d = describe(&table);
    assert_eq!(d["stream"], Value::Null, "{d}");
    assert_eq!(d["gsi"], "message-group-sk-index");
    // The same table is "the expected schema" again, with a note about the stream otherwise.
    let (_, stderr) = run_ok(cli().args(["schema", "load", "--table", &table]));
    assert!(stderr.contains("note: stream is disabled, expected NEW_IMAGE"));
}

#[test]
fn restore_refuses_pipes_and_empty_keys_and_merges_repeated_keys() {
    let table = messages_table("restore2");
    // A pipe would be empty on the second read.
    let err = fails_with(
        cli()
            .args(["table", "restore", "/dev/stdin", &table])
            .write_stdin(message_line(1, 1)),
        Exit::Usage.code(),
    );
    assert!(err.contains("is not a regular file"), "{err}");
    // An empty key string is refused before anything is written.
    let empty = r#"{"pk":{"S":"MSG#x"},"sk":{"S":""}}"#.to_string();
    let (_dir, path) = items_file(&[message_line(1, 1), empty]);
    let err = fails_with(
        cli().args(["table", "restore", path.to_str().unwrap(), &table]),
        Exit::Usage.code(),
    );
    assert!(
        err.contains("line 2: key attribute \"sk\" is empty"),
        "{err}"
    );
    assert!(scan_jsonl(&table, &[]).is_empty());
    // The same key twice: the last line wins, and the restore succeeds.
    let mut again: serde_json::Value = serde_json::from_str(&message_line(7, 1)).unwrap();
    again["message"] = json!({"S": "second"});
    let (_dir, path) = items_file(&[message_line(7, 1), message_line(8, 1), again.to_string()]);
    let (_, stderr) = run_ok(cli().args(["table", "restore", path.to_str().unwrap(), &table]));
    assert!(stderr.contains("1 line repeated an earlier key"));
    let items = scan_jsonl(&table, &[]);
    assert_eq!(items.len(), 2);
    assert!(items.iter().any(|i| i["message"] == "second"));
}
