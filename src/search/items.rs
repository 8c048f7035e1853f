//! Cutting reports into search items, in document order.
//!
//! For each section, in reading order: its heading, then for each paragraph its sentences
//! followed by the targets and results quoted in it (in the order of their quotes). A figure
//! whose quote is in no paragraph of its section comes after that section's paragraphs.

use std::collections::HashMap;
use std::ops::Range;

use super::sentences::sentences;
use super::{Item, Kind};
use crate::model::{Figure, Report, Section};

/// A figure to place: its kind, its index in the report's list, and its quote's place.
struct Placed {
    kind: Kind,
    figure: usize,
    place: Option<(usize, Range<usize>)>,
}

/// Every item of `report` (numbered `report` among several), in document order.
pub fn items_of(report: &Report, number: usize) -> Vec<Item> {
    let mut by_section = place_figures(report);
    let mut items = Vec::new();
    for (_, section) in report.walk() {
        let mut figures = by_section.remove(section.id.as_str()).unwrap_or_default();
        figures.sort_by_key(|f| f.place.as_ref().map(|(p, span)| (*p, span.start)));
        let item = |kind, text: &str, paragraph, span, figure| Item {
            kind,
            report: number,
            section: section.id.clone(),
            text: text.to_string(),
            paragraph,
            span,
            figure,
        };
        items.push(item(Kind::Heading, &section.heading(), None, None, None));
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            for span in sentences(paragraph) {
                let text = &paragraph[span.clone()];
                items.push(item(Kind::Sentence, text, Some(p), Some(span), None));
            }
            for placed in figures
                .iter()
                .filter(|f| f.place.as_ref().is_some_and(|(q, _)| *q == p))
            {
                let span = placed.place.as_ref().map(|(_, span)| span.clone());
                let quote = figure_of(report, placed).map_or("", |f| f.quote.as_str());
                items.push(item(placed.kind, quote, Some(p), span, Some(placed.figure)));
            }
        }
        for placed in figures.iter().filter(|f| f.place.is_none()) {
            let quote = figure_of(report, placed).map_or("", |f| f.quote.as_str());
            items.push(item(placed.kind, quote, None, None, Some(placed.figure)));
        }
    }
    items
}

/// The figure a placed entry stands for.
fn figure_of<'a>(report: &'a Report, placed: &Placed) -> Option<&'a Figure> {
    match placed.kind {
        Kind::Target => report.targets.get(placed.figure),
        _ => report.results.get(placed.figure),
    }
}

/// The figures of `report` grouped by section id, each with the paragraph and byte range of
/// the first occurrence of its quote in that section.
fn place_figures(report: &Report) -> HashMap<&str, Vec<Placed>> {
    let sections: HashMap<&str, &Section> = report
        .walk()
        .into_iter()
        .map(|(_, s)| (s.id.as_str(), s))
        .collect();
    let lists = [
        (Kind::Target, &report.targets),
        (Kind::Result, &report.results),
    ];
    let mut by_section: HashMap<&str, Vec<Placed>> = HashMap::new();
    for (kind, figures) in lists {
        for (figure, f) in figures.iter().enumerate() {
            let place = sections
                .get(f.section.as_str())
                .and_then(|s| quote_place(s, &f.quote));
            by_section
                .entry(f.section.as_str())
                .or_default()
                .push(Placed {
                    kind,
                    figure,
                    place,
                });
        }
    }
    by_section
}

/// The paragraph and byte range where `quote` first occurs in `section`.
fn quote_place(section: &Section, quote: &str) -> Option<(usize, Range<usize>)> {
    if quote.is_empty() {
        return None;
    }
    section
        .paragraphs
        .iter()
        .enumerate()
        .find_map(|(p, text)| text.find(quote).map(|at| (p, at..at + quote.len())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn every_sentence_heading_and_figure_becomes_an_item() {
        let report = load::embedded().expect("embedded dataset");
        let items = items_of(&report, 0);
        let count = |kind| items.iter().filter(|i| i.kind == kind).count();
        assert_eq!(count(Kind::Heading), report.counts().sections);
        assert_eq!(count(Kind::Target), report.targets.len());
        assert_eq!(count(Kind::Result), report.results.len());
        let sentences: usize = report
            .walk()
            .iter()
            .flat_map(|(_, s)| &s.paragraphs)
            .map(|p| sentences(p).len())
            .sum();
        assert_eq!(count(Kind::Sentence), sentences);
    }

    #[test]
    fn sentence_and_figure_spans_point_into_their_paragraphs() {
        let report = load::embedded().expect("embedded dataset");
        for item in items_of(&report, 0) {
            let (Some(p), Some(span)) = (item.paragraph, item.span.clone()) else {
                continue;
            };
            let section = report.section(&item.section).expect("section exists");
            assert_eq!(section.paragraphs[p].get(span), Some(item.text.as_str()));
        }
    }

    #[test]
    fn figures_come_after_the_sentences_of_their_paragraph() {
        let report = load::embedded().expect("embedded dataset");
        let items = items_of(&report, 0);
        let at = items
            .iter()
            .position(|i| {
                report
                    .targets
                    .get(i.figure.unwrap_or(usize::MAX))
                    .is_some_and(|t| t.id == "new-distributed-pv")
                    && i.kind == Kind::Target
            })
            .expect("target placed");
        let before = &items[at - 1];
        assert_eq!(before.section, items[at].section);
        assert_eq!(before.paragraph, items[at].paragraph);
        assert!(matches!(
            before.kind,
            Kind::Sentence | Kind::Target | Kind::Result
        ));
    }
}
