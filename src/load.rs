//! RON or JSON to [`Report`]: reading, parsing and validation, with errors that point at
//! `path:line:column` and show the offending line with a caret.

mod diagnostic;
mod syntax;

pub(crate) use syntax::deserialize;

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use crate::indicators;
use crate::model::{Figure, Report, Section, TitleKind};
use crate::text;
pub(crate) use diagnostic::Locator;
pub use diagnostic::{Diagnostic, QUOTE_WIDTH};

/// The curated dataset compiled into the binary.
pub const EMBEDDED_RON: &str = include_str!("../assets/xiuzhou-2023.ron");

/// The name under which errors in the embedded dataset are reported.
pub const EMBEDDED_PATH: &str = "assets/xiuzhou-2023.ron";

/// Datasets larger than this are refused before parsing (real reports are well under 1 MiB).
pub const MAX_DATASET_BYTES: u64 = 64 * 1024 * 1024;

/// How deep brackets may nest in a dataset; deeper files are refused before they can exhaust
/// the stack. JSON parsing has the same fixed limit.
pub const MAX_NESTING: usize = 128;

/// The notations a dataset can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Rusty Object Notation, the format baogao writes.
    Ron,
    /// JSON, as `baogao export --format json` writes it.
    Json,
}

impl Format {
    /// The format of a dataset: JSON for a `.json` file, RON for a `.ron` file, otherwise
    /// JSON when the first non-blank character is `{` (its bytes need not be checked yet).
    pub fn of(path: &str, source: &[u8]) -> Format {
        let extension = Path::new(path)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("json") => Format::Json,
            Some("ron") => Format::Ron,
            _ if source.trim_ascii_start().starts_with(b"{") => Format::Json,
            _ => Format::Ron,
        }
    }

    /// How deep sections may nest within [`MAX_NESTING`]: the RON parser counts four levels
    /// per section (item, fields, list, entry), the JSON parser two (object, list).
    pub fn max_section_depth(self) -> usize {
        match self {
            Format::Ron => (MAX_NESTING - 4) / 4,
            Format::Json => (MAX_NESTING - 4) / 2,
        }
    }

    /// The name users know the format by.
    pub fn name(self) -> &'static str {
        match self {
            Format::Ron => "RON",
            Format::Json => "JSON",
        }
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}: {}", text::sanitize(path), text::sanitize(message))]
    Unreadable {
        /// The file as the user named it.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// The file is not well-formed RON or JSON for a report (or not UTF-8).
    #[error("{0}")]
    Syntax(Diagnostic),
    /// The file parsed but breaks the dataset's rules; every problem found is listed.
    #[error("{}", join(.0))]
    Invalid(Vec<Diagnostic>),
}

fn join(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(Diagnostic::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loads the dataset compiled into the binary.
pub fn embedded() -> Result<Report, LoadError> {
    parse(EMBEDDED_RON, EMBEDDED_PATH)
}

/// Reads, parses and validates a dataset file.
pub fn load_file(path: &Path) -> Result<Report, LoadError> {
    let shown = path.display().to_string();
    parse(&read_text(path)?, &shown)
}

/// Reads a UTF-8 text file no larger than [`MAX_DATASET_BYTES`], refusing directories and
/// special files; errors name the file as `path` displays.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = read_bytes(path)?;
    decode_utf8(&bytes, &path.display().to_string()).map(str::to_string)
}

/// Reads a file as [`read_text`] does, its bytes not yet checked to be UTF-8 (see
/// [`parse_bytes`]).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let mut file = open_dataset(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| unreadable(path, e.to_string()))?;
    Ok(bytes)
}

/// Opens a dataset file for reading: a regular file no larger than [`MAX_DATASET_BYTES`]
/// (directories, FIFOs and devices are refused); errors name the file as `path` displays.
pub fn open_dataset(path: &Path) -> Result<std::fs::File, LoadError> {
    // Looked at before opening: opening a FIFO would wait for a writer.
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(path, e.to_string()))?;
    if metadata.is_dir() {
        return Err(unreadable(
            path,
            "is a directory, not a dataset file".into(),
        ));
    }
    // Reading a FIFO or a device could block forever or never end.
    if !metadata.is_file() {
        return Err(unreadable(path, "is not a regular file".into()));
    }
    if metadata.len() > MAX_DATASET_BYTES {
        return Err(unreadable(
            path,
            format!(
                "{} bytes is larger than the {} MiB limit for a dataset",
                metadata.len(),
                MAX_DATASET_BYTES / 1024 / 1024
            ),
        ));
    }
    std::fs::File::open(path).map_err(|e| unreadable(path, e.to_string()))
}

/// The error for a file that cannot be read, and why.
fn unreadable(path: &Path, message: String) -> LoadError {
    LoadError::Unreadable {
        path: path.display().to_string(),
        message,
    }
}

/// Parses and validates a dataset given as bytes, which must be UTF-8.
pub fn parse_bytes(bytes: &[u8], path: &str) -> Result<Report, LoadError> {
    parse(decode_utf8(bytes, path)?, path)
}

/// Checks that `bytes` are UTF-8, pointing at the first bad byte otherwise.
fn decode_utf8<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        let locator = Locator::new(prefix, path, Format::Ron);
        let (line, column) = locator.line_column(good);
        let rest = &bytes[good..];
        let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let source_line = format!(
            "{}{}",
            locator.line_text(line),
            String::from_utf8_lossy(&rest[..line_end])
        );
        let message = format!("invalid UTF-8: byte 0x{:02x} at offset {good}", bytes[good]);
        let hint = "save the file as UTF-8".to_string();
        LoadError::Syntax(
            locator
                .diagnostic(line, column, &message, &source_line)
                .with_hint(Some(hint)),
        )
    })
}

/// Parses and validates dataset text, RON or JSON (see [`Format::of`]); `path` names it in
/// messages.
pub fn parse(source: &str, path: &str) -> Result<Report, LoadError> {
    let format = Format::of(path, source.as_bytes());
    let locator = Locator::new(source, path, format);
    let report = syntax::deserialize(source, format, &locator).map_err(LoadError::Syntax)?;
    let problems = validate(&report, &locator);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Every rule a dataset must keep; all problems are reported, in file order.
fn validate(report: &Report, locator: &Locator) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if report.title.trim().is_empty() {
        problems.push(locator.at_item(&report.id, 0, Some("title"), "report: empty title"));
    }
    if report.sections.is_empty() {
        problems.push(locator.at_item(&report.id, 0, Some("sections"), "report: no sections"));
    }
    let sections = report.walk();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut note_id = |kind: &str, id: &str, problems: &mut Vec<Diagnostic>| {
        let count = seen.entry(id.to_string()).or_insert(0);
        if id.trim().is_empty() {
            problems.push(locator.at_line_column(1, 1, &format!("{kind} with an empty id")));
        } else if *count > 0 {
            problems.push(locator.at_item(id, *count, None, &format!("{kind} {id}: duplicate id")));
        }
        *count += 1;
    };
    note_id("report", &report.id, &mut problems);
    for (_, section) in &sections {
        note_id("section", &section.id, &mut problems);
        check_section(section, locator, &mut problems);
    }
    let by_id: HashMap<&str, &Section> =
        sections.iter().map(|(_, s)| (s.id.as_str(), *s)).collect();
    let target_metrics: HashSet<&str> = report
        .targets
        .iter()
        .filter_map(|t| t.metric.as_deref())
        .collect();
    let result_metrics: HashSet<&str> = report
        .results
        .iter()
        .filter_map(|r| r.metric.as_deref())
        .collect();
    for (kind, figures, counterpart, other) in [
        ("target", &report.targets, &result_metrics, "result"),
        ("result", &report.results, &target_metrics, "target"),
    ] {
        for figure in figures {
            note_id(kind, &figure.id, &mut problems);
            check_figure(kind, figure, &by_id, locator, &mut problems);
            if let Some(metric) = figure
                .metric
                .as_deref()
                .filter(|m| !counterpart.contains(m))
            {
                problems.push(locator.at_item(
                    &figure.id,
                    0,
                    Some("metric"),
                    &format!("{kind} {}: metric {metric} has no {other}", figure.id),
                ));
            }
        }
    }
    problems.sort_by_key(|d| (d.line, d.column));
    problems
}

fn check_section(section: &Section, locator: &Locator, problems: &mut Vec<Diagnostic>) {
    let id = &section.id;
    if section.title.trim().is_empty() {
        problems.push(locator.at_item(id, 0, Some("title"), &format!("section {id}: empty title")));
    }
    if section.title_kind == TitleKind::Lead
        && !section
            .paragraphs
            .first()
            .is_some_and(|p| p.starts_with(&section.title))
    {
        problems.push(locator.at_item(
            id,
            0,
            Some("title"),
            &format!("section {id}: lead title is not the start of its first paragraph"),
        ));
    }
}

fn check_figure(
    kind: &str,
    figure: &Figure,
    sections: &HashMap<&str, &Section>,
    locator: &Locator,
    problems: &mut Vec<Diagnostic>,
) {
    let id = &figure.id;
    let mut report = |field: &str, message: String| {
        problems.push(locator.at_item(id, 0, Some(field), &format!("{kind} {id}: {message}")));
    };
    if figure.subject.trim().is_empty() {
        report("subject", "empty subject".into());
    }
    match figure.value {
        Some(value) if !value.is_finite() => {
            report("value", "value is not a finite number".into());
        }
        None if kind == "result" => report("value", "a result needs a value".into()),
        None if figure.deadline.is_none() => {
            report("value", "a target needs a value or a deadline".into());
        }
        _ => {}
    }
    match (figure.value, figure.value_to) {
        (_, Some(to)) if !to.is_finite() => {
            report("value_to", "value_to is not a finite number".into());
        }
        (None, Some(_)) => report("value_to", "value_to without a value".into()),
        (Some(value), Some(to)) if to < value => {
            report("value_to", "value_to is less than value".into());
        }
        _ => {}
    }
    if figure
        .deadline
        .as_deref()
        .is_some_and(|d| d.trim().is_empty())
    {
        report("deadline", "empty deadline".into());
    }
    if let Some(indicator) = figure.indicator.as_deref() {
        if indicators::Vocabulary::embedded().get(indicator).is_none() {
            report("indicator", format!("unknown indicator {indicator}"));
        }
    }
    match sections.get(figure.section.as_str()) {
        None => report(
            "section",
            format!("section {} does not exist", figure.section),
        ),
        Some(section) => {
            if figure.quote.is_empty()
                || !section.paragraphs.iter().any(|p| p.contains(&figure.quote))
            {
                report(
                    "quote",
                    format!("quote not found in section {}", figure.section),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(targets: &str) -> String {
        format!(
            r#"(
    id: "r",
    title: "報告",
    year: 2023,
    script: "zh-Hant",
    sections: [
        (
            id: "s1",
            title: "第一部分",
            paragraphs: ["地區生產總值增長確保6%以上,力爭8%。"],
        ),
    ],
    targets: [{targets}
    ],
)
"#
        )
    }

    const GOOD_TARGET: &str = r#"
        (
            id: "gdp",
            section: "s1",
            subject: "地區生產總值增長",
            value: 6,
            unit: "%",
            quote: "確保6%以上",
            bound: AtLeast,
            commitment: Ensure,
            period: Year(2023),
            category: Economy,
        ),"#;

    fn problems_in(source: &str, path: &str) -> Vec<Diagnostic> {
        match parse(source, path) {
            Err(LoadError::Invalid(d)) => d,
            Err(LoadError::Syntax(d)) => vec![d],
            other => panic!("expected an error, got {other:?}"),
        }
    }

    fn problems(source: &str) -> Vec<Diagnostic> {
        problems_in(source, "t.ron")
    }

    /// The one problem of a dataset named `path`.
    fn one_problem_in(source: &str, path: &str) -> Diagnostic {
        let mut all = problems_in(source, path);
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0)
    }

    fn one_problem(source: &str) -> Diagnostic {
        one_problem_in(source, "t.ron")
    }

    #[test]
    fn a_valid_dataset_loads() {
        let report = parse(&minimal(GOOD_TARGET), "t.ron").expect("valid");
        assert_eq!(report.targets[0].value, Some(6.0));
    }

    #[test]
    fn the_embedded_dataset_is_valid() {
        let report = embedded().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.id, "xiuzhou-2023");
    }

    #[test]
    fn the_minimal_example_is_valid_and_uses_every_field() {
        let source = include_str!("../examples/minimal.ron");
        let report = parse(source, "examples/minimal.ron").unwrap_or_else(|e| panic!("{e}"));
        assert!(report.published.as_ref().is_some_and(|p| p.url.is_some()));
        let all: Vec<_> = report.targets.iter().chain(&report.results).collect();
        assert!(all.iter().any(|f| f.value_to.is_some()));
        assert!(all.iter().any(|f| f.extracted));
        assert!(all.iter().any(|f| f.indicator.is_some()));
        assert!(
            all.iter()
                .any(|f| f.value.is_none() && f.deadline.is_some())
        );
        assert!(
            report
                .walk()
                .iter()
                .any(|(_, s)| s.title_kind == TitleKind::Lead)
        );
    }

    #[test]
    fn quote_not_in_section_is_reported_at_the_quote() {
        let src = minimal(&GOOD_TARGET.replace("確保6%以上", "確保7%以上"));
        let d = one_problem(&src);
        assert_eq!(d.message, "target gdp: quote not found in section s1");
        assert_eq!((d.line, d.column), (20, 13));
        assert_eq!(d.source_line.trim(), r#"quote: "確保7%以上","#);
    }

    #[test]
    fn unknown_section_is_reported() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace(r#""s1""#, r#""s9""#)));
        assert_eq!(d.message, "target gdp: section s9 does not exist");
        assert_eq!((d.line, d.column), (16, 13));
    }

    #[test]
    fn duplicate_ids_point_at_the_second_use() {
        let src = minimal(&format!("{GOOD_TARGET}{GOOD_TARGET}"));
        let d = one_problem(&src);
        assert_eq!(d.message, "target gdp: duplicate id");
        assert_eq!((d.line, d.column), (27, 13));
    }

    #[test]
    fn id_shared_by_a_section_and_a_target_is_a_duplicate() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace(r#""gdp""#, r#""s1""#)));
        assert_eq!(d.message, "target s1: duplicate id");
    }

    #[test]
    fn non_finite_value_is_reported() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace("value: 6", "value: inf")));
        assert_eq!(d.message, "target gdp: value is not a finite number");
        assert_eq!((d.line, d.column), (18, 13));
    }

    #[test]
    fn range_upper_end_below_value_is_reported() {
        let d = one_problem(&minimal(
            &GOOD_TARGET.replace("value: 6,", "value: 6, value_to: Some(5),"),
        ));
        assert_eq!(d.message, "target gdp: value_to is less than value");
    }

    #[test]
    fn empty_section_title_is_reported() {
        let d = one_problem(&minimal(GOOD_TARGET).replace("第一部分", " "));
        assert_eq!(d.message, "section s1: empty title");
        assert_eq!((d.line, d.column), (9, 13));
    }

    #[test]
    fn empty_report_title_is_reported() {
        let d = one_problem(&minimal(GOOD_TARGET).replace("\"報告\"", "\"\""));
        assert_eq!(d.message, "report: empty title");
        assert_eq!((d.line, d.column), (3, 5));
    }

    #[test]
    fn lead_title_must_open_the_first_paragraph() {
        let src = minimal(GOOD_TARGET).replace(
            "title: \"第一部分\",",
            "title: \"第一部分\", title_kind: Lead,",
        );
        let d = one_problem(&src);
        assert_eq!(
            d.message,
            "section s1: lead title is not the start of its first paragraph"
        );
    }

    #[test]
    fn an_unknown_indicator_is_reported_at_the_indicator() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace(
            "Economy,",
            "Economy,\n            indicator: Some(\"gdp-grow\"),",
        )));
        assert_eq!(d.message, "target gdp: unknown indicator gdp-grow");
        assert_eq!(d.source_line.trim(), r#"indicator: Some("gdp-grow"),"#);
        let known =
            minimal(&GOOD_TARGET.replace("Economy,", "Economy, indicator: Some(\"gdp-growth\"),"));
        let report = parse(&known, "t.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.targets[0].indicator.as_deref(), Some("gdp-growth"));
    }

    #[test]
    fn a_milestone_has_a_deadline_and_no_value() {
        let milestone = GOOD_TARGET.replace("value: 6,", "deadline: Some(\"2023-06\"),");
        let report = parse(&minimal(&milestone), "t.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.targets[0].value, None);
        assert_eq!(report.targets[0].deadline.as_deref(), Some("2023-06"));
        let json = serde_json::to_value(&report.targets[0]).expect("json");
        assert_eq!(json["value"], serde_json::Value::Null);
        assert_eq!(json["deadline"], "2023-06");
        // `value: None` and `value: Some(6)` read too, so RON exports parse again.
        let written = ron::to_string(&report).expect("ron");
        assert!(written.contains("value:None"), "{written}");
        assert_eq!(
            parse(&written, "t.ron").expect("again").targets,
            report.targets
        );
        let some = minimal(&GOOD_TARGET.replace("value: 6,", "value: Some(6),"));
        assert_eq!(
            parse(&some, "t.ron").expect("some").targets[0].value,
            Some(6.0)
        );
    }

    #[test]
    fn a_target_needs_a_value_or_a_deadline_and_a_result_a_value() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace("value: 6,", "")));
        assert_eq!(
            d.message,
            "target gdp: a target needs a value or a deadline"
        );
        let as_result = minimal("").replace(
            "targets: [\n    ],",
            &format!(
                "results: [{}\n    ],",
                GOOD_TARGET.replace("value: 6,", "deadline: Some(\"年底前\"),")
            ),
        );
        let d = one_problem(&as_result);
        assert_eq!(d.message, "result gdp: a result needs a value");
        let d = one_problem(&minimal(&GOOD_TARGET.replace(
            "value: 6,",
            "deadline: Some(\"年底前\"), value_to: Some(7),",
        )));
        assert_eq!(d.message, "target gdp: value_to without a value");
    }

    #[test]
    fn metric_without_a_counterpart_is_reported() {
        let d = one_problem(&minimal(
            &GOOD_TARGET.replace("Economy,", "Economy, metric: Some(\"gdp\"),"),
        ));
        assert_eq!(d.message, "target gdp: metric gdp has no result");
        assert_eq!(d.line, 24);
    }

    #[test]
    fn all_problems_are_reported_in_file_order() {
        let src = minimal(
            &GOOD_TARGET
                .replace("確保6%以上", "x")
                .replace("\"s1\",\n", "\"s2\",\n"),
        );
        let all = problems(&src.replace("第一部分", ""));
        let messages: Vec<_> = all.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "section s1: empty title",
                "target gdp: section s2 does not exist"
            ]
        );
    }

    #[test]
    fn syntax_error_points_at_line_and_column() {
        let src = minimal(GOOD_TARGET).replace("year: 2023,", "year: 2023");
        let d = one_problem(&src);
        assert_eq!(d.line, 5);
        assert_eq!(d.column, 5);
        assert_eq!(d.source_line, "    script: \"zh-Hant\",");
    }

    #[test]
    fn unknown_field_is_a_syntax_error_at_the_field() {
        let src = minimal(GOOD_TARGET).replace("year: 2023,", "year: 2023, colour: 1,");
        let d = one_problem(&src);
        assert!(d.message.contains("colour"), "{}", d.message);
        assert_eq!(d.line, 4);
    }

    #[test]
    fn unknown_enum_variant_is_a_syntax_error() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace("AtLeast", "Atleast")));
        assert!(d.message.contains("Atleast"), "{}", d.message);
        assert_eq!(d.line, 21);
    }

    #[test]
    fn a_string_where_a_number_belongs_is_a_syntax_error_at_the_value() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace("value: 6", "value: \"six\"")));
        assert_eq!((d.line, d.column), (18, 20));
        assert_eq!(d.message, "expected a number, found the string \"six\"");
    }

    #[test]
    fn an_unterminated_string_is_a_syntax_error() {
        let d = one_problem("(\n    id: \"r,\n    title: \"t\",\n)");
        assert!(d.line >= 2, "{d:?}");
    }

    #[test]
    fn a_report_without_sections_is_invalid() {
        let src = "(id: \"r\", title: \"t\", year: 2023, script: \"zh-Hant\", sections: [])";
        let d = one_problem(src);
        assert_eq!(d.message, "report: no sections");
    }

    #[test]
    fn caret_sits_under_the_right_cjk_character() {
        let src = "(\n    id: \"r\",\n    title: \"報告\" oops,\n)";
        let d = one_problem(src);
        assert_eq!((d.line, d.column), (3, 17));
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[0], format!("t.ron:3:17: {}", d.message));
        assert_eq!(lines[1], "    title: \"報告\" oops,");
        // 4 spaces + `title: "` (8) + 報告 (4 columns) + `" ` (2) = 18 columns before `oops`.
        assert_eq!(lines[2], format!("{}^", " ".repeat(18)));
    }

    #[test]
    fn the_format_comes_from_the_extension_else_the_first_character() {
        assert_eq!(Format::of("r.json", b"("), Format::Json);
        assert_eq!(Format::of("r.JSON", b"("), Format::Json);
        assert_eq!(Format::of("r.ron", b" {"), Format::Ron);
        assert_eq!(Format::of("r", b"\n  {\"id\": 1}"), Format::Json);
        assert_eq!(Format::of("r.txt", b"// note\n("), Format::Ron);
    }

    /// A report whose sections nest `depth` deep, in `format`.
    fn nested(depth: usize, format: Format) -> String {
        let mut section = Section {
            id: format!("s{depth}"),
            label: None,
            title: "第一層".into(),
            title_kind: TitleKind::Line,
            paragraphs: vec![],
            children: vec![],
        };
        for level in (1..depth).rev() {
            let parent = Section {
                id: format!("s{level}"),
                title: section.title.clone(),
                ..Section::clone(&section)
            };
            section = Section {
                children: vec![section],
                ..parent
            };
        }
        let mut report = parse(&minimal(""), "t.ron").expect("valid");
        report.sections = vec![section];
        match format {
            Format::Ron => ron::to_string(&report).expect("ron"),
            Format::Json => serde_json::to_string(&report).expect("json"),
        }
    }

    #[test]
    fn sections_nest_as_deep_as_the_message_says_and_no_deeper() {
        for format in [Format::Ron, Format::Json] {
            let name = format!("t.{}", format.name().to_lowercase());
            let deepest = format.max_section_depth();
            let report = parse(&nested(deepest, format), &name).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(report.walk().len(), deepest);
            let d = one_problem_in(&nested(deepest + 1, format), &name);
            assert_eq!(
                d.message,
                format!("nested more than {MAX_NESTING} levels deep")
            );
            let hint = d.hint.unwrap_or_default();
            assert!(
                hint.contains(&format!("sections nested {deepest} deep")),
                "{hint}"
            );
            assert!(!hint.contains("ron::") && !hint.contains("serde"), "{hint}");
        }
    }

    #[test]
    fn an_optional_field_without_some_gets_a_hint_naming_it() {
        let src = minimal(GOOD_TARGET).replace("year: 2023,", "year: 2023, speaker: \"張三\",");
        let d = one_problem(&src);
        assert_eq!(
            (d.line, d.column, d.message.as_str()),
            (4, 26, "expected Some(…) or None")
        );
        assert_eq!(
            d.hint.as_deref(),
            Some(
                "an optional field's value goes inside Some(…): write speaker: Some(\"張三\"), or leave the field out"
            )
        );
    }

    #[test]
    fn a_missing_comma_at_a_line_start_points_at_the_line_above() {
        let src = minimal(GOOD_TARGET).replace("year: 2023,", "year: 2023\n");
        let d = one_problem(&src);
        assert_eq!((d.line, d.message.as_str()), (6, "expected a comma"));
        assert!(d.hint.is_some_and(|h| h.ends_with("at the end of line 4?")));
    }

    #[test]
    fn json_in_a_ron_file_is_refused_with_a_hint_to_rename_it() {
        let d = one_problem("{\"id\": \"r\"}");
        assert_eq!((d.line, d.column), (1, 1));
        assert_eq!(
            d.hint.as_deref(),
            Some("this looks like JSON: name the file *.json to read it as JSON")
        );
    }

    #[test]
    fn an_unknown_field_hint_lists_the_known_fields() {
        let d = one_problem(&minimal(&GOOD_TARGET.replace("unit:", "colour: 1, unit:")));
        assert_eq!(d.message, "unknown field `colour`");
        assert_eq!(
            d.hint.as_deref(),
            Some(
                "the fields here are: id, section, subject, value, value_to, unit, quote, bound, commitment, period, category, deadline, metric, indicator, extracted"
            )
        );
    }

    #[test]
    fn json_errors_are_located_in_characters_after_cjk_text() {
        let src = "{\n  \"id\": \"r\", \"title\": \"報告\", \"year\": \"二〇二三\"\n}";
        let d = one_problem_in(src, "t.json");
        // `  "id": "r", "title": "報告", "year": ` is 36 characters, 38 columns wide.
        assert_eq!((d.line, d.column), (2, 37));
        assert_eq!(d.source_line, src.lines().nth(1).unwrap_or_default());
        assert_eq!(d.quote(), (d.source_line.clone(), 38));
        assert!(
            d.message.contains("expected a whole number"),
            "{}",
            d.message
        );
    }

    #[test]
    fn control_characters_of_the_data_are_shown_and_the_layout_kept() {
        let d = one_problem("(\n    id: \"r\u{1b}[2J\",\n    title: \"\u{7}\" oops,\n)");
        let shown = d.to_string();
        assert_eq!(
            shown,
            "t.ron:3:16: expected a comma\n    title: \"\u{2407}\" oops,\n               ^\n\
             hint: fields and list items are separated by commas: is one missing before this?"
        );
    }

    #[test]
    fn a_long_line_is_quoted_around_the_column_with_the_caret_under_it() {
        let paragraph = "光伏".repeat(200);
        let src = format!("(\n    id: \"r\",\n    title: \"{paragraph}\" oops,\n)");
        let d = one_problem(&src);
        assert_eq!((d.line, d.column), (3, 415));
        let (quote, caret) = d.quote();
        assert!(text::width(&quote) <= QUOTE_WIDTH, "{quote}");
        assert!(
            quote.starts_with('…') && quote.ends_with("oops,"),
            "{quote}"
        );
        let under: String = quote
            .chars()
            .scan(0, |at, c| {
                let start = *at;
                *at += text::char_width(c);
                Some((start, c))
            })
            .filter(|&(start, _)| start >= caret)
            .map(|(_, c)| c)
            .collect();
        assert_eq!(under, "oops,");
        let inner = quote.trim_start_matches('…');
        assert!(d.source_line.ends_with(inner));
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let bytes = b"(\n  id: \"\xff\",\n)";
        let Err(LoadError::Syntax(d)) = decode_utf8(bytes, "bad.ron") else {
            panic!("expected a syntax error");
        };
        assert_eq!(d.message, "invalid UTF-8: byte 0xff at offset 9");
        assert_eq!((d.line, d.column), (2, 8));
    }
}
