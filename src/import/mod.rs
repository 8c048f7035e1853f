//! Plain-text work report to dataset: decode, split into lines, find the outline, the metadata
//! and the figures, and assemble a [`Report`] that keeps every line of the input in order.

mod bounds;
mod category;
mod decode;
mod doubts;
mod editorial;
mod figures;
mod file_name;
mod furniture;
mod headings;
mod identity;
mod lines;
mod link;
mod meta;
mod numbers;
mod numerals;
mod region;
mod script;
mod structure;
mod subject;

pub use decode::{DecodeError, EncodingChoice};
pub use doubts::{Doubt, Reason};
pub use link::indicator_of;

use crate::indicators::Vocabulary;
use crate::model::{Counts, Figure, Publication, Report, Section};
use editorial::Kind;
use structure::Node;

/// Inputs larger than this are refused (real reports are well under 1 MiB).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Choices that override what the importer finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// How to decode the bytes.
    pub encoding: EncodingChoice,
    /// The dataset id; derived from the region and year when absent.
    pub id: Option<String>,
    /// The title; read from the text when absent.
    pub title: Option<String>,
    /// The region; read from the delivery line, the title or the file name when absent.
    pub region: Option<String>,
    /// The year planned for; read from the text or the file name when absent.
    pub year: Option<u16>,
    /// The input's file name without extension: year, region and id when the text has none.
    pub name: String,
}

/// What an import produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The dataset.
    pub report: Report,
    /// What was found, for the user to check.
    pub summary: Summary,
}

/// Figures for the import summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The encoding and how it was chosen.
    pub encoding: String,
    /// Sections, paragraphs, targets and results.
    pub counts: Counts,
    /// Lines set aside in page-furniture sections.
    pub furniture_lines: usize,
    /// The targets found in the main expected targets passage.
    pub main_targets: Vec<Figure>,
    /// How many targets and how many results were linked to a standard indicator.
    pub linked: (usize, usize),
    /// The figures the import is unsure of, targets first.
    pub doubts: Vec<Doubt>,
    /// Metadata that was missing from the text, and what was filled in instead.
    pub warnings: Vec<String>,
}

/// Why a text could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The bytes did not decode.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// There is no text at all.
    #[error("the file has no text")]
    Empty,
}

/// Imports a report from the bytes of a text file. Missing metadata never stops an import:
/// what is known fills in and the summary's warnings say what was missing.
pub fn import(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let decoded = decode::decode(bytes, options.encoding)?;
    let lines = lines::lines(&decoded.text);
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    let script = script::detect(&decoded.text);
    let meta = meta::read(&lines);
    let identity = identity::resolve(options, &meta, script);
    let outline = structure::outline(&lines, script);
    let sections = number_sections(outline.sections, "s");
    let mut found = figures::extract(&sections, identity.year.unwrap_or(0));
    let vocabulary = Vocabulary::embedded();
    for figure in found.targets.iter_mut().chain(&mut found.results) {
        figure.indicator = indicator_of(figure, vocabulary);
    }
    link::pair_by_indicator(
        &mut found.targets,
        &mut found.results,
        identity.year.unwrap_or(0),
    );
    let main_title = editorial::kind_title(Kind::MainTargets, script).unwrap_or_default();
    let main_sections: Vec<&str> = sections
        .iter()
        .flat_map(|s| std::iter::once(s).chain(s.children.iter()))
        .filter(|s| s.title == main_title)
        .map(|s| s.id.as_str())
        .collect();
    let is_main = |t: &Figure| main_sections.contains(&t.section.as_str());
    let main_targets = found
        .targets
        .iter()
        .filter(|t| is_main(t))
        .cloned()
        .collect();
    let doubts = doubts::doubts(found.targets.iter(), is_main)
        .into_iter()
        .chain(doubts::doubts(found.results.iter(), |_| false))
        .collect();
    let linked_count =
        |figures: &[Figure]| figures.iter().filter(|f| f.indicator.is_some()).count();
    let linked = (linked_count(&found.targets), linked_count(&found.results));
    let published =
        (meta.published_date.is_some() || meta.source.is_some()).then_some(Publication {
            date: meta.published_date,
            source: meta.source,
            url: None,
        });
    let report = Report {
        id: identity.id,
        title: identity.title,
        region: identity.region,
        year: identity.year.unwrap_or(0),
        delivered: meta.delivered,
        meeting: meta.meeting,
        speaker: meta.speaker,
        published,
        script,
        sections,
        targets: found.targets,
        results: found.results,
    };
    let summary = Summary {
        encoding: decoded.describe(),
        counts: report.counts(),
        furniture_lines: outline.furniture_lines,
        main_targets,
        linked,
        doubts,
        warnings: identity.warnings,
    };
    Ok(Imported { report, summary })
}

/// Turns outline nodes into sections with ids `s1`, `s1-2`, `s1-2-3`.
fn number_sections(nodes: Vec<Node>, prefix: &str) -> Vec<Section> {
    nodes
        .into_iter()
        .enumerate()
        .map(|(n, node)| {
            let id = if prefix == "s" {
                format!("s{}", n + 1)
            } else {
                format!("{prefix}-{}", n + 1)
            };
            Section {
                children: number_sections(node.children, &id),
                id,
                label: node.label,
                title: node.title,
                title_kind: node.title_kind,
                paragraphs: node.paragraphs,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_numbered_by_their_place_in_the_tree() {
        let node = |title: &str, children| Node::test_node(title, children);
        let sections = number_sections(
            vec![node(
                "a",
                vec![node("b", vec![]), node("c", vec![node("d", vec![])])],
            )],
            "s",
        );
        assert_eq!(sections[0].id, "s1");
        assert_eq!(sections[0].children[1].id, "s1-2");
        assert_eq!(sections[0].children[1].children[0].id, "s1-2-1");
    }

    #[test]
    fn an_empty_file_is_an_error() {
        assert!(matches!(
            import(b" \r\n\n", &Options::default()),
            Err(ImportError::Empty)
        ));
    }

    #[test]
    fn a_text_without_any_metadata_imports_with_warnings() {
        let text = "各位代表：\n现在我报告。";
        let imported = import(text.as_bytes(), &Options::default()).expect("imports");
        assert_eq!(imported.report.year, 0);
        assert_eq!(imported.report.id, "report");
        assert!(
            imported
                .summary
                .warnings
                .iter()
                .any(|w| w.contains("--year")),
            "{:?}",
            imported.summary.warnings
        );
        let options = Options {
            year: Some(2026),
            ..Options::default()
        };
        let imported = import(text.as_bytes(), &options).expect("imports");
        assert_eq!(imported.report.year, 2026);
        assert_eq!(imported.report.id, "report-2026");
    }
}
