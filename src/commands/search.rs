//! `baogao search QUERY`: ranked search results as an aligned table or as JSON.

use std::borrow::Cow;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::cli::SearchFormat;
use crate::i18n::Msg;
use crate::search::{Hit, Index, Item, Kind, Snippet, snippet};
use crate::stored::StoredReport;
use crate::text::{pad_right, sanitize};

use super::term::Term;

/// Width of the kind column (`sentence`).
const KIND_COLUMNS: usize = 8;
/// Width of the section column (at most; a quarter of the line in narrow terminals).
const SECTION_COLUMNS: usize = 24;
/// Space between columns.
const GAP: &str = "  ";

/// How search results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchOutput {
    /// Table or JSON.
    pub format: SearchFormat,
    /// At most this many results (0: all).
    pub limit: usize,
    /// The width of a table line, and whether matched characters are highlighted.
    pub term: Term,
}

/// Searches `reports` (whose index `index` gives) for `query`: the rendered results, and
/// whether anything matched. The index is not asked for when the query is empty.
pub fn search(
    reports: &[StoredReport],
    index: impl FnOnce() -> Index,
    query: &str,
    output: &SearchOutput,
) -> Result<(String, bool)> {
    if query.trim().is_empty() {
        bail!("the query is empty");
    }
    let index = index();
    let hits = index.search(query);
    let shown = match output.limit {
        0 => &hits[..],
        limit => &hits[..limit.min(hits.len())],
    };
    let rendered = match output.format {
        SearchFormat::Table => table(&index, reports, shown, hits.len(), output),
        SearchFormat::Json => json(&index, shown)?,
    };
    Ok((rendered, !hits.is_empty()))
}

/// One result as JSON.
#[derive(Serialize)]
struct JsonHit<'a> {
    kind: Kind,
    section: Cow<'a, str>,
    text: Cow<'a, str>,
    score: i64,
    positions: &'a [usize],
}

/// The hits as a JSON array. Sanitising keeps one character for one, so positions still hold.
fn json(index: &Index, hits: &[Hit]) -> Result<String> {
    let rows: Vec<JsonHit> = hits
        .iter()
        .filter_map(|hit| {
            let item = index.item(hit.item)?;
            Some(JsonHit {
                kind: item.kind,
                section: sanitize(item.section),
                text: sanitize(item.text),
                score: hit.score,
                positions: &hit.positions,
            })
        })
        .collect();
    let mut rendered = serde_json::to_string_pretty(&rows)?;
    rendered.push('\n');
    Ok(rendered)
}

/// The hits as a table: kind, section heading, and a snippet cut by width around the match
/// (for a figure: its quote, then its subject when the quote does not hold it).
fn table(
    index: &Index,
    reports: &[StoredReport],
    hits: &[Hit],
    total: usize,
    output: &SearchOutput,
) -> String {
    if hits.is_empty() {
        return String::new();
    }
    let columns = output.term.columns;
    let section_columns = (columns / 4).clamp(8, SECTION_COLUMNS);
    let text_columns = columns
        .saturating_sub(KIND_COLUMNS + section_columns + 2 * GAP.len())
        .max(12);
    let lang = output.term.lang;
    let header = format!(
        "{}{GAP}{}{GAP}{}",
        pad_right(lang.text(Msg::ColKind), KIND_COLUMNS),
        pad_right(lang.text(Msg::ColWhere), section_columns),
        lang.text(Msg::ColText),
    );
    let mut out = output.term.bold(&header) + "\n";
    for hit in hits {
        let Some(item) = index.item(hit.item) else {
            continue;
        };
        let heading = heading(reports, &item);
        let section = heading.as_deref().unwrap_or(item.section);
        let text = match subject(reports, &item) {
            // A figure's quote alone can be terse (力爭8%): its subject tells what it is about.
            Some(subject) if !item.text.contains(subject) => format!("{} ‹{subject}›", item.text),
            _ => item.text.to_string(),
        };
        let shown = snippet(&sanitize(&text), &hit.positions, text_columns);
        out.push_str(&pad_right(lang.kind(item.kind), KIND_COLUMNS));
        out.push_str(GAP);
        out.push_str(&pad_right(&sanitize(section), section_columns));
        out.push_str(GAP);
        out.push_str(&highlighted(&shown, &output.term));
        out.push('\n');
    }
    if hits.len() < total {
        out.push_str(&lang.fill(Msg::SearchShown, &[&hits.len(), &total]));
        out.push('\n');
    }
    out
}

/// The subject of a target or result item.
fn subject<'a>(reports: &'a [StoredReport], item: &Item) -> Option<&'a str> {
    let report = reports.get(item.report)?.report();
    let figures = match item.kind {
        Kind::Target => &report.targets,
        Kind::Result => &report.results,
        Kind::Heading | Kind::Sentence => return None,
    };
    Some(figures.get(item.figure?)?.subject.as_str())
}

/// The heading of the item's section, prefixed with its report's id when there are several
/// reports. Only the reports of the hits shown are decoded for it.
fn heading(reports: &[StoredReport], item: &Item) -> Option<String> {
    let report = reports.get(item.report)?.report();
    let (_, section) = report
        .walk()
        .into_iter()
        .find(|(_, s)| s.id == item.section)?;
    Some(match reports.len() {
        1 => section.heading(),
        _ => format!("{} › {}", report.id, section.heading()),
    })
}

/// The snippet's text, each run of matched characters highlighted when colour is on.
fn highlighted(shown: &Snippet, term: &Term) -> String {
    let mut out = String::with_capacity(shown.text.len() + 16);
    let mut run = String::new();
    let mut run_is_hit = false;
    for (i, c) in shown.text.chars().enumerate() {
        let hit = shown.positions.binary_search(&i).is_ok();
        if hit != run_is_hit {
            push_run(&mut out, &run, run_is_hit, term);
            run.clear();
            run_is_hit = hit;
        }
        run.push(c);
    }
    push_run(&mut out, &run, run_is_hit, term);
    out
}

/// Appends a run of characters, highlighted when they were matched.
fn push_run(out: &mut String, run: &str, hit: bool, term: &Term) {
    if hit {
        out.push_str(&term.highlight(run));
    } else {
        out.push_str(run);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::load;
    use crate::text::width;

    fn output(format: SearchFormat, color: bool) -> SearchOutput {
        SearchOutput {
            format,
            limit: 5,
            term: Term {
                columns: 80,
                color,
                lang: Lang::En,
            },
        }
    }

    #[test]
    fn table_rows_fit_the_width_and_keep_their_columns() {
        let report = load::embedded().expect("embedded dataset");
        let index = Index::build(&report);
        let reports = [StoredReport::decoded(report, None)];
        let (table, matched) = search(
            &reports,
            || index,
            "光伏",
            &output(SearchFormat::Table, false),
        )
        .expect("search");
        assert!(matched);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("KIND"));
        // Header, five rows, and the note about the rest.
        assert_eq!(lines.len(), 7);
        for line in &lines[1..6] {
            assert!(width(line) <= 80, "{line}");
            let text_column: String = line.chars().take(KIND_COLUMNS).collect();
            assert!(["heading", "sentence", "target", "result"].contains(&text_column.trim()));
            assert!(line.contains("光伏"), "{line}");
        }
        assert!(lines[6].starts_with("5 of "));
        assert!(!table.contains('\u{1b}'));
    }

    #[test]
    fn colour_wraps_each_highlighted_run_once() {
        let shown = Snippet {
            text: "推動光伏產業".into(),
            positions: vec![2, 3, 5],
        };
        let coloured = Term {
            columns: 80,
            color: true,
            lang: Lang::En,
        };
        let plain = Term {
            columns: 80,
            color: false,
            lang: Lang::En,
        };
        assert_eq!(
            highlighted(&shown, &coloured),
            "推動\u{1b}[1;31m光伏\u{1b}[0m產\u{1b}[1;31m業\u{1b}[0m"
        );
        assert_eq!(highlighted(&shown, &plain), "推動光伏產業");
    }

    #[test]
    fn json_positions_index_the_characters_of_text() {
        let report = load::embedded().expect("embedded dataset");
        let index = Index::build(&report);
        let reports = [StoredReport::decoded(report, None)];
        let (json, _) = search(
            &reports,
            || index,
            "gfcy",
            &output(SearchFormat::Json, true),
        )
        .expect("search");
        let rows: serde_json::Value = serde_json::from_str(&json).expect("json");
        let rows = rows.as_array().expect("array");
        assert_eq!(rows.len(), 5);
        let mut highlighted_rows = 0;
        for row in rows {
            assert!(row["kind"].is_string() && row["section"].is_string());
            assert!(row["score"].is_i64());
            let text: Vec<char> = row["text"].as_str().expect("text").chars().collect();
            let shown: String = row["positions"]
                .as_array()
                .expect("positions")
                .iter()
                .filter_map(|p| text.get(p.as_u64()? as usize))
                .collect();
            if shown.is_empty() {
                // A figure found by its subject, which the quote does not hold.
                assert!(["target", "result"].contains(&row["kind"].as_str().unwrap_or("")));
            } else {
                assert_eq!(shown, "光伏產業");
                highlighted_rows += 1;
            }
        }
        assert!(highlighted_rows >= 1);
    }

    #[test]
    fn an_empty_query_is_an_error() {
        let report = load::embedded().expect("embedded dataset");
        let index = Index::build(&report);
        let reports = [StoredReport::decoded(report, None)];
        assert!(
            search(
                &reports,
                || index,
                " \u{3000}",
                &output(SearchFormat::Json, false)
            )
            .is_err()
        );
    }
}
