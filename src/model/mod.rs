//! Plain data: no network, no SDK clients, no terminal.
//!
//! - [`item`]: items and their lossless JSON codec (plain and typed DynamoDB JSON);
//! - [`time`]: the sort-key timestamps and time ranges;
//! - [`messaging`]: the messaging rows (message, group row) and the key module (every
//!   `MSG#`/`GRP#` key is built and parsed there);
//! - [`schema`]: a table's schema as data, the messages table's schema, and their diff;
//! - [`limits`]: what DynamoDB accepts in an item, checked before writing;
//! - [`health`]: doctor's checks and the repairs they plan;
//! - [`diff`]: comparing two sides by key (a hash join);
//! - [`anonymize`]: pseudonyms, generated text and per-attribute rules for copies;
//! - [`generate`]: the conversations `seed` writes at scale;
//! - [`words`]: counted nouns (`3 items`), the one plural helper.

pub(crate) mod anonymize;
pub(crate) mod checkpoint;
pub(crate) mod diff;
pub(crate) mod generate;
pub(crate) mod health;
pub(crate) mod item;
pub(crate) mod limits;
pub(crate) mod messaging;
pub(crate) mod s3url;
pub(crate) mod schema;
pub(crate) mod time;
pub(crate) mod words;
