//! Plain-text work report to dataset: decode, split into lines, find the outline, the metadata
//! and the figures, and assemble a [`Report`] that keeps every line of the input in order.

mod decode;
mod editorial;
mod figures;
mod furniture;
mod headings;
mod lines;
mod meta;
mod numbers;
mod numerals;
mod script;
mod structure;

pub use decode::{DecodeError, EncodingChoice};

use crate::model::{Counts, Figure, Publication, Report, Script, Section};
use editorial::Kind;
use structure::Node;

/// Inputs larger than this are refused (real reports are well under 1 MiB).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Choices that override what the importer finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// How to decode the bytes.
    pub encoding: EncodingChoice,
    /// The dataset id; derived from `name` when absent.
    pub id: Option<String>,
    /// The title; read from the text when absent.
    pub title: Option<String>,
    /// The region; read from the delivery line or title when absent.
    pub region: Option<String>,
    /// The year planned for; read from the title or delivery date when absent.
    pub year: Option<u16>,
    /// The input's file name without extension, for the id.
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
    /// No year was found in the title or delivery line.
    #[error("no year found in the title or delivery line; pass --year")]
    NoYear,
}

/// Imports a report from the bytes of a text file.
pub fn import(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let decoded = decode::decode(bytes, options.encoding)?;
    let lines = lines::lines(&decoded.text);
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    let script = script::detect(&decoded.text);
    let meta = meta::read(&lines);
    let year = options.year.or(meta.year).ok_or(ImportError::NoYear)?;
    let outline = structure::outline(&lines, script);
    let sections = number_sections(outline.sections, "s");
    let found = figures::extract(&sections, year);
    let main_title = editorial::kind_title(Kind::MainTargets, script).unwrap_or_default();
    let main_sections: Vec<&str> = sections
        .iter()
        .flat_map(|s| std::iter::once(s).chain(s.children.iter()))
        .filter(|s| s.title == main_title)
        .map(|s| s.id.as_str())
        .collect();
    let main_targets = found
        .targets
        .iter()
        .filter(|t| main_sections.contains(&t.section.as_str()))
        .cloned()
        .collect();
    let region = options.region.clone().or(meta.region).unwrap_or_default();
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| report_title(meta.title.as_deref(), year, &region, script));
    let published =
        (meta.published_date.is_some() || meta.source.is_some()).then_some(Publication {
            date: meta.published_date,
            source: meta.source,
            url: None,
        });
    let report = Report {
        id: options
            .id
            .clone()
            .unwrap_or_else(|| derive_id(&options.name, year)),
        title,
        region,
        year,
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
    };
    Ok(Imported { report, summary })
}

/// The title line as printed when it names the year, else `{year}年{region}` before it.
fn report_title(line: Option<&str>, year: u16, region: &str, script: Script) -> String {
    let default = script::pick(script, "政府工作报告", "政府工作報告");
    match line {
        Some(line) if line.starts_with(&year.to_string()) => line.to_string(),
        Some(line) if !region.is_empty() && line.contains(region) => format!("{year}年{line}"),
        Some(line) => format!("{year}年{region}{line}"),
        None => format!("{year}年{region}{default}"),
    }
}

/// `xiuzhou-2023` from a file name: lower-case ASCII letters, digits and dashes.
fn derive_id(name: &str, year: u16) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    // Section and figure ids are `s1-2`, `t3`, `r4`; a report id must not look like them.
    let clashes = id.len() > 1
        && id.starts_with(['s', 't', 'r'])
        && id[1..].chars().all(|c| c.is_ascii_digit() || c == '-');
    match id {
        "" => format!("report-{year}"),
        _ if clashes => format!("report-{id}"),
        _ => id.to_string(),
    }
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
    fn ids_come_from_the_file_name() {
        assert_eq!(derive_id("Xiuzhou 2023", 2023), "xiuzhou-2023");
        assert_eq!(derive_id("2026-beijing", 2026), "2026-beijing");
        assert_eq!(derive_id("政府工作报告", 2026), "report-2026");
        assert_eq!(derive_id("s1", 2026), "report-s1");
    }

    #[test]
    fn the_title_gains_year_and_region_when_the_line_lacks_them() {
        let s = Script::Simplified;
        assert_eq!(
            report_title(Some("政府工作报告"), 2026, "广东省", s),
            "2026年广东省政府工作报告"
        );
        assert_eq!(
            report_title(Some("2026年北京市政府工作报告"), 2026, "北京市", s),
            "2026年北京市政府工作报告"
        );
        assert_eq!(
            report_title(None, 2023, "嘉興市秀洲區", Script::Traditional),
            "2023年嘉興市秀洲區政府工作報告"
        );
    }

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
    fn a_text_without_a_year_asks_for_one() {
        let error = import("各位代表：\n现在我报告。".as_bytes(), &Options::default())
            .expect_err("no year");
        assert!(matches!(error, ImportError::NoYear));
        let options = Options {
            year: Some(2026),
            ..Options::default()
        };
        let imported = import("各位代表：\n现在我报告。".as_bytes(), &options).expect("imports");
        assert_eq!(imported.report.year, 2026);
    }
}
