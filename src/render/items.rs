//! Items written one at a time in a chosen format: the output of scans.

use super::{OutputFormat, cell, json_error, write_table};
use crate::error::Result;
use crate::model::item::{Item, PlainItem, TypedItem, ordered_keys};
use std::io::Write;

/// Writes items one at a time in a chosen format. `json` and `table` need a
/// [`ItemSink::finish`] call; the others are complete after every item.
pub(crate) struct ItemSink<'w> {
    out: &'w mut dyn Write,
    format: OutputFormat,
    written: u64,
    /// `table` only: rows are kept until `finish`, since column widths need them all.
    buffered: Vec<Item>,
    /// `table` only: the terminal's width.
    width: Option<u16>,
}

impl<'w> ItemSink<'w> {
    pub(crate) fn new(out: &'w mut dyn Write, format: OutputFormat) -> Self {
        ItemSink {
            out,
            format,
            written: 0,
            buffered: Vec::new(),
            width: None,
        }
    }

    /// A table sink drawn to `width` columns.
    pub(crate) fn with_width(mut self, width: Option<u16>) -> Self {
        self.width = width;
        self
    }

    pub(crate) fn write(&mut self, item: &Item) -> Result<()> {
        match self.format {
            OutputFormat::Jsonl | OutputFormat::Text => {
                serde_json::to_writer(&mut *self.out, &PlainItem(item)).map_err(json_error)?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::DdbJson => {
                serde_json::to_writer(&mut *self.out, &TypedItem(item)).map_err(json_error)?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::DdbExport => {
                self.out.write_all(b"{\"Item\":")?;
                serde_json::to_writer(&mut *self.out, &TypedItem(item)).map_err(json_error)?;
                self.out.write_all(b"}\n")?;
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

    pub(crate) fn finish(mut self) -> Result<()> {
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
                let view = super::View {
                    format: OutputFormat::Table,
                    width: self.width,
                };
                write_table(&view, self.out, &headers, rows)?;
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
    use aws_sdk_dynamodb::types::AttributeValue;
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
    fn ddb_export_lines_wrap_each_item() {
        let out = render(OutputFormat::DdbExport, &[item("a", "1")]);
        assert_eq!(
            out,
            "{\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}\n"
        );
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
}
