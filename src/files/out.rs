//! `table scan --out FILE`: items written to a file in place, so a checkpointed scan can
//! be resumed: the file is cut back to the length its checkpoint records, and goes on.

use crate::error::{Error, Result};
use crate::model::item::Item;
use crate::render::OutputFormat;
use crate::render::items::ItemSink;
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

pub(crate) struct OutFile {
    file: BufWriter<File>,
    format: OutputFormat,
    label: String,
}

impl OutFile {
    /// A new file (one that exists is refused: choose a new path, or resume it with its
    /// checkpoint).
    pub(crate) fn create(path: &Path, format: OutputFormat) -> Result<OutFile> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => {
                    Error::Conflict(format!("{} already exists", path.display())).with_hint(
                        "choose a new path (a --checkpoint of this scan resumes its own file)",
                    )
                }
                _ => Error::io(format!("creating {}", path.display()), e),
            })?;
        Ok(OutFile::wrap(file, path, format))
    }

    /// The file an earlier run wrote, cut back to the `bytes` its checkpoint records
    /// (what came after was not durable yet, and is read again).
    pub(crate) fn resume(path: &Path, format: OutputFormat, bytes: u64) -> Result<OutFile> {
        let io = |e| Error::io(format!("reopening {}", path.display()), e);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Error::NotFound(format!(
                    "{} is gone, but its checkpoint records {bytes} bytes written to it",
                    path.display()
                ))
                .with_hint("put the file back, or delete the checkpoint to start over"),
                _ => io(e),
            })?;
        let len = file.metadata().map_err(io)?.len();
        if len < bytes {
            return Err(Error::Conflict(format!(
                "{} holds {len} bytes, less than the {bytes} its checkpoint records: it changed since",
                path.display()
            ))
            .with_hint("delete the file and the checkpoint to start over"));
        }
        file.set_len(bytes).map_err(io)?;
        file.seek(SeekFrom::End(0)).map_err(io)?;
        Ok(OutFile::wrap(file, path, format))
    }

    fn wrap(file: File, path: &Path, format: OutputFormat) -> OutFile {
        OutFile {
            file: BufWriter::with_capacity(256 * 1024, file),
            format,
            label: path.display().to_string(),
        }
    }

    /// Writes items, one line each.
    pub(crate) fn write(&mut self, items: &[Item]) -> Result<()> {
        let mut sink = ItemSink::new(&mut self.file, self.format);
        for item in items {
            sink.write(item)?;
        }
        Ok(())
    }

    /// Flushes and fsyncs; returns the file's length.
    pub(crate) fn sync(&mut self) -> Result<u64> {
        let io = |e| Error::io(format!("writing {}", self.label), e);
        self.file.flush().map_err(io)?;
        let f = self.file.get_mut();
        f.sync_data().map_err(io)?;
        f.stream_position().map_err(io)
    }
}
