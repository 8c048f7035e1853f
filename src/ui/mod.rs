//! Drawing: reads `&App`, writes a frame, never changes state.

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
pub mod theme;
mod widen;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::action::Pane;
use crate::app::{App, Overlay};
use crate::i18n::{Lang, Msg};
use crate::keymap::hints;
use crate::layout::{self, Arrangement};
use crate::text;

/// Draws the whole explorer.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if layout::arrangement(area) == Arrangement::TooSmall {
        too_small(app.prefs.lang, area, buf);
        return;
    }
    match &app.overlay {
        Overlay::Table(table) => {
            table::draw(app, table, area, buf);
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
                _ => {}
            }
        }
    }
}

fn draw_panes(app: &App, area: Rect, buf: &mut Buffer) {
    let layout = layout::main_layout(area, app.focus);
    if let Some(tabs) = layout.tabs {
        draw_tabs(app.focus, app.prefs.lang, tabs, buf);
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

/// A bordered pane with a title, highlighted when focused; ASCII borders when the terminal
/// needs them (`--ascii`, or ambiguous characters drawn wide).
fn pane_block<'a>(app: &App, title: &'a str, focused: bool) -> Block<'a> {
    let style = if focused {
        theme::FOCUS_BORDER
    } else {
        theme::BORDER
    };
    Block::bordered()
        .border_set(theme::borders(app.prefs.ascii))
        .border_style(style)
        .title(Span::styled(title, style))
}

/// The pane names of the one-pane arrangement, with the focused one marked.
fn draw_tabs(focus: Pane, lang: Lang, area: Rect, buf: &mut Buffer) {
    for (pane, cell) in Pane::ALL.into_iter().zip(layout::tab_cells(area)) {
        let label = text::truncate(pane_title(pane, lang), usize::from(cell.width)).into_owned();
        let style = if pane == focus {
            theme::SELECTED
        } else {
            theme::DIM
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
