//! SkimMatcherV2 run on just the part of a key that can hold a match.
//!
//! Every alignment starts at or after the first occurrence of the pattern's first character
//! and ends at or before the last occurrence of its last one. Skim's score of an alignment
//! depends only on the characters it covers and the one before, so the same match is found,
//! with the same score, in that window with one character of context; long sentences cost
//! only as much as the stretch that matters.

use fuzzy_matcher::skim::SkimMatcherV2;

/// A SkimMatcherV2 that matches folded keys (case already folded).
pub struct Skim(SkimMatcherV2);

impl Default for Skim {
    fn default() -> Self {
        Skim(SkimMatcherV2::default().respect_case())
    }
}

impl Skim {
    /// Skim's score of `pattern` in `key`, and with `positions` its char indices in `key`.
    pub fn fuzzy(&self, key: &str, pattern: &str, positions: bool) -> Option<(i64, Vec<usize>)> {
        let first = pattern.chars().next()?;
        let last = pattern.chars().next_back()?;
        let start = key.find(first)?;
        let end = key.rfind(last)? + last.len_utf8();
        if end <= start {
            return None;
        }
        let context = key[..start].chars().next_back().map_or(0, char::len_utf8);
        let from = start - context;
        let (score, mut found) = self.0.fuzzy(&key[from..end], pattern, positions)?;
        if !found.is_empty() {
            let offset = key[..from].chars().count();
            found.iter_mut().for_each(|p| *p += offset);
        }
        Some((score, found))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold_str;

    #[test]
    fn the_window_gives_the_same_score_and_positions_as_the_whole_key() {
        let whole = SkimMatcherV2::default().respect_case();
        let windowed = Skim::default();
        let text = fold_str(include_str!("../../assets/xiuzhou-2023.txt"));
        let patterns = [
            "光",
            "光伏",
            "产业",
            "地区生产总值",
            "发展",
            "gdp",
            "6%",
            "区",
            "新城",
        ];
        let mut compared = 0;
        for line in text.lines() {
            for pattern in patterns {
                let expected = whole.fuzzy(line, pattern, true);
                assert_eq!(
                    windowed.fuzzy(line, pattern, true),
                    expected,
                    "{pattern} in {line}"
                );
                let score = whole.fuzzy(line, pattern, false).map(|(s, _)| s);
                let got = windowed.fuzzy(line, pattern, false).map(|(s, _)| s);
                assert_eq!(got, score);
                compared += usize::from(expected.is_some());
            }
        }
        assert!(compared > 100);
    }
}
