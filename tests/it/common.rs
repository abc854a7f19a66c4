//! Shared test harness: the real binary, a cleared environment, real services.
//!
//! `make test` starts DynamoDB Local and Postgres on the test ports (18000, 55442; never
//! a developer's own 8000/55432, so tests cannot litter that database) and exports
//! CRUDDUR_TEST_DDB_ENDPOINT and CRUDDUR_TEST_CONNECTION_URL. Every command runs with
//! `env_clear()` and a temporary HOME, so a developer's AWS profile, credentials or
//! variables can never leak into a test.

use assert_cmd::Command;
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub(crate) fn ddb_endpoint() -> String {
    std::env::var("CRUDDUR_TEST_DDB_ENDPOINT").unwrap_or_else(|_| "http://localhost:18000".into())
}

/// The DynamoDB Local started without -sharedDb: one database per access key and region.
pub(crate) fn isolated_endpoint() -> String {
    std::env::var("CRUDDUR_TEST_ISOLATED_DDB_ENDPOINT")
        .unwrap_or_else(|_| "http://localhost:18001".into())
}

pub(crate) fn pg_url() -> String {
    std::env::var("CRUDDUR_TEST_CONNECTION_URL")
        .unwrap_or_else(|_| "postgresql://postgres:password@127.0.0.1:55442/cruddur".into())
}

fn host_port(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let rest = rest.rsplit('@').next().unwrap_or(rest);
    rest.split(['/', '?']).next().unwrap_or(rest).to_string()
}

fn reachable(url: &str) -> bool {
    host_port(url)
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .is_some_and(|addr| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok())
}

/// Fails the test with a clear instruction when the services are not running.
pub(crate) fn require_dynamodb() {
    static OK: OnceLock<bool> = OnceLock::new();
    let endpoint = ddb_endpoint();
    assert!(
        *OK.get_or_init(|| reachable(&endpoint)),
        "DynamoDB Local is not answering at {endpoint}: run the tests with `make test` (it starts the services), or `make up` first"
    );
}

pub(crate) fn require_isolated_dynamodb() {
    static OK: OnceLock<bool> = OnceLock::new();
    let endpoint = isolated_endpoint();
    assert!(
        *OK.get_or_init(|| reachable(&endpoint)),
        "the DynamoDB Local without -sharedDb is not answering at {endpoint}: run the tests with `make test`"
    );
}

pub(crate) fn require_postgres() {
    static OK: OnceLock<bool> = OnceLock::new();
    let url = pg_url();
    assert!(
        *OK.get_or_init(|| reachable(&url)),
        "Postgres is not answering at {}: run the tests with `make test`, or `make up` first",
        host_port(&url)
    );
}

fn home() -> PathBuf {
    static HOME: OnceLock<tempfile::TempDir> = OnceLock::new();
    HOME.get_or_init(|| tempfile::tempdir().expect("temp HOME"))
        .path()
        .to_path_buf()
}

/// The whole environment of a test's run: a temporary HOME, AWS files that do not exist,
/// no instance metadata. Nothing else from the developer's environment gets through.
fn isolated_env() -> [(&'static str, std::ffi::OsString); 4] {
    [
        ("HOME", home().into_os_string()),
        (
            "AWS_CONFIG_FILE",
            home().join("no-aws-config").into_os_string(),
        ),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            home().join("no-aws-credentials").into_os_string(),
        ),
        ("AWS_EC2_METADATA_DISABLED", "true".into()),
    ]
}

/// The test services a run is aimed at by default.
fn service_env() -> [(&'static str, String); 2] {
    [
        ("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint()),
        ("CONNECTION_URL", pg_url()),
    ]
}

/// The binary with nothing from the developer's environment: no AWS config, no variables.
pub(crate) fn bare() -> Command {
    let mut cmd = Command::cargo_bin("cruddur-ddb").expect("binary built");
    cmd.env_clear()
        .envs(isolated_env())
        .timeout(Duration::from_secs(120));
    cmd
}

/// The binary as a plain child process (to run several at once, or to signal), with the
/// same cleared environment as [`bare`], aimed at the test DynamoDB Local and Postgres.
pub(crate) fn spawnable(args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("cruddur-ddb"));
    cmd.env_clear()
        .envs(isolated_env())
        .envs(service_env())
        .args(args);
    cmd
}

/// The binary aimed at the test DynamoDB Local and Postgres.
pub(crate) fn cli() -> Command {
    let mut cmd = bare();
    cmd.envs(service_env());
    cmd
}

/// A table name no other test (or earlier run) uses.
pub(crate) fn unique_table(tag: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "t-{tag}-{}-{nanos:x}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
}

/// Creates a messages table with `schema load --no-stream` and returns its name.
/// DynamoDB Local slows every write down by all the stream records it holds, across
/// tables: only tests that read a stream make tables with one ([`stream_table`]).
pub(crate) fn messages_table(tag: &str) -> String {
    require_dynamodb();
    let table = unique_table(tag);
    cli()
        .args(["schema", "load", "--no-stream", "--table", &table])
        .assert()
        .success();
    table
}

/// A messages table with its NEW_IMAGE stream, as `schema load` makes it.
pub(crate) fn stream_table(tag: &str) -> String {
    require_dynamodb();
    let table = unique_table(tag);
    cli()
        .args(["schema", "load", "--table", &table])
        .assert()
        .success();
    table
}

/// Runs a command that must succeed; returns its stdout and stderr.
pub(crate) fn run_ok(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        out.status.success(),
        "command failed with {:?}\nstdout: {}\nstderr: {stderr}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
    );
    (String::from_utf8(out.stdout).expect("utf-8 output"), stderr)
}

pub(crate) fn stdout_of(cmd: &mut Command) -> String {
    run_ok(cmd).0
}

/// Runs a command that must fail with `code`; returns its stderr.
pub(crate) fn fails_with(cmd: &mut Command, code: i32) -> String {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}\nstdout: {}\nstderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    stderr
}

/// Typed JSON lines in a temporary file (deleted with the returned directory).
pub(crate) fn items_file(lines: &[String]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("items.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    (dir, path)
}

/// Whether `table list` shows the table.
pub(crate) fn table_exists(table: &str) -> bool {
    stdout_of(cli().args(["table", "list", "-o", "text"]))
        .lines()
        .any(|l| l == table)
}

/// Writes typed JSON lines to a temp file and restores them into `table`.
pub(crate) fn load_items(table: &str, lines: &[String]) {
    let (_dir, path) = items_file(lines);
    cli()
        .args(["table", "restore", path.to_str().unwrap(), table])
        .assert()
        .success();
}

/// A scan as parsed JSON lines.
pub(crate) fn scan_jsonl(table: &str, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut cmd = cli();
    cmd.args(["table", "scan", table]).args(extra);
    stdout_of(&mut cmd)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The AWS SDK aimed at the test DynamoDB Local, for fixtures the CLI must not create
/// itself (a table with another schema) and for checking what the CLI created.
pub(crate) fn sdk_client() -> aws_sdk_dynamodb::Client {
    sdk_client_as(&ddb_endpoint(), "t", "us-east-1")
}

/// The AWS SDK signing with access key id `key` in `region`, as another tool of the AWS
/// toolchain configured that way would.
pub(crate) fn sdk_client_as(endpoint: &str, key: &str, region: &str) -> aws_sdk_dynamodb::Client {
    use aws_sdk_dynamodb::config::{BehaviorVersion, Credentials, Region};
    let conf = aws_sdk_dynamodb::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(region.to_string()))
        .credentials_provider(Credentials::new(key, "secret", None, None, "test"))
        .endpoint_url(endpoint)
        .build();
    aws_sdk_dynamodb::Client::from_conf(conf)
}

/// Runs a future to completion (tests are synchronous).
pub(crate) fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Runtime::new().expect("runtime").block_on(f)
}

/// Creates a table keyed `key` (HASH, S) and optionally `sort` (RANGE, S), with no index.
pub(crate) fn create_plain_table(table: &str, key: &str, sort: Option<&str>) {
    create_plain_table_with(&sdk_client(), table, key, sort)
}

/// [`create_plain_table`] through a given client.
pub(crate) fn create_plain_table_with(
    client: &aws_sdk_dynamodb::Client,
    table: &str,
    key: &str,
    sort: Option<&str>,
) {
    use aws_sdk_dynamodb::types::*;
    let def = |n: &str| {
        AttributeDefinition::builder()
            .attribute_name(n)
            .attribute_type(ScalarAttributeType::S)
            .build()
            .unwrap()
    };
    let elem = |n: &str, t| {
        KeySchemaElement::builder()
            .attribute_name(n)
            .key_type(t)
            .build()
            .unwrap()
    };
    let mut req = client
        .create_table()
        .table_name(table)
        .attribute_definitions(def(key))
        .key_schema(elem(key, KeyType::Hash))
        .billing_mode(BillingMode::PayPerRequest);
    if let Some(s) = sort {
        req = req
            .attribute_definitions(def(s))
            .key_schema(elem(s, KeyType::Range));
    }
    block_on(req.send()).expect("create fixture table");
}

/// An error as the tool reports it: one `error:` line, then only `hint:` lines.
pub(crate) fn assert_one_error(stderr: &str) {
    let mut lines = stderr.lines().filter(|l| !l.starts_with("warning: "));
    let first = lines.next().unwrap_or_default();
    assert!(
        first.starts_with("error: "),
        "one error line first: {stderr}"
    );
    for l in lines {
        assert!(l.starts_with("hint: "), "then only hints: {stderr}");
    }
}

/// A terminal for in-process runs: whether each stream is one, its width, and the
/// lines typed at prompts.
pub(crate) struct FakeTerminal {
    pub tty: bool,
    pub width: Option<u16>,
    pub answers: std::collections::VecDeque<String>,
}

impl cruddur_ddb::Terminal for FakeTerminal {
    fn stdin_is_terminal(&self) -> bool {
        self.tty
    }
    fn stdout_is_terminal(&self) -> bool {
        self.tty
    }
    fn stderr_is_terminal(&self) -> bool {
        false
    }
    fn read_line(&mut self) -> std::io::Result<String> {
        Ok(self.answers.pop_front().unwrap_or_default())
    }
    fn stdout_width(&self) -> Option<u16> {
        self.width
    }
}

/// A shared buffer the in-process run writes into.
#[derive(Clone, Default)]
pub(crate) struct Buffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).to_string()
    }
}

/// What an in-process run printed, and how it ended.
pub(crate) struct Ran {
    pub out: String,
    pub err: String,
    pub code: i32,
}

/// Runs the command line in this process, through the library's seam, with exactly
/// `vars` as its environment (nothing from the developer's) and `terminal`.
pub(crate) fn in_process(args: &[&str], vars: &[(&str, &str)], terminal: FakeTerminal) -> Ran {
    let mut argv = vec!["cruddur-ddb"];
    argv.extend_from_slice(args);
    let invocation = match cruddur_ddb::parse(argv) {
        Ok(i) => i,
        Err(e) => {
            return Ran {
                out: String::new(),
                err: e.render().to_string(),
                code: if e.use_stderr() { 2 } else { 0 },
            };
        }
    };
    let mut map: std::collections::HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for (k, v) in isolated_env() {
        map.entry(k.to_string())
            .or_insert_with(|| v.to_string_lossy().into_owned());
    }
    let env = move |name: &str| map.get(name).cloned();
    let (out, err) = (Buffer::default(), Buffer::default());
    let result = block_on(cruddur_ddb::run(
        invocation,
        std::sync::Arc::new(env),
        Box::new(out.clone()),
        Box::new(err.clone()),
        Box::new(terminal),
    ));
    let code = match &result {
        Ok(()) => 0,
        Err(e) => {
            use std::io::Write;
            let mut w = err.clone();
            for line in cruddur_ddb::error_lines(e) {
                let _ = writeln!(w, "{line}");
            }
            e.exit_code()
        }
    };
    Ran {
        out: out.text(),
        err: err.text(),
        code,
    }
}

/// A pipe: no terminal anywhere.
pub(crate) fn piped() -> FakeTerminal {
    FakeTerminal {
        tty: false,
        width: None,
        answers: Default::default(),
    }
}

/// A terminal of `width` columns, answering prompts with `answers`.
pub(crate) fn terminal(width: u16, answers: &[&str]) -> FakeTerminal {
    FakeTerminal {
        tty: true,
        width: Some(width),
        answers: answers.iter().map(|a| format!("{a}\n")).collect(),
    }
}

/// The MD5 of `bytes` as an export's manifest states it: base64 (`md5Checksum`), and
/// hex (`etag`, as S3 computes a single-part object's).
pub(crate) fn md5_of(bytes: &[u8]) -> (String, String) {
    use base64::Engine as _;
    use md5::{Digest, Md5};
    let digest = Md5::digest(bytes);
    (
        base64::engine::general_purpose::STANDARD.encode(digest),
        digest.iter().map(|b| format!("{b:02x}")).collect(),
    )
}

/// A fresh database in the test Postgres cluster, with Cruddur's users table
/// (db/schema.sql) and, with `seed_users`, its three local users (db/seed.sql). Returns
/// its URL.
pub(crate) fn fresh_database(tag: &str, seed_users: bool) -> String {
    require_postgres();
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "t_{tag}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    let mut url = url::Url::parse(&pg_url()).expect("the test Postgres URL");
    url.set_path("/postgres");
    let admin = url.to_string();
    url.set_path(&format!("/{name}"));
    let fresh = url.to_string();
    pg_exec(&admin, &format!("DROP DATABASE IF EXISTS {name}"));
    pg_exec(&admin, &format!("CREATE DATABASE {name}"));
    pg_exec(&fresh, include_str!("../../db/schema.sql"));
    if seed_users {
        pg_exec(&fresh, include_str!("../../db/seed.sql"));
    }
    fresh
}

/// Runs SQL (several statements) in the database at `url`.
pub(crate) fn pg_exec(url: &str, sql: &str) {
    use sqlx::Connection;
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url)
            .await
            .expect("connect to Postgres");
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string()))
            .execute(&mut conn)
            .await
            .expect("SQL runs");
    });
}

/// The rows of a query whose columns are all text (cast them with `::text`).
pub(crate) fn pg_rows(url: &str, sql: &str) -> Vec<Vec<String>> {
    use sqlx::{Connection, Row};
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url)
            .await
            .expect("connect to Postgres");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_all(&mut conn)
            .await
            .expect("query runs");
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| {
                        r.try_get::<Option<String>, _>(i)
                            .unwrap()
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .collect()
    })
}
