//! `cruddur-ddb ui` end to end, in a real terminal: tmux runs it against the test
//! DynamoDB Local and Postgres, keys are sent to it, and the screen is read back.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const GROUP: &str = "5ae290ed-55d1-47a0-bc6d-fe2bc2700399";

/// A tmux server of its own, with one window running the UI; killed when dropped.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

fn tmux_installed() {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "tmux is not installed: `make test` installs it (apt-get install tmux), or install it yourself"
    );
}

impl Tmux {
    /// Starts `cruddur-ddb ARGS` at 100×30 with the tests' cleared environment plus
    /// `vars`; when it ends, its exit code and `stty -a` go to files.
    fn start(args: &[&str], vars: &[(&str, &str)]) -> Tmux {
        tmux_installed();
        let dir = tempfile::tempdir().unwrap();
        let socket = format!("cdd-{}", unique_table("tmux"));
        let bin = assert_cmd::cargo::cargo_bin("cruddur-ddb");
        let mut env = vec![
            format!("HOME={}", dir.path().display()),
            "PATH=/usr/bin:/bin".to_string(),
            "TERM=xterm-256color".to_string(),
            format!("AWS_CONFIG_FILE={}", dir.path().join("none").display()),
            format!(
                "AWS_SHARED_CREDENTIALS_FILE={}",
                dir.path().join("none").display()
            ),
            "AWS_EC2_METADATA_DISABLED=true".to_string(),
        ];
        env.extend(vars.iter().map(|(k, v)| format!("{k}={v}")));
        let quoted: Vec<String> = std::iter::once(bin.display().to_string())
            .chain(args.iter().map(|a| a.to_string()))
            .chain(env.iter().cloned())
            .map(|w| format!("'{}'", w.replace('\'', "'\\''")))
            .collect();
        let n = args.len() + 1;
        let script = format!(
            "env -i {} {} 2>{err}; echo $? >{code}; stty -a >{stty}; sleep 600",
            quoted[n..].join(" "),
            quoted[..n].join(" "),
            err = dir.path().join("stderr").display(),
            code = dir.path().join("code").display(),
            stty = dir.path().join("stty").display(),
        );
        let ok = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
            ])
            .arg(script)
            .status()
            .unwrap();
        assert!(ok.success(), "tmux started");
        Tmux { socket, dir }
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    fn keys(&self, keys: &[&str]) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys"])
            .args(keys)
            .status()
            .unwrap();
    }

    fn resize(&self, width: u16, height: u16) {
        Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "resize-window",
                "-x",
                &width.to_string(),
            ])
            .args(["-y", &height.to_string()])
            .status()
            .unwrap();
    }

    fn type_text(&self, text: &str) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-l", text])
            .status()
            .unwrap();
    }

    /// Waits (up to `secs`) until the screen shows `text`.
    fn wait_for(&self, text: &str, secs: u64) -> String {
        let until = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if Instant::now() > until {
                let err = std::fs::read_to_string(self.path("stderr")).unwrap_or_default();
                panic!("the screen never showed {text:?}:\n{screen}\nstderr: {err}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The exit code once the UI has ended.
    fn exit_code(&self) -> String {
        wait_file(&self.path("code"));
        wait_file(&self.path("stty"));
        std::fs::read_to_string(self.path("code"))
            .unwrap()
            .trim()
            .to_string()
    }
}

fn wait_file(path: &Path) {
    let until = Instant::now() + Duration::from_secs(10);
    while std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
        assert!(Instant::now() < until, "{} never appeared", path.display());
        std::thread::sleep(Duration::from_millis(100));
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

fn seeded() -> String {
    require_postgres();
    let table = messages_table("tui");
    run_ok(cli().args(["--table", &table, "seed", "--messages", "30"]));
    table
}

/// The rows of the conversation, as plain JSON.
fn rows(table: &str) -> Vec<serde_json::Value> {
    scan_jsonl(table, &[])
}

fn local() -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ENDPOINT_URL_DYNAMODB", ddb_endpoint()),
        ("CONNECTION_URL", pg_url()),
    ]
}

fn vars<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, x)| (*k, x.as_str())).collect()
}

#[test]
fn a_reply_typed_in_the_ui_moves_both_rows_and_others_messages_appear() {
    let table = seeded();
    let env = local();
    let ui = Tmux::start(
        &["--table", &table, "ui", "--handle", "andrewbrown"],
        &vars(&env),
    );
    ui.wait_for("Andrew Bayko @bayko", 20);
    ui.keys(&["Enter"]);
    // The seed's newest message (its 30th line of text).
    ui.wait_for("Retried with backoff", 10);

    let reply = format!("hello from tmux {}", std::process::id());
    ui.keys(&["r"]);
    ui.type_text(&reply);
    ui.keys(&["Enter"]);
    ui.wait_for("sent at", 10);
    let all = rows(&table);
    let sent = all
        .iter()
        .find(|r| r["message"] == reply.as_str() && r["pk"] == format!("MSG#{GROUP}").as_str())
        .unwrap_or_else(|| panic!("the reply is in {table}"));
    let groups: Vec<&serde_json::Value> = all
        .iter()
        .filter(|r| r["pk"].as_str().unwrap().starts_with("GRP#"))
        .collect();
    assert_eq!(groups.len(), 2);
    for g in groups {
        assert_eq!(
            g["sk"], sent["sk"],
            "both group rows moved to the reply: {g}"
        );
        assert_eq!(g["message"], reply.as_str());
    }

    // Another process writes; the UI shows it without a key press.
    let other = format!("from another process {}", std::process::id());
    run_ok(cli().args([
        "--table",
        &table,
        "pattern",
        "create-message",
        "--group-uuid",
        GROUP,
        "--handle",
        "bayko",
        &other,
    ]));
    ui.wait_for(&other, 5);

    // n: a new conversation with another user, through the create-message-group path.
    ui.keys(&["n"]);
    ui.wait_for("Start a conversation with", 5);
    ui.keys(&["/"]);
    ui.type_text("londo");
    ui.keys(&["Enter", "Enter"]);
    ui.wait_for("first message to @londo", 5);
    ui.type_text("Hello Londo");
    ui.keys(&["Enter"]);
    ui.wait_for("started a conversation with @londo", 10);
    let londo = rows(&table)
        .into_iter()
        .filter(|r| r["message"] == "Hello Londo")
        .count();
    assert_eq!(londo, 3, "the message and both group rows");
    run_ok(cli().args(["--table", &table, "doctor"]));

    // Too small, it says so; back to size, it draws again.
    ui.resize(50, 12);
    ui.wait_for("cruddur-ddb ui needs at", 5);
    ui.resize(100, 30);
    ui.wait_for("Hello Londo", 5);

    ui.keys(&["q"]);
    assert_eq!(ui.exit_code(), "0");
    let stty = std::fs::read_to_string(ui.path("stty")).unwrap();
    assert!(
        stty.contains(" icanon") && !stty.contains("-icanon") && stty.contains(" echo"),
        "the terminal is back in canonical mode: {stty}"
    );
}

#[test]
fn against_prod_the_ui_is_read_only_and_writes_ask_for_the_table_name() {
    let table = seeded();
    let before = rows(&table).len();
    let env = vec![
        ("PROD_CONNECTION_URL", pg_url()),
        ("AWS_ACCESS_KEY_ID", "AKIDPRODTEST".to_string()),
        ("AWS_SECRET_ACCESS_KEY", "x".to_string()),
        ("AWS_REGION", "us-east-1".to_string()),
    ];
    let endpoint = ddb_endpoint();
    let args = [
        "--env",
        "prod",
        "--endpoint-url",
        &endpoint,
        "--table",
        &table,
        "ui",
        "--handle",
        "andrewbrown",
    ];
    let ui = Tmux::start(&args, &vars(&env));
    let screen = ui.wait_for("Andrew Bayko @bayko", 20);
    assert!(screen.contains("read-only"), "{screen}");
    ui.keys(&["Enter"]);
    ui.wait_for("Retried with backoff", 10);
    ui.keys(&["r"]);
    ui.wait_for("read-only: --env prod without --allow-writes", 5);
    ui.type_text("x");
    ui.keys(&["Enter"]);
    // Ctrl-C quits as q does, and restores the terminal.
    ui.keys(&["C-c"]);
    assert_eq!(ui.exit_code(), "0");
    let stty = std::fs::read_to_string(ui.path("stty")).unwrap();
    assert!(
        stty.contains(" icanon") && !stty.contains("-icanon"),
        "{stty}"
    );
    assert_eq!(rows(&table).len(), before, "nothing was written");

    // With --allow-writes a reply asks for the table name; a wrong one writes nothing.
    let mut args = args.to_vec();
    args.push("--allow-writes");
    let ui = Tmux::start(&args, &vars(&env));
    ui.wait_for("Andrew Bayko @bayko", 20);
    ui.keys(&["Enter"]);
    ui.wait_for("Retried with backoff", 10);
    ui.keys(&["r"]);
    ui.type_text("a guarded reply");
    ui.keys(&["Enter"]);
    ui.wait_for("type the table name", 5);
    ui.type_text("not-the-table");
    ui.keys(&["Enter"]);
    ui.wait_for("not written", 5);
    ui.keys(&["r"]);
    ui.type_text("a confirmed reply");
    ui.keys(&["Enter"]);
    ui.type_text(&table);
    ui.keys(&["Enter"]);
    ui.wait_for("sent at", 10);
    ui.keys(&["q"]);
    assert_eq!(ui.exit_code(), "0");
    let after = rows(&table);
    assert_eq!(after.len(), before + 1);
    assert!(after.iter().any(|r| r["message"] == "a confirmed reply"));
}

#[test]
fn a_service_that_stops_answering_is_said_and_the_ui_keeps_running() {
    // The fault proxy in front of DynamoDB Local: after the first two Queries, six are
    // cut off unanswered (the SDK's three attempts of two refreshes); then it answers.
    use crate::proxy::{Fault, Proxy, Rule};
    let table = seeded();
    let proxy = Proxy::start(
        &ddb_endpoint(),
        vec![Rule::new(Some("Query"), Fault::Reset).after(2).times(6)],
    );
    let env = vec![
        ("AWS_ENDPOINT_URL_DYNAMODB", proxy.url.clone()),
        ("CONNECTION_URL", pg_url()),
    ];
    let ui = Tmux::start(
        &["--table", &table, "ui", "--handle", "andrewbrown"],
        &vars(&env),
    );
    ui.wait_for("Andrew Bayko @bayko", 20);
    ui.wait_for("not answering; retrying", 15);
    let until = Instant::now() + Duration::from_secs(10);
    while ui.screen().contains("not answering") {
        assert!(
            Instant::now() < until,
            "the warning went away once it answered"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    ui.keys(&["q"]);
    assert_eq!(ui.exit_code(), "0");
}

#[test]
fn without_a_terminal_the_ui_is_one_usage_error() {
    let err = fails_with(cli().args(["ui"]), 2);
    assert_one_error(&err);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("hint: "), "{err}");
}
