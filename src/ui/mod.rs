//! Drawing: reads `&App`, writes a frame, never changes state.

mod bookmarks;
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
mod widen;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::action::Pane;
use crate::app::{App, Overlay};
use crate::i18n::{Lang, Msg};
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
        Overlay::Bookmarks(list) => bookmarks::cursor(list, area),
        Overlay::Help { .. } | Overlay::Compare(_) | Overlay::None => None,
    }
}

fn draw_screen(app: &App, area: Rect, buf: &mut Buffer) {
    if layout::arrangement(area) == Arrangement::TooSmall {
        too_small(app.prefs.lang, area, buf);
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
        Overlay::Table(table) => {
            table::draw(app, table, area, buf);
            widen::widen(area, buf);
        }
        Overlay::Compare(view) => {
            compare::draw(app, view, area, buf);
            widen::widen(area, buf);
        }
        overlay => {
            draw_panes(app, area, buf);
            match overlay {
                Overlay::Help { top } => {
                    help::draw(app, area, *top, buf);
                    widen::widen_framed(app.help_layout().popup, buf);
                }
                Overlay::Search(search) => {
                    search::draw(app, search, area, buf);
                    let layout = layout::search(area);
                    widen::widen_framed(layout.popup, buf);
                    widen::widen(layout.hints, buf);
                }
                Overlay::Reports(list) => {
                    reports::draw(app, list, area, buf);
                    let layout = layout::search(area);
                    widen::widen_framed(layout.popup, buf);
                    widen::widen(layout.hints, buf);
                }
                Overlay::Bookmarks(list) => {
                    bookmarks::draw(app, list, area, buf);
                    let layout = layout::search(area);
                    widen::widen_framed(layout.popup, buf);
                    widen::widen(layout.hints, buf);
                }
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
    for pane in [layout.outline, layout.reader, layout.targets]
        .into_iter()
        .flatten()
    {
        widen::widen_framed(pane, buf);
    }
    status::draw_status(app, layout.status, buf);
    status::draw_hints(
        app,
        &app.keymap.hint_line(hints::BROWSE, app.prefs.lang),
        layout.hints,
        buf,
    );
    for row in [layout.tabs, Some(layout.status), Some(layout.hints)]
        .into_iter()
        .flatten()
    {
        widen::widen(row, buf);
    }
}

/// A bordered pane with a title, highlighted when focused, in the configured border type;
/// ASCII borders when the terminal needs them (`--ascii`, or ambiguous characters drawn wide).
fn pane_block<'a>(app: &App, title: &'a str, focused: bool) -> Block<'a> {
    let style = if focused {
        app.theme.focus_border
    } else {
        app.theme.border
    };
    Block::bordered()
        .border_set(if app.prefs.ascii {
            ASCII_BORDERS
        } else {
            app.borders.border_type().to_border_set()
        })
        .border_style(style)
        .title(Span::styled(title, style))
}

/// Borders for terminals that draw box drawing characters two columns wide, or fonts
/// without them.
const ASCII_BORDERS: ratatui::symbols::border::Set<'static> = ratatui::symbols::border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// The pane names of the one-pane arrangement, with the focused one marked.
fn draw_tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let (focus, lang) = (app.focus, app.prefs.lang);
    for (pane, cell) in Pane::ALL.into_iter().zip(layout::tab_cells(area)) {
        let label = text::truncate(pane_title(pane, lang), usize::from(cell.width)).into_owned();
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
fn pane_title(pane: Pane, lang: Lang) -> &'static str {
    lang.text(match pane {
        Pane::Outline => Msg::Outline,
        Pane::Reader => Msg::Reader,
        Pane::Targets => Msg::Targets,
    })
}

/// The notice in a terminal too small to draw the explorer in.
fn too_small(lang: Lang, area: Rect, buf: &mut Buffer) {
    let y = area.y + area.height / 2;
    if y < area.bottom() {
        let cut = text::truncate(lang.text(Msg::TooSmall), usize::from(area.width)).into_owned();
        Line::from(cut)
            .centered()
            .render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
