//! Where an export's objects live: a local folder, or (through the command layer) an S3
//! prefix. Readers see both the same way: a tree of objects named by their path below a
//! root, listed, read whole when small, and streamed when not. Calls block; S3's run on
//! a blocking thread.

use crate::error::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// An object below the root.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Its path below the root, `/`-separated (`AWSDynamoDB/<id>/data/x.json.gz`).
    pub(crate) rel: String,
    pub(crate) size: u64,
    /// Seconds since the epoch.
    pub(crate) modified: Option<f64>,
    /// S3's ETag (quoted, as S3 sends it), so a second read can insist on the same object.
    pub(crate) etag: Option<String>,
}

/// A tree of objects: a folder or an S3 prefix.
pub(crate) trait Objects: Send + Sync + std::fmt::Debug {
    /// Every object below `rel` (a folder path; empty for the root), recursively.
    fn list(&self, rel: &str) -> Result<Vec<Entry>>;
    /// A small object whole (a manifest); `None` when it does not exist.
    fn get(&self, rel: &str) -> Result<Option<Vec<u8>>>;
    /// An object streamed; with `etag`, only if it is still that version.
    fn open(&self, rel: &str, etag: Option<&str>) -> Result<Box<dyn Read + Send>>;
    /// How messages name `rel` (a path, or an `s3://` URL).
    fn name(&self, rel: &str) -> String;
}

/// A local folder as a tree of objects.
#[derive(Debug, Clone)]
pub(crate) struct LocalDir(pub(crate) PathBuf);

impl LocalDir {
    fn path(&self, rel: &str) -> PathBuf {
        if rel.is_empty() {
            self.0.clone()
        } else {
            self.0.join(rel)
        }
    }
}

/// Folders deep enough for `AWSDynamoDB/<id>/data/<file>` below any root.
const DEPTH: usize = 6;

fn walk(base: &Path, dir: &Path, depth: usize, out: &mut Vec<Entry>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("reading {}", dir.display()), e)),
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            if depth > 0 {
                walk(base, &path, depth - 1, out)?;
            }
            continue;
        }
        let rel = path
            .strip_prefix(base)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        out.push(Entry {
            rel,
            size: meta.len(),
            modified: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs_f64()),
            etag: None,
        });
    }
    Ok(())
}

impl Objects for LocalDir {
    fn list(&self, rel: &str) -> Result<Vec<Entry>> {
        let mut out = Vec::new();
        walk(&self.0, &self.path(rel), DEPTH, &mut out)?;
        out.sort_by(|a, b| a.rel.cmp(&b.rel));
        Ok(out)
    }

    fn get(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        let path = self.path(rel);
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(format!("reading {}", path.display()), e)),
        }
    }

    fn open(&self, rel: &str, _: Option<&str>) -> Result<Box<dyn Read + Send>> {
        let path = self.path(rel);
        let file = std::fs::File::open(&path)
            .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
        Ok(Box::new(file))
    }

    fn name(&self, rel: &str) -> String {
        self.path(rel).display().to_string()
    }
}
