//! Showing a report in the other script: phrase-level Simplified ↔ Traditional conversion with
//! OpenCC's dictionaries (the `ferrous-opencc` crate, Apache-2.0), and a map from places in
//! the text as written to places in the converted text, so search highlights and jumps land
//! on the characters they found.
//!
//! Phrases matter: character by character 干预 would become 乾預 and 头发 頭發; OpenCC's phrase
//! table gives 干預 and 頭髮, and 发展 / 发射 become 發展 / 發射.

use std::ops::Range;
use std::sync::OnceLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::model::{Figure, Report, Script, Section};

/// Which script the explorer shows a report in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
pub enum ScriptChoice {
    /// The report's own script, as written.
    #[default]
    #[value(name = "original")]
    #[serde(rename = "original")]
    Original,
    /// Simplified characters.
    #[value(name = "zh-Hans")]
    #[serde(rename = "zh-Hans")]
    Simplified,
    /// Traditional characters.
    #[value(name = "zh-Hant")]
    #[serde(rename = "zh-Hant")]
    Traditional,
}

impl ScriptChoice {
    /// The script a report written in `written` is shown in.
    pub fn shown(self, written: Script) -> Script {
        match self {
            ScriptChoice::Original => written,
            ScriptChoice::Simplified => Script::Simplified,
            ScriptChoice::Traditional => Script::Traditional,
        }
    }

    /// The next choice, as the `s` key cycles: original, Simplified, Traditional.
    pub fn next(self) -> ScriptChoice {
        match self {
            ScriptChoice::Original => ScriptChoice::Simplified,
            ScriptChoice::Simplified => ScriptChoice::Traditional,
            ScriptChoice::Traditional => ScriptChoice::Original,
        }
    }
}

/// The converter to `to`, loaded on first use (a few milliseconds) and shared after.
/// Traditional is written in the Taiwan standard's character forms (為, 啟, 眾, as the
/// reports in Traditional characters write them, rather than OpenCC's own 爲, 啓, 衆).
fn converter(to: Script) -> Option<&'static OpenCC> {
    static TO_SIMPLIFIED: OnceLock<Option<OpenCC>> = OnceLock::new();
    static TO_TRADITIONAL: OnceLock<Option<OpenCC>> = OnceLock::new();
    let (cell, config) = match to {
        Script::Simplified => (&TO_SIMPLIFIED, BuiltinConfig::Tw2s),
        Script::Traditional => (&TO_TRADITIONAL, BuiltinConfig::S2tw),
    };
    cell.get_or_init(|| OpenCC::from_config(config).ok())
        .as_ref()
}

/// `text` in script `to`, converted phrase by phrase. Text in neither script (Latin letters,
/// digits, punctuation) is left as it is.
pub fn convert(text: &str, to: Script) -> String {
    match converter(to) {
        Some(opencc) => opencc.convert(text),
        // The dictionaries are compiled in; failing to read them is a bug, not a reason to stop.
        None => text.to_owned(),
    }
}

/// A text converted to another script, with where each character of the original went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    /// The converted text.
    pub text: String,
    /// For each character of the original, and once more for its end: its byte offset there
    /// and the byte and char offsets where it begins in [`Converted::text`].
    marks: Vec<Mark>,
}

/// Where one character of the original begins, in the original and in the conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    source_byte: usize,
    byte: usize,
    char: usize,
}

impl Converted {
    /// Converts `text` to `to`.
    pub fn new(text: &str, to: Script) -> Self {
        Self::with(text, |run| convert(run, to))
    }

    /// Converts `text` with `conversion`, one run of Han characters at a time (OpenCC's
    /// phrases are all Han, so no phrase spans two runs); everything else is kept as it is.
    /// A run converted to as many characters pairs up character for character; should a
    /// conversion change a run's length, a place inside that run goes to the run's start.
    pub fn with(text: &str, conversion: impl Fn(&str) -> String) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut marks = Vec::with_capacity(text.len() / 2);
        let mut chars = 0;
        for (run, han) in runs(text) {
            let source = &text[run.clone()];
            let piece = if han {
                conversion(source)
            } else {
                source.to_owned()
            };
            let piece_chars = piece.chars().count();
            if piece_chars == source.chars().count() {
                let pairs = source.char_indices().zip(piece.char_indices());
                marks.extend(pairs.enumerate().map(|(k, ((i, _), (j, _)))| Mark {
                    source_byte: run.start + i,
                    byte: out.len() + j,
                    char: chars + k,
                }));
            } else {
                marks.extend(source.char_indices().map(|(i, _)| Mark {
                    source_byte: run.start + i,
                    byte: out.len(),
                    char: chars,
                }));
            }
            out.push_str(&piece);
            chars += piece_chars;
        }
        marks.push(Mark {
            source_byte: text.len(),
            byte: out.len(),
            char: chars,
        });
        Converted { text: out, marks }
    }

    /// The mark of the character starting at or containing source byte `byte`.
    fn mark_at(&self, byte: usize) -> Mark {
        let i = self
            .marks
            .partition_point(|m| m.source_byte <= byte)
            .saturating_sub(1);
        self.marks[i]
    }

    /// Where source byte offset `byte` lands in the converted text (at a char boundary).
    pub fn byte(&self, byte: usize) -> usize {
        self.mark_at(byte).byte
    }

    /// The converted text's byte range for the original's byte range `range`.
    pub fn byte_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.byte(range.start);
        start..self.byte(range.end).max(start)
    }

    /// The converted text's char index for the original's char index `index` (as search
    /// positions are counted).
    pub fn char_index(&self, index: usize) -> usize {
        self.marks[index.min(self.marks.len() - 1)].char
    }
}

/// The text cut into runs of Han characters and runs of other characters, in order, each
/// with whether it is Han.
fn runs(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut runs: Vec<(Range<usize>, bool)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        match runs.last_mut() {
            Some((last, han)) if *han == is_han(c) => last.end = end,
            _ => runs.push((i..end, is_han(c))),
        }
    }
    runs
}

/// True for the characters OpenCC's tables convert: CJK ideographs of every block.
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// A copy of `report` with its text (titles, paragraphs, figures' subjects, quotes, units and
/// deadlines) converted to `to`; ids, numbers and structure stay. Every converted string has
/// as many characters as before, so places counted in characters hold in both.
pub fn report_in(report: &Report, to: Script) -> Report {
    let text = |s: &str| convert(s, to);
    let figures = |figures: &[Figure]| -> Vec<Figure> {
        figures
            .iter()
            .map(|f| Figure {
                subject: text(&f.subject),
                unit: text(&f.unit),
                quote: text(&f.quote),
                deadline: f.deadline.as_deref().map(text),
                ..f.clone()
            })
            .collect()
    };
    Report {
        title: text(&report.title),
        region: text(&report.region),
        script: to,
        sections: report.sections.iter().map(|s| section_in(s, to)).collect(),
        targets: figures(&report.targets),
        results: figures(&report.results),
        ..report.clone()
    }
}

/// A section and its children with their text converted to `to`.
fn section_in(section: &Section, to: Script) -> Section {
    Section {
        label: section.label.as_deref().map(|l| convert(l, to)),
        title: convert(&section.title, to),
        paragraphs: section.paragraphs.iter().map(|p| convert(p, to)).collect(),
        children: section.children.iter().map(|c| section_in(c, to)).collect(),
        ..section.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../assets/xiuzhou-2023.txt");

    #[test]
    fn words_that_character_tables_get_wrong_are_converted_as_phrases() {
        for (simplified, traditional) in [
            ("干预", "干預"),
            ("头发", "頭髮"),
            ("理发", "理髮"),
            ("发展", "發展"),
            ("发射", "發射"),
            ("后来", "後來"),
            ("皇后", "皇后"),
            ("地区生产总值", "地區生產總值"),
        ] {
            assert_eq!(convert(simplified, Script::Traditional), traditional);
            assert_eq!(convert(traditional, Script::Simplified), simplified);
        }
    }

    #[test]
    fn text_in_neither_script_is_left_alone() {
        let text = "GDP 6% ≥ “R&D” 2023–2025 ①";
        assert_eq!(convert(text, Script::Simplified), text);
        assert_eq!(convert(text, Script::Traditional), text);
    }

    #[test]
    fn the_report_in_simplified_survives_a_round_trip_through_traditional() {
        let simplified = convert(SEED, Script::Simplified);
        assert_ne!(simplified, SEED);
        assert!(simplified.contains("地区生产总值"));
        // Simplified to Traditional is one-to-many (后 = 後 or 后, 发 = 發 or 髮), so Traditional
        // to Simplified and back need not give the report again. Simplified to Traditional and
        // back gives the Simplified text again but for OpenCC's 批复 → 批覆, whose 覆 is also a
        // Simplified character (覆盖) and stays.
        let traditional = convert(&simplified, Script::Traditional);
        let back = convert(&traditional, Script::Simplified);
        let differ: Vec<(char, char)> = simplified
            .chars()
            .zip(back.chars())
            .filter(|(a, b)| a != b && (*a, *b) != ('复', '覆'))
            .take(20)
            .collect();
        assert!(differ.is_empty(), "{differ:?}");
        assert_eq!(back.chars().count(), simplified.chars().count());
    }

    #[test]
    fn places_in_the_original_map_to_the_same_characters_in_the_conversion() {
        let text = "推進地區生產總值增長6%以上";
        let converted = Converted::new(text, Script::Simplified);
        assert_eq!(converted.text, "推进地区生产总值增长6%以上");
        let start = text.find("生產").expect("found");
        let range = converted.byte_range(start..start + "生產".len());
        assert_eq!(&converted.text[range], "生产");
        assert_eq!(converted.char_index(4), 4);
        assert_eq!(converted.byte(text.len()), converted.text.len());
    }

    /// A conversion that writes 一二 as `1+2` and drops 了: lengths change.
    fn uneven(text: &str) -> String {
        text.replace("一二", "1+2").replace('了', "")
    }

    #[test]
    fn a_conversion_that_changes_lengths_still_maps_every_place() {
        let text = "看一二。好了，光伏";
        let converted = Converted::with(text, uneven);
        assert_eq!(converted.text, "看1+2。好，光伏");
        let at = |needle: &str| text.find(needle).expect("needle");
        // Runs that kept their length map character for character...
        let guang = at("光伏");
        assert_eq!(
            &converted.text[converted.byte_range(guang..guang + "光伏".len())],
            "光伏"
        );
        assert_eq!(converted.char_index(text[..guang].chars().count()), 7);
        // ...punctuation between runs stays put, and a place inside a changed run goes to its
        // start.
        let stop = at("。");
        assert_eq!(&converted.text[converted.byte_range(stop..stop + 3)], "。");
        assert_eq!(
            converted.byte(at("好了") + 3),
            converted.text.find('好').expect("好")
        );
        for i in 0..=text.len() {
            assert!(converted.text.is_char_boundary(converted.byte(i)));
        }
    }

    #[test]
    fn a_report_converted_keeps_its_structure_and_character_counts() {
        let report = crate::load::embedded().expect("embedded");
        let simplified = report_in(&report, Script::Simplified);
        assert_eq!(simplified.script, Script::Simplified);
        assert_eq!(simplified.targets.len(), report.targets.len());
        assert!(
            simplified
                .text_lines()
                .iter()
                .any(|l| l.contains("地区生产总值"))
        );
        for (a, b) in report.text_lines().iter().zip(simplified.text_lines()) {
            assert_eq!(a.chars().count(), b.chars().count(), "{a}");
        }
    }

    #[test]
    fn the_s_key_cycles_through_three_scripts() {
        let mut choice = ScriptChoice::default();
        let mut seen = Vec::new();
        for _ in 0..3 {
            seen.push(choice.shown(Script::Traditional));
            choice = choice.next();
        }
        assert_eq!(choice, ScriptChoice::Original);
        assert_eq!(
            seen,
            [Script::Traditional, Script::Simplified, Script::Traditional]
        );
    }
}
