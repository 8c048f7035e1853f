//! Cutting reports into search items, in document order, and keeping them compactly.
//!
//! For each section, in reading order: its heading, then for each paragraph its sentences
//! followed by the targets and results quoted in it (in the order of their quotes). A figure
//! whose quote is in no paragraph of its section comes after that section's paragraphs.
//!
//! All texts live in one buffer: each paragraph once, its sentences and the quotes found in it
//! pointing into it; headings, unplaced quotes and the figure subjects not found in their own
//! quote after it. An item is a 16-byte record of offsets and a kind (its report and section
//! are found from where their items start); [`Stored::get`] lends it out as an [`Item`].

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

/// A stored index or offset that stands for none.
const NONE: u32 = u32::MAX;

/// One item as stored: offsets into [`Items`]' buffer and lists. Its kind, report and section
/// are kept apart (see [`Items`]), so a record takes 16 bytes.
#[derive(Debug, Clone, rkyv::Archive, rkyv::Serialize)]
pub struct Record {
    /// Byte range of the item's text in the buffer.
    text: Range<u32>,
    /// The paragraph of its section the text is in, or [`NONE`].
    paragraph: u32,
    /// The figure's index among its report's targets or results, or [`NONE`].
    figure: u32,
}

/// A section as stored: where its items and paragraphs start, and its id.
#[derive(Debug, rkyv::Archive, rkyv::Serialize)]
pub struct SectionEntry {
    /// Its first item (its heading).
    first: u32,
    /// The index of its first paragraph in [`Items`]' paragraph starts.
    paragraphs: u32,
    id: Box<str>,
}

/// The items of one or several reports.
#[derive(Debug, Default, rkyv::Archive, rkyv::Serialize)]
pub struct Items {
    /// Every text, as described in the module documentation.
    buffer: String,
    records: Vec<Record>,
    /// The kind of each item.
    kinds: Vec<Kind>,
    /// The first item of each report.
    reports: Vec<u32>,
    /// Every section, in order (each report's sections are contiguous items).
    sections: Vec<SectionEntry>,
    /// Where each paragraph starts in the buffer, section after section.
    paragraphs: Vec<u32>,
    /// For each report, the buffer ranges of the subjects of its targets and of its results.
    subjects: Vec<[Vec<Range<u32>>; 2]>,
}

/// An offset as stored; texts past 4 GiB are out of reach (and then read as empty).
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A stored offset back as an index.
fn index(n: u32) -> usize {
    n as usize
}

/// A stored index, `None` when it is [`NONE`].
fn some(n: u32) -> Option<usize> {
    (n != NONE).then(|| index(n))
}

/// The last of `count` ascending values (read by `at`) that is at most `i`, by bisection.
fn last_at_most(count: usize, at: impl Fn(usize) -> usize, i: usize) -> Option<usize> {
    let (mut low, mut high) = (0, count);
    while low < high {
        let middle = low + (high - low) / 2;
        if at(middle) <= i {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low.checked_sub(1)
}

/// Lookups of stored items, the same over items being built ([`Items`]) and over those of an
/// index, read in place from its archive ([`ArchivedItems`]): each form gives its records,
/// texts and lists, and the lookups are made of those.
pub trait Stored {
    /// The number of items.
    fn len(&self) -> usize;

    /// The record of item `i`, as native numbers.
    fn record(&self, i: usize) -> Option<Record>;

    /// The kind of item `i`.
    fn kind(&self, i: usize) -> Option<Kind>;

    /// The number of reports.
    fn report_count(&self) -> usize;

    /// The first item of report `r` (`r` < [`Stored::report_count`]).
    fn report_start(&self, r: usize) -> usize;

    /// The number of sections.
    fn section_count(&self) -> usize;

    /// Section `s` (`s` < [`Stored::section_count`]): its first item, its first paragraph's
    /// index in the paragraph starts, and its id.
    fn section_entry(&self, s: usize) -> (usize, usize, &str);

    /// Where paragraph `p` (of all, section after section) starts in the buffer.
    fn paragraph_start(&self, p: usize) -> Option<u32>;

    /// The buffer range of the subject of figure `figure` of report `report`, among its
    /// targets (`list` 0) or its results (`list` 1).
    fn subject_range(&self, report: usize, list: usize, figure: usize) -> Option<Range<u32>>;

    /// Every text, as described in the module documentation.
    fn buffer(&self) -> &str;

    /// A range of the buffer ("" when out of it).
    fn slice(&self, range: &Range<u32>) -> &str {
        self.buffer()
            .get(index(range.start)..index(range.end))
            .unwrap_or("")
    }

    /// The report item `i` is from.
    fn report_of(&self, i: usize) -> Option<usize> {
        let count = self.report_count();
        last_at_most(count, |r| self.report_start(r), i).filter(|_| i < self.len())
    }

    /// The items of report `r`, in order (empty when there is no such report).
    fn report_items(&self, r: usize) -> Range<usize> {
        if r >= self.report_count() {
            return 0..0;
        }
        let end = match r + 1 {
            next if next < self.report_count() => self.report_start(next),
            _ => self.len(),
        };
        self.report_start(r)..end
    }

    /// Item `i`, when there is one.
    fn get(&self, i: usize) -> Option<Item<'_>> {
        let record = self.record(i)?;
        let report = self.report_of(i)?;
        let section = last_at_most(self.section_count(), |s| self.section_entry(s).0, i)?;
        let (_, first_paragraph, section) = self.section_entry(section);
        let paragraph = some(record.paragraph);
        let span = paragraph
            .and_then(|p| self.paragraph_start(first_paragraph + p))
            .map(|start| {
                let at = index(record.text.start.saturating_sub(start));
                at..at + record.text.len()
            });
        Some(Item {
            kind: self.kind(i)?,
            report,
            section,
            text: self.slice(&record.text),
            paragraph,
            span,
            figure: some(record.figure),
        })
    }

    /// The text of item `i` ("" when there is none).
    fn text(&self, i: usize) -> &str {
        self.record(i).map_or("", |r| self.slice(&r.text))
    }

    /// The subject of item `i` when it is a target or a result.
    fn subject(&self, i: usize) -> Option<&str> {
        let list = match self.kind(i)? {
            Kind::Target => 0,
            Kind::Result => 1,
            Kind::Heading | Kind::Sentence => return None,
        };
        let figure = some(self.record(i)?.figure)?;
        let range = self.subject_range(self.report_of(i)?, list, figure)?;
        Some(self.slice(&range))
    }
}

impl Stored for Items {
    fn len(&self) -> usize {
        self.records.len()
    }

    fn record(&self, i: usize) -> Option<Record> {
        self.records.get(i).cloned()
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.kinds.get(i).copied()
    }

    fn report_count(&self) -> usize {
        self.reports.len()
    }

    fn report_start(&self, r: usize) -> usize {
        index(self.reports[r])
    }

    fn section_count(&self) -> usize {
        self.sections.len()
    }

    fn section_entry(&self, s: usize) -> (usize, usize, &str) {
        let entry = &self.sections[s];
        (index(entry.first), index(entry.paragraphs), &entry.id)
    }

    fn paragraph_start(&self, p: usize) -> Option<u32> {
        self.paragraphs.get(p).copied()
    }

    fn subject_range(&self, report: usize, list: usize, figure: usize) -> Option<Range<u32>> {
        self.subjects.get(report)?.get(list)?.get(figure).cloned()
    }

    fn buffer(&self) -> &str {
        &self.buffer
    }
}

impl Stored for ArchivedItems {
    fn len(&self) -> usize {
        self.records.len()
    }

    fn record(&self, i: usize) -> Option<Record> {
        let r = self.records.get(i)?;
        Some(Record {
            text: r.text.start.to_native()..r.text.end.to_native(),
            paragraph: r.paragraph.to_native(),
            figure: r.figure.to_native(),
        })
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.kinds.get(i).map(Kind::from)
    }

    fn report_count(&self) -> usize {
        self.reports.len()
    }

    fn report_start(&self, r: usize) -> usize {
        index(self.reports[r].to_native())
    }

    fn section_count(&self) -> usize {
        self.sections.len()
    }

    fn section_entry(&self, s: usize) -> (usize, usize, &str) {
        let entry = &self.sections[s];
        let (first, paragraphs) = (entry.first.to_native(), entry.paragraphs.to_native());
        (index(first), index(paragraphs), &entry.id)
    }

    fn paragraph_start(&self, p: usize) -> Option<u32> {
        self.paragraphs.get(p).map(|start| start.to_native())
    }

    fn subject_range(&self, report: usize, list: usize, figure: usize) -> Option<Range<u32>> {
        let range = self.subjects.get(report)?.get(list)?.get(figure)?;
        Some(range.start.to_native()..range.end.to_native())
    }

    fn buffer(&self) -> &str {
        &self.buffer
    }
}

impl Items {
    /// Gives back the room left over once every report is added.
    pub fn shrink_to_fit(&mut self) {
        self.buffer.shrink_to_fit();
        self.records.shrink_to_fit();
        self.kinds.shrink_to_fit();
        self.sections.shrink_to_fit();
        self.paragraphs.shrink_to_fit();
    }

    /// Appends `text` to the buffer, giving its range.
    fn push_text(&mut self, text: &str) -> Range<u32> {
        let start = offset(self.buffer.len());
        self.buffer.push_str(text);
        start..offset(self.buffer.len())
    }

    /// Adds an item.
    fn push(
        &mut self,
        kind: Kind,
        text: Range<u32>,
        paragraph: Option<usize>,
        figure: Option<usize>,
    ) {
        self.kinds.push(kind);
        self.records.push(Record {
            text,
            paragraph: paragraph.map_or(NONE, offset),
            figure: figure.map_or(NONE, offset),
        });
    }

    /// Adds the items of `report` (the next report, in document order) and its figures'
    /// subjects.
    pub fn add_report(&mut self, report: &Report) {
        self.reports.push(offset(self.records.len()));
        let mut by_section = place_figures(report);
        for (_, section) in report.walk() {
            let mut figures = by_section.remove(section.id.as_str()).unwrap_or_default();
            figures.sort_by_key(|f| f.place.as_ref().map(|(p, span)| (*p, span.start)));
            self.sections.push(SectionEntry {
                first: offset(self.records.len()),
                paragraphs: offset(self.paragraphs.len()),
                id: section.id.as_str().into(),
            });
            let heading = self.push_text(&section.heading());
            self.push(Kind::Heading, heading, None, None);
            for (p, paragraph) in section.paragraphs.iter().enumerate() {
                let start = self.push_text(paragraph).start;
                self.paragraphs.push(start);
                let at = |span: &Range<usize>| {
                    let (from, to) = (offset(span.start), offset(span.end));
                    start.saturating_add(from)..start.saturating_add(to)
                };
                for span in sentences(paragraph) {
                    self.push(Kind::Sentence, at(&span), Some(p), None);
                }
                for placed in &figures {
                    let Some((_, span)) = placed.place.as_ref().filter(|(q, _)| *q == p) else {
                        continue;
                    };
                    self.push(placed.kind, at(span), Some(p), Some(placed.figure));
                }
            }
            for placed in figures.iter().filter(|f| f.place.is_none()) {
                let quote = figure_of(report, placed).map_or("", |f| f.quote.as_str());
                let text = self.push_text(quote);
                self.push(placed.kind, text, None, Some(placed.figure));
            }
        }
        let first = self.reports.last().map_or(0, |&first| index(first));
        let mut quotes = [
            vec![None; report.targets.len()],
            vec![None; report.results.len()],
        ];
        for (record, kind) in self.records[first..].iter().zip(&self.kinds[first..]) {
            let list = match kind {
                Kind::Target => &mut quotes[0],
                Kind::Result => &mut quotes[1],
                Kind::Heading | Kind::Sentence => continue,
            };
            if let Some(quote) = some(record.figure).and_then(|f| list.get_mut(f)) {
                *quote = Some(record.text.clone());
            }
        }
        let [target_quotes, result_quotes] = quotes;
        let subjects = [
            self.add_subjects(&report.targets, &target_quotes),
            self.add_subjects(&report.results, &result_quotes),
        ];
        self.subjects.push(subjects);
    }

    /// The buffer ranges of the subjects of `figures`, whose quotes are at `quotes`: inside
    /// its quote when a subject is found there (most are: "GDP" in "GDP增长5%"), else added.
    fn add_subjects(
        &mut self,
        figures: &[Figure],
        quotes: &[Option<Range<u32>>],
    ) -> Vec<Range<u32>> {
        let mut ranges = Vec::with_capacity(figures.len());
        for (figure, quote) in figures.iter().zip(quotes) {
            let inside = quote.as_ref().and_then(|quote| {
                let at = offset(self.slice(quote).find(figure.subject.as_str())?);
                let start = quote.start.saturating_add(at);
                Some(start..start.saturating_add(offset(figure.subject.len())))
            });
            ranges.push(inside.unwrap_or_else(|| self.push_text(&figure.subject)));
        }
        ranges
    }
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

    fn embedded() -> (Report, Items) {
        let report = load::embedded().expect("embedded dataset");
        let mut items = Items::default();
        items.add_report(&report);
        (report, items)
    }

    fn all(items: &Items) -> Vec<Item<'_>> {
        (0..items.len()).filter_map(|i| items.get(i)).collect()
    }

    #[test]
    fn every_sentence_heading_and_figure_becomes_an_item() {
        let (report, items) = embedded();
        let items = all(&items);
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
        let (report, items) = embedded();
        let mut placed = 0;
        for item in all(&items) {
            let (Some(p), Some(span)) = (item.paragraph, item.span.clone()) else {
                continue;
            };
            let section = report.section(item.section).expect("section exists");
            assert_eq!(section.paragraphs[p].get(span), Some(item.text));
            placed += usize::from(item.figure.is_some());
        }
        assert!(placed > 0);
    }

    #[test]
    fn headings_quotes_and_subjects_keep_their_texts() {
        let (report, items) = embedded();
        for i in 0..items.len() {
            let item = items.get(i).expect("item");
            assert_eq!(items.text(i), item.text);
            assert_eq!(items.kind(i), Some(item.kind));
            let section = report.section(item.section).expect("section exists");
            let figure = match item.kind {
                Kind::Heading => {
                    assert_eq!(item.text, section.heading());
                    assert_eq!(items.subject(i), None);
                    continue;
                }
                Kind::Sentence => continue,
                Kind::Target => &report.targets[item.figure.expect("figure")],
                Kind::Result => &report.results[item.figure.expect("figure")],
            };
            assert_eq!(item.text, figure.quote);
            assert_eq!(items.subject(i), Some(figure.subject.as_str()));
        }
        assert_eq!(items.get(items.len()), None);
        assert_eq!(items.text(items.len()), "");
    }

    #[test]
    fn the_buffer_holds_each_text_once_and_subjects_found_in_their_quotes_not_at_all() {
        let (report, items) = embedded();
        let paragraphs: usize = report
            .walk()
            .iter()
            .flat_map(|(_, s)| &s.paragraphs)
            .map(String::len)
            .sum();
        let headings: usize = report.walk().iter().map(|(_, s)| s.heading().len()).sum();
        let figures = || report.targets.iter().chain(&report.results);
        let apart: usize = figures()
            .filter(|f| !f.quote.contains(f.subject.as_str()))
            .map(|f| f.subject.len())
            .sum();
        let inside: usize = figures()
            .filter(|f| f.quote.contains(f.subject.as_str()))
            .map(|f| f.subject.len())
            .sum();
        assert!(inside > 0, "some subjects are in their quotes");
        // Every quote of the embedded report is found in its section: none is added.
        assert_eq!(items.buffer.len(), paragraphs + headings + apart);
    }

    #[test]
    fn a_stored_item_takes_seventeen_bytes_besides_its_text() {
        assert!(std::mem::size_of::<Record>() + std::mem::size_of::<Kind>() <= 17);
    }

    #[test]
    fn figures_come_after_the_sentences_of_their_paragraph() {
        let (report, items) = embedded();
        let items = all(&items);
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
