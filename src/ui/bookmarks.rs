//! The bookmark list overlay: the filter line on top, then each bookmark in two rows, its date
//! and where it is (report › section path), then what is there; and the mark that shows a
//! bookmarked place in the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, pane_block, status};
use crate::app::App;
use crate::app::bookmarks::{BookmarkEntry, BookmarkList};
use crate::i18n::Msg;
use crate::keymap::hints;
use crate::layout;
use crate::state;
use crate::text;

/// What stands before the filter.
const PROMPT: &str = "' ";

/// The mark of a bookmarked place in the panes: one column wide in every terminal (its East
/// Asian width is neutral), `*` with `--ascii` for fonts without it.
pub fn mark(app: &App) -> &'static str {
    if app.prefs.ascii { "*" } else { "⚑" }
}

/// Where the terminal's cursor goes while the filter is typed.
pub fn cursor(list: &BookmarkList, area: Rect) -> Option<Position> {
    input::boxed_cursor(&list.filter, area, PROMPT)
}

/// Draws the list over the panes.
pub fn draw(app: &App, list: &BookmarkList, area: Rect, buf: &mut Buffer) {
    let layout = layout::search(area);
    overlay::clear(layout.popup, buf);
    let lang = app.prefs.lang;
    let entries = app.bookmark_entries();
    let title = format!(
        "{} · {}/{}",
        lang.text(Msg::Bookmarks),
        list.rows.len(),
        entries.len()
    );
    pane_block(app, &title, true).render(layout.popup, buf);
    if layout::inner(layout.popup).height < 2 {
        return;
    }
    let mut prompt = vec![Span::styled(PROMPT, app.theme.key)];
    prompt.extend(input::spans(&list.filter, app.theme.text));
    Line::from(prompt).render(layout.input, buf);
    let rows = layout.list;
    for (slot, (n, &row)) in list
        .rows
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(layout.hits_shown())
        .enumerate()
    {
        let y = rows.y + slot as u16 * layout::ROWS_PER_HIT;
        let area = Rect::new(rows.x, y, rows.width, layout::ROWS_PER_HIT);
        draw_entry(app, &entries[row], n == list.selected, area, buf);
    }
    if list.rows.is_empty() && !rows.is_empty() {
        let note = if entries.is_empty() {
            Msg::NoBookmarks
        } else {
            Msg::NoMatches
        };
        Line::styled(format!("  {}", lang.text(note)), app.theme.dim)
            .render(Rect::new(rows.x, rows.y, rows.width, 1), buf);
    }
    status::draw_hints(
        app,
        &app.keymap.hint_line(hints::BOOKMARKS, lang),
        layout.hints,
        buf,
    );
}

/// One bookmark in two rows: the day it was made and where it is (its report, marked when it
/// is not open), then what is there.
fn draw_entry(app: &App, entry: &BookmarkEntry, selected: bool, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let created = state::rfc3339(entry.created);
    let day = created.get(..10).unwrap_or(&created);
    let date_style = if selected {
        app.theme.selected
    } else {
        app.theme.key
    };
    // The report leads the path when there is more than one to tell apart, as in search.
    let report = match entry.report {
        None => format!(
            "{} ({})",
            entry.report_label,
            app.prefs.lang.text(Msg::NotOpen)
        ),
        Some(_) if app.reports.len() > 1 => entry.report_label.clone(),
        Some(_) => String::new(),
    };
    let mut path: Vec<&str> = Some(report.as_str())
        .filter(|r| !r.is_empty())
        .into_iter()
        .collect();
    path.extend(entry.path.iter().map(String::as_str));
    let room = width.saturating_sub(text::width(day) + 3);
    Line::from(vec![
        Span::styled(format!(" {day} "), date_style),
        Span::styled(format!(" {}", status::fit_path(&path, room)), app.theme.dim),
    ])
    .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let label_style = match (selected, entry.report.is_some()) {
        (true, _) => app.theme.current,
        (false, true) => app.theme.text,
        (false, false) => app.theme.dim,
    };
    let label = text::truncate(&entry.label, width.saturating_sub(2)).into_owned();
    Line::from(vec![Span::raw("  "), Span::styled(label, label_style)])
        .render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
}
