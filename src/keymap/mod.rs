//! Keys and mouse events to actions. The keymap is data: the table of commands in
//! [`command`], with the config file's `[keys]` replacing a command's default keys; the help
//! screen and the hint lines are made from the same keymap.

mod chord;
pub mod command;
pub mod hints;

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseEvent, MouseEventKind};

use crate::action::Action;
pub use chord::{BadKey, Chord};
pub use command::{Command, SPECS};

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

/// Lines the mouse wheel scrolls per notch.
pub const WHEEL_LINES: isize = 3;

/// Which keys run which command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    keys: BTreeMap<Command, Vec<Chord>>,
}

/// Why a `[keys]` table could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    /// No command has this name.
    #[error("`{0}` is not a command; the commands are: {list}", list = command_names())]
    UnknownCommand(String),
    /// A key could not be read.
    #[error(transparent)]
    BadKey(#[from] BadKey),
    /// One key would run two commands in the same place.
    #[error("`{key}` is bound to both `{first}` and `{second}`")]
    Clash {
        /// The key, as shown.
        key: String,
        /// One command's name.
        first: &'static str,
        /// The other's.
        second: &'static str,
    },
}

fn command_names() -> String {
    SPECS.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
}

impl Default for Keymap {
    fn default() -> Self {
        let keys = SPECS
            .iter()
            .map(|spec| {
                let chords = spec
                    .keys
                    .iter()
                    .filter_map(|k| Chord::parse(k).ok())
                    .collect();
                (spec.command, chords)
            })
            .collect();
        Self { keys }
    }
}

impl Keymap {
    /// The default keymap with the commands in `overrides` (config name → keys) bound to
    /// the keys given instead of their defaults.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<Self, KeymapError> {
        let mut keymap = Self::default();
        for (name, keys) in overrides {
            let command =
                Command::named(name).ok_or_else(|| KeymapError::UnknownCommand(name.clone()))?;
            let chords = keys
                .iter()
                .map(|k| Chord::parse(k))
                .collect::<Result<Vec<_>, _>>()?;
            keymap.keys.insert(command, chords);
        }
        keymap.check_clashes()?;
        Ok(keymap)
    }

    /// Fails when one key runs two commands in a mode both apply in.
    fn check_clashes(&self) -> Result<(), KeymapError> {
        let bound: Vec<(Command, Chord)> = self
            .keys
            .iter()
            .flat_map(|(&c, chords)| chords.iter().map(move |&k| (c, k)))
            .collect();
        for (i, &(a, key)) in bound.iter().enumerate() {
            for &(b, other) in &bound[i + 1..] {
                if a != b && key == other && a.spec().scope.overlaps(b.spec().scope) {
                    return Err(KeymapError::Clash {
                        key: key.to_string(),
                        first: a.spec().name,
                        second: b.spec().name,
                    });
                }
            }
        }
        Ok(())
    }

    /// The keys of a command, the one hints show first.
    pub fn keys(&self, command: Command) -> &[Chord] {
        self.keys.get(&command).map_or(&[], Vec::as_slice)
    }

    /// The keys of a command as the help shows them (`↓ j`).
    pub fn shown(&self, command: Command) -> String {
        let keys: Vec<String> = self.keys(command).iter().map(Chord::to_string).collect();
        keys.join(" ")
    }

    /// The action a key press means in `mode`, if any. Outside an input line, full-width and
    /// Chinese punctuation stand for the ASCII keys they replace (、 for /, 【】 for [ ]), so a
    /// Chinese input method need not be switched off to move around.
    pub fn action_for(&self, mode: Mode, event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let chord = Chord::of(event);
        if mode == Mode::Typing && chord.is_text() {
            let KeyCode::Char(c) = chord.code else {
                return None;
            };
            return Some(Action::Input(c));
        }
        let chord = if mode == Mode::Typing {
            chord
        } else {
            ascii_equivalent(chord)
        };
        // A terminal sends Esc and a key typed right after it as one Alt chord: unless that
        // chord is bound, take it as the key.
        let unbound_alt = Chord {
            alt: false,
            ..chord
        };
        self.command_for(mode, chord)
            .or_else(|| {
                chord
                    .alt
                    .then(|| self.command_for(mode, unbound_alt))
                    .flatten()
            })
            .map(|c| c.action(mode))
    }

    fn command_for(&self, mode: Mode, chord: Chord) -> Option<Command> {
        self.keys
            .iter()
            .find(|(c, chords)| c.spec().scope.contains(mode) && chords.contains(&chord))
            .map(|(&c, _)| c)
    }
}

/// The ASCII key a Chinese input method's punctuation or a full-width character stands for.
fn ascii_equivalent(chord: Chord) -> Chord {
    let KeyCode::Char(c) = chord.code else {
        return chord;
    };
    let ascii = match c {
        '、' => '/',
        '【' | '「' => '[',
        '】' | '」' => ']',
        '。' => '.',
        '，' => ',',
        '‘' | '’' => '\'',
        '“' | '”' => '"',
        '《' => '<',
        '》' => '>',
        '…' => '^',
        '·' => '`',
        '￥' => '$',
        // Full-width forms of ASCII (？ ： ｊ ／ …) sit 0xFEE0 above it.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    Chord {
        code: KeyCode::Char(ascii),
        ..chord
    }
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
    use crossterm::event::KeyModifiers;

    fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
        Keymap::default().action_for(mode, key)
    }

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
    fn chinese_punctuation_and_full_width_keys_act_like_the_ascii_keys() {
        let b = Mode::Browse;
        for (typed, ascii) in [
            ('、', '/'),
            ('【', '['),
            ('】', ']'),
            ('？', '?'),
            ('ｊ', 'j'),
            ('Ｇ', 'G'),
        ] {
            assert_eq!(
                action_for(b, key(KeyCode::Char(typed))),
                action_for(b, key(KeyCode::Char(ascii))),
                "{typed}"
            );
            assert!(
                action_for(b, key(KeyCode::Char(typed))).is_some(),
                "{typed}"
            );
        }
        // While typing they are text.
        assert_eq!(
            action_for(Mode::Typing, key(KeyCode::Char('、'))),
            Some(Action::Input('、'))
        );
    }

    #[test]
    fn the_default_keymap_has_no_key_bound_twice_in_one_mode() {
        assert_eq!(Keymap::default().check_clashes(), Ok(()));
    }

    #[test]
    fn a_remapped_command_answers_only_to_its_new_keys() {
        let overrides =
            BTreeMap::from([("quit".to_owned(), vec!["x".to_owned(), "ctrl-c".to_owned()])]);
        let keymap = Keymap::with_overrides(&overrides).expect("keymap");
        assert_eq!(
            keymap.action_for(Mode::Browse, key(KeyCode::Char('x'))),
            Some(Action::Quit)
        );
        assert_eq!(
            keymap.action_for(Mode::Browse, key(KeyCode::Char('q'))),
            None
        );
        assert_eq!(keymap.shown(Command::Quit), "x Ctrl-c");
        // Typing an x into the search box still types it.
        assert_eq!(
            keymap.action_for(Mode::Typing, key(KeyCode::Char('x'))),
            Some(Action::Input('x'))
        );
    }

    #[test]
    fn bad_key_tables_say_what_is_wrong() {
        let one = |name: &str, keys: &[&str]| {
            let overrides = BTreeMap::from([(
                name.to_owned(),
                keys.iter().map(|k| k.to_string()).collect(),
            )]);
            Keymap::with_overrides(&overrides)
                .expect_err(name)
                .to_string()
        };
        assert!(
            one("jump", &["j"]).starts_with("`jump` is not a command; the commands are: down, up")
        );
        assert!(one("quit", &["pagesideways"]).starts_with("`pagesideways` is not a key"));
        assert_eq!(
            one("quit", &["t"]),
            "`t` is bound to both `targets` and `quit`"
        );
    }

    #[test]
    fn input_lines_move_by_word_and_to_either_end() {
        let t = Mode::Typing;
        let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
        assert_eq!(action_for(t, alt('b')), Some(Action::WordMove(-1)));
        assert_eq!(action_for(t, alt('f')), Some(Action::WordMove(1)));
        assert_eq!(
            action_for(t, key(KeyCode::Home)),
            Some(Action::CursorMove(isize::MIN))
        );
        assert_eq!(
            action_for(t, key(KeyCode::End)),
            Some(Action::CursorMove(isize::MAX))
        );
    }

    #[test]
    fn an_unbound_alt_chord_is_the_key_alone() {
        let alt_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT);
        assert_eq!(action_for(Mode::Browse, alt_q), Some(Action::Quit));
        let alt_b = KeyEvent::new(KeyCode::Char('b'), KeyModifiers::ALT);
        assert_eq!(action_for(Mode::Typing, alt_b), Some(Action::WordMove(-1)));
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
