//! `outline` and `show`.

use baogao::load;
use baogao::model::Section;
use baogao::text::{PARAGRAPH_INDENT, width};

use crate::{baogao, baogao_with};

/// The text of `show` output with line breaks and paragraph indents removed.
fn unwrapped(out: &str) -> String {
    out.lines()
        .map(|l| l.strip_prefix(PARAGRAPH_INDENT).unwrap_or(l))
        .collect()
}

#[test]
fn outline_lists_ids_labels_and_titles() {
    let report = load::embedded().expect("embedded dataset");
    let out = baogao(&["outline"]).ok();
    for (_, section) in report.walk() {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(section.id.as_str()))
            .unwrap_or_else(|| panic!("{} not listed", section.id));
        let heading: String = section.heading().chars().take(6).collect();
        assert!(line.contains(&heading), "{line}");
    }
    assert!(out.contains("一、錨定共富典范"));
}

#[test]
fn outline_depth_limits_the_levels() {
    let report = load::embedded().expect("embedded dataset");
    let one = baogao(&["outline", "--depth", "1"]).ok();
    assert_eq!(one.lines().count(), report.sections.len() + 2);
    let two = baogao(&["outline", "--depth", "2"]).ok();
    assert!(two.contains("tasks-2023-1 "));
    assert!(!two.contains("tasks-2023-1-1 "));
    assert_eq!(baogao(&["outline", "--depth", "0"]).code, 2);
}

#[test]
fn show_finds_a_section_by_id_path_or_title() {
    let report = load::embedded().expect("embedded dataset");
    let investment = report
        .section("review-2022-investment")
        .expect("section in the dataset");
    for query in [
        "review-2022-investment",
        "2022/全力擴大有效投資",
        "全力擴大有效投資",
        "擴大有效",
        "全力扩大有效投资",
    ] {
        let out = baogao(&["show", query]).ok();
        assert!(out.starts_with("全力擴大有效投資\n"), "{query}: {out}");
        assert!(
            unwrapped(&out).contains(&investment.paragraphs[0]),
            "{query}"
        );
    }
    let nested = baogao(&["show", "2023/一/(一)"]).ok();
    assert!(nested.starts_with("(一)聚焦實體經濟,推動綜合實力取得新突破\n"));
}

#[test]
fn show_includes_every_sub_section_without_losing_text() {
    fn subtree<'a>(section: &'a Section, out: &mut Vec<&'a Section>) {
        out.push(section);
        for child in &section.children {
            subtree(child, out);
        }
    }
    let report = load::embedded().expect("embedded dataset");
    let mut sections = Vec::new();
    subtree(
        report
            .section("tasks-2023-1")
            .expect("section in the dataset"),
        &mut sections,
    );
    assert!(sections.len() > 10);
    let out = unwrapped(&baogao(&["show", "tasks-2023-1"]).ok());
    let mut at = 0;
    for s in sections {
        for paragraph in &s.paragraphs {
            let found = out[at..]
                .find(paragraph.as_str())
                .unwrap_or_else(|| panic!("paragraph of {} missing or out of order", s.id));
            at += found + paragraph.len();
        }
    }
}

#[test]
fn show_wraps_to_columns_and_indents_paragraphs() {
    for columns in [40, 72] {
        let limit = columns.to_string();
        let out = baogao_with(&["show", "tasks-2023-expected"], &[("COLUMNS", &limit)]).ok();
        assert!(out.lines().all(|l| width(l) <= columns), "{out}");
        assert!(
            out.lines()
                .filter(|l| l.starts_with(PARAGRAPH_INDENT))
                .count()
                >= 1
        );
        assert!(
            out.lines().any(|l| width(l) > columns - 4),
            "lines fill the width"
        );
    }
}

#[test]
fn an_unknown_section_exits_2_with_a_message() {
    let run = baogao(&["show", "無此章節"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no section matches"), "{}", run.stderr);
}

#[test]
fn an_ambiguous_section_lists_the_candidates_and_exits_2() {
    let run = baogao(&["show", "強化"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    for id in ["tasks-2023-1-1-4", "tasks-2023-1-2-3", "tasks-2023-3-2-3"] {
        assert!(run.stderr.contains(id), "{id} not listed: {}", run.stderr);
    }
}
