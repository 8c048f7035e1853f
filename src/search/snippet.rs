//! Cutting an item's text to a width around its match, for result lists.

use crate::text::{ELLIPSIS, char_width};

/// A piece of a text cut to fit, with the match positions moved into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The shown text, with `…` where something was cut.
    pub text: String,
    /// The matched characters, as char indices into `text`.
    pub positions: Vec<usize>,
}

/// The part of `text` that fits in `columns` display columns, showing its first matched
/// character (`positions` are char indices into `text`) with some context before it.
///
/// Cuts are marked with `…`; wide characters are never split. Sanitise `text` first when it
/// comes from a dataset ([`crate::text::sanitize`] keeps positions).
pub fn snippet(text: &str, positions: &[usize], columns: usize) -> Snippet {
    let widths: Vec<usize> = text.chars().map(char_width).collect();
    let n = widths.len();
    let (start, end) = window(&widths, positions.first().copied().unwrap_or(0), columns);
    if start == end && n > 0 {
        // Not even one character fits beside the marks.
        let text = if columns > 0 {
            ELLIPSIS.to_string()
        } else {
            String::new()
        };
        return Snippet {
            text,
            positions: Vec::new(),
        };
    }
    let lead = usize::from(start > 0);
    let mut shown = String::new();
    if start > 0 {
        shown.push(ELLIPSIS);
    }
    shown.extend(text.chars().skip(start).take(end - start));
    if end < n {
        shown.push(ELLIPSIS);
    }
    Snippet {
        text: shown,
        positions: positions
            .iter()
            .filter(|&&p| (start..end).contains(&p))
            .map(|&p| p - start + lead)
            .collect(),
    }
}

/// The char range to show: from a little before `anchor`, as far as `columns` allow, counting
/// one column for each `…` a cut needs.
fn window(widths: &[usize], anchor: usize, columns: usize) -> (usize, usize) {
    let n = widths.len();
    if widths.iter().sum::<usize>() <= columns {
        return (0, n);
    }
    let anchor = anchor.min(n.saturating_sub(1));
    // Up to a third of the width goes to context before the match.
    let mut start = anchor;
    let mut before = 0;
    while start > 0 && before + widths[start - 1] <= columns / 3 {
        start -= 1;
        before += widths[start];
    }
    let fits = |start: usize, end: usize, used: usize| {
        used + usize::from(start > 0) + usize::from(end < n) <= columns
    };
    let mut end = start;
    let mut used = 0;
    while end < n && fits(start, end + 1, used + widths[end]) {
        used += widths[end];
        end += 1;
    }
    // At the end of the text, spend what is left on more context before.
    while end == n && start > 0 && fits(start - 1, end, used + widths[start - 1]) {
        start -= 1;
        used += widths[start];
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::width;

    const SENTENCE: &str = "報告還指出,進一步挖掘分布式光伏發電空間,新增分布式光伏并網容量不少于50兆瓦,更多地平衡新上項目用能需求。";

    fn chars_at(s: &Snippet) -> String {
        let chars: Vec<char> = s.text.chars().collect();
        s.positions.iter().map(|&p| chars[p]).collect()
    }

    #[test]
    fn short_text_is_shown_whole() {
        let s = snippet("光伏產業", &[0, 1], 20);
        assert_eq!(s.text, "光伏產業");
        assert_eq!(s.positions, [0, 1]);
    }

    #[test]
    fn a_cut_snippet_shows_the_match_and_fits_the_width() {
        let at = SENTENCE.chars().position(|c| c == '并').expect("in text");
        let positions: Vec<usize> = (at..at + 4).collect();
        for columns in [6, 9, 10, 20, 31, 40, 79] {
            let s = snippet(SENTENCE, &positions, columns);
            assert!(width(&s.text) <= columns, "{} > {columns}", s.text);
            assert!(s.text.starts_with(ELLIPSIS), "{:?} at {columns}", s.text);
            let ending = s.text.ends_with(ELLIPSIS) || s.text.ends_with("需求。");
            assert!(ending, "{:?} at {columns}", s.text);
            assert_eq!(chars_at(&s), "并網容量"[..chars_at(&s).len()]);
            assert!(!s.positions.is_empty(), "match shown at {columns}");
        }
    }

    #[test]
    fn a_match_near_the_end_is_shown_with_context_before() {
        let n = SENTENCE.chars().count();
        let s = snippet(SENTENCE, &[n - 3, n - 2], 20);
        assert!(s.text.starts_with(ELLIPSIS));
        assert!(s.text.ends_with("需求。"));
        assert_eq!(chars_at(&s), "需求");
        assert!(width(&s.text) >= 19);
    }

    #[test]
    fn tiny_widths_never_overflow() {
        for columns in 0..4 {
            let s = snippet(SENTENCE, &[10], columns);
            assert!(width(&s.text) <= columns, "{:?} at {columns}", s.text);
        }
    }
}
