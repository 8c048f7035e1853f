//! The report list overlay: one row per opened report (region and year, title, counts of
//! targets and results), the filter line on top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, pane_block, status};
use crate::app::App;
use crate::app::reports::ReportList;
use crate::i18n::Msg;
use crate::keymap::hints;
use crate::layout;
use crate::text;

/// What stands before the filter.
const PROMPT: &str = "r ";

/// Where the terminal's cursor goes while the filter is typed.
pub fn cursor(list: &ReportList, area: Rect) -> Option<Position> {
    input::boxed_cursor(&list.filter, area, PROMPT)
}

/// Draws the list over the panes.
pub fn draw(app: &App, list: &ReportList, area: Rect, buf: &mut Buffer) {
    let layout = layout::search(area);
    overlay::clear(layout.popup, buf);
    let lang = app.prefs.lang;
    let title = format!(
        "{} · {}/{}",
        lang.text(Msg::Reports),
        list.rows.len(),
        app.reports.len()
    );
    pane_block(app, &title, true).render(layout.popup, buf);
    if layout::inner(layout.popup).height < 2 {
        return;
    }
    let mut prompt = vec![Span::styled(PROMPT, app.theme.key)];
    prompt.extend(input::spans(&list.filter, app.theme.text));
    Line::from(prompt).render(layout.input, buf);
    // Conversion keeps every character and its width: the labels as written are measured.
    let label_width = app
        .reports
        .iter()
        .map(|r| text::width(&text::sanitize(&r.summary().label())))
        .max()
        .unwrap_or(0);
    let rows = usize::from(layout.list.height);
    for (slot, (n, &number)) in list
        .rows
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(rows)
        .enumerate()
    {
        let opened = &app.reports[number];
        let counts = format!(
            " {} {} · {} {} ",
            opened.summary().targets,
            lang.text(Msg::CountTargets),
            opened.summary().results,
            lang.text(Msg::CountResults)
        );
        let width = usize::from(layout.list.width);
        let title_room = width.saturating_sub(label_width + 3 + text::width(&counts));
        let title = opened.in_script(&opened.summary().title);
        let title = text::truncate(&text::sanitize(&title), title_room).into_owned();
        let label = text::sanitize(&opened.label()).into_owned();
        let style = if n == list.selected {
            app.theme.selected
        } else if number == app.current {
            app.theme.current
        } else {
            app.theme.text
        };
        let mut line = format!(" {}  ", text::pad_right(&label, label_width));
        line.push_str(&text::pad_right(&title, title_room));
        line.push_str(&counts);
        let row = Rect::new(
            layout.list.x,
            layout.list.y + slot as u16,
            layout.list.width,
            1,
        );
        buf.set_style(row, style);
        Line::styled(text::truncate(&line, width).into_owned(), style).render(row, buf);
    }
    if list.rows.is_empty() && !layout.list.is_empty() {
        Line::styled(format!("  {}", lang.text(Msg::NoMatches)), app.theme.dim).render(
            Rect::new(layout.list.x, layout.list.y, layout.list.width, 1),
            buf,
        );
    }
    status::draw_hints(
        app,
        &app.keymap.hint_line(hints::REPORTS, lang),
        layout.hints,
        buf,
    );
}
