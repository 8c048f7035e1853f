//! Drawing an input line, and where the terminal's own cursor goes while it is typed in, so
//! that an input method opens its candidate window right after the last typed character.

use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Span;

use crate::app::input::InputLine;
use crate::text;

/// The input's text as a span (the terminal's cursor marks the editing place).
pub fn spans(input: &InputLine, style: Style) -> Vec<Span<'static>> {
    vec![Span::styled(
        text::sanitize(input.text()).into_owned(),
        style,
    )]
}

/// The cursor of an input typed in a box shaped like the search overlay (search, report list,
/// bookmarks) at `area`, after `prompt`; none when the box has no room for its input line.
pub fn boxed_cursor(input: &InputLine, area: Rect, prompt: &str) -> Option<Position> {
    let layout = crate::layout::search(area);
    if crate::layout::inner(layout.popup).height < 2 {
        return None;
    }
    cursor(input, layout.input, text::width(prompt))
}

/// The cell of the input's cursor on `line`, after a prompt `prompt_width` columns wide: the
/// display width of the text before the cursor, kept on the line.
pub fn cursor(input: &InputLine, line: Rect, prompt_width: usize) -> Option<Position> {
    if line.is_empty() {
        return None;
    }
    let clean = text::sanitize(input.text());
    let before: String = clean.chars().take(input.cursor()).collect();
    let column = prompt_width + text::width(&before);
    let x = u16::try_from(column)
        .unwrap_or(u16::MAX)
        .min(line.width - 1);
    Some(Position::new(line.x + x, line.y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stands_after_the_typed_text_in_display_columns() {
        let line = Rect::new(4, 2, 30, 1);
        let typed = InputLine::with_text("光伏ab");
        assert_eq!(cursor(&typed, line, 2), Some(Position::new(4 + 2 + 6, 2)));
        let mut moved = typed.clone();
        moved.apply(&crate::action::Action::CursorMove(-3));
        assert_eq!(cursor(&moved, line, 2), Some(Position::new(4 + 2 + 2, 2)));
        let long = InputLine::with_text(&"光".repeat(40));
        assert_eq!(cursor(&long, line, 2), Some(Position::new(4 + 29, 2)));
        assert_eq!(cursor(&typed, Rect::new(0, 0, 0, 1), 2), None);
    }
}
