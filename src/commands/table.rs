//! The one table type behind every tabular output: aligned by display width for the
//! terminal, cut with `…` to fit, or handed to the Markdown and CSV writers.

use crate::columns::fit;
use crate::text::{pad_right, sanitize, truncate, width};

use super::term::Term;

/// What separates two columns on the terminal.
const GAP: &str = "  ";

/// A header row and data rows of sanitised cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column names.
    pub headers: Vec<String>,
    /// Data rows, each with one cell per header.
    pub rows: Vec<Vec<String>>,
    /// Columns cut only when the others cannot make room (short values such as figures).
    keep: Vec<bool>,
}

impl Table {
    /// A table with these column names and no rows.
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| sanitize(h).into_owned()).collect(),
            rows: Vec::new(),
            keep: vec![false; headers.len()],
        }
    }

    /// Marks the columns named `headers` to be kept whole while the other columns can give way.
    pub fn keep_whole(mut self, headers: &[&str]) -> Table {
        for (keep, header) in self.keep.iter_mut().zip(&self.headers) {
            *keep = headers.contains(&header.as_str());
        }
        self
    }

    /// Adds a row, sanitising every cell and padding or cutting it to the header's length.
    pub fn push(&mut self, cells: Vec<String>) {
        let mut row: Vec<String> = cells
            .into_iter()
            .map(|c| sanitize(&c).into_owned())
            .collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    /// The widest cell of each column, in display columns.
    fn natural_widths(&self) -> Vec<usize> {
        (0..self.headers.len())
            .map(|i| {
                std::iter::once(&self.headers)
                    .chain(&self.rows)
                    .map(|row| width(&row[i]))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// The display width of the widest line [`Table::render`] writes when nothing is cut.
    pub fn natural_width(&self) -> usize {
        let gaps = width(GAP) * self.headers.len().saturating_sub(1);
        self.natural_widths().iter().sum::<usize>() + gaps
    }

    /// Lines of aligned columns no wider than `limit` display columns (`None`: never cut),
    /// the header in bold when `term` allows colour.
    pub fn render(&self, limit: Option<usize>, term: &Term) -> String {
        let natural = self.natural_widths();
        let widths = match limit {
            Some(limit) => {
                let gaps = width(GAP) * self.headers.len().saturating_sub(1);
                fit(&natural, &self.keep, limit.saturating_sub(gaps))
            }
            None => natural,
        };
        let mut out = term.bold(&line(&self.headers, &widths));
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row, &widths));
            out.push('\n');
        }
        out
    }
}

/// One row: every cell cut and padded to its column, the last one not padded.
fn line(cells: &[String], widths: &[usize]) -> String {
    let last = cells.len().saturating_sub(1);
    let mut out = String::new();
    for (i, (cell, &w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            out.push_str(GAP);
        }
        if i == last {
            out.push_str(&truncate(cell, w));
        } else {
            out.push_str(&pad_right(cell, w));
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const PLAIN: Term = Term {
        columns: 80,
        color: false,
        lang: Lang::En,
    };

    fn sample() -> Table {
        let mut table = Table::new(&["subject", "target", "section"]);
        table.push(vec![
            "光伏新能源產業產值".into(),
            "≥ 600 億元".into(),
            "高能級打造全球先進制造業基地".into(),
        ]);
        table.push(vec![
            "PM2.5均值".into(),
            "≤ 28 微克/立方米".into(),
            "踐行綠色發展理念".into(),
        ]);
        table
    }

    /// The display column where each cell of `line` starts, given the cells' texts.
    fn starts(line: &str, cells: &[&str]) -> Vec<usize> {
        let mut at = Vec::new();
        let mut rest = line;
        let mut consumed = 0;
        for cell in cells {
            let i = rest
                .find(cell)
                .unwrap_or_else(|| panic!("{cell} not in {line}"));
            consumed += width(&rest[..i]);
            at.push(consumed);
            consumed += width(cell);
            rest = &rest[i + cell.len()..];
        }
        at
    }

    #[test]
    fn columns_align_by_display_width() {
        let rendered = sample().render(None, &PLAIN);
        let lines: Vec<&str> = rendered.lines().collect();
        let header = starts(lines[0], &["subject", "target", "section"]);
        assert_eq!(
            starts(lines[1], &["光伏新能源產業產值", "≥ 600 億元", "高能級"]),
            header
        );
        assert_eq!(starts(lines[2], &["PM2.5均值", "≤ 28", "踐行"]), header);
    }

    #[test]
    fn a_limited_table_cuts_cells_with_an_ellipsis_and_fits() {
        let rendered = sample().render(Some(40), &PLAIN);
        for line in rendered.lines() {
            assert!(width(line) <= 40, "{line}");
        }
        assert!(rendered.contains('…'));
        assert!(
            rendered.contains("≥ 600 億元"),
            "the short column is kept whole"
        );
    }

    #[test]
    fn cells_are_sanitised_and_rows_completed() {
        let mut table = Table::new(&["a", "b"]);
        table.push(vec!["x\u{1b}[31m".into()]);
        assert_eq!(table.rows[0], vec!["x␛[31m".to_string(), String::new()]);
    }

    #[test]
    fn the_header_is_bold_only_with_colour() {
        let coloured = Term {
            columns: 80,
            color: true,
            lang: Lang::En,
        };
        assert!(
            sample()
                .render(None, &coloured)
                .starts_with("\u{1b}[1msubject")
        );
        assert!(!sample().render(None, &PLAIN).contains('\u{1b}'));
    }

    #[test]
    fn the_natural_width_is_the_widest_uncut_line() {
        let table = sample();
        let widest = table.render(None, &PLAIN).lines().map(width).max();
        assert_eq!(Some(table.natural_width()), widest);
    }
}
