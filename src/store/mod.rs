//! Storage: the only code that talks to DynamoDB or Postgres. It offers domain
//! operations and states facts in its errors; commands add the hints.
//!
//! - [`dynamo::DynamoStore`]: the messages table (and table management);
//! - [`postgres::PgUsers`]: the users table;
//! - [`s3::S3Store`]: exports and imports in S3.

pub(crate) mod dynamo;
pub(crate) mod postgres;
pub(crate) mod s3;

/// A row of the Postgres `users` table.
pub(crate) use crate::model::messaging::Person as User;
