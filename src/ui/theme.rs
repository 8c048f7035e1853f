//! Named styles, so every view draws the same thing the same way.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// Borders for panes and overlays: box drawing, or ASCII (`+ - |`) for terminals that draw
/// box drawing characters two columns wide or fonts without them.
pub fn borders(ascii: bool) -> border::Set<'static> {
    if ascii {
        border::Set {
            top_left: "+",
            top_right: "+",
            bottom_left: "+",
            bottom_right: "+",
            vertical_left: "|",
            vertical_right: "|",
            horizontal_top: "-",
            horizontal_bottom: "-",
        }
    } else {
        border::PLAIN
    }
}

/// Body text.
pub const TEXT: Style = Style::new();
/// Secondary text: hints, paths, 2022 figures.
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// Headings that are lines of the report.
pub const HEADING: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Headings given by the editor (themes, front matter), not part of the text.
pub const EDITORIAL: Style = Style::new().fg(Color::Blue).add_modifier(Modifier::ITALIC);
/// The lead phrase opening a paragraph.
pub const LEAD: Style = Style::new().add_modifier(Modifier::BOLD);
/// Quoted or found words in the reader.
pub const HIGHLIGHT: Style = Style::new().fg(Color::Black).bg(Color::Yellow);
/// Matched characters in search results and filters.
pub const MATCH: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// The selected row of the focused list.
pub const SELECTED: Style = Style::new().fg(Color::Black).bg(Color::Cyan);
/// The selected row of a list without focus: the current section.
pub const CURRENT: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Target values.
pub const VALUE: Style = Style::new().fg(Color::Green);
/// Border of the focused pane.
pub const FOCUS_BORDER: Style = Style::new().fg(Color::Cyan);
/// Border of other panes.
pub const BORDER: Style = Style::new().fg(Color::DarkGray);
/// The status line.
pub const STATUS: Style = Style::new().fg(Color::Black).bg(Color::Gray);
/// Keys in the hint line and help.
pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Group headings in the targets table.
pub const GROUP: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
