//! Item signatures: small bit sets that rule out most items before any matching is done.
//!
//! Each item keeps one set of its (folded) characters and one of the pairs of first letters
//! its adjacent characters can give in pinyin. A query word needs all of its characters, or,
//! as pinyin, the letter pairs of some way of spelling it; an item whose sets lack them cannot
//! match and is skipped. Sets can only say "maybe", never "no" wrongly.

use super::normalise::fold;
use super::pinyin::add_letter_pairs;

/// A set of hashed values in `64 * N` bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, rkyv::Archive, rkyv::Serialize)]
pub struct Bits<const N: usize = 2>([u64; N]);

impl<const N: usize> Default for Bits<N> {
    fn default() -> Self {
        Bits([0; N])
    }
}

impl<const N: usize> Bits<N> {
    /// The number of bits.
    const BITS: u32 = 64 * N as u32;

    /// Adds a hashed value.
    pub fn insert(&mut self, hash: u32) {
        let bit = hash % Self::BITS;
        self.0[(bit / 64) as usize] |= 1 << (bit % 64);
    }

    /// True when the hashed value may have been added.
    pub fn contains(&self, hash: u32) -> bool {
        let bit = hash % Self::BITS;
        self.0[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }

    /// True when every value of `other` may be in `self`.
    pub fn covers(&self, other: &Self) -> bool {
        self.0.iter().zip(&other.0).all(|(a, b)| a & b == *b)
    }

    /// True when `self` may hold one of the values of `other`, or `other` is empty.
    pub fn meets(&self, other: &Self) -> bool {
        *other == Self::default() || self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }

    /// The set of the folded characters of `text`.
    pub fn of_chars(text: &str) -> Self {
        let mut bits = Self::default();
        bits.add_chars(text);
        bits
    }

    /// Adds the folded characters of `text`.
    pub fn add_chars(&mut self, text: &str) {
        for c in text.chars() {
            self.insert(char_hash(fold(c)));
        }
    }
}

/// The set of an item's characters.
pub type CharBits = Bits<2>;

/// The set of an item's pinyin letter pairs.
pub type PairBits = Bits<3>;

/// What an item offers a query before matching.
#[derive(Debug, Clone, Copy, Default, rkyv::Archive, rkyv::Serialize)]
pub struct Signature {
    /// Its folded characters (128 bits: 256 let a third fewer items through on Han queries,
    /// but cost 16 bytes more an item, and checking an item let through wrongly is cheap).
    pub chars: CharBits,
    /// The pinyin first-letter pairs of its adjacent characters (192 bits: spelling out an
    /// item let through wrongly is dear, and 128 bits let 28% more items through).
    pub letter_pairs: PairBits,
}

impl Signature {
    /// The signature of texts matched for one item (its text, and a figure's subject).
    pub fn of(texts: &[&str]) -> Signature {
        let mut signature = Signature::default();
        for text in texts {
            signature.chars.add_chars(text);
            add_letter_pairs(text, &mut signature.letter_pairs);
        }
        signature
    }
}

impl From<&ArchivedSignature> for Signature {
    fn from(archived: &ArchivedSignature) -> Signature {
        Signature {
            chars: Bits::from(&archived.chars),
            letter_pairs: Bits::from(&archived.letter_pairs),
        }
    }
}

impl<const N: usize> From<&ArchivedBits<N>> for Bits<N> {
    fn from(archived: &ArchivedBits<N>) -> Bits<N> {
        Bits(archived.0.map(|word| word.to_native()))
    }
}

/// The hash of a (folded) character.
fn char_hash(c: char) -> u32 {
    (c as u32).wrapping_mul(0x9E37_79B1) >> 16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_covers_its_own_characters_in_either_script() {
        let sentence = CharBits::of_chars("推動光伏產業發展");
        assert!(sentence.covers(&CharBits::of_chars("光伏产业")));
        assert!(sentence.covers(&CharBits::of_chars("業光")));
    }

    #[test]
    fn a_missing_character_is_usually_ruled_out() {
        let sentence = CharBits::of_chars("推動光伏產業發展");
        let ruled_out = ["蘋", "果", "手", "機", "水", "稻"]
            .iter()
            .filter(|c| !sentence.covers(&CharBits::of_chars(c)))
            .count();
        assert!(ruled_out >= 5, "only {ruled_out} of 6 ruled out");
    }
}
