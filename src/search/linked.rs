//! Figures linked to standard indicators, brought first when a query names their indicator.
//!
//! The query is read once ([`Vocabulary::lookup`]: a name, an alias, an abbreviation, pinyin,
//! with or without a word of the indicator's kind); the figures linked to the indicators it
//! names are marked on the hits, and added when the query's words did not match their text.

use std::collections::HashMap;

use super::items::{Items, Stored};
use super::{Hit, Kind};
use crate::indicators::Vocabulary;
use crate::model::Report;

/// For each indicator id, the items of the figures linked to it, in document order.
#[derive(Debug, Default, rkyv::Archive, rkyv::Serialize)]
pub struct Linked {
    items: HashMap<Box<str>, Vec<u32>>,
}

impl Linked {
    /// Adds the links of the figures of `report`, whose items in `items` start at `first`.
    pub fn add_report(&mut self, report: &Report, items: &Items, first: usize) {
        for i in first..items.len() {
            let Some(item) = items.get(i) else {
                continue;
            };
            let figures = match item.kind {
                Kind::Target => &report.targets,
                Kind::Result => &report.results,
                Kind::Heading | Kind::Sentence => continue,
            };
            let indicator = item
                .figure
                .and_then(|f| figures.get(f))
                .and_then(|f| f.indicator.as_deref());
            if let (Some(id), Ok(i)) = (indicator, u32::try_from(i)) {
                self.items.entry(id.into()).or_default().push(i);
            }
        }
    }

    /// Gives back the room left over once every report is added.
    pub fn shrink_to_fit(&mut self) {
        self.items.shrink_to_fit();
    }
}

impl ArchivedLinked {
    /// Marks in `hits` (sorted by item) the figures linked to the indicators `query` names,
    /// with the place of their indicator among those named, and adds those not yet hit.
    pub fn mark(&self, query: &str, hits: &mut Vec<Hit>) {
        if self.items.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for (place, indicator) in Vocabulary::embedded().lookup(query).iter().enumerate() {
            let linked = self.items.get(indicator.id.as_str());
            for item in linked.map_or(&[][..], |items| items.as_slice()) {
                let item = item.to_native() as usize;
                match hits.binary_search_by_key(&item, |h| h.item) {
                    Ok(at) => {
                        hits[at].indicator.get_or_insert(place);
                    }
                    Err(_) => added.push(Hit {
                        item,
                        score: 0,
                        positions: Vec::new(),
                        indicator: Some(place),
                    }),
                }
            }
        }
        hits.extend(added);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::load;
    use crate::search::{Index, fold_str};

    fn report() -> &'static Report {
        static REPORT: OnceLock<Report> = OnceLock::new();
        REPORT.get_or_init(|| load::embedded().expect("embedded dataset"))
    }

    fn index() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| Index::build(report()))
    }

    /// For each hit of `query`: the indicator its figure is linked to, and its text.
    fn found(query: &str) -> Vec<(Option<&'static str>, &'static str)> {
        let (report, index) = (report(), index());
        index
            .search(query)
            .iter()
            .filter_map(|hit| index.item(hit.item))
            .map(|item| {
                let figures = match item.kind {
                    Kind::Target => &report.targets[..],
                    Kind::Result => &report.results[..],
                    Kind::Heading | Kind::Sentence => &[],
                };
                let figure = item.figure.and_then(|f| figures.get(f));
                (figure.and_then(|f| f.indicator.as_deref()), item.text)
            })
            .collect()
    }

    #[test]
    fn a_query_naming_an_indicator_finds_its_figures_first() {
        for (query, id) in [
            ("GDP", "gdp-growth"),
            ("gdp", "gdp-growth"),
            ("财政收入", "budget-revenue-growth"),
            ("財政收入", "budget-revenue-growth"),
            ("社零", "retail-sales-growth"),
            ("shelin", "retail-sales-growth"),
            ("gt", "fixed-asset-investment-growth"),
            ("固投", "fixed-asset-investment-growth"),
            ("研发 投入", "rd-share-gdp"),
            ("R&D", "rd-share-gdp"),
            ("fixed-asset investment", "fixed-asset-investment-growth"),
        ] {
            let hits = found(query);
            assert_eq!(
                hits.first().and_then(|h| h.0),
                Some(id),
                "{query}: {hits:?}"
            );
        }
    }

    #[test]
    fn a_name_with_a_word_of_its_kind_finds_the_indicator_not_a_lookalike() {
        for query in [
            "GDP增长",
            "gdp 增长",
            "增长 GDP",
            "GDP增速",
            "地区生产总值 目标",
        ] {
            let hits = found(query);
            assert_eq!(hits[0].0, Some("gdp-growth"), "{query}: {hits:?}");
        }
        // Per-capita GDP growth, which the words also match, still follows.
        let hits = found("GDP增长");
        let per_capita = hits.iter().position(|(_, text)| text.contains("人均GDP"));
        let growth = hits.iter().rposition(|(id, _)| *id == Some("gdp-growth"));
        assert!(per_capita > growth, "{hits:?}");
    }

    #[test]
    fn linked_figures_come_before_every_other_hit_and_text_matches_follow() {
        let hits = index().search("GDP");
        let named = hits.iter().take_while(|h| h.indicator.is_some()).count();
        assert!(
            named >= 3,
            "the two GDP growth targets and a result at least"
        );
        assert!(hits[named..].iter().all(|h| h.indicator.is_none()));
        let places: Vec<usize> = hits[..named].iter().filter_map(|h| h.indicator).collect();
        assert!(places.windows(2).all(|w| w[0] <= w[1]), "{places:?}");
        let texts = found("GDP");
        assert!(
            texts[named..]
                .iter()
                .any(|(_, t)| t.contains("R&D經費占GDP")),
            "ordinary matches follow: {texts:?}"
        );
        assert!(
            texts[..named]
                .iter()
                .all(|(id, _)| matches!(id, Some("gdp-growth" | "gdp")))
        );
    }

    #[test]
    fn a_category_or_a_query_naming_nothing_brings_no_figure_first() {
        let hits = index().search("科技创新");
        assert!(hits.iter().all(|h| h.indicator.is_none()));
        let first = index().item(hits[0].item).expect("hit item");
        assert_eq!(first.kind, Kind::Heading);
        assert!(
            index()
                .search("長三角")
                .iter()
                .all(|h| h.indicator.is_none())
        );
        assert!(index().search("蘋果手機").is_empty());
    }

    #[test]
    fn a_figure_found_only_by_its_indicator_shows_no_highlight() {
        let hits = index().search("财政收入");
        let first = &hits[0];
        let item = index().item(first.item).expect("hit item");
        assert!(!fold_str(item.text).contains("财政收入"));
        assert!(first.positions.is_empty());
    }
}
