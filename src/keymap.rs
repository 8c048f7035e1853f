//! Keys and mouse events to actions: one function per input kind, depending on the mode.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

use crate::action::Action;

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The panes.
    Browse,
    /// The help overlay.
    Help,
    /// The targets table.
    Table,
    /// Typing into an input line (search, table filter).
    Typing,
}

/// Every key and what it does, grouped as in the README: the help overlay lists these.
pub const HELP: &[(&str, &str)] = &[
    ("↑ ↓ / j k", "move the selection, scroll the reader"),
    ("PgUp PgDn", "page up / down"),
    ("Ctrl-u Ctrl-d", "half a page up / down"),
    ("g G / Home End", "first / last"),
    ("Tab Shift-Tab", "next / previous pane"),
    ("Enter", "open a section, jump to a target"),
    ("Space", "fold / unfold (outline), page down (reader)"),
    ("h l / ← →", "collapse / expand (outline)"),
    ("[ ]", "previous / next section"),
    ("t", "targets table (c: category, /: filter)"),
    ("/", "search"),
    ("n N", "next / previous search result"),
    ("Esc", "close an overlay, clear a highlight"),
    ("?", "this help"),
    ("q Ctrl-c", "quit"),
    ("mouse", "click selects, wheel scrolls"),
];

/// Lines the mouse wheel scrolls per notch.
pub const WHEEL_LINES: isize = 3;

/// The action a key press means in `mode`, if any.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if mode == Mode::Typing {
        return typing_action(key, ctrl);
    }
    if let Some(action) = navigation_action(key, ctrl) {
        return Some(action);
    }
    let action = match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Close,
        KeyCode::Char('?') => Action::OpenHelp,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('/') if mode == Mode::Table => Action::StartFilter,
        KeyCode::Char('/') => Action::OpenSearch,
        KeyCode::Char('t') => Action::OpenTable,
        KeyCode::Char('c') if mode == Mode::Table => Action::CycleCategory(1),
        KeyCode::Char('C') if mode == Mode::Table => Action::CycleCategory(-1),
        KeyCode::Char('n') => Action::NextResult(1),
        KeyCode::Char('N') => Action::NextResult(-1),
        _ if mode != Mode::Browse => return None,
        KeyCode::Tab => Action::FocusNext,
        KeyCode::BackTab => Action::FocusPrev,
        KeyCode::Char(' ') => Action::Toggle,
        KeyCode::Char('h') | KeyCode::Left => Action::Collapse,
        KeyCode::Char('l') | KeyCode::Right => Action::Expand,
        KeyCode::Char('[') => Action::PrevSection,
        KeyCode::Char(']') => Action::NextSection,
        _ => return None,
    };
    Some(action)
}

/// Movement keys shared by every list and the reader.
fn navigation_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    let action = match key.code {
        KeyCode::Char('d') if ctrl => Action::HalfPage(1),
        KeyCode::Char('u') if ctrl => Action::HalfPage(-1),
        KeyCode::Char('f') if ctrl => Action::Page(1),
        KeyCode::Char('b') if ctrl => Action::Page(-1),
        _ if ctrl => return None,
        KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
        KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
        KeyCode::PageDown => Action::Page(1),
        KeyCode::PageUp => Action::Page(-1),
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        _ => return None,
    };
    Some(action)
}

/// Keys of an input line: editing, plus the arrows that move through results.
fn typing_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    let action = match key.code {
        KeyCode::Char('w') if ctrl => Action::DeleteWord,
        KeyCode::Char('u') if ctrl => Action::ClearInput,
        KeyCode::Char('n') if ctrl => Action::Move(1),
        KeyCode::Char('p') if ctrl => Action::Move(-1),
        _ if ctrl => return None,
        KeyCode::Char(c) => Action::Input(c),
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Left => Action::CursorMove(-1),
        KeyCode::Right => Action::CursorMove(1),
        KeyCode::Down => Action::Move(1),
        KeyCode::Up => Action::Move(-1),
        KeyCode::PageDown => Action::Page(1),
        KeyCode::PageUp => Action::Page(-1),
        KeyCode::Enter => Action::Activate,
        KeyCode::Esc => Action::Close,
        KeyCode::Tab => Action::Move(1),
        KeyCode::BackTab => Action::Move(-1),
        _ => return None,
    };
    Some(action)
}

/// The action a mouse event means, if any.
pub fn mouse_action(event: MouseEvent) -> Option<Action> {
    let (column, row) = (event.column, event.row);
    match event.kind {
        MouseEventKind::Down(_) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            lines: WHEEL_LINES,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            lines: -WHEEL_LINES,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn vim_keys_and_arrows_move_alike() {
        for mode in [Mode::Browse, Mode::Table, Mode::Help] {
            assert_eq!(
                action_for(mode, key(KeyCode::Char('j'))),
                Some(Action::Move(1))
            );
            assert_eq!(action_for(mode, key(KeyCode::Down)), Some(Action::Move(1)));
            assert_eq!(
                action_for(mode, key(KeyCode::Char('k'))),
                Some(Action::Move(-1))
            );
            assert_eq!(action_for(mode, key(KeyCode::Up)), Some(Action::Move(-1)));
        }
    }

    #[test]
    fn paging_keys() {
        let b = Mode::Browse;
        assert_eq!(action_for(b, key(KeyCode::PageDown)), Some(Action::Page(1)));
        assert_eq!(action_for(b, key(KeyCode::PageUp)), Some(Action::Page(-1)));
        assert_eq!(action_for(b, ctrl('d')), Some(Action::HalfPage(1)));
        assert_eq!(action_for(b, ctrl('u')), Some(Action::HalfPage(-1)));
        assert_eq!(action_for(b, key(KeyCode::Char('g'))), Some(Action::First));
        assert_eq!(action_for(b, key(KeyCode::Home)), Some(Action::First));
        assert_eq!(action_for(b, key(KeyCode::Char('G'))), Some(Action::Last));
        assert_eq!(action_for(b, key(KeyCode::End)), Some(Action::Last));
    }

    #[test]
    fn browse_keys() {
        let b = Mode::Browse;
        assert_eq!(action_for(b, key(KeyCode::Tab)), Some(Action::FocusNext));
        assert_eq!(
            action_for(b, key(KeyCode::BackTab)),
            Some(Action::FocusPrev)
        );
        assert_eq!(action_for(b, key(KeyCode::Char(' '))), Some(Action::Toggle));
        assert_eq!(
            action_for(b, key(KeyCode::Char('h'))),
            Some(Action::Collapse)
        );
        assert_eq!(action_for(b, key(KeyCode::Char('l'))), Some(Action::Expand));
        assert_eq!(
            action_for(b, key(KeyCode::Char('['))),
            Some(Action::PrevSection)
        );
        assert_eq!(
            action_for(b, key(KeyCode::Char(']'))),
            Some(Action::NextSection)
        );
        assert_eq!(
            action_for(b, key(KeyCode::Char('t'))),
            Some(Action::OpenTable)
        );
        assert_eq!(
            action_for(b, key(KeyCode::Char('/'))),
            Some(Action::OpenSearch)
        );
        assert_eq!(
            action_for(b, key(KeyCode::Char('?'))),
            Some(Action::OpenHelp)
        );
        assert_eq!(action_for(b, key(KeyCode::Enter)), Some(Action::Activate));
        assert_eq!(action_for(b, key(KeyCode::Esc)), Some(Action::Close));
        assert_eq!(action_for(b, key(KeyCode::Char('x'))), None);
    }

    #[test]
    fn quit_keys_work_everywhere_ctrl_c_even_when_typing() {
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Mode::Table, key(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        for mode in [Mode::Browse, Mode::Help, Mode::Table, Mode::Typing] {
            assert_eq!(action_for(mode, ctrl('c')), Some(Action::Quit));
        }
    }

    #[test]
    fn typing_mode_takes_letters_as_input() {
        let t = Mode::Typing;
        assert_eq!(
            action_for(t, key(KeyCode::Char('q'))),
            Some(Action::Input('q'))
        );
        assert_eq!(
            action_for(t, key(KeyCode::Char('光'))),
            Some(Action::Input('光'))
        );
        assert_eq!(
            action_for(t, key(KeyCode::Char('j'))),
            Some(Action::Input('j'))
        );
        assert_eq!(
            action_for(t, key(KeyCode::Backspace)),
            Some(Action::Backspace)
        );
        assert_eq!(action_for(t, ctrl('w')), Some(Action::DeleteWord));
        assert_eq!(action_for(t, ctrl('u')), Some(Action::ClearInput));
        assert_eq!(
            action_for(t, key(KeyCode::Left)),
            Some(Action::CursorMove(-1))
        );
        assert_eq!(action_for(t, key(KeyCode::Down)), Some(Action::Move(1)));
        assert_eq!(action_for(t, key(KeyCode::Esc)), Some(Action::Close));
    }

    #[test]
    fn table_keys_filter_and_cycle_categories() {
        let t = Mode::Table;
        assert_eq!(
            action_for(t, key(KeyCode::Char('/'))),
            Some(Action::StartFilter)
        );
        assert_eq!(
            action_for(t, key(KeyCode::Char('c'))),
            Some(Action::CycleCategory(1))
        );
        assert_eq!(
            action_for(t, key(KeyCode::Char('C'))),
            Some(Action::CycleCategory(-1))
        );
        assert_eq!(action_for(t, key(KeyCode::Tab)), None);
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut release = key(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(Mode::Browse, release), None);
    }

    #[test]
    fn wheel_scrolls_three_lines_and_click_selects() {
        use crossterm::event::MouseButton;
        let at = |kind| MouseEvent {
            kind,
            column: 5,
            row: 7,
            modifiers: KeyModifiers::NONE,
        };
        assert_eq!(
            mouse_action(at(MouseEventKind::ScrollDown)),
            Some(Action::Scroll {
                column: 5,
                row: 7,
                lines: 3
            })
        );
        assert_eq!(
            mouse_action(at(MouseEventKind::Down(MouseButton::Left))),
            Some(Action::Click { column: 5, row: 7 })
        );
        assert_eq!(mouse_action(at(MouseEventKind::Moved)), None);
    }
}
