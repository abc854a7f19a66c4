//! Confirmation before destructive actions. Local dev: y/N. Prod or any non-local
//! endpoint: type the table name. No terminal and no `--yes`: refuse.

use crate::context::Context;
use crate::error::{Error, Result};
use std::io::Write;

pub fn confirm(ctx: &mut Context, action: &str, table: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    let target = format!(
        "{} (env {})",
        ctx.settings.target_label(),
        ctx.settings.env.as_str()
    );
    if !ctx.terminal.stdin_is_terminal() {
        return Err(Error::NotConfirmed(format!(
            "refusing to {action} at {target} without confirmation: stdin is not a terminal; pass --yes to confirm"
        )));
    }
    let guarded = ctx.settings.is_guarded();
    if guarded {
        write!(
            ctx.err,
            "About to {action} at {target}.\nType the table name ({table}) to confirm: "
        )?;
    } else {
        write!(ctx.err, "About to {action} at {target}. Continue? [y/N] ")?;
    }
    ctx.err.flush()?;
    let answer = ctx
        .terminal
        .read_line()
        .map_err(|e| Error::io("reading the confirmation", e))?;
    let answer = answer.trim();
    let ok = if guarded {
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
