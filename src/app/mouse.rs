//! Mouse input: a click selects and focuses, the wheel scrolls what is under the pointer.

use super::{App, Overlay};
use crate::action::{Action, Pane};
use crate::layout;

impl App {
    /// A click selects the row under it (outline, targets, table) and focuses its pane.
    pub(super) fn click(&mut self, column: u16, row: u16) {
        if let Overlay::Table(table) = &mut self.overlay {
            if let Some(body_row) = layout::table(self.area).row_at(row) {
                table.select_row(body_row + table.offset);
            }
            return;
        }
        if !matches!(self.overlay, Overlay::None) {
            return;
        }
        let layout = self.layout();
        if let Some(pane) = layout
            .tabs
            .and_then(|tabs| layout::tab_at(tabs, column, row))
        {
            self.focus = pane;
            return;
        }
        let Some(pane) = layout.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        match pane {
            Pane::Outline => {
                let Some(inner) = layout.outline.map(layout::inner) else {
                    return;
                };
                if row < inner.y || row >= inner.bottom() {
                    return;
                }
                let rows = self.view().outline.rows(self.view().doc());
                let line = usize::from(row - inner.y);
                if let Some(&section) = rows.get(self.view().outline.offset + line) {
                    self.jump_to_section(section);
                }
            }
            Pane::Targets => {
                if let Some(index) = self.figure_at(row) {
                    self.view_mut().targets.selected = index;
                }
            }
            Pane::Reader => {}
        }
    }

    /// The wheel scrolls the pane under the pointer, or moves through the open list.
    pub(super) fn scroll_at(&mut self, column: u16, row: u16, lines: isize) {
        match &mut self.overlay {
            Overlay::Table(table) => table.move_selection(lines),
            Overlay::Search(search) => search.move_selection(lines.signum()),
            Overlay::Reports(list) => list.move_selection(lines.signum()),
            Overlay::Bookmarks(list) => list.move_selection(lines.signum()),
            Overlay::Compare(_) => self.update_compare(Action::Move(lines.signum())),
            Overlay::Help { top } => *top = top.saturating_add_signed(lines),
            Overlay::None => {
                let Some(pane) = self.layout().pane_at(column, row) else {
                    return;
                };
                match pane {
                    Pane::Reader => self.scroll_reader(lines),
                    Pane::Outline => {
                        let rows = self.view().outline.rows(self.view().doc()).len();
                        let height = self.pane_height(Pane::Outline);
                        let max = rows.saturating_sub(height);
                        self.view_mut().outline.offset = self
                            .view()
                            .outline
                            .offset
                            .saturating_add_signed(lines)
                            .min(max);
                    }
                    Pane::Targets => {
                        let count = self.pane_figures().len();
                        self.view_mut().targets.offset = self
                            .view()
                            .targets
                            .offset
                            .saturating_add_signed(lines.signum())
                            .min(count.saturating_sub(1));
                    }
                }
                return;
            }
        }
        // In an overlay the wheel moves the selection, which stays in view.
        self.keep_selections_in_view();
    }
}
