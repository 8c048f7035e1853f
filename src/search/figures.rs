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

/// For each target and each result of a report, whether the query matched it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureMatches {
    /// Indexed like `report.targets`.
    pub targets: Vec<bool>,
    /// Indexed like `report.results`.
    pub results: Vec<bool>,
}

/// The figures a query names, by the search engine's rules (fuzzy, Simplified or Traditional,
/// pinyin for Latin letters; see the module) applied to their quote and subject, plus
/// those whose category label contains the query (in either script) or whose category's
/// English name is the query (compared as [`category_named`] compares). Every figure when the query is blank.
pub fn figures_matching(
    report: &Report,
    number: usize,
    index: &Index,
    query: &str,
) -> FigureMatches {
    let query = query.trim();
    if query.is_empty() {
        return FigureMatches {
            targets: vec![true; report.targets.len()],
            results: vec![true; report.results.len()],
        };
    }
    let folded = fold_category_name(query);
    let in_category = |f: &Figure| {
        f.category.slug() == folded || fold_category_name(f.category.zh()).contains(&folded)
    };
    let mut found = FigureMatches {
        targets: report.targets.iter().map(in_category).collect(),
        results: report.results.iter().map(in_category).collect(),
    };
    for hit in index.search(query) {
        let Some(item) = index.item(hit.item).filter(|item| item.report == number) else {
            continue;
        };
        let list = match item.kind {
            Kind::Target => &mut found.targets,
            Kind::Result => &mut found.results,
            Kind::Heading | Kind::Sentence => continue,
        };
        if let Some(flag) = item.figure.and_then(|f| list.get_mut(f)) {
            *flag = true;
        }
    }
    found
}
