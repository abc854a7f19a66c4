//! Exports, restores and imports through S3, on moto server (DynamoDB, its Streams and
//! S3 on one endpoint), with DynamoDB Local as the usual destination. What moto does not
//! write (manifests, several data objects, incremental exports) is built here in AWS's
//! documented layout and uploaded to moto's S3.

use crate::common::*;
use crate::formats::{normalize, typed_items};
use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::{Value, json};
use std::io::Write;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn moto_endpoint() -> String {
    std::env::var("CRUDDUR_TEST_MOTO_ENDPOINT").unwrap_or_else(|_| "http://localhost:18002".into())
}

fn require_moto() {
    static OK: OnceLock<bool> = OnceLock::new();
    let endpoint = moto_endpoint();
    assert!(
        *OK.get_or_init(|| {
            let addr = endpoint.trim_start_matches("http://").to_string();
            std::net::TcpStream::connect(addr).is_ok()
        }),
        "moto server is not answering at {endpoint}: run the tests with `make test` (it starts it), or `scripts/services.sh up moto`"
    );
}

/// The binary aimed at moto for DynamoDB and S3.
fn on_moto() -> assert_cmd::Command {
    require_moto();
    let mut cmd = bare();
    cmd.env("AWS_ENDPOINT_URL_DYNAMODB", moto_endpoint())
        .env("AWS_ENDPOINT_URL_S3", moto_endpoint());
    cmd
}

/// The binary aimed at DynamoDB Local, with moto's S3.
fn local_with_s3() -> assert_cmd::Command {
    require_moto();
    let mut cmd = cli();
    cmd.env("AWS_ENDPOINT_URL_S3", moto_endpoint());
    cmd
}

fn s3() -> aws_sdk_s3::Client {
    use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region};
    let conf = aws_sdk_s3::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("t", "secret", None, None, "test"))
        .endpoint_url(moto_endpoint())
        .force_path_style(true)
        .build();
    aws_sdk_s3::Client::from_conf(conf)
}

fn moto_dynamodb() -> aws_sdk_dynamodb::Client {
    sdk_client_as(&moto_endpoint(), "t", "us-east-1")
}

/// A new bucket.
fn bucket(tag: &str) -> String {
    require_moto();
    let name = unique_table(tag).to_lowercase().replace('_', "-");
    let name: String = name.chars().take(60).collect();
    block_on(s3().create_bucket().bucket(&name).send()).expect("create bucket");
    name
}

fn put(bucket: &str, key: &str, bytes: Vec<u8>) {
    block_on(
        s3().put_object()
            .bucket(bucket)
            .key(key)
            .body(bytes.into())
            .send(),
    )
    .expect("upload");
}

fn gz(text: &str) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(text.as_bytes()).unwrap();
    enc.finish().unwrap()
}

/// A table's items as typed JSON, normalized and in key order.
fn items_of(cmd: &mut assert_cmd::Command, table: &str) -> Vec<Value> {
    let out = stdout_of(cmd.args(["table", "scan", table, "-o", "ddb-json"]));
    let mut items: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    items.iter_mut().for_each(normalize);
    items.sort_by_key(|v| format!("{}\u{0}{}", v["pk"]["S"], v["sk"]["S"]));
    items
}

fn normalized(items: &[Value]) -> Vec<Value> {
    let mut want = items.to_vec();
    want.iter_mut().for_each(normalize);
    want.sort_by_key(|v| format!("{}\u{0}{}", v["pk"]["S"], v["sk"]["S"]));
    want
}

/// The line `prefix ...` of `out`, without the prefix.
fn line_after<'a>(out: &'a str, prefix: &str) -> &'a str {
    out.lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{out}"))
}

/// A messages table (no stream) on moto.
fn moto_table(tag: &str, stream: bool) -> String {
    let table = unique_table(tag);
    let mut cmd = on_moto();
    cmd.args(["schema", "load", "--table", &table]);
    if !stream {
        cmd.arg("--no-stream");
    }
    cmd.assert().success();
    table
}

fn load(cmd: &mut assert_cmd::Command, table: &str, items: &[Value]) {
    let (_dir, path) = items_file(&items.iter().map(|i| i.to_string()).collect::<Vec<_>>());
    run_ok(cmd.args(["table", "restore", path.to_str().unwrap(), table]));
}

#[test]
fn a_server_side_export_of_every_type_restores_exactly_into_dynamodb_local() {
    let items = typed_items(25);
    let source = moto_table("s3src", false);
    load(&mut on_moto(), &source, &items);
    let b = bucket("exp");
    let url = format!("s3://{b}/prod");

    // Point-in-time recovery is off: one line, naming the flag; nothing is exported.
    let err = fails_with(
        on_moto().args(["table", "export", "--s3", &url, &source]),
        6,
    );
    assert!(
        err.starts_with(&format!(
            "error: point-in-time recovery is off for {source}"
        )),
        "{err}"
    );
    assert!(err.contains("--enable-pitr"), "{err}");

    let (out, _) =
        run_ok(on_moto().args(["table", "export", "--s3", &url, &source, "--enable-pitr"]));
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("exported {source} to {url}/AWSDynamoDB/")),
        "{out}"
    );
    assert!(first.contains("(25 items"), "{out}");
    let restore = line_after(&out, "restore it with: cruddur-ddb table restore ");
    let location = restore.split_whitespace().next().unwrap();

    let dest = messages_table("s3dst");
    let (out, err) = run_ok(local_with_s3().args(["table", "restore", location, &dest]));
    assert_eq!(
        out.trim(),
        format!("restored 25 items into {dest} from {location}")
    );
    assert!(
        err.contains("has no manifests"),
        "moto writes none, and the user is told: {err}"
    );
    assert_eq!(items_of(&mut cli(), &dest), normalized(&items));
    // The export carries the table's description, so --create makes a missing table
    // as the source is (DynamoDB's own export has none).
    let made = unique_table("s3made");
    let (out, _) = run_ok(local_with_s3().args(["table", "restore", location, &made, "--create"]));
    assert_eq!(
        out.trim(),
        format!("restored 25 items into {made} (created it) from {location}")
    );
    assert_eq!(items_of(&mut cli(), &made), normalized(&items));

    // --no-wait names the export and the command that waits for it.
    let (out, _) = run_ok(on_moto().args(["table", "export", "--s3", &url, &source, "--no-wait"]));
    assert!(
        out.starts_with("started full export arn:aws:dynamodb:"),
        "{out}"
    );
    assert_eq!(
        line_after(&out, "wait for it with: "),
        format!("cruddur-ddb table export --s3 {url} {source}")
    );
    // Two exports under the prefix now: they are listed, and one must be named.
    let err = fails_with(local_with_s3().args(["table", "restore", &url, &dest]), 2);
    assert!(
        err.contains(&format!("{url} holds 2 exports: AWSDynamoDB/")),
        "{err}"
    );
    assert!(err.contains("hint: name one, for example s3://"), "{err}");
}

/// An export in AWS's layout: data objects of `{"Item": ...}` (or change) lines, with
/// manifests. `wrong_md5`: the manifest states a wrong checksum for that object.
fn aws_fixture(
    bucket: &str,
    prefix: &str,
    id: &str,
    objects: &[String],
    incremental: bool,
    wrong_md5: Option<usize>,
) -> String {
    let base = format!("{prefix}/AWSDynamoDB/{id}");
    let mut manifest = String::new();
    let mut total = 0;
    for (n, text) in objects.iter().enumerate() {
        let bytes = gz(text);
        let (mut md5, etag) = md5_of(&bytes);
        if wrong_md5 == Some(n) {
            md5 = md5_of(b"something else").0;
        }
        let key = format!("{base}/data/obj{n}.json.gz");
        let count = text.lines().count();
        total += count;
        manifest += &format!(
            "{}\n",
            json!({"itemCount": count, "md5Checksum": md5, "etag": etag, "dataFileS3Key": key})
        );
        put(bucket, &key, bytes);
    }
    let summary = json!({
        "version": "2020-06-30",
        "exportArn": format!("arn:aws:dynamodb:us-east-1:111122223333:table/t/export/{id}"),
        "startTime": "2026-11-30T10:00:00.000Z",
        "endTime": "2026-11-30T10:05:00.000Z",
        "exportTime": "2026-11-30T10:00:00.000Z",
        "exportFromTime": "2026-11-30T10:00:00.000Z",
        "exportToTime": "2026-11-30T11:00:00.000Z",
        "s3Bucket": bucket,
        "s3Prefix": prefix,
        "manifestFilesS3Key": format!("{base}/manifest-files.json"),
        "billedSizeBytes": 1000,
        "itemCount": total,
        "outputFormat": "DYNAMODB_JSON",
        "exportType": if incremental { "INCREMENTAL_EXPORT" } else { "FULL_EXPORT" },
    });
    put(
        bucket,
        &format!("{base}/manifest-files.json"),
        manifest.into_bytes(),
    );
    put(
        bucket,
        &format!("{base}/manifest-summary.json"),
        summary.to_string().into_bytes(),
    );
    put(bucket, &format!("{base}/_started"), Vec::new());
    format!("s3://{bucket}/{base}")
}

fn export_lines(items: &[Value]) -> String {
    items
        .iter()
        .map(|i| format!("{}\n", json!({ "Item": i })))
        .collect()
}

#[test]
fn a_three_object_export_with_manifests_restores_exactly_and_a_wrong_md5_writes_nothing() {
    let items = typed_items(30);
    let b = bucket("fix");
    let objects: Vec<String> = items.chunks(10).map(export_lines).collect();
    aws_fixture(&b, "good", "01764496800000-aaaa1111", &objects, false, None);
    let table = messages_table("s3fix");
    // The prefix above the export is enough when it holds one.
    let (out, err) =
        run_ok(local_with_s3().args(["table", "restore", &format!("s3://{b}/good"), &table]));
    assert_eq!(
        out.trim(),
        format!("restored 30 items into {table} from s3://{b}/good")
    );
    assert!(!err.contains("no manifests"), "{err}");
    assert_eq!(items_of(&mut cli(), &table), normalized(&items));

    let bad = aws_fixture(
        &b,
        "bad",
        "01764496800000-bbbb2222",
        &objects,
        false,
        Some(2),
    );
    let table = messages_table("s3md5");
    let err = fails_with(local_with_s3().args(["table", "restore", &bad, &table]), 2);
    assert!(
        err.starts_with(&format!("error: {bad}/data/obj2.json.gz: its MD5 is ")),
        "the object is named: {err}"
    );
    assert!(err.contains("hint: nothing was written"), "{err}");
    assert!(
        items_of(&mut cli(), &table).is_empty(),
        "nothing of the export is written"
    );

    // The same check on a local folder.
    let dir = tempfile::tempdir().unwrap();
    let out = stdout_of(cli().args([
        "table",
        "export",
        &table_with(&items),
        dir.path().to_str().unwrap(),
    ]));
    assert!(out.starts_with("exported 30 items"), "{out}");
    let export = std::fs::read_dir(dir.path().join("AWSDynamoDB"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let manifest = export.join("manifest-files.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut entry: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    entry["md5Checksum"] = json!(md5_of(b"other bytes").0);
    std::fs::write(&manifest, format!("{entry}\n")).unwrap();
    let data = export.join(
        entry["dataFileS3Key"]
            .as_str()
            .unwrap()
            .split_once("/data/")
            .map(|(_, f)| format!("data/{f}"))
            .unwrap(),
    );
    let table = messages_table("localmd5");
    let err = fails_with(
        cli().args(["table", "restore", dir.path().to_str().unwrap(), &table]),
        2,
    );
    assert!(
        err.starts_with(&format!("error: {}: its MD5 is ", data.display())),
        "{err}"
    );
    assert!(items_of(&mut cli(), &table).is_empty());
}

/// A DynamoDB Local table holding `items`.
fn table_with(items: &[Value]) -> String {
    let table = messages_table("src");
    load(&mut cli(), &table, items);
    table
}

fn msg(sk: &str, text: &str) -> Value {
    json!({"pk": {"S": "MSG#inc"}, "sk": {"S": sk}, "message": {"S": text}})
}

fn keys(sk: &str) -> Value {
    json!({"pk": {"S": "MSG#inc"}, "sk": {"S": sk}})
}

fn change(micros: u64, sk: &str, new: Option<&str>) -> String {
    let mut line = json!({
        "Metadata": {"WriteTimestampMicros": {"N": micros.to_string()}},
        "Keys": keys(sk),
        "OldImage": msg(sk, "old"),
    });
    if let Some(text) = new {
        line["NewImage"] = msg(sk, text);
    }
    format!("{line}\n")
}

#[test]
fn a_full_export_then_an_incremental_one_give_the_later_state_and_twice_the_same() {
    let b = bucket("inc");
    let base: Vec<Value> = (1..=5).map(|i| msg(&format!("k{i}"), "v0")).collect();
    let full = aws_fixture(
        &b,
        "day",
        "01764496800000-full0001",
        &[export_lines(&base)],
        false,
        None,
    );
    // Two objects; the later write to k1 is in the first one: time decides, not order.
    let first = [
        change(3_000, "k1", Some("v2")),
        change(1_000, "k2", None),
        change(1_500, "k7", Some("brief")),
    ]
    .concat();
    let second = [
        change(2_000, "k1", Some("v1")),
        change(2_500, "k6", Some("new")),
        change(2_600, "k7", None),
        change(2_700, "k3", Some("edited")),
    ]
    .concat();
    let inc = aws_fixture(
        &b,
        "day",
        "01764500400000-incr0001",
        &[first, second],
        true,
        None,
    );

    let table = messages_table("incr");
    run_ok(local_with_s3().args(["table", "restore", &full, &table]));
    let (out, _) = run_ok(local_with_s3().args(["table", "restore", &inc, &table]));
    assert_eq!(
        out.trim(),
        format!(
            "applied 5 changes onto {table} from {inc}: 3 items put, 2 items deleted (2 lines superseded by a later write to the same key)"
        )
    );
    let want = normalized(&[
        msg("k1", "v2"),
        msg("k3", "edited"),
        msg("k4", "v0"),
        msg("k5", "v0"),
        msg("k6", "new"),
    ]);
    assert_eq!(items_of(&mut cli(), &table), want);
    run_ok(local_with_s3().args(["table", "restore", &inc, &table]));
    assert_eq!(
        items_of(&mut cli(), &table),
        want,
        "applying it again changes nothing"
    );

    // Onto a table keyed otherwise: named, and nothing written.
    let other = unique_table("otherkeys");
    create_plain_table(&other, "id", None);
    let err = fails_with(local_with_s3().args(["table", "restore", &inc, &other]), 2);
    assert!(err.contains("obj0.json.gz line 1: "), "{err}");
    assert!(
        err.contains(&format!("(table {other} is keyed on id S)")),
        "{err}"
    );
    assert!(items_of(&mut cli(), &other).is_empty());
    // It holds changes, not a table.
    let missing = unique_table("nope");
    let err = fails_with(
        local_with_s3().args(["table", "restore", &inc, &missing, "--create"]),
        2,
    );
    assert!(err.contains("is an incremental export"), "{err}");
    // Both under the prefix: listed with their type and time.
    let err = fails_with(
        local_with_s3().args(["table", "restore", &format!("s3://{b}/day"), &table]),
        2,
    );
    assert!(
        err.contains(
            "AWSDynamoDB/01764496800000-full0001 (2026-11-30T10:00:00.000Z, full, 5 items)"
        ),
        "{err}"
    );
    assert!(err.contains("AWSDynamoDB/01764500400000-incr0001 (2026-11-30T10:00:00.000Z to 2026-11-30T11:00:00.000Z, incremental, 7 items)"), "{err}");
}

#[test]
fn import_builds_a_new_table_from_this_tools_own_export_and_refuses_an_existing_one() {
    // moto's ImportTable parser (py_partiql_parser's JsonParser) silently drops a line
    // holding an empty list or map, and cuts a string at an escaped quote: every other
    // type goes through it.
    let mut items = typed_items(20);
    for i in &mut items {
        let o = i.as_object_mut().unwrap();
        o.remove("list");
        o.remove("empty_map");
        o.insert("unicode".into(), json!({"S": "héllo ☃ 𝄞"}));
    }
    let source = table_with(&items);
    let dir = tempfile::tempdir().unwrap();
    run_ok(cli().args(["table", "export", &source, dir.path().to_str().unwrap()]));
    let b = bucket("imp");
    for entry in walk(dir.path()) {
        let rel = entry
            .strip_prefix(dir.path())
            .unwrap()
            .to_string_lossy()
            .to_string();
        put(
            &b,
            &format!("uploaded/{rel}"),
            std::fs::read(&entry).unwrap(),
        );
    }
    let url = format!("s3://{b}/uploaded");
    let table = unique_table("imported");
    let (out, _) = run_ok(on_moto().args(["table", "import", &url, &table]));
    assert!(
        out.starts_with(&format!(
            "imported 20 items into new table {table} from {url}/AWSDynamoDB/"
        )),
        "{out}"
    );
    assert!(
        out.contains("(20 processed, 0 errors; schema from cruddur-table.json)"),
        "{out}"
    );
    assert_eq!(items_of(&mut on_moto(), &table), normalized(&items));
    let described = block_on(moto_dynamodb().describe_table().table_name(&table).send()).unwrap();
    let gsis = described.table().unwrap().global_secondary_indexes();
    assert_eq!(gsis.len(), 1, "the export's description brings the index");

    let err = fails_with(on_moto().args(["table", "import", &url, &table]), 6);
    assert!(
        err.starts_with(&format!("error: table {table} exists at ")),
        "{err}"
    );
    assert!(err.contains("`cruddur-ddb table restore "), "{err}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// One write of the writer: what it did and when (before sending, after the answer).
struct Op {
    sk: String,
    delete: bool,
    start: f64,
    end: f64,
}

#[test]
fn copy_via_export_while_a_writer_writes_reflects_the_source_as_of_the_stated_time() {
    let source = moto_table("live", true);
    let base: Vec<Value> = (0..60).map(|i| msg(&format!("base{i:03}"), "v0")).collect();
    load(&mut on_moto(), &source, &base);
    let b = bucket("via");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (stop, table) = (stop.clone(), source.clone());
        std::thread::spawn(move || {
            use aws_sdk_dynamodb::types::AttributeValue as V;
            let client = moto_dynamodb();
            let rt = tokio::runtime::Runtime::new().unwrap();
            let mut ops = Vec::new();
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let (sk, delete) = if i % 3 == 2 && i / 3 < 60 {
                    (format!("base{:03}", i / 3), true)
                } else {
                    (format!("new{i:05}"), false)
                };
                let start = now();
                let key = [
                    ("pk".to_string(), V::S("MSG#inc".into())),
                    ("sk".to_string(), V::S(sk.clone())),
                ];
                if delete {
                    rt.block_on(
                        client
                            .delete_item()
                            .table_name(&table)
                            .set_key(Some(key.into()))
                            .send(),
                    )
                    .expect("the writer's delete");
                } else {
                    let mut item: std::collections::HashMap<_, _> = key.into();
                    item.insert("message".into(), V::S("live".into()));
                    rt.block_on(
                        client
                            .put_item()
                            .table_name(&table)
                            .set_item(Some(item))
                            .send(),
                    )
                    .expect("the writer's put");
                }
                ops.push(Op {
                    sk,
                    delete,
                    start,
                    end: now(),
                });
                i += 1;
                std::thread::sleep(Duration::from_millis(15));
            }
            ops
        })
    };
    std::thread::sleep(Duration::from_millis(600));
    let dest = unique_table("viadst");
    let began = Instant::now();
    let (out, _) = run_ok(on_moto().args([
        "table",
        "copy",
        "--via-export",
        &format!("s3://{b}/copies"),
        &source,
        &dest,
        "--to-endpoint",
        &ddb_endpoint(),
        "--create",
        "--enable-pitr",
    ]));
    std::thread::sleep(Duration::from_millis(600));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let ops = writer.join().unwrap();
    assert!(began.elapsed() < Duration::from_secs(60));
    let as_of = line_after(&out, &format!("{dest} reflects {source} as of "));
    let t = chrono::DateTime::parse_from_rfc3339(as_of.trim())
        .unwrap()
        .timestamp() as f64;
    assert!(
        ops.iter().any(|o| o.end < t) && ops.iter().any(|o| o.start > t),
        "the writer wrote on both sides of {as_of}"
    );

    // What the source held at t: the base, then every write that ended before t; a
    // write that began after t must not be there; one that straddles t may be either.
    let have: std::collections::HashSet<String> = items_of(&mut cli(), &dest)
        .iter()
        .map(|v| v["sk"]["S"].as_str().unwrap().to_string())
        .collect();
    for op in &ops {
        let present = have.contains(&op.sk);
        if op.end < t {
            assert_eq!(present, !op.delete, "{} (ended before {as_of})", op.sk);
        } else if op.start > t {
            assert_eq!(present, op.delete, "{} (began after {as_of})", op.sk);
        }
    }
    // Base items no write touched before t stay.
    for i in 0..60 {
        let sk = format!("base{i:03}");
        let touched = ops.iter().any(|o| o.sk == sk && o.start <= t);
        if !touched {
            assert!(have.contains(&sk), "{sk} was not deleted before {as_of}");
        }
    }
}

#[test]
fn bad_s3_input_gets_one_line_and_the_fix_and_nothing_is_written() {
    let table = messages_table("s3bad");
    let source = moto_table("s3badsrc", false);
    // A malformed URL.
    let err = fails_with(
        local_with_s3().args(["table", "restore", "s3://Not_A_Bucket/x", &table]),
        2,
    );
    assert_one_error(&err);
    assert!(err.contains("is not a bucket name"), "{err}");
    // A dev target with no S3 endpoint never reaches real S3.
    let err = fails_with(
        cli().args(["table", "restore", "s3://some-bucket/x", &table]),
        2,
    );
    assert_one_error(&err);
    assert!(
        err.starts_with("error: no S3 endpoint for a dev target"),
        "{err}"
    );
    assert!(err.contains("AWS_ENDPOINT_URL_S3"), "{err}");
    // A missing bucket, before any export is started.
    let err = fails_with(
        on_moto().args([
            "table",
            "export",
            "--s3",
            "s3://no-such-bucket-here/p",
            &source,
            "--enable-pitr",
        ]),
        3,
    );
    assert_one_error(&err);
    assert!(
        err.contains("bucket no-such-bucket-here does not exist"),
        "{err}"
    );
    // No export under the prefix.
    let b = bucket("empty");
    let err = fails_with(
        local_with_s3().args(["table", "restore", &format!("s3://{b}/nothing"), &table]),
        3,
    );
    assert!(
        err.starts_with(&format!("error: no DynamoDB export under s3://{b}/nothing")),
        "{err}"
    );
    // --incremental needs --from, and 15 minutes at least.
    fails_with(
        on_moto().args([
            "table",
            "export",
            "--s3",
            &format!("s3://{b}/p"),
            &source,
            "--incremental",
        ]),
        2,
    );
    let err = fails_with(
        on_moto().args([
            "table",
            "export",
            "--s3",
            &format!("s3://{b}/p"),
            &source,
            "--incremental",
            "--from",
            "2026-11-30T10:00:00Z",
            "--to",
            "2026-11-30T10:05:00Z",
        ]),
        2,
    );
    assert!(err.contains("covers at least 15 minutes"), "{err}");
    assert!(items_of(&mut cli(), &table).is_empty());
}
