//! The search overlay's state: the query line, the latest answered results, where the reader
//! was before, and the request for the search worker.

use crate::search::Hit;

use super::Reader;
use super::input::InputLine;
use crate::action::Pane;

/// A search the app wants run: the worker answers with `Action::SearchDone`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// Increases with every query; answers to older ones are dropped.
    pub generation: u64,
    /// The query as typed.
    pub query: String,
}

/// The search overlay.
#[derive(Debug, Clone)]
pub struct SearchState {
    /// The query line.
    pub input: InputLine,
    /// The generation of the latest query sent.
    pub generation: u64,
    /// The query the shown results answer.
    pub answered: String,
    /// Results of the latest answered query, best first.
    pub hits: Vec<Hit>,
    /// Selected result.
    pub selected: usize,
    /// First result shown.
    pub offset: usize,
    /// Where the reader was when the search opened, for Esc: its state, the focus, and the
    /// block and byte offset at its top (which survive a resize, unlike a line number).
    pub origin: (Reader, Pane, (usize, usize)),
    /// Enter was pressed before the results came: jump as soon as they do.
    pub jump_when_answered: bool,
}

impl SearchState {
    /// A new search, remembering the reader's place.
    pub fn new(origin: (Reader, Pane, (usize, usize))) -> Self {
        Self {
            input: InputLine::default(),
            generation: 0,
            answered: String::new(),
            hits: Vec::new(),
            selected: 0,
            offset: 0,
            origin,
            jump_when_answered: false,
        }
    }

    /// True while the shown results do not answer the query as typed.
    pub fn pending(&self) -> bool {
        self.answered != self.input.text()
    }

    /// Moves the selection by `delta`, staying within the results.
    pub fn move_selection(&mut self, delta: isize) {
        let last = self.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Keeps the selection within `rows` results from the offset.
    pub fn scroll_into_view(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}

/// The results of the last search closed with Enter, for n and N.
#[derive(Debug, Clone, Default)]
pub struct LastSearch {
    /// The results.
    pub hits: Vec<Hit>,
    /// The one jumped to last.
    pub current: usize,
}
