//! A file that appears under its name only when complete: written to a temporary file
//! in the same folder, fsynced, and renamed into place (never over an existing file).
//! Dropped before [`AtomicFile::commit`], it removes the temporary file.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

pub(crate) struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Starts writing `target`, which must not exist yet.
    pub(crate) fn create(target: &Path) -> Result<AtomicFile> {
        if target.exists() {
            return Err(
                Error::Conflict(format!("{} already exists", target.display()))
                    .with_hint("choose a new path"),
            );
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        let temp = dir.join(format!(".{name}.partial-{:08x}", rand::random::<u32>()));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|e| Error::io(format!("creating {}", temp.display()), e))?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            temp,
            writer: Some(BufWriter::new(file)),
        })
    }

    pub(crate) fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("not committed")
    }

    /// Flushes, fsyncs and moves the file into place.
    pub(crate) fn commit(mut self) -> Result<()> {
        let writer = self.writer.take().expect("not committed");
        let context = |what: &str| format!("{what} {}", self.temp.display());
        let file = writer
            .into_inner()
            .map_err(|e| Error::io(context("writing"), e.into_error()))?;
        file.sync_all()
            .map_err(|e| Error::io(context("syncing"), e))?;
        // A hard link never replaces an existing file; rename where links are refused.
        match std::fs::hard_link(&self.temp, &self.target) {
            Ok(()) => {
                let _ = std::fs::remove_file(&self.temp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let kept = std::mem::take(&mut self.temp);
                return Err(Error::Conflict(format!(
                    "{} appeared while it was written; the new copy is left at {}",
                    self.target.display(),
                    kept.display()
                )));
            }
            Err(_) => std::fs::rename(&self.temp, &self.target).map_err(|e| {
                Error::io(format!("moving {} into place", self.target.display()), e)
            })?,
        }
        if let Some(dir) = self.target.parent().filter(|p| !p.as_os_str().is_empty())
            && let Ok(d) = File::open(dir)
        {
            let _ = d.sync_all();
        }
        self.temp = PathBuf::new();
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.temp.as_os_str().is_empty() {
            self.writer = None;
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn nothing_sits_under_the_name_until_commit_and_a_drop_leaves_nothing() {
        let dir = std::env::temp_dir().join(format!("cruddur-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("backup.jsonl");
        let mut f = AtomicFile::create(&target).unwrap();
        writeln!(f.writer(), "line").unwrap();
        assert!(!target.exists());
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "line\n");
        assert!(
            AtomicFile::create(&target).is_err(),
            "never over an existing file"
        );
        let other = dir.join("dropped.jsonl");
        let mut f = AtomicFile::create(&other).unwrap();
        writeln!(f.writer(), "partial").unwrap();
        drop(f);
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "only the committed file"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
