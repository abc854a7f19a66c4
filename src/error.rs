//! Typed errors. Every failure the tool reports is one of these kinds, and
//! [`Error::exit_code`] is the one place that maps a kind to a process exit code.

use std::io;

/// Process exit codes, documented in the README.
pub mod exit {
    pub const OK: i32 = 0;
    pub const FAILURE: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const NOT_FOUND: i32 = 3;
    pub const UNREACHABLE: i32 = 4;
    pub const AUTH: i32 = 5;
    pub const CONFLICT: i32 = 6;
    pub const INCOMPLETE: i32 = 7;
    pub const NOT_CONFIRMED: i32 = 8;
    pub const INTERRUPTED: i32 = 130;
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
    /// The service answered with an error we do not classify further.
    #[error("{0}")]
    Service(String),
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
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::NotFound(_) => exit::NOT_FOUND,
            Error::Unreachable(_) => exit::UNREACHABLE,
            Error::Auth(_) => exit::AUTH,
            Error::Conflict(_) => exit::CONFLICT,
            Error::Incomplete(_) => exit::INCOMPLETE,
            Error::NotConfirmed(_) => exit::NOT_CONFIRMED,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Service(_) | Error::Io { .. } => exit::FAILURE,
        }
    }

    /// Writing to stdout failed because the reader went away (`| head`): not an error.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

impl From<io::Error> for Error {
    fn from(source: io::Error) -> Self {
        Error::io("writing output", source)
    }
}
