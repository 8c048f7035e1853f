//! Where the reader has been and what was searched: each jump leaves a place to go back to
//! (Ctrl-o) and forward again (Alt-i), and the search box recalls earlier queries. The
//! bookmarks are kept here too (see [`super::bookmarks`]). Every change asks the event loop to
//! save the state file.

use crate::i18n::Msg;
use crate::state::{Bookmark, Jumps, MAX_QUERIES, Place};

use super::{App, Overlay};

/// Places jumped from, search queries and bookmarks, as the state file keeps them.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Back and forward lists of places.
    pub jumps: Jumps,
    /// Search queries, oldest first.
    pub queries: Vec<String>,
    /// Bookmarks, oldest first.
    pub bookmarks: Vec<Bookmark>,
}

impl App {
    /// The place shown: the report and where its reader is.
    pub fn place(&self) -> Option<Place> {
        Some(Place {
            report: self.view().summary().id.clone(),
            position: self.position()?,
        })
    }

    /// Records a jump away from `from` (the place shown before it), to save.
    pub(super) fn leave(&mut self, from: Option<Place>) {
        if let Some(from) = from
            && self.place().as_ref() != Some(&from)
        {
            self.history.jumps.leave(from);
            self.save_request = true;
        }
    }

    /// Ctrl-o (`forward == false`) and Alt-i: back to the place left, or forward again.
    pub(super) fn travel(&mut self, forward: bool) {
        let Some(current) = self.place() else {
            return;
        };
        let jumps = &mut self.history.jumps;
        let to = if forward {
            jumps.forward(current)
        } else {
            jumps.back(current)
        };
        match to {
            Some(place) => {
                self.go_to(&place);
                self.save_request = true;
            }
            None => {
                let nowhere = if forward {
                    Msg::NowhereForward
                } else {
                    Msg::NowhereBack
                };
                self.message = Some(self.prefs.lang.text(nowhere).to_string());
            }
        }
    }

    /// Shows a place: its report, then its position (ignored if the report is not open).
    pub(super) fn go_to(&mut self, place: &Place) {
        let Some(number) = self
            .reports
            .iter()
            .position(|r| r.summary().id == place.report)
        else {
            return;
        };
        if number != self.current {
            self.switch_to(number);
        }
        self.overlay = Overlay::None;
        self.view_mut().reader.highlight = None;
        self.restore(&place.position);
    }

    /// Remembers a query that was searched for, to recall with Up.
    pub(super) fn remember_query(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        let queries = &mut self.history.queries;
        queries.retain(|q| q != query);
        queries.push(query.to_string());
        let excess = queries.len().saturating_sub(MAX_QUERIES);
        queries.drain(..excess);
        self.save_request = true;
    }

    /// Takes the event loop's cue to save the state file.
    pub fn take_save_request(&mut self) -> bool {
        std::mem::take(&mut self.save_request)
    }
}
