//! A [`Table`] as a Markdown table or as RFC 4180 CSV.

use crate::i18n::Lang;

use super::table::Table;

/// The language of the formatted values (`display`) in JSON and CSV: they are data, the same
/// whatever language the interface speaks.
pub const DATA_LANG: Lang = Lang::En;

/// The byte-order mark some spreadsheet programs need to read UTF-8 CSV.
const BOM: &str = "\u{feff}";

/// A Markdown (GFM) table, cells uncut, `|` and `\` escaped.
pub fn markdown(table: &Table) -> String {
    let mut out = markdown_row(&table.headers);
    out.push_str(&markdown_row(&vec!["---".to_string(); table.headers.len()]));
    for row in &table.rows {
        out.push_str(&markdown_row(row));
    }
    out
}

fn markdown_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| c.replace('\\', "\\\\").replace('|', "\\|"))
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold `,`, `"`, CR or
/// LF (quotes doubled); with `bom`, a byte-order mark first.
pub fn csv(table: &Table, bom: bool) -> String {
    let mut out = String::from(if bom { BOM } else { "" });
    for row in std::iter::once(&table.headers).chain(&table.rows) {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut table = Table::new(&["subject", "quote"]);
        table.push(vec!["R&D|比重".into(), "確保6%以上,力爭8%".into()]);
        table.push(vec!["國家級專精特新“小巨人”".into(), "say \"hi\"".into()]);
        table
    }

    #[test]
    fn markdown_escapes_pipes_and_has_a_delimiter_row() {
        let md = markdown(&sample());
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(lines[0], "| subject | quote |");
        assert_eq!(lines[1], "| --- | --- |");
        assert_eq!(lines[2], "| R&D\\|比重 | 確保6%以上,力爭8% |");
    }

    #[test]
    fn csv_quotes_only_fields_that_need_it() {
        let text = csv(&sample(), false);
        assert_eq!(
            text,
            "subject,quote\r\nR&D|比重,\"確保6%以上,力爭8%\"\r\n國家級專精特新“小巨人”,\"say \"\"hi\"\"\"\r\n"
        );
    }

    #[test]
    fn csv_starts_with_a_bom_only_when_asked() {
        assert!(csv(&sample(), true).starts_with('\u{feff}'));
        assert!(csv(&sample(), false).starts_with("subject"));
    }
}
