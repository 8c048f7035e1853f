//! The search overlay: its state (the query line, the latest answered results, where the
//! reader was before), the request for the search worker, and the app's search actions.

use super::input::InputLine;
use super::{App, Overlay, Reader};
use crate::action::{Action, Pane};
use crate::model::{FigureKind, FigureRef};
use crate::search::{Bounds, Found, Hit, Kind};
use crate::state::Place;

/// A search the app wants run: the worker answers with `Action::SearchDone`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// Increases with every query; answers to older ones are dropped.
    pub generation: u64,
    /// The query as typed.
    pub query: String,
    /// Which report to search (all of them unless the search is limited to the one shown),
    /// and how many hits to keep at most ([`SEARCH_MOST`]).
    pub bounds: Bounds,
}

/// The most hits the explorer's search keeps: a query matching more (one pinyin letter in a
/// library of a thousand reports) ranks the first this many found in library order and shows
/// its count as "this many+", so every keystroke costs about the same.
pub const SEARCH_MOST: usize = 1000;

/// The search overlay.
#[derive(Debug, Clone)]
pub struct SearchState {
    /// The query line.
    pub input: InputLine,
    /// The generation of the latest query sent.
    pub generation: u64,
    /// The query the shown results answer.
    pub answered: String,
    /// The generation the shown results answer.
    pub answered_generation: u64,
    /// Results of the latest answered query, best first.
    pub hits: Vec<Hit>,
    /// True when more items matched the answered query than `hits` keeps.
    pub more: bool,
    /// Selected result.
    pub selected: usize,
    /// First result shown.
    pub offset: usize,
    /// Where the reader was when the search opened, for Esc: its state, the focus, and the
    /// block and byte offset at its top (which survive a resize, unlike a line number).
    pub origin: (Reader, Pane, (usize, usize)),
    /// Enter was pressed before the results came: jump as soon as they do.
    pub jump_when_answered: bool,
    /// Only hits in the report shown (with several reports open).
    pub only_current: bool,
    /// The place shown when the search opened: where going back after a jump leads.
    pub from: Option<Place>,
    /// While recalling earlier queries with Up: how many back from the newest.
    pub recalled: Option<usize>,
}

impl SearchState {
    /// A new search, remembering the reader's place.
    pub fn new(origin: (Reader, Pane, (usize, usize))) -> Self {
        Self {
            input: InputLine::default(),
            generation: 0,
            answered: String::new(),
            answered_generation: 0,
            hits: Vec::new(),
            more: false,
            selected: 0,
            offset: 0,
            origin,
            jump_when_answered: false,
            only_current: false,
            from: None,
            recalled: None,
        }
    }

    /// True while the shown results do not answer the query as typed.
    pub fn pending(&self) -> bool {
        self.answered_generation != self.generation
    }

    /// Moves the selection by `delta`, staying within the results.
    pub fn move_selection(&mut self, delta: isize) {
        let last = self.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Keeps the selection within `rows` results from the offset.
    pub fn scroll_into_view(&mut self, rows: usize) {
        self.offset = crate::layout::scrolled(self.offset, self.selected, rows);
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

impl App {
    /// Applies a key to the search overlay: editing sends a new query to the worker.
    pub(super) fn update_search(&mut self, action: Action) {
        let rows = self.search_rows();
        let Overlay::Search(search) = &mut self.overlay else {
            return;
        };
        let before = search.input.text().to_string();
        let mut again = false;
        match action {
            _ if search.input.apply(&action) => {}
            Action::ToggleSearchScope => {
                search.only_current = !search.only_current;
                again = true;
            }
            Action::Move(-1) if search.selected == 0 => {
                if let Some(query) = recall(&self.history.queries, &mut search.recalled, 1) {
                    search.input = InputLine::with_text(&query);
                }
            }
            Action::Move(1) if search.hits.is_empty() && search.recalled.is_some() => {
                let query = recall(&self.history.queries, &mut search.recalled, -1);
                search.input = InputLine::with_text(&query.unwrap_or_default());
            }
            Action::Move(n) => search.move_selection(n),
            Action::Page(n) => search.move_selection(n * rows.max(2) as isize - n),
            Action::Activate if search.pending() => search.jump_when_answered = true,
            Action::Activate => {
                self.open_selected_hit();
                return;
            }
            _ => {}
        }
        if search.input.text() != before || again {
            self.resend_search();
        }
        if let Overlay::Search(search) = &mut self.overlay {
            search.scroll_into_view(rows);
        }
    }

    /// Sends the search box's query to the worker as a new request (the answer to any
    /// earlier one is then ignored): after it is edited, or when the reports changed.
    pub(super) fn resend_search(&mut self) {
        let (reports, current) = (self.reports.len(), self.current);
        let Overlay::Search(search) = &mut self.overlay else {
            return;
        };
        search.generation += 1;
        let query = search.input.text().to_string();
        if query.trim().is_empty() {
            search.answered = query;
            search.answered_generation = search.generation;
            search.hits.clear();
            search.more = false;
            self.search_request = None;
        } else {
            let only = search.only_current && reports > 1;
            self.search_request = Some(SearchRequest {
                generation: search.generation,
                query,
                bounds: Bounds {
                    report: only.then_some(current),
                    first: Some(current),
                    most: SEARCH_MOST,
                },
            });
        }
    }

    /// Closes the search and jumps to its selected result, if there is one.
    fn open_selected_hit(&mut self) {
        let Overlay::Search(search) = &self.overlay else {
            return;
        };
        let Some(hit) = search.hits.get(search.selected).cloned() else {
            return;
        };
        let (from, query) = (search.from.clone(), search.input.text().to_string());
        self.remember_query(&query);
        let Overlay::Search(search) = &self.overlay else {
            return;
        };
        self.last_search = Some(LastSearch {
            hits: search.hits.clone(),
            current: search.selected,
        });
        self.overlay = Overlay::None;
        self.jump_to_hit(&hit);
        self.leave(from);
    }

    /// Takes the search the worker should run next, if any.
    pub fn take_search_request(&mut self) -> Option<SearchRequest> {
        self.search_request.take()
    }

    /// True while the search overlay waits for results.
    pub fn search_pending(&self) -> bool {
        matches!(&self.overlay, Overlay::Search(s) if s.pending())
    }

    pub(super) fn search_done(&mut self, generation: u64, query: String, found: Found) {
        let index = self.ready_index();
        let current = self.current;
        if let Overlay::Search(search) = &mut self.overlay
            && search.generation == generation
        {
            let in_scope = |hit: &Hit| {
                !search.only_current
                    || index
                        .item(hit.item)
                        .is_some_and(|item| item.report == current)
            };
            search.answered = query;
            search.answered_generation = generation;
            search.hits = found.hits.into_iter().filter(in_scope).collect();
            search.more = found.more;
            search.selected = 0;
            search.offset = 0;
            if search.jump_when_answered && !search.pending() {
                self.open_selected_hit();
            }
        }
    }

    /// Results the search overlay shows at once (at least one, so paging always moves).
    pub fn search_rows(&self) -> usize {
        crate::layout::search(self.area).hits_shown().max(1)
    }

    /// Shows a search hit in the reader: its sentence or quote highlighted, or its heading.
    pub fn jump_to_hit(&mut self, hit: &Hit) {
        let Some(index) = self.index.get() else {
            return;
        };
        let Some(item) = index.item(hit.item) else {
            return;
        };
        if item.report != self.current {
            self.switch_to(item.report);
        }
        let Some(section) = self.view().doc().section_index(item.section) else {
            return;
        };
        match (item.kind, item.figure, item.paragraph, &item.span) {
            (Kind::Target | Kind::Result, Some(index), ..) => self.jump_to_figure(FigureRef {
                report: item.report,
                kind: if item.kind == Kind::Target {
                    FigureKind::Target
                } else {
                    FigureKind::Result
                },
                index,
            }),
            (Kind::Sentence, _, Some(paragraph), Some(span)) => {
                let Some(block) = self.view().doc().paragraph_block(section, paragraph) else {
                    return;
                };
                let range = self.view().doc().blocks[block]
                    .offsets
                    .shown_range(span.clone());
                self.jump_to_text(block, range);
            }
            _ => self.jump_to_section(section),
        }
    }

    /// n and N: the next or previous result of the last search.
    pub(super) fn next_result(&mut self, step: isize) {
        let Some(last) = &mut self.last_search else {
            return;
        };
        if last.hits.is_empty() {
            return;
        }
        let count = last.hits.len() as isize;
        last.current = (last.current as isize + step).rem_euclid(count) as usize;
        let hit = last.hits[last.current].clone();
        let from = self.place();
        self.jump_to_hit(&hit);
        self.leave(from);
    }
}

/// Steps through earlier queries: `older` 1 goes one back, -1 one forward (to the empty
/// query past the newest, `None`). `at` counts back from the newest.
fn recall(queries: &[String], at: &mut Option<usize>, older: isize) -> Option<String> {
    let next = match (*at, older) {
        (None, 1) => 0,
        (Some(n), 1) => (n + 1).min(queries.len().saturating_sub(1)),
        (Some(0) | None, _) => {
            *at = None;
            return None;
        }
        (Some(n), _) => n - 1,
    };
    let query = queries.iter().rev().nth(next)?.clone();
    *at = Some(next);
    Some(query)
}
