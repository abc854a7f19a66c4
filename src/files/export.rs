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
}

pub(crate) struct ExportWriter {
    work: PathBuf,
    done: PathBuf,
    id: String,
    schema: TableSchema,
    started: chrono::DateTime<chrono::Utc>,
    current: Option<OpenDataFile>,
    manifest: Vec<String>,
    items: u64,
    bytes: u64,
    finished: bool,
    /// Folders this export created (see [`ExportWriter::create`]).
    created: Vec<PathBuf>,
}

fn io(context: &str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let context = format!("{context} {}", path.display());
    move |e| Error::io(context, e)
}

impl ExportWriter {
    /// Starts an export of `schema`'s table into `dir` (created if missing).
    pub(crate) fn create(dir: &Path, schema: TableSchema) -> Result<ExportWriter> {
        let started = chrono::Utc::now();
        let id = format!(
            "{:014}-{:08x}",
            started.timestamp_millis(),
            rand::random::<u32>()
        );
        let base = dir.join("AWSDynamoDB");
        // The folders this export creates, outermost first: removed again (when empty)
        // if it does not finish.
        let mut created = Vec::new();
        for d in [dir, base.as_path()] {
            if !d.exists() {
                created.push(d.to_path_buf());
            }
        }
        std::fs::create_dir_all(&base).map_err(io("creating", &base))?;
        let work = base.join(format!(".{id}.partial"));
        let done = base.join(&id);
        std::fs::create_dir_all(work.join("data")).map_err(io("creating", &work))?;
        Ok(ExportWriter {
            work,
            done,
            id,
            schema,
            started,
            current: None,
            manifest: Vec::new(),
            items: 0,
            bytes: 0,
            finished: false,
            created,
        })
    }

    pub(crate) fn write(&mut self, item: &Item) -> Result<()> {
        if self.current.is_none() {
            let name = format!("{:016x}", rand::random::<u64>());
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
        self.items += 1;
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
        self.bytes += hashing.bytes;
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.manifest.push(
            json!({
                "itemCount": file.items,
                "md5Checksum": base64::engine::general_purpose::STANDARD.encode(digest),
                "etag": hex,
                "dataFileS3Key": format!("AWSDynamoDB/{}/data/{}.json.gz", self.id, file.name),
            })
            .to_string(),
        );
        Ok(())
    }

    fn write_json(&self, name: &str, text: &str) -> Result<()> {
        let path = self.work.join(name);
        let mut f = File::create(&path).map_err(io("creating", &path))?;
        f.write_all(text.as_bytes())
            .and_then(|_| f.sync_all())
            .map_err(io("writing", &path))
    }

    /// Closes the data, writes the manifests and moves the export into place.
    pub(crate) fn finish(mut self) -> Result<ExportSummary> {
        self.close_file()?;
        let now = chrono::Utc::now();
        let table = &self.schema.name;
        let arn = format!("arn:aws:dynamodb:local:000000000000:table/{table}");
        let summary = json!({
            "version": "2020-06-30",
            "exportArn": format!("{arn}/export/{}", self.id),
            "startTime": self.started.to_rfc3339(),
            "endTime": now.to_rfc3339(),
            "tableArn": arn,
            "tableId": "cruddur-ddb",
            "exportTime": self.started.to_rfc3339(),
            "s3Bucket": "local",
            "s3Prefix": null,
            "s3SseAlgorithm": "AES256",
            "s3SseKmsKeyId": null,
            "manifestFilesS3Key": format!("AWSDynamoDB/{}/manifest-files.json", self.id),
            "billedSizeBytes": self.bytes,
            "itemCount": self.items,
            "outputFormat": "DYNAMODB_JSON",
            "exportType": "FULL_EXPORT",
        });
        let files = self
            .manifest
            .iter()
            .map(|l| format!("{l}\n"))
            .collect::<String>();
        self.write_json("manifest-files.json", &files)?;
        self.write_json("manifest-summary.json", &format!("{summary}\n"))?;
        let schema = serde_json::to_string_pretty(&self.schema)
            .map_err(|e| Error::Service(format!("encoding the table description: {e}")))?;
        self.write_json(EXPORT_TABLE_FILE, &format!("{schema}\n"))?;
        std::fs::rename(&self.work, &self.done).map_err(io("moving the export to", &self.done))?;
        self.finished = true;
        Ok(ExportSummary {
            path: self.done.display().to_string(),
            export_id: self.id.clone(),
            items: self.items,
            data_files: self.manifest.len(),
            bytes: self.bytes,
        })
    }
}

impl Drop for ExportWriter {
    /// An export that did not finish leaves nothing behind.
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.work);
            // Innermost first; a folder something else has written into stays.
            for d in self.created.iter().rev() {
                let _ = std::fs::remove_dir(d);
            }
        }
    }
}
