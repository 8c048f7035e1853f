//! The targets pane: the targets of the section in view (or its results, in the review),
//! each as its subject and, below it, its value and the linked result, then a blank row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::bookmarks::mark;
use super::pane_block;
use crate::action::Pane;
use crate::app::App;
use crate::app::targets::FigureEntry;
use crate::compare::Outcome;
use crate::i18n::Msg;
use crate::layout;
use crate::model::FigureKind;
use crate::text;

/// Draws the figures of the section in view.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let entries = app.pane_entries();
    let showing_results = entries
        .first()
        .is_some_and(|e| e.kind == FigureKind::Result);
    let lang = app.prefs.lang;
    let name = if showing_results {
        Msg::Results
    } else {
        Msg::Targets
    };
    let title = format!("{} ({})", lang.text(name), entries.len());
    let focused = app.focus == Pane::Targets;
    let block = pane_block(app, &title, focused);
    let list = block.inner(area);
    block.render(area, buf);
    if entries.is_empty() {
        let note =
            text::truncate(lang.text(Msg::NoFiguresHere), usize::from(list.width)).into_owned();
        Line::styled(note, app.theme.dim).render(
            Rect::new(list.x, list.y, list.width, 1.min(list.height)),
            buf,
        );
        return;
    }
    let slots = app.figure_slots(&entries, list);
    let bookmarked = app.bookmarks_shown();
    let figures = app.pane_figures();
    let offset = app.view().targets.offset;
    let shown = entries.iter().zip(&figures).skip(offset).zip(slots);
    for (n, ((entry, figure), slot)) in shown.enumerate() {
        let selected = offset + n == app.view().targets.selected;
        let marked = app
            .view()
            .figure_anchor(figure.kind, figure.index)
            .is_some_and(|anchor| bookmarked.contains(&anchor));
        draw_entry(app, entry, (selected, focused, marked), slot, buf);
    }
}

/// One figure in its slot: the subject (marked when selected, and in the last column when
/// bookmarked), the value, the linked result beside the value or on the row below, as
/// [`layout::figure_rows`] decided; then, for a followed target, its outcome (marked ✓ ✗ - ?,
/// so that it reads without colour) and, when selected, both quotes. `state` is (selected,
/// pane focused, bookmarked).
fn draw_entry(
    app: &App,
    entry: &FigureEntry,
    (selected, focused, marked): (bool, bool, bool),
    slot: Rect,
    buf: &mut Buffer,
) {
    let room = usize::from(slot.width).saturating_sub(layout::FIGURE_INDENT);
    let subject_style = match (selected, focused) {
        (true, true) => app.theme.selected,
        (true, false) => app.theme.current,
        _ => app.theme.text,
    };
    let marked = marked && room > 2;
    let subject_room = room.saturating_sub(if marked { 2 } else { 0 });
    let subject = text::truncate(&entry.subject, subject_room).into_owned();
    let value = text::truncate(&entry.value, room).into_owned();
    let beside = layout::result_beside(slot, text::width(&value), text::width(&entry.linked));
    let mut value_line = vec![Span::raw("  "), Span::styled(value, app.theme.value)];
    let mut rows = vec![Line::from(vec![
        Span::styled(if selected { "▶ " } else { "  " }, app.theme.key),
        Span::styled(subject, subject_style),
    ])];
    if entry.linked.is_empty() {
        rows.push(Line::from(value_line));
    } else if beside {
        value_line.push(Span::styled(format!(" · {}", entry.linked), app.theme.dim));
        rows.push(Line::from(value_line));
    } else {
        rows.push(Line::from(value_line));
        rows.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                text::truncate(&entry.linked, room).into_owned(),
                app.theme.dim,
            ),
        ]));
    }
    if let Some(outcome) = &entry.outcome {
        let (sign, style) = outcome_mark(app, outcome.outcome);
        let summary = text::truncate(&outcome.summary, room.saturating_sub(2)).into_owned();
        rows.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(format!("{sign} "), style),
            Span::styled(summary, style),
        ]));
    }
    let quotes = entry.below(selected, room).into_iter().skip(1);
    rows.extend(
        quotes.map(|quote| Line::from(vec![Span::raw("  "), Span::styled(quote, app.theme.dim)])),
    );
    for (line, y) in rows.into_iter().zip(slot.top()..slot.bottom()) {
        line.render(Rect::new(slot.x, y, slot.width, 1), buf);
    }
    if marked && slot.height > 0 {
        buf.set_string(slot.right() - 1, slot.y, mark(app), app.theme.key);
    }
}

/// The mark and style of an outcome: the mark tells it without colour (ASCII with `--ascii`).
fn outcome_mark(app: &App, outcome: Outcome) -> (&'static str, Style) {
    let ascii = app.prefs.ascii;
    match outcome {
        Outcome::Met => (if ascii { "+" } else { "✓" }, app.theme.met),
        Outcome::Missed => (if ascii { "x" } else { "✗" }, app.theme.missed),
        Outcome::NoResult => ("-", app.theme.dim),
        Outcome::Incomparable => ("?", app.theme.dim),
    }
}
