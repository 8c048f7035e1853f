//! The full-screen targets table: subject | target | 2022 | section, aligned by display width.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{input, status, theme};
use crate::app::App;
use crate::app::table::{TableRow, TargetTable};
use crate::figure_format::{committed_value, result_value};
use crate::text;

const HINTS: &[(&str, &str)] = &[
    ("↑↓", "move"),
    ("Enter", "jump"),
    ("/", "filter"),
    ("c C", "category"),
    ("Esc", "back"),
    ("q", "quit"),
];

const TYPING_HINTS: &[(&str, &str)] = &[
    ("type", "filter"),
    ("↑↓", "move"),
    ("Enter", "jump"),
    ("Ctrl-w", "word"),
    ("Esc", "done"),
];

/// The screen row where the table's body starts, below the title, filter and header lines.
pub const BODY_TOP: u16 = 3;

/// Rows the table's body has on a screen `height` rows high (the last row holds key hints).
pub fn body_height(height: u16) -> u16 {
    height.saturating_sub(BODY_TOP + 1)
}

/// Column widths for a table width: subject, target, 2022, section (separated by one space).
pub fn column_widths(width: usize) -> [usize; 4] {
    let target = (width / 5).clamp(8, 26);
    let result = (width / 8).clamp(6, 16);
    let section = (width / 5).clamp(6, 30);
    let subject = width.saturating_sub(target + result + section + 3);
    [subject, target, result, section]
}

/// Draws the table over the whole screen.
pub fn draw(app: &App, table: &TargetTable, area: Rect, buf: &mut Buffer) {
    let row_at = |i: u16| Rect::new(area.x, area.y + i, area.width, 1);
    let width = usize::from(area.width);
    let count = table
        .rows
        .iter()
        .filter(|r| matches!(r, TableRow::Target(_)))
        .count();
    let category = table.category.map_or_else(
        || "全部 all".to_string(),
        |c| format!("{} {}", c.zh(), c.slug()),
    );
    let title = format!(" 目標一覽 Targets · {count} · {category}");
    buf.set_style(row_at(0), theme::STATUS);
    Line::styled(text::truncate(&title, width).into_owned(), theme::STATUS).render(row_at(0), buf);

    let filter_style = if table.typing { theme::KEY } else { theme::DIM };
    let mut filter = vec![Span::styled(" / ", filter_style)];
    filter.extend(input::spans(&table.filter, table.typing, theme::TEXT));
    Line::from(filter).render(row_at(1), buf);

    let widths = column_widths(width);
    let header = cells(
        &["指標 subject", "目標 target", "2022", "章節 section"],
        widths,
    );
    Line::styled(header, theme::DIM).render(row_at(2), buf);

    let body_height = body_height(area.height);
    for (i, row) in table
        .rows
        .iter()
        .skip(table.offset)
        .take(usize::from(body_height))
        .enumerate()
    {
        let index = table.offset + i;
        let line = match row {
            TableRow::Group(c) => Line::styled(
                text::truncate(&format!("── {} {}", c.zh(), c.slug()), width).into_owned(),
                theme::GROUP,
            ),
            TableRow::Target(t) => {
                let target = &app.report.targets[*t];
                let section = app
                    .doc
                    .section_index(&target.section)
                    .map_or_else(String::new, |s| app.doc.sections[s].heading.clone());
                let values = [
                    target.subject.clone(),
                    committed_value(&app.target_group(*t)),
                    result_value(&app.report, target),
                    section,
                ]
                .map(|cell| text::sanitize(&cell).into_owned());
                let style = if index == table.selected {
                    theme::SELECTED
                } else {
                    Style::new()
                };
                let [subject, value, result, section] =
                    [0, 1, 2, 3].map(|i| text::pad_right(&values[i], widths[i]));
                Line::from(vec![
                    Span::raw(subject),
                    Span::raw(" "),
                    Span::styled(
                        value,
                        if index == table.selected {
                            style
                        } else {
                            theme::VALUE
                        },
                    ),
                    Span::raw(" "),
                    Span::styled(
                        result,
                        if index == table.selected {
                            style
                        } else {
                            theme::DIM
                        },
                    ),
                    Span::raw(" "),
                    Span::raw(section),
                ])
                .style(style)
            }
        };
        let r = row_at(BODY_TOP + i as u16);
        if index == table.selected {
            buf.set_style(r, theme::SELECTED);
        }
        line.render(r, buf);
    }
    if count == 0 {
        Line::styled(" 無匹配目標 · no targets match", theme::DIM)
            .render(row_at(BODY_TOP.min(area.height - 1)), buf);
    }
    let hints = if table.typing { TYPING_HINTS } else { HINTS };
    status::draw_hints(hints, row_at(area.height - 1), buf);
}

/// Cells padded to their column widths and joined by single spaces.
fn cells(values: &[&str], widths: [usize; 4]) -> String {
    values
        .iter()
        .zip(widths)
        .map(|(v, w)| text::pad_right(v, w))
        .collect::<Vec<_>>()
        .join(" ")
}
