//! SkimMatcherV2 run on just the part of a text that can hold a match.
//!
//! Every alignment starts at or after the first occurrence of the pattern's first character
//! and ends at or before the last occurrence of its last one. Skim's score of an alignment
//! depends only on the characters it covers and the one before, so the same match is found,
//! with the same score, in that window with one character of context; long sentences cost
//! only as much as the stretch that matters, and a text not yet folded needs only that
//! stretch folded.

use std::borrow::Cow;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::normalise::fold_into;

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
        self.fuzzy_in(key, pattern, &[first], &[last], positions, |window, _| {
            Some(Cow::Borrowed(window))
        })
    }

    /// The same for a text not yet folded, `pattern` being folded: `firsts` and `lasts` are
    /// the characters of the text that fold to the pattern's first and last characters. Only
    /// the window is folded.
    pub fn fuzzy_unfolded(
        &self,
        text: &str,
        pattern: &str,
        firsts: &[char],
        lasts: &[char],
        positions: bool,
    ) -> Option<(i64, Vec<usize>)> {
        self.fuzzy_in(text, pattern, firsts, lasts, positions, |window, buffer| {
            buffer.clear();
            fold_into(window, buffer);
            Some(Cow::Owned(std::mem::take(buffer)))
        })
    }

    /// Runs Skim on the window of `text` from a little before its first `firsts` character to
    /// its last `lasts` character, as `key_of` makes it.
    fn fuzzy_in<'t>(
        &self,
        text: &'t str,
        pattern: &str,
        firsts: &[char],
        lasts: &[char],
        positions: bool,
        key_of: impl FnOnce(&'t str, &mut String) -> Option<Cow<'t, str>>,
    ) -> Option<(i64, Vec<usize>)> {
        let start = firsts.iter().filter_map(|&c| text.find(c)).min()?;
        let end = lasts
            .iter()
            .filter_map(|&c| text.rfind(c).map(|at| at + c.len_utf8()))
            .max()?;
        if end <= start {
            return None;
        }
        let context = text[..start].chars().next_back().map_or(0, char::len_utf8);
        let from = start - context;
        let mut buffer = String::new();
        let window = key_of(&text[from..end], &mut buffer)?;
        let (score, mut found) = self.0.fuzzy(&window, pattern, positions)?;
        if !found.is_empty() {
            let offset = text[..from].chars().count();
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
    fn folding_only_the_window_of_a_raw_text_gives_the_same_match() {
        let whole = SkimMatcherV2::default().respect_case();
        let windowed = Skim::default();
        let text = include_str!("../../assets/xiuzhou-2023.txt");
        let mut compared = 0;
        for line in text.lines() {
            let key = fold_str(line);
            for (pattern, firsts, lasts) in [
                ("产业", &['产', '產'][..], &['业', '業'][..]),
                ("长三角", &['长', '長'][..], &['角'][..]),
                ("区", &['区', '區'][..], &['区', '區'][..]),
            ] {
                let expected = whole.fuzzy(&key, pattern, true);
                let got = windowed.fuzzy_unfolded(line, pattern, firsts, lasts, true);
                assert_eq!(got, expected, "{pattern} in {line}");
                compared += usize::from(expected.is_some());
            }
        }
        assert!(compared > 50);
    }

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
