//! Storage: the only code that talks to DynamoDB or Postgres. It offers domain
//! operations and states facts in its errors; commands add the hints.
//!
//! - [`dynamo::DynamoStore`]: the messages table (and table management);
//! - [`postgres::PgUsers`]: the users table.

pub mod dynamo;
pub mod postgres;

/// A row of the Postgres `users` table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub uuid: String,
    pub display_name: String,
    pub handle: String,
}
