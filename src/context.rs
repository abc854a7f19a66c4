//! What a command runs with: validated settings, the chosen output format, its output
//! streams, the terminal, and the stores, each built lazily and at most once.

use crate::error::{Error, Result};
use crate::render::{self, Outcome, OutputFormat};
use crate::settings::{EnvLookup, Flags, Settings};
use crate::store::dynamo::DynamoStore;
use crate::store::postgres::{PgTarget, PgUsers};
use crate::ui::confirm::{Ask, confirm};
use crate::ui::progress::Progress;
use crate::ui::{Messages, Terminal};
use std::io::Write;
use tokio::sync::OnceCell;

pub(crate) struct Context {
    pub settings: Settings,
    /// The output format chosen for this command.
    pub format: OutputFormat,
    /// The width of the terminal stdout is, if it is one.
    pub width: Option<u16>,
    /// Results: what a script reads.
    pub out: Box<dyn Write + Send>,
    /// Progress, summaries, warnings and prompts.
    pub messages: Messages,
    pub terminal: Box<dyn Terminal>,
    /// The environment settings came from, for resolving another target (`--to-*`).
    env: std::sync::Arc<dyn EnvLookup + Send + Sync>,
    dynamo: OnceCell<DynamoStore>,
    users: OnceCell<PgUsers>,
}

impl Context {
    pub(crate) fn new(
        settings: Settings,
        format: OutputFormat,
        out: Box<dyn Write + Send>,
        messages: Messages,
        terminal: Box<dyn Terminal>,
        env: std::sync::Arc<dyn EnvLookup + Send + Sync>,
    ) -> Self {
        Context {
            settings,
            format,
            width: terminal.stdout_width(),
            out,
            messages,
            terminal,
            env,
            dynamo: OnceCell::new(),
            users: OnceCell::new(),
        }
    }

    /// The settings of the other table of a copy or diff, from its `--to-*` flags
    /// ([`Settings::other_side`] has the rule).
    pub(crate) fn other_target(&self, flags: &Flags) -> Result<Settings> {
        self.settings.other_side(flags, &*self.env)
    }

    /// The DynamoDB store, built on first use.
    pub(crate) async fn dynamo(&self) -> Result<DynamoStore> {
        self.dynamo
            .get_or_try_init(|| DynamoStore::connect(&self.settings))
            .await
            .cloned()
    }

    /// The S3 store of this target: `--s3-endpoint-url` / AWS_ENDPOINT_URL_S3, or AWS S3
    /// with `--env prod`. Dev without an S3 endpoint is refused: it must never reach real
    /// S3 by accident.
    pub(crate) async fn s3(&self) -> Result<crate::store::s3::S3Store> {
        let endpoint = self.settings.s3_endpoint.as_ref().map(|e| e.value.clone());
        if endpoint.is_none() && self.settings.env == crate::settings::EnvName::Dev {
            return Err(Error::Usage(format!(
                "no S3 endpoint for a dev target ({}): S3 requests would go to real AWS S3",
                self.settings.target_label()
            ))
            .with_hint("set --s3-endpoint-url or AWS_ENDPOINT_URL_S3 (for moto: `scripts/services.sh up moto` prints it), or use --env prod for AWS S3"));
        }
        let dynamo = self.dynamo().await?;
        let sdk = dynamo
            .sdk_config()
            .ok_or_else(|| Error::Service("this store has no configuration for S3".into()))?;
        Ok(crate::store::s3::S3Store::connect(sdk, endpoint.as_deref()))
    }

    /// The users directory, connected on first use.
    pub(crate) async fn users(&self) -> Result<PgUsers> {
        self.users
            .get_or_try_init(|| async {
                let var = self.settings.postgres_var;
                let url = self.settings.postgres_url().ok_or_else(|| {
                    Error::Usage(format!(
                        "{var} is not set: it must hold the Postgres URL of the users table, e.g. postgresql://postgres:password@127.0.0.1:55432/cruddur (`make up` prints it)"
                    ))
                })?;
                PgUsers::connect(PgTarget {
                    url,
                    masked: self.settings.postgres_url_masked().unwrap_or_default(),
                    var,
                })
                .await
            })
            .await
            .cloned()
    }

    /// Awaits `work`; if it takes more than a second, says what it is waiting for (so a
    /// hung endpoint is not silence). `what`: "listing tables", ...
    pub(crate) async fn waiting<T>(
        &self,
        what: &str,
        work: impl std::future::Future<Output = T>,
    ) -> T {
        tokio::pin!(work);
        tokio::select! {
            done = &mut work => return done,
            _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
        }
        self.note(format!(
            "waiting for {} ({what}) ...",
            self.settings.target_label()
        ));
        work.await
    }

    /// A line on the message stream.
    pub(crate) fn note(&self, line: impl AsRef<str>) {
        self.messages.line(line.as_ref());
    }

    /// A progress line, drawn only when the message stream is a terminal.
    pub(crate) fn progress(&self) -> Progress {
        Progress::new(
            self.terminal
                .stderr_is_terminal()
                .then(|| self.messages.clone()),
        )
    }

    /// Asks before `action` on `table`: y/N locally, the table name where guarded.
    pub(crate) fn confirm(&mut self, action: &str, table: &str, yes: bool) -> Result<()> {
        let target = format!(
            "{} (env {})",
            self.settings.target_label(),
            self.settings.env.as_str()
        );
        self.ask(action, &target, table, self.settings.is_guarded(), yes)
    }

    /// Asks before a write where this target is guarded (prod, or not on this machine);
    /// locally, writes go ahead.
    pub(crate) fn confirm_write(&mut self, action: &str, table: &str, yes: bool) -> Result<()> {
        if self.settings.is_guarded() {
            self.confirm(action, table, yes)
        } else {
            Ok(())
        }
    }

    /// Asks before a write on another target (the destination of a copy) where that
    /// target is guarded, naming it with the key and region it is reached with.
    pub(crate) fn confirm_write_at(
        &mut self,
        other: &Settings,
        action: &str,
        table: &str,
        yes: bool,
    ) -> Result<()> {
        if !other.is_guarded() {
            return Ok(());
        }
        let target = format!(
            "{} (env {})",
            other.target_with_identity(),
            other.env.as_str()
        );
        self.ask(action, &target, table, true, yes)
    }

    fn ask(
        &mut self,
        action: &str,
        target: &str,
        table: &str,
        typed: bool,
        yes: bool,
    ) -> Result<()> {
        let ask = Ask {
            action,
            target,
            table,
            typed,
        };
        confirm(self.terminal.as_mut(), &mut self.messages, &ask, yes)
    }

    /// The command's one output call.
    pub(crate) fn emit<T: Outcome>(&mut self, outcome: &T) -> Result<()> {
        render::emit(&self.view(), &mut self.out, &self.messages, outcome)
    }

    /// How human output is drawn here.
    pub(crate) fn view(&self) -> render::View {
        render::View {
            format: self.format,
            width: self.width,
        }
    }
}
