//! Moving data between targets: `table copy` between two DynamoDB Local servers (one
//! without -sharedDb, with other credentials), `table diff`, and capacity pacing.

use crate::common::*;
use crate::formats::{normalize, typed_items};
use crate::proxy::{Fault, Proxy, Rule};
use cruddur_ddb::error::Exit;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// Items of every type, about 1 KB each: `n` of them is over 1 MB for n > 1100.
fn big_items(n: usize) -> Vec<String> {
    typed_items(n)
        .into_iter()
        .map(|mut v| {
            v["pad"] = json!({"S": "p".repeat(700)});
            v.to_string()
        })
        .collect()
}

/// Typed items of a scan, normalized and sorted by key.
fn items_of(scan: &str) -> Vec<Value> {
    let mut v: Vec<Value> = scan
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    v.iter_mut().for_each(normalize);
    v.sort_by_key(|i| format!("{}{}", i["pk"], i["sk"]));
    v
}

#[test]
fn copy_between_two_servers_with_other_credentials_is_exact_and_creates_keys_and_index() {
    require_isolated_dynamodb();
    let table = messages_table("copysrc");
    let lines = big_items(1200);
    load_items(&table, &lines);
    // The destination signs with a profile's key on the server without -sharedDb.
    let home = tempfile::tempdir().unwrap();
    let key = format!("AKIDCOPY{}", std::process::id());
    std::fs::create_dir_all(home.path().join(".aws")).unwrap();
    std::fs::write(
        home.path().join(".aws/credentials"),
        format!("[dest]\naws_access_key_id = {key}\naws_secret_access_key = s\n"),
    )
    .unwrap();
    let copy = unique_table("copydst");
    let (out, err) = run_ok(
        cli()
            .env("HOME", home.path())
            .env_remove("AWS_SHARED_CREDENTIALS_FILE")
            .env("AWS_ACCESS_KEY_ID", "AKIDSOURCE")
            .env("AWS_SECRET_ACCESS_KEY", "x")
            .args([
                "table",
                "copy",
                &table,
                &copy,
                "--create",
                "--to-endpoint",
                &isolated_endpoint(),
            ])
            .args(["--to-profile", "dest"]),
    );
    assert!(
        out.starts_with(&format!("copied 1200 items from {table}")),
        "{out}\n{err}"
    );
    assert!(out.contains("(read 1200, written 1200)"), "{out}");

    // Seen by the destination's key only, with the source's keys and index.
    let dest = sdk_client_as(&isolated_endpoint(), &key, "us-east-1");
    let d = block_on(dest.describe_table().table_name(&copy).send())
        .unwrap()
        .table
        .unwrap();
    let keys: Vec<String> = d
        .key_schema()
        .iter()
        .map(|k| k.attribute_name().to_string())
        .collect();
    assert_eq!(keys, vec!["pk", "sk"]);
    assert_eq!(
        d.global_secondary_indexes()[0].index_name(),
        Some("message-group-sk-index")
    );
    let source_scan = stdout_of(cli().args(["table", "scan", &table, "-o", "ddb-json"]));
    let dest_scan = stdout_of(
        bare()
            .env("AWS_ENDPOINT_URL_DYNAMODB", isolated_endpoint())
            .env("AWS_ACCESS_KEY_ID", &key)
            .env("AWS_SECRET_ACCESS_KEY", "s")
            .args(["table", "scan", &copy, "-o", "ddb-json"]),
    );
    assert_eq!(
        items_of(&dest_scan),
        items_of(&source_scan),
        "every attribute type, exactly"
    );

    // A second copy into the existing table is refused when its keys differ.
    let other = unique_table("copyotherkeys");
    create_plain_table(&other, "id", None);
    let mut cmd = cli();
    cmd.args([
        "table",
        "copy",
        &table,
        &other,
        "--to-endpoint",
        &ddb_endpoint(),
    ]);
    let err = fails_with(&mut cmd, Exit::Conflict.code());
    assert!(err.contains("keyed on"), "{err}");
}

#[test]
fn copy_under_throttling_and_partial_batches_loses_nothing() {
    let table = messages_table("copyfault");
    load_items(&table, &big_items(600));
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(
                Some("BatchWriteItem"),
                Fault::Error(400, "ProvisionedThroughputExceededException"),
            )
            .every(4),
            Rule::new(Some("BatchWriteItem"), Fault::Unprocessed { keep: 10 }),
        ],
    );
    let copy = unique_table("copyfaultdst");
    let (out, _) = run_ok(cli().args([
        "table",
        "copy",
        &table,
        &copy,
        "--create",
        "--to-endpoint",
        &proxy.url,
    ]));
    assert!(out.contains("(read 600, written 600)"), "{out}");
    assert!(proxy.injected() > 10);
    assert_eq!(scan_jsonl(&copy, &[]).len(), 600);
}

fn diff_lines(a: &str, b: &str) -> (Vec<Value>, i32) {
    let out = cli()
        .args(["table", "diff", a, b, "-o", "jsonl"])
        .output()
        .unwrap();
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, out.status.code().unwrap())
}

#[test]
fn diff_names_exactly_what_was_deleted_changed_and_inserted() {
    let a = messages_table("diffa");
    let lines = big_items(50);
    load_items(&a, &lines);
    let b = unique_table("diffb");
    run_ok(cli().args([
        "table",
        "copy",
        &a,
        &b,
        "--create",
        "--to-endpoint",
        &ddb_endpoint(),
    ]));
    let (same, code) = diff_lines(&a, &b);
    assert!(same.is_empty() && code == 0, "{same:?}");

    // Against a backup file too.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.jsonl");
    std::fs::write(
        &file,
        stdout_of(cli().args(["table", "scan", &a, "-o", "ddb-json"])),
    )
    .unwrap();
    let (same, code) = diff_lines(&a, file.to_str().unwrap());
    assert!(same.is_empty() && code == 0, "{same:?}");

    // One delete, one change, one insert on B.
    let first: Value = serde_json::from_str(&lines[0]).unwrap();
    let (pk, sk) = (
        first["pk"]["S"].as_str().unwrap(),
        first["sk"]["S"].as_str().unwrap(),
    );
    let key = std::collections::HashMap::from([
        (
            "pk".to_string(),
            aws_sdk_dynamodb::types::AttributeValue::S(pk.into()),
        ),
        (
            "sk".to_string(),
            aws_sdk_dynamodb::types::AttributeValue::S(sk.into()),
        ),
    ]);
    block_on(
        sdk_client()
            .delete_item()
            .table_name(&b)
            .set_key(Some(key))
            .send(),
    )
    .unwrap();
    let mut changed: Value = serde_json::from_str(&lines[1]).unwrap();
    changed["unicode"] = json!({"S": "changed"});
    let inserted = json!({"pk": {"S": "MSG#new"}, "sk": {"S": "2030"}, "n": {"N": "1"}});
    load_items(&b, &[changed.to_string(), inserted.to_string()]);
    let (diffs, code) = diff_lines(&a, &b);
    assert_eq!(code, Exit::Findings.code());
    let got: BTreeSet<(String, String, String)> = diffs
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().into(),
                d["key"]["sk"].as_str().unwrap().into(),
                d["attributes"].to_string(),
            )
        })
        .collect();
    let want = BTreeSet::from([
        ("only-in-a".to_string(), sk.to_string(), "null".to_string()),
        (
            "differs".to_string(),
            changed["sk"]["S"].as_str().unwrap().to_string(),
            "[\"unicode\"]".to_string(),
        ),
        (
            "only-in-b".to_string(),
            "2030".to_string(),
            "null".to_string(),
        ),
    ]);
    assert_eq!(got, want);
}

/// The `consumed X RCU at R RCU/s` summary of a paced run.
fn paced_rate(err: &str) -> f64 {
    let at = err.split(" at ").nth(1).unwrap_or_default();
    at.split(' ')
        .next()
        .unwrap_or_default()
        .parse()
        .unwrap_or(0.0)
}

#[test]
fn a_read_cap_keeps_the_consumed_rate_near_it_and_throttling_lowers_it() {
    let table = messages_table("pace");
    load_items(&table, &big_items(1500));
    // The scan consumes about 200 RCU (eventually consistent, 1 KB items): at 10 RCU/s
    // it takes about 20 s.
    let started = Instant::now();
    let (_, err) = run_ok(cli().args([
        "table",
        "scan",
        &table,
        "--max-rcu",
        "10",
        "--page-size",
        "100",
    ]));
    let took = started.elapsed();
    let line = err
        .lines()
        .find_map(|l| l.strip_prefix("reads: "))
        .unwrap_or_else(|| panic!("{err}"));
    let rate = paced_rate(line);
    assert!(
        (8.5..=11.5).contains(&rate),
        "within 15% of 10 RCU/s: {line}"
    );
    let consumed: f64 = line.split(' ').nth(1).unwrap().parse().unwrap();
    assert!(consumed > 100.0, "{line}");
    assert!(
        took >= Duration::from_secs_f64(consumed / 10.0 * 0.8),
        "{took:?} for {line}"
    );

    // DynamoDB Local never throttles: the proxy does, and the pace drops.
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![
            Rule::new(
                Some("Scan"),
                Fault::Error(400, "ProvisionedThroughputExceededException"),
            )
            .every(3)
            .times(3),
        ],
    );
    let (out, err) = run_ok(cli().args([
        "--endpoint-url",
        &proxy.url,
        "table",
        "scan",
        &table,
        "--max-rcu",
        "100",
        "--page-size",
        "100",
    ]));
    assert_eq!(
        out.lines().count(),
        1500,
        "every item despite the throttling"
    );
    assert!(err.contains("throttled 3 times, pace lowered to"), "{err}");
}

#[test]
fn copy_and_diff_find_b_where_the_source_is_unless_told_otherwise() {
    require_isolated_dynamodb();
    // The source is aimed at the server without -sharedDb by the variable, with a key.
    let key = format!("AKIDRULE{}", std::process::id());
    let on_isolated = || {
        let mut cmd = bare();
        cmd.env("AWS_ENDPOINT_URL_DYNAMODB", isolated_endpoint())
            .env("AWS_ACCESS_KEY_ID", &key)
            .env("AWS_SECRET_ACCESS_KEY", "s");
        cmd
    };
    let source = unique_table("rule-src");
    run_ok(on_isolated().args(["schema", "load", "--no-stream", "--table", &source]));
    let (_dir, file) = items_file(&big_items(20));
    run_ok(on_isolated().args(["table", "restore", file.to_str().unwrap(), &source]));

    // No --to-* flag: B is on the source's endpoint, signed with its key.
    let copy = unique_table("rule-copy");
    let (out, _) = run_ok(on_isolated().args(["table", "copy", &source, &copy, "--create"]));
    assert!(
        out.contains(&format!("to {copy} at {}", isolated_endpoint())),
        "{out}"
    );
    let isolated = sdk_client_as(&isolated_endpoint(), &key, "us-east-1");
    assert!(block_on(isolated.describe_table().table_name(&copy).send()).is_ok());
    assert!(
        block_on(sdk_client().describe_table().table_name(&copy).send()).is_err(),
        "nothing was written to the other DynamoDB Local"
    );
    // diff looks for B in the same place, and finds the copy equal.
    let (_, err) = run_ok(on_isolated().args(["table", "diff", &source, &copy]));
    assert!(err.contains("equal:"), "{err}");

    // --to-endpoint moves B, and the destination is named with its key and region.
    let elsewhere = unique_table("rule-else");
    let (out, _) = run_ok(on_isolated().args([
        "table",
        "copy",
        &source,
        &elsewhere,
        "--create",
        "--dry-run",
        "--to-endpoint",
        &ddb_endpoint(),
    ]));
    let masked = format!("****************{}", &key[key.len() - 4..]);
    assert!(
        out.contains(&format!(
            "{} (key {masked}, region us-east-1)",
            ddb_endpoint()
        )),
        "{out}"
    );
    let mut cmd = on_isolated();
    cmd.args([
        "table",
        "diff",
        &source,
        &copy,
        "--to-endpoint",
        &ddb_endpoint(),
    ]);
    let err = fails_with(&mut cmd, Exit::NotFound.code());
    assert!(err.contains(&ddb_endpoint()), "{err}");
}

#[test]
fn diff_takes_a_bare_name_that_is_both_a_file_and_a_table_as_the_table_and_says_so() {
    let a = messages_table("amb-a");
    let b = messages_table("amb-b");
    let lines = big_items(5);
    load_items(&a, &lines);
    load_items(&b, &lines);
    // A file in the working folder with B's name, holding fewer items.
    let cwd = tempfile::tempdir().unwrap();
    std::fs::write(cwd.path().join(&b), lines[..2].join("\n") + "\n").unwrap();
    let (_, err) = run_ok(
        cli()
            .current_dir(cwd.path())
            .args(["table", "diff", &a, &b]),
    );
    assert!(
        err.contains(&format!("note: B is table {b} at")) && err.contains(&format!("./{b}")),
        "{err}"
    );
    assert!(err.contains("equal:"), "{err}");
    // ./NAME is the file.
    let mut cmd = cli();
    cmd.current_dir(cwd.path())
        .args(["table", "diff", &a, &format!("./{b}")]);
    let err = fails_with(&mut cmd, Exit::Findings.code());
    assert!(err.contains("3 only in A"), "{err}");
}
