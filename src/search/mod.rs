//! Search that understands Chinese: fuzzy, blind to Traditional/Simplified, width and case,
//! and able to find Han text by pinyin.
//!
//! [`Index::build`] cuts a report into items (headings, sentences, targets, results);
//! [`Index::search`] returns them ranked, with the matched characters as char indices into the
//! item's text. Matching runs fuzzy-matcher's SkimMatcherV2 over folded keys ([`fold`]) and,
//! for words of Latin letters, a pinyin matcher; a bit-set signature per item rules out most
//! items first. A query that names a standard indicator ([`crate::indicators`]) brings the
//! figures linked to it first. See the README's "Search" section for the rules.

mod figures;
mod filter;
pub(crate) mod index;
mod items;
mod linked;
pub(crate) mod normalise;
mod pinyin;
mod rank;
mod sentences;
mod signature;
mod skim;
mod snippet;
mod word_runs;

use std::ops::Range;

use serde::Serialize;

pub use figures::{FigureMatches, category_named, figures_matching};
pub use filter::words_match;
pub use index::{Bounds, Found, Index};
pub use normalise::{fold, fold_str, han_variants};
/// A search index that may still be in the making on the search worker's thread.
pub type PendingIndex = crate::pending::Pending<Index>;
pub use pinyin::PinyinWord;
pub(crate) use pinyin::readings;
pub use sentences::sentences;
pub use snippet::{Snippet, snippet};

/// What an item is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A section heading (label and title).
    Heading,
    /// A sentence of a paragraph.
    Sentence,
    /// A target, shown as its quote.
    Target,
    /// A past result, shown as its quote.
    Result,
}

impl From<&ArchivedKind> for Kind {
    fn from(archived: &ArchivedKind) -> Kind {
        match archived {
            ArchivedKind::Heading => Kind::Heading,
            ArchivedKind::Sentence => Kind::Sentence,
            ArchivedKind::Target => Kind::Target,
            ArchivedKind::Result => Kind::Result,
        }
    }
}

impl Kind {
    /// The lower-case name used in JSON and tables.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Heading => "heading",
            Kind::Sentence => "sentence",
            Kind::Target => "target",
            Kind::Result => "result",
        }
    }
}

/// One searchable piece of a report, knowing where it stands; lent by [`Index::item`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    /// What it is.
    pub kind: Kind,
    /// Index into the reports given to [`Index::build_all`] (0 for [`Index::build`]).
    pub report: usize,
    /// The id of its section.
    pub section: &'a str,
    /// The text shown and matched: the sentence, the heading as printed, a figure's quote.
    pub text: &'a str,
    /// Index into the section's `paragraphs` (sentences, and figures whose quote was found).
    pub paragraph: Option<usize>,
    /// Byte range of `text` inside that paragraph.
    pub span: Option<Range<usize>>,
    /// Index into `report.targets` ([`Kind::Target`]) or `report.results` ([`Kind::Result`]).
    pub figure: Option<usize>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Its item: [`Index::item`] lends it.
    pub item: usize,
    /// Higher is better.
    pub score: i64,
    /// The matched characters, as sorted char indices into the item's `text`.
    pub positions: Vec<usize>,
    /// For a figure linked to an indicator the query names: where that indicator stands among
    /// those the query names (0: the first). Such hits come before every other.
    pub indicator: Option<usize>,
}
