//! `baogao outline`: the section tree with ids, labels and titles.

use crate::i18n::Msg;
use crate::model::Report;
use crate::text::{sanitize, truncate};

use super::table::Table;
use super::term::Term;

/// How far each level is indented in the title column.
const INDENT: &str = "  ";

/// Each report's title, then a table of its sections (id, then the indented heading) down to
/// `depth` levels (all when `None`), cut to the terminal width unless `wide`, headers in the
/// terminal's language.
pub fn outline(reports: &[Report], depth: Option<u16>, wide: bool, term: &Term) -> String {
    let limit = (!wide).then_some(term.columns);
    let mut out = String::new();
    for (n, report) in reports.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let title = sanitize(&report.title);
        let title = match limit {
            Some(columns) => truncate(&title, columns).into_owned(),
            None => title.into_owned(),
        };
        out.push_str(&term.bold(&title));
        out.push('\n');
        let lang = term.lang;
        let mut table = Table::new(&[lang.text(Msg::ColId), lang.text(Msg::ColSection)]);
        for (level, section) in report.walk() {
            if depth.is_some_and(|d| level >= usize::from(d)) {
                continue;
            }
            table.push(vec![
                section.id.clone(),
                format!("{}{}", INDENT.repeat(level), section.heading()),
            ]);
        }
        out.push_str(&table.render(limit, term));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::load;

    const PLAIN: Term = Term {
        columns: 80,
        color: false,
        lang: Lang::En,
    };

    #[test]
    fn the_outline_lists_every_section_indented_by_depth() {
        let report = load::embedded().expect("embedded dataset");
        let count = report.walk().len();
        let out = outline(std::slice::from_ref(&report), None, true, &PLAIN);
        assert_eq!(out.lines().count(), count + 2, "title, header, sections");
        let line = out
            .lines()
            .find(|l| l.starts_with("tasks-2023-1-1 "))
            .expect("tasks-2023-1-1 listed");
        assert!(
            line.ends_with("    (一)聚焦實體經濟,推動綜合實力取得新突破"),
            "{line}"
        );
    }

    #[test]
    fn depth_keeps_only_the_upper_levels() {
        let report = load::embedded().expect("embedded dataset");
        let top = report.sections.len();
        let out = outline(std::slice::from_ref(&report), Some(1), true, &PLAIN);
        assert_eq!(out.lines().count(), top + 2);
        assert!(!out.contains("tasks-2023-1 "));
    }
}
