//! Pinyin keys: Latin letters finding Han text by full pinyin (`guangfu`), by initials (`gfcy`)
//! or by both mixed (`guangf`), any reading of a polyphonic character counting (長 is `chang`
//! and `zhang`).
//!
//! Readings come from the `ib-matcher` crate (MIT), in its ASCII notation (`lv` for 綠); the
//! readings of a character and of its Simplified form are joined, and `u` may stand for `v`.
//! The table is written at build time (`build.rs`), so a query pays nothing to set it up.
//! A query word splits into pieces, each matching one character of the text, contiguously: a
//! piece is a whole syllable, an initial (`g`, or `zh`/`ch`/`sh`), or, for the last piece only,
//! any start of a syllable, so a query typed letter by letter keeps its matches. Latin letters
//! and digits in the text match themselves.

use std::collections::BTreeSet;
use std::ops::Range;

use super::normalise::fold;
use super::signature::PairBits;

/// The longest query word matched as pinyin (states are bits of a `u64`).
const MAX_LETTERS: usize = 63;

/// The readings one character may have.
struct ReadingSet {
    /// Bit `symbol(first letter)` for every reading.
    firsts: u64,
    /// The readings in ASCII notation.
    syllables: &'static [&'static str],
}

impl ReadingSet {
    /// The set of `syllables`, with the bits of their first letters.
    const fn new(syllables: &'static [&'static str]) -> ReadingSet {
        let mut firsts = 0;
        let mut i = 0;
        while i < syllables.len() {
            if let Some(&first) = syllables[i].as_bytes().first() {
                firsts |= symbol_bit(first);
            }
            i += 1;
        }
        ReadingSet { firsts, syllables }
    }
}

// The reading table (`HAN`, `SET_OF`, `SETS`, `SYLLABLES`), written by build.rs from
// ib-matcher's data: nothing to build at run time.
include!(concat!(env!("OUT_DIR"), "/pinyin_table.rs"));

/// True when `piece` is a whole syllable.
fn is_syllable(piece: &str) -> bool {
    SYLLABLES.binary_search(&piece).is_ok()
}

/// True when some syllable starts with `start`.
fn starts_a_syllable(start: &str) -> bool {
    let at = SYLLABLES.partition_point(|s| *s < start);
    SYLLABLES.get(at).is_some_and(|s| s.starts_with(start))
}

/// The readings of a Han character (joined with those of its Simplified form), sorted, in
/// ASCII notation (`lv` for 绿, with `lu` beside it); empty for any other character.
pub fn readings(c: char) -> &'static [&'static str] {
    match Sound::of(c) {
        Sound::Readings(set) => set.syllables,
        Sound::Literal(_) | Sound::Silent => &[],
    }
}

/// The bit of a letter or digit among the 36 symbols pinyin keys use (none for others).
const fn symbol_bit(b: u8) -> u64 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << (26 + b - b'0'),
        _ => 0,
    }
}

/// What one character of a text offers a pinyin query.
enum Sound {
    /// A Latin letter or digit (folded), matching itself.
    Literal(u8),
    /// A Han character with these readings.
    Readings(&'static ReadingSet),
    /// Nothing: punctuation, spaces, characters without readings.
    Silent,
}

impl Sound {
    fn of(c: char) -> Sound {
        let code = c as u32;
        if HAN.contains(&code) {
            return match SET_OF.get((code - HAN.start) as usize) {
                Some(&id) if id > 0 => SETS
                    .get(usize::from(id))
                    .map_or(Sound::Silent, Sound::Readings),
                _ => Sound::Silent,
            };
        }
        match fold(c) {
            folded if folded.is_ascii_alphanumeric() => Sound::Literal(folded as u8),
            _ => Sound::Silent,
        }
    }

    /// The first letters this character can give a piece, as symbol bits.
    fn firsts(&self) -> u64 {
        match self {
            Sound::Literal(b) => symbol_bit(*b),
            Sound::Readings(set) => set.firsts,
            Sound::Silent => 0,
        }
    }
}

/// Adds to `bits` the pairs of first letters that adjacent characters of `text` can give.
///
/// A pinyin match spells adjacent characters with pieces whose first letters are such pairs,
/// so an item lacking a pair a query needs cannot match it.
pub fn add_letter_pairs(text: &str, bits: &mut PairBits) {
    let mut previous = 0u64;
    for c in text.chars() {
        let current = Sound::of(c).firsts();
        for a in set_bits(previous) {
            for b in set_bits(current) {
                bits.insert(pair_hash(a, b));
            }
        }
        previous = current;
    }
}

/// The hash of a pair of symbols (bit positions of [`symbol_bit`]).
fn pair_hash(a: u32, b: u32) -> u32 {
    (a * 37 + b).wrapping_mul(0x9E37_79B1) >> 16
}

fn set_bits(mut mask: u64) -> impl Iterator<Item = u32> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let bit = mask.trailing_zeros();
            mask &= mask - 1;
            bit
        })
    })
}

/// A query word (folded, see [`fold`]) to be matched as pinyin.
#[derive(Debug, Clone)]
pub struct PinyinWord {
    letters: Vec<u8>,
    /// `(from, to, pair)`: a piece may start at `from` and the next at `to` (`to` = length: the
    /// piece ends the word), needing the letter pair `pair` in the item when `to` < length.
    steps: Vec<(usize, usize, u32)>,
    /// The pairs the first two pieces can make (empty when the word can be one piece).
    first_pairs: PairBits,
}

impl PinyinWord {
    /// The word as pinyin, when it is Latin letters and digits with at least one letter.
    pub fn parse(word: &str) -> Option<PinyinWord> {
        let letters = word.as_bytes().to_vec();
        let plausible = letters.len() <= MAX_LETTERS
            && letters.iter().all(u8::is_ascii_alphanumeric)
            && letters.iter().any(u8::is_ascii_alphabetic);
        if !plausible {
            return None;
        }
        let n = letters.len();
        let mut steps = Vec::new();
        for from in 0..n {
            let rest = &word[from..];
            let mut ends = BTreeSet::from([from + 1]);
            if rest.len() >= 2 && rest.as_bytes()[1] == b'h' && b"zcs".contains(&rest.as_bytes()[0])
            {
                ends.insert(from + 2);
            }
            for end in from + 2..=n {
                if is_syllable(&word[from..end]) {
                    ends.insert(end);
                }
            }
            if starts_a_syllable(rest) {
                ends.insert(n);
            }
            for to in ends {
                let pair = letters
                    .get(to)
                    .map_or(0, |&b| pair_hash(symbol(letters[from]), symbol(b)));
                steps.push((from, to, pair));
            }
        }
        let one_piece = steps.iter().any(|&(from, to, _)| from == 0 && to == n);
        let mut first_pairs = PairBits::default();
        if !one_piece {
            for &(_, _, pair) in steps.iter().filter(|&&(from, _, _)| from == 0) {
                first_pairs.insert(pair);
            }
        }
        Some(PinyinWord {
            letters,
            steps,
            first_pairs,
        })
    }

    /// False when `pairs` (from [`add_letter_pairs`]) rules out a match in that item.
    pub fn may_match(&self, pairs: &PairBits) -> bool {
        if !pairs.meets(&self.first_pairs) {
            return false;
        }
        let n = self.letters.len();
        let mut reached = 1u64;
        for &(from, to, pair) in &self.steps {
            if reached & (1 << from) == 0 {
                continue;
            }
            if to == n {
                return true;
            }
            if pairs.contains(pair) {
                reached |= 1 << to;
            }
        }
        false
    }

    /// The first run of characters of `text` the word spells, as a range of char indices.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        let done = 1u64 << self.letters.len();
        let first = symbol_bit(self.letters[0]);
        // Each live start with the set of letter counts it has consumed (as bits).
        let mut live: Vec<(usize, u64)> = Vec::new();
        for (at, c) in text.chars().enumerate() {
            let sound = Sound::of(c);
            let starts = sound.firsts() & first != 0;
            if starts {
                live.push((at, 1));
            } else if live.is_empty() {
                continue;
            }
            let mut found = None;
            live.retain_mut(|(start, states)| {
                *states = self.step(*states, &sound);
                if *states & done != 0 && found.is_none() {
                    found = Some(*start..at + 1);
                }
                *states != 0
            });
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// True when the word spells all of `text`, every character with a reading taking one piece
    /// (punctuation and spaces are passed over): `sl` and `shelin` spell 社零.
    pub fn spells(&self, text: &str) -> bool {
        let mut states = 1u64;
        let mut spoken = false;
        for c in text.chars() {
            let sound = Sound::of(c);
            if matches!(sound, Sound::Silent) {
                continue;
            }
            spoken = true;
            states = self.step(states, &sound);
            if states == 0 {
                return false;
            }
        }
        spoken && states & (1 << self.letters.len()) != 0
    }

    /// The letter counts reachable after one more character, from the counts in `states`.
    fn step(&self, states: u64, sound: &Sound) -> u64 {
        let n = self.letters.len();
        let mut next = 0;
        for s in set_bits(states).map(|s| s as usize).filter(|&s| s < n) {
            let rest = &self.letters[s..];
            match sound {
                Sound::Literal(b) if *b == rest[0] => next |= 1 << (s + 1),
                Sound::Readings(set) if set.firsts & symbol_bit(rest[0]) != 0 => {
                    for syllable in set.syllables.iter().map(|s| s.as_bytes()) {
                        next |= piece_ends(rest, syllable) << s;
                    }
                }
                _ => {}
            }
        }
        next
    }
}

/// The letter counts (as bits) a piece can consume from `rest` when its character reads
/// `syllable`: its initial, `zh`/`ch`/`sh`, the whole syllable, or all of `rest` when it is a
/// start of the syllable.
fn piece_ends(rest: &[u8], syllable: &[u8]) -> u64 {
    if syllable.is_empty() || syllable.first() != rest.first() {
        return 0;
    }
    let mut ends = 1 << 1;
    let retroflex = b"zcs".contains(&syllable[0]) && syllable.get(1) == Some(&b'h');
    if retroflex && rest.get(1) == Some(&b'h') {
        ends |= 1 << 2;
    }
    if rest.starts_with(syllable) || syllable.starts_with(rest) {
        ends |= 1 << rest.len().min(syllable.len());
    }
    ends
}

/// The position of a letter or digit among the 36 symbols.
fn symbol(b: u8) -> u32 {
    symbol_bit(b).trailing_zeros()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spells(word: &str, text: &str) -> Option<String> {
        let word = PinyinWord::parse(word)?;
        let range = word.find(text)?;
        Some(text.chars().skip(range.start).take(range.len()).collect())
    }

    #[test]
    fn initials_full_pinyin_and_mixed_spell_the_same_characters() {
        let text = "推動光伏產業發展";
        for word in ["gfcy", "guangfuchanye", "gfchany", "guangfucy", "gfcye"] {
            assert_eq!(spells(word, text).as_deref(), Some("光伏產業"), "{word}");
        }
        assert_eq!(spells("guangf", text).as_deref(), Some("光伏"));
        assert_eq!(spells("guangfuc", text).as_deref(), Some("光伏產"));
    }

    #[test]
    fn the_table_written_at_build_time_is_sorted_and_complete() {
        // Lookups of syllables are binary searches.
        assert!(SYLLABLES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_syllable("zhuang") && is_syllable("lv") && is_syllable("lu"));
        assert!(!is_syllable("gua ") && starts_a_syllable("zhua") && !starts_a_syllable("zx"));
        assert_eq!(SET_OF.len(), HAN.len());
        assert_eq!(readings('长'), ["chang", "zhang"]);
        assert_eq!(readings('長'), readings('长'));
        assert!(readings('a').is_empty() && readings('。').is_empty());
        assert!(SETS[0].syllables.is_empty());
    }

    #[test]
    fn a_polyphonic_character_matches_by_any_reading() {
        assert_eq!(spells("csj", "融入長三角").as_deref(), Some("長三角"));
        assert_eq!(spells("qz", "區長劉德威").as_deref(), Some("區長"));
        assert_eq!(spells("hy", "行業鏈主").as_deref(), Some("行業"));
        assert_eq!(spells("xz", "行政服務").as_deref(), Some("行政"));
        assert_eq!(spells("zd", "重點項目").as_deref(), Some("重點"));
        assert_eq!(spells("cs", "重塑優勢").as_deref(), Some("重塑"));
    }

    #[test]
    fn the_readings_of_the_simplified_form_count_for_a_traditional_character() {
        // ib-matcher gives 調 only diao; 调 also reads tiao (調整).
        assert_eq!(spells("tz", "調整結構").as_deref(), Some("調整"));
    }

    #[test]
    fn pieces_must_be_contiguous_and_whole_syllables_or_initials() {
        assert_eq!(spells("gfcy", "光伏和產業"), None);
        // "gua" inside a word is neither a syllable of 光 nor an initial.
        assert_eq!(spells("guafu", "光伏"), None);
        assert_eq!(spells("gua", "光伏").as_deref(), Some("光"));
    }

    #[test]
    fn latin_letters_and_digits_in_the_text_match_themselves() {
        assert_eq!(spells("5gjz", "建成5G基站").as_deref(), Some("5G基站"));
        assert_eq!(spells("icu", "新增ＩＣＵ病床").as_deref(), Some("ＩＣＵ"));
    }

    #[test]
    fn a_word_spells_a_whole_text_or_not() {
        let spells_all =
            |word: &str, text: &str| PinyinWord::parse(word).is_some_and(|w| w.spells(text));
        for word in ["sl", "shelin", "sheling", "shel", "sling"] {
            assert!(spells_all(word, "社零"), "{word}");
        }
        assert!(spells_all(
            "zjtx",
            "專精特新“小巨人”".split('“').next().unwrap_or("")
        ));
        assert!(
            spells_all("zjtxxjr", "專精特新“小巨人”"),
            "quotes are passed over"
        );
        assert!(
            !spells_all("s", "社零"),
            "one piece cannot spell two characters"
        );
        assert!(!spells_all("slz", "社零"), "letters left over");
        assert!(
            !spells_all("gt", "固定資產投資"),
            "a prefix is not the whole"
        );
    }

    #[test]
    fn words_that_are_not_pinyin_are_refused() {
        assert!(PinyinWord::parse("光伏").is_none());
        assert!(PinyinWord::parse("600").is_none());
        assert!(PinyinWord::parse("").is_none());
        assert!(PinyinWord::parse(&"a".repeat(64)).is_none());
    }

    #[test]
    fn letter_pairs_rule_out_items_and_never_a_match() {
        let word = PinyinWord::parse("gfcy").expect("pinyin");
        let mut with = PairBits::default();
        add_letter_pairs("推動光伏產業發展", &mut with);
        assert!(word.may_match(&with));
        let mut without = PairBits::default();
        add_letter_pairs("今天天氣很好", &mut without);
        assert!(!word.may_match(&without));
        // Every pair of a real sentence that matches lets it through.
        let text = include_str!("../../assets/xiuzhou-2023.txt");
        for word in ["dqsczz", "guangfu", "zhongd", "cs", "5g"] {
            let word = PinyinWord::parse(word).expect("pinyin");
            for line in text.lines().filter(|l| word.find(l).is_some()) {
                let mut bits = PairBits::default();
                add_letter_pairs(line, &mut bits);
                assert!(word.may_match(&bits), "{line}");
            }
        }
    }
}
