//! A checkpoint file: read (a corrupt or truncated one is a clear error), and written
//! atomically (a temporary file, fsynced, renamed over the old one, the folder fsynced),
//! so a kill at any moment leaves the old checkpoint or the new one, never a mix.

use crate::error::{Error, Result};
use crate::model::checkpoint::{Checkpoint, StreamCheckpoint, VERSION};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::io::Write;
use std::path::Path;

/// The checkpoint at `path`; `None` when there is none yet.
pub(crate) fn load(path: &Path) -> Result<Option<Checkpoint>> {
    let cp: Option<Checkpoint> = load_as(path)?;
    if let Some(cp) = &cp {
        check_version(path, cp.version)?;
    }
    Ok(cp)
}

/// A stream reader's checkpoint at `path`; `None` when there is none yet.
pub(crate) fn load_stream(path: &Path) -> Result<Option<StreamCheckpoint>> {
    let cp: Option<StreamCheckpoint> = load_as(path)?;
    if let Some(cp) = &cp {
        check_version(path, cp.version)?;
    }
    Ok(cp)
}

fn check_version(path: &Path, version: u32) -> Result<()> {
    if version != VERSION {
        return Err(Error::Usage(format!(
            "checkpoint {} has version {version}; this cruddur-ddb reads version {VERSION}",
            path.display()
        )));
    }
    Ok(())
}

fn load_as<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::io(
                format!("reading checkpoint {}", path.display()),
                e,
            ));
        }
    };
    let cp: T = serde_json::from_str(&text).map_err(|e| {
        Error::Usage(format!(
            "checkpoint {} is not a checkpoint this tool wrote ({e}); nothing was written",
            path.display()
        ))
        .with_hint("name another --checkpoint file, or delete this one to start over")
    })?;
    Ok(Some(cp))
}

/// Writes `cp` to `path` atomically.
pub(crate) fn save<T: Serialize>(path: &Path, cp: &T) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "checkpoint".into());
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let io = |what: &str, e| Error::io(format!("{what} checkpoint {}", path.display()), e);
    let text = serde_json::to_vec_pretty(cp)
        .map_err(|e| Error::Service(format!("encoding the checkpoint: {e}")))?;
    let mut f = std::fs::File::create(&temp).map_err(|e| io("writing", e))?;
    f.write_all(&text)
        .and_then(|_| f.write_all(b"\n"))
        .and_then(|_| f.sync_all())
        .map_err(|e| io("writing", e))?;
    std::fs::rename(&temp, path).map_err(|e| io("moving into place the", e))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checkpoint::Job;

    #[test]
    fn a_saved_checkpoint_loads_and_a_broken_one_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        assert!(load(&path).unwrap().is_none());
        let job = Job {
            command: "table restore".into(),
            source: "f".into(),
            destination: "t".into(),
            segments: 0,
            worker: None,
            format: None,
            transform: None,
        };
        let cp = Checkpoint::new(job, []);
        save(&path, &cp).unwrap();
        assert_eq!(load(&path).unwrap(), Some(cp));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        let e = load(&path).unwrap_err();
        assert_eq!(e.exit().code(), 2);
        assert!(e.to_string().contains("is not a checkpoint"), "{e}");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }
}
