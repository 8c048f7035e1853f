//! The search overlay: the query line, the count, and each result as its kind and section
//! path over a snippet cut by display width around the match, matched characters highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, pane_block, status};
use crate::app::App;
use crate::app::search::SearchState;
use crate::convert::Converted;
use crate::i18n::Msg;
use crate::keymap::hints;
use crate::layout;
use crate::search::{Hit, snippet};
use crate::text;

/// What stands before the query.
pub const PROMPT: &str = "/ ";

/// Where the terminal's cursor goes while the query is typed.
pub fn cursor(search: &SearchState, area: Rect) -> Option<Position> {
    input::boxed_cursor(&search.input, area, PROMPT)
}

/// Draws the overlay over the panes.
pub fn draw(app: &App, search: &SearchState, area: Rect, buf: &mut Buffer) {
    let layout = layout::search(area);
    overlay::clear(layout.popup, buf);
    let count = if search.pending() && !search.input.text().trim().is_empty() {
        "…".to_string()
    } else if search.more {
        app.prefs.lang.fill(Msg::HitsAtLeast, &[&search.hits.len()])
    } else {
        search.hits.len().to_string()
    };
    let lang = app.prefs.lang;
    let mut title = format!("{} · {count}", lang.text(Msg::Search));
    if search.only_current && app.reports.len() > 1 {
        title.push_str(" · ");
        title.push_str(&text::sanitize(&app.view().label()));
    }
    pane_block(app, &title, true).render(layout.popup, buf);
    if layout::inner(layout.popup).height < 2 {
        return;
    }
    let mut prompt = vec![Span::styled(PROMPT, app.theme.key)];
    prompt.extend(input::spans(&search.input, app.theme.text));
    Line::from(prompt).render(layout.input, buf);

    let list = layout.list;
    for (slot, (n, hit)) in search
        .hits
        .iter()
        .enumerate()
        .skip(search.offset)
        .take(layout.hits_shown())
        .enumerate()
    {
        let y = list.y + slot as u16 * layout::ROWS_PER_HIT;
        draw_hit(
            app,
            hit,
            n == search.selected,
            Rect::new(list.x, y, list.width, 2),
            buf,
        );
    }
    if search.pending() && !app.index.is_ready() && !list.is_empty() {
        Line::styled(format!("  {}", lang.text(Msg::Indexing)), app.theme.dim)
            .render(Rect::new(list.x, list.y, list.width, 1), buf);
    }
    if search.hits.is_empty()
        && !search.pending()
        && !search.input.text().trim().is_empty()
        && !list.is_empty()
    {
        Line::styled(format!("  {}", lang.text(Msg::NoMatches)), app.theme.dim)
            .render(Rect::new(list.x, list.y, list.width, 1), buf);
    }
    status::draw_hints(
        app,
        &app.keymap.hint_line(hints::SEARCH, lang),
        layout.hints,
        buf,
    );
}

/// One result in two rows: its kind and section path, then the snippet around the match.
fn draw_hit(app: &App, hit: &Hit, selected: bool, area: Rect, buf: &mut Buffer) {
    let Some(index) = app.index.get() else {
        return;
    };
    let Some(item) = index.item(hit.item) else {
        return;
    };
    let width = usize::from(area.width);
    let Some(opened) = app.reports.get(item.report) else {
        return;
    };
    let path = opened
        .doc()
        .section_index(item.section)
        .map(|s| opened.doc().path(s))
        .unwrap_or_default();
    // With several reports open, the report the hit is in comes first and is never cut away
    // with the start of a long path.
    let report = if app.reports.len() > 1 {
        format!(" {} ›", text::sanitize(&opened.label()))
    } else {
        String::new()
    };
    let label = app.prefs.lang.kind(item.kind);
    let room = width.saturating_sub(text::width(label) + 3 + text::width(&report));
    let label_style = if selected {
        app.theme.selected
    } else {
        app.theme.key
    };
    Line::from(vec![
        Span::styled(format!(" {label} "), label_style),
        Span::styled(report, app.theme.dim),
        Span::styled(format!(" {}", status::fit_path(&path, room)), app.theme.dim),
    ])
    .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let clean = text::sanitize(item.text);
    // The index holds the text as written; show it in the reader's script, the matched
    // characters moved with it.
    let shown = opened.report().script;
    let (clean, positions) = if shown == opened.summary().script {
        (clean.into_owned(), hit.positions.clone())
    } else {
        let converted = Converted::new(&clean, shown);
        let positions = hit
            .positions
            .iter()
            .map(|&p| converted.char_index(p))
            .collect();
        (converted.text, positions)
    };
    let cut = snippet(&clean, &positions, width.saturating_sub(2));
    let base = if selected {
        app.theme.current
    } else {
        app.theme.text
    };
    let mut spans = vec![Span::raw("  ")];
    spans.extend(highlighted(
        &cut.text,
        &cut.positions,
        base,
        app.theme.matched,
    ));
    Line::from(spans).render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
}

/// Spans of `text` with the characters at `positions` (char indices) in the match style.
pub fn highlighted(
    text: &str,
    positions: &[usize],
    base: Style,
    matched_style: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in text.chars().enumerate() {
        let matched = positions.binary_search(&i).is_ok();
        if matched != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(matched_style)
            } else {
                base
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = matched;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_matched {
            base.patch(matched_style)
        } else {
            base
        };
        spans.push(Span::styled(run, style));
    }
    spans
}
