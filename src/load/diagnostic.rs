//! A problem at one place in a dataset, and the [`Locator`] that finds places in its text.
//!
//! A diagnostic prints as `path:line:column: message`, the offending line, and a caret under
//! the column (placed by display width), then an optional `hint:` line. Every piece taken from
//! the file is sanitised when the diagnostic is built, so printing it keeps its line breaks.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;

use super::Format;
use crate::text;

/// A problem at one place in a dataset file. Every text field is already sanitised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// The text of the offending line.
    pub source_line: String,
    /// What the user can do about it, when the mistake is a common one.
    pub hint: Option<String>,
}

/// The widest offending line printed whole; a wider one is cut around the column, so that the
/// quote and its caret each fit one row of an 80-column terminal.
pub const QUOTE_WIDTH: usize = 78;

impl Diagnostic {
    /// The offending line as printed (cut around the column, with `…` where it was cut, when
    /// wider than [`QUOTE_WIDTH`]) and the display width before the caret.
    pub fn quote(&self) -> (String, usize) {
        let line = self.source_line.as_str();
        let at = line
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
        if text::width(line) <= QUOTE_WIDTH {
            return (line.to_string(), text::width(&line[..at]));
        }
        // Keep the caret near the middle; each cut end costs one column for the `…`.
        let budget = QUOTE_WIDTH - 2;
        let skip = text::width(&line[..at]).saturating_sub(budget / 2);
        let start = text::prefix_end(line, skip).min(at);
        let end = start + text::prefix_end(&line[start..], budget);
        let mut shown = String::new();
        if start > 0 {
            shown.push(text::ELLIPSIS);
        }
        let caret = text::width(&shown) + text::width(&line[start..at]);
        shown.push_str(&line[start..end]);
        if end < line.len() {
            shown.push(text::ELLIPSIS);
        }
        (shown, caret)
    }

    /// The same diagnostic with a hint.
    pub fn with_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint.map(|h| text::sanitize(&h).into_owned());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// Three lines (four with a hint), without a final newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (quote, caret) = self.quote();
        write!(
            f,
            "{}:{}:{}: {}\n{quote}\n{}^",
            self.path,
            self.line,
            self.column,
            self.message,
            " ".repeat(caret)
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\nhint: {hint}")?;
        }
        Ok(())
    }
}

/// Finds lines, columns and the source position of items named in messages.
pub(crate) struct Locator<'a> {
    source: &'a str,
    path: &'a str,
    format: Format,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    /// Offsets of every `id` key, by the raw text of its literal, and all of them in order;
    /// built on first use.
    ids: OnceCell<IdIndex<'a>>,
}

struct IdIndex<'a> {
    by_literal: HashMap<&'a str, Vec<usize>>,
    all: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(source: &'a str, path: &'a str, format: Format) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            source,
            path,
            format,
            line_starts,
            ids: OnceCell::new(),
        }
    }

    /// The whole text being located in.
    pub(crate) fn source(&self) -> &'a str {
        self.source
    }

    /// The text of 1-based `line`, without its line break (empty past the end).
    pub(crate) fn line_text(&self, line: usize) -> &'a str {
        self.line_starts
            .get(line.wrapping_sub(1))
            .map_or("", |&start| {
                let end = self
                    .line_starts
                    .get(line)
                    .map_or(self.source.len(), |&next| next - 1);
                self.source[start..end].trim_end_matches('\r')
            })
    }

    /// A diagnostic at 1-based `line` and character `column`.
    pub(crate) fn at_line_column(&self, line: usize, column: usize, message: &str) -> Diagnostic {
        let line = line.max(1);
        self.diagnostic(line, column, message, self.line_text(line))
    }

    /// A diagnostic whose quoted line is given (for text that is not valid UTF-8).
    pub(crate) fn diagnostic(
        &self,
        line: usize,
        column: usize,
        message: &str,
        source_line: &str,
    ) -> Diagnostic {
        Diagnostic {
            path: text::sanitize(self.path).into_owned(),
            line,
            column: column.max(1),
            message: text::sanitize(message).into_owned(),
            source_line: text::sanitize(source_line).into_owned(),
            hint: None,
        }
    }

    /// 1-based line and character column of a byte offset.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        (line, self.source[line_start..offset].chars().count() + 1)
    }

    /// The byte offset of 1-based `line` and 1-based byte `column` (as JSON parsers count).
    pub(crate) fn offset_of_byte_column(&self, line: usize, column: usize) -> usize {
        let start = self
            .line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(self.source.len());
        start + column.saturating_sub(1).min(self.line_text(line).len())
    }

    /// A diagnostic at a byte offset of the source.
    pub(crate) fn at_offset(&self, offset: usize, message: &str) -> Diagnostic {
        let (line, column) = self.line_column(offset);
        self.at_line_column(line, column, message)
    }

    fn id_index(&self) -> &IdIndex<'a> {
        self.ids.get_or_init(|| index_ids(self.source, self.format))
    }

    /// Byte offsets of the `id` key of every item whose id is `id`.
    fn id_offsets(&self, id: &str) -> &[usize] {
        let quoted = match self.format {
            Format::Ron => ron::to_string(id).ok(),
            Format::Json => serde_json::to_string(id).ok(),
        }
        .unwrap_or_else(|| format!("\"{id}\""));
        let raw = quoted
            .strip_prefix('"')
            .and_then(|q| q.strip_suffix('"'))
            .unwrap_or(id);
        self.id_index()
            .by_literal
            .get(raw)
            .map_or(&[], Vec::as_slice)
    }

    /// Offset of `field:` within the item whose id key is at `item`, or the id itself.
    fn field_offset(&self, item: usize, field: Option<&str>) -> usize {
        let Some(field) = field else { return item };
        let all = &self.id_index().all;
        let next_item = all
            .get(all.partition_point(|&o| o <= item))
            .copied()
            .unwrap_or(self.source.len());
        keys(&self.source[item..next_item], field, self.format)
            .next()
            .map_or(item, |i| item + i)
    }

    /// A diagnostic at `field` of the `occurrence`-th item with this id.
    pub(crate) fn at_item(
        &self,
        id: &str,
        occurrence: usize,
        field: Option<&str>,
        message: &str,
    ) -> Diagnostic {
        let offsets = self.id_offsets(id);
        match offsets.get(occurrence).or(offsets.last()) {
            Some(&item) => self.at_offset(self.field_offset(item, field), message),
            None => self.at_line_column(1, 1, message),
        }
    }
}

/// Byte offsets in `text` of every key `name` followed by a colon: `name:` in RON,
/// `"name":` in JSON.
fn keys<'t>(text: &'t str, name: &'t str, format: Format) -> impl Iterator<Item = usize> + 't {
    text.match_indices(name).filter_map(move |(at, _)| {
        let before = &text[..at];
        let after = &text[at + name.len()..];
        let (start, after) = match format {
            Format::Ron => {
                let boundary = before
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '"');
                (boundary.then_some(at)?, after)
            }
            Format::Json => {
                before.strip_suffix('"')?;
                (at - 1, after.strip_prefix('"')?)
            }
        };
        after.trim_start().starts_with(':').then_some(start)
    })
}

/// Finds every `id` key with a string literal in one pass.
fn index_ids(source: &str, format: Format) -> IdIndex<'_> {
    let mut by_literal: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut all = Vec::new();
    for key in keys(source, "id", format) {
        let rest = &source[key..];
        let Some(colon) = rest.find(':') else {
            continue;
        };
        let Some(literal) = rest[colon + 1..].trim_start().strip_prefix('"') else {
            continue;
        };
        let mut escaped = false;
        let end = literal.char_indices().find_map(|(i, c)| {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            closes.then_some(i)
        });
        if let Some(end) = end {
            by_literal.entry(&literal[..end]).or_default().push(key);
            all.push(key);
        }
    }
    IdIndex { by_literal, all }
}
