//! Which figures a query names, and reading a category from the command line.

use crate::model::{Category, Report};
use crate::search::{FigureMatches, Index, category_named, figures_matching};

/// The figures a query names (see [`figures_matching`]), with the report's index from
/// `index`, asked only when the query is not blank.
pub fn matching(report: &Report, query: &str, index: impl FnOnce() -> Index) -> FigureMatches {
    if query.trim().is_empty() {
        return figures_matching(report, 0, &Index::build_all::<Report>(&[]), query);
    }
    figures_matching(report, 0, &index(), query)
}

/// A category from its English name (`innovation`, any case) or its Chinese label in either
/// script (`科技創新`, `科技创新`).
pub fn parse_category(name: &str) -> Result<Category, String> {
    category_named(name).ok_or_else(|| {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.slug()).collect();
        format!("unknown category; use one of: {}", names.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;
    use crate::model::Figure;

    fn matched_ids<'a>(figures: &'a [Figure], flags: &[bool]) -> Vec<&'a str> {
        figures
            .iter()
            .zip(flags)
            .filter(|(_, m)| **m)
            .map(|(f, _)| f.id.as_str())
            .collect()
    }

    #[test]
    fn a_query_matches_subjects_and_quotes() {
        let report = load::embedded().expect("embedded dataset");
        let found = matching(&report, "光伏", || Index::build(&report));
        assert_eq!(
            matched_ids(&report.targets, &found.targets),
            vec!["pv-output", "new-distributed-pv"]
        );
        assert!(matched_ids(&report.results, &found.results).contains(&"pv-output-2022"));
    }

    #[test]
    fn a_query_matches_category_labels_and_names_in_any_case() {
        let report = load::embedded().expect("embedded dataset");
        for query in ["科技創新", "INNOVATION"] {
            let found = matching(&report, query, || Index::build(&report));
            let ids = matched_ids(&report.targets, &found.targets);
            assert!(ids.contains(&"rd-share-gdp"), "{query}");
            assert!(!ids.contains(&"pv-output"), "{query}");
        }
        assert!(
            !matching(&report, "in", || Index::build(&report)).targets[0],
            "no partial English names"
        );
    }

    #[test]
    fn simplified_and_pinyin_queries_find_traditional_figures() {
        let report = load::embedded().expect("embedded dataset");
        for query in ["guangfu", "光伏"] {
            let found = matching(&report, query, || Index::build(&report));
            let ids = matched_ids(&report.targets, &found.targets);
            assert_eq!(ids, vec!["pv-output", "new-distributed-pv"], "{query}");
        }
        let found = matching(&report, "研发活动率", || Index::build(&report));
        assert!(matched_ids(&report.results, &found.results).contains(&"rd-activity-rate-2022"));
        let found = matching(&report, "科技创新", || Index::build(&report));
        assert!(
            matched_ids(&report.targets, &found.targets).contains(&"new-leading-innovation-teams")
        );
    }

    #[test]
    fn a_blank_query_matches_everything() {
        let report = load::embedded().expect("embedded dataset");
        let found = matching(&report, "  ", || Index::build(&report));
        assert!(found.targets.iter().all(|m| *m));
        assert_eq!(found.results.len(), report.results.len());
    }

    #[test]
    fn categories_parse_from_names_and_labels() {
        assert_eq!(parse_category("innovation"), Ok(Category::Innovation));
        assert_eq!(parse_category("Environment"), Ok(Category::Environment));
        assert_eq!(parse_category("科技創新"), Ok(Category::Innovation));
        assert_eq!(parse_category("科技创新"), Ok(Category::Innovation));
        assert_eq!(parse_category(" 生态环境 "), Ok(Category::Environment));
        assert_eq!(
            parse_category("Services_Consumption"),
            Ok(Category::ServicesConsumption)
        );
        let err = parse_category("weather").expect_err("not a category");
        assert!(err.contains("services-consumption"), "{err}");
    }
}
