//! Rendering: tables, JSON, JSON lines and text, always into a caller's `Write`.

use crate::attr::{Item, Plain, PlainItem, TypedItem, ordered_keys};
use crate::error::{Error, Result};
use aws_sdk_dynamodb::types::AttributeValue;
use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutputFormat {
    /// A table for the terminal (comfy-table)
    Table,
    /// One JSON document
    Json,
    /// One JSON object per line, plain values
    Jsonl,
    /// Plain text lines
    Text,
    /// Typed DynamoDB JSON, one item per line, exactly as the API returns it
    DdbJson,
}

impl OutputFormat {
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Text => "text",
            OutputFormat::DdbJson => "ddb-json",
        }
    }
}

/// Chooses the output format for a command: the requested one if the command supports
/// it, else its default. An unsupported request is a usage error naming the choices.
pub fn choose(
    requested: Option<OutputFormat>,
    command: &str,
    supported: &[OutputFormat],
) -> Result<OutputFormat> {
    let default = supported[0];
    match requested {
        None => Ok(default),
        Some(f) if supported.contains(&f) => Ok(f),
        Some(f) => Err(Error::Usage(format!(
            "`{command}` does not support --output {}; use one of: {}",
            f.name(),
            supported
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// A comfy-table with the project's style. Wraps to the terminal width when there is one.
pub fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.iter().copied());
    for row in rows {
        t.add_row(row);
    }
    t.to_string()
}

pub fn write_table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<()> {
    writeln!(out, "{}", table(headers, rows))?;
    Ok(())
}

/// Pretty JSON followed by a newline.
pub fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(json_error)?;
    writeln!(out)?;
    Ok(())
}

fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::io("writing output", std::io::Error::from(kind)),
        None => Error::Service(format!("could not encode JSON: {e}")),
    }
}

/// Cuts `text` to `max` characters, adding `...` when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}...")
    } else {
        head
    }
}

/// A cell for a table: strings as they are, everything else as compact JSON.
pub fn cell(value: &AttributeValue) -> String {
    match value {
        AttributeValue::S(s) => s.clone(),
        other => serde_json::to_string(&Plain(other)).unwrap_or_default(),
    }
}

/// Writes items one at a time in a chosen format. `json` and `table` need a
/// [`ItemSink::finish`] call; the others are complete after every item.
pub struct ItemSink<'w> {
    out: &'w mut dyn Write,
    format: OutputFormat,
    written: u64,
    /// `table` only: rows are kept until `finish`, since column widths need them all.
    buffered: Vec<Item>,
}

impl<'w> ItemSink<'w> {
    pub fn new(out: &'w mut dyn Write, format: OutputFormat) -> Self {
        ItemSink {
            out,
            format,
            written: 0,
            buffered: Vec::new(),
        }
    }

    pub fn write(&mut self, item: &Item) -> Result<()> {
        match self.format {
            OutputFormat::Jsonl | OutputFormat::Text => {
                serde_json::to_writer(&mut *self.out, &PlainItem(item)).map_err(json_error)?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::DdbJson => {
                serde_json::to_writer(&mut *self.out, &TypedItem(item)).map_err(json_error)?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::Json => {
                self.out.write_all(if self.written == 0 {
                    b"[\n  "
                } else {
                    b",\n  "
                })?;
                serde_json::to_writer(&mut *self.out, &PlainItem(item)).map_err(json_error)?;
            }
            OutputFormat::Table => self.buffered.push(item.clone()),
        }
        self.written += 1;
        Ok(())
    }

    pub fn written(&self) -> u64 {
        self.written
    }

    pub fn finish(mut self) -> Result<()> {
        match self.format {
            OutputFormat::Json if self.written == 0 => self.out.write_all(b"[]\n")?,
            OutputFormat::Json => self.out.write_all(b"\n]\n")?,
            OutputFormat::Table => {
                let items = std::mem::take(&mut self.buffered);
                let mut columns: Vec<String> = Vec::new();
                for item in &items {
                    for k in ordered_keys(item) {
                        if !columns.contains(k) {
                            columns.push(k.clone());
                        }
                    }
                }
                let headers: Vec<&str> = columns.iter().map(String::as_str).collect();
                let rows = items.iter().map(|item| {
                    columns
                        .iter()
                        .map(|c| item.get(c).map(cell).unwrap_or_default())
                        .collect()
                });
                write_table(self.out, &headers, rows)?;
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn item(pk: &str, n: &str) -> Item {
        HashMap::from([
            ("pk".to_string(), AttributeValue::S(pk.into())),
            ("n".to_string(), AttributeValue::N(n.into())),
        ])
    }

    fn render(format: OutputFormat, items: &[Item]) -> String {
        let mut buf = Vec::new();
        let mut sink = ItemSink::new(&mut buf, format);
        for i in items {
            sink.write(i).unwrap();
        }
        sink.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn jsonl_is_one_plain_object_per_line() {
        let out = render(OutputFormat::Jsonl, &[item("a", "1"), item("b", "2.50")]);
        assert_eq!(out, "{\"pk\":\"a\",\"n\":1}\n{\"pk\":\"b\",\"n\":2.50}\n");
    }

    #[test]
    fn json_is_a_valid_array_even_when_empty() {
        let out = render(OutputFormat::Json, &[item("a", "1"), item("b", "2")]);
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), 2);
        assert_eq!(render(OutputFormat::Json, &[]), "[]\n");
    }

    #[test]
    fn ddb_json_is_typed() {
        let out = render(OutputFormat::DdbJson, &[item("a", "1")]);
        assert_eq!(out, "{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}\n");
    }

    #[test]
    fn table_has_a_column_per_attribute() {
        let out = render(OutputFormat::Table, &[item("a", "1"), item("b", "22")]);
        assert!(out.lines().next().unwrap().starts_with('┌'));
        let header = out.lines().nth(1).unwrap();
        assert!(header.contains("pk") && header.contains(" n "), "{out}");
        assert!(out.contains(" 22 "));
    }

    #[test]
    fn unsupported_format_names_the_choices() {
        let err = choose(
            Some(OutputFormat::DdbJson),
            "table list",
            &[OutputFormat::Table, OutputFormat::Json],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "`table list` does not support --output ddb-json; use one of: table, json"
        );
        assert_eq!(
            choose(None, "x", &[OutputFormat::Text, OutputFormat::Json]).unwrap(),
            OutputFormat::Text
        );
    }

    #[test]
    fn truncate_counts_characters_and_marks_cuts() {
        assert_eq!(truncate("short", 40), "short");
        assert_eq!(truncate("ééééé", 3), "ééé...");
    }
}
