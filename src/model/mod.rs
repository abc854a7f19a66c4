//! Plain data: no network, no SDK clients, no terminal.
//!
//! - [`item`]: items and their lossless JSON codec (plain and typed DynamoDB JSON);
//! - [`time`]: the sort-key timestamps and time ranges;
//! - [`messaging`]: the messaging rows (message, group row) and their key formats;
//! - [`schema`]: a table's schema as data, the messages table's schema, and their diff.

pub(crate) mod diff;
pub mod health;
pub mod item;
pub mod limits;
pub mod messaging;
pub mod schema;
pub mod time;
pub(crate) mod words;
