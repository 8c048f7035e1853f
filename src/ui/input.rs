//! Drawing an input line with its cursor.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use crate::app::input::InputLine;
use crate::text;

/// The input's text as spans, the character under the cursor reversed when `active`.
pub fn spans(input: &InputLine, active: bool, style: Style) -> Vec<Span<'static>> {
    let clean = text::sanitize(input.text()).into_owned();
    if !active {
        return vec![Span::styled(clean, style)];
    }
    let mut chars = clean.chars();
    let before: String = chars.by_ref().take(input.cursor()).collect();
    let at = chars.next().map_or_else(|| " ".to_string(), String::from);
    let after: String = chars.collect();
    vec![
        Span::styled(before, style),
        Span::styled(at, style.add_modifier(Modifier::REVERSED)),
        Span::styled(after, style),
    ]
}
