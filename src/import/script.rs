//! Simplified or Traditional: detecting a text's script and matching words written in either.

use crate::model::Script;

/// Common characters that exist only in Simplified form, paired index by index with
/// [`TRADITIONAL_ONLY`].
const SIMPLIFIED_ONLY: &str =
    "这们区发会经济国业进设动务长产实现为对开关时样给还报资项场级农质环态稳";
/// The Traditional forms of [`SIMPLIFIED_ONLY`].
const TRADITIONAL_ONLY: &str =
    "這們區發會經濟國業進設動務長產實現為對開關時樣給還報資項場級農質環態穩";

/// The script most of the text is written in (Simplified when undecided).
pub fn detect(text: &str) -> Script {
    let (mut simplified, mut traditional) = (0usize, 0usize);
    for c in text.chars() {
        if SIMPLIFIED_ONLY.contains(c) {
            simplified += 1;
        } else if TRADITIONAL_ONLY.contains(c) {
            traditional += 1;
        }
    }
    if traditional > simplified {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

/// `simplified` or `traditional`, whichever matches `script`.
pub fn pick(script: Script, simplified: &'static str, traditional: &'static str) -> &'static str {
    match script {
        Script::Simplified => simplified,
        Script::Traditional => traditional,
    }
}

/// True when `text` contains any of `words` (list both scripts' spellings).
pub fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The first of `words` that `text` starts with.
pub fn strip_any<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| text.strip_prefix(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_character_tables_pair_up() {
        assert_eq!(
            SIMPLIFIED_ONLY.chars().count(),
            TRADITIONAL_ONLY.chars().count()
        );
        for (s, t) in SIMPLIFIED_ONLY.chars().zip(TRADITIONAL_ONLY.chars()) {
            assert_ne!(s, t);
        }
    }

    #[test]
    fn traditional_text_is_detected() {
        assert_eq!(detect("這一年，我們全力穩住經濟大盤"), Script::Traditional);
    }

    #[test]
    fn simplified_text_is_detected() {
        assert_eq!(detect("这一年，我们全力稳住经济大盘"), Script::Simplified);
    }

    #[test]
    fn text_without_telling_characters_counts_as_simplified() {
        assert_eq!(detect("2023 abc"), Script::Simplified);
    }

    #[test]
    fn words_are_matched_in_either_script() {
        let words = ["主要预期目标", "主要預期目標"];
        assert!(contains_any("建議2023年主要預期目標為", &words));
        assert!(!contains_any("主要目标", &words));
        assert_eq!(strip_any("各位代表：", &["各位代表"]), Some("："));
        assert_eq!(strip_any("代表", &["各位代表"]), None);
    }
}
