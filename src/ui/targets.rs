//! The targets pane: the targets of the section in view (or its results, in the review),
//! each as its subject and, below it, its value and the linked result, then a blank row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{pane_block, theme};
use crate::action::Pane;
use crate::app::App;
use crate::figure_format::{committed_value, figure_value, period_label, result_value};
use crate::text;

/// Screen rows per listed figure: subject, value, and the linked result when it does not
/// fit beside the value (else a blank row).
pub const ROWS_PER_FIGURE: usize = 3;

/// Draws the figures of the section in view.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let figures = app.pane_figures();
    let showing_results = figures.first().is_some_and(|&(_, result)| result);
    let title = if showing_results {
        format!("成果 Results ({})", figures.len())
    } else {
        format!("目標 Targets ({})", figures.len())
    };
    let focused = app.focus == Pane::Targets;
    let block = pane_block(&title, focused);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    if figures.is_empty() {
        let note = text::truncate("此部分無量化目標 · no figures here", width).into_owned();
        Line::styled(note, theme::DIM).render(
            Rect::new(inner.x, inner.y, inner.width, 1.min(inner.height)),
            buf,
        );
        return;
    }
    let fits = usize::from(inner.height) / ROWS_PER_FIGURE;
    for (slot, (n, &(index, is_result))) in figures
        .iter()
        .enumerate()
        .skip(app.targets.offset)
        .take(fits.max(1))
        .enumerate()
    {
        let list = if is_result {
            &app.report.results
        } else {
            &app.report.targets
        };
        let figure = &list[index];
        let (value, result) = if is_result {
            (figure_value(figure), String::new())
        } else {
            let past = result_value(&app.report, figure);
            let year = app
                .report
                .results_for(figure)
                .next()
                .map(|r| period_label(r.period));
            let linked = match year {
                Some(year) if !past.is_empty() => format!("{year}: {past}"),
                _ => String::new(),
            };
            (committed_value(&app.target_group(index)), linked)
        };
        // Values carry the dataset's units: sanitise them like any other dataset text.
        let (value, result) = (
            text::sanitize(&value).into_owned(),
            text::sanitize(&result).into_owned(),
        );
        let selected = n == app.targets.selected;
        let subject_style = match (selected, focused) {
            (true, true) => theme::SELECTED,
            (true, false) => theme::CURRENT,
            _ => theme::TEXT,
        };
        let subject =
            text::truncate(&text::sanitize(&figure.subject), width.saturating_sub(2)).into_owned();
        let room = width.saturating_sub(2);
        let value = text::truncate(&value, room).into_owned();
        // The linked result follows the value when it fits, else takes the row below.
        let beside = text::width(&value) + 3 + text::width(&result) <= room;
        let mut value_line = vec![Span::raw("  "), Span::styled(value, theme::VALUE)];
        let mut result_line = vec![Span::raw("  ")];
        if beside && !result.is_empty() {
            value_line.push(Span::styled(format!(" · {result}"), theme::DIM));
        } else {
            result_line.push(Span::styled(
                text::truncate(&result, room).into_owned(),
                theme::DIM,
            ));
        }
        let rows = [
            Line::from(vec![
                Span::styled(if selected { "▶ " } else { "  " }, theme::KEY),
                Span::styled(subject, subject_style),
            ]),
            Line::from(value_line),
            Line::from(result_line),
        ];
        for (i, line) in rows.into_iter().enumerate() {
            let y = inner.y + (slot * ROWS_PER_FIGURE + i) as u16;
            if y < inner.bottom() {
                line.render(Rect::new(inner.x, y, inner.width, 1), buf);
            }
        }
    }
}
