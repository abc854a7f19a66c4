//! A long job's checkpoint: what the job is (so a checkpoint is never given to another
//! job), and how far it is, counting only what is durable: for each scan segment the
//! `LastEvaluatedKey` of the last page whose items are written, for a restore the
//! position in its input, and the state of a local output (a file's length, an
//! export's finished data files).

use super::item::{Item, TypedItem, TypedItemDe};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the file format.
pub(crate) const VERSION: u32 = 1;

/// What a job is. Two runs are the same job when every field is equal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Job {
    /// `table copy`, `table scan`, `table export`, `table restore`.
    pub(crate) command: String,
    /// `cruddur-messages at http://localhost:8000`, or the input file.
    pub(crate) source: String,
    /// The table or file written.
    pub(crate) destination: String,
    /// The scan's total segments (0 for a restore).
    pub(crate) segments: u32,
    /// `K/N` when the segments are shared among N workers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) worker: Option<String>,
    /// The output format (`table scan --out`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) format: Option<String>,
    /// What is done to each item on the way (`anonymized, salt 1a2b3c4d`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) transform: Option<String>,
}

impl Job {
    /// The first way `self` (this run) differs from `recorded`, in words.
    pub(crate) fn difference(&self, recorded: &Job) -> Option<String> {
        let none = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
        let fields: [(&str, String, String); 7] = [
            ("command", self.command.clone(), recorded.command.clone()),
            ("source", self.source.clone(), recorded.source.clone()),
            (
                "destination",
                self.destination.clone(),
                recorded.destination.clone(),
            ),
            (
                "segment count",
                self.segments.to_string(),
                recorded.segments.to_string(),
            ),
            (
                "worker",
                self.worker.clone().unwrap_or_else(|| "none".into()),
                recorded.worker.clone().unwrap_or_else(|| "none".into()),
            ),
            ("format", none(&self.format), none(&recorded.format)),
            (
                "anonymization",
                none(&self.transform),
                none(&recorded.transform),
            ),
        ];
        fields
            .into_iter()
            .find(|(_, mine, theirs)| mine != theirs)
            .map(|(what, mine, theirs)| format!("its {what} is {theirs}, this run's is {mine}"))
    }
}

/// How far one segment is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct SegmentState {
    /// Every page of the segment is written.
    pub(crate) done: bool,
    /// The key the segment continues from (`None`: from its beginning).
    #[serde(
        default,
        serialize_with = "typed_key",
        deserialize_with = "typed_key_de",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) next: Option<Item>,
    /// Items of the segment written so far.
    pub(crate) items: u64,
}

fn typed_key<S: serde::Serializer>(key: &Option<Item>, s: S) -> Result<S::Ok, S::Error> {
    key.as_ref().map(TypedItem).serialize(s)
}

fn typed_key_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Item>, D::Error> {
    Ok(Option::<TypedItemDe>::deserialize(d)?.map(|k| k.0))
}

/// One finished data file of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DataFileEntry {
    /// Its name under `data/`, without `.json.gz`.
    pub(crate) name: String,
    pub(crate) items: u64,
    /// MD5 of its bytes, base64 (as `manifest-files.json` has it) and hex (the etag).
    pub(crate) md5: String,
    pub(crate) etag: String,
    pub(crate) bytes: u64,
}

/// Where an export stands: its id and folder, and the data files that are complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ExportState {
    pub(crate) id: String,
    pub(crate) started: String,
    pub(crate) files: Vec<DataFileEntry>,
}

/// The local output of the job, as far as it is durable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub(crate) enum Output {
    /// A file written in place, `bytes` long.
    File {
        bytes: u64,
    },
    Export(ExportState),
}

/// What a job has durably done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Checkpoint {
    pub(crate) version: u32,
    pub(crate) job: Job,
    /// This run's segments (a worker's share), by number.
    #[serde(default)]
    pub(crate) segments: BTreeMap<u32, SegmentState>,
    /// A restore: the input's items (in file order) that are written.
    #[serde(default)]
    pub(crate) input_items: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) output: Option<Output>,
    /// Every item of the job is written.
    #[serde(default)]
    pub(crate) done: bool,
}

/// Progress that has become durable: a page of a segment, or a position in the input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Mark {
    Page {
        segment: u32,
        next: Option<Item>,
        items: u64,
    },
    Input {
        items: u64,
    },
}

impl Checkpoint {
    /// A new job's checkpoint, its `segments` (a worker's share) not started.
    pub(crate) fn new(job: Job, segments: impl IntoIterator<Item = u32>) -> Checkpoint {
        Checkpoint {
            version: VERSION,
            job,
            segments: segments
                .into_iter()
                .map(|s| (s, SegmentState::default()))
                .collect(),
            input_items: 0,
            output: None,
            done: false,
        }
    }

    /// Records durable progress.
    pub(crate) fn apply(&mut self, mark: &Mark) {
        match mark {
            Mark::Page {
                segment,
                next,
                items,
            } => {
                let s = self.segments.entry(*segment).or_default();
                s.items += items;
                s.next.clone_from(next);
                s.done = next.is_none();
            }
            Mark::Input { items } => self.input_items = self.input_items.max(*items),
        }
    }

    /// Items written so far (by segments, or the input position).
    pub(crate) fn items(&self) -> u64 {
        self.segments.values().map(|s| s.items).sum::<u64>() + self.input_items
    }

    /// The segments still to read, each from where it stopped.
    pub(crate) fn remaining(&self) -> Vec<(u32, Option<Item>)> {
        self.segments
            .iter()
            .filter(|(_, s)| !s.done)
            .map(|(n, s)| (*n, s.next.clone()))
            .collect()
    }

    /// `3 of 16 segments finished, 41 200 items written`
    pub(crate) fn describe(&self) -> String {
        let finished = self.segments.values().filter(|s| s.done).count();
        if self.segments.is_empty() {
            format!("{} items written", self.input_items)
        } else {
            format!(
                "{finished} of {} segments finished, {} items written",
                self.segments.len(),
                self.items()
            )
        }
    }
}

/// A stream shard's position: the last sequence number handled (a decimal string longer
/// than a u64), and whether the shard is closed and read to its end.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ShardPosition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last: Option<String>,
    #[serde(default)]
    pub(crate) done: bool,
}

/// Where a stream reader is: per shard, what it has handled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct StreamCheckpoint {
    pub(crate) version: u32,
    /// `stream apply on T at X`, `stream tail of T at X`.
    pub(crate) job: String,
    /// The stream's ARN: a table made again has a new stream.
    pub(crate) stream: String,
    pub(crate) shards: BTreeMap<String, ShardPosition>,
}

/// The segments worker `k` of `n` reads of `total`: every n-th, from its own.
pub(crate) fn worker_segments(k: u32, n: u32, total: u32) -> Vec<u32> {
    (0..total).filter(|s| s % n == k - 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_dynamodb::types::AttributeValue;

    fn job() -> Job {
        Job {
            command: "table copy".into(),
            source: "a at x".into(),
            destination: "b at y".into(),
            segments: 4,
            worker: None,
            format: None,
            transform: None,
        }
    }

    #[test]
    fn progress_round_trips_and_names_what_remains() {
        let mut cp = Checkpoint::new(job(), 0..4);
        let key: Item = [("pk".to_string(), AttributeValue::N("1.50".into()))].into();
        cp.apply(&Mark::Page {
            segment: 1,
            next: Some(key.clone()),
            items: 10,
        });
        cp.apply(&Mark::Page {
            segment: 2,
            next: None,
            items: 5,
        });
        let text = serde_json::to_string(&cp).unwrap();
        let back: Checkpoint = serde_json::from_str(&text).unwrap();
        assert_eq!(back, cp, "{text}");
        assert_eq!(back.items(), 15);
        assert_eq!(
            back.remaining(),
            vec![(0, None), (1, Some(key)), (3, None)],
            "segment 2 is done; 1 goes on from its key, every digit kept"
        );
        assert_eq!(
            back.describe(),
            "1 of 4 segments finished, 15 items written"
        );
    }

    #[test]
    fn another_job_is_named_by_its_first_difference() {
        let mut other = job();
        assert_eq!(job().difference(&other), None);
        other.segments = 8;
        assert_eq!(
            job().difference(&other).unwrap(),
            "its segment count is 8, this run's is 4"
        );
        other = job();
        other.command = "table scan".into();
        assert!(job().difference(&other).unwrap().starts_with("its command"));
    }

    #[test]
    fn workers_share_the_segments_exactly_once() {
        let mut all: Vec<u32> = (1..=4).flat_map(|k| worker_segments(k, 4, 16)).collect();
        all.sort();
        assert_eq!(all, (0..16).collect::<Vec<_>>());
        assert_eq!(worker_segments(2, 4, 16), vec![1, 5, 9, 13]);
    }
}
