//! The outline pane: the section tree with fold markers, the current section marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::bookmarks::mark;
use super::{pane_block, pane_title};
use crate::action::Pane;
use crate::app::App;
use crate::model::TitleKind;
use crate::text;

/// Draws the visible rows of the tree from the outline's offset.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Pane::Outline;
    let block = pane_block(app, pane_title(Pane::Outline, app.prefs.lang), focused);
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = app.view().outline.rows(app.view().doc());
    let selected = app.view().outline.visible_selection(app.view().doc());
    let width = usize::from(inner.width);
    let bookmarked = app.bookmarks_shown();
    let mark = mark(app);
    for (screen_row, &section) in rows
        .iter()
        .skip(app.view().outline.offset)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let entry = &app.view().doc().sections[section];
        let marker = if !entry.has_children(section) {
            "  "
        } else if app.view().outline.expanded[section] {
            "▾ "
        } else {
            "▸ "
        };
        let indent = "  ".repeat(entry.depth.min(8));
        let prefix = format!("{indent}{marker}");
        // A bookmark on the section's start is marked in the row's last column.
        let marked = bookmarked.contains(&(entry.first_block, 0)) && width > 2;
        let room = width.saturating_sub(text::width(&prefix) + if marked { 2 } else { 0 });
        let title = text::truncate(&entry.heading, room).into_owned();
        let title_style = match entry.title_kind {
            TitleKind::Editorial => app.theme.editorial,
            _ if entry.depth == 0 => app.theme.heading,
            _ => app.theme.text,
        };
        let mut line = Line::from(vec![
            Span::styled(prefix, app.theme.dim),
            Span::styled(title, title_style),
        ]);
        if section == selected {
            line = line.style(if focused {
                app.theme.selected
            } else {
                app.theme.current
            });
        }
        let row = Rect::new(inner.x, inner.y + screen_row as u16, inner.width, 1);
        let row_style = if section == selected && focused {
            buf.set_style(row, app.theme.selected);
            app.theme.selected
        } else {
            app.theme.key
        };
        line.render(row, buf);
        if marked {
            buf.set_string(row.right() - 1, row.y, mark, row_style);
        }
    }
}
