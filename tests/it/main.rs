//! The integration tests: one crate, so the suite links once. Every test runs the
//! real binary against real services (`make test` starts them); see `common`.

mod cli;
mod common;
mod copy;
mod doctor;
mod faults;
mod formats;
mod interop;
mod messaging;
mod pacing;
mod patterns;
mod proxy;
mod realistic;
mod resume;
mod s3;
mod snapshots;
mod table;
mod terminal;
mod tui;
