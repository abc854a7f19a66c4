//! The command line itself: usage errors, settings, config, completions, man page.
//! None of these needs a running service.

use crate::common::{assert_one_error, bare, fails_with, run_ok, stdout_of};
use cruddur_ddb::error::Exit;
use std::net::TcpListener;
use std::time::Instant;

/// An endpoint on which nothing listens.
fn dead_endpoint() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn env_values_are_exact_and_production_is_a_usage_error() {
    let err = fails_with(
        bare().args(["--env", "production", "table", "list"]),
        Exit::Usage.code(),
    );
    assert!(
        err.contains("invalid value 'production'") && err.contains("dev, prod"),
        "{err}"
    );
    let err = fails_with(
        bare().env("CRUDDUR_ENV", "nonprod").args(["table", "list"]),
        Exit::Usage.code(),
    );
    assert_eq!(
        err,
        "error: CRUDDUR_ENV=\"nonprod\" is not a valid environment\nhint: use exactly 'dev' or 'prod'\n"
    );
}

#[test]
fn global_options_work_after_the_subcommand() {
    let out = stdout_of(bare().args([
        "config",
        "--env",
        "prod",
        "--region",
        "eu-west-1",
        "-o",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["env"], "prod");
    assert_eq!(v["region"], "eu-west-1");
    assert_eq!(v["postgres_variable"], "PROD_CONNECTION_URL");
    assert_eq!(v["destructive_actions_need_typed_confirmation"], true);
}

#[test]
fn config_shows_the_target_and_never_the_password() {
    let out = stdout_of(
        bare()
            .env(
                "CONNECTION_URL",
                "postgresql://postgres:hunter2@127.0.0.1:55432/cruddur",
            )
            .env("DDB_MESSAGE_TABLE", "my-table")
            .env(
                "AWS_SECRET_ACCESS_KEY",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY",
            )
            .args(["config", "-o", "table"]),
    );
    assert!(
        out.contains("endpoint    http://localhost:8000 (default for dev)"),
        "{out}"
    );
    assert!(
        out.contains("table       my-table (DDB_MESSAGE_TABLE)"),
        "{out}"
    );
    assert!(
        out.contains("postgresql://postgres:****@127.0.0.1:55432/cruddur"),
        "{out}"
    );
    assert!(
        !out.contains("hunter2") && !out.contains("SECRETKEY"),
        "{out}"
    );
}

#[test]
fn an_unreachable_endpoint_fails_fast_with_the_endpoint_and_a_fix() {
    let endpoint = dead_endpoint();
    let start = Instant::now();
    let err = fails_with(
        bare().args(["--endpoint-url", &endpoint, "table", "list"]),
        Exit::Unreachable.code(),
    );
    let took = start.elapsed();
    assert!(
        err.starts_with(&format!("error: cannot reach DynamoDB at {endpoint}")),
        "{err}"
    );
    assert!(err.contains("make up"), "{err}");
    assert_one_error(&err);
    // A hang guard, not a benchmark: connect timeouts and few retries keep this short.
    assert!(took.as_secs() < 10, "took {took:?}");
}

#[test]
fn bad_values_are_rejected_before_any_request() {
    // The endpoint is dead: a usage error (2) proves nothing was sent (that would be 4).
    let endpoint = dead_endpoint();
    let long = "a".repeat(400);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--table", "no spaces allowed", "table", "scan"],
            "invalid table name",
        ),
        (
            vec!["--table", "ab", "schema", "load"],
            "3 to 255 characters",
        ),
        (
            vec!["--table", &long, "table", "list"],
            "invalid table name",
        ),
        (
            vec!["table", "drop", "bad/name", "--yes"],
            "invalid table name",
        ),
        (vec!["table", "scan", "ünïcödé"], "invalid table name"),
        (
            vec!["table", "scan", "--segments", "0"],
            "--segments 0 is out of range",
        ),
        (vec!["table", "scan", "--max-items", "0"], "--max-items"),
        (
            vec!["table", "scan", "--max-items", "many"],
            "invalid value",
        ),
        (
            vec!["table", "list", "-o", "ddb-json"],
            "does not support --output ddb-json",
        ),
        (
            vec!["pattern", "get-conversations", "--group-uuid", "nope"],
            "is not a UUID",
        ),
        (
            vec!["pattern", "get-conversations", "--year", "23"],
            "four-digit year",
        ),
        (
            vec!["pattern", "get-conversations", "--since", "tomorrow"],
            "is not a date",
        ),
        (
            vec!["pattern", "get-conversations", "--limit", "-1"],
            "--limit",
        ),
        (
            vec!["pattern", "list-conversations", "--user-uuid", ""],
            "is not a UUID",
        ),
        (
            vec!["pattern", "list-conversations", "--handle", "  "],
            "--handle must not be empty",
        ),
        (vec!["seed", "--handle", "bayko"], "two different users"),
        (vec!["seed", "--messages", "1"], "--messages"),
        (
            vec!["--endpoint-url", "localhost:8000", "table", "list"],
            "invalid endpoint URL",
        ),
        (
            vec!["--region", "Mars Base", "table", "list"],
            "invalid region",
        ),
        (
            vec!["--profile", "work", "table", "list"],
            "profile 'work' is not in",
        ),
    ];
    for (args, expected) in cases {
        let mut cmd = bare();
        cmd.env("AWS_ENDPOINT_URL_DYNAMODB", &endpoint).args(&args);
        let err = fails_with(&mut cmd, Exit::Usage.code());
        assert!(
            err.contains(expected),
            "{args:?}: expected {expected:?} in {err}"
        );
        assert!(err.len() < 400, "{args:?}: error too long: {err}");
    }
}

#[test]
fn postgres_variable_missing_is_named() {
    let err = fails_with(
        bare().args([
            "--endpoint-url",
            &dead_endpoint(),
            "pattern",
            "list-conversations",
        ]),
        Exit::Usage.code(),
    );
    assert!(err.starts_with("error: CONNECTION_URL is not set"), "{err}");
    let err = fails_with(
        bare().args([
            "--env",
            "prod",
            "--region",
            "us-east-1",
            "pattern",
            "list-conversations",
        ]),
        Exit::Usage.code(),
    );
    assert!(
        err.starts_with("error: PROD_CONNECTION_URL is not set"),
        "{err}"
    );
}

#[test]
fn version_and_help() {
    let out = stdout_of(bare().arg("--version"));
    assert_eq!(out, format!("cruddur-ddb {}\n", env!("CARGO_PKG_VERSION")));
    let sub = stdout_of(bare().args(["table", "list", "-V"]));
    assert_eq!(sub, out, "a subcommand's version names the tool");
    let help = stdout_of(bare().args(["table", "scan", "--help"]));
    for flag in [
        "--max-items",
        "--page-size",
        "--segments",
        "--consistent-read",
        "--attributes",
        "--env",
        "--output",
    ] {
        assert!(help.contains(flag), "{flag} missing from help");
    }
    // No subcommand: help on stderr, usage exit code.
    fails_with(&mut bare(), Exit::Usage.code());
}

#[test]
fn committed_completions_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "cruddur-ddb.bash"),
        ("zsh", "_cruddur-ddb"),
        ("fish", "cruddur-ddb.fish"),
        ("elvish", "cruddur-ddb.elv"),
        ("powershell", "_cruddur-ddb.ps1"),
    ] {
        let generated = stdout_of(bare().args(["completions", shell]));
        let committed = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is stale: run `make completions` and commit the result"
        );
    }
}

#[test]
fn committed_man_pages_are_current() {
    let committed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("doc");
    let generated = tempfile::tempdir().unwrap();
    run_ok(bare().args(["man", "--dir"]).arg(generated.path()));
    let names = |dir: &std::path::Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let pages = names(generated.path());
    assert!(
        pages.contains(&"cruddur-ddb-table-scan.1".to_string()),
        "one page per subcommand: {pages:?}"
    );
    assert_eq!(
        pages,
        names(&committed),
        "doc/ is stale: run `make completions` and commit the result"
    );
    for page in &pages {
        let want = std::fs::read_to_string(generated.path().join(page)).unwrap();
        let have = std::fs::read_to_string(committed.join(page)).unwrap_or_default();
        assert!(
            want == have,
            "doc/{page} is stale: run `make completions` and commit the result"
        );
    }
    let main = stdout_of(bare().arg("man"));
    assert!(
        main.contains(".TH cruddur-ddb 1"),
        "{}",
        &main[..200.min(main.len())]
    );
    assert!(
        main.contains(".SH \"EXIT STATUS\"") && main.contains(".SH ENVIRONMENT"),
        "{main}"
    );
}

#[test]
fn completions_work_even_with_a_broken_environment() {
    let out = stdout_of(
        bare()
            .env("CRUDDUR_ENV", "bogus")
            .args(["completions", "bash"]),
    );
    assert!(out.contains("_cruddur__ddb()"), "{}", &out[..100]);
}

#[test]
fn prod_aimed_at_a_variable_endpoint_says_so() {
    let (_, stderr) = run_ok(
        bare()
            .env("AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:8000")
            .args(["--env", "prod", "config"]),
    );
    assert!(stderr.starts_with("warning: --env prod sends requests to http://localhost:8000 (from AWS_ENDPOINT_URL_DYNAMODB)"), "{stderr}");
    let out = bare()
        .args([
            "--env",
            "prod",
            "--endpoint-url",
            "http://localhost:4566",
            "config",
        ])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "an explicit flag is not a surprise");
}

#[test]
fn prod_without_a_region_says_how_to_set_one() {
    let err = fails_with(
        bare().args(["--env", "prod", "table", "list"]),
        Exit::Usage.code(),
    );
    assert!(err.contains("no AWS region for --env prod"), "{err}");
}

#[test]
fn prod_without_credentials_says_so_in_one_line_with_the_sources_tried() {
    let mut cmd = bare();
    cmd.args(["--env", "prod", "--region", "us-east-1", "table", "list"]);
    let err = fails_with(&mut cmd, Exit::Auth.code());
    assert!(
        err.starts_with("error: no AWS credentials for DynamoDB us-east-1 (list tables): none found (tried environment variables,"),
        "{err}"
    );
    assert!(
        err.contains("hint: configure them with `aws configure`"),
        "{err}"
    );
    assert_one_error(&err);
    assert!(err.len() < 400, "short: {err}");
}
