//! The search overlay: the query line, the count, and each result as its kind and section
//! path over a snippet cut by display width around the match, matched characters highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, pane_block, status, theme};
use crate::app::App;
use crate::app::search::SearchState;
use crate::keymap::hints;
use crate::layout;
use crate::search::{Hit, Kind, snippet};
use crate::text;

/// The label of a result's kind.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Heading => "標題",
        Kind::Sentence => "正文",
        Kind::Target => "目標",
        Kind::Result => "成果",
    }
}

/// Draws the overlay over the panes.
pub fn draw(app: &App, search: &SearchState, area: Rect, buf: &mut Buffer) {
    let layout = layout::search(area);
    overlay::clear(layout.popup, buf);
    let count = if search.pending() && !search.input.text().trim().is_empty() {
        "…".to_string()
    } else {
        search.hits.len().to_string()
    };
    let title = format!("搜索 Search · {count}");
    pane_block(&title, true).render(layout.popup, buf);
    if layout::inner(layout.popup).height < 2 {
        return;
    }
    let mut prompt = vec![Span::styled("/ ", theme::KEY)];
    prompt.extend(input::spans(&search.input, true, theme::TEXT));
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
    if search.hits.is_empty()
        && !search.pending()
        && !search.input.text().trim().is_empty()
        && !list.is_empty()
    {
        Line::styled("  無結果 · no matches", theme::DIM)
            .render(Rect::new(list.x, list.y, list.width, 1), buf);
    }
    status::draw_hints(&app.keymap.hint_line(hints::SEARCH), layout.hints, buf);
}

/// One result in two rows: its kind and section path, then the snippet around the match.
fn draw_hit(app: &App, hit: &Hit, selected: bool, area: Rect, buf: &mut Buffer) {
    let Some(item) = app.index.item(hit.item) else {
        return;
    };
    let width = usize::from(area.width);
    let path = app
        .view()
        .doc
        .section_index(item.section)
        .map(|s| app.view().doc.path(s))
        .unwrap_or_default();
    let label = kind_label(item.kind);
    let room = width.saturating_sub(text::width(label) + 3);
    let label_style = if selected {
        theme::SELECTED
    } else {
        theme::KEY
    };
    Line::from(vec![
        Span::styled(format!(" {label} "), label_style),
        Span::styled(format!(" {}", status::fit_path(&path, room)), theme::DIM),
    ])
    .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let clean = text::sanitize(item.text);
    let cut = snippet(&clean, &hit.positions, width.saturating_sub(2));
    let base = if selected {
        theme::CURRENT
    } else {
        theme::TEXT
    };
    let mut spans = vec![Span::raw("  ")];
    spans.extend(highlighted(&cut.text, &cut.positions, base));
    Line::from(spans).render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
}

/// Spans of `text` with the characters at `positions` (char indices) in the match style.
pub fn highlighted(text: &str, positions: &[usize], base: Style) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in text.chars().enumerate() {
        let matched = positions.binary_search(&i).is_ok();
        if matched != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(theme::MATCH)
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
            base.patch(theme::MATCH)
        } else {
            base
        };
        spans.push(Span::styled(run, style));
    }
    spans
}
