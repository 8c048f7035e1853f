//! Telling a word from letters that straddle words, with no dictionary: `csj` spells 長三角
//! and also 城市精 (城市|精細化) and 層設計 (頂層|設計); only the first is a word.
//!
//! A matched run counts as a word when each of its sides is open across all the hits: next to
//! an edge (the text's end, punctuation, a change between Han and Latin) at least once, or
//! next to two different characters. 長三角 follows 工, 入, 造 … and precedes 研, 一, 城; 城市精
//! is always followed by 細. (This is accessor variety, as in Feng et al., 2004.)

use std::collections::HashMap;

use super::Hit;
use super::items::Stored;
use super::normalise::{fold, is_han};

/// What is known of one side of a run across its occurrences.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Next to this character (folded) every time so far.
    Only(char),
    /// Next to an edge, or to two different characters.
    Open,
}

impl Side {
    /// The side of one occurrence: `neighbour` beside `edge`, the run's character on that side.
    fn of(neighbour: Option<char>, edge: char) -> Side {
        match neighbour.map(fold) {
            Some(c) if c.is_alphanumeric() && is_han(c) == is_han(edge) => Side::Only(c),
            _ => Side::Open,
        }
    }

    /// What two occurrences' sides say together.
    fn and(self, other: Side) -> Side {
        if self == other { self } else { Side::Open }
    }
}

/// The run a hit matched (folded) and its two sides: `None` when the match is not one run of
/// two characters or more.
fn run_of(hit: &Hit, text: &str) -> Option<(String, Side, Side)> {
    let (&first, &last) = (hit.positions.first()?, hit.positions.last()?);
    if last <= first || last - first + 1 != hit.positions.len() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let run = chars.get(first..=last)?;
    let before = first.checked_sub(1).and_then(|i| chars.get(i).copied());
    let left = Side::of(before, run[0]);
    let right = Side::of(chars.get(last + 1).copied(), run[run.len() - 1]);
    Some((run.iter().map(|&c| fold(c)).collect(), left, right))
}

/// For each of `hits` (of `items`), whether its matched run is a word by the rule of the
/// module.
pub fn whole_words(hits: &[Hit], items: &impl Stored) -> Vec<bool> {
    let runs: Vec<Option<(String, Side, Side)>> = hits
        .iter()
        .map(|hit| run_of(hit, items.text(hit.item)))
        .collect();
    let mut sides: HashMap<&str, (Side, Side)> = HashMap::new();
    for (run, left, right) in runs.iter().flatten() {
        sides
            .entry(run)
            .and_modify(|(l, r)| (*l, *r) = (l.and(*left), r.and(*right)))
            .or_insert((*left, *right));
    }
    runs.iter()
        .map(|run| {
            run.as_ref()
                .and_then(|(run, _, _)| sides.get(run.as_str()))
                .is_some_and(|&sides| sides == (Side::Open, Side::Open))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::load;
    use crate::model::{Report, Script};
    use crate::search::{Index, fold_str};

    #[test]
    fn a_side_is_open_at_an_edge_or_with_two_neighbours() {
        assert!(Side::of(None, '長') == Side::Open);
        assert!(Side::of(Some('，'), '長') == Side::Open);
        assert!(
            Side::of(Some('G'), '長') == Side::Open,
            "a change of script"
        );
        let one = Side::of(Some('工'), '長');
        assert!(one == Side::Only('工'));
        assert!(one.and(Side::of(Some('工'), '長')) == one);
        assert!(one.and(Side::of(Some('入'), '長')) == Side::Open);
    }

    fn hits_holding(index: &Index, query: &str, word: &str) -> Vec<bool> {
        index
            .search(query)
            .iter()
            .map(|h| fold_str(index.item(h.item).expect("hit item").text).contains(word))
            .collect()
    }

    #[test]
    fn initials_find_the_word_before_letters_straddling_words() {
        let report = Report::plain(
            "s",
            Script::Simplified,
            vec![
                "深化城市精细化管理。北理工长三角研究院。提高城市精细化水平。融入长三角一体化。"
                    .into(),
                "加强顶层设计。打造长三角城市群。".into(),
            ],
        );
        let holding = hits_holding(&Index::build(&report), "csj", "长三角");
        assert_eq!(holding, [true, true, true, false, false, false]);
    }

    #[test]
    fn csj_on_the_embedded_report_finds_the_yangtze_delta_first() {
        static INDEX: OnceLock<Index> = OnceLock::new();
        let index =
            INDEX.get_or_init(|| Index::build(&load::embedded().expect("embedded dataset")));
        let holding = hits_holding(index, "csj", "长三角");
        let first = holding.iter().take_while(|&&h| h).count();
        assert!(first >= 5, "{holding:?}");
        assert!(holding[first..].iter().all(|&h| !h), "{holding:?}");
    }
}
