//! The report flattened for reading: sections in pre-order and the text as a list of blocks
//! (headings and paragraphs), sanitised once, plus its wrapping at a given width.

use std::ops::Range;

use std::collections::HashMap;

use crate::model::{Figure, FigureKind, Report, TitleKind};
use crate::text::{self, OffsetMap, WrappedLine};

/// A section in the flat pre-order list.
#[derive(Debug, Clone)]
pub struct SectionEntry {
    /// The section's id in the dataset.
    pub id: String,
    /// The heading as shown (label and title, sanitised).
    pub heading: String,
    /// The section's title without its label, sanitised.
    pub title: String,
    /// Depth in the tree (0 for top level).
    pub depth: usize,
    /// Index of the parent section.
    pub parent: Option<usize>,
    /// One past the last descendant: `sections[i + 1..end]` is the subtree below `i`.
    pub end: usize,
    /// The first block of the section (its heading, or its first paragraph for lead titles).
    pub first_block: usize,
    /// Where the title comes from.
    pub title_kind: TitleKind,
}

impl SectionEntry {
    /// True when the section has sub-sections.
    pub fn has_children(&self, index: usize) -> bool {
        self.end > index + 1
    }
}

/// What a block of the reading document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading (not shown for lead titles, which open their paragraph instead).
    Heading,
    /// The paragraph with this index in its section.
    Paragraph(usize),
}

/// One heading or paragraph of the reading document.
#[derive(Debug, Clone)]
pub struct Block {
    /// The section it belongs to.
    pub section: usize,
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// The sanitised text.
    pub text: String,
    /// Bytes at the start of the text that are a lead-phrase title, shown like a heading.
    pub lead: usize,
    /// Where the dataset's byte offsets (a search hit's span) land in `text`.
    pub offsets: OffsetMap,
}

/// The report prepared for reading.
#[derive(Debug, Clone)]
pub struct Document {
    /// Sections in pre-order.
    pub sections: Vec<SectionEntry>,
    /// Headings and paragraphs in reading order.
    pub blocks: Vec<Block>,
    /// Where each target's quote is shown (block and byte range), found once here.
    targets: Vec<Option<(usize, Range<usize>)>>,
    /// Where each result's quote is shown.
    results: Vec<Option<(usize, Range<usize>)>>,
}

impl Document {
    /// Flattens a report; all text is sanitised here.
    pub fn new(report: &Report) -> Self {
        let mut sections = Vec::new();
        let mut blocks = Vec::new();
        let walk = report.walk();
        let mut ancestors: Vec<usize> = Vec::new();
        for (depth, section) in &walk {
            ancestors.truncate(*depth);
            let index = sections.len();
            let heading = text::sanitize(&section.heading()).into_owned();
            let first_block = blocks.len();
            if section.title_kind != TitleKind::Lead || section.paragraphs.is_empty() {
                blocks.push(Block {
                    section: index,
                    kind: BlockKind::Heading,
                    text: heading.clone(),
                    lead: 0,
                    offsets: OffsetMap::default(),
                });
            }
            for (n, paragraph) in section.paragraphs.iter().enumerate() {
                let (text, offsets) = text::sanitize_mapped(paragraph);
                let text = text.into_owned();
                let lead = match section.title_kind {
                    TitleKind::Lead if n == 0 => lead_length(&text, &section.title),
                    _ => 0,
                };
                blocks.push(Block {
                    section: index,
                    kind: BlockKind::Paragraph(n),
                    text,
                    lead,
                    offsets,
                });
            }
            sections.push(SectionEntry {
                id: section.id.clone(),
                heading,
                title: text::sanitize(&section.title).into_owned(),
                depth: *depth,
                parent: ancestors.last().copied(),
                end: index + 1,
                first_block,
                title_kind: section.title_kind,
            });
            for &a in &ancestors {
                sections[a].end = index + 1;
            }
            ancestors.push(index);
        }
        let mut doc = Self {
            sections,
            blocks,
            targets: Vec::new(),
            results: Vec::new(),
        };
        let walked: Vec<_> = walk.iter().map(|(_, section)| *section).collect();
        let by_id: HashMap<&str, usize> = walked
            .iter()
            .enumerate()
            .map(|(i, section)| (section.id.as_str(), i))
            .collect();
        let place = |figure: &Figure| {
            let section = *by_id.get(figure.section.as_str())?;
            walked[section]
                .paragraphs
                .iter()
                .enumerate()
                .find_map(|(n, paragraph)| {
                    let start = paragraph.find(figure.quote.as_str())?;
                    let block = doc.paragraph_block(section, n)?;
                    let range = start..start + figure.quote.len();
                    Some((block, doc.blocks[block].offsets.shown_range(range)))
                })
        };
        let targets = report.targets.iter().map(place).collect();
        let results = report.results.iter().map(place).collect();
        doc.targets = targets;
        doc.results = results;
        doc
    }

    /// The block and byte range showing a figure's quote, when its section holds the quote.
    pub fn figure_place(&self, kind: FigureKind, index: usize) -> Option<(usize, Range<usize>)> {
        let places = match kind {
            FigureKind::Target => &self.targets,
            FigureKind::Result => &self.results,
        };
        places.get(index).cloned().flatten()
    }

    /// Index of the section with this id.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// The block holding paragraph `paragraph` of section `section`.
    pub fn paragraph_block(&self, section: usize, paragraph: usize) -> Option<usize> {
        let start = self.sections.get(section)?.first_block;
        self.blocks[start..]
            .iter()
            .take_while(|b| b.section == section)
            .position(|b| b.kind == BlockKind::Paragraph(paragraph))
            .map(|i| start + i)
    }

    /// The headings from the top level down to `section`.
    pub fn path(&self, section: usize) -> Vec<&str> {
        let mut path = Vec::new();
        let mut at = Some(section);
        while let Some(i) = at {
            path.push(self.sections[i].heading.as_str());
            at = self.sections[i].parent;
        }
        path.reverse();
        path
    }

    /// Wraps every block to `columns`, with a blank line between blocks.
    pub fn wrap(&self, columns: u16) -> Wrapped {
        let columns = usize::from(columns.max(1));
        let mut lines = Vec::new();
        let mut block_start = Vec::with_capacity(self.blocks.len());
        for (index, block) in self.blocks.iter().enumerate() {
            if index > 0 {
                lines.push(Line::Blank);
            }
            block_start.push(lines.len());
            let indent = block.kind != BlockKind::Heading;
            for WrappedLine { indented, range } in text::wrap(&block.text, columns, indent) {
                lines.push(Line::Text {
                    block: index,
                    range,
                    indented,
                });
            }
        }
        Wrapped {
            columns: columns as u16,
            lines,
            block_start,
        }
    }
}

/// Length in bytes of the lead phrase opening `paragraph`, through its full stop.
fn lead_length(paragraph: &str, title: &str) -> usize {
    let title = text::sanitize(title);
    if !paragraph.starts_with(title.as_ref()) {
        return 0;
    }
    let rest = &paragraph[title.len()..];
    title.len()
        + rest
            .chars()
            .next()
            .filter(|&c| c == '。')
            .map_or(0, char::len_utf8)
}

/// One screen line of the wrapped document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Space between blocks.
    Blank,
    /// Part of a block's text.
    Text {
        /// The block.
        block: usize,
        /// Bytes of the block's text on this line.
        range: Range<usize>,
        /// True when the line starts with the paragraph indent.
        indented: bool,
    },
}

/// The document wrapped at one width (the default: not wrapped yet, zero columns).
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    /// The width it was wrapped at.
    pub columns: u16,
    /// Every line.
    pub lines: Vec<Line>,
    /// Index of each block's first line.
    pub block_start: Vec<usize>,
}

impl Wrapped {
    /// The block a line belongs to (a blank line belongs to the block after it).
    pub fn block_at(&self, line: usize) -> usize {
        match self.block_start.binary_search(&line) {
            Ok(block) => block,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The line showing byte `offset` of `block`.
    pub fn line_of(&self, block: usize, offset: usize) -> usize {
        let start = self.block_start.get(block).copied().unwrap_or(0);
        let mut found = start;
        for (i, line) in self.lines.iter().enumerate().skip(start) {
            match line {
                Line::Text {
                    block: b, range, ..
                } if *b == block => {
                    found = i;
                    if range.end > offset {
                        break;
                    }
                }
                _ => break,
            }
        }
        found
    }

    /// The block and byte offset shown at the start of `line`, to keep the place across widths.
    pub fn anchor(&self, line: usize) -> (usize, usize) {
        match self.lines.get(line) {
            Some(Line::Text { block, range, .. }) => (*block, range.start),
            _ => (self.block_at(line), 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn doc() -> Document {
        Document::new(&load::embedded().expect("embedded"))
    }

    #[test]
    fn sections_know_their_subtree_and_parent() {
        let doc = doc();
        let tasks = doc.section_index("tasks-2023").expect("tasks");
        let part = doc.section_index("tasks-2023-1").expect("part one");
        assert_eq!(doc.sections[part].parent, Some(tasks));
        assert!(doc.sections[tasks].end > part);
        let closing = doc.section_index("closing").expect("closing");
        assert_eq!(doc.sections[tasks].end, closing);
    }

    #[test]
    fn lead_titles_are_not_repeated_as_headings() {
        let doc = doc();
        let lead = doc.section_index("tasks-2023-1-1-1").expect("lead section");
        let block = &doc.blocks[doc.sections[lead].first_block];
        assert_eq!(block.kind, BlockKind::Paragraph(0));
        assert_eq!(&block.text[..block.lead], "著力推動“智造強區”建設。");
    }

    #[test]
    fn every_paragraph_is_a_block_in_reading_order() {
        let report = load::embedded().expect("embedded");
        let doc = Document::new(&report);
        let paragraphs: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Paragraph(_)))
            .map(|b| b.text.as_str())
            .collect();
        let expected: Vec<&str> = report
            .walk()
            .iter()
            .flat_map(|(_, s)| s.paragraphs.iter().map(String::as_str))
            .collect();
        assert_eq!(paragraphs, expected);
    }

    #[test]
    fn every_figure_is_placed_on_its_quote_as_shown() {
        let mut report = load::embedded().expect("embedded");
        // Control characters before a quote shift its shown bytes (each shows as a 3-byte picture).
        fn prefix_paragraphs(sections: &mut [crate::model::Section]) {
            for section in sections {
                for paragraph in &mut section.paragraphs {
                    *paragraph = format!("\u{1b}[2J\u{7}{paragraph}");
                }
                prefix_paragraphs(&mut section.children);
            }
        }
        prefix_paragraphs(&mut report.sections);
        let doc = Document::new(&report);
        for (kind, figures) in [
            (FigureKind::Target, &report.targets),
            (FigureKind::Result, &report.results),
        ] {
            for (index, figure) in figures.iter().enumerate() {
                let (block, range) = doc.figure_place(kind, index).expect("placed");
                let shown = &doc.blocks[block].text[range];
                assert_eq!(shown, text::sanitize(&figure.quote), "{}", figure.id);
            }
        }
    }

    #[test]
    fn path_lists_headings_from_the_top() {
        let doc = doc();
        let i = doc.section_index("tasks-2023-1-1").expect("section");
        assert_eq!(
            doc.path(i),
            [
                "2023年工作任務",
                "一、錨定共富典范,奮力實現“三大突破”",
                "(一)聚焦實體經濟,推動綜合實力取得新突破"
            ]
        );
    }

    #[test]
    fn anchors_survive_rewrapping() {
        // From every line at one width, the anchor finds the line at another width that
        // shows the same byte of the same block.
        let doc = doc();
        let widths = [1, 2, 7, 30, 41, 90, 300];
        let mut checked = 0;
        for from in widths {
            let before = doc.wrap(from);
            for to in widths {
                let after = doc.wrap(to);
                for line in (0..before.lines.len()).step_by(7) {
                    let (block, offset) = before.anchor(line);
                    let moved = after.line_of(block, offset);
                    match (&before.lines[line], &after.lines[moved]) {
                        (
                            Line::Text { .. },
                            Line::Text {
                                block: b, range, ..
                            },
                        ) => {
                            assert_eq!(*b, block, "line {line} at {from} -> {to}");
                            assert!(
                                range.contains(&offset),
                                "byte {offset} of block {block} (line {line} at {from}) is not on \
                                 line {moved} ({range:?}) at {to}"
                            );
                        }
                        // A blank line anchors at the start of the block after it.
                        (Line::Blank, _) => {
                            assert_eq!(offset, 0);
                            assert_eq!(moved, after.block_start[block], "line {line}");
                        }
                        (Line::Text { .. }, Line::Blank) => {
                            panic!("line {line} at {from} moved to a blank line at {to}")
                        }
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} lines checked");
    }
}
