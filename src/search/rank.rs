//! Ranking: how word matches add up to a score, and the order of hits.
//!
//! A word matched as one contiguous run outranks any scattered match; a query whose words stand
//! together as typed, or that covers a whole item, gains more; a figure found only by its
//! subject comes after the matches that can be highlighted; for a query of one Latin word, a
//! run that is a whole word (長三角 for `csj`) outranks letters straddling words (城市|精).
//! SkimMatcherV2's score orders matches of the same kind. Ties go to headings, then targets,
//! then results, then sentences, then to document order. Above all of it, the figures linked
//! to an indicator the query names come first, in the order the indicators were named.

use std::cmp::Reverse;

use super::{Hit, Kind};

/// Added for each word matched as one run of adjacent characters.
const CONTIGUOUS: i64 = 4096;
/// Added when the words, in the order typed, form one run.
const PHRASE: i64 = 1024;
/// Added when the match covers the item's whole text.
const WHOLE: i64 = 512;
/// Added to a match of a one-word Latin query whose run is a whole word (see `word_runs`).
pub const WORD: i64 = 1024;
/// Taken off a match spelled in pinyin, so the same match typed as it stands comes first.
pub const SPELLED: i64 = 1;
/// Taken off a figure's match found only in its subject, which the quote shown cannot show:
/// it ranks below the same kind of match (contiguous or scattered) that can be shown, above
/// a lesser kind.
pub const HIDDEN: i64 = CONTIGUOUS / 2;

/// The score of one word's match: SkimMatcherV2's score, raised when the match is contiguous.
pub fn word_score(skim: i64, positions: &[usize]) -> i64 {
    if is_run(positions) {
        skim + CONTIGUOUS
    } else {
        skim
    }
}

/// The bonus of a whole query: `words` are the positions matched for each word, in the order
/// typed, in `text`.
pub fn query_bonus(words: &[Vec<usize>], text: &str) -> i64 {
    if !words.iter().all(|w| is_run(w)) {
        return 0;
    }
    let mut bonus = 0;
    let together = words.windows(2).all(|w| match (w[0].last(), w[1].first()) {
        (Some(&end), Some(&start)) => start == end + 1,
        _ => false,
    });
    if words.len() > 1 && together {
        bonus += PHRASE;
    }
    let covered: usize = words.iter().map(Vec::len).sum();
    if covered == text.chars().count() {
        bonus += WHOLE;
    }
    bonus
}

/// True for a non-empty run of consecutive positions.
fn is_run(positions: &[usize]) -> bool {
    !positions.is_empty() && positions.windows(2).all(|w| w[1] == w[0] + 1)
}

/// Where a kind stands among equal scores.
fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Heading => 0,
        Kind::Target => 1,
        Kind::Result => 2,
        Kind::Sentence => 3,
    }
}

/// Orders hits best first: figures of a named indicator (the first named first), then score,
/// then kind (`kind_of` an item), then document order.
pub fn sort(hits: &mut [Hit], kind_of: impl Fn(usize) -> Option<Kind>) {
    hits.sort_unstable_by_key(|hit| {
        let kind = kind_of(hit.item).map_or(u8::MAX, kind_rank);
        let named = hit.indicator.unwrap_or(usize::MAX);
        (named, Reverse(hit.score), kind, hit.item)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contiguous_match_outranks_a_scattered_one() {
        assert!(word_score(10, &[3, 4, 5]) > word_score(300, &[0, 4, 9]));
    }

    #[test]
    fn words_standing_together_as_typed_gain_the_phrase_bonus() {
        let text = "光伏產業".repeat(5);
        let together = query_bonus(&[vec![2, 3], vec![4, 5]], &text);
        let apart = query_bonus(&[vec![2, 3], vec![8, 9]], &text);
        let reversed = query_bonus(&[vec![4, 5], vec![2, 3]], &text);
        assert!(together > apart);
        assert_eq!(apart, reversed);
    }

    #[test]
    fn covering_the_whole_text_gains_a_bonus() {
        let whole = query_bonus(&[vec![0, 1, 2, 3]], "光伏產業");
        assert!(whole > query_bonus(&[vec![0, 1, 2]], "光伏產業"));
        assert_eq!(query_bonus(&[vec![0, 2, 3]], "光伏產"), 0);
    }

    #[test]
    fn ties_go_to_headings_and_targets_then_document_order() {
        let kinds = [
            Kind::Sentence,
            Kind::Target,
            Kind::Heading,
            Kind::Sentence,
            Kind::Result,
        ];
        let hit = |item, score| Hit {
            item,
            score,
            positions: vec![],
            indicator: None,
        };
        let mut hits = vec![hit(0, 5), hit(1, 5), hit(2, 5), hit(3, 9), hit(4, 5)];
        sort(&mut hits, |i| kinds.get(i).copied());
        let order: Vec<usize> = hits.iter().map(|h| h.item).collect();
        assert_eq!(order, [3, 2, 1, 4, 0]);
    }
}
