//! Plain data: no network, no SDK clients, no terminal.
//!
//! - [`item`]: items and their lossless JSON codec (plain and typed DynamoDB JSON);
//! - [`time`]: the sort-key timestamps and time ranges;
//! - [`messaging`]: the messaging rows (message, group row) and their key formats;
//! - [`schema`]: a table's schema as data, the messages table's schema, and their diff.

pub(crate) mod diff;
pub(crate) mod health;
pub(crate) mod item;
pub(crate) mod limits;
pub(crate) mod messaging;
pub(crate) mod schema;
pub(crate) mod time;
pub(crate) mod words;
