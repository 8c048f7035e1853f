//! `baogao show SECTION`: a section's text with its sub-sections, wrapped like the TUI wraps it.

use crate::model::{Report, Section, TitleKind};
use crate::text::{PARAGRAPH_INDENT, sanitize, wrap};

use super::locate::locate;
use super::term::Term;

/// What `show` found for a query.
#[derive(Debug, PartialEq, Eq)]
pub enum Shown {
    /// The one section's text, ready to print.
    Text(String),
    /// Several sections match: a line per candidate, `id  heading` (prefixed by the report id
    /// when several reports are open).
    Ambiguous(Vec<String>),
    /// No section matches.
    Unknown,
}

/// Finds `query` in the reports and renders it, or says why not.
pub fn show(reports: &[Report], query: &str, term: &Term) -> Shown {
    let found: Vec<(&Report, &Section)> = reports
        .iter()
        .flat_map(|r| locate(r, query).into_iter().map(move |s| (r, s)))
        .collect();
    match found[..] {
        [] => Shown::Unknown,
        [(_, section)] => Shown::Text(render(section, term)),
        _ => Shown::Ambiguous(
            found
                .iter()
                .map(|(report, section)| {
                    let place = if reports.len() > 1 {
                        format!("{}:{}", report.id, section.id)
                    } else {
                        section.id.clone()
                    };
                    sanitize(&format!("{place}  {}", section.heading())).into_owned()
                })
                .collect(),
        ),
    }
}

/// The section and its descendants: each heading in bold, each paragraph wrapped to the
/// terminal width with its first line indented; a blank line before every section but the
/// first. A lead title (the phrase opening the first paragraph) is not repeated as a heading:
/// the phrase itself is bold.
pub fn render(section: &Section, term: &Term) -> String {
    let mut out = String::new();
    let mut pending = vec![section];
    while let Some(current) = pending.pop() {
        if !out.is_empty() {
            out.push('\n');
        }
        let lead = current.title_kind == TitleKind::Lead;
        if !lead {
            let heading = sanitize(&current.heading()).into_owned();
            for line in wrap(&heading, term.columns, false) {
                out.push_str(&term.bold(line.visible(&heading)));
                out.push('\n');
            }
        }
        for (n, paragraph) in current.paragraphs.iter().enumerate() {
            let bold_end = if lead && n == 0 {
                sanitize(&current.title).len()
            } else {
                0
            };
            push_paragraph(&mut out, &sanitize(paragraph), bold_end, term);
        }
        pending.extend(current.children.iter().rev());
    }
    out
}

/// Appends a wrapped paragraph, its bytes before `bold_end` in bold.
fn push_paragraph(out: &mut String, paragraph: &str, bold_end: usize, term: &Term) {
    for line in wrap(paragraph, term.columns, true) {
        if line.indented {
            out.push_str(PARAGRAPH_INDENT);
        }
        let visible = line.visible(paragraph);
        let end = line.range.start + visible.len();
        let split = bold_end.clamp(line.range.start, end);
        match (
            paragraph.get(line.range.start..split),
            paragraph.get(split..end),
        ) {
            (Some(bold), Some(rest)) => {
                out.push_str(&term.bold(bold));
                out.push_str(rest);
            }
            _ => out.push_str(visible),
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::load;
    use crate::text::width;

    fn term(columns: usize) -> Term {
        Term {
            columns,
            color: false,
            lang: Lang::En,
        }
    }

    #[test]
    fn show_prints_the_section_then_its_children_in_order() {
        let report = load::embedded().expect("embedded dataset");
        let Shown::Text(text) = show(std::slice::from_ref(&report), "tasks-2023-1-1", &term(60))
        else {
            panic!("tasks-2023-1-1 not shown");
        };
        let first = text.find("(一)聚焦實體經濟").expect("own heading");
        let child = text.find("著力推動“智造強區”建設").expect("first child");
        let last = text.find("強化科技創新支撐").expect("last child");
        assert!(first < child && child < last);
        assert!(text.lines().all(|l| width(l) <= 60));
        assert!(text.lines().any(|l| l.starts_with(PARAGRAPH_INDENT)));
    }

    #[test]
    fn a_lead_title_is_bold_in_its_paragraph_not_repeated() {
        let report = load::embedded().expect("embedded dataset");
        let coloured = Term {
            columns: 80,
            color: true,
            lang: Lang::En,
        };
        let Shown::Text(text) = show(std::slice::from_ref(&report), "tasks-2023-1-1-1", &coloured)
        else {
            panic!("tasks-2023-1-1-1 not shown");
        };
        assert_eq!(text.matches("著力推動“智造強區”建設").count(), 1, "{text}");
        assert!(text.starts_with("\u{3000}\u{3000}\u{1b}[1m著力推動“智造強區”建設\u{1b}[0m。"));
    }

    #[test]
    fn ambiguous_queries_list_the_candidates() {
        let report = load::embedded().expect("embedded dataset");
        match show(std::slice::from_ref(&report), "強化", &term(80)) {
            Shown::Ambiguous(lines) => {
                assert!(lines.len() > 1);
                assert!(lines.iter().any(|l| l.starts_with("tasks-2023-1-1-4  ")));
            }
            other => panic!("expected candidates, got {other:?}"),
        }
    }

    #[test]
    fn unknown_queries_say_so() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(
            show(std::slice::from_ref(&report), "無此章節", &term(80)),
            Shown::Unknown
        );
    }
}
