//! A one-line text input with a cursor: the search box and the table filter.

use crate::action::Action;

/// An editable line of text; the cursor is a character index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputLine {
    text: String,
    cursor: usize,
}

impl InputLine {
    /// A line holding `text`, cursor at the end.
    pub fn with_text(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Byte offset of the cursor.
    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Applies an editing action (typing, deleting, moving the cursor); false when `action`
    /// is not one, so the caller handles it.
    pub fn apply(&mut self, action: &Action) -> bool {
        match *action {
            Action::Input(c) => self.insert(c),
            Action::Backspace => self.backspace(),
            Action::DeleteWord => self.delete_word(),
            Action::ClearInput => self.clear_before(),
            Action::CursorMove(n) => self.move_cursor(n),
            Action::WordMove(n) => self.move_word(n),
            _ => return false,
        }
        true
    }

    /// Inserts a character at the cursor (control characters are ignored).
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let start = self.byte_at(self.cursor - 1);
        let end = self.byte_at(self.cursor);
        self.text.replace_range(start..end, "");
        self.cursor -= 1;
    }

    /// Deletes the word before the cursor, and the spaces after it (Ctrl-w).
    pub fn delete_word(&mut self) {
        let end = self.byte_at(self.cursor);
        let before = &self.text[..end];
        let trimmed = before.trim_end();
        let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let removed = self.text[start..end].chars().count();
        self.text.replace_range(start..end, "");
        self.cursor -= removed;
    }

    /// Deletes everything before the cursor (Ctrl-u).
    pub fn clear_before(&mut self) {
        let end = self.byte_at(self.cursor);
        self.text.replace_range(..end, "");
        self.cursor = 0;
    }

    /// Moves the cursor by `delta` characters, staying inside the text.
    pub fn move_cursor(&mut self, delta: isize) {
        let len = self.text.chars().count();
        self.cursor = self.cursor.saturating_add_signed(delta).min(len);
    }

    /// Moves the cursor over `delta` words: to the start of the word before it (negative)
    /// or past the end of the word after it. Words are separated by white space.
    pub fn move_word(&mut self, delta: isize) {
        let chars: Vec<char> = self.text.chars().collect();
        for _ in 0..delta.unsigned_abs() {
            let mut at = self.cursor;
            if delta < 0 {
                while at > 0 && chars[at - 1].is_whitespace() {
                    at -= 1;
                }
                while at > 0 && !chars[at - 1].is_whitespace() {
                    at -= 1;
                }
            } else {
                while at < chars.len() && chars[at].is_whitespace() {
                    at += 1;
                }
                while at < chars.len() && !chars[at].is_whitespace() {
                    at += 1;
                }
            }
            self.cursor = at;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_at_the_cursor_with_cjk_text() {
        let mut line = InputLine::default();
        for c in "光伏600".chars() {
            line.insert(c);
        }
        line.move_cursor(-3);
        line.insert(' ');
        assert_eq!(line.text(), "光伏 600");
        line.backspace();
        line.backspace();
        assert_eq!(line.text(), "光600");
        assert_eq!(line.cursor(), 1);
        line.move_cursor(-10);
        assert_eq!(line.cursor(), 0);
        line.backspace();
        assert_eq!(line.text(), "光600");
    }

    #[test]
    fn ctrl_w_deletes_the_previous_word_and_ctrl_u_the_line_start() {
        let mut line = InputLine::with_text("光伏 產業  600");
        line.delete_word();
        assert_eq!(line.text(), "光伏 產業  ");
        line.delete_word();
        assert_eq!(line.text(), "光伏 ");
        line.insert('x');
        line.move_cursor(-1);
        line.clear_before();
        assert_eq!(line.text(), "x");
        assert_eq!(line.cursor(), 0);
    }

    #[test]
    fn words_are_skipped_by_white_space_from_either_side() {
        let mut line = InputLine::with_text("光伏 產業  600");
        line.move_word(-1);
        assert_eq!(line.cursor(), 7);
        line.move_word(-2);
        assert_eq!(line.cursor(), 0);
        line.move_word(1);
        assert_eq!(line.cursor(), 2);
        line.move_word(5);
        assert_eq!(line.cursor(), 10);
    }

    #[test]
    fn control_characters_are_not_inserted() {
        let mut line = InputLine::default();
        line.insert('\u{1b}');
        line.insert('\n');
        assert_eq!(line.text(), "");
    }
}
