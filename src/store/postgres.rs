//! The users directory in Postgres (sqlx, runtime queries, one connection).

use super::User;
use crate::error::{Error, Fact, Result};
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, PgConnection, Row};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

/// A lookup is one query: one connection, opened once, with no pool in between (a pool
/// would turn "connection refused" into "timed out waiting for a connection").
#[derive(Clone)]
pub(crate) struct PgUsers {
    conn: Arc<Mutex<PgConnection>>,
    /// Where, for messages: the masked URL and the variable it came from.
    label: String,
}

/// A `users` row (uuid, display_name, handle) as a user.
fn user_of(r: &sqlx::postgres::PgRow) -> Result<User> {
    let text = |col: &str| -> Result<String> {
        r.try_get::<Option<String>, _>(col)
            .map(Option::unwrap_or_default)
            .map_err(|e| Error::Service(format!("reading users.{col}: {e}")))
    };
    Ok(User {
        uuid: text("uuid")?,
        display_name: text("display_name")?,
        handle: text("handle")?,
    })
}

fn scrub(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(s) if !s.is_empty() => text.replace(s, "****"),
        _ => text.to_string(),
    }
}

/// Where the users table is: its URL (a secret), the URL masked for messages, and
/// the variable it came from.
pub(crate) struct PgTarget<'a> {
    pub url: &'a str,
    pub masked: String,
    pub var: &'a str,
}

impl PgUsers {
    pub(crate) async fn connect(target: PgTarget<'_>) -> Result<PgUsers> {
        let PgTarget { url, masked, var } = target;
        let password = url::Url::parse(url)
            .ok()
            .and_then(|u| u.password().map(str::to_owned));
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(Error::Usage(format!(
                "{var} must be a postgres:// or postgresql:// URL, not {masked}"
            )));
        }
        let options = PgConnectOptions::from_str(url).map_err(|e| {
            Error::Usage(format!(
                "{var} is not a valid Postgres URL ({masked}): {}",
                scrub(&e.to_string(), password.as_deref())
            ))
        })?;
        let unreachable = |detail: String| {
            Error::Store(
                Fact::PostgresUnreachable,
                format!("cannot reach Postgres at {masked} (from {var}): {detail}"),
            )
        };
        let connected = tokio::time::timeout(Duration::from_secs(5), options.connect()).await;
        let conn = match connected {
            Err(_) => return Err(unreachable("no answer within 5 s".into())),
            Ok(Ok(conn)) => conn,
            Ok(Err(sqlx::Error::Database(db))) => {
                let detail = scrub(db.message(), password.as_deref());
                return Err(match db.code().as_deref() {
                    Some("3D000") => Error::Store(
                        Fact::PostgresDatabaseMissing,
                        format!("Postgres at {masked} (from {var}): {detail}"),
                    ),
                    Some("28P01" | "28000") => Error::Store(
                        Fact::PostgresLogin,
                        format!("Postgres at {masked} (from {var}) refused the login: {detail}"),
                    ),
                    _ => Error::Service(format!("Postgres at {masked} (from {var}): {detail}")),
                });
            }
            Ok(Err(e)) => {
                return Err(unreachable(scrub(
                    &super::dynamo::root_cause(&e),
                    password.as_deref(),
                )));
            }
        };
        Ok(PgUsers {
            conn: Arc::new(Mutex::new(conn)),
            label: format!("Postgres at {masked}"),
        })
    }
}

impl PgUsers {
    async fn find_by_handle(&self, handle: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT uuid::text AS uuid, display_name, handle FROM users WHERE lower(handle) = lower($1) ORDER BY handle = $1 DESC LIMIT 1",
        )
        .bind(handle)
        .fetch_optional(&mut *self.conn.lock().await)
        .await
        .map_err(|e| {
            Error::Service(format!("looking up user {handle:?} in {}: {e}", self.label))
        })?;
        row.as_ref().map(user_of).transpose()
    }
}

impl PgUsers {
    /// Every user, by uuid, in one query.
    pub(crate) async fn all(&self) -> Result<std::collections::HashMap<String, User>> {
        let rows = sqlx::query("SELECT uuid::text AS uuid, display_name, handle FROM users")
            .fetch_all(&mut *self.conn.lock().await)
            .await
            .map_err(|e| Error::Service(format!("reading the users in {}: {e}", self.label)))?;
        rows.iter()
            .map(|r| user_of(r).map(|u| (u.uuid.clone(), u)))
            .collect()
    }

    /// Looks a handle up, or fails with an error that names it and the database.
    pub(crate) async fn require(&self, handle: &str) -> Result<User> {
        self.find_by_handle(handle).await?.ok_or_else(|| {
            Error::Store(
                Fact::UserMissing,
                format!(
                    "no user with handle {} in {}",
                    crate::settings::validate::shorten(handle),
                    self.label
                ),
            )
        })
    }
}
