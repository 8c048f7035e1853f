//! Finding a section from what a user typed: an id, a path of labels and title starts such
//! as `2023/一/(一)`, or a fragment of a title.

use crate::model::{Report, Section};
use crate::search::fold_str;

/// The sections `query` names, in reading order: one when it is clear, several when it is
/// ambiguous, none when nothing matches.
///
/// An exact id wins. A query with `/` is a path: each segment matches, among the children
/// of the previous segment's sections (the top-level sections first), a label (`一`, `一、`,
/// `(一)` or `（一）`) or else the start of a title. A query without `/` is first tried as a
/// one-segment path, then as a fragment of any title; an exact title beats fragments. Titles
/// compare in search form ([`fold_str`]), so Simplified finds Traditional.
pub fn locate<'a>(report: &'a Report, query: &str) -> Vec<&'a Section> {
    let query = query.trim();
    let all: Vec<&Section> = report.walk().into_iter().map(|(_, s)| s).collect();
    if let Some(section) = all.iter().find(|s| s.id == query) {
        return vec![section];
    }
    let by_path = follow_path(&report.sections, query);
    if query.contains('/') || !by_path.is_empty() {
        return by_path;
    }
    let folded = fold_str(query);
    let exact: Vec<&Section> = all
        .iter()
        .copied()
        .filter(|s| fold_str(&s.title) == folded)
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    all.into_iter()
        .filter(|s| fold_str(&s.heading()).contains(&folded))
        .collect()
}

/// The sections reached by following the `/`-separated segments of `path` down from `top`.
fn follow_path<'a>(top: &'a [Section], path: &str) -> Vec<&'a Section> {
    let mut level: Vec<&Section> = top.iter().collect();
    let mut matched = Vec::new();
    for segment in path.split('/').map(str::trim).filter(|s| !s.is_empty()) {
        matched = matching_segment(&level, segment);
        level = matched.iter().flat_map(|s| &s.children).collect();
    }
    matched
}

/// The sections of `level` whose label is `segment`, or else whose title starts with it.
fn matching_segment<'a>(level: &[&'a Section], segment: &str) -> Vec<&'a Section> {
    let wanted = normal_label(segment);
    let by_label: Vec<&Section> = level
        .iter()
        .copied()
        .filter(|s| {
            s.label
                .as_deref()
                .is_some_and(|l| normal_label(l) == wanted)
        })
        .collect();
    if !by_label.is_empty() {
        return by_label;
    }
    let folded = fold_str(segment);
    level
        .iter()
        .copied()
        .filter(|s| fold_str(&s.title).starts_with(&folded))
        .collect()
}

/// A label without its trailing comma and with ASCII parentheses: `一、` → `一`, `（一）` → `(一)`.
fn normal_label(label: &str) -> String {
    label
        .trim()
        .trim_end_matches(['、', '.', '．'])
        .replace('（', "(")
        .replace('）', ")")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn ids(report: &Report, query: &str) -> Vec<String> {
        locate(report, query).iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn ids_paths_and_titles_name_sections() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(ids(&report, "tasks-2023-1-2"), ["tasks-2023-1-2"]);
        assert_eq!(ids(&report, "2023/一/(一)"), ["tasks-2023-1-1"]);
        assert_eq!(ids(&report, "2023/一、/（一）"), ["tasks-2023-1-1"]);
        assert_eq!(
            ids(&report, "2022/全力擴大有效投資"),
            ["review-2022-investment"]
        );
        assert_eq!(ids(&report, "全力擴大有效投資"), ["review-2022-investment"]);
        assert_eq!(ids(&report, "2023"), ["tasks-2023"]);
    }

    #[test]
    fn simplified_titles_find_traditional_sections() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(ids(&report, "全力扩大有效投资"), ["review-2022-investment"]);
        assert_eq!(ids(&report, "2022/全力扩大"), ["review-2022-investment"]);
    }

    #[test]
    fn a_fragment_in_several_titles_is_ambiguous() {
        let report = load::embedded().expect("embedded dataset");
        assert!(ids(&report, "強化").len() > 1);
        assert!(
            ids(&report, "2023/(一)").is_empty(),
            "(一) is not a child of 2023"
        );
    }

    #[test]
    fn unknown_sections_match_nothing() {
        let report = load::embedded().expect("embedded dataset");
        assert!(ids(&report, "no such section").is_empty());
        assert!(ids(&report, "2023/九").is_empty());
        assert!(ids(&report, "/").is_empty());
    }
}
