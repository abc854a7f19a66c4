//! What a command runs with: validated settings, its output streams, the terminal,
//! and the stores, each built lazily and at most once.

use crate::error::Result;
use crate::settings::Settings;
use crate::store::dynamo::DynamoStore;
use crate::store::postgres::PgUsers;
use std::io::{self, BufRead, IsTerminal, Write};
use tokio::sync::OnceCell;

/// The user's terminal, for confirmations and progress lines.
pub trait Terminal: Send {
    fn stdin_is_terminal(&self) -> bool;
    fn stderr_is_terminal(&self) -> bool;
    fn read_line(&mut self) -> io::Result<String>;
}

pub struct RealTerminal;

impl Terminal for RealTerminal {
    fn stdin_is_terminal(&self) -> bool {
        io::stdin().is_terminal()
    }
    fn stderr_is_terminal(&self) -> bool {
        io::stderr().is_terminal()
    }
    fn read_line(&mut self) -> io::Result<String> {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        Ok(line)
    }
}

pub struct Context {
    pub settings: Settings,
    /// Results: what a script reads.
    pub out: Box<dyn Write + Send>,
    /// Progress, summaries, warnings and prompts.
    pub err: Box<dyn Write + Send>,
    pub terminal: Box<dyn Terminal>,
    dynamo: OnceCell<DynamoStore>,
    users: OnceCell<PgUsers>,
}

impl Context {
    pub fn new(
        settings: Settings,
        out: Box<dyn Write + Send>,
        err: Box<dyn Write + Send>,
        terminal: Box<dyn Terminal>,
    ) -> Self {
        Context {
            settings,
            out,
            err,
            terminal,
            dynamo: OnceCell::new(),
            users: OnceCell::new(),
        }
    }

    /// The DynamoDB store, built on first use.
    pub async fn dynamo(&self) -> Result<DynamoStore> {
        self.dynamo
            .get_or_try_init(|| DynamoStore::connect(&self.settings))
            .await
            .cloned()
    }

    /// The users directory, connected on first use.
    pub async fn users(&self) -> Result<PgUsers> {
        self.users
            .get_or_try_init(|| PgUsers::connect(&self.settings))
            .await
            .cloned()
    }

    /// A line on stderr (ignored if stderr is gone).
    pub fn note(&mut self, line: impl AsRef<str>) {
        let _ = writeln!(self.err, "{}", line.as_ref());
        let _ = self.err.flush();
    }
}
