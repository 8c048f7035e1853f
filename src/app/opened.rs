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
use crate::stored::{StoredReport, Summary};

/// A report as the explorer holds it.
#[derive(Debug, Clone)]
pub struct OpenedReport {
    /// The report as written, shared with the thread that indexes it: its summary at once,
    /// the whole of it decoded when first asked for (see [`OpenedReport::original`]).
    stored: Arc<StoredReport>,
    /// The script it is shown in.
    script: Script,
    /// The report converted to `script`, when that is not the script it is written in (made
    /// when first asked for: see [`OpenedReport::report`]).
    converted: OnceLock<Arc<Report>>,
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
        Self::stored(Arc::new(StoredReport::decoded(report, None)))
    }

    /// A report opened at its start, shared with whoever else holds it (the indexing
    /// thread), and decoded only when more than its summary is needed.
    pub fn stored(stored: Arc<StoredReport>) -> Self {
        Self {
            outline: Outline::default(),
            groups: OnceLock::new(),
            wrapped: Wrapped::default(),
            reader: Reader::default(),
            targets: TargetsPane::default(),
            pending: None,
            doc: OnceLock::new(),
            script: stored.summary().script,
            converted: OnceLock::new(),
            stored,
        }
    }

    /// The report as written (decoded on first use).
    pub fn original(&self) -> &Arc<Report> {
        self.stored.report()
    }

    /// What lists and filters need of the report, without decoding it.
    pub fn summary(&self) -> &Summary {
        self.stored.summary()
    }

    /// The report as stored, to share.
    pub fn shared(&self) -> &Arc<StoredReport> {
        &self.stored
    }

    /// The report as shown: as written, or converted to the script chosen (converted when
    /// first asked for, so switching the script of a large library costs nothing until a
    /// report is shown).
    pub fn report(&self) -> &Arc<Report> {
        if self.script == self.summary().script {
            return self.original();
        }
        self.converted
            .get_or_init(|| Arc::new(convert::report_in(self.original(), self.script)))
    }

    /// The report's label (region, year) as shown, without converting the whole report.
    pub fn label(&self) -> String {
        self.in_script(&self.summary().label()).into_owned()
    }

    /// A piece of the report as written (its title, its label) in the script it is shown
    /// in, without converting the whole report.
    pub fn in_script<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if self.script == self.summary().script {
            std::borrow::Cow::Borrowed(text)
        } else {
            std::borrow::Cow::Owned(convert::convert(text, self.script))
        }
    }

    /// True once the report has been converted to another script than its own.
    #[cfg(test)]
    pub(crate) fn converted(&self) -> bool {
        self.converted.get().is_some()
    }

    /// True once the report has been flattened for reading (shown, or asked about).
    #[cfg(test)]
    pub(crate) fn laid_out(&self) -> bool {
        self.doc.get().is_some()
    }

    /// The report flattened for reading, made on first use.
    pub fn doc(&self) -> &Document {
        self.doc.get_or_init(|| Document::new(self.report()))
    }

    /// Which targets state the same indicator (shown as one row), found on first use.
    pub fn groups(&self) -> &TargetGroups {
        self.groups
            .get_or_init(|| TargetGroups::new(self.original()))
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
        let doc = self.doc.get_or_init(|| Document::new(self.report()));
        self.outline.scroll_into_view(doc, height);
    }

    /// Shows the report in script `to` from now on; nothing to do when it is shown in `to`
    /// already. The conversion waits until the report is asked for, and the reading place
    /// until it is next wrapped (conversion keeps every character count, so the place holds).
    pub fn show_in(&mut self, to: Script) {
        if to == self.script {
            return;
        }
        if self.wrapped.columns > 0 {
            self.pending = self.position();
            self.wrapped = Wrapped::default();
        }
        self.script = to;
        self.converted = OnceLock::new();
        self.doc = OnceLock::new();
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
        let figure = self.report().figure(kind, index)?;
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
