//! Everything the user can ask the explorer to do, as plain data.

/// A pane of the main view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// The section tree.
    Outline,
    /// The report text.
    Reader,
    /// The targets of the section in view.
    Targets,
}

impl Pane {
    /// Panes in Tab order.
    pub const ALL: [Pane; 3] = [Pane::Outline, Pane::Reader, Pane::Targets];
}

use crate::search::Found;

/// A verb applied to the app state by `App::update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Paint the whole screen again, for a terminal whose picture was spoilt.
    Redraw,
    /// Show the reports in the next script: as written, Simplified, Traditional.
    CycleScript,
    /// Move the selection or scroll by this many lines (negative is up).
    Move(isize),
    /// Move by this many pages (negative is up).
    Page(isize),
    /// Move by half a page (negative is up).
    HalfPage(isize),
    /// Go to the first item or the top.
    First,
    /// Go to the last item or the bottom.
    Last,
    /// Focus the next pane (Tab).
    FocusNext,
    /// Focus the previous pane (Shift-Tab).
    FocusPrev,
    /// Focus one pane.
    Focus(Pane),
    /// Open, jump to or confirm the selected item (Enter).
    Activate,
    /// Expand or collapse the selected outline node (Space).
    Toggle,
    /// Collapse the selected outline node, or go to its parent (h, Left).
    Collapse,
    /// Expand the selected outline node (l, Right).
    Expand,
    /// Jump to the previous section ([).
    PrevSection,
    /// Jump to the next section (]).
    NextSection,
    /// Open the full-screen targets table (t).
    OpenTable,
    /// Cycle the targets table's category filter (c), forwards or backwards.
    CycleCategory(isize),
    /// Open the search overlay (/).
    OpenSearch,
    /// Start typing a filter in the targets table (/ in the table).
    StartFilter,
    /// Open the key help (?).
    OpenHelp,
    /// Open the list of opened reports (r).
    OpenReports,
    /// Open the comparison of indicators across the opened reports (c).
    OpenCompare,
    /// In the comparison: the chart of the selected indicator, or back to the table (v).
    ToggleChart,
    /// In the search box: only the report shown, or every opened report.
    ToggleSearchScope,
    /// Close the overlay or leave the input line (Esc).
    Close,
    /// Type a character into the active input line.
    Input(char),
    /// Insert pasted text into the active input line (bracketed paste).
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the word before the cursor (Ctrl-w).
    DeleteWord,
    /// Clear the input line before the cursor (Ctrl-u).
    ClearInput,
    /// Move the input cursor by characters (negative is left; `isize::MIN`/`MAX` to an end).
    CursorMove(isize),
    /// Move the input cursor by words (negative is left).
    WordMove(isize),
    /// Go to the next search result (n), or the previous one (N) with -1.
    NextResult(isize),
    /// A mouse click at a screen cell.
    Click {
        /// Column of the cell.
        column: u16,
        /// Row of the cell.
        row: u16,
    },
    /// The mouse wheel over a screen cell: lines to scroll (negative is up).
    Scroll {
        /// Column of the cell.
        column: u16,
        /// Row of the cell.
        row: u16,
        /// Lines to scroll.
        lines: isize,
    },
    /// Copy what has focus with its source: the figure, hit, section or paragraph in view
    /// (`whole`: the quote or the whole paragraph instead).
    Copy {
        /// The quote or the whole paragraph rather than the figure or the highlighted words.
        whole: bool,
    },
    /// Jump to the result the region's next-year report gives for the selected target (o).
    FollowTarget,
    /// Go back to the place the last jump left (`forward`: forward again after going back).
    Travel {
        /// Forward rather than back.
        forward: bool,
    },
    /// Bookmark what has focus (the selected section or figure, the paragraph at the top of
    /// the reader), or remove the bookmark already there (m).
    ToggleBookmark,
    /// Open the list of bookmarks (').
    OpenBookmarks,
    /// In the bookmark list: delete the selected bookmark.
    DeleteBookmark,
    /// Show a short message in the status line until the next key.
    Notify(String),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// The search worker's answer to a query.
    SearchDone {
        /// The generation of the request it answers.
        generation: u64,
        /// The query it answers.
        query: String,
        /// The results, best first, and whether more items matched than were kept.
        found: Found,
    },
}
