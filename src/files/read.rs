//! Reading items from every file format `table restore` accepts, detected automatically:
//!
//! | format | looks like |
//! | --- | --- |
//! | typed JSON lines (`table scan -o ddb-json`, backups) | `{"pk":{"S":"a"},...}` per line |
//! | DynamoDB S3 export, DYNAMODB_JSON (a folder, or one `.json`/`.json.gz` data file) | `{"Item":{...}}` per line |
//! | `aws dynamodb scan` / `query` output, pages concatenated | `{"Items":[...],"Count":...}` |
//! | `aws dynamodb batch-write-item` request file | `{"T":[{"PutRequest":{"Item":{...}}}]}` |
//! | plain JSON (`table scan`, `-o json`), with `--plain` only | `{"pk":"a","n":1}` per line, or an array |
//!
//! Any file may be gzipped. Items are handed to a callback one at a time, so memory
//! stays bounded for line formats; a scan page or batch-write document is held whole.

use super::{BACKUP_HEADER_KEY, EXPORT_TABLE_FILE};
use crate::error::{Error, Result};
use crate::model::item::{
    Item, TypedItemDe, is_typed_value, item_from_plain, item_from_typed_json, item_from_typed_value,
};
use crate::model::schema::TableSchema;
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    TypedLines,
    ExportLines,
    ScanPages,
    BatchWrite,
    PlainLines,
    PlainArray,
}

impl Format {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Format::TypedLines => "typed DynamoDB JSON lines",
            Format::ExportLines => "DynamoDB export data (DYNAMODB_JSON)",
            Format::ScanPages => "aws dynamodb scan/query output",
            Format::BatchWrite => "aws dynamodb batch-write-item request file",
            Format::PlainLines => "plain JSON lines",
            Format::PlainArray => "a plain JSON array",
        }
    }

    /// One item per line (so a line number names an item).
    pub(crate) fn is_line_based(self) -> bool {
        matches!(
            self,
            Format::TypedLines | Format::ExportLines | Format::PlainLines
        )
    }

    fn is_plain(self) -> bool {
        matches!(self, Format::PlainLines | Format::PlainArray)
    }
}

/// Where an item came from, for messages: `f.jsonl line 12`, `f.json document 2 Items[3]`.
#[derive(Debug, Clone)]
pub(crate) struct Location {
    pub file: String,
    pub line: usize,
    /// Inside a multi-item document: the path of the item within it.
    pub within: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.within {
            Some(w) => write!(f, "{} line {} ({w})", self.file, self.line),
            None => write!(f, "{} line {}", self.file, self.line),
        }
    }
}

/// One data file and what its manifest says it holds.
#[derive(Debug, Clone)]
struct ManifestedFile {
    path: PathBuf,
    label: String,
    expected: Option<u64>,
}

/// An opened input: its format, its files and what it says about the table.
#[derive(Debug)]
pub(crate) struct Input {
    pub format: Format,
    files: Vec<ManifestedFile>,
    /// The table's description, when the file records one (backups, our exports).
    pub schema: Option<TableSchema>,
    /// The item count the export's manifest-summary.json states.
    expected_total: Option<u64>,
    /// A backup header takes the first line.
    skip_header: bool,
    label: String,
}

/// Opens `path` (a file or an export folder) and recognises its format. `label` names
/// it in messages (the path, or `stdin`).
pub(crate) fn open(path: &Path, label: &str, plain: bool) -> Result<Input> {
    let label = label.to_string();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(format!("{label} does not exist")),
        _ => Error::io(format!("reading {label}"), e),
    })?;
    let input = if meta.is_dir() {
        open_export_dir(path)?
    } else {
        open_file(path, &label)?
    };
    if input.format.is_plain() && !plain {
        return Err(Error::Usage(format!(
            "{label} holds {}, whose types are ambiguous (a set looks like a list, binary like a string)",
            input.format.describe()
        ))
        .with_hint("pass --plain to infer them, or write the file with `table scan -o ddb-json`"));
    }
    Ok(input)
}

/// A reader over a file, gunzipped when it starts with the gzip magic.
fn reader(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    let label = path.display().to_string();
    let mut file =
        BufReader::new(File::open(path).map_err(|e| Error::io(format!("opening {label}"), e))?);
    let gz = file
        .fill_buf()
        .map_err(|e| read_error(&label, e))?
        .starts_with(&[0x1f, 0x8b]);
    let mut r: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    };
    // A UTF-8 byte-order mark (editors on Windows write one) is not part of the JSON.
    let bom = r
        .fill_buf()
        .map_err(|e| read_error(&label, e))?
        .starts_with(b"\xEF\xBB\xBF");
    if bom {
        r.consume(3);
    }
    Ok(r)
}

/// A failed read: a file that is corrupt or cut short (a bad gzip stream, invalid
/// UTF-8) is bad input (exit 2), anything else local I/O.
fn read_error(label: &str, e: std::io::Error) -> Error {
    use std::io::ErrorKind::{InvalidData, InvalidInput, UnexpectedEof};
    match e.kind() {
        InvalidData | InvalidInput | UnexpectedEof => {
            Error::Usage(format!("{label} is corrupt or cut short ({e})"))
        }
        _ => Error::io(format!("reading {label}"), e),
    }
}

fn not_recognised(label: &str, line: usize, why: &str) -> Error {
    Error::Usage(format!(
        "{label} line {line}: {why}; expected typed DynamoDB JSON lines, a DynamoDB S3 export (folder or data file), `aws dynamodb scan` output, a batch-write-item file, or plain JSON with --plain"
    ))
}

/// Recognises a single file by its first JSON value.
fn open_file(path: &Path, label: &str) -> Result<Input> {
    let label = label.to_string();
    let mut r = reader(path)?;
    let mut counter = LineCounter::new(&mut r);
    let first = serde_json::Deserializer::from_reader(&mut counter)
        .into_iter::<Value>()
        .next();
    let line = counter.line();
    let first = match first {
        // An empty file (the typed lines of an empty table) holds no items.
        None => Value::Object(serde_json::Map::new()),
        Some(Err(e)) if e.io_error_kind().is_some() => {
            return Err(Error::Usage(format!(
                "{label} is corrupt or cut short ({})",
                strip(&e)
            )));
        }
        Some(Err(e)) => {
            return Err(not_recognised(
                &label,
                e.line().max(1),
                &format!("not JSON ({})", strip(&e)),
            ));
        }
        Some(Ok(v)) => v,
    };
    let (format, schema, skip_header) = classify(&first).ok_or_else(|| {
        not_recognised(
            &label,
            line.max(1),
            "this is none of the formats restore reads",
        )
    })?;
    Ok(Input {
        format,
        files: vec![ManifestedFile {
            path: path.to_path_buf(),
            label: label.clone(),
            expected: None,
        }],
        schema,
        expected_total: None,
        skip_header,
        label,
    })
}

fn strip(e: &serde_json::Error) -> String {
    let t = e.to_string();
    match t.rfind(" at line ") {
        Some(i) => t[..i].to_string(),
        None => t,
    }
}

/// The format a first JSON value announces, and a backup header's schema.
fn classify(first: &Value) -> Option<(Format, Option<TableSchema>, bool)> {
    let obj = match first {
        Value::Array(_) => return Some((Format::PlainArray, None, false)),
        Value::Object(o) => o,
        _ => return None,
    };
    if let Some(header) = obj.get(BACKUP_HEADER_KEY) {
        let schema = header
            .get("table")
            .and_then(|t| serde_json::from_value::<TableSchema>(t.clone()).ok());
        return Some((Format::TypedLines, schema, true));
    }
    if obj.len() == 1 && obj.get("Item").is_some_and(Value::is_object) {
        return Some((Format::ExportLines, None, false));
    }
    if obj.get("Items").is_some_and(Value::is_array) {
        return Some((Format::ScanPages, None, false));
    }
    let is_request_list = |v: &Value| {
        v.as_array().is_some_and(|a| {
            !a.is_empty()
                && a.iter()
                    .all(|r| r.get("PutRequest").is_some() || r.get("DeleteRequest").is_some())
        })
    };
    if !obj.is_empty() && obj.values().all(is_request_list) {
        return Some((Format::BatchWrite, None, false));
    }
    // Typed values, or objects that look like one with a mistyped tag (`{"X": ..}`):
    // reading them as typed names the bad tag, instead of suggesting --plain.
    let tag_like = |v: &Value| {
        v.as_object().is_some_and(|m| {
            m.len() == 1
                && m.keys()
                    .all(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_uppercase()))
        })
    };
    if obj.is_empty() || obj.values().all(|v| is_typed_value(v) || tag_like(v)) {
        return Some((Format::TypedLines, None, false));
    }
    Some((Format::PlainLines, None, false))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ManifestSummary {
    item_count: Option<u64>,
    output_format: Option<String>,
    export_type: Option<String>,
    manifest_files_s3_key: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ManifestFile {
    item_count: Option<u64>,
    data_file_s3_key: String,
}

/// The export folder: `DIR/AWSDynamoDB/<id>/`, `DIR/<id>/` or the `<id>` folder itself,
/// whichever holds `manifest-summary.json`.
fn find_export(dir: &Path) -> Option<PathBuf> {
    if dir.join("manifest-summary.json").is_file() {
        return Some(dir.to_path_buf());
    }
    let mut found = Vec::new();
    for base in [dir.join("AWSDynamoDB"), dir.to_path_buf()] {
        if let Ok(entries) = std::fs::read_dir(&base) {
            for e in entries.flatten() {
                if e.path().join("manifest-summary.json").is_file() {
                    found.push(e.path());
                }
            }
        }
        if !found.is_empty() {
            break;
        }
    }
    found.sort();
    // The newest export wins when a folder holds several (ids are not ordered; names
    // are, for ours): take the last by modification time.
    found
        .into_iter()
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let label = path.display().to_string();
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::io(format!("reading {label}"), e))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::Usage(format!(
            "{label}: not a DynamoDB export manifest ({})",
            strip(&e)
        ))
    })
}

fn open_export_dir(dir: &Path) -> Result<Input> {
    let label = dir.display().to_string();
    let export = find_export(dir).ok_or_else(|| {
        Error::Usage(format!(
            "{label} is a folder without a DynamoDB export (no AWSDynamoDB/<export id>/manifest-summary.json)"
        ))
        .with_hint("restore a file, or the folder an export was downloaded into")
    })?;
    let summary: ManifestSummary = read_json(&export.join("manifest-summary.json"))?;
    if let Some(f) = summary
        .output_format
        .as_deref()
        .filter(|f| *f != "DYNAMODB_JSON")
    {
        return Err(Error::Usage(format!(
            "{} is an {f} export; restore reads DYNAMODB_JSON exports",
            export.display()
        ))
        .with_hint("export again with --export-format DYNAMODB_JSON"));
    }
    if let Some(t) = summary
        .export_type
        .as_deref()
        .filter(|t| *t != "FULL_EXPORT")
    {
        return Err(Error::Usage(format!(
            "{} is an {t}: its lines are changes (NewImage/OldImage), not items; restore reads full exports",
            export.display()
        )));
    }
    let files_manifest = summary
        .manifest_files_s3_key
        .as_deref()
        .and_then(|k| k.rsplit('/').next())
        .unwrap_or("manifest-files.json");
    let manifest_path = export.join(files_manifest);
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(format!(
            "{} is missing from the export; download the whole export folder",
            manifest_path.display()
        )),
        _ => Error::io(format!("reading {}", manifest_path.display()), e),
    })?;
    let mut files = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let entry: ManifestFile = serde_json::from_str(line).map_err(|e| {
            Error::Usage(format!(
                "{} line {}: {}",
                manifest_path.display(),
                n + 1,
                strip(&e)
            ))
        })?;
        // `AWSDynamoDB/<id>/data/x.json.gz`: the part after the export id's folder.
        let relative = entry
            .data_file_s3_key
            .rsplit_once("/data/")
            .map(|(_, f)| format!("data/{f}"))
            .unwrap_or_else(|| entry.data_file_s3_key.clone());
        let path = export.join(&relative);
        if !path.is_file() {
            return Err(Error::Usage(format!(
                "{} names {relative}, which is not in {}; download the whole export",
                manifest_path.display(),
                export.display()
            )));
        }
        files.push(ManifestedFile {
            label: path.display().to_string(),
            path,
            expected: entry.item_count,
        });
    }
    let schema_path = export.join(EXPORT_TABLE_FILE);
    let schema = if schema_path.is_file() {
        Some(read_json::<TableSchema>(&schema_path)?)
    } else {
        None
    };
    Ok(Input {
        format: Format::ExportLines,
        files,
        schema,
        expected_total: summary.item_count,
        skip_header: false,
        label,
    })
}

/// Counts the lines of what passes through, so a streamed document can be located.
struct LineCounter<'a> {
    inner: &'a mut dyn BufRead,
    newlines: usize,
}

impl<'a> LineCounter<'a> {
    fn new(inner: &'a mut dyn BufRead) -> Self {
        LineCounter { inner, newlines: 0 }
    }
    /// The line the reader has reached (1-based).
    fn line(&self) -> usize {
        self.newlines + 1
    }
}

impl Read for LineCounter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.newlines += buf[..n].iter().filter(|b| **b == b'\n').count();
        Ok(n)
    }
}

impl Input {
    pub(crate) fn label(&self) -> &str {
        &self.label
    }

    /// Calls `each` with every item in order. A line that cannot be read as an item
    /// stops the reading with an error naming the file and line; `each` may stop it too.
    pub(crate) fn for_each(
        &self,
        mut each: impl FnMut(Location, Item) -> Result<()>,
    ) -> Result<u64> {
        let mut total = 0;
        for file in &self.files {
            let n = self.read_file(file, &mut each)?;
            if let Some(expected) = file.expected.filter(|e| *e != n) {
                return Err(Error::Usage(format!(
                    "{}: the export's manifest says {expected} items, the file holds {n}; the export is incomplete or was changed",
                    file.label
                )));
            }
            total += n;
        }
        if let Some(expected) = self.expected_total.filter(|e| *e != total) {
            return Err(Error::Usage(format!(
                "{}: manifest-summary.json says {expected} items, the data files hold {total}; the export is incomplete or was changed",
                self.label
            )));
        }
        Ok(total)
    }

    fn read_file(
        &self,
        file: &ManifestedFile,
        each: &mut impl FnMut(Location, Item) -> Result<()>,
    ) -> Result<u64> {
        let mut r = reader(&file.path)?;
        let bad = |line: usize, within: Option<String>, problem: String| {
            let at = Location {
                file: file.label.clone(),
                line,
                within,
            };
            Error::Usage(format!("{at}: {problem}"))
        };
        let mut count = 0u64;
        match self.format {
            Format::TypedLines | Format::ExportLines | Format::PlainLines => {
                let mut text = String::new();
                let mut line = 0usize;
                loop {
                    text.clear();
                    let n = r
                        .read_line(&mut text)
                        .map_err(|e| read_error(&file.label, e))?;
                    if n == 0 {
                        break;
                    }
                    line += 1;
                    let t = text.trim();
                    if t.is_empty() || (self.skip_header && line == 1) {
                        continue;
                    }
                    let item = match self.format {
                        Format::TypedLines => item_from_typed_json(t),
                        Format::ExportLines => serde_json::from_str::<ExportLine>(t)
                            .map(|l| l.item.0)
                            .map_err(|e| strip(&e)),
                        _ => serde_json::from_str::<Value>(t)
                            .map_err(|e| format!("not JSON: {}", strip(&e)))
                            .and_then(item_from_plain),
                    }
                    .map_err(|e| bad(line, None, e))?;
                    each(
                        Location {
                            file: file.label.clone(),
                            line,
                            within: None,
                        },
                        item,
                    )?;
                    count += 1;
                }
            }
            Format::ScanPages | Format::BatchWrite | Format::PlainArray => {
                let mut counter = LineCounter::new(&mut r);
                let mut doc_no = 0;
                loop {
                    let start_line = counter.line();
                    let next = serde_json::Deserializer::from_reader(&mut counter)
                        .into_iter::<Value>()
                        .next();
                    let Some(doc) = next else { break };
                    doc_no += 1;
                    let doc = doc.map_err(|e| {
                        bad(
                            start_line + e.line().saturating_sub(1),
                            None,
                            format!("not JSON: {}", strip(&e)),
                        )
                    })?;
                    let line = start_line;
                    let items = self
                        .items_of(doc)
                        .map_err(|e| bad(line, Some(format!("document {doc_no}")), e))?;
                    for (path, item) in items {
                        let item = item.map_err(|e| {
                            bad(line, Some(format!("document {doc_no}, {path}")), e)
                        })?;
                        each(
                            Location {
                                file: file.label.clone(),
                                line,
                                within: Some(format!("document {doc_no}, {path}")),
                            },
                            item,
                        )?;
                        count += 1;
                    }
                }
            }
        }
        Ok(count)
    }

    /// The items of one document, each with its path in the document.
    #[allow(clippy::type_complexity)]
    fn items_of(
        &self,
        doc: Value,
    ) -> std::result::Result<Vec<(String, std::result::Result<Item, String>)>, String> {
        match (self.format, doc) {
            (Format::ScanPages, Value::Object(mut o)) => match o.remove("Items") {
                Some(Value::Array(items)) => Ok(items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (format!("Items[{i}]"), item_from_typed_value(v)))
                    .collect()),
                _ => Err("expected an object with \"Items\", as `aws dynamodb scan` prints".into()),
            },
            (Format::BatchWrite, Value::Object(o)) => {
                if o.len() > 1 {
                    let names: Vec<&String> = o.keys().collect();
                    return Err(format!(
                        "the request names {} tables ({names:?}); restore writes into one table: split the file per table",
                        o.len()
                    ));
                }
                let mut out = Vec::new();
                for (table, requests) in o {
                    let Value::Array(requests) = requests else {
                        return Err(format!("{table:?} should hold a list of requests"));
                    };
                    for (i, r) in requests.iter().enumerate() {
                        let path = format!("{table}[{i}]");
                        match (
                            r.get("PutRequest").and_then(|p| p.get("Item")),
                            r.get("DeleteRequest"),
                        ) {
                            (Some(item), _) => out.push((path, item_from_typed_value(item))),
                            (None, Some(_)) => {
                                return Err(format!(
                                    "{path} is a DeleteRequest; restore only writes items, so remove the deletes first"
                                ));
                            }
                            _ => {
                                return Err(format!(
                                    "{path} is neither a PutRequest with an Item nor a DeleteRequest"
                                ));
                            }
                        }
                    }
                }
                Ok(out)
            }
            (Format::PlainArray, Value::Array(items)) => Ok(items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (format!("[{i}]"), item_from_plain(v)))
                .collect()),
            _ => Err("this document does not match the first one's format".into()),
        }
    }
}

#[derive(Deserialize)]
struct ExportLine {
    #[serde(rename = "Item")]
    item: TypedItemDe,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn format_of(v: Value) -> Option<Format> {
        classify(&v).map(|(f, _, _)| f)
    }

    #[test]
    fn each_format_is_recognised_by_its_first_value() {
        let typed = json!({"pk": {"S": "a"}, "n": {"N": "1"}});
        assert_eq!(format_of(typed), Some(Format::TypedLines));
        assert_eq!(
            format_of(json!({})),
            Some(Format::TypedLines),
            "an empty item"
        );
        let export = json!({"Item": {"pk": {"S": "a"}}});
        assert_eq!(format_of(export), Some(Format::ExportLines));
        let scan = json!({"Items": [], "Count": 0, "ScannedCount": 0});
        assert_eq!(format_of(scan), Some(Format::ScanPages));
        let batch = json!({"t": [{"PutRequest": {"Item": {"pk": {"S": "a"}}}}]});
        assert_eq!(format_of(batch), Some(Format::BatchWrite));
        let plain = json!({"pk": "a", "n": 1});
        assert_eq!(format_of(plain), Some(Format::PlainLines));
        assert_eq!(format_of(json!([{"pk": "a"}])), Some(Format::PlainArray));
        assert_eq!(format_of(json!("text")), None);
        assert_eq!(format_of(json!(12)), None);
    }

    #[test]
    fn a_mistyped_tag_is_read_as_typed_so_the_tag_is_named() {
        let v = json!({"pk": {"S": "a"}, "x": {"STRING": "b"}});
        assert_eq!(format_of(v), Some(Format::TypedLines));
    }

    #[test]
    fn a_backup_header_records_the_table_and_takes_the_first_line() {
        let schema = crate::model::schema::messages_table("msgs", true);
        let header = json!({ BACKUP_HEADER_KEY: {"version": 1, "table": schema} });
        let (format, recorded, skip) = classify(&header).unwrap();
        assert_eq!(format, Format::TypedLines);
        assert!(skip);
        assert_eq!(recorded.unwrap().name, "msgs");
    }

    #[test]
    fn files_are_opened_gzipped_or_not_and_empty_ones_hold_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("a.jsonl");
        std::fs::write(&plain, "{\"pk\":{\"S\":\"a\"}}\n{\"pk\":{\"S\":\"b\"}}\n").unwrap();
        let gz = dir.path().join("a.jsonl.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &std::fs::read(&plain).unwrap()).unwrap();
        std::fs::write(&gz, enc.finish().unwrap()).unwrap();
        for path in [&plain, &gz] {
            let input = open(path, "f", false).unwrap();
            assert_eq!(input.format, Format::TypedLines);
            assert_eq!(input.for_each(|_, _| Ok(())).unwrap(), 2, "{path:?}");
        }
        let empty = dir.path().join("empty.jsonl");
        std::fs::write(&empty, "").unwrap();
        assert_eq!(
            open(&empty, "e", false)
                .unwrap()
                .for_each(|_, _| Ok(()))
                .unwrap(),
            0
        );
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, "not json").unwrap();
        let e = open(&bad, "bad.json", false).unwrap_err();
        assert!(
            e.to_string().starts_with("bad.json line 1: not JSON"),
            "{e}"
        );
        let plain_json = dir.path().join("p.jsonl");
        std::fs::write(&plain_json, "{\"pk\":\"a\"}\n").unwrap();
        let e = open(&plain_json, "p.jsonl", false).unwrap_err();
        assert_eq!(e.exit().code(), 2);
        assert!(e.hints()[0].contains("--plain"), "{e:?}");
    }
}
