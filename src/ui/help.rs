//! The `?` overlay: every key and what it does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::{pane_block, theme};
use crate::text;

/// Every key, grouped as in the README.
pub const KEYS: &[(&str, &str)] = &[
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

/// Draws the help box in the middle of `area`.
pub fn draw(area: Rect, buf: &mut Buffer) {
    let key_width = KEYS.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let body_width = KEYS.iter().map(|(_, w)| text::width(w)).max().unwrap_or(0) + key_width + 3;
    let width = (body_width as u16 + 2).min(area.width);
    let height = (KEYS.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let popup = Rect::new(x, y, width, height);
    Clear.render(popup, buf);
    let block = pane_block("按鍵 Keys (Esc closes)", true);
    let inner = block.inner(popup);
    block.render(popup, buf);
    for (i, (key, what)) in KEYS.iter().take(usize::from(inner.height)).enumerate() {
        let row = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
        let key_cell = text::pad_right(key, key_width);
        let rest = text::truncate(what, usize::from(inner.width).saturating_sub(key_width + 2))
            .into_owned();
        Line::from(vec![
            Span::styled(format!(" {key_cell} "), theme::KEY),
            Span::raw(rest),
        ])
        .render(row, buf);
    }
}
