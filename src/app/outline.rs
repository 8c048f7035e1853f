//! The outline's state: which sections are expanded and which is selected.

use super::document::Document;

/// Expansion and selection in the section tree.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    /// Per section: are its children shown?
    pub expanded: Vec<bool>,
    /// The selected section (it may be hidden inside a collapsed parent; see [`Outline::visible_selection`]).
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

impl Outline {
    /// Top-level sections and their children expanded, the first section selected.
    pub fn new(doc: &Document) -> Self {
        let expanded = doc.sections.iter().map(|s| s.depth < 2).collect();
        Self {
            expanded,
            selected: 0,
            offset: 0,
        }
    }

    /// Sections shown as rows, in order: those whose ancestors are all expanded.
    pub fn rows(&self, doc: &Document) -> Vec<usize> {
        let mut rows = Vec::new();
        let mut index = 0;
        while index < doc.sections.len() {
            rows.push(index);
            let section = &doc.sections[index];
            index = if self.expanded[index] {
                index + 1
            } else {
                section.end
            };
        }
        rows
    }

    /// The selected section, or its nearest ancestor that is shown.
    pub fn visible_selection(&self, doc: &Document) -> usize {
        let mut shown = self.selected;
        let mut at = doc.sections.get(self.selected).and_then(|s| s.parent);
        while let Some(parent) = at {
            if !self.expanded[parent] {
                shown = parent;
            }
            at = doc.sections[parent].parent;
        }
        shown
    }

    /// Row index of the visible selection.
    pub fn selected_row(&self, doc: &Document, rows: &[usize]) -> usize {
        let shown = self.visible_selection(doc);
        rows.iter().position(|&r| r == shown).unwrap_or(0)
    }

    /// Keeps the selected row within `height` rows from the offset.
    pub fn scroll_into_view(&mut self, doc: &Document, height: usize) {
        let rows = self.rows(doc);
        let row = self.selected_row(doc, &rows);
        let height = height.max(1);
        if row < self.offset {
            self.offset = row;
        } else if row >= self.offset + height {
            self.offset = row + 1 - height;
        }
        self.offset = self.offset.min(rows.len().saturating_sub(height));
    }
}
