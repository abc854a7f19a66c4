//! Rendering: tables, JSON, JSON lines and text, always into a caller's `Write`.
//!
//! A command computes an [`Outcome`] and hands it to [`emit`] once; item streams
//! (scans) go through [`items::ItemSink`].

pub(crate) mod items;

use crate::error::{Error, Result};
use crate::model::item::Plain;
use aws_sdk_dynamodb::types::AttributeValue;
use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutputFormat {
    /// A table for the terminal (plain tab-separated text when piped, unless asked for)
    Table,
    /// One JSON document: the whole result (an array, for lists of items)
    Json,
    /// One JSON object per line (an item, a finding, a difference), plain values
    Jsonl,
    /// Plain text lines
    Text,
    /// Typed DynamoDB JSON, one item per line, exactly as the API returns it
    DdbJson,
    /// {"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads
    DdbExport,
}

impl OutputFormat {
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Text => "text",
            OutputFormat::DdbJson => "ddb-json",
            OutputFormat::DdbExport => "ddb-export",
        }
    }
}

/// Chooses the output format for a command: the requested one if the command supports
/// it, else its default. An unsupported request is a usage error naming the choices.
pub(crate) fn choose(
    requested: Option<OutputFormat>,
    command: &str,
    supported: &[OutputFormat],
) -> Result<OutputFormat> {
    let default = supported[0];
    match requested {
        None => Ok(default),
        Some(f) if supported.contains(&f) => Ok(f),
        Some(f) => Err(Error::Usage(format!(
            "`{command}` does not support --output {}",
            f.name()
        ))
        .with_hint(format!(
            "use one of: {}",
            supported
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// A comfy-table with the project's style. Wraps to the view's width when there is one.
pub(crate) fn table(
    view: &View,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> String {
    table_keeping(view, headers, rows, &[])
}

/// A table whose columns `keep` never wrap (identifiers meant to be copied whole);
/// the others wrap to fit the view's width.
pub(crate) fn table_keeping(
    view: &View,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
    keep: &[usize],
) -> String {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.iter().copied());
    // The width comes from the view, never from the process's own terminal, so what is
    // drawn is what the caller asked for (and snapshots are stable).
    t.set_width(view.width.unwrap_or(u16::MAX));
    for row in rows {
        t.add_row(row);
    }
    for &i in keep {
        if let Some(c) = t.column_mut(i) {
            c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
    t.to_string()
}

pub(crate) fn write_table_keeping(
    view: &View,
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
    keep: &[usize],
) -> Result<()> {
    writeln!(out, "{}", table_keeping(view, headers, rows, keep))?;
    Ok(())
}

pub(crate) fn write_table(
    view: &View,
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<()> {
    writeln!(out, "{}", table(view, headers, rows))?;
    Ok(())
}

/// How human output is drawn: the format, and the terminal's width when stdout is one
/// (`None`: a pipe or file, where nothing is cut or wrapped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct View {
    pub format: OutputFormat,
    pub width: Option<u16>,
}

impl View {
    /// Whether the terminal is narrower than `columns`.
    pub(crate) fn narrower_than(&self, columns: u16) -> bool {
        self.width.is_some_and(|w| w < columns)
    }
}

/// What a command produced. JSON comes from `Serialize`; the other formats from
/// [`Outcome::write_human`]. Notes go to the message stream after the output, in the
/// human formats only (a script reading JSON gets everything in the document).
pub(crate) trait Outcome: Serialize {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()>;
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }
}

/// The one output call of a command.
pub(crate) fn emit<T: Outcome>(
    view: &View,
    out: &mut dyn Write,
    messages: &crate::ui::Messages,
    outcome: &T,
) -> Result<()> {
    match view.format {
        OutputFormat::Json => write_json(out, outcome),
        _ => {
            outcome.write_human(view, out)?;
            out.flush()?;
            for note in outcome.notes() {
                messages.line(&note);
            }
            Ok(())
        }
    }
}

/// How an error is shown: `error: <the fact, on one line>`, then a `hint: ` line per
/// hint. Ctrl-C is `interrupted`, or what the command did before it stopped.
pub(crate) fn error_lines(e: &Error) -> Vec<String> {
    let one_line = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = match e.base() {
        Error::Interrupted => "interrupted".to_string(),
        Error::Stopped(what) => one_line(what.clone()),
        other => format!("error: {}", one_line(other.to_string())),
    };
    std::iter::once(first)
        .chain(
            e.hints()
                .iter()
                .map(|h| format!("hint: {}", one_line(h.clone()))),
        )
        .collect()
}

/// Pretty JSON followed by a newline.
pub(crate) fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(json_error)?;
    writeln!(out)?;
    Ok(())
}

pub(crate) fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::io("writing output", std::io::Error::from(kind)),
        None => Error::Service(format!("could not encode JSON: {e}")),
    }
}

/// Cuts `text` to `max` characters, adding `...` when something was cut.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}...")
    } else {
        head
    }
}

/// A cell for a table: strings as they are, everything else as compact JSON.
pub(crate) fn cell(value: &AttributeValue) -> String {
    match value {
        AttributeValue::S(s) => s.clone(),
        other => serde_json::to_string(&Plain(other)).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "`table list` does not support --output ddb-json"
        );
        assert_eq!(err.hints(), ["use one of: table, json"]);
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
