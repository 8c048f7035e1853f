//! One opened report: its data, the layouts made from it, and where the reader is in it.
//! Switching reports switches the whole struct, so each keeps its own place. The layouts are
//! made when first needed: a library of a thousand reports opens without flattening them all.

use std::sync::{Arc, OnceLock};

use super::document::{BlockKind, Document, Wrapped};
use super::outline::Outline;
use super::{Reader, TargetsPane};
use crate::convert;
use crate::figure_format::TargetGroups;
use crate::model::{FigureKind, Report, Script};
use crate::state::Position;

/// A report as the explorer holds it.
#[derive(Debug, Clone)]
pub struct OpenedReport {
    /// The report as shown: as written (the same as `original`), or converted to the other
    /// script.
    pub report: Arc<Report>,
    /// The report as written, shared with the thread that indexes it.
    pub original: Arc<Report>,
    /// The report flattened for reading (made when first asked for: see [`OpenedReport::doc`]).
    doc: OnceLock<Document>,
    /// The document wrapped for the reader's width (empty until first shown).
    pub wrapped: Wrapped,
    /// Which targets state the same indicator (made when first asked for).
    groups: OnceLock<TargetGroups>,
    /// Outline state (empty until first shown: see [`OpenedReport::prepare`]).
    pub outline: Outline,
    /// Reader state.
    pub reader: Reader,
    /// Targets pane state.
    pub targets: TargetsPane,
    /// A remembered position not yet applied: it needs the report wrapped, which waits until
    /// the report is first shown.
    pub pending: Option<Position>,
}

impl OpenedReport {
    /// A report opened at its start.
    pub fn new(report: Report) -> Self {
        Self::shared(Arc::new(report))
    }

    /// A report opened at its start, shared with whoever else holds it (the indexing thread).
    pub fn shared(report: Arc<Report>) -> Self {
        Self {
            outline: Outline::default(),
            groups: OnceLock::new(),
            wrapped: Wrapped::default(),
            reader: Reader::default(),
            targets: TargetsPane::default(),
            pending: None,
            doc: OnceLock::new(),
            original: Arc::clone(&report),
            report,
        }
    }

    /// True once the report has been flattened for reading (shown, or asked about).
    #[cfg(test)]
    pub(crate) fn laid_out(&self) -> bool {
        self.doc.get().is_some()
    }

    /// The report flattened for reading, made on first use.
    pub fn doc(&self) -> &Document {
        self.doc.get_or_init(|| Document::new(&self.report))
    }

    /// Which targets state the same indicator (shown as one row), found on first use.
    pub fn groups(&self) -> &TargetGroups {
        self.groups
            .get_or_init(|| TargetGroups::new(&self.original))
    }

    /// Makes what showing the report needs besides its wrapping: the outline's sections.
    pub fn prepare(&mut self) {
        let sections = self.doc().sections.len();
        if self.outline.expanded.len() != sections {
            self.outline = Outline::new(self.doc());
        }
    }

    /// Keeps the outline's selected row within `height` rows from its offset.
    pub fn scroll_outline(&mut self, height: usize) {
        self.prepare();
        let doc = self.doc.get_or_init(|| Document::new(&self.report));
        self.outline.scroll_into_view(doc, height);
    }

    /// Shows the report in script `to`, converted from the report as written, re-wrapped at
    /// the same width and at the same place (conversion keeps every character count); nothing
    /// to do when it is shown in `to` already.
    pub fn show_in(&mut self, to: Script) {
        if to == self.report.script {
            return;
        }
        self.report = if to == self.original.script {
            Arc::clone(&self.original)
        } else {
            Arc::new(convert::report_in(&self.original, to))
        };
        self.doc = OnceLock::new();
        let columns = self.wrapped.columns;
        if columns > 0 {
            let (block, offset) = self.wrapped.anchor(self.reader.top);
            self.wrapped = self.doc().wrap(columns);
            self.reader.top = self.wrapped.line_of(block, offset);
        }
    }

    /// Where the reader is, to remember between runs: the pending position when the report
    /// has not been shown yet.
    pub fn position(&self) -> Option<Position> {
        if self.wrapped.columns == 0 {
            return self.pending.clone();
        }
        let (block, offset) = self.wrapped.anchor(self.reader.top);
        self.position_at(block, offset)
    }

    /// Byte `offset` of block `block` as a position to remember: its section, paragraph and
    /// offset, which hold at any width.
    pub fn position_at(&self, block: usize, offset: usize) -> Option<Position> {
        let block = self.doc().blocks.get(block)?;
        Some(Position {
            section: self.doc().sections.get(block.section)?.id.clone(),
            paragraph: match block.kind {
                BlockKind::Paragraph(n) => Some(n),
                BlockKind::Heading => None,
            },
            offset,
        })
    }

    /// Where a bookmark on a figure points: the start of its quote, or its section's start
    /// when the text does not hold the quote.
    pub fn figure_anchor(&self, kind: FigureKind, index: usize) -> Option<(usize, usize)> {
        if let Some((block, range)) = self.doc().figure_place(kind, index) {
            return Some((block, range.start));
        }
        let figure = self.report.figure(kind, index)?;
        let section = self.doc().section_index(&figure.section)?;
        Some((self.doc().sections.get(section)?.first_block, 0))
    }

    /// The block and byte offset a remembered position points at, if the report still has it.
    pub fn place_of(&self, position: &Position) -> Option<(usize, usize, usize)> {
        let section = self.doc().section_index(&position.section)?;
        let first = self.doc().sections[section].first_block;
        let block = position
            .paragraph
            .and_then(|p| self.doc().paragraph_block(section, p))
            .unwrap_or(first);
        let text = &self.doc().blocks.get(block)?.text;
        Some((section, block, position.offset.min(text.len())))
    }
}
