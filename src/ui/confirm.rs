//! Confirmation before destructive actions. Local dev: y/N. Prod or any non-local
//! endpoint: type the table name. No terminal and no `--yes`: refuse.

use super::{Messages, Terminal};
use crate::error::{Error, Result};
use std::io::Write;

/// What is about to happen, and where.
pub(crate) struct Ask<'a> {
    /// e.g. "delete table t (about 10 items)"
    pub action: &'a str,
    /// e.g. "http://localhost:8000 (env dev)"
    pub target: &'a str,
    pub table: &'a str,
    /// Type the table name instead of y/N.
    pub typed: bool,
}

pub(crate) fn confirm(
    terminal: &mut dyn Terminal,
    messages: &mut Messages,
    ask: &Ask,
    yes: bool,
) -> Result<()> {
    let Ask {
        action,
        target,
        table,
        typed,
    } = *ask;
    if yes {
        return Ok(());
    }
    if !terminal.stdin_is_terminal() {
        return Err(Error::NotConfirmed(format!(
            "refusing to {action} at {target} without confirmation: stdin is not a terminal"
        ))
        .with_hint("pass --yes to confirm"));
    }
    if typed {
        write!(
            messages,
            "About to {action} at {target}.\nType the table name ({table}) to confirm: "
        )?;
    } else {
        write!(messages, "About to {action} at {target}. Continue? [y/N] ")?;
    }
    messages.flush()?;
    let answer = terminal
        .read_line()
        .map_err(|e| Error::io("reading the confirmation", e))?;
    let answer = answer.trim();
    let ok = if typed {
        answer == table
    } else {
        matches!(answer.to_ascii_lowercase().as_str(), "y" | "yes")
    };
    if ok {
        Ok(())
    } else {
        Err(Error::NotConfirmed(format!(
            "not confirmed: did not {action}"
        )))
    }
}
