//! Typed errors. Every failure the tool reports is one of these kinds, and
//! [`Error::exit`] is the one place that maps a kind to a process exit code.

use std::io;

/// Process exit codes, documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    Unreachable = 4,
    Auth = 5,
    Conflict = 6,
    Incomplete = 7,
    NotConfirmed = 8,
    /// `doctor` found problems (or `table diff` differences).
    Findings = 9,
    Interrupted = 130,
}

impl Exit {
    pub fn code(self) -> i32 {
        self as i32
    }

    /// Every code with its meaning, as the README and the man page document them.
    pub const DOCUMENTED: [(Exit, &'static str); 11] = [
        (
            Exit::Ok,
            "success (also when the reader of stdout goes away, e.g. | head)",
        ),
        (
            Exit::Failure,
            "the service failed in another way (throttled after retries, unexpected answer, local I/O)",
        ),
        (
            Exit::Usage,
            "usage: a bad flag, value, variable or file; nothing was sent or written",
        ),
        (
            Exit::NotFound,
            "not found: table, index, conversation, user handle or file",
        ),
        (
            Exit::Unreachable,
            "DynamoDB or Postgres could not be reached, or did not answer in time",
        ),
        (Exit::Auth, "credentials missing or rejected"),
        (
            Exit::Conflict,
            "conflict: another schema, an existing file or conversation, a sender who is not a participant",
        ),
        (
            Exit::Incomplete,
            "incomplete: part of the work was done; the message has the counts",
        ),
        (
            Exit::NotConfirmed,
            "not confirmed: a destructive action was declined or needs --yes",
        ),
        (
            Exit::Findings,
            "doctor found problems (after --fix: problems remain)",
        ),
        (
            Exit::Interrupted,
            "interrupted (Ctrl-C); the message says what was done",
        ),
    ];
}

/// What the store found, stated as a fact. The command layer (`commands::hints`)
/// adds what the user can do about it, since only it knows the flags and commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    TableMissing {
        table: String,
    },
    IndexMissing,
    DynamoUnreachable,
    DynamoCredentials,
    DynamoRejectedCredentials,
    Throttled,
    PostgresUnreachable,
    PostgresLogin,
    PostgresDatabaseMissing,
    UserMissing,
    NoRegion,
    /// A conversation (message group) with no rows.
    GroupMissing,
    /// A user who is not a participant of the conversation.
    NotParticipant,
    /// A table without a stream, where one is needed.
    StreamMissing,
    /// An S3 bucket that does not exist.
    BucketMissing,
    /// S3 refused the credentials or the request.
    S3Denied,
    /// S3 could not be reached.
    S3Unreachable,
    /// Point-in-time recovery is off, and an export needs it.
    PitrOff,
    /// A server-side export or import failed (its code and message are in the text).
    JobFailed,
    /// A Postgres `users` table missing, or of another shape than Cruddur's.
    UsersTableShape,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad arguments or configuration: nothing was sent.
    #[error("{0}")]
    Usage(String),
    /// A table, index, user or file that the command needs does not exist.
    #[error("{0}")]
    NotFound(String),
    /// DynamoDB or Postgres could not be reached (refused, timed out, DNS).
    #[error("{0}")]
    Unreachable(String),
    /// Credentials are missing or were rejected.
    #[error("{0}")]
    Auth(String),
    /// The target exists in a state that conflicts with the request.
    #[error("{0}")]
    Conflict(String),
    /// Part of the work was done and part was not: the message says how much.
    #[error("{0}")]
    Incomplete(String),
    /// A destructive action was not confirmed.
    #[error("{0}")]
    NotConfirmed(String),
    /// Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// Ctrl-C, after the command stopped cleanly: the message says what was done.
    #[error("{0}")]
    Stopped(String),
    /// The command ran and found problems; its output says which.
    #[error("{0}")]
    Findings(String),
    /// The service answered with an error we do not classify further.
    #[error("{0}")]
    Service(String),
    /// A fact from the store (operation, table, endpoint, cause), before a hint is added.
    #[error("{1}")]
    Store(Fact, String),
    /// An error and what to do about it: `main` prints each hint on a `hint:` line.
    #[error("{error}")]
    Hinted {
        error: Box<Error>,
        hints: Vec<String>,
    },
    /// Reading or writing a local file or stream failed.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn exit(&self) -> Exit {
        match self.base() {
            Error::Usage(_) => Exit::Usage,
            Error::NotFound(_) => Exit::NotFound,
            Error::Unreachable(_) => Exit::Unreachable,
            Error::Auth(_) => Exit::Auth,
            Error::Conflict(_) => Exit::Conflict,
            Error::Incomplete(_) => Exit::Incomplete,
            Error::NotConfirmed(_) => Exit::NotConfirmed,
            Error::Interrupted | Error::Stopped(_) => Exit::Interrupted,
            Error::Findings(_) => Exit::Findings,
            Error::Service(_) | Error::Io { .. } => Exit::Failure,
            Error::Hinted { error, .. } => error.exit(),
            Error::Store(fact, _) => match fact {
                Fact::TableMissing { .. }
                | Fact::IndexMissing
                | Fact::UserMissing
                | Fact::PostgresDatabaseMissing => Exit::NotFound,
                Fact::DynamoUnreachable | Fact::PostgresUnreachable => Exit::Unreachable,
                Fact::DynamoCredentials | Fact::DynamoRejectedCredentials | Fact::PostgresLogin => {
                    Exit::Auth
                }
                Fact::Throttled => Exit::Failure,
                Fact::NoRegion => Exit::Usage,
                Fact::GroupMissing | Fact::StreamMissing | Fact::BucketMissing => Exit::NotFound,
                Fact::S3Denied => Exit::Auth,
                Fact::S3Unreachable => Exit::Unreachable,
                Fact::PitrOff => Exit::Conflict,
                Fact::JobFailed => Exit::Failure,
                Fact::NotParticipant | Fact::UsersTableShape => Exit::Conflict,
            },
        }
    }

    pub fn exit_code(&self) -> i32 {
        self.exit().code()
    }

    /// Writing to stdout failed because the reader went away (`| head`): not an error.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self.base(), Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// The error without its hints: its kind and message.
    pub fn base(&self) -> &Error {
        match self {
            Error::Hinted { error, .. } => error.base(),
            other => other,
        }
    }

    /// What to do about it, in the order the hints were added.
    pub fn hints(&self) -> &[String] {
        match self {
            Error::Hinted { hints, .. } => hints,
            _ => &[],
        }
    }

    /// The same error with one more hint (its kind, message and earlier hints kept).
    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        match self {
            Error::Hinted { error, mut hints } => {
                hints.push(hint.into());
                Error::Hinted { error, hints }
            }
            other => Error::Hinted {
                error: Box::new(other),
                hints: vec![hint.into()],
            },
        }
    }

    /// The store fact behind this error, if it is one.
    pub fn fact(&self) -> Option<&Fact> {
        match self.base() {
            Error::Store(f, _) => Some(f),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(source: io::Error) -> Self {
        Error::io("writing output", source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_kept_in_order_and_never_change_the_kind() {
        for e in [
            Error::Usage("u".into()),
            Error::Interrupted,
            Error::Stopped("s".into()),
            Error::Findings("f".into()),
            Error::io("x", io::Error::other("y")),
        ] {
            let code = e.exit();
            let message = e.to_string();
            let hinted = e.with_hint("first").with_hint("second");
            assert_eq!(hinted.exit(), code, "{message}");
            assert_eq!(hinted.to_string(), message, "the message is the fact alone");
            assert_eq!(hinted.hints(), ["first", "second"]);
        }
    }
}
