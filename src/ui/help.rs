//! The `?` overlay: every key and what it does, scrolled when the screen is low.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{overlay, pane_block};
use crate::app::App;
use crate::i18n::Msg;
use crate::layout;
use crate::text;

/// Draws the help box in the middle of `area`, its list from key `top`, with the keys of the
/// app's keymap.
pub fn draw(app: &App, area: Rect, top: usize, buf: &mut Buffer) {
    let lines = app.keymap.help_lines(app.prefs.lang);
    let help = layout::help(area, &lines);
    overlay::clear(help.popup, buf);
    pane_block(app, app.prefs.lang.text(Msg::HelpTitle), true).render(help.popup, buf);
    let list = help.list;
    for (i, (key, what)) in lines
        .iter()
        .skip(top)
        .take(usize::from(list.height))
        .enumerate()
    {
        let row = Rect::new(list.x, list.y + i as u16, list.width, 1);
        let key_cell = text::pad_right(key, help.key_width);
        let rest = text::truncate(
            what,
            usize::from(list.width).saturating_sub(help.key_width + 2),
        )
        .into_owned();
        Line::from(vec![
            Span::styled(format!(" {key_cell} "), app.theme.key),
            Span::raw(rest),
        ])
        .render(row, buf);
    }
}
