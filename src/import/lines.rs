//! Text to lines: CRLF, CR and LF line ends, blanks (including U+3000 ideographic spaces) at
//! either end of a line trimmed, empty lines dropped.

/// Characters trimmed from both ends of a line besides Unicode white space.
const INVISIBLE: &[char] = &['\u{feff}', '\u{200b}', '\u{2060}'];

/// Characters that end a line which finishes its sentence or clause.
const TERMINATORS: &str = "。！？!?：:；;…”’」』）)】》";

/// The non-empty lines of `text`, trimmed.
pub fn lines(text: &str) -> Vec<String> {
    text.split(['\r', '\n'])
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || INVISIBLE.contains(&c)))
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when the line ends a sentence or clause; a line that does not was broken in the middle
/// (a web page's bold phrase, a subscript) and continues on the next line.
pub fn is_terminated(line: &str) -> bool {
    line.chars()
        .next_back()
        .is_some_and(|c| TERMINATORS.contains(c))
}

/// True for a paragraph addressed to the deputies (`各位代表！…`).
pub fn is_address(line: &str) -> bool {
    line.starts_with("各位代表")
}

/// True for a line that is nothing but the address (`各位代表！`).
pub fn is_bare_address(line: &str) -> bool {
    line.strip_prefix("各位代表").is_some_and(|rest| {
        rest.chars()
            .all(|c| TERMINATORS.contains(c) || c == '，' || c == ',')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_end_style_splits_lines() {
        assert_eq!(lines("一\r\n二\r三\n四"), ["一", "二", "三", "四"]);
    }

    #[test]
    fn ideographic_spaces_and_trailing_blanks_are_trimmed() {
        assert_eq!(
            lines("\u{3000}\u{3000}现在，我代表… \t\n  \n\u{feff}各位代表："),
            ["现在，我代表…", "各位代表："]
        );
    }

    #[test]
    fn spaces_inside_a_line_are_kept() {
        assert_eq!(lines("上海市市长 龚 正\u{3000}"), ["上海市市长 龚 正"]);
    }

    #[test]
    fn a_line_ending_mid_sentence_is_not_terminated() {
        assert!(!is_terminated("今年经济社会发展的"));
        assert!(!is_terminated("2.5"));
        assert!(is_terminated("重点做好十方面工作。"));
        assert!(is_terminated("各位代表："));
    }

    #[test]
    fn a_bare_address_is_only_the_address() {
        assert!(is_bare_address("各位代表！"));
        assert!(is_bare_address("各位代表"));
        assert!(!is_bare_address("各位代表，过去一年"));
        assert!(is_address("各位代表，过去一年"));
    }
}
