//! Filtering a short list as the user types (the report list, the bookmark list): a row
//! passes when every word of the query is in its text, compared folded (script, width, case),
//! or spelled there in pinyin (`hubei`, `hb`).

use super::{PinyinWord, fold_str};

/// True when every whitespace-separated word of `query` is in `text`, folded, or spelled in
/// it in pinyin; a blank query lets everything through.
pub fn words_match(text: &str, query: &str) -> bool {
    let folded = fold_str(text);
    query.split_whitespace().all(|word| {
        folded.contains(fold_str(word).as_str())
            || PinyinWord::parse(word).is_some_and(|p| p.find(text).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_matches_in_either_script_or_in_pinyin() {
        let text = "浙江省嘉興市秀洲區 2023 光伏新能源產業產值";
        assert!(words_match(text, "嘉兴 2023"));
        assert!(words_match(text, "guangfu"));
        assert!(words_match(text, "gf 秀洲"));
        assert!(words_match(text, "  "));
        assert!(!words_match(text, "嘉兴 2024"));
        assert!(!words_match(text, "hubei"));
    }
}
