//! Which targets and results a query names: the search engine's matches on their quote and
//! subject, plus category matches. Shared by `baogao targets` and the explorer's table filter.

use super::{Index, Kind, fold_str};
use crate::model::{Category, Figure, Report};

/// The category whose English name (`innovation`, `services-consumption`) or Chinese label
/// (`科技創新`) is `name`, compared in search form: either script, any case or width, `_` or a
/// space for `-`.
pub fn category_named(name: &str) -> Option<Category> {
    let wanted = fold_category_name(name);
    Category::ALL
        .into_iter()
        .find(|c| c.slug() == wanted || fold_category_name(c.zh()) == wanted)
}

/// A category name or query in the form names are compared in.
fn fold_category_name(name: &str) -> String {
    fold_str(name.trim())
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect()
}

/// For each target and each result of a report, whether the query matched it, and the
/// matched ones best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureMatches {
    /// Indexed like `report.targets`.
    pub targets: Vec<bool>,
    /// Indexed like `report.results`.
    pub results: Vec<bool>,
    /// The matched targets (indices into `report.targets`), best first: those linked to an
    /// indicator the query names, then by the search's ranking, then category matches in
    /// report order.
    pub ranked_targets: Vec<usize>,
    /// The matched results, in the same order.
    pub ranked_results: Vec<usize>,
}

impl FigureMatches {
    /// No figure of `report` matched yet.
    fn none(report: &Report) -> Self {
        FigureMatches {
            targets: vec![false; report.targets.len()],
            results: vec![false; report.results.len()],
            ranked_targets: Vec::new(),
            ranked_results: Vec::new(),
        }
    }

    /// Counts figure `figure` of `kind` as matched, after those matched before.
    fn add(&mut self, kind: Kind, figure: usize) {
        let (flags, ranked) = match kind {
            Kind::Target => (&mut self.targets, &mut self.ranked_targets),
            Kind::Result => (&mut self.results, &mut self.ranked_results),
            Kind::Heading | Kind::Sentence => return,
        };
        if let Some(flag) = flags.get_mut(figure).filter(|flag| !**flag) {
            *flag = true;
            ranked.push(figure);
        }
    }
}

/// The figures of `report` (number `number` in `index`) a query names, best first, by the
/// search engine's rules (fuzzy, Simplified or Traditional, pinyin for Latin letters, the
/// figures of a named indicator first; see the module) applied to their quote and subject,
/// then those whose category label contains the query (in either script) or whose category's
/// English name is the query (compared as [`category_named`] compares). Every figure, in
/// report order, when the query is blank.
pub fn figures_matching(
    report: &Report,
    number: usize,
    index: &Index,
    query: &str,
) -> FigureMatches {
    let query = query.trim();
    let mut found = FigureMatches::none(report);
    let folded = fold_category_name(query);
    let in_category = |f: &Figure| {
        query.is_empty()
            || f.category.slug() == folded
            || fold_category_name(f.category.zh()).contains(&folded)
    };
    for hit in index.search(query) {
        if let Some(item) = index.item(hit.item).filter(|item| item.report == number)
            && let Some(figure) = item.figure
        {
            found.add(item.kind, figure);
        }
    }
    for (kind, figures) in [
        (Kind::Target, &report.targets),
        (Kind::Result, &report.results),
    ] {
        for (i, figure) in figures.iter().enumerate() {
            if in_category(figure) {
                found.add(kind, i);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn the_figures_of_a_named_indicator_rank_first() {
        let report = load::embedded().expect("embedded dataset");
        let index = Index::build(&report);
        let found = figures_matching(&report, 0, &index, "财政收入");
        let first = found.ranked_targets.first().map(|&i| &report.targets[i]);
        assert_eq!(
            first.and_then(|t| t.indicator.as_deref()),
            Some("budget-revenue-growth")
        );
        for (flags, ranked) in [
            (&found.targets, &found.ranked_targets),
            (&found.results, &found.ranked_results),
        ] {
            let mut listed = ranked.clone();
            listed.sort_unstable();
            let flagged: Vec<usize> = (0..flags.len()).filter(|&i| flags[i]).collect();
            assert_eq!(listed, flagged, "every match ranked once");
        }
    }

    #[test]
    fn category_matches_follow_the_text_matches_and_a_blank_query_keeps_report_order() {
        let report = load::embedded().expect("embedded dataset");
        let index = Index::build(&report);
        let found = figures_matching(&report, 0, &index, "就业");
        let jobs = found.ranked_targets.first().map(|&i| &report.targets[i]);
        assert_eq!(
            jobs.and_then(|t| t.indicator.as_deref()),
            Some("new-urban-jobs")
        );
        assert!(
            found.ranked_targets.len() > 1,
            "the employment category follows"
        );
        let all = figures_matching(&report, 0, &index, " ");
        assert_eq!(
            all.ranked_targets,
            (0..report.targets.len()).collect::<Vec<_>>()
        );
    }
}
