//! The comparison view: indicators × reports, each cell the target (`≥ 6% · 力爭 8%`) with
//! the prior-year result beneath; narrow terminals show one indicator with the reports as rows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, status};
use crate::app::App;
use crate::app::compare::CompareView;
use crate::compare::{self, Entry};
use crate::figure_format::{committed_value, figure_value};
use crate::i18n::{Lang, Msg};
use crate::indicators::Indicator;
use crate::keymap::hints;
use crate::layout::{self, CompareLayout, ROWS_PER_ENTRY};
use crate::text;

/// What a cell shows when the report gives no figure.
const NONE: &str = "—";

/// Draws the comparison (or its chart) over the whole screen.
pub fn draw(app: &App, view: &CompareView, area: Rect, buf: &mut Buffer) {
    if view.chart {
        super::chart::draw(app, view, area, buf);
        return;
    }
    let layout = app.compare_layout();
    overlay::clear(area, buf);
    let lang = app.prefs.lang;
    let title = format!(
        " {}",
        lang.fill(Msg::CompareTitle, &[&view.rows.len(), &app.reports.len()])
    );
    line(&title, app.theme.status, layout.title, buf);
    let filter_style = if view.typing {
        app.theme.key
    } else {
        app.theme.dim
    };
    let mut filter = vec![Span::styled(" / ", filter_style)];
    filter.extend(input::spans(&view.filter, app.theme.text));
    Line::from(filter).render(layout.filter, buf);
    if view.rows.is_empty() {
        let none = format!("  {}", lang.text(Msg::NoIndicatorMatches));
        line(&none, app.theme.dim, layout.body, buf);
    } else if layout.narrow {
        draw_narrow(app, view, &layout, buf);
    } else {
        draw_wide(app, view, &layout, buf);
    }
    let keys = if view.typing {
        hints::TABLE_FILTER
    } else {
        hints::COMPARE
    };
    status::draw_hints(
        app,
        &app.keymap.hint_line(keys, app.prefs.lang),
        layout.hints,
        buf,
    );
}

/// The indicator's name in the script of the report shown.
pub fn indicator_name<'i>(app: &App, indicator: &'i Indicator) -> &'i str {
    indicator.name_for(std::slice::from_ref(app.view().report()))
}

/// The target cell (`≥ 6% · 力爭 8%`) and the result cell of an entry.
pub fn cells(entry: &Entry, lang: Lang) -> (String, String) {
    let group = entry.target_group();
    let target = if group.is_empty() {
        NONE.to_string()
    } else {
        text::sanitize(&committed_value(&group, lang)).into_owned()
    };
    let result = entry.result.map_or_else(
        || NONE.to_string(),
        |r| text::sanitize(&figure_value(r, lang)).into_owned(),
    );
    (target, result)
}

/// Indicators as rows (two screen rows each), the reports shown as columns.
fn draw_wide(app: &App, view: &CompareView, layout: &CompareLayout, buf: &mut Buffer) {
    let columns: Vec<usize> = (view.column_offset..app.reports.len())
        .take(layout.columns())
        .collect();
    let label_width = usize::from(layout.label_width);
    let lang = app.prefs.lang;
    let indicator_header = format!(" {}", lang.text(Msg::ColIndicator));
    let mut header = text::pad_right(&indicator_header, label_width);
    for &number in &columns {
        let label = text::sanitize(&app.reports[number].label()).into_owned();
        header.push_str(&text::pad_right(
            &text::truncate(&label, usize::from(layout::COMPARE_COLUMN) - 1),
            usize::from(layout::COMPARE_COLUMN),
        ));
    }
    line(&header, app.theme.dim, layout.header, buf);
    let body = layout.body;
    for (slot, (n, indicator)) in view
        .rows
        .iter()
        .enumerate()
        .skip(view.offset)
        .take(usize::from(layout.body.height / ROWS_PER_ENTRY))
        .enumerate()
    {
        let y = body.y + slot as u16 * ROWS_PER_ENTRY;
        let name = text::sanitize(indicator_name(app, indicator)).into_owned();
        let label_style = if n == view.row {
            app.theme.current
        } else {
            app.theme.text
        };
        let label_rect = Rect::new(body.x, y, layout.label_width, 1);
        line(&format!(" {name}"), label_style, label_rect, buf);
        let past = format!("   {}", lang.text(Msg::LastYear));
        line(
            &past,
            app.theme.dim,
            Rect {
                y: y + 1,
                ..label_rect
            },
            buf,
        );
        for (column, &number) in columns.iter().enumerate() {
            let entry = compare::entry(app.reports[number].report(), &indicator.id);
            let (target, result) = cells(&entry, app.prefs.lang);
            let rect = layout.column(column);
            let selected = n == view.row && number == view.column;
            let (target_style, result_style) = if selected {
                (app.theme.selected, app.theme.selected)
            } else {
                (app.theme.value, app.theme.dim)
            };
            let cell = Rect::new(rect.x, y, rect.width.saturating_sub(1), 1);
            fill(&target, target_style, cell, buf);
            fill(&result, result_style, Rect { y: y + 1, ..cell }, buf);
        }
    }
}

/// One indicator, the reports as rows: label and target, then the prior-year result.
fn draw_narrow(app: &App, view: &CompareView, layout: &CompareLayout, buf: &mut Buffer) {
    let Some(indicator) = view.indicator() else {
        return;
    };
    let name = text::sanitize(indicator_name(app, indicator)).into_owned();
    let header = format!(" ‹ {name} ›  {}/{}", view.row + 1, view.rows.len());
    line(&header, app.theme.current, layout.header, buf);
    let body = layout.body;
    let label_width = layout.label_width;
    for (slot, number) in (view.offset..app.reports.len())
        .take(usize::from(layout.body.height / ROWS_PER_ENTRY))
        .enumerate()
    {
        let y = body.y + slot as u16 * ROWS_PER_ENTRY;
        let opened = &app.reports[number];
        let entry = compare::entry(opened.report(), &indicator.id);
        let (target, result) = cells(&entry, app.prefs.lang);
        let selected = number == view.column;
        let label = format!(" {}", text::sanitize(&opened.label()));
        let label_style = if selected {
            app.theme.current
        } else {
            app.theme.text
        };
        line(
            &label,
            label_style,
            Rect::new(body.x, y, label_width, 1),
            buf,
        );
        let past = format!("   {}", app.prefs.lang.text(Msg::LastYear));
        line(
            &past,
            app.theme.dim,
            Rect::new(body.x, y + 1, label_width, 1),
            buf,
        );
        let cell = Rect::new(
            body.x + label_width,
            y,
            body.width.saturating_sub(label_width),
            1,
        );
        let (target_style, result_style) = if selected {
            (app.theme.selected, app.theme.selected)
        } else {
            (app.theme.value, app.theme.dim)
        };
        fill(&target, target_style, cell, buf);
        fill(&result, result_style, Rect { y: y + 1, ..cell }, buf);
    }
}

/// One line of text, cut to the rectangle's width.
fn line(text_: &str, style: Style, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let cut = text::truncate(text_, usize::from(area.width)).into_owned();
    Line::styled(cut, style).render(Rect { height: 1, ..area }, buf);
}

/// A cell: its background styled over the whole width, the text cut to it.
fn fill(text_: &str, style: Style, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    buf.set_style(area, style);
    line(&format!(" {text_}"), style, area, buf);
}
