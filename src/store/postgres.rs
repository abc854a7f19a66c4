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

/// A `users` row, whole: what a copy carries from one database to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UserRow {
    pub(crate) uuid: String,
    pub(crate) display_name: String,
    pub(crate) handle: String,
    pub(crate) email: String,
    pub(crate) cognito_user_id: Option<String>,
    /// As Postgres prints it (`2026-01-01 00:00:00.123456`), written back as it was.
    pub(crate) created_at: String,
}

/// The columns this tool reads and writes, as db/schema.sql makes them.
const COLUMNS: [(&str, &str); 6] = [
    ("uuid", "uuid"),
    ("display_name", "text"),
    ("handle", "text"),
    ("email", "text"),
    ("cognito_user_id", "text"),
    ("created_at", "timestamp without time zone"),
];

/// Who has how many users after an upsert.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Upserted {
    pub(crate) inserted: u64,
    pub(crate) updated: u64,
}

impl PgUsers {
    pub(crate) fn label(&self) -> &str {
        &self.label
    }

    fn failed(&self, doing: &str, e: sqlx::Error) -> Error {
        Error::Service(format!("{doing} in {}: {e}", self.label))
    }

    /// Refuses a database whose `users` table is missing or not Cruddur's shape; the
    /// error names the columns.
    pub(crate) async fn check_shape(&self) -> Result<()> {
        let rows = sqlx::query(
            "SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = 'users'",
        )
        .fetch_all(&mut *self.conn.lock().await)
        .await
        .map_err(|e| self.failed("reading the users table's columns", e))?;
        let found: std::collections::HashMap<String, String> = rows
            .iter()
            .filter_map(|r| Some((r.try_get("name").ok()?, r.try_get("type").ok()?)))
            .collect();
        if found.is_empty() {
            return Err(Error::Store(
                Fact::UsersTableShape,
                format!("{} has no users table", self.label),
            ));
        }
        let wrong: Vec<String> = COLUMNS
            .iter()
            .filter(|(name, ty)| found.get(*name).map(String::as_str) != Some(*ty))
            .map(|(name, ty)| match found.get(*name) {
                None => format!("{name} is missing"),
                Some(other) => format!("{name} is {other}, not {ty}"),
            })
            .collect();
        if wrong.is_empty() {
            return Ok(());
        }
        Err(Error::Store(
            Fact::UsersTableShape,
            format!(
                "the users table in {} is not Cruddur's: {}",
                self.label,
                wrong.join(", ")
            ),
        ))
    }

    /// The rows of these users (those that exist), in one query.
    pub(crate) async fn rows(&self, uuids: &[String]) -> Result<Vec<UserRow>> {
        let rows = sqlx::query(
            "SELECT uuid::text AS uuid, display_name, handle, email, cognito_user_id, created_at::text AS created_at \
             FROM users WHERE uuid::text = ANY($1) ORDER BY uuid",
        )
        .bind(uuids)
        .fetch_all(&mut *self.conn.lock().await)
        .await
        .map_err(|e| self.failed("reading the referenced users", e))?;
        rows.iter()
            .map(|r| {
                let user = user_of(r)?;
                let text = |col: &str| {
                    r.try_get::<Option<String>, _>(col)
                        .map_err(|e| Error::Service(format!("reading users.{col}: {e}")))
                };
                Ok(UserRow {
                    uuid: user.uuid,
                    display_name: user.display_name,
                    handle: user.handle,
                    email: text("email")?.unwrap_or_default(),
                    cognito_user_id: text("cognito_user_id")?,
                    created_at: text("created_at")?.unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Inserts or updates these users by uuid, in one transaction: all of them or none.
    /// A handle held by another uuid is refused, naming both, and nothing is written.
    pub(crate) async fn upsert(&self, rows: &[UserRow]) -> Result<Upserted> {
        let mut conn = self.conn.lock().await;
        let mut tx = sqlx::Connection::begin(&mut *conn)
            .await
            .map_err(|e| self.failed("starting a transaction", e))?;
        let mut done = Upserted::default();
        for u in rows {
            let taken = sqlx::query(
                "SELECT uuid::text AS uuid FROM users WHERE handle = $1 AND uuid::text <> $2",
            )
            .bind(&u.handle)
            .bind(&u.uuid)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| self.failed("checking handles", e))?;
            if let Some(other) = taken {
                let other: String = other.try_get("uuid").unwrap_or_default();
                return Err(Error::Conflict(format!(
                    "user @{} ({}) cannot be copied: {} already has that handle under uuid {other}; no user was written",
                    u.handle, u.uuid, self.label
                )));
            }
            let row = sqlx::query(
                "INSERT INTO users (uuid, display_name, handle, email, cognito_user_id, created_at) \
                 VALUES ($1::uuid, $2, $3, $4, $5, $6::timestamp) \
                 ON CONFLICT (uuid) DO UPDATE SET display_name = EXCLUDED.display_name, \
                 handle = EXCLUDED.handle, email = EXCLUDED.email, \
                 cognito_user_id = EXCLUDED.cognito_user_id, created_at = EXCLUDED.created_at \
                 RETURNING (xmax = 0) AS inserted",
            )
            .bind(&u.uuid)
            .bind(&u.display_name)
            .bind(&u.handle)
            .bind(&u.email)
            .bind(&u.cognito_user_id)
            .bind(&u.created_at)
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| self.failed(&format!("writing user {}", u.uuid), e))?;
            if row.try_get::<bool, _>("inserted").unwrap_or(false) {
                done.inserted += 1;
            } else {
                done.updated += 1;
            }
        }
        tx.commit()
            .await
            .map_err(|e| self.failed("committing the users", e))?;
        Ok(done)
    }

    /// These users, created where no user has their handle (one transaction), then read
    /// back by handle: a handle that exists keeps its uuid and name. Returns the users in
    /// the order given, and how many were new.
    pub(crate) async fn ensure(&self, users: &[UserRow]) -> Result<(Vec<User>, u64)> {
        let mut conn = self.conn.lock().await;
        let mut tx = sqlx::Connection::begin(&mut *conn)
            .await
            .map_err(|e| self.failed("starting a transaction", e))?;
        let mut created = 0;
        for chunk in users.chunks(1000) {
            let column = |f: fn(&UserRow) -> &str| -> Vec<String> {
                chunk.iter().map(|u| f(u).to_string()).collect()
            };
            let done = sqlx::query(
                "INSERT INTO users (uuid, display_name, handle, email, cognito_user_id) \
                 SELECT u::uuid, d, h, e, 'MOCK' FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[]) AS t(u, d, h, e) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(column(|u| &u.uuid))
            .bind(column(|u| &u.display_name))
            .bind(column(|u| &u.handle))
            .bind(column(|u| &u.email))
            .execute(&mut *tx)
            .await
            .map_err(|e| self.failed("creating users", e))?;
            created += done.rows_affected();
        }
        let handles: Vec<String> = users.iter().map(|u| u.handle.clone()).collect();
        let rows = sqlx::query(
            "SELECT uuid::text AS uuid, display_name, handle FROM users WHERE handle = ANY($1)",
        )
        .bind(&handles)
        .fetch_all(&mut *tx)
        .await
        .map_err(|e| self.failed("reading the users back", e))?;
        tx.commit()
            .await
            .map_err(|e| self.failed("committing the users", e))?;
        let mut by_handle: std::collections::HashMap<String, User> = rows
            .iter()
            .map(|r| user_of(r).map(|u| (u.handle.clone(), u)))
            .collect::<Result<_>>()?;
        let found = handles
            .iter()
            .map(|h| {
                by_handle.remove(h).ok_or_else(|| {
                    Error::Conflict(format!(
                        "user @{h} could not be created in {}: another user has its uuid",
                        self.label
                    ))
                })
            })
            .collect::<Result<Vec<User>>>()?;
        Ok((found, created))
    }
}
