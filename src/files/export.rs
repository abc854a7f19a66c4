//! Writing DynamoDB's S3 export layout, as `ExportTableToPointInTime` writes it:
//!
//! ```text
//! DIR/AWSDynamoDB/<export id>/manifest-summary.json   item count, format DYNAMODB_JSON
//! DIR/AWSDynamoDB/<export id>/manifest-files.json     one line per data file: count, md5, key
//! DIR/AWSDynamoDB/<export id>/data/<name>.json.gz     {"Item": {...}} per line, gzipped
//! DIR/AWSDynamoDB/<export id>/cruddur-table.json      the table's description (ours)
//! ```
//!
//! `ImportTable` reads the `data/` prefix as it is, so an export made here can seed a real
//! table, and `table restore` reads it back. The export is written under a temporary
//! name and renamed into place only when complete: nothing sits under the final name
//! unless it is whole.

use super::EXPORT_TABLE_FILE;
use crate::error::{Error, Result};
use crate::model::checkpoint::{DataFileEntry, ExportState};
use crate::model::item::{Item, TypedItem};
use crate::model::schema::TableSchema;
use base64::Engine as _;
use flate2::Compression;
use flate2::write::GzEncoder;
use md5::{Digest, Md5};
use serde_json::json;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Items per data file (AWS splits exports into many files too).
const ITEMS_PER_FILE: u64 = 250_000;

/// A writer that hashes what passes through (the manifest lists each file's MD5).
struct Hashing<W> {
    inner: W,
    md5: Md5,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.md5.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

struct OpenDataFile {
    encoder: GzEncoder<Hashing<BufWriter<File>>>,
    name: String,
    items: u64,
}

/// What a finished export holds.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct ExportSummary {
    /// The export's folder (`DIR/AWSDynamoDB/<id>`).
    pub path: String,
    pub export_id: String,
    pub items: u64,
    pub data_files: usize,
    pub bytes: u64,
    /// The items were anonymized on the way.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymized: bool,
    /// `resumed from checkpoint F (...)`, when this run went on from an earlier one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resumed: Option<String>,
}

/// Where an export goes: a whole export, or one worker's share of one.
#[derive(Debug, Clone)]
pub(crate) enum Layout {
    /// `DIR/AWSDynamoDB/<export id>/`, with its manifests.
    Export,
    /// `DIR/worker-K-of-N/`: data files and `worker.json` (which segments it holds);
    /// `table export --merge DIR` turns all the workers' folders into one export.
    Worker {
        k: u32,
        n: u32,
        total: u32,
        segments: Vec<u32>,
    },
}

/// A worker's folder's record of what it holds.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct WorkerManifest {
    version: u32,
    table: TableSchema,
    worker: u32,
    workers: u32,
    segments_total: u32,
    segments: Vec<u32>,
    started: String,
    files: Vec<DataFileEntry>,
}

pub(crate) struct ExportWriter {
    work: PathBuf,
    done: PathBuf,
    id: String,
    schema: TableSchema,
    started: String,
    layout: Layout,
    current: Option<OpenDataFile>,
    files: Vec<DataFileEntry>,
    finished: bool,
    /// An unfinished export is kept (a checkpoint resumes it) instead of removed.
    keep: bool,
    /// Folders this export created (see [`ExportWriter::create`]).
    created: Vec<PathBuf>,
}

fn io(context: &str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let context = format!("{context} {}", path.display());
    move |e| Error::io(context, e)
}

/// Where a layout's folders go: (the folder the work happens in, its final name).
fn places(dir: &Path, id: &str, layout: &Layout) -> (PathBuf, PathBuf, PathBuf) {
    match layout {
        Layout::Export => {
            let base = dir.join("AWSDynamoDB");
            (base.join(format!(".{id}.partial")), base.join(id), base)
        }
        Layout::Worker { .. } => (
            dir.join(format!(".{id}.partial")),
            dir.join(id),
            dir.to_path_buf(),
        ),
    }
}

impl ExportWriter {
    /// Starts an export of `schema`'s table into `dir` (created if missing).
    pub(crate) fn create(dir: &Path, schema: TableSchema, layout: Layout) -> Result<ExportWriter> {
        let started = chrono::Utc::now();
        let id = match &layout {
            Layout::Export => format!(
                "{:014}-{:08x}",
                started.timestamp_millis(),
                rand::random::<u32>()
            ),
            Layout::Worker { k, n, .. } => format!("worker-{k}-of-{n}"),
        };
        let (work, done, base) = places(dir, &id, &layout);
        if done.exists() {
            return Err(
                Error::Conflict(format!("{} already exists", done.display()))
                    .with_hint("export into another folder, or remove it"),
            );
        }
        // The folders this export creates, outermost first: removed again (when empty)
        // if it does not finish.
        let created = [dir, base.as_path()]
            .into_iter()
            .filter(|d| !d.exists())
            .map(Path::to_path_buf)
            .collect();
        std::fs::create_dir_all(work.join("data")).map_err(io("creating", &work))?;
        Ok(ExportWriter {
            work,
            done,
            id,
            schema,
            started: started.to_rfc3339(),
            layout,
            current: None,
            files: Vec::new(),
            finished: false,
            keep: false,
            created,
        })
    }

    /// Goes on with the export an earlier run left at `state`: its unfinished folder,
    /// the data files the state lists (any other, cut short by a kill, is removed).
    pub(crate) fn resume(
        dir: &Path,
        schema: TableSchema,
        layout: Layout,
        state: &ExportState,
    ) -> Result<ExportWriter> {
        let (work, done, _) = places(dir, &state.id, &layout);
        if !work.join("data").is_dir() {
            return Err(Error::NotFound(format!(
                "the unfinished export {} its checkpoint records is gone",
                work.display()
            ))
            .with_hint("delete the checkpoint to export again from the start"));
        }
        let keep: std::collections::HashSet<String> = state
            .files
            .iter()
            .map(|f| format!("{}.json.gz", f.name))
            .collect();
        let data = work.join("data");
        for entry in std::fs::read_dir(&data)
            .map_err(io("reading", &data))?
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !keep.contains(&name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(ExportWriter {
            work,
            done,
            id: state.id.clone(),
            schema,
            started: state.started.clone(),
            layout,
            current: None,
            files: state.files.clone(),
            finished: false,
            keep: true,
            created: Vec::new(),
        })
    }

    /// Keeps the unfinished export when the run stops (a checkpoint resumes it).
    pub(crate) fn keep_unfinished(&mut self) {
        self.keep = true;
    }

    fn data_file_name(&self) -> String {
        match &self.layout {
            Layout::Export => format!("{:016x}", rand::random::<u64>()),
            Layout::Worker { k, .. } => format!("w{k}-{:016x}", rand::random::<u64>()),
        }
    }

    pub(crate) fn write(&mut self, item: &Item) -> Result<()> {
        if self.current.is_none() {
            let name = self.data_file_name();
            let path = self.work.join("data").join(format!("{name}.json.gz"));
            let file = File::create(&path).map_err(io("creating", &path))?;
            let hashing = Hashing {
                inner: BufWriter::new(file),
                md5: Md5::new(),
                bytes: 0,
            };
            self.current = Some(OpenDataFile {
                encoder: GzEncoder::new(hashing, Compression::fast()),
                name,
                items: 0,
            });
        }
        let Some(current) = self.current.as_mut() else {
            return Ok(());
        };
        let line = serde_json::to_string(&json!({ "Item": TypedItem(item) }))
            .map_err(|e| Error::Service(format!("encoding an item: {e}")))?;
        let w = &mut current.encoder;
        w.write_all(line.as_bytes())
            .and_then(|_| w.write_all(b"\n"))
            .map_err(io("writing", &self.work))?;
        current.items += 1;
        if current.items >= ITEMS_PER_FILE {
            self.close_file()?;
        }
        Ok(())
    }

    fn close_file(&mut self) -> Result<()> {
        let Some(file) = self.current.take() else {
            return Ok(());
        };
        let hashing = file
            .encoder
            .finish()
            .map_err(io("compressing", &self.work))?;
        let digest = hashing.md5.finalize();
        let out = hashing
            .inner
            .into_inner()
            .map_err(|e| Error::io(format!("writing {}", self.work.display()), e.into_error()))?;
        out.sync_all().map_err(io("syncing", &self.work))?;
        self.files.push(DataFileEntry {
            name: file.name,
            items: file.items,
            md5: base64::engine::general_purpose::STANDARD.encode(digest),
            etag: digest.iter().map(|b| format!("{b:02x}")).collect(),
            bytes: hashing.bytes,
        });
        Ok(())
    }

    /// Closes the data file being written (so every item so far is in a complete,
    /// fsynced file) and says where the export stands, for a checkpoint.
    pub(crate) fn sync(&mut self) -> Result<ExportState> {
        self.close_file()?;
        if let Ok(d) = File::open(self.work.join("data")) {
            let _ = d.sync_all();
        }
        Ok(ExportState {
            id: self.id.clone(),
            started: self.started.clone(),
            files: self.files.clone(),
        })
    }

    /// Closes the data, writes the manifests (or a worker's record) and moves the
    /// export into place.
    pub(crate) fn finish(mut self) -> Result<ExportSummary> {
        self.close_file()?;
        match &self.layout {
            Layout::Export => write_manifests(
                &self.work,
                &self.id,
                &self.schema,
                &self.started,
                &self.files,
            )?,
            Layout::Worker {
                k,
                n,
                total,
                segments,
            } => {
                let record = WorkerManifest {
                    version: 1,
                    table: self.schema.clone(),
                    worker: *k,
                    workers: *n,
                    segments_total: *total,
                    segments: segments.clone(),
                    started: self.started.clone(),
                    files: self.files.clone(),
                };
                let text = serde_json::to_string_pretty(&record)
                    .map_err(|e| Error::Service(format!("encoding the worker record: {e}")))?;
                write_json(&self.work, WORKER_FILE, &format!("{text}\n"))?;
            }
        }
        std::fs::rename(&self.work, &self.done).map_err(io("moving the export to", &self.done))?;
        self.finished = true;
        Ok(summary_of(&self.done, &self.id, &self.files))
    }
}

/// A worker's record of its share, in its folder.
const WORKER_FILE: &str = "worker.json";

fn summary_of(path: &Path, id: &str, files: &[DataFileEntry]) -> ExportSummary {
    ExportSummary {
        path: path.display().to_string(),
        export_id: id.to_string(),
        items: files.iter().map(|f| f.items).sum(),
        data_files: files.len(),
        bytes: files.iter().map(|f| f.bytes).sum(),
        anonymized: false,
        resumed: None,
    }
}

fn write_json(dir: &Path, name: &str, text: &str) -> Result<()> {
    let path = dir.join(name);
    let mut f = File::create(&path).map_err(io("creating", &path))?;
    f.write_all(text.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(io("writing", &path))
}

/// The manifests ExportTableToPointInTime writes, and our table description.
fn write_manifests(
    work: &Path,
    id: &str,
    schema: &TableSchema,
    started: &str,
    files: &[DataFileEntry],
) -> Result<()> {
    let now = chrono::Utc::now();
    let table = &schema.name;
    let arn = format!("arn:aws:dynamodb:local:000000000000:table/{table}");
    let items: u64 = files.iter().map(|f| f.items).sum();
    let bytes: u64 = files.iter().map(|f| f.bytes).sum();
    let summary = json!({
        "version": "2020-06-30",
        "exportArn": format!("{arn}/export/{id}"),
        "startTime": started,
        "endTime": now.to_rfc3339(),
        "tableArn": arn,
        "tableId": "cruddur-ddb",
        "exportTime": started,
        "s3Bucket": "local",
        "s3Prefix": null,
        "s3SseAlgorithm": "AES256",
        "s3SseKmsKeyId": null,
        "manifestFilesS3Key": format!("AWSDynamoDB/{id}/manifest-files.json"),
        "billedSizeBytes": bytes,
        "itemCount": items,
        "outputFormat": "DYNAMODB_JSON",
        "exportType": "FULL_EXPORT",
    });
    let lines: String = files
        .iter()
        .map(|f| {
            format!(
                "{}\n",
                json!({
                    "itemCount": f.items,
                    "md5Checksum": f.md5,
                    "etag": f.etag,
                    "dataFileS3Key": format!("AWSDynamoDB/{id}/data/{}.json.gz", f.name),
                })
            )
        })
        .collect();
    write_json(work, "manifest-files.json", &lines)?;
    write_json(work, "manifest-summary.json", &format!("{summary}\n"))?;
    write_json(work, EXPORT_TABLE_FILE, &table_file(schema)?)
}

/// The text of `cruddur-table.json`: the table's description beside an export.
pub(crate) fn table_file(schema: &TableSchema) -> Result<String> {
    serde_json::to_string_pretty(schema)
        .map(|text| format!("{text}\n"))
        .map_err(|e| Error::Service(format!("encoding the table description: {e}")))
}

/// The finished workers' records in `dir`, and the names of unfinished ones.
/// A finished worker's folder and its record.
type WorkerFolder = (PathBuf, WorkerManifest);

fn workers_in(dir: &Path) -> Result<(Vec<WorkerFolder>, Vec<String>)> {
    let mut done = Vec::new();
    let mut unfinished = Vec::new();
    for entry in std::fs::read_dir(dir)
        .map_err(io("reading", dir))?
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".worker-") && name.ends_with(".partial") {
            unfinished.push(name);
        } else if name.starts_with("worker-") {
            let path = entry.path().join(WORKER_FILE);
            let text = std::fs::read_to_string(&path).map_err(io("reading", &path))?;
            let record: WorkerManifest = serde_json::from_str(&text).map_err(|e| {
                Error::Usage(format!("{} is not a worker's record: {e}", path.display()))
            })?;
            done.push((entry.path(), record));
        }
    }
    done.sort_by_key(|(_, r)| r.worker);
    Ok((done, unfinished))
}

/// Checks that the workers hold every segment exactly once, one table, one split.
fn check_shares(dir: &Path, workers: &[WorkerFolder], unfinished: &[String]) -> Result<()> {
    let cannot = |why: String| {
        Error::Usage(format!(
            "cannot merge {}: {why}; nothing was merged",
            dir.display()
        ))
    };
    let Some((_, first)) = workers.first() else {
        return Err(
            cannot("it holds no finished worker folder (worker-K-of-N/)".into()).with_hint(
                "run `table export NAME DIR --segments S --worker K/N` for every K first",
            ),
        );
    };
    for (_, w) in workers {
        if (w.workers, w.segments_total, &w.table.name)
            != (first.workers, first.segments_total, &first.table.name)
        {
            return Err(cannot(format!(
                "worker {}/{} split {} into {} segments, worker {}/{} split {} into {}",
                first.worker,
                first.workers,
                first.table.name,
                first.segments_total,
                w.worker,
                w.workers,
                w.table.name,
                w.segments_total
            )));
        }
    }
    let mut seen: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
    for (_, w) in workers {
        for s in &w.segments {
            seen.entry(*s).or_default().push(w.worker);
        }
    }
    if let Some((s, by)) = seen.iter().find(|(_, by)| by.len() > 1) {
        return Err(cannot(format!(
            "segment {s} is in more than one worker's folder (workers {by:?})"
        )));
    }
    let missing: Vec<u32> = (0..first.segments_total)
        .filter(|s| !seen.contains_key(s))
        .collect();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(u32::to_string).collect();
        let mut why = format!(
            "segments {} of {} are missing",
            list.join(", "),
            first.segments_total
        );
        if !unfinished.is_empty() {
            why += &format!(" ({} has not finished)", unfinished.join(", "));
        }
        return Err(cannot(why).with_hint(
            "run (or finish, with its --checkpoint) the missing workers, and gather their folders here",
        ));
    }
    Ok(())
}

/// `table export --merge DIR`: the workers' folders in DIR become one export, after
/// checking that every segment is there exactly once. Nothing is merged otherwise.
pub(crate) fn merge(dir: &Path) -> Result<ExportSummary> {
    let (workers, unfinished) = workers_in(dir)?;
    check_shares(dir, &workers, &unfinished)?;
    let schema = workers[0].1.table.clone();
    let started = workers
        .iter()
        .map(|(_, w)| w.started.clone())
        .min()
        .unwrap_or_default();
    let now = chrono::Utc::now();
    let id = format!(
        "{:014}-{:08x}",
        now.timestamp_millis(),
        rand::random::<u32>()
    );
    let (work, done, _) = places(dir, &id, &Layout::Export);
    std::fs::create_dir_all(work.join("data")).map_err(io("creating", &work))?;
    let mut files = Vec::new();
    for (path, w) in &workers {
        for f in &w.files {
            let name = format!("{}.json.gz", f.name);
            let from = path.join("data").join(&name);
            std::fs::rename(&from, work.join("data").join(&name)).map_err(io("moving", &from))?;
            files.push(f.clone());
        }
    }
    write_manifests(&work, &id, &schema, &started, &files)?;
    std::fs::rename(&work, &done).map_err(io("moving the export to", &done))?;
    for (path, _) in &workers {
        let _ = std::fs::remove_dir_all(path);
    }
    Ok(summary_of(&done, &id, &files))
}

impl Drop for ExportWriter {
    /// An export that did not finish leaves nothing behind (unless a checkpoint keeps
    /// it to resume).
    fn drop(&mut self) {
        if !self.finished && !self.keep {
            let _ = std::fs::remove_dir_all(&self.work);
            // Innermost first; a folder something else has written into stays.
            for d in self.created.iter().rev() {
                let _ = std::fs::remove_dir(d);
            }
        }
    }
}
