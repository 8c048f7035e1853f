//! The search index: items, their signatures, and the search itself.
//!
//! A search looks at each item's signature first; an item that passes is checked exactly (its
//! Han characters present, or a pinyin spelling found) before its text is folded and scored.

use std::borrow::Borrow;
use std::ops::Range;

use super::items::{ArchivedItems, Items, Stored};
use super::linked::Linked;
use super::normalise::{fold, fold_into, han_variants};
use super::pinyin::PinyinWord;
use super::rank;
use super::signature::{CharBits, Signature};
use super::skim::Skim;
use super::word_runs::whole_words;
use super::{Hit, Item};
use crate::archive::Archived;
use crate::model::Report;

/// How many items make a block: the unit of work between two checks of the cancel flag.
const BLOCK: usize = 512;

/// A searchable index over one or several reports. Cheap to share between threads.
///
/// Its parts are kept in rkyv's archived form and read in place: one buffer, not a value per
/// item, and an index from the cache (`crate::cache`) is its file mapped, checked once, never
/// decoded.
pub struct Index {
    parts: Archived<Parts>,
    matcher: Skim,
}

/// What an index keeps: the items, the figures linked to indicators, and the items'
/// signatures (see the module `signature`).
#[derive(Default, rkyv::Archive, rkyv::Serialize)]
pub(crate) struct Parts {
    items: Items,
    linked: Linked,
    signatures: Vec<Signature>,
}

/// What a search looks through and how many hits it keeps: see [`Index::search_bounded`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// Only the items of this report (numbered as given to [`Index::build_all`]), when set.
    pub report: Option<usize>,
    /// The items of this report are looked at before the others, so that when the scan stops
    /// early it has kept every hit of the report being read.
    pub first: Option<usize>,
    /// The scan stops once it has found more than this many matching items.
    pub most: usize,
}

impl Bounds {
    /// Every item of every report, every hit.
    pub const ALL: Bounds = Bounds {
        report: None,
        first: None,
        most: usize::MAX,
    };

    /// The runs of items a scan goes through, in order: the report's only, or the first
    /// report's and then those before and after it, or all (unused runs are empty).
    fn runs(self, items: &impl Stored) -> [Range<usize>; 3] {
        match (self.report, self.first) {
            (Some(report), _) => [items.report_items(report), 0..0, 0..0],
            (None, Some(first)) => {
                let first = items.report_items(first);
                [first.clone(), 0..first.start, first.end..items.len()]
            }
            (None, None) => [0..items.len(), 0..0, 0..0],
        }
    }
}

/// The hits of a bounded search, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The hits kept: at most [`Bounds::most`] matching items, plus any linked figures.
    pub hits: Vec<Hit>,
    /// True when the scan stopped early: more items match than were kept.
    pub more: bool,
}

/// One space-separated word of a query.
struct Word {
    /// Its folded form, matched literally.
    folded: String,
    /// Its characters, which an item must have to match it literally.
    chars: CharBits,
    /// For each distinct Han character: the characters of a text that fold to it.
    han: Vec<Vec<char>>,
    /// When every character is Han: the characters of a text that fold to the first and to
    /// the last one, so only the part of a text between them needs folding.
    ends: Option<(Vec<char>, Vec<char>)>,
    /// Its reading as pinyin, when it is Latin letters.
    pinyin: Option<PinyinWord>,
}

impl Word {
    fn new(folded: &str) -> Word {
        let mut distinct: Vec<char> = folded.chars().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let ends = folded
            .chars()
            .map(han_variants)
            .collect::<Option<Vec<_>>>()
            .and_then(|mut all| Some((all.first()?.clone(), all.pop()?)));
        Word {
            ends,
            folded: folded.to_string(),
            chars: CharBits::of_chars(folded),
            han: distinct.into_iter().filter_map(han_variants).collect(),
            pinyin: PinyinWord::parse(folded),
        }
    }

    /// False when `text` surely lacks one of the word's Han characters.
    fn may_be_in(&self, text: &str) -> bool {
        self.han
            .iter()
            .all(|variants| variants.iter().any(|&v| text.contains(v)))
    }
}

/// What the signatures allow for one word in one item.
#[derive(Clone, Copy)]
struct Allowed {
    literal: bool,
    pinyin: bool,
}

/// A text with its folded key, folded on first use.
struct Text<'a> {
    text: &'a str,
    key: &'a mut String,
    folded: bool,
}

impl<'a> Text<'a> {
    fn new(text: &'a str, key: &'a mut String) -> Self {
        key.clear();
        Text {
            text,
            key,
            folded: false,
        }
    }

    fn key(&mut self) -> &str {
        if !self.folded {
            fold_into(self.text, self.key);
            self.folded = true;
        }
        self.key
    }
}

/// How one word matched one text.
struct WordMatch {
    score: i64,
    positions: Vec<usize>,
}

/// Scratch buffers reused from item to item.
#[derive(Default)]
struct Scratch {
    key: String,
    subject_key: String,
}

impl Index {
    /// The index of one report.
    pub fn build(report: &Report) -> Index {
        Index::build_all(std::slice::from_ref(report))
    }

    /// The index of several reports; [`Item::report`] tells which each item is from.
    pub fn build_all<R: Borrow<Report>>(reports: &[R]) -> Index {
        Index::build_each(reports.iter().map(Borrow::borrow))
    }

    /// The index of reports given one after another, each dropped once its items are taken: a
    /// library decoded report by report is indexed without holding every report at once.
    pub fn build_each<R: Borrow<Report>>(reports: impl IntoIterator<Item = R>) -> Index {
        let mut items = Items::default();
        let mut linked = Linked::default();
        for report in reports {
            let first = items.len();
            items.add_report(report.borrow());
            linked.add_report(report.borrow(), &items, first);
        }
        items.shrink_to_fit();
        linked.shrink_to_fit();
        let signatures = (0..items.len())
            .map(|i| match items.subject(i) {
                Some(subject) => Signature::of(&[items.text(i), subject]),
                None => Signature::of(&[items.text(i)]),
            })
            .collect();
        let parts = Parts {
            linked,
            items,
            signatures,
        };
        // Only a library past rkyv's 2 GiB offsets fails to archive: it gets an empty index.
        let archived = Archived::new(&parts).or_else(|| Archived::new(&Parts::default()));
        Index::archived(archived.expect("an empty index always archives"))
    }

    /// The index whose parts are `parts` (built, or mapped from the cache).
    pub(crate) fn archived(parts: Archived<Parts>) -> Index {
        Index {
            parts,
            matcher: Skim::default(),
        }
    }

    /// The index's parts as archived (what the cache stores).
    pub(crate) fn parts(&self) -> &Archived<Parts> {
        &self.parts
    }

    fn stored(&self) -> &ArchivedItems {
        &self.parts.get().items
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.stored().len()
    }

    /// True when there is no item.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (as numbered by [`Hit::item`]), when there is one.
    pub fn item(&self, i: usize) -> Option<Item<'_>> {
        self.stored().get(i)
    }

    /// Every item, in document order.
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> + '_ {
        (0..self.len()).filter_map(|i| self.stored().get(i))
    }

    /// The items matching every word of `query`, best first; the figures linked to an
    /// indicator the query names first of all (see the module `linked`).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_cancellable(query, &|| false)
            .unwrap_or_default()
    }

    /// Same as [`Index::search`], but gives up (returns `None`) as soon as `cancelled()` is
    /// true; it is asked every few hundred items.
    pub fn search_cancellable(
        &self,
        query: &str,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<Vec<Hit>> {
        Some(self.search_bounded(query, Bounds::ALL, cancelled)?.hits)
    }

    /// Same as [`Index::search_cancellable`] within `bounds`: only one report's items, and
    /// only the first `bounds.most` matching items in library order are scored and ranked,
    /// so a query that matches almost everything costs no more than one that matches a
    /// thousand items.
    pub fn search_bounded(
        &self,
        query: &str,
        bounds: Bounds,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<Found> {
        let words = words(query);
        if words.is_empty() {
            return Some(Found {
                hits: Vec::new(),
                more: false,
            });
        }
        let mut hits = self.scan(&words, bounds, cancelled)?;
        let more = hits.len() > bounds.most;
        hits.truncate(bounds.most);
        if let [word] = &words[..]
            && word.pinyin.is_some()
        {
            let whole = whole_words(&hits, self.stored());
            for (hit, whole) in hits.iter_mut().zip(whole) {
                hit.score += if whole { rank::WORD } else { 0 };
            }
        }
        self.parts.get().linked.mark(query, &mut hits);
        rank::sort(&mut hits, |i| self.stored().kind(i));
        Some(Found { hits, more })
    }

    /// Matches every item the bounds take, block by block (the first report's before the
    /// others'), until more than `most` match; `None` when `cancelled()` said so between blocks.
    fn scan(
        &self,
        words: &[Word],
        bounds: Bounds,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<Vec<Hit>> {
        let mut hits = Vec::new();
        let mut scratch = Scratch::default();
        let mut allowed = Vec::with_capacity(words.len());
        let items = self.stored();
        let signatures = &self.parts.get().signatures;
        for run in bounds.runs(items) {
            // A run past the signatures (of a spoiled archive) is skipped.
            let run = signatures.get(run.clone()).map_or(0..0, |_| run);
            for start in run.clone().step_by(BLOCK) {
                if cancelled() {
                    return None;
                }
                let end = (start + BLOCK).min(run.end);
                for (i, signature) in (start..end).zip(&signatures[start..end]) {
                    if hits.len() > bounds.most {
                        return Some(hits);
                    }
                    let signature = Signature::from(signature);
                    allowed.clear();
                    let possible = words.iter().all(|w| {
                        let a = Allowed {
                            literal: signature.chars.covers(&w.chars),
                            pinyin: w
                                .pinyin
                                .as_ref()
                                .is_some_and(|p| p.may_match(&signature.letter_pairs)),
                        };
                        allowed.push(a);
                        a.literal || a.pinyin
                    });
                    if possible {
                        hits.extend(self.evaluate(i, words, &allowed, &mut scratch));
                    }
                }
            }
        }
        Some(hits)
    }

    /// The hit for item `i` when it matches every word.
    fn evaluate(
        &self,
        i: usize,
        words: &[Word],
        allowed: &[Allowed],
        scratch: &mut Scratch,
    ) -> Option<Hit> {
        let item = self.stored().text(i);
        let subject = self.stored().subject(i);
        let mut text = Text::new(item, &mut scratch.key);
        let mut subject_text = subject.map(|s| Text::new(s, &mut scratch.subject_key));
        let mut score = 0;
        let mut matched = Vec::with_capacity(words.len());
        for (word, &allowed) in words.iter().zip(allowed) {
            let in_text = self.match_word(&mut text, word, allowed);
            let in_subject = match &mut subject_text {
                Some(s) => self.match_word(s, word, allowed),
                None => None,
            };
            let in_subject = match (in_subject, &mut subject_text) {
                (Some(s), Some(subject)) => Some(self.carry_over(s, subject, &mut text)),
                _ => None,
            };
            let best = match (in_text, in_subject) {
                (Some(t), Some(s)) if s.score > t.score => s,
                (Some(t), _) => t,
                (None, Some(s)) => s,
                (None, None) => return None,
            };
            score += best.score;
            matched.push(best.positions);
        }
        score += rank::query_bonus(&matched, item);
        let mut positions = matched.pop().unwrap_or_default();
        if !matched.is_empty() {
            positions.extend(matched.into_iter().flatten());
            positions.sort_unstable();
            positions.dedup();
        }
        Some(Hit {
            item: i,
            score,
            positions,
            indicator: None,
        })
    }

    /// The best match of `word` in `text`, literal or as pinyin.
    fn match_word(&self, text: &mut Text, word: &Word, allowed: Allowed) -> Option<WordMatch> {
        let literal = allowed.literal && word.may_be_in(text.text);
        let spelled = match &word.pinyin {
            Some(pinyin) if allowed.pinyin => pinyin.find(text.text),
            _ => None,
        };
        if !literal && spelled.is_none() {
            return None;
        }
        let literal = match (&word.ends, literal) {
            (_, false) => None,
            (Some((firsts, lasts)), true) => {
                let (text, pattern) = (text.text, &word.folded);
                self.matcher
                    .fuzzy_unfolded(text, pattern, firsts, lasts, true)
            }
            (None, true) => self.matcher.fuzzy(text.key(), &word.folded, true),
        };
        let literal = literal.map(|(score, positions)| WordMatch {
            score: rank::word_score(score, &positions),
            positions,
        });
        let spelled = spelled.and_then(|run| self.score_spelled(text.key(), run));
        match (literal, spelled) {
            (Some(l), Some(s)) if s.score > l.score => Some(s),
            (Some(l), _) => Some(l),
            (None, s) => s,
        }
    }

    /// Scores the characters a pinyin word spelled (`run`) as if they had been typed, less a
    /// little, so the same characters typed as they stand come first.
    fn score_spelled(&self, key: &str, run: Range<usize>) -> Option<WordMatch> {
        let typed: String = key.chars().skip(run.start).take(run.len()).collect();
        let (score, _) = self.matcher.fuzzy(key, &typed, false)?;
        let positions: Vec<usize> = run.collect();
        Some(WordMatch {
            score: rank::word_score(score, &positions) - rank::SPELLED,
            positions,
        })
    }

    /// A match in a figure's subject, with its positions moved onto the quote where the
    /// matched characters stand there too; else it has none, and ranks below the same kind of
    /// match that can be shown.
    fn carry_over(&self, found: WordMatch, subject: &mut Text, quote: &mut Text) -> WordMatch {
        let chars: String = subject
            .key()
            .chars()
            .enumerate()
            .filter(|(i, _)| found.positions.contains(i))
            .map(|(_, c)| c)
            .collect();
        let positions = self
            .matcher
            .fuzzy(quote.key(), &chars, true)
            .map(|(_, positions)| positions)
            .unwrap_or_default();
        let hidden = if positions.is_empty() {
            rank::HIDDEN
        } else {
            0
        };
        WordMatch {
            score: found.score - hidden,
            positions,
        }
    }
}

/// The words of a query: folded, split at spaces (an ideographic space too).
fn words(query: &str) -> Vec<Word> {
    let folded: String = query.chars().map(fold).collect();
    folded.split_whitespace().map(Word::new).collect()
}

#[cfg(test)]
mod tests {
    use std::sync::{LazyLock, OnceLock};

    use super::*;
    use crate::load;
    use crate::model::Script;
    use crate::search::{Kind, fold_str};

    fn embedded() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| Index::build(&load::embedded().expect("embedded dataset")))
    }

    /// The characters of the item's text at the hit's positions.
    fn highlighted(index: &Index, hit: &Hit) -> String {
        let chars: Vec<char> = index
            .item(hit.item)
            .expect("hit item")
            .text
            .chars()
            .collect();
        hit.positions.iter().map(|&p| chars[p]).collect()
    }

    /// Every highlighted run of the hits of `query`.
    fn highlights(index: &Index, query: &str) -> Vec<String> {
        index
            .search(query)
            .iter()
            .map(|h| highlighted(index, h))
            .collect()
    }

    #[test]
    fn simplified_query_and_initials_find_the_traditional_sentence() {
        let index = embedded();
        for query in ["光伏产业", "gfcy", "光伏產業", "guangfuchanye"] {
            let hits = index.search(query);
            let first = hits.first().expect("a hit");
            assert_eq!(highlighted(index, first), "光伏產業", "{query}");
            let sentence = hits
                .iter()
                .find(|h| index.item(h.item).expect("hit item").kind == Kind::Sentence);
            let sentence = sentence.expect("a sentence");
            assert!(
                index
                    .item(sentence.item)
                    .expect("hit item")
                    .text
                    .contains("光伏產業"),
                "{query}"
            );
        }
    }

    #[test]
    fn initials_find_gross_domestic_product_sentences() {
        let index = embedded();
        let hits = index.search("dqsczz");
        let sentences: Vec<&Hit> = hits
            .iter()
            .filter(|h| index.item(h.item).expect("hit item").kind == Kind::Sentence)
            .collect();
        assert!(sentences.len() >= 2);
        for hit in sentences {
            assert_eq!(highlighted(index, hit), "地區生產總值");
        }
    }

    #[test]
    fn polyphonic_characters_match_by_the_reading_they_have_there() {
        let index = embedded();
        for (query, expected) in [
            ("csj", "長三角"),
            ("qz", "區長"),
            ("hy", "行業"),
            ("xz", "行政"),
            ("zd", "重點"),
            ("cs", "重塑"),
            ("changsanjiao", "長三角"),
            ("quzhang", "區長"),
        ] {
            let found = highlights(index, query);
            assert!(found.iter().any(|h| h == expected), "{query}: {found:?}");
        }
    }

    #[test]
    fn a_phrase_inside_a_target_quote_finds_the_target() {
        let index = embedded();
        let report = load::embedded().expect("embedded dataset");
        let hits = index.search("分布式光伏");
        let target = hits.iter().find_map(|h| {
            let item = &index.item(h.item).expect("hit item");
            (item.kind == Kind::Target).then(|| &report.targets[item.figure.expect("figure")])
        });
        let target = target.expect("a target");
        assert_eq!(target.id, "new-distributed-pv");
        assert_eq!(target.value, Some(50.0));
    }

    #[test]
    fn a_figure_is_found_by_its_subject() {
        let index = embedded();
        let report = load::embedded().expect("embedded dataset");
        // The GDP growth target's quote is 力爭8%; its subject names the indicator.
        let found = index.search("地区生产总值增长").into_iter().any(|h| {
            let item = &index.item(h.item).expect("hit item");
            item.kind == Kind::Target && item.text == "力爭8%"
        });
        assert!(found);
        assert!(report.targets.iter().any(|t| t.quote == "力爭8%"));
    }

    #[test]
    fn every_word_of_a_query_must_match_in_any_order() {
        let index = embedded();
        let both = index.search("光伏 600");
        assert!(!both.is_empty());
        for hit in &both {
            let text = &index.item(hit.item).expect("hit item").text;
            assert!(text.contains("光伏") && text.contains("600"), "{text}");
        }
        let reversed: Vec<usize> = index.search("600 光伏").iter().map(|h| h.item).collect();
        let mut forward: Vec<usize> = both.iter().map(|h| h.item).collect();
        forward.sort_unstable();
        let mut reversed_sorted = reversed.clone();
        reversed_sorted.sort_unstable();
        assert_eq!(forward, reversed_sorted);
        assert!(index.search("光伏").len() > both.len());
        assert!(index.search("光伏 蘋果").is_empty());
    }

    #[test]
    fn highlight_positions_point_at_the_query_characters() {
        let index = embedded();
        for query in ["光伏", "財政收入", "數字經濟", "高新區"] {
            let folded = fold_str(query);
            let hits = index.search(query);
            assert!(!hits.is_empty(), "{query}");
            for hit in hits {
                let item = &index.item(hit.item).expect("hit item");
                if hit.positions.is_empty() {
                    // Found by a figure's subject, which its quote does not show.
                    assert!(matches!(item.kind, Kind::Target | Kind::Result), "{query}");
                    continue;
                }
                let chars = highlighted(index, &hit);
                assert_eq!(fold_str(&chars), folded, "{query}");
            }
        }
    }

    #[test]
    fn latin_letters_found_as_typed_rank_above_the_same_match_in_pinyin() {
        let index = embedded();
        // The figures of the GDP indicators come first whatever they hold; the rest by text.
        let found: Vec<String> = index
            .search("GDP")
            .iter()
            .filter(|h| h.indicator.is_none())
            .map(|h| highlighted(index, h))
            .collect();
        let literal = found.iter().take_while(|h| *h == "GDP").count();
        assert!(literal >= 4, "{found:?}");
        // 更多品 spells g-d-p too, and comes after every literal GDP.
        assert!(found[literal..].iter().any(|h| h == "更多品"), "{found:?}");
        assert!(found[literal..].iter().all(|h| h != "GDP"));
    }

    #[test]
    fn full_width_letters_and_digits_fold_to_half_width() {
        let index = embedded();
        assert_eq!(index.search("ＧＤＰ"), index.search("gdp"));
        let percent = index.search("６％");
        assert!(!percent.is_empty());
        assert!(percent.iter().all(|h| highlighted(index, h).contains('%')));
    }

    static SIMPLIFIED: LazyLock<Report> = LazyLock::new(|| {
        let mut report = Report::plain(
            "s",
            Script::Simplified,
            vec!["全市ＧＤＰ增长６％;推动光伏产业发展。区长说,长三角一体化。".into()],
        );
        report.sections[0].label = Some("一、".into());
        report.sections[0].title = "发展光伏产业".into();
        report
    });

    #[test]
    fn traditional_query_finds_simplified_text_and_ascii_finds_full_width() {
        let index = Index::build(&SIMPLIFIED);
        assert_eq!(highlights(&index, "光伏產業"), ["光伏产业", "光伏产业"]);
        assert_eq!(highlights(&index, "GDP 6%"), ["ＧＤＰ６％"]);
        assert_eq!(highlights(&index, "區長"), ["区长"]);
    }

    #[test]
    fn contiguous_matches_rank_above_scattered_and_headings_above_sentences() {
        let index = Index::build(&SIMPLIFIED);
        let hits = index.search("光伏产业");
        // The heading and the sentence both hold 光伏产业 as one run; the heading wins the tie.
        assert_eq!(
            index.item(hits[0].item).expect("hit item").kind,
            Kind::Heading
        );
        assert_eq!(
            index.item(hits[1].item).expect("hit item").kind,
            Kind::Sentence
        );
        let embedded = embedded();
        let hits = embedded.search("光伏");
        let first_scattered = hits
            .iter()
            .position(|h| h.positions.windows(2).any(|w| w[1] != w[0] + 1));
        if let Some(at) = first_scattered {
            assert!(hits[..at].iter().all(|h| h.positions.len() == 2));
            assert!(
                hits[at..]
                    .iter()
                    .all(|h| h.positions.windows(2).any(|w| w[1] != w[0] + 1))
            );
        }
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn several_reports_are_told_apart() {
        let embedded = load::embedded().expect("embedded dataset");
        let index = Index::build_all(&[embedded, SIMPLIFIED.clone()]);
        let reports: std::collections::BTreeSet<usize> = index
            .search("长三角")
            .iter()
            .map(|h| index.item(h.item).expect("hit item").report)
            .collect();
        assert_eq!(reports.into_iter().collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn a_miss_and_an_empty_query_find_nothing() {
        let index = embedded();
        assert!(index.search("蘋果手機").is_empty());
        assert!(index.search("").is_empty());
        assert!(index.search(" \u{3000} ").is_empty());
    }

    #[test]
    fn a_cancelled_search_gives_up() {
        let index = embedded();
        assert_eq!(index.search_cancellable("光伏", &|| true), None);
        let full = index
            .search_cancellable("光伏", &|| false)
            .expect("not cancelled");
        assert_eq!(full, index.search("光伏"));
    }

    #[test]
    fn copies_of_a_report_find_the_same_hits_each_in_document_order() {
        let report = load::embedded().expect("embedded dataset");
        let copies = 3;
        let size = embedded().len();
        let large = Index::build_all(&vec![report; copies]);
        assert_eq!(large.len(), size * copies);
        for query in ["光伏", "gfcy", "光伏 600"] {
            let one = embedded().search(query);
            let all = large.search(query);
            assert_eq!(all.len(), one.len() * copies, "{query}");
            // The best item of each copy comes first, the copies in document order.
            let firsts: Vec<usize> = all.iter().take(copies).map(|h| h.item).collect();
            let expected: Vec<usize> = (0..copies).map(|c| c * size + one[0].item).collect();
            assert_eq!(firsts, expected, "{query}");
            assert!(
                all.iter()
                    .take(copies)
                    .all(|h| h.positions == one[0].positions)
            );
        }
    }

    #[test]
    fn the_index_can_be_shared_between_threads() {
        use std::sync::Barrier;
        use std::sync::atomic::{AtomicUsize, Ordering};

        fn shareable<T: Send + Sync>(_: &T) {}
        shareable(embedded());
        let index = embedded();
        let queries = ["光伏", "gfcy", "长三角", "guangfu 600", "科技创新"];
        let expected: Vec<Vec<Hit>> = queries.iter().map(|q| index.search(q)).collect();
        for (query, hits) in queries.iter().zip(&expected) {
            assert!(!hits.is_empty(), "{query} finds nothing");
        }
        const THREADS: usize = 4;
        let start = Barrier::new(THREADS);
        let in_flight = AtomicUsize::new(0);
        let most_in_flight = AtomicUsize::new(0);
        let results: Vec<Vec<Vec<Hit>>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..THREADS)
                .map(|worker| {
                    let (start, in_flight, most) = (&start, &in_flight, &most_in_flight);
                    scope.spawn(move || {
                        start.wait();
                        let mut found = vec![Vec::new(); queries.len()];
                        // Every query at least once, then on until two searches overlapped.
                        let began = std::time::Instant::now();
                        for round in 0.. {
                            let overlapped = most.load(Ordering::SeqCst) >= 2;
                            let covered = round >= queries.len();
                            if covered && (overlapped || began.elapsed().as_secs() >= 20) {
                                break;
                            }
                            // Each thread takes the queries in its own order.
                            let q = (worker + round) % queries.len();
                            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            let hits = index.search(queries[q]);
                            in_flight.fetch_sub(1, Ordering::SeqCst);
                            if found[q].is_empty() {
                                found[q] = hits;
                            } else {
                                assert_eq!(found[q], hits, "{} changed", queries[q]);
                            }
                        }
                        found
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().expect("a search thread panicked"))
                .collect()
        });
        for found in results {
            assert_eq!(found, expected);
        }
        assert!(
            most_in_flight.load(Ordering::SeqCst) >= 2,
            "the searches never overlapped"
        );
    }

    #[test]
    fn a_bounded_search_keeps_the_first_matches_and_says_when_more_match() {
        let report = load::embedded().expect("embedded dataset");
        let reports: Vec<Report> = (0..3).map(|n| report.numbered(n)).collect();
        let index = Index::build_all(&reports);
        let all = index.search("產業");
        let per_report = all.len() / 3;
        assert!(per_report > 2, "{} hits", all.len());
        let bounds = Bounds {
            report: None,
            first: None,
            most: per_report,
        };
        let found = index
            .search_bounded("產業", bounds, &|| false)
            .expect("not cancelled");
        assert!(found.more);
        assert_eq!(found.hits.len(), per_report);
        let reports_hit: Vec<usize> = found
            .hits
            .iter()
            .filter_map(|h| index.item(h.item).map(|i| i.report))
            .collect();
        assert!(reports_hit.iter().all(|&r| r == 0), "{reports_hit:?}");
        let bounds = Bounds {
            report: Some(2),
            first: None,
            most: all.len(),
        };
        let found = index
            .search_bounded("產業", bounds, &|| false)
            .expect("not cancelled");
        assert!(!found.more);
        assert_eq!(found.hits.len(), per_report);
        assert!(
            found
                .hits
                .iter()
                .all(|h| index.item(h.item).is_some_and(|i| i.report == 2))
        );
        let unbounded = index.search_bounded("產業", Bounds::ALL, &|| false);
        assert_eq!(unbounded.map(|f| (f.hits, f.more)), Some((all, false)));
    }

    #[test]
    fn a_bounded_search_looks_through_the_report_read_first() {
        let report = load::embedded().expect("embedded dataset");
        let reports: Vec<Report> = (0..3).map(|n| report.numbered(n)).collect();
        let index = Index::build_all(&reports);
        let per_report = index.search("產業").len() / 3;
        let bounds = Bounds {
            report: None,
            first: Some(2),
            most: per_report + 1,
        };
        let found = index
            .search_bounded("產業", bounds, &|| false)
            .expect("not cancelled");
        assert!(found.more, "the other reports match too");
        let of_report = |r: usize| {
            found
                .hits
                .iter()
                .filter(|h| index.item(h.item).is_some_and(|i| i.report == r))
                .count()
        };
        assert_eq!(
            of_report(2),
            per_report,
            "every hit of the report read is kept"
        );
        assert_eq!(of_report(0), 1, "then the others, in order");
    }
}
