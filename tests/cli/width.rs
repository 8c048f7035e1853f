//! Tables fit COLUMNS by display width and stay aligned.

use baogao::figure_format::{committed_value, target_group};
use baogao::i18n::Lang;
use baogao::load;
use baogao::model::Report;
use baogao::text::{char_width, width};

use crate::baogao_with;

/// The display column at which each header word starts (header cells are single words).
fn header_starts(header: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut column = 0;
    let mut previous = ' ';
    for c in header.chars() {
        if c != ' ' && previous == ' ' {
            starts.push(column);
        }
        column += char_width(c);
        previous = c;
    }
    starts
}

/// The cells of `line` between the given start columns, trailing spaces trimmed; panics if a
/// wide character straddles a column start.
fn cells(line: &str, starts: &[usize]) -> Vec<String> {
    let mut cells = vec![String::new(); starts.len()];
    let mut column = 0;
    for c in line.chars() {
        let index = starts.iter().rposition(|&s| s <= column).unwrap_or(0);
        assert!(
            starts
                .iter()
                .all(|&s| s <= column || s >= column + char_width(c)),
            "{c:?} straddles a column start in {line}"
        );
        cells[index].push(c);
        column += char_width(c);
    }
    cells.iter().map(|c| c.trim_end().to_string()).collect()
}

/// True when `cell` is `whole`, or a prefix of it cut with `…`.
fn is_cut_from(cell: &str, whole: &str) -> bool {
    cell == whole
        || cell
            .strip_suffix('…')
            .is_some_and(|prefix| whole.starts_with(prefix))
}

/// Every line within `limit`; every row's cells starting at the header's columns, each cell
/// separated by at least two spaces.
fn assert_fits_and_aligns(out: &str, limit: usize) -> Vec<Vec<String>> {
    for line in out.lines() {
        assert!(width(line) <= limit, "{} > {limit}: {line}", width(line));
    }
    let mut lines = out.lines();
    let header = lines.next().expect("a header line");
    let starts = header_starts(header);
    assert!(starts.len() >= 2, "{header}");
    lines
        .map(|line| {
            let row = cells(line, &starts);
            for (i, cell) in row.iter().enumerate().skip(1) {
                let before = &row[i - 1];
                if !cell.is_empty() && !before.is_empty() {
                    let gap = starts[i] - starts[i - 1] - width(before);
                    assert!(gap >= 2, "cells run together in {line}");
                }
                assert!(!cell.starts_with(' ') || i == row.len() - 1, "{line}");
            }
            row
        })
        .collect()
}

fn section_titles(report: &Report) -> Vec<String> {
    report.walk().iter().map(|(_, s)| s.title.clone()).collect()
}

#[test]
fn targets_tables_fit_60_and_100_columns_and_align() {
    let report = load::embedded().expect("embedded dataset");
    let titles = section_titles(&report);
    for columns in [60, 100] {
        let limit = columns.to_string();
        let out = baogao_with(&["targets"], &[("COLUMNS", limit.as_str())]).ok();
        let rows = assert_fits_and_aligns(&out, columns);
        assert!(rows.len() > 50);
        for row in &rows {
            let explained = report.targets.iter().any(|t| {
                is_cut_from(&row[0], &t.subject)
                    && is_cut_from(
                        &row[1],
                        &committed_value(&target_group(&report, t), Lang::En),
                    )
            });
            assert!(explained, "no target gives {row:?} at {columns}");
            assert!(
                titles.iter().any(|t| is_cut_from(&row[3], t)),
                "{:?}",
                row[3]
            );
        }
    }
}

#[test]
fn results_and_pairs_fit_60_and_100_columns_and_align() {
    let report = load::embedded().expect("embedded dataset");
    for columns in [60, 100] {
        let limit = columns.to_string();
        let env = [("COLUMNS", limit.as_str())];
        let results = baogao_with(&["targets", "--results"], &env).ok();
        let rows = assert_fits_and_aligns(&results, columns);
        assert_eq!(rows.len(), report.results.len());
        for (row, result) in rows.iter().zip(&report.results) {
            assert!(is_cut_from(&row[0], &result.subject), "{:?}", row[0]);
        }
        let both = baogao_with(&["targets", "--both"], &env).ok();
        for row in assert_fits_and_aligns(&both, columns) {
            assert!(!row[2].is_empty(), "a pair without its result: {row:?}");
        }
    }
}

#[test]
fn the_outline_fits_60_and_100_columns_and_indents_by_depth() {
    let report = load::embedded().expect("embedded dataset");
    let sections = report.walk();
    for columns in [60, 100] {
        let limit = columns.to_string();
        let out = baogao_with(&["outline"], &[("COLUMNS", limit.as_str())]).ok();
        let (title, table) = out.split_once('\n').expect("a title line");
        assert_eq!(title, report.title);
        let rows = assert_fits_and_aligns(table, columns);
        assert_eq!(rows.len(), sections.len());
        for (row, (depth, section)) in rows.iter().zip(&sections) {
            assert_eq!(row[0], section.id);
            let indent = "  ".repeat(*depth);
            let heading = row[1].strip_prefix(&indent).expect("indented by depth");
            assert!(is_cut_from(heading, &section.heading()), "{heading:?}");
        }
    }
}
