//! Text to [`Report`] in RON or JSON, with the parser's complaint put in the user's terms:
//! a located message and, for the common mistakes, a hint.

use ron::error::Error as RonError;

use super::diagnostic::{Diagnostic, Locator};
use super::{Format, MAX_NESTING};

/// Deserialises `source` in `format` (a report, a vocabulary), or says where and why it
/// cannot be read.
pub(crate) fn deserialize<T: serde::de::DeserializeOwned>(
    source: &str,
    format: Format,
    locator: &Locator,
) -> Result<T, Diagnostic> {
    match format {
        Format::Ron => ron::Options::default()
            .with_recursion_limit(MAX_NESTING)
            .from_str(source)
            .map_err(|e| explain_ron(&e.code, e.span.start.line, e.span.start.col, locator)),
        Format::Json => serde_json::from_str(source).map_err(|e| explain_json(&e, locator)),
    }
}

/// What the user is told when brackets nest deeper than [`MAX_NESTING`].
fn too_deep(format: Format) -> (String, Option<String>) {
    (
        format!("nested more than {MAX_NESTING} levels deep"),
        Some(format!(
            "baogao reads at most {MAX_NESTING} levels of brackets, enough for sections nested \
             {} deep in {}: move the deepest sections up into their parents",
            format.max_section_depth(),
            format.name()
        )),
    )
}

/// The RON parser's complaint in the user's terms, at the first non-blank character it names.
fn explain_ron(code: &RonError, line: usize, column: usize, locator: &Locator) -> Diagnostic {
    let column = skip_blanks(locator.line_text(line), column);
    // A value of the wrong type is reported after its opening quote: point at the quote.
    let after_quote = locator
        .line_text(line)
        .chars()
        .nth(column.saturating_sub(2))
        == Some('"');
    let column = if matches!(code, RonError::InvalidValueForType { .. }) && after_quote {
        column - 1
    } else {
        column
    };
    let (message, hint) = match code {
        RonError::ExpectedOption => (
            "expected Some(…) or None".to_string(),
            Some(option_hint(locator.line_text(line), column)),
        ),
        RonError::ExpectedComma => (
            "expected a comma".to_string(),
            Some(comma_hint(locator, line, column)),
        ),
        RonError::NoSuchStructField {
            expected, found, ..
        } => (
            format!("unknown field `{found}`"),
            Some(format!("the fields here are: {}", expected.join(", "))),
        ),
        RonError::NoSuchEnumVariant {
            expected, found, ..
        } => (
            format!("unknown value `{found}`"),
            Some(format!("the values here are: {}", expected.join(", "))),
        ),
        RonError::MissingStructField { field, .. } => (
            format!("missing field `{field}` in the item that ends here"),
            None,
        ),
        RonError::DuplicateStructField { field, .. } => {
            (format!("field `{field}` is given twice"), None)
        }
        RonError::ExpectedFloat | RonError::ExpectedInteger => {
            ("expected a number".to_string(), None)
        }
        RonError::InvalidValueForType { expected, found } => {
            (format!("expected {expected}, found {found}"), None)
        }
        RonError::ExpectedString => ("expected a string in double quotes".to_string(), None),
        RonError::ExpectedStringEnd => ("this string has no closing quote".to_string(), None),
        RonError::Eof => (
            "the file ends too early".to_string(),
            Some("a bracket or a quote is not closed".to_string()),
        ),
        RonError::ExceededRecursionLimit => too_deep(Format::Ron),
        other => (lowercase_first(&other.to_string()), None),
    };
    let hint = hint.or_else(|| {
        let looks_like_json = locator.source().trim_start().starts_with('{');
        looks_like_json
            .then(|| "this looks like JSON: name the file *.json to read it as JSON".into())
    });
    locator
        .at_line_column(line, column, &message)
        .with_hint(hint)
}

/// `Expected comma` as our messages are written: `expected comma`.
fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The JSON parser's complaint in the user's terms, at the start of the token it stopped on.
fn explain_json(error: &serde_json::Error, locator: &Locator) -> Diagnostic {
    let offset = locator.offset_of_byte_column(error.line(), error.column());
    let offset = string_start(locator.source(), offset);
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let said = full.strip_suffix(&suffix).unwrap_or(&full);
    let (message, hint) = if said == "recursion limit exceeded" {
        too_deep(Format::Json)
    } else if let Some((unknown, known)) = said.split_once(", expected one of ") {
        let kind = if unknown.contains("variant") {
            "values"
        } else {
            "fields"
        };
        (
            in_user_terms(unknown),
            Some(format!("the {kind} here are: {}", known.replace('`', ""))),
        )
    } else if said == "trailing comma" {
        let hint = "JSON allows no comma after the last field or item: remove the one before this";
        (said.to_string(), Some(hint.to_string()))
    } else if said.starts_with("expected `,`") {
        let (line, column) = locator.line_column(offset);
        (in_user_terms(said), Some(comma_hint(locator, line, column)))
    } else {
        (in_user_terms(said), None)
    };
    locator.at_offset(offset, &message).with_hint(hint)
}

/// serde's words for our types, in the user's: `expected f64` is `expected a number`.
fn in_user_terms(said: &str) -> String {
    said.replace("expected f64", "expected a number")
        .replace("unknown variant", "unknown value")
        .replace("expected u16", "expected a whole number")
}

/// JSON parsers stop at the closing quote of a bad string; point at its opening quote.
fn string_start(source: &str, offset: usize) -> usize {
    if !source[offset..].starts_with('"') {
        return offset;
    }
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut opening = None;
    let mut escaped = false;
    for (i, c) in source[line_start..offset].char_indices() {
        if c == '"' && !escaped {
            opening = if opening.is_some() {
                None
            } else {
                Some(line_start + i)
            };
        }
        escaped = c == '\\' && !escaped;
    }
    opening.unwrap_or(offset)
}

/// How to write the optional field at `column` of `line`, with its value when it is on the line.
fn option_hint(line: &str, column: usize) -> String {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let value = line[start..].trim();
    let value = value.strip_suffix(',').unwrap_or(value).trim_end();
    let value = if value.is_empty() || value.starts_with(['(', '[']) {
        "…"
    } else {
        value
    };
    let written = match field_before(line, column) {
        Some(field) => format!("{field}: Some({value})"),
        None => format!("Some({value})"),
    };
    format!(
        "an optional field's value goes inside Some(…): write {written}, or leave the field out"
    )
}

/// The column of the first non-blank character at or after `column` on `line` (the RON parser
/// points at the blank before a value), or `column` when only blanks follow.
fn skip_blanks(line: &str, column: usize) -> usize {
    line.chars()
        .skip(column.saturating_sub(1))
        .position(|c| !c.is_whitespace())
        .map_or(column, |blanks| column + blanks)
}

/// The field named just before `column` of `line`, as in `delivered: "2024"`.
fn field_before(line: &str, column: usize) -> Option<&str> {
    let end = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let before = line[..end].trim_end().strip_suffix(':')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let field = &before[start..];
    (!field.is_empty()).then_some(field)
}

/// Where the missing comma probably belongs: before this, or at the end of the line above.
fn comma_hint(locator: &Locator, line: usize, column: usize) -> String {
    let text = locator.line_text(line);
    let first_of_line = text
        .chars()
        .take(column.saturating_sub(1))
        .all(char::is_whitespace);
    let above = (1..line)
        .rev()
        .find(|&l| !locator.line_text(l).trim().is_empty());
    match above {
        Some(above) if first_of_line => {
            format!(
                "fields and list items are separated by commas: is one missing at the end of line {above}?"
            )
        }
        _ => {
            "fields and list items are separated by commas: is one missing before this?".to_string()
        }
    }
}
