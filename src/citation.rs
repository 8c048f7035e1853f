//! A quotation with where it comes from, as one line to paste into a chat or a note:
//! `光伏新能源產業產值 力爭 ≥ 600 億元 — 2023年嘉興市秀洲區政府工作報告 › 2023年工作任務 › …`.
//! The CLI (`baogao targets --cite`) and the explorer's copy keys build it here.

use crate::figure_format::{committed_value, target_group};
use crate::model::{Figure, Report, Section};
use crate::text::sanitize;

/// What joins the quoted text and its source.
pub const DASH: &str = " — ";
/// What joins the report title and the headings of the section path.
pub const PATH_SEPARATOR: &str = " › ";

/// The sections from the top of the report down to the one with `id` (empty when no section
/// has that id).
pub fn section_path<'a>(report: &'a Report, id: &str) -> Vec<&'a Section> {
    fn find<'a>(sections: &'a [Section], id: &str, path: &mut Vec<&'a Section>) -> bool {
        for section in sections {
            path.push(section);
            if section.id == id || find(&section.children, id, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    find(&report.sections, id, &mut path);
    path
}

/// Where a quotation comes from: the report title, then the headings down to the section.
pub fn source(report: &Report, section_id: &str) -> String {
    let mut parts = vec![report.title.clone()];
    parts.extend(section_path(report, section_id).iter().map(|s| s.heading()));
    one_line(&parts.join(PATH_SEPARATOR))
}

/// `text — source`: any text of the report (a sentence, a paragraph, a heading) with where it
/// is. Safe to paste or print: no control characters, no line breaks.
pub fn cite(text: &str, report: &Report, section_id: &str) -> String {
    format!(
        "{}{DASH}{}",
        one_line(text.trim()),
        source(report, section_id)
    )
}

/// A target or result as its subject and value (`光伏新能源產業產值 力爭 ≥ 600 億元`, targets of
/// one indicator together) with where it is quoted from.
pub fn cite_figure(report: &Report, figure: &Figure) -> String {
    // A citation quotes the report: its commitment words in the report's own script.
    let lang = crate::i18n::Lang::of_script(report.script);
    let value = if report.targets.iter().any(|t| t.id == figure.id) {
        committed_value(&target_group(report, figure), lang)
    } else {
        committed_value(&[figure], lang)
    };
    cite(
        &format!("{} {value}", figure.subject),
        report,
        &figure.section,
    )
}

/// A quoted figure's own words as the report wrote them, with where they are.
pub fn cite_quote(report: &Report, figure: &Figure) -> String {
    cite(&figure.quote, report, &figure.section)
}

/// Text safe to copy: line breaks and tabs become spaces, every other control character is
/// made visible by [`sanitize`].
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c })
        .collect();
    sanitize(&spaced).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn figure<'a>(report: &'a Report, subject: &str) -> &'a Figure {
        report
            .targets
            .iter()
            .find(|t| t.subject == subject)
            .unwrap_or_else(|| panic!("no target {subject}"))
    }

    #[test]
    fn a_target_is_cited_with_its_commitment_report_and_section_path() {
        let report = load::embedded().expect("embedded");
        let line = cite_figure(&report, figure(&report, "光伏新能源產業產值"));
        assert!(
            line.starts_with(
                "光伏新能源產業產值 力爭 ≥ 600 億元 — 2023年嘉興市秀洲區政府工作報告 › "
            ),
            "{line}"
        );
        assert!(
            line.ends_with(" › (三)高能級打造全球先進制造業基地"),
            "{line}"
        );
        assert_eq!(line.matches(DASH).count(), 1, "{line}");
    }

    #[test]
    fn targets_of_one_indicator_are_cited_together() {
        let report = load::embedded().expect("embedded");
        let line = cite_figure(&report, figure(&report, "地區生產總值增長"));
        assert!(
            line.starts_with("地區生產總值增長 ≥ 6% · 力爭 8% — "),
            "{line}"
        );
        assert!(line.ends_with("主要預期目標"), "{line}");
    }

    #[test]
    fn the_path_runs_from_the_top_section_down() {
        let report = load::embedded().expect("embedded");
        let headings: Vec<String> = section_path(&report, "tasks-2023-2-3")
            .iter()
            .map(|s| s.heading())
            .collect();
        assert_eq!(headings.len(), 3, "{headings:?}");
        assert_eq!(headings[0], "2023年工作任務");
        assert!(headings[1].starts_with("二、"));
        assert!(section_path(&report, "no-such-section").is_empty());
    }

    #[test]
    fn copied_text_holds_no_control_characters() {
        let report = load::embedded().expect("embedded");
        let line = cite("a\u{1b}]52;c;x\u{7}\nb\u{9b}", &report, "intro");
        assert!(!line.chars().any(char::is_control), "{line:?}");
        assert!(line.starts_with("a␛]52;c;x␇ b"), "{line:?}");
    }
}
