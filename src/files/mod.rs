//! Local files the tool reads and writes: backups, exports and the files the AWS
//! toolchain produces. Like the store, this is I/O; commands call it and add hints.
//!
//! - [`read`]: recognises every format `table restore` accepts and streams its items;
//! - [`export`]: writes DynamoDB's S3 export layout (gzipped `{"Item": ...}` lines and
//!   manifests), which a real table can import.

pub(crate) mod atomic;
pub(crate) mod catalog;
pub(crate) mod checkpoint;
pub(crate) mod export;
pub(crate) mod objects;
pub(crate) mod out;
pub(crate) mod read;

/// The first line of a backup written by `table drop --backup`: it records the table's
/// description, so `table restore --create` can recreate the table.
pub(crate) const BACKUP_HEADER_KEY: &str = "cruddur-ddb backup";
/// Beside an export's manifests: the table's description, for `table restore --create`.
pub(crate) const EXPORT_TABLE_FILE: &str = "cruddur-table.json";
