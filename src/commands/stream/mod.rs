//! `cruddur-ddb stream ...`: the table's stream, read locally. Both leaves read through
//! one reader that keeps its place (`--checkpoint FILE`: the last sequence number per
//! shard, saved once what was read is handled).

pub(super) mod apply;
pub(super) mod tail;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::checkpoint as file;
use crate::model::checkpoint::{StreamCheckpoint, VERSION};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::streams::{Batch, From, Stream};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Debug, Subcommand)]
pub enum StreamCommand {
    /// Do the stream lambda's job: move each conversation's group rows to its newest message
    Apply(apply::ApplyArgs),
    /// Print the stream's records as they come (JSON lines, or one line each as text)
    Tail(tail::TailArgs),
}

pub(super) async fn run(cmd: StreamCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        StreamCommand::Apply(args) => apply::run(args, ctx).await,
        StreamCommand::Tail(args) => tail::run(args, ctx).await,
    }
}

/// A stream reader, and the checkpoint that keeps its place.
struct Reader {
    stream: Stream,
    checkpoint: Option<(PathBuf, StreamCheckpoint)>,
}

impl Reader {
    /// Opens the table's stream for `job`, from the checkpoint's positions when there is
    /// one (refused when it belongs to another job or stream), else at `from`. `drain`:
    /// each pass reads up to the records written before it.
    async fn open(
        store: &DynamoStore,
        table: &str,
        job: String,
        checkpoint: Option<&Path>,
        from: From,
        drain: bool,
    ) -> Result<Reader> {
        let mut stream = store.stream(table).await?;
        let recorded = match checkpoint {
            Some(p) => file::load_stream(p)?,
            None => None,
        };
        if let (Some(p), Some(cp)) = (checkpoint, &recorded) {
            let why = if cp.job != job {
                Some(format!("it is for {}, this run is {job}", cp.job))
            } else if cp.stream != stream.arn() {
                Some(
                    "it records another stream of this table (was the table made again?)"
                        .to_string(),
                )
            } else {
                None
            };
            if let Some(why) = why {
                return Err(Error::Usage(format!(
                    "checkpoint {} belongs to another stream reader: {why}",
                    p.display()
                ))
                .with_hint("name another --checkpoint file, or delete this one to start over"));
            }
        }
        let positions = recorded
            .as_ref()
            .map(|cp| cp.shards.clone())
            .unwrap_or_default();
        stream.start(positions, from, drain);
        let checkpoint = checkpoint.map(|p| {
            let cp = recorded.unwrap_or(StreamCheckpoint {
                version: VERSION,
                job,
                stream: stream.arn().to_string(),
                shards: Default::default(),
            });
            (p.to_path_buf(), cp)
        });
        Ok(Reader { stream, checkpoint })
    }

    async fn read(&mut self) -> Result<Batch> {
        self.stream.read_available().await
    }

    /// What was read is handled: its positions are kept (and saved, with a checkpoint).
    fn commit(&mut self) -> Result<()> {
        let positions = self.stream.commit().clone();
        if let Some((path, cp)) = &mut self.checkpoint {
            cp.shards = positions;
            file::save(path, cp)?;
        }
        Ok(())
    }
}

/// A warning for each shard whose oldest records were gone before they were read.
fn trimmed_notes(ctx: &Context, batch: &Batch) {
    for (shard, last) in &batch.trimmed {
        let after = last
            .as_ref()
            .map(|s| format!(" after sequence number {s}"))
            .unwrap_or_default();
        ctx.note(format!(
            "warning: records of shard {shard}{after} were trimmed (the stream keeps 24 hours) before they were read: messages written then may be missed; `cruddur-ddb doctor --fix` repairs group rows that missed them"
        ));
    }
}
