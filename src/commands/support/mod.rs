//! What the leaves share, apart from them: the pipeline for long jobs, the pace a job
//! keeps, and the hints added to store facts.
//!
//! - [`pipeline`]: scans into sinks, blocks into the batched writer; Ctrl-C, counts,
//!   progress, the incomplete-result accounting;
//! - [`capacity`]: the read or write pace of a job (flags, or the prod default);
//! - [`hints`]: what to do about each fact the store reports;
//! - [`rewrite`]: what a copy or an export does to each item (anonymize, note users).

pub(crate) mod capacity;
pub(crate) mod checkpoint;
pub(crate) mod hints;
pub(crate) mod input;
pub(crate) mod jobs;
pub(crate) mod pipeline;
pub(crate) mod rewrite;
pub(crate) mod s3_objects;
