//! Character folding for search: one character in, one character out, so positions in a folded
//! key are positions in the original text.
//!
//! Folds Traditional to Simplified (so both scripts meet in the middle), full-width ASCII to
//! half-width (`ＧＤＰ` = `GDP`, `６％` = `6%`), the ideographic space to a space, and letters to
//! lower case, Unicode-wide. The Traditional-to-Simplified table comes from the `fast2s` crate
//! (MIT), applied one character at a time.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The CJK blocks the Traditional-to-Simplified table covers: Extension A and Unified Ideographs.
const HAN: std::ops::RangeInclusive<u32> = 0x3400..=0x9FFF;

/// Blocks without letters: general punctuation, CJK symbols and punctuation, kana, bopomofo,
/// CJK compatibility, vertical and small forms. Skipping the case lookup there saves time.
const CASELESS: [std::ops::Range<u32>; 3] = [0x2000..0x2100, 0x3000..0x3400, 0xFE10..0xFE70];

/// The search form of one character.
pub fn fold(c: char) -> char {
    let code = c as u32;
    if code < 0x80 {
        c.to_ascii_lowercase()
    } else if HAN.contains(&code) {
        simplified(c)
    } else if (0xFF01..=0xFF5E).contains(&code) {
        // Full-width ASCII sits at a fixed offset from ASCII.
        char::from_u32(code - 0xFEE0).map_or(c, |ascii| ascii.to_ascii_lowercase())
    } else if c == '\u{3000}' {
        ' '
    } else if CASELESS.iter().any(|r| r.contains(&code)) {
        c
    } else if c == 'ς' {
        // Case folding, unlike lower-casing, joins the final sigma to σ.
        'σ'
    } else {
        single_lowercase(c)
    }
}

/// Appends the folded form of `text` to `out`, character for character.
pub fn fold_into(text: &str, out: &mut String) {
    out.extend(text.chars().map(fold));
}

/// True for a character of the CJK Unified Ideographs (and Extension A).
pub fn is_han(c: char) -> bool {
    HAN.contains(&(c as u32))
}

/// The folded form of `text`.
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Every character that folds to `folded`, when it is a Han character: itself (if it is its
/// own fold) and the Traditional characters that simplify to it.
pub fn han_variants(folded: char) -> Option<Vec<char>> {
    if !HAN.contains(&(folded as u32)) {
        return None;
    }
    static REVERSE: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    let reverse = REVERSE.get_or_init(|| {
        let mut reverse: HashMap<char, Vec<char>> = HashMap::new();
        for c in HAN.filter_map(char::from_u32) {
            let s = simplified(c);
            if s != c {
                reverse.entry(s).or_default().push(c);
            }
        }
        reverse
    });
    let mut variants: Vec<char> = reverse.get(&folded).cloned().unwrap_or_default();
    if simplified(folded) == folded {
        variants.insert(0, folded);
    }
    Some(variants)
}

/// The lower case of `c` when it is a single character (keeps positions 1:1), else `c`.
fn single_lowercase(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// The Simplified form of a Han character (itself when it has none).
fn simplified(c: char) -> char {
    let table = t2s_table();
    let slot = (c as u32 - HAN.start()) as usize;
    match table.get(slot) {
        Some(&0) | None => c,
        Some(&code) => char::from_u32(u32::from(code)).unwrap_or(c),
    }
}

/// Simplified code points for every character of [`HAN`], 0 where the character is unchanged.
fn t2s_table() -> &'static [u16] {
    static TABLE: OnceLock<Box<[u16]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let chars: Vec<char> = HAN.filter_map(char::from_u32).collect();
        // Spaces between the characters keep fast2s's few context rules (乾隆, 慰藉) out of play,
        // so each character gets its one context-free mapping.
        let spaced: String = chars.iter().flat_map(|&c| [c, ' ']).collect();
        let converted = fast2s::convert(&spaced);
        chars
            .iter()
            .zip(converted.chars().step_by(2))
            .map(|(&from, to)| match u16::try_from(to as u32) {
                Ok(code) if to != from => code,
                _ => 0,
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_simplified_fold_to_the_same_key() {
        assert_eq!(fold_str("光伏產業"), fold_str("光伏产业"));
        assert_eq!(fold_str("地區生產總值"), "地区生产总值");
        assert_eq!(fold_str("長三角"), fold_str("长三角"));
    }

    #[test]
    fn full_width_ascii_folds_to_half_width_lower_case() {
        assert_eq!(fold_str("ＧＤＰ增長６％"), "gdp增长6%");
        assert_eq!(fold_str("ＩＣＵ　病床"), "icu 病床");
    }

    #[test]
    fn letters_fold_case_beyond_ascii() {
        assert_eq!(
            fold_str("RCEP Ärger ΣΟΦΊΑ σοφίας"),
            "rcep ärger σοφία σοφίασ"
        );
    }

    #[test]
    fn folding_keeps_one_character_for_each_character() {
        let text = include_str!("../../assets/xiuzhou-2023.txt");
        assert_eq!(fold_str(text).chars().count(), text.chars().count());
        // İ lower-cases to two characters; it is left as it is rather than shifting positions.
        assert_eq!(fold_str("İstanbul").chars().count(), 8);
    }

    #[test]
    fn han_variants_are_every_character_folding_to_it() {
        let mut variants = han_variants('发').expect("han");
        variants.sort_unstable();
        assert_eq!(variants, ['发', '發', '髮']);
        assert_eq!(han_variants('光'), Some(vec!['光']));
        assert_eq!(han_variants('g'), None);
        for c in ['产', '区', '长', '干'] {
            for v in han_variants(c).expect("han") {
                assert_eq!(fold(v), c);
            }
        }
    }

    #[test]
    fn characters_without_a_simplified_form_stay() {
        assert_eq!(fold_str("中國的人民"), "中国的人民");
        assert_eq!(fold('著'), '著');
    }
}
