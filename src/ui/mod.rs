//! Drawing: reads `&App`, writes a frame, never changes state.

mod chart;
mod compare;
mod help;
mod input;
mod outline;
mod overlay;
mod reader;
mod reports;
mod search;
mod status;
pub mod table;
mod targets;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::action::Pane;
use crate::app::{App, Overlay};
use crate::keymap::hints;
use crate::layout::{self, Arrangement};
use crate::text;

/// Draws the whole explorer. While a line is typed in, the terminal's cursor is shown right
/// after the last typed character (where input methods open their window); otherwise hidden.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    draw_screen(app, area, frame.buffer_mut());
    if let Some(cursor) = cursor(app, area) {
        frame.set_cursor_position(cursor);
    }
}

/// Where the terminal's cursor goes: in the input line being typed in, if there is one.
pub fn cursor(app: &App, area: Rect) -> Option<Position> {
    if layout::arrangement(area) == Arrangement::TooSmall {
        return None;
    }
    match &app.overlay {
        Overlay::Search(search) => search::cursor(search, area),
        Overlay::Table(table) => table::cursor(table, area),
        Overlay::Reports(list) => reports::cursor(list, area),
        Overlay::Help { .. } | Overlay::Compare(_) | Overlay::None => None,
    }
}

fn draw_screen(app: &App, area: Rect, buf: &mut Buffer) {
    if layout::arrangement(area) == Arrangement::TooSmall {
        too_small(area, buf);
        return;
    }
    draw_views(app, area, buf);
    if let Some(message) = &app.message {
        let bottom = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
        status::draw_message(app, message, bottom, buf);
    }
}

fn draw_views(app: &App, area: Rect, buf: &mut Buffer) {
    match &app.overlay {
        Overlay::Table(table) => table::draw(app, table, area, buf),
        Overlay::Compare(view) => compare::draw(app, view, area, buf),
        overlay => {
            draw_panes(app, area, buf);
            match overlay {
                Overlay::Help { top } => help::draw(app, area, *top, buf),
                Overlay::Search(search) => search::draw(app, search, area, buf),
                Overlay::Reports(list) => reports::draw(app, list, area, buf),
                _ => {}
            }
        }
    }
}

fn draw_panes(app: &App, area: Rect, buf: &mut Buffer) {
    let layout = layout::main_layout(area, app.focus);
    if let Some(tabs) = layout.tabs {
        draw_tabs(app, tabs, buf);
    }
    if let Some(r) = layout.outline {
        outline::draw(app, r, buf);
    }
    if let Some(r) = layout.reader {
        reader::draw(app, r, buf);
    }
    if let Some(r) = layout.targets {
        targets::draw(app, r, buf);
    }
    status::draw_status(app, layout.status, buf);
    status::draw_hints(app, &app.keymap.hint_line(hints::BROWSE), layout.hints, buf);
}

/// A bordered pane with a title, highlighted when focused, in the configured border type.
fn pane_block<'a>(app: &App, title: &'a str, focused: bool) -> Block<'a> {
    let style = if focused {
        app.theme.focus_border
    } else {
        app.theme.border
    };
    Block::bordered()
        .border_type(app.borders.border_type())
        .border_style(style)
        .title(Span::styled(title, style))
}

/// The pane names of the one-pane arrangement, with the focused one marked.
fn draw_tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let focus = app.focus;
    for (pane, cell) in Pane::ALL.into_iter().zip(layout::tab_cells(area)) {
        let label = text::truncate(pane_title(pane), usize::from(cell.width)).into_owned();
        let style = if pane == focus {
            app.theme.selected
        } else {
            app.theme.dim
        };
        buf.set_style(cell, style);
        Line::styled(label, style).centered().render(cell, buf);
    }
}

/// The title of a pane.
fn pane_title(pane: Pane) -> &'static str {
    match pane {
        Pane::Outline => "目錄 Outline",
        Pane::Reader => "正文 Reader",
        Pane::Targets => "目標 Targets",
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let message = ["window too small", "視窗太小"];
    for (i, m) in message.iter().enumerate() {
        let y = area.y + area.height / 2 + i as u16;
        if y >= area.bottom() {
            break;
        }
        let cut = text::truncate(m, usize::from(area.width)).into_owned();
        Line::from(cut)
            .centered()
            .render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
