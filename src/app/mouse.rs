//! Mouse input: a click selects and focuses, the wheel scrolls what is under the pointer.

use super::{App, Overlay};
use crate::action::Pane;
use crate::ui::layout;
use crate::ui::table::BODY_TOP;

impl App {
    /// A click selects the row under it (outline, targets, table) and focuses its pane.
    pub(super) fn click(&mut self, column: u16, row: u16) {
        if let Overlay::Table(table) = &mut self.overlay {
            if let Some(body_row) = row.checked_sub(BODY_TOP) {
                table.select_row(usize::from(body_row) + table.offset);
            }
            return;
        }
        if !matches!(self.overlay, Overlay::None) {
            return;
        }
        let layout = self.layout();
        if let Some(tabs) = layout.tabs.filter(|t| t.contains((column, row).into())) {
            let third = (tabs.width / 3).max(1);
            self.focus = Pane::ALL[usize::from((column - tabs.x) / third).min(2)];
            return;
        }
        let Some(pane) = layout.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        let Some(area) = layout.pane(pane) else {
            return;
        };
        let inner = layout::inner(area);
        if row < inner.y || row >= inner.bottom() {
            return;
        }
        let line = usize::from(row - inner.y);
        match pane {
            Pane::Outline => {
                let rows = self.outline.rows(&self.doc);
                if let Some(&section) = rows.get(self.outline.offset + line) {
                    self.jump_to_section(section);
                }
            }
            Pane::Targets => {
                let index = self.targets.offset + line / 3;
                if index < self.pane_figures().len() {
                    self.targets.selected = index;
                }
            }
            Pane::Reader => {}
        }
    }

    /// The wheel scrolls the pane under the pointer, or moves through the open list.
    pub(super) fn scroll_at(&mut self, column: u16, row: u16, lines: isize) {
        match &mut self.overlay {
            Overlay::Table(table) => {
                table.move_selection(lines);
                self.keep_selections_in_view();
            }
            Overlay::Search(search) => {
                search.move_selection(lines.signum());
            }
            Overlay::Help => {}
            Overlay::None => {
                let Some(pane) = self.layout().pane_at(column, row) else {
                    return;
                };
                match pane {
                    Pane::Reader => self.scroll_reader(lines),
                    Pane::Outline => {
                        let rows = self.outline.rows(&self.doc).len();
                        let height = self.pane_height(Pane::Outline);
                        let max = rows.saturating_sub(height);
                        self.outline.offset =
                            self.outline.offset.saturating_add_signed(lines).min(max);
                    }
                    Pane::Targets => {
                        let count = self.pane_figures().len();
                        self.targets.offset = self
                            .targets
                            .offset
                            .saturating_add_signed(lines.signum())
                            .min(count.saturating_sub(1));
                    }
                }
            }
        }
    }
}
