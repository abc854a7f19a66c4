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

use super::catalog;
use super::objects::{LocalDir, Objects};
use super::{BACKUP_HEADER_KEY, EXPORT_TABLE_FILE};
use crate::error::{Error, Result};
use crate::model::item::{
    Item, TypedItemDe, is_typed_value, item_from_plain, item_from_typed_json, item_from_typed_value,
};
use crate::model::schema::TableSchema;
use base64::Engine as _;
use md5::{Digest, Md5};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    TypedLines,
    ExportLines,
    ScanPages,
    BatchWrite,
    PlainLines,
    PlainArray,
    /// An incremental export's lines: `{"Metadata":{"WriteTimestampMicros":..},"Keys":..,
    /// "NewImage":..,"OldImage":..}`, a change each.
    ChangeLines,
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
            Format::ChangeLines => "DynamoDB incremental export data (changes)",
        }
    }

    /// One item per line (so a line number names an item).
    pub(crate) fn is_line_based(self) -> bool {
        matches!(
            self,
            Format::TypedLines | Format::ExportLines | Format::PlainLines | Format::ChangeLines
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

/// Where a data file is.
#[derive(Debug, Clone)]
enum Place {
    File(PathBuf),
    /// An object of an export's tree (a folder or an S3 prefix), with the version seen
    /// when it was listed.
    Object {
        objects: Arc<dyn Objects>,
        rel: String,
        etag: Option<String>,
    },
}

/// One data file and what its manifest says it holds.
#[derive(Debug, Clone)]
struct ManifestedFile {
    place: Place,
    label: String,
    expected: Option<u64>,
    /// The MD5 of its bytes as stored (base64), from `manifest-files.json`.
    md5: Option<String>,
}

/// One line of an incremental export: the key written, when, and its new image (none: a
/// delete).
#[derive(Debug, Clone)]
pub(crate) struct Change {
    /// `WriteTimestampMicros`.
    pub(crate) micros: u64,
    pub(crate) keys: Item,
    pub(crate) new_image: Option<Item>,
}

/// What one line of the input holds.
#[derive(Debug, Clone)]
pub(crate) enum Line {
    Item(Item),
    Change(Change),
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
    /// An export without manifests (moto's, or one copied without them): its counts
    /// and checksums cannot be checked.
    pub unverified: bool,
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
        open_export(Arc::new(LocalDir(path.to_path_buf())))?
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

/// What a reader has seen of a file's bytes as stored: their MD5 and count.
type Seen = Arc<std::sync::Mutex<(Md5, u64)>>;

/// A reader that hashes what passes through.
struct Hashing {
    inner: Box<dyn Read + Send>,
    seen: Seen,
}

impl Read for Hashing {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut s) = self.seen.lock() {
            s.0.update(&buf[..n]);
            s.1 += n as u64;
        }
        Ok(n)
    }
}

/// A reader over a file's bytes, gunzipped when they start with the gzip magic, and
/// what it has seen of them.
fn reader_of(raw: Box<dyn Read + Send>, label: &str) -> Result<(Box<dyn BufRead + Send>, Seen)> {
    let seen: Seen = Arc::new(std::sync::Mutex::new((Md5::new(), 0)));
    let hashing = Hashing {
        inner: raw,
        seen: seen.clone(),
    };
    let mut file = BufReader::with_capacity(256 * 1024, hashing);
    let gz = file
        .fill_buf()
        .map_err(|e| read_error(label, e))?
        .starts_with(&[0x1f, 0x8b]);
    let mut r: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::bufread::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(file)
    };
    // A UTF-8 byte-order mark (editors on Windows write one) is not part of the JSON.
    let bom = r
        .fill_buf()
        .map_err(|e| read_error(label, e))?
        .starts_with(b"\xEF\xBB\xBF");
    if bom {
        r.consume(3);
    }
    Ok((r, seen))
}

fn open_place(place: &Place, label: &str) -> Result<Box<dyn Read + Send>> {
    match place {
        Place::File(path) => Ok(Box::new(
            File::open(path).map_err(|e| Error::io(format!("opening {label}"), e))?,
        )),
        Place::Object { objects, rel, etag } => objects.open(rel, etag.as_deref()),
    }
}

/// A reader over a file, gunzipped when it starts with the gzip magic.
fn reader(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    let label = path.display().to_string();
    let place = Place::File(path.to_path_buf());
    Ok(reader_of(open_place(&place, &label)?, &label)?.0)
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
            place: Place::File(path.to_path_buf()),
            label: label.clone(),
            expected: None,
            md5: None,
        }],
        schema,
        expected_total: None,
        skip_header,
        label,
        unverified: false,
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
    if obj.get("Metadata").is_some_and(Value::is_object) && obj.get("Keys").is_some() {
        return Some((Format::ChangeLines, None, false));
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
struct ManifestFile {
    item_count: Option<u64>,
    md5_checksum: Option<String>,
    data_file_s3_key: String,
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], label: &str) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| {
        Error::Usage(format!(
            "{label}: not a DynamoDB export manifest ({})",
            strip(&e)
        ))
    })
}

/// Opens the one export below `objects`' root (a folder or an S3 prefix; several must
/// be told apart by naming one): its manifests when it has them, else every object in
/// its `data/` (unverified).
pub(crate) fn open_export(objects: Arc<dyn Objects>) -> Result<Input> {
    let found = catalog::choose(objects.as_ref())?;
    let export_label = objects.name(&found.folder);
    let summary = found.summary.clone();
    if let Some(f) = summary
        .as_ref()
        .and_then(|s| s.output_format.as_deref())
        .filter(|f| *f != "DYNAMODB_JSON")
    {
        return Err(Error::Usage(format!(
            "{export_label} is an {f} export; restore reads DYNAMODB_JSON exports"
        ))
        .with_hint("export again with --export-format DYNAMODB_JSON"));
    }
    if let Some(t) = summary
        .as_ref()
        .and_then(|s| s.export_type.as_deref())
        .filter(|t| !matches!(*t, "FULL_EXPORT" | "INCREMENTAL_EXPORT"))
    {
        return Err(Error::Usage(format!(
            "{export_label} is an export of type {t}, which this tool does not know"
        )));
    }
    let object = |rel: &str, expected: Option<u64>, md5: Option<String>| {
        let entry = found.objects.get(rel);
        ManifestedFile {
            label: objects.name(&found.rel(rel)),
            place: Place::Object {
                objects: objects.clone(),
                rel: found.rel(rel),
                etag: entry.and_then(|e| e.etag.clone()),
            },
            expected,
            md5,
        }
    };
    let mut files = Vec::new();
    if let Some(summary) = &summary {
        let files_manifest = summary
            .manifest_files_s3_key
            .as_deref()
            .and_then(|k| k.rsplit('/').next())
            .unwrap_or("manifest-files.json");
        let manifest_label = objects.name(&found.rel(files_manifest));
        let text = objects.get(&found.rel(files_manifest))?.ok_or_else(|| {
            Error::NotFound(format!(
                "{manifest_label} is missing from the export; copy the whole export folder"
            ))
        })?;
        let text = String::from_utf8_lossy(&text);
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let entry: ManifestFile = serde_json::from_str(line).map_err(|e| {
                Error::Usage(format!("{manifest_label} line {}: {}", n + 1, strip(&e)))
            })?;
            // `[prefix/]AWSDynamoDB/<id>/data/x.json.gz`: the part after the export's folder.
            let relative = entry
                .data_file_s3_key
                .rsplit_once("/data/")
                .map(|(_, f)| format!("data/{f}"))
                .unwrap_or_else(|| entry.data_file_s3_key.clone());
            if !found.objects.contains_key(&relative) {
                return Err(Error::Usage(format!(
                    "{manifest_label} names {relative}, which is not in {export_label}; copy the whole export"
                ))
                .with_hint("nothing was written"));
            }
            files.push(object(&relative, entry.item_count, entry.md5_checksum));
        }
    } else {
        for e in &found.data {
            let rel = e
                .rel
                .rsplit_once("/data/")
                .map(|(_, f)| format!("data/{f}"));
            let rel = rel.unwrap_or_else(|| e.rel.clone());
            // An empty object holds no items (AWS writes one for an empty partition).
            if e.size > 0 {
                files.push(object(&rel, None, None));
            }
        }
    }
    let format = if found.is_incremental() {
        Format::ChangeLines
    } else if summary.is_some() {
        Format::ExportLines
    } else {
        sniff(&files)?
    };
    let schema = match objects.get(&found.rel(EXPORT_TABLE_FILE))? {
        Some(bytes) => Some(parse_json::<TableSchema>(
            &bytes,
            &objects.name(&found.rel(EXPORT_TABLE_FILE)),
        )?),
        None => None,
    };
    Ok(Input {
        format,
        files,
        schema,
        expected_total: summary.as_ref().and_then(|s| s.item_count),
        skip_header: false,
        label: export_label,
        unverified: summary.is_none(),
    })
}

/// The format of an export without manifests, from the first line of its data: items
/// or changes (no line at all: items, none of them).
fn sniff(files: &[ManifestedFile]) -> Result<Format> {
    for file in files {
        let (mut r, _) = reader_of(open_place(&file.place, &file.label)?, &file.label)?;
        let mut line = String::new();
        let mut n = 0;
        while line.trim().is_empty() {
            line.clear();
            n += 1;
            if r.read_line(&mut line)
                .map_err(|e| read_error(&file.label, e))?
                == 0
            {
                break;
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line.trim())
            .map_err(|e| not_recognised(&file.label, n, &format!("not JSON ({})", strip(&e))))?;
        return match classify(&value) {
            Some((f @ (Format::ExportLines | Format::ChangeLines), _, _)) => Ok(f),
            _ => Err(not_recognised(
                &file.label,
                n,
                "an export's data file holds {\"Item\": ...} or change lines",
            )),
        };
    }
    Ok(Format::ExportLines)
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

    /// Data files, in order (an export's may be read at once, on several threads).
    pub(crate) fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Calls `each` with every item in order. A line that cannot be read as an item
    /// stops the reading with an error naming the file and line; `each` may stop it too.
    pub(crate) fn for_each(
        &self,
        mut each: impl FnMut(Location, Item) -> Result<()>,
    ) -> Result<u64> {
        let mut total = 0;
        for i in 0..self.files.len() {
            total += self.read_file(i, &mut |at, line| match line {
                Line::Item(item) => each(at, item),
                Line::Change(_) => Err(Error::Usage(format!(
                    "{at}: this is a change of an incremental export, not an item"
                ))),
            })?;
        }
        self.check_total(total)?;
        Ok(total)
    }

    /// Checks the lines of every file against manifest-summary.json's count.
    pub(crate) fn check_total(&self, total: u64) -> Result<()> {
        if let Some(expected) = self.expected_total.filter(|e| *e != total) {
            return Err(Error::Usage(format!(
                "{}: manifest-summary.json says {expected} items, the data files hold {total}; the export is incomplete or was changed",
                self.label
            )));
        }
        Ok(())
    }

    /// Reads data file `index`, calling `each` with every line in order; then checks its
    /// count and its bytes' MD5 against the export's manifest.
    pub(crate) fn read_file(
        &self,
        index: usize,
        each: &mut dyn FnMut(Location, Line) -> Result<()>,
    ) -> Result<u64> {
        let Some(file) = self.files.get(index) else {
            return Ok(0);
        };
        let (mut r, seen) = reader_of(open_place(&file.place, &file.label)?, &file.label)?;
        let n = self.read_lines(file, &mut r, each)?;
        if let Some(expected) = file.expected.filter(|e| *e != n) {
            return Err(Error::Usage(format!(
                "{}: the export's manifest says {expected} items, the file holds {n}; the export is incomplete or was changed",
                file.label
            )));
        }
        if let Some(expected) = &file.md5 {
            // Whatever follows the last line counts too.
            std::io::copy(&mut r, &mut std::io::sink()).map_err(|e| read_error(&file.label, e))?;
            let digest = seen.lock().map(|s| s.0.clone().finalize()).map_err(|_| {
                Error::Service(format!("reading {}: a reader thread failed", file.label))
            })?;
            let actual = base64::engine::general_purpose::STANDARD.encode(digest);
            if &actual != expected {
                return Err(Error::Usage(format!(
                    "{}: its MD5 is {actual}, the export's manifest says {expected}; the object is corrupt or was changed",
                    file.label
                )));
            }
        }
        Ok(n)
    }

    fn read_lines(
        &self,
        file: &ManifestedFile,
        r: &mut Box<dyn BufRead + Send>,
        each: &mut dyn FnMut(Location, Line) -> Result<()>,
    ) -> Result<u64> {
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
            Format::TypedLines | Format::ExportLines | Format::PlainLines | Format::ChangeLines => {
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
                    let parsed = match self.format {
                        Format::TypedLines => item_from_typed_json(t).map(Line::Item),
                        Format::ExportLines => serde_json::from_str::<ExportLine>(t)
                            .map(|l| Line::Item(l.item.0))
                            .map_err(|e| strip(&e)),
                        Format::ChangeLines => change_of(t).map(Line::Change),
                        _ => serde_json::from_str::<Value>(t)
                            .map_err(|e| format!("not JSON: {}", strip(&e)))
                            .and_then(item_from_plain)
                            .map(Line::Item),
                    }
                    .map_err(|e| bad(line, None, e))?;
                    each(
                        Location {
                            file: file.label.clone(),
                            line,
                            within: None,
                        },
                        parsed,
                    )?;
                    count += 1;
                }
            }
            Format::ScanPages | Format::BatchWrite | Format::PlainArray => {
                let mut counter = LineCounter::new(r);
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
                            Line::Item(item),
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

#[derive(Deserialize)]
struct ChangeLine {
    #[serde(rename = "Metadata")]
    metadata: ChangeMetadata,
    #[serde(rename = "Keys")]
    keys: TypedItemDe,
    #[serde(rename = "NewImage", default)]
    new_image: Option<TypedItemDe>,
}

#[derive(Deserialize)]
struct ChangeMetadata {
    #[serde(rename = "WriteTimestampMicros")]
    micros: Value,
}

/// One line of an incremental export. `WriteTimestampMicros` is typed (`{"N": "..."}`)
/// as AWS writes it; a bare number or string is taken too.
fn change_of(line: &str) -> std::result::Result<Change, String> {
    let l: ChangeLine = serde_json::from_str(line).map_err(|e| strip(&e))?;
    let raw = match &l.metadata.micros {
        Value::Object(o) => o.get("N").cloned().unwrap_or(Value::Null),
        other => other.clone(),
    };
    let micros = match &raw {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        format!("Metadata.WriteTimestampMicros is not a time in microseconds ({raw})")
    })?;
    Ok(Change {
        micros,
        keys: l.keys.0,
        new_image: l.new_image.map(|i| i.0),
    })
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
