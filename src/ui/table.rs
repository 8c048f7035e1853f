//! The full-screen targets table: subject | target | last year | section, aligned by display
//! width, the figures given their width first.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, overlay, status};
use crate::app::App;
use crate::app::table::{TableRow, TargetTable};
use crate::columns;
use crate::figure_format::{committed_value, result_value};
use crate::i18n::Msg;
use crate::keymap::hints;
use crate::layout;
use crate::text;

/// The columns whose values are kept whole while the others give way: target and last year.
const KEEP: [bool; 4] = [false, true, true, false];

/// What stands before the filter.
const PROMPT: &str = " / ";

/// Where the terminal's cursor goes while the filter is typed; `None` when it is not.
pub fn cursor(table: &TargetTable, area: Rect) -> Option<Position> {
    if !table.typing {
        return None;
    }
    input::cursor(
        &table.filter,
        layout::table(area).filter,
        text::width(PROMPT),
    )
}

/// Draws the table over the whole screen.
pub fn draw(app: &App, table: &TargetTable, area: Rect, buf: &mut Buffer) {
    let layout = layout::table(area);
    overlay::clear(area, buf);
    let width = usize::from(area.width);
    let count = table
        .rows
        .iter()
        .filter(|r| matches!(r, TableRow::Target(_)))
        .count();
    let lang = app.prefs.lang;
    let category = table
        .category
        .map_or(lang.text(Msg::AllCategories), |c| lang.category(c));
    let title = format!(" {} · {count} · {category}", lang.text(Msg::TargetsTable));
    buf.set_style(layout.title, app.theme.status);
    Line::styled(text::truncate(&title, width).into_owned(), app.theme.status)
        .render(layout.title, buf);

    let filter_style = if table.typing {
        app.theme.key
    } else {
        app.theme.dim
    };
    let mut filter = vec![Span::styled(PROMPT, filter_style)];
    filter.extend(input::spans(&table.filter, app.theme.text));
    Line::from(filter).render(layout.filter, buf);

    let past = app.view().report().year.saturating_sub(1).to_string();
    let header = [
        lang.text(Msg::ColSubject),
        lang.text(Msg::ColTarget),
        past.as_str(),
        lang.text(Msg::ColSection),
    ]
    .map(String::from);
    let cells: Vec<Option<[String; 4]>> = table.rows.iter().map(|r| row_cells(app, r)).collect();
    let widths = column_widths(&header, cells.iter().flatten(), width);
    Line::styled(padded(&header, widths), app.theme.dim).render(layout.header, buf);

    let body = layout.body;
    for (i, (row, cells)) in table
        .rows
        .iter()
        .zip(&cells)
        .skip(table.offset)
        .take(usize::from(body.height))
        .enumerate()
    {
        let selected = table.offset + i == table.selected;
        let r = Rect::new(body.x, body.y + i as u16, body.width, 1);
        let line = match (row, cells) {
            (TableRow::Target(_), Some(cells)) => target_line(app, cells, widths, selected),
            (TableRow::Group(c), _) => Line::styled(
                text::truncate(&format!("── {}", lang.category(*c)), width).into_owned(),
                app.theme.group,
            ),
            (TableRow::Target(_), None) => Line::default(),
        };
        if selected {
            buf.set_style(r, app.theme.selected);
        }
        line.render(r, buf);
    }
    if count == 0 && !body.is_empty() {
        Line::styled(
            format!(" {}", lang.text(Msg::NoTargetsMatch)),
            app.theme.dim,
        )
        .render(Rect::new(body.x, body.y, body.width, 1), buf);
    }
    let hints = if table.typing {
        hints::TABLE_FILTER
    } else {
        hints::TABLE
    };
    status::draw_hints(app, &app.keymap.hint_line(hints, lang), layout.hints, buf);
}

/// The cells of a target row, sanitised: subject, committed value, last year, section.
fn row_cells(app: &App, row: &TableRow) -> Option<[String; 4]> {
    let TableRow::Target(t) = row else {
        return None;
    };
    let target = app.view().report().figure(t.kind, t.index)?;
    let section = app
        .view()
        .doc()
        .section_index(&target.section)
        .map_or_else(String::new, |s| {
            app.view().doc().sections[s].heading.clone()
        });
    Some(
        [
            target.subject.clone(),
            committed_value(&app.target_group(t.index), app.prefs.lang),
            result_value(app.view().report(), target, app.prefs.lang),
            section,
        ]
        .map(|cell| text::sanitize(&cell).into_owned()),
    )
}

/// Column widths for a table `width` columns wide (one space between columns): the target
/// and last-year columns get their width first, the subject and section give way, as in
/// `baogao targets`; the section column takes any room left.
fn column_widths<'a>(
    header: &[String; 4],
    rows: impl Iterator<Item = &'a [String; 4]>,
    width: usize,
) -> [usize; 4] {
    let mut natural = header.each_ref().map(|h| text::width(h));
    for row in rows {
        for (n, cell) in natural.iter_mut().zip(row) {
            *n = (*n).max(text::width(cell));
        }
    }
    let budget = width.saturating_sub(3);
    let fitted = columns::fit(&natural, &KEEP, budget);
    let mut widths = [0; 4];
    widths.copy_from_slice(&fitted);
    widths[3] += budget.saturating_sub(widths.iter().sum());
    widths
}

/// A target row: the value and last year's figure coloured, the whole row marked if selected.
fn target_line(
    app: &App,
    cells: &[String; 4],
    widths: [usize; 4],
    selected: bool,
) -> Line<'static> {
    let [subject, value, result, section] =
        [0, 1, 2, 3].map(|i| text::pad_right(&cells[i], widths[i]));
    let (value_style, result_style) = if selected {
        (app.theme.selected, app.theme.selected)
    } else {
        (app.theme.value, app.theme.dim)
    };
    let line = Line::from(vec![
        Span::raw(subject),
        Span::raw(" "),
        Span::styled(value, value_style),
        Span::raw(" "),
        Span::styled(result, result_style),
        Span::raw(" "),
        Span::raw(section),
    ]);
    if selected {
        line.style(app.theme.selected)
    } else {
        line.style(Style::new())
    }
}

/// Cells padded to their column widths and joined by single spaces.
fn padded(values: &[String; 4], widths: [usize; 4]) -> String {
    values
        .iter()
        .zip(widths)
        .map(|(v, w)| text::pad_right(v, w))
        .collect::<Vec<_>>()
        .join(" ")
}
