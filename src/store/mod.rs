//! Storage: the only code that talks to DynamoDB or Postgres. It offers domain
//! operations and states facts in its errors; commands add the hints.
//!
//! - [`dynamo::DynamoStore`]: the messages table (and table management);
//! - [`postgres::PgUsers`]: the users table.

pub mod dynamo;
pub mod postgres;

/// A row of the Postgres `users` table.
pub use crate::model::messaging::Person as User;
