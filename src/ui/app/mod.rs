//! The terminal UI (`cruddur-ddb ui`): its state and key handling ([`state`]) and its
//! drawing ([`view`]), both pure; `commands/ui` drives them against the stores.

pub(crate) mod state;
pub(crate) mod view;
