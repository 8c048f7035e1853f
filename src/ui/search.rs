//! The search overlay: the query line, the count, and each result as its kind and section
//! path over a snippet cut by display width around the match, matched characters highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::{input, pane_block, status, theme};
use crate::app::App;
use crate::app::search::SearchState;
use crate::search::{Kind, snippet};
use crate::text;

const HINTS: &[(&str, &str)] = &[
    ("type", "search"),
    ("↑↓", "select"),
    ("Enter", "jump"),
    ("Ctrl-w", "word"),
    ("Esc", "back"),
];

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
    // Over the panes only: the status and hint lines stay visible below.
    let body = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let popup = body.inner(Margin {
        horizontal: u16::from(area.width >= 60) * 2,
        vertical: u16::from(area.height >= 16),
    });
    Clear.render(popup, buf);
    let count = if search.pending() && !search.input.text().trim().is_empty() {
        "…".to_string()
    } else {
        search.hits.len().to_string()
    };
    let title = format!("搜索 Search · {count}");
    let block = pane_block(&title, true);
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height < 2 {
        return;
    }
    let mut prompt = vec![Span::styled("/ ", theme::KEY)];
    prompt.extend(input::spans(&search.input, true, theme::TEXT));
    Line::from(prompt).render(Rect::new(inner.x, inner.y, inner.width, 1), buf);

    let width = usize::from(inner.width);
    let list_top = inner.y + 1;
    let list_rows = usize::from(inner.height.saturating_sub(2) / 2);
    for (slot, (n, hit)) in search
        .hits
        .iter()
        .enumerate()
        .skip(search.offset)
        .take(list_rows)
        .enumerate()
    {
        let Some(item) = app.index.item(hit.item) else {
            continue;
        };
        let selected = n == search.selected;
        let y = list_top + (slot * 2) as u16;
        let path = app
            .doc
            .section_index(item.section)
            .map(|s| app.doc.path(s))
            .unwrap_or_default();
        let label = kind_label(item.kind);
        let room = width.saturating_sub(text::width(label) + 3);
        let header = Line::from(vec![
            Span::styled(
                format!(" {label} "),
                if selected {
                    theme::SELECTED
                } else {
                    theme::KEY
                },
            ),
            Span::styled(format!(" {}", status::fit_path(&path, room)), theme::DIM),
        ]);
        header.render(Rect::new(inner.x, y, inner.width, 1), buf);
        let clean = text::sanitize(item.text);
        let cut = snippet(&clean, &hit.positions, width.saturating_sub(2));
        let base = if selected {
            theme::CURRENT
        } else {
            theme::TEXT
        };
        let mut spans = vec![Span::raw("  ")];
        spans.extend(highlighted(&cut.text, &cut.positions, base));
        if y + 1 < inner.bottom() {
            Line::from(spans).render(Rect::new(inner.x, y + 1, inner.width, 1), buf);
        }
    }
    if search.hits.is_empty() && !search.pending() && !search.input.text().trim().is_empty() {
        Line::styled("  無結果 · no matches", theme::DIM)
            .render(Rect::new(inner.x, list_top, inner.width, 1), buf);
    }
    status::draw_hints(
        HINTS,
        Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
        buf,
    );
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
