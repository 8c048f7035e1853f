//! One key with its modifiers, as written in the config file (`ctrl-c`, `shift-tab`, `、`)
//! and as shown in the help.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key and the modifiers that matter for binding it. Shift is part of the character
/// (`G`), except for Tab, where Shift-Tab is its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    /// The key.
    pub code: KeyCode,
    /// Control held.
    pub ctrl: bool,
    /// Alt (Meta, Option) held.
    pub alt: bool,
}

/// Why a key could not be read from the config file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a key: write a character (`q`, `G`, `、`), a name (enter, esc, tab, shift-tab, backspace, up, down, left, right, home, end, pageup, pagedown, space, f1…f12), optionally after ctrl- and alt-"
)]
pub struct BadKey(pub String);

impl Chord {
    /// A plain key without modifiers.
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// The chord a key event is, with a control letter in lower case.
    pub fn of(event: KeyEvent) -> Self {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            code => code,
        };
        Self {
            code,
            ctrl,
            alt: event.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// Reads `ctrl-c`, `alt-b`, `shift-tab`, `pagedown`, `q`, `、` (case matters only for a
    /// single character).
    pub fn parse(written: &str) -> Result<Self, BadKey> {
        let bad = || BadKey(written.to_owned());
        let mut chord = Chord::plain(KeyCode::Null);
        let mut rest = written.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(after) = lower.strip_prefix("ctrl-").filter(|a| !a.is_empty()) {
                chord.ctrl = true;
                rest = &rest[rest.len() - after.len()..];
            } else if let Some(after) = lower.strip_prefix("alt-").filter(|a| !a.is_empty()) {
                chord.alt = true;
                rest = &rest[rest.len() - after.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        chord.code = match (chars.next(), chars.next()) {
            (Some(c), None) if chord.ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            (Some(c), None) => KeyCode::Char(c),
            _ => named_key(&rest.to_ascii_lowercase()).ok_or_else(bad)?,
        };
        Ok(chord)
    }

    /// True for a character typed without Ctrl or Alt: text, when an input line is open.
    pub fn is_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl && !self.alt
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let code = match name {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" | "shift-tab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "space" => KeyCode::Char(' '),
        "minus" => KeyCode::Char('-'),
        _ => {
            let n: u8 = name.strip_prefix('f')?.parse().ok()?;
            if !(1..=24).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
    };
    Some(code)
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_keys_read_back_as_shown() {
        for (written, shown) in [
            ("q", "q"),
            ("G", "G"),
            ("ctrl-c", "Ctrl-c"),
            ("Ctrl-C", "Ctrl-c"),
            ("alt-b", "Alt-b"),
            ("shift-tab", "Shift-Tab"),
            ("pagedown", "PgDn"),
            ("space", "Space"),
            ("、", "、"),
            ("f5", "F5"),
            ("-", "-"),
        ] {
            assert_eq!(
                Chord::parse(written).map(|c| c.to_string()),
                Ok(shown.into())
            );
        }
    }

    #[test]
    fn nonsense_is_refused_with_the_key_named() {
        for bad in ["", "ctrl-", "pagesideways", "f99", "qq"] {
            let error = Chord::parse(bad).expect_err(bad);
            assert_eq!(error.0, bad);
        }
    }

    #[test]
    fn events_become_the_chords_written_for_them() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL);
        assert_eq!(Chord::of(ctrl_c), Chord::parse("ctrl-c").expect("ctrl-c"));
        let shift_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            Chord::of(shift_tab),
            Chord::parse("shift-tab").expect("tab")
        );
        let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Chord::of(big_g), Chord::parse("G").expect("G"));
    }
}
