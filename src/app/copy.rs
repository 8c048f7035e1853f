//! `y` and `Y`: what has focus, as one citation line for the clipboard (see
//! [`crate::citation`]). The event loop takes the line and sends it.

use crate::action::Pane;
use crate::citation::{cite, cite_figure, cite_quote};
use crate::i18n::Msg;
use crate::model::{Figure, Report};
use crate::search::Kind;

use super::document::BlockKind;
use super::{App, Overlay};

impl App {
    /// The line `y` copies (`whole`: `Y`), or `None` when nothing there can be copied.
    pub fn citation(&self, whole: bool) -> Option<String> {
        match &self.overlay {
            Overlay::Compare(_) => None,
            Overlay::Table(table) => {
                let target = table.selected_target()?;
                let report = &self.reports.get(target.report)?.report();
                let figure = report.figure(target.kind, target.index)?;
                Some(figure_line(report, figure, whole))
            }
            Overlay::Search(search) => {
                let hit = search.hits.get(search.selected)?;
                let index = self.index.get()?;
                let item = index.item(hit.item)?;
                let report = &self.reports.get(item.report)?.report();
                let figure = match (item.kind, item.figure) {
                    (Kind::Target, Some(i)) => report.targets.get(i),
                    (Kind::Result, Some(i)) => report.results.get(i),
                    _ => None,
                };
                if let Some(figure) = figure {
                    return Some(figure_line(report, figure, whole));
                }
                let paragraph = item
                    .paragraph
                    .and_then(|p| report.section(item.section)?.paragraphs.get(p).cloned());
                let text = match paragraph {
                    Some(paragraph) if whole => paragraph,
                    _ => item.text.to_string(),
                };
                Some(cite(&text, report, item.section))
            }
            Overlay::None => self.pane_citation(whole),
            Overlay::Help { .. } | Overlay::Reports(_) | Overlay::Bookmarks(_) => None,
        }
    }

    /// The line for the focused pane: the selected figure, the selected section's heading,
    /// or the reader's highlighted words (`whole`: their paragraph) or first paragraph in view.
    fn pane_citation(&self, whole: bool) -> Option<String> {
        let view = self.view();
        match self.focus {
            Pane::Targets => {
                let &figure = self.pane_figures().get(view.targets.selected)?;
                let report = &self.reports.get(figure.report)?.report();
                Some(figure_line(
                    report,
                    report.figure(figure.kind, figure.index)?,
                    whole,
                ))
            }
            Pane::Outline => {
                let section = view
                    .doc()
                    .sections
                    .get(view.outline.visible_selection(view.doc()))?;
                Some(cite(&section.heading, view.report(), &section.id))
            }
            Pane::Reader => {
                let (block, text) = match &view.reader.highlight {
                    Some(h) if !whole => {
                        let block = view.doc().blocks.get(h.block)?;
                        (block, block.text.get(h.range.clone())?)
                    }
                    Some(h) => {
                        let block = view.doc().blocks.get(h.block)?;
                        (block, block.text.as_str())
                    }
                    None => {
                        // The first paragraph in view: a heading at the top is passed over.
                        let top = view.wrapped.block_at(view.reader.top);
                        let blocks = view.doc().blocks.get(top..)?;
                        let block = blocks
                            .iter()
                            .find(|b| matches!(b.kind, BlockKind::Paragraph(_)))
                            .or_else(|| blocks.first())?;
                        (block, block.text.as_str())
                    }
                };
                let section = view.doc().sections.get(block.section)?;
                Some(cite(text, view.report(), &section.id))
            }
        }
    }

    /// Asks the event loop to copy what has focus, or says there is nothing to copy.
    pub(super) fn copy(&mut self, whole: bool) {
        match self.citation(whole) {
            Some(line) => self.copy_request = Some(line),
            None => self.message = Some(self.prefs.lang.text(Msg::NothingToCopy).to_string()),
        }
    }

    /// Takes the line the event loop should put on the clipboard, if any.
    pub fn take_copy_request(&mut self) -> Option<String> {
        self.copy_request.take()
    }
}

/// A figure as its value (`y`) or its quote (`Y`), with its source.
fn figure_line(report: &Report, figure: &Figure, quote: bool) -> String {
    if quote {
        cite_quote(report, figure)
    } else {
        cite_figure(report, figure)
    }
}
