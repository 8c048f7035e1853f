//! Bookmarks in the explorer. `m` bookmarks what has focus (the selected outline section, the
//! selected figure, the paragraph at the top of the reader) or removes the bookmark there;
//! `'` lists every bookmark, filtered as it is typed (either script, pinyin); Enter jumps
//! (leaving a place to come back to), and the delete keys remove one. A bookmark is its
//! report's id, section id, paragraph and byte offset, so it holds at any width and in either
//! script. Every change asks the event loop to save the state file.

use crossterm::event::KeyCode;

use super::input::InputLine;
use super::{App, Overlay};
use crate::action::{Action, Pane};
use crate::i18n::Msg;
use crate::keymap::{Chord, Command};
use crate::model::FigureRef;
use crate::search::words_match;
use crate::state::{self, Bookmark, Place, Position};
use crate::text;

/// Display columns of a paragraph's text kept as the label of a bookmark on it.
const LABEL_COLUMNS: usize = 48;

/// State of the bookmark list.
#[derive(Debug, Clone, Default)]
pub struct BookmarkList {
    /// The filter line.
    pub filter: InputLine,
    /// Indices into [`App::bookmark_entries`] of the bookmarks the filter lets through.
    pub rows: Vec<usize>,
    /// Index into `rows` of the selected row.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

/// One bookmark as the list shows it, its texts sanitised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookmarkEntry {
    /// Its index in the remembered bookmarks.
    pub index: usize,
    /// The opened report it is in; `None` when that report is not open.
    pub report: Option<usize>,
    /// The report's region and year, or its id when it is not open.
    pub report_label: String,
    /// The headings down to its section (the section's id when they cannot be known).
    pub path: Vec<String>,
    /// What is there: a heading, the start of a paragraph, a figure.
    pub label: String,
    /// When it was made, in seconds since 1970.
    pub created: u64,
    /// Where it is in its report (block, byte offset), for the order of the list.
    place: Option<(usize, usize)>,
}

impl BookmarkEntry {
    /// The text the filter looks in: report, section path and label.
    fn haystack(&self) -> String {
        format!(
            "{} {} {}",
            self.report_label,
            self.path.join(" "),
            self.label
        )
    }
}

impl BookmarkList {
    /// Recomputes the rows after the filter or the bookmarks changed, keeping the selection's
    /// row number where it can.
    fn refilter(&mut self, entries: &[BookmarkEntry]) {
        let query = self.filter.text().trim();
        self.rows = (0..entries.len())
            .filter(|&i| query.is_empty() || words_match(&entries[i].haystack(), query))
            .collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Moves the selection by `delta` rows.
    pub fn move_selection(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Keeps the selection within `rows` entries from the offset.
    pub fn scroll_into_view(&mut self, rows: usize) {
        self.offset = crate::layout::scrolled(self.offset, self.selected, rows);
    }
}

/// What `m` would bookmark: where, what it shows, and whether a bookmark anywhere on the same
/// screen line counts as already there (the reader, whose lines move with the width).
struct Candidate {
    /// The opened report.
    report: usize,
    /// The place in it.
    position: Position,
    /// What is there.
    label: String,
    /// True when a bookmark on the same wrapped line is this one.
    by_line: bool,
}

impl App {
    /// Every remembered bookmark as the list shows it: those of opened reports first, in
    /// library order and then in reading order, then those of reports not open.
    pub fn bookmark_entries(&self) -> Vec<BookmarkEntry> {
        let mut entries: Vec<BookmarkEntry> = self
            .history
            .bookmarks
            .iter()
            .enumerate()
            .map(|(index, bookmark)| self.entry_of(index, bookmark))
            .collect();
        entries.sort_by_key(|e| (e.report.unwrap_or(usize::MAX), e.place, e.index));
        entries
    }

    fn entry_of(&self, index: usize, bookmark: &Bookmark) -> BookmarkEntry {
        let position = &bookmark.place.position;
        let report = self
            .reports
            .iter()
            .position(|r| r.summary().id == bookmark.place.report);
        let opened = report.map(|n| &self.reports[n]);
        let resolved = opened.and_then(|o| o.place_of(position));
        let path = match (opened, resolved) {
            (Some(o), Some((section, ..))) => o
                .doc()
                .path(section)
                .into_iter()
                .map(String::from)
                .collect(),
            _ => vec![text::sanitize(&position.section).into_owned()],
        };
        BookmarkEntry {
            index,
            report,
            report_label: opened.map_or_else(
                || text::sanitize(&bookmark.place.report).into_owned(),
                |o| text::sanitize(&o.label()).into_owned(),
            ),
            path,
            label: text::sanitize(&bookmark.label).into_owned(),
            created: bookmark.created,
            place: resolved.map(|(_, block, offset)| (block, offset)),
        }
    }

    /// The bookmarks of the report shown, each as the block and byte offset it points at.
    pub fn bookmarks_shown(&self) -> Vec<(usize, usize)> {
        let view = self.view();
        self.history
            .bookmarks
            .iter()
            .filter(|b| b.place.report == view.summary().id)
            .filter_map(|b| view.place_of(&b.place.position))
            .map(|(_, block, offset)| (block, offset))
            .collect()
    }

    /// `m`: bookmarks what has focus, or removes the bookmark already there, and says which.
    pub(super) fn toggle_bookmark(&mut self) {
        let lang = self.prefs.lang;
        let Some(candidate) = self.candidate() else {
            self.message = Some(lang.text(Msg::NothingToBookmark).to_owned());
            return;
        };
        let opened = &self.reports[candidate.report];
        let Some((_, block, offset)) = opened.place_of(&candidate.position) else {
            self.message = Some(lang.text(Msg::NothingToBookmark).to_owned());
            return;
        };
        let line_of = |block, offset| opened.wrapped.line_of(block, offset);
        let here = |b: &Bookmark| {
            b.place.report == opened.summary().id
                && opened.place_of(&b.place.position).is_some_and(|(_, b, o)| {
                    (b, o) == (block, offset)
                        || candidate.by_line
                            && b == block
                            && line_of(b, o) == line_of(block, offset)
                })
        };
        let new = Bookmark::new(
            Place {
                report: opened.summary().id.clone(),
                position: candidate.position.clone(),
            },
            &candidate.label,
            state::now(),
        );
        let removed = state::toggle_bookmark(&mut self.history.bookmarks, here, new);
        self.message = Some(match removed {
            Some(old) => lang.fill(Msg::BookmarkRemoved, &[&old.label]),
            None => lang.fill(Msg::BookmarkAdded, &[&candidate.label]),
        });
        self.save_request = true;
    }

    /// What `m` bookmarks where it is pressed, if anything.
    fn candidate(&self) -> Option<Candidate> {
        let view = self.view();
        match &self.overlay {
            Overlay::Table(table) => self.figure_candidate(table.selected_target()?),
            Overlay::None => match self.focus {
                Pane::Outline => {
                    let section = view.outline.visible_selection(view.doc());
                    let entry = view.doc().sections.get(section)?;
                    Some(Candidate {
                        report: self.current,
                        position: view.position_at(entry.first_block, 0)?,
                        label: entry.heading.clone(),
                        by_line: false,
                    })
                }
                Pane::Targets => {
                    self.figure_candidate(*self.pane_figures().get(view.targets.selected)?)
                }
                Pane::Reader => {
                    // The first line of text from the top (a blank line marks nothing).
                    let line = view
                        .wrapped
                        .lines
                        .get(view.reader.top..)?
                        .iter()
                        .position(|line| matches!(line, super::document::Line::Text { .. }))?;
                    let (block, offset) = view.wrapped.anchor(view.reader.top + line);
                    let rest = view.doc().blocks.get(block)?.text.get(offset..)?;
                    Some(Candidate {
                        report: self.current,
                        position: view.position_at(block, offset)?,
                        label: text::truncate(rest.trim(), LABEL_COLUMNS).into_owned(),
                        by_line: true,
                    })
                }
            },
            _ => None,
        }
    }

    /// A figure's bookmark: at its quote, labelled with its subject and value.
    fn figure_candidate(&self, figure: FigureRef) -> Option<Candidate> {
        if figure.report != self.current {
            return None;
        }
        let (block, offset) = self.view().figure_anchor(figure.kind, figure.index)?;
        let entry = self.entry(figure)?;
        Some(Candidate {
            report: figure.report,
            position: self.view().position_at(block, offset)?,
            label: format!("{} {}", entry.subject, entry.value),
            by_line: false,
        })
    }

    /// Opens the bookmark list, the first bookmark of the report shown selected.
    pub fn open_bookmark_list(&mut self) {
        let entries = self.bookmark_entries();
        let mut list = BookmarkList::default();
        list.refilter(&entries);
        list.selected = list
            .rows
            .iter()
            .position(|&r| entries[r].report == Some(self.current))
            .unwrap_or(0);
        self.overlay = Overlay::Bookmarks(list);
    }

    /// Puts `filter` back in the open bookmark list and filters it again.
    pub(super) fn refilter_bookmarks_with(&mut self, filter: InputLine) {
        let entries = self.bookmark_entries();
        if let Overlay::Bookmarks(list) = &mut self.overlay {
            list.filter = filter;
            list.selected = 0;
            list.refilter(&entries);
        }
    }

    pub(super) fn update_bookmarks(&mut self, action: Action) {
        let page = self.search_rows() as isize;
        let entries = self.bookmark_entries();
        let Overlay::Bookmarks(list) = &mut self.overlay else {
            return;
        };
        // A letter bound to deleting deletes only while there is no filter to type it into.
        let delete = match action {
            Action::DeleteBookmark => true,
            Action::Input(c) => {
                list.filter.text().is_empty()
                    && self
                        .keymap
                        .keys(Command::DeleteBookmark)
                        .contains(&Chord::plain(KeyCode::Char(c)))
            }
            _ => false,
        };
        if delete {
            self.delete_bookmark(&entries);
            return;
        }
        if list.filter.apply(&action) {
            list.selected = 0;
            list.refilter(&entries);
            return;
        }
        match action {
            Action::Move(n) => list.move_selection(n),
            Action::Page(n) => list.move_selection(n * (page - 1).max(1)),
            Action::First => list.move_selection(isize::MIN / 2),
            Action::Last => list.move_selection(isize::MAX / 2),
            Action::Activate => {
                if let Some(&row) = list.rows.get(list.selected) {
                    self.jump_to_bookmark(&entries[row]);
                }
            }
            _ => {}
        }
    }

    /// Shows the place of a bookmark, leaving one to come back to; a bookmark of a report
    /// that is not open only says so.
    fn jump_to_bookmark(&mut self, entry: &BookmarkEntry) {
        let Some(bookmark) = self.history.bookmarks.get(entry.index) else {
            return;
        };
        if entry.report.is_none() {
            let lang = self.prefs.lang;
            self.message = Some(lang.fill(Msg::ReportNotOpen, &[&entry.report_label]));
            return;
        }
        let place = bookmark.place.clone();
        let from = self.place();
        self.go_to(&place);
        self.leave(from);
    }

    /// Deletes the selected bookmark of the list and says so.
    fn delete_bookmark(&mut self, entries: &[BookmarkEntry]) {
        let Overlay::Bookmarks(list) = &self.overlay else {
            return;
        };
        let Some(entry) = list.rows.get(list.selected).map(|&r| &entries[r]) else {
            return;
        };
        if entry.index >= self.history.bookmarks.len() {
            return;
        }
        let removed = self.history.bookmarks.remove(entry.index);
        self.save_request = true;
        let label = text::sanitize(&removed.label);
        self.message = Some(self.prefs.lang.fill(Msg::BookmarkRemoved, &[&label]));
        let entries = self.bookmark_entries();
        if let Overlay::Bookmarks(list) = &mut self.overlay {
            list.refilter(&entries);
        }
    }
}

#[cfg(test)]
mod tests;
