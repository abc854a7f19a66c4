//! `--checkpoint FILE` and `--worker K/N`: a long job that survives being killed and
//! can be split across processes. The job's checkpoint is opened (refused when it belongs
//! to another job), kept as the pipeline makes progress durable, saved at most every
//! second (and on Ctrl-C, on a failure, at the end), and marked done when the job is.

use crate::error::{Error, Result};
use crate::files::checkpoint as file;
use crate::model::checkpoint::{Checkpoint, Job, Mark, Output, worker_segments};
use crate::store::dynamo::scan::SegmentPlan;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How often a checkpoint is saved while the job runs.
const EVERY: Duration = Duration::from_secs(1);

/// `--worker K/N`: this process reads every N-th segment, from the K-th.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Worker {
    pub(crate) k: u32,
    pub(crate) n: u32,
}

impl Worker {
    pub(crate) fn label(&self) -> String {
        format!("{}/{}", self.k, self.n)
    }
}

/// Parses `K/N` (1 <= K <= N).
pub(crate) fn worker(raw: &str) -> std::result::Result<Worker, String> {
    let bad = || {
        format!(
            "{raw:?} is not K/N (this worker's number and how many there are, 1 <= K <= N), e.g. 2/4"
        )
    };
    let (k, n) = raw.split_once('/').ok_or_else(bad)?;
    let (k, n): (u32, u32) = (
        k.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if k == 0 || n == 0 || k > n {
        return Err(bad());
    }
    Ok(Worker { k, n })
}

/// The segments a run reads of `total`: a worker's share, or all of them. A worker needs
/// `--segments` (every worker must split the same way) and no more workers than segments.
pub(crate) fn share(worker: Option<Worker>, segments: Option<u32>, total: u32) -> Result<Vec<u32>> {
    let Some(w) = worker else {
        return Ok((0..total).collect());
    };
    let Some(s) = segments else {
        return Err(Error::Usage(
            "--worker needs --segments: every worker must split the scan the same way".into(),
        )
        .with_hint("pass the same --segments S to every worker, S at least N"));
    };
    if w.n > s {
        return Err(Error::Usage(format!(
            "--worker {} names {} workers but --segments {s} makes only {s} segments",
            w.label(),
            w.n
        ))
        .with_hint("use at least as many segments as workers"));
    }
    Ok(worker_segments(w.k, w.n, total))
}

/// A job's checkpoint while it runs.
pub(crate) struct Tracker {
    path: PathBuf,
    cp: Checkpoint,
    saved: Instant,
    /// What was already done when this run started (a resumed job).
    pub(crate) resumed: Option<String>,
}

/// What opening a checkpoint found.
pub(crate) enum Opened {
    /// Go on with the job (`tracker.resumed` says whether it was started before).
    Run(Box<Tracker>),
    /// The checkpoint records a finished job: nothing to do.
    Done(Box<Checkpoint>),
}

impl Tracker {
    /// Opens `path` for `job` over `segments`: a new checkpoint, or the one there if it
    /// is this job's (else a usage error naming the difference).
    pub(crate) fn open(path: &Path, job: Job, segments: Vec<u32>) -> Result<Opened> {
        let cp = match file::load(path)? {
            None => Checkpoint::new(job, segments),
            Some(cp) => {
                if let Some(why) = job.difference(&cp.job) {
                    return Err(Error::Usage(format!(
                        "checkpoint {} belongs to another job: {why}; nothing was written",
                        path.display()
                    ))
                    .with_hint(
                        "name another --checkpoint file for this job, or run the job it records",
                    ));
                }
                if cp.done {
                    return Ok(Opened::Done(Box::new(cp)));
                }
                cp
            }
        };
        let resumed = (cp.items() > 0 || cp.segments.values().any(|s| s.done || s.next.is_some()))
            .then(|| cp.describe());
        Ok(Opened::Run(Box::new(Tracker {
            path: path.to_path_buf(),
            cp,
            saved: Instant::now(),
            resumed,
        })))
    }

    pub(crate) fn checkpoint(&self) -> &Checkpoint {
        &self.cp
    }

    /// The segments still to read, each from where it stopped.
    pub(crate) fn plan(&self) -> SegmentPlan {
        SegmentPlan {
            total: self.cp.job.segments,
            starts: self.cp.remaining(),
        }
    }

    /// Progress that is now durable.
    pub(crate) fn record(&mut self, mark: &Mark) {
        self.cp.apply(mark);
    }

    /// Whether a save is due.
    pub(crate) fn due(&self) -> bool {
        self.saved.elapsed() >= EVERY
    }

    /// Saves what is recorded, with the output's durable state.
    pub(crate) fn save(&mut self, output: Option<Output>) -> Result<()> {
        if output.is_some() {
            self.cp.output = output;
        }
        file::save(&self.path, &self.cp)?;
        self.saved = Instant::now();
        Ok(())
    }

    /// The job is complete: the checkpoint says so, and a re-run says it is done.
    pub(crate) fn finish(&mut self, output: Option<Output>) -> Result<()> {
        self.cp.done = true;
        self.save(output)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

/// `resumed from checkpoint F (3 of 16 segments finished, 41200 items written)`
pub(crate) fn resumed_note(tracker: Option<&Tracker>) -> Option<String> {
    let t = tracker?;
    t.resumed.as_ref().map(|was| {
        format!(
            "resumed from checkpoint {} ({was} before this run)",
            t.path.display()
        )
    })
}

/// `; resumed from checkpoint ...` after a final line, or nothing.
pub(crate) fn resumed_suffix(resumed: Option<&str>) -> String {
    resumed.map(|r| format!("; {r}")).unwrap_or_default()
}

/// `--checkpoint FILE` and `--worker K/N`, on the jobs that take them.
#[derive(Debug, clap::Args, Clone, Default)]
#[command(next_help_heading = "Long jobs")]
pub(crate) struct JobArgs {
    /// Keep the job's progress in FILE: the same command with the same FILE goes on
    /// where a killed or stopped run left off (and says so)
    #[arg(long, value_name = "FILE")]
    pub(crate) checkpoint: Option<PathBuf>,
    /// Read only this worker's share of the --segments: N processes (or machines)
    /// given 1/N .. N/N read every item exactly once
    #[arg(long, value_name = "K/N", value_parser = worker, requires = "segments")]
    pub(crate) worker: Option<Worker>,
}

/// What a long scan job is to do.
pub(crate) enum Plan {
    /// Run, keeping `tracker` when there is a checkpoint.
    Run(Option<Box<Tracker>>),
    /// The checkpoint records the job as complete.
    Done(PathBuf, Box<Checkpoint>),
}

/// Fixes a scan's segments for a checkpoint or a worker: `--segments`, else what an
/// earlier run recorded, else the automatic choice. Opens the checkpoint for `job` and
/// aims `spec` at what is left of this run's share.
pub(crate) async fn plan_scan(
    store: &crate::store::dynamo::DynamoStore,
    spec: &mut crate::store::dynamo::scan::ScanSpec,
    mut job: Job,
    args: &JobArgs,
    segments: Option<u32>,
) -> Result<Plan> {
    if args.checkpoint.is_none() && args.worker.is_none() {
        return Ok(Plan::Run(None));
    }
    if spec.max_items.is_some() {
        return Err(
            Error::Usage("--max-items cannot be resumed or shared".into())
                .with_hint("drop --max-items, or --checkpoint and --worker"),
        );
    }
    let recorded = match &args.checkpoint {
        Some(p) => file::load(p)?.map(|cp| cp.job.segments),
        None => None,
    };
    let total = match (segments, recorded) {
        (Some(n), _) => n,
        (None, Some(n)) => n,
        (None, None) => store.segment_count(spec).await?,
    };
    let mine = share(args.worker, segments, total)?;
    job.segments = total;
    job.worker = args.worker.map(|w| w.label());
    let Some(path) = &args.checkpoint else {
        spec.plan = Some(SegmentPlan {
            total,
            starts: mine.into_iter().map(|s| (s, None)).collect(),
        });
        return Ok(Plan::Run(None));
    };
    match Tracker::open(path, job, mine)? {
        Opened::Done(cp) => Ok(Plan::Done(path.clone(), cp)),
        Opened::Run(t) => {
            spec.plan = Some(t.plan());
            Ok(Plan::Run(Some(t)))
        }
    }
}
