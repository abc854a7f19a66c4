//! Storage: the only code that talks to DynamoDB or Postgres.
//!
//! - [`dynamo::DynamoStore`]: the messages table (and table management).
//! - [`UserDirectory`]: looks users up; [`postgres::PgUsers`] is the real one.

pub mod dynamo;
pub mod postgres;
pub mod scan;
pub mod write;

use crate::error::Result;

/// A row of the Postgres `users` table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub uuid: String,
    pub display_name: String,
    pub handle: String,
}

/// Finds users by handle.
pub trait UserDirectory {
    fn find_by_handle(&self, handle: &str) -> impl Future<Output = Result<Option<User>>> + Send;
}
