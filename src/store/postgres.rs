//! The users directory in Postgres (sqlx, runtime queries, one connection).

use super::{User, UserDirectory};
use crate::error::{Error, Result};
use crate::settings::Settings;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Row};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone)]
pub struct PgUsers {
    pool: PgPool,
    /// Where, for messages: the masked URL and the variable it came from.
    label: String,
}

fn scrub(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(s) if !s.is_empty() => text.replace(s, "****"),
        _ => text.to_string(),
    }
}

impl PgUsers {
    pub async fn connect(settings: &Settings) -> Result<PgUsers> {
        let var = settings.postgres_var;
        let url = settings.postgres_url().ok_or_else(|| {
            Error::Usage(format!(
                "{var} is not set: it must hold the Postgres URL of the users table, e.g. postgresql://postgres:password@127.0.0.1:55432/cruddur (`make up` prints it)"
            ))
        })?;
        let masked = settings.postgres_url_masked().unwrap_or_default();
        let password = url::Url::parse(url)
            .ok()
            .and_then(|u| u.password().map(str::to_owned));
        let options = PgConnectOptions::from_str(url).map_err(|e| {
            Error::Usage(format!(
                "{var} is not a valid Postgres URL ({masked}): {}",
                scrub(&e.to_string(), password.as_deref())
            ))
        })?;
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(3))
            .connect_with(options)
            .await
            .map_err(|e| {
                let detail = scrub(&crate::store::dynamo::root_cause(&e), password.as_deref());
                match &e {
                    sqlx::Error::Database(_) => Error::Auth(format!(
                        "Postgres at {masked} (from {var}) refused the connection: {detail}; check the user, password and database in {var}"
                    )),
                    _ => Error::Unreachable(format!(
                        "cannot reach Postgres at {masked} (from {var}): {detail}; start the local services with `make up`, or fix {var}"
                    )),
                }
            })?;
        Ok(PgUsers {
            pool,
            label: format!("Postgres at {masked}"),
        })
    }
}

impl UserDirectory for PgUsers {
    async fn find_by_handle(&self, handle: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT uuid::text AS uuid, display_name, handle FROM users WHERE handle = $1",
        )
        .bind(handle)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| {
            Error::Service(format!("looking up user {handle:?} in {}: {e}", self.label))
        })?;
        row.map(|r| -> Result<User> {
            Ok(User {
                uuid: r
                    .try_get("uuid")
                    .map_err(|e| Error::Service(format!("reading users.uuid: {e}")))?,
                display_name: r
                    .try_get::<Option<String>, _>("display_name")
                    .map_err(|e| Error::Service(format!("reading users.display_name: {e}")))?
                    .unwrap_or_default(),
                handle: r
                    .try_get("handle")
                    .map_err(|e| Error::Service(format!("reading users.handle: {e}")))?,
            })
        })
        .transpose()
    }
}

impl PgUsers {
    /// Looks a handle up, or fails with an error that names it and the database.
    pub async fn require(&self, handle: &str) -> Result<User> {
        self.find_by_handle(handle).await?.ok_or_else(|| {
            Error::NotFound(format!(
                "no user with handle {} in {}; list the handles with `psql \"$CONNECTION_URL\" -c 'select handle from users'`",
                crate::settings::shorten(handle),
                self.label
            ))
        })
    }
}
