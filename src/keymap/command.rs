//! Every command a key can be bound to: its name in the config file, where it applies, its
//! default keys and what the help says of it. The keymap, the help screen and the hint lines
//! are all made from this one table.

use crate::action::Action;

use super::Mode;

/// A command a key can be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    First,
    Last,
    NextPane,
    PrevPane,
    Open,
    Fold,
    Collapse,
    Expand,
    PrevSection,
    NextSection,
    Targets,
    Reports,
    Compare,
    Chart,
    Search,
    NextCategory,
    PrevCategory,
    NextResult,
    PrevResult,
    Script,
    Help,
    Close,
    Quit,
    Redraw,
    NextItem,
    SearchScope,
    PrevItem,
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteWord,
    ClearLine,
    Copy,
    CopyWhole,
    Back,
    Forward,
    Bookmark,
    Bookmarks,
    DeleteBookmark,
    Follow,
}

/// Where a command applies: a set of [`Mode`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope(u8);

impl Scope {
    const BROWSE: Scope = Scope(1);
    const HELP: Scope = Scope(2);
    const TABLE: Scope = Scope(4);
    const TYPING: Scope = Scope(8);
    /// The panes and the full-screen tables.
    const BROWSE_TABLE: Scope = Scope(1 | 4);
    /// Every mode but typing: the panes and the overlays that take command keys.
    const VIEWING: Scope = Scope(1 | 2 | 4);
    const ALL: Scope = Scope(1 | 2 | 4 | 8);

    /// True when the command applies in `mode`.
    pub fn contains(self, mode: Mode) -> bool {
        let bit = match mode {
            Mode::Browse => Self::BROWSE,
            Mode::Help => Self::HELP,
            Mode::Table => Self::TABLE,
            Mode::Typing => Self::TYPING,
        };
        self.0 & bit.0 != 0
    }

    /// True when some mode has both scopes.
    pub fn overlaps(self, other: Scope) -> bool {
        self.0 & other.0 != 0
    }
}

/// What the table says of one command.
#[derive(Debug)]
pub struct Spec {
    /// The command.
    pub command: Command,
    /// Its name in the config file's `[keys]` table.
    pub name: &'static str,
    /// Where it applies.
    pub scope: Scope,
    /// Its keys unless the config file says otherwise, the one shown in hints first.
    pub keys: &'static [&'static str],
    /// One line of help.
    pub help: &'static str,
}

const fn spec(
    command: Command,
    name: &'static str,
    scope: Scope,
    keys: &'static [&'static str],
    help: &'static str,
) -> Spec {
    Spec {
        command,
        name,
        scope,
        keys,
        help,
    }
}

use Command as C;

/// Every command, in the order the help lists them.
pub static SPECS: &[Spec] = &[
    spec(
        C::Down,
        "down",
        Scope::VIEWING,
        &["down", "j"],
        "move down, scroll the reader",
    ),
    spec(C::Up, "up", Scope::VIEWING, &["up", "k"], "move up"),
    spec(
        C::PageDown,
        "page_down",
        Scope::ALL,
        &["pagedown", "ctrl-f"],
        "page down",
    ),
    spec(
        C::PageUp,
        "page_up",
        Scope::ALL,
        &["pageup", "ctrl-b"],
        "page up",
    ),
    spec(
        C::HalfPageDown,
        "half_page_down",
        Scope::VIEWING,
        &["ctrl-d"],
        "half a page down",
    ),
    spec(
        C::HalfPageUp,
        "half_page_up",
        Scope::VIEWING,
        &["ctrl-u"],
        "half a page up",
    ),
    spec(
        C::First,
        "first",
        Scope::VIEWING,
        &["g", "home"],
        "first line or item",
    ),
    spec(
        C::Last,
        "last",
        Scope::VIEWING,
        &["G", "end"],
        "last line or item",
    ),
    spec(
        C::NextPane,
        "next_pane",
        Scope::BROWSE,
        &["tab"],
        "next pane",
    ),
    spec(
        C::PrevPane,
        "prev_pane",
        Scope::BROWSE,
        &["shift-tab"],
        "previous pane",
    ),
    spec(
        C::Open,
        "open",
        Scope::ALL,
        &["enter"],
        "open a section, jump to a target or result",
    ),
    spec(
        C::Fold,
        "fold",
        Scope::BROWSE,
        &["space"],
        "fold / unfold (outline), page down (reader)",
    ),
    spec(
        C::Collapse,
        "collapse",
        Scope::BROWSE_TABLE,
        &["h", "left"],
        "collapse, or go to the parent (outline); left (comparison)",
    ),
    spec(
        C::Expand,
        "expand",
        Scope::BROWSE_TABLE,
        &["l", "right"],
        "expand, or go to the first child (outline); right (comparison)",
    ),
    spec(
        C::PrevSection,
        "prev_section",
        Scope::BROWSE,
        &["["],
        "previous section",
    ),
    spec(
        C::NextSection,
        "next_section",
        Scope::BROWSE,
        &["]"],
        "next section",
    ),
    spec(
        C::Targets,
        "targets",
        Scope::VIEWING,
        &["t"],
        "targets table",
    ),
    spec(
        C::Reports,
        "reports",
        Scope::VIEWING,
        &["r"],
        "the list of opened reports",
    ),
    spec(
        C::Compare,
        "compare",
        Scope::BROWSE,
        &["c"],
        "compare indicators across the opened reports",
    ),
    spec(
        C::Chart,
        "chart",
        Scope::TABLE,
        &["v"],
        "chart of the selected indicator (comparison)",
    ),
    spec(
        C::Follow,
        "follow",
        Scope::BROWSE_TABLE,
        &["o"],
        "jump to the result the next year's report gives for the selected target",
    ),
    spec(
        C::Search,
        "search",
        Scope::VIEWING,
        &["/"],
        "search (in the table: filter)",
    ),
    spec(
        C::NextCategory,
        "next_category",
        Scope::TABLE,
        &["c"],
        "next category (table)",
    ),
    spec(
        C::PrevCategory,
        "prev_category",
        Scope::TABLE,
        &["C"],
        "previous category (table)",
    ),
    spec(
        C::NextResult,
        "next_result",
        Scope::VIEWING,
        &["n"],
        "next search result",
    ),
    spec(
        C::PrevResult,
        "prev_result",
        Scope::VIEWING,
        &["N"],
        "previous search result",
    ),
    spec(
        C::Script,
        "script",
        Scope::VIEWING,
        &["s"],
        "show the report as written, in Simplified or in Traditional",
    ),
    spec(C::Help, "help", Scope::VIEWING, &["?"], "this help"),
    spec(
        C::Close,
        "close",
        Scope::ALL,
        &["esc"],
        "close an overlay or the input line, clear a highlight",
    ),
    spec(
        C::Copy,
        "copy",
        Scope::ALL,
        &["y", "ctrl-y"],
        "copy the selected figure, hit, section or paragraph in view, with its source",
    ),
    spec(
        C::CopyWhole,
        "copy_whole",
        Scope::ALL,
        &["Y", "alt-y"],
        "copy the quote or the whole paragraph, with its source",
    ),
    spec(
        C::Back,
        "back",
        Scope::BROWSE,
        &["ctrl-o", "alt-left"],
        "back to where the last jump came from",
    ),
    spec(
        C::Forward,
        "forward",
        Scope::BROWSE,
        &["alt-i", "alt-right"],
        "forward again after going back",
    ),
    spec(
        C::Bookmark,
        "bookmark",
        Scope::BROWSE_TABLE,
        &["m"],
        "bookmark what has focus, or remove its bookmark",
    ),
    spec(
        C::Bookmarks,
        "bookmarks",
        Scope::VIEWING,
        &["'"],
        "the list of bookmarks",
    ),
    spec(
        C::DeleteBookmark,
        "delete_bookmark",
        Scope::TYPING,
        &["d", "delete", "ctrl-d"],
        "bookmark list: delete the selected bookmark (a letter only while the filter is empty)",
    ),
    spec(C::Quit, "quit", Scope::ALL, &["q", "ctrl-c"], "quit"),
    spec(
        C::Redraw,
        "redraw",
        Scope::ALL,
        &["ctrl-l"],
        "paint the whole screen again",
    ),
    spec(
        C::NextItem,
        "next_item",
        Scope::TYPING,
        &["down", "tab", "ctrl-n"],
        "input line: next result",
    ),
    spec(
        C::PrevItem,
        "prev_item",
        Scope::TYPING,
        &["up", "shift-tab", "ctrl-p"],
        "input line: previous result",
    ),
    spec(
        C::SearchScope,
        "search_scope",
        Scope::TYPING,
        &["ctrl-r"],
        "search: this report only / every opened report",
    ),
    spec(
        C::CursorLeft,
        "cursor_left",
        Scope::TYPING,
        &["left"],
        "input line: cursor left",
    ),
    spec(
        C::CursorRight,
        "cursor_right",
        Scope::TYPING,
        &["right"],
        "input line: cursor right",
    ),
    spec(
        C::WordLeft,
        "word_left",
        Scope::TYPING,
        &["alt-b", "ctrl-left"],
        "input line: word left",
    ),
    spec(
        C::WordRight,
        "word_right",
        Scope::TYPING,
        &["alt-f", "ctrl-right"],
        "input line: word right",
    ),
    spec(
        C::LineStart,
        "line_start",
        Scope::TYPING,
        &["home", "ctrl-a"],
        "input line: to the start",
    ),
    spec(
        C::LineEnd,
        "line_end",
        Scope::TYPING,
        &["end", "ctrl-e"],
        "input line: to the end",
    ),
    spec(
        C::DeleteBack,
        "delete_back",
        Scope::TYPING,
        &["backspace"],
        "input line: delete a character",
    ),
    spec(
        C::DeleteWord,
        "delete_word",
        Scope::TYPING,
        &["ctrl-w"],
        "input line: delete a word",
    ),
    spec(
        C::ClearLine,
        "clear_line",
        Scope::TYPING,
        &["ctrl-u"],
        "input line: delete to the start",
    ),
];

impl Command {
    /// What the table says of this command.
    pub fn spec(self) -> &'static Spec {
        // Every command has exactly one row (a test checks this); the fallback is unreachable.
        SPECS
            .iter()
            .find(|s| s.command == self)
            .unwrap_or(&SPECS[0])
    }

    /// The command named `name` in the config file.
    pub fn named(name: &str) -> Option<Command> {
        SPECS.iter().find(|s| s.name == name).map(|s| s.command)
    }

    /// The action this command means in `mode`.
    pub fn action(self, mode: Mode) -> Action {
        match self {
            C::Down | C::NextItem => Action::Move(1),
            C::Up | C::PrevItem => Action::Move(-1),
            C::PageDown => Action::Page(1),
            C::PageUp => Action::Page(-1),
            C::HalfPageDown => Action::HalfPage(1),
            C::HalfPageUp => Action::HalfPage(-1),
            C::First => Action::First,
            C::Script => Action::CycleScript,
            C::Last => Action::Last,
            C::NextPane => Action::FocusNext,
            C::PrevPane => Action::FocusPrev,
            C::Open => Action::Activate,
            C::Fold => Action::Toggle,
            C::Collapse => Action::Collapse,
            C::Expand => Action::Expand,
            C::PrevSection => Action::PrevSection,
            C::NextSection => Action::NextSection,
            C::Targets => Action::OpenTable,
            C::Reports => Action::OpenReports,
            C::Compare => Action::OpenCompare,
            C::Chart => Action::ToggleChart,
            C::Search if mode == Mode::Table => Action::StartFilter,
            C::Search => Action::OpenSearch,
            C::NextCategory => Action::CycleCategory(1),
            C::PrevCategory => Action::CycleCategory(-1),
            C::NextResult => Action::NextResult(1),
            C::PrevResult => Action::NextResult(-1),
            C::Help => Action::OpenHelp,
            C::Close => Action::Close,
            C::SearchScope => Action::ToggleSearchScope,
            C::Quit => Action::Quit,
            C::Redraw => Action::Redraw,
            C::CursorLeft => Action::CursorMove(-1),
            C::CursorRight => Action::CursorMove(1),
            C::WordLeft => Action::WordMove(-1),
            C::WordRight => Action::WordMove(1),
            C::LineStart => Action::CursorMove(isize::MIN),
            C::LineEnd => Action::CursorMove(isize::MAX),
            C::DeleteBack => Action::Backspace,
            C::DeleteWord => Action::DeleteWord,
            C::ClearLine => Action::ClearInput,
            C::Copy => Action::Copy { whole: false },
            C::CopyWhole => Action::Copy { whole: true },
            C::Back => Action::Travel { forward: false },
            C::Forward => Action::Travel { forward: true },
            C::Bookmark => Action::ToggleBookmark,
            C::Bookmarks => Action::OpenBookmarks,
            C::DeleteBookmark => Action::DeleteBookmark,
            C::Follow => Action::FollowTarget,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant, written out so that a new one without a row fails the test below.
    const ALL: &[Command] = &[
        Command::Down,
        Command::Up,
        Command::PageDown,
        Command::PageUp,
        Command::HalfPageDown,
        Command::HalfPageUp,
        Command::First,
        Command::Last,
        Command::NextPane,
        Command::PrevPane,
        Command::Open,
        Command::Fold,
        Command::Collapse,
        Command::Expand,
        Command::PrevSection,
        Command::NextSection,
        Command::Targets,
        Command::Reports,
        Command::Compare,
        Command::Chart,
        Command::Search,
        Command::NextCategory,
        Command::PrevCategory,
        Command::NextResult,
        Command::PrevResult,
        Command::Help,
        Command::Close,
        Command::Quit,
        Command::Redraw,
        Command::NextItem,
        Command::SearchScope,
        Command::Script,
        Command::PrevItem,
        Command::CursorLeft,
        Command::CursorRight,
        Command::WordLeft,
        Command::WordRight,
        Command::LineStart,
        Command::LineEnd,
        Command::DeleteBack,
        Command::DeleteWord,
        Command::ClearLine,
        Command::Copy,
        Command::CopyWhole,
        Command::Back,
        Command::Forward,
        Command::Bookmark,
        Command::Bookmarks,
        Command::DeleteBookmark,
        Command::Follow,
    ];

    #[test]
    fn every_command_has_a_row() {
        for command in ALL {
            assert!(
                SPECS.iter().any(|s| s.command == *command),
                "{command:?} has no row"
            );
        }
        assert_eq!(ALL.len(), SPECS.len());
    }

    #[test]
    fn every_command_has_one_row_and_a_unique_name() {
        let mut names: Vec<&str> = SPECS.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SPECS.len());
        for spec in SPECS {
            assert_eq!(
                SPECS.iter().filter(|s| s.command == spec.command).count(),
                1
            );
            assert_eq!(Command::named(spec.name), Some(spec.command));
            assert!(std::ptr::eq(spec.command.spec(), spec));
        }
    }
}
