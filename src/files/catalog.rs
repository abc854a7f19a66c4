//! Finding the DynamoDB exports below a folder or an S3 prefix: `ROOT/AWSDynamoDB/<id>/`
//! as ExportTableToPointInTime writes them (and `table export DIR` does), `ROOT/<id>/`,
//! or ROOT itself. An export is a folder with `manifest-summary.json`, or (moto's, or one
//! whose manifests were not copied) a `data/` folder of objects alone.

use super::objects::{Entry, Objects};
use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// What `manifest-summary.json` says (the fields this tool reads).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ManifestSummary {
    pub(crate) item_count: Option<u64>,
    pub(crate) output_format: Option<String>,
    pub(crate) export_type: Option<String>,
    pub(crate) manifest_files_s3_key: Option<String>,
    pub(crate) export_time: Option<String>,
    pub(crate) start_time: Option<String>,
    pub(crate) export_from_time: Option<String>,
    pub(crate) export_to_time: Option<String>,
}

/// One export found below the root.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// Its folder below the root (`AWSDynamoDB/<id>`), empty when the root is the export.
    pub(crate) folder: String,
    /// `None`: no manifests (counts and checksums cannot be checked).
    pub(crate) summary: Option<ManifestSummary>,
    /// Its data objects (`data/...`), in name order.
    pub(crate) data: Vec<Entry>,
    /// Every object of the export, by its path below the export's folder.
    pub(crate) objects: BTreeMap<String, Entry>,
}

impl Found {
    /// `folder/rest`, below the root.
    pub(crate) fn rel(&self, rest: &str) -> String {
        if self.folder.is_empty() {
            rest.to_string()
        } else {
            format!("{}/{rest}", self.folder)
        }
    }

    pub(crate) fn is_incremental(&self) -> bool {
        self.summary.as_ref().and_then(|s| s.export_type.as_deref()) == Some("INCREMENTAL_EXPORT")
    }

    /// `full`, `incremental` (or `full, no manifests`), for the list of several.
    pub(crate) fn kind(&self) -> &'static str {
        match (&self.summary, self.is_incremental()) {
            (None, _) => "no manifests",
            (Some(_), true) => "incremental",
            (Some(_), false) => "full",
        }
    }

    /// The time the export's image is of, as its manifest states it (else when its first
    /// object was written).
    pub(crate) fn time(&self) -> String {
        let s = self.summary.as_ref();
        if self.is_incremental()
            && let Some(s) = s
        {
            return format!(
                "{} to {}",
                s.export_from_time.as_deref().unwrap_or("?"),
                s.export_to_time.as_deref().unwrap_or("?")
            );
        }
        s.and_then(|s| s.export_time.clone().or_else(|| s.start_time.clone()))
            .or_else(|| {
                self.objects
                    .values()
                    .filter_map(|e| e.modified)
                    .reduce(f64::min)
                    .and_then(|t| chrono::DateTime::from_timestamp(t as i64, 0))
                    .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            })
            .unwrap_or_else(|| "unknown time".into())
    }

    /// Sorting key: newest last.
    fn when(&self) -> String {
        self.time()
    }
}

/// The folder an object belongs to as an export, if any: the part before
/// `manifest-summary.json` or `data/`.
fn export_folder(rel: &str) -> Option<&str> {
    if rel == "manifest-summary.json" || rel.starts_with("data/") {
        return Some("");
    }
    if let Some(f) = rel.strip_suffix("/manifest-summary.json") {
        return Some(f);
    }
    rel.find("/data/").map(|i| &rel[..i])
}

/// Every export below the root. Folders whose name starts with `.` (an export still
/// being written) and worker folders (`table export --worker`, before `--merge`) are
/// not exports.
pub(crate) fn find(objects: &dyn Objects) -> Result<Vec<Found>> {
    let all = objects.list("")?;
    let mut folders: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for e in &all {
        if let Some(folder) = export_folder(&e.rel) {
            let hidden = folder.split('/').any(|p| p.starts_with('.'));
            // `AWSDynamoDB/<id>/data/...` only: a `data/` deeper down is something else.
            let depth = if folder.is_empty() {
                0
            } else {
                folder.split('/').count()
            };
            if !hidden && depth <= 3 {
                folders.entry(folder.to_string()).or_default();
            }
        }
    }
    let mut found = Vec::new();
    for folder in folders.keys() {
        let prefix = if folder.is_empty() {
            String::new()
        } else {
            format!("{folder}/")
        };
        let mine: BTreeMap<String, Entry> = all
            .iter()
            .filter_map(|e| {
                let rest = e.rel.strip_prefix(&prefix)?;
                // An export nested in this one's folder is its own.
                let nested = folders
                    .keys()
                    .any(|f| f.len() > folder.len() && e.rel.starts_with(&format!("{f}/")));
                (!nested).then(|| (rest.to_string(), e.clone()))
            })
            .collect();
        if mine.contains_key("worker.json") {
            continue;
        }
        let summary = match objects.get(&format!("{prefix}manifest-summary.json"))? {
            Some(bytes) => Some(serde_json::from_slice::<ManifestSummary>(&bytes).map_err(
                |e| {
                    Error::Usage(format!(
                        "{}: not a DynamoDB export manifest ({e})",
                        objects.name(&format!("{prefix}manifest-summary.json"))
                    ))
                },
            )?),
            None => None,
        };
        let data: Vec<Entry> = mine
            .iter()
            .filter(|(k, _)| k.starts_with("data/"))
            .map(|(_, e)| e.clone())
            .collect();
        found.push(Found {
            folder: folder.clone(),
            summary,
            data,
            objects: mine,
        });
    }
    found.sort_by_key(Found::when);
    Ok(found)
}

/// The one export below the root; several are listed (time, type, items) and one must
/// be named.
pub(crate) fn choose(objects: &dyn Objects) -> Result<Found> {
    let mut found = find(objects)?;
    let root = objects.name("");
    match found.len() {
        0 => Err(Error::NotFound(format!(
            "no DynamoDB export under {root} (no AWSDynamoDB/<export id>/manifest-summary.json or data/)"
        ))
        .with_hint("check the prefix; `aws s3 ls --recursive` shows what is there")),
        1 => Ok(found.remove(0)),
        n => {
            let listed: Vec<String> = found
                .iter()
                .map(|f| {
                    let items = f
                        .summary
                        .as_ref()
                        .and_then(|s| s.item_count)
                        .map(|n| crate::model::words::count(n, "item"))
                        .unwrap_or_else(|| "items unknown".into());
                    format!("{} ({}, {}, {items})", f.folder, f.time(), f.kind())
                })
                .collect();
            let example = found.last().map(|f| objects.name(&f.folder)).unwrap_or_default();
            Err(Error::Usage(format!(
                "{root} holds {n} exports: {}",
                listed.join("; ")
            ))
            .with_hint(format!("name one, for example {example}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::objects::LocalDir;

    fn touch(dir: &std::path::Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn exports_are_found_at_any_of_their_levels_and_several_must_be_named() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        touch(
            d,
            "AWSDynamoDB/0001-a/manifest-summary.json",
            r#"{"itemCount":3,"exportType":"FULL_EXPORT","exportTime":"2026-11-01T00:00:00Z"}"#,
        );
        touch(d, "AWSDynamoDB/0001-a/manifest-files.json", "");
        touch(d, "AWSDynamoDB/0001-a/data/x.json.gz", "");
        let one = choose(&LocalDir(d.to_path_buf())).unwrap();
        assert_eq!(one.folder, "AWSDynamoDB/0001-a");
        assert_eq!(one.data.len(), 1);
        assert_eq!(one.kind(), "full");
        // The export's own folder is an export too.
        let inner = choose(&LocalDir(d.join("AWSDynamoDB/0001-a"))).unwrap();
        assert_eq!(inner.folder, "");
        // moto's: data only; an unfinished one (`.x.partial`) and a worker's are not exports.
        touch(d, "AWSDynamoDB/9f0c/data/abc.gz", "");
        touch(d, "AWSDynamoDB/.0002-b.partial/data/y.json.gz", "");
        touch(d, "worker-1-of-2/worker.json", "{}");
        touch(d, "worker-1-of-2/data/w1.json.gz", "");
        let all = find(&LocalDir(d.to_path_buf())).unwrap();
        assert_eq!(all.len(), 2, "{all:?}");
        let e = choose(&LocalDir(d.to_path_buf())).unwrap_err();
        let text = e.to_string();
        assert!(text.contains("holds 2 exports"), "{text}");
        assert!(
            text.contains("AWSDynamoDB/0001-a (2026-11-01T00:00:00Z, full, 3 items)"),
            "{text}"
        );
        assert!(text.contains("no manifests"), "{text}");
        assert!(e.hints()[0].starts_with("name one, for example "), "{e:?}");
        let none = tempfile::tempdir().unwrap();
        assert_eq!(
            choose(&LocalDir(none.path().to_path_buf()))
                .unwrap_err()
                .exit()
                .code(),
            3
        );
    }
}
