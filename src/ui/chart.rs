//! The chart of one indicator across the opened reports: per report a bar for its target (a
//! range drawn as a span, a floor with its 力争 aim marked) and a bar for the prior-year
//! result, sorted by value, labelled by region and year, values at the bar ends. Target and result
//! differ by glyph, so the chart reads in a monochrome terminal; an ASCII set is kept for
//! terminals without block glyphs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::compare::{cells, indicator_name};
use super::{overlay, status};
use crate::app::App;
use crate::app::compare::{CompareView, chart_order};
use crate::compare::{self, Entry};
use crate::i18n::Msg;
use crate::keymap::hints;
use crate::layout::{self, ROWS_PER_ENTRY};
use crate::model::Commitment;
use crate::text;

/// The glyphs a chart is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    /// A target up to its (lower) value.
    pub target: char,
    /// A target's range, from its lower to its upper value.
    pub span: char,
    /// From a floor up to the 力争 aim.
    pub reach: char,
    /// The 力争 aim itself.
    pub aim: char,
    /// A prior-year result.
    pub result: char,
}

/// Block and box glyphs.
pub const BLOCKS: Glyphs = Glyphs {
    target: '█',
    span: '▓',
    reach: '─',
    aim: '◆',
    result: '░',
};

/// Plain ASCII, for terminals without block glyphs (`BAOGAO_ASCII=1`).
pub const ASCII: Glyphs = Glyphs {
    target: '#',
    span: '=',
    reach: '-',
    aim: '>',
    result: ':',
};

/// The bar of `width` cells for the values `low` (and `high` for a range, `aim` for a 力争
/// level) on a scale whose right end is `max`.
pub fn target_bar(
    low: f64,
    high: Option<f64>,
    aim: Option<f64>,
    max: f64,
    width: usize,
    g: Glyphs,
) -> String {
    let at = |v: f64| cells_for(v, max, width);
    let low_end = at(low);
    let mut bar: Vec<char> = vec![g.target; low_end];
    if let Some(high) = high {
        bar.resize(at(high).max(low_end), g.span);
    }
    if let Some(aim) = aim {
        let end = at(aim).max(bar.len() + 1).min(width.max(1));
        bar.resize(end.saturating_sub(1), g.reach);
        bar.push(g.aim);
    }
    bar.into_iter().collect()
}

/// A result's bar of `width` cells.
pub fn result_bar(value: f64, max: f64, width: usize, g: Glyphs) -> String {
    std::iter::repeat_n(g.result, cells_for(value, max, width)).collect()
}

/// Cells for `value` on a scale of `width` cells ending at `max` (none below zero).
fn cells_for(value: f64, max: f64, width: usize) -> usize {
    if !(value > 0.0 && max > 0.0) {
        return 0;
    }
    ((value / max * width as f64).round() as usize).clamp(1, width)
}

/// Draws the chart of the selected indicator over the whole screen.
pub fn draw(app: &App, view: &CompareView, area: Rect, buf: &mut Buffer) {
    let layout = layout::chart(area);
    overlay::clear(area, buf);
    let glyphs = if view.ascii { ASCII } else { BLOCKS };
    let hints = app.keymap.hint_line(hints::CHART, app.prefs.lang);
    status::draw_hints(app, &hints, layout.hints, buf);
    let Some(indicator) = view.indicator() else {
        let none = format!(" {}", app.prefs.lang.text(Msg::NoIndicatorMatches));
        Line::styled(none, app.theme.dim).render(layout.title, buf);
        return;
    };
    let name = text::sanitize(indicator_name(app, indicator)).into_owned();
    let g = glyphs;
    let legend = app.prefs.lang.fill(
        Msg::ChartLegend,
        &[&name, &g.target, &g.span, &g.aim, &g.result],
    );
    let title = format!(" {legend}");
    buf.set_style(layout.title, app.theme.status);
    Line::styled(
        text::truncate(&title, usize::from(area.width)).into_owned(),
        app.theme.status,
    )
    .render(layout.title, buf);

    let entries: Vec<(usize, Entry)> =
        chart_order(app.reports.iter().map(|o| &**o.report()), indicator)
            .into_iter()
            .map(|n| (n, compare::entry(app.reports[n].report(), &indicator.id)))
            .collect();
    let max = entries
        .iter()
        .flat_map(|(_, e)| {
            [
                e.target.and_then(|t| t.value),
                e.target.and_then(|t| t.value_to),
                e.strive.and_then(|s| s.value),
                e.result.and_then(|r| r.value),
            ]
        })
        .flatten()
        .fold(0.0_f64, f64::max);
    let labels: Vec<String> = entries
        .iter()
        .map(|(n, _)| text::sanitize(&app.reports[*n].label()).into_owned())
        .collect();
    let texts: Vec<(String, String)> = entries
        .iter()
        .map(|(_, e)| cells(e, app.prefs.lang))
        .collect();
    let body = layout.body;
    let third = usize::from(body.width) / 3;
    let label_width = labels
        .iter()
        .map(|l| text::width(l))
        .max()
        .unwrap_or(0)
        .min(third)
        + 1;
    let value_width = texts
        .iter()
        .flat_map(|(t, r)| [text::width(t), text::width(r)])
        .max()
        .unwrap_or(0)
        .min(third);
    let bar_width = usize::from(body.width).saturating_sub(label_width + value_width + 3);
    let marker = if view.ascii { ">" } else { "▶" };
    for (slot, ((number, entry), (label, (target, result)))) in entries
        .iter()
        .zip(labels.iter().zip(&texts))
        .skip(view.chart_offset)
        .take(layout.bars())
        .enumerate()
    {
        let selected = *number == view.column;
        let y = body.y + slot as u16 * ROWS_PER_ENTRY;
        let strive = entry.strive.filter(|s| s.commitment == Commitment::Strive);
        let target_bar_text = entry
            .target
            .and_then(|t| t.value)
            .map_or_else(String::new, |low| {
                target_bar(
                    low,
                    entry.target.and_then(|t| t.value_to),
                    strive.and_then(|s| s.value),
                    max,
                    bar_width,
                    g,
                )
            });
        let result_bar_text = entry
            .result
            .and_then(|r| r.value)
            .map_or_else(String::new, |v| result_bar(v, max, bar_width, g));
        let row = |mark: &str, label: &str, bar: &str, value: &str| {
            format!(
                "{mark}{}{} {}",
                text::pad_right(&text::truncate(label, label_width - 1), label_width),
                bar,
                value
            )
        };
        let rect = Rect::new(body.x, y, body.width, 1);
        let cut = |s: String| text::truncate(&s, usize::from(body.width)).into_owned();
        let (mark, style) = if selected {
            (marker, app.theme.selected)
        } else {
            (" ", app.theme.value)
        };
        Line::styled(cut(row(mark, label, &target_bar_text, target)), style).render(rect, buf);
        if y + 1 < body.bottom() {
            Line::styled(cut(row(" ", "", &result_bar_text, result)), app.theme.dim)
                .render(Rect { y: y + 1, ..rect }, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_floor_with_an_aim_ends_on_the_aim_marker() {
        assert_eq!(target_bar(6.0, None, Some(8.0), 8.0, 8, ASCII), "######->");
        assert_eq!(target_bar(4.0, Some(6.0), None, 8.0, 8, BLOCKS), "████▓▓");
        assert_eq!(result_bar(4.0, 8.0, 8, ASCII), "::::");
        assert_eq!(result_bar(-1.0, 8.0, 8, ASCII), "");
        assert_eq!(target_bar(6.0, None, None, 0.0, 0, BLOCKS), "");
    }
}
