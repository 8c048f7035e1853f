//! The status line (title, section path, position) and the key hint line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::app::App;
use crate::convert::ScriptChoice;
use crate::i18n::Msg;
use crate::text;

/// A message (a copy confirmed, a config warning) on the bottom row, in place of the key
/// hints (none of which shows past its end), until the next key.
pub fn draw_message(app: &App, message: &str, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    buf.set_style(area, app.theme.status);
    let message = format!(" {}", text::sanitize(message));
    let shown = text::truncate(&message, usize::from(area.width)).into_owned();
    Line::styled(shown, app.theme.status).render(area, buf);
}

/// Report title, the path of the section in view, and how far through the report.
pub fn draw_status(app: &App, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, app.theme.status);
    let script = match app.prefs.script {
        ScriptChoice::Original => String::new(),
        ScriptChoice::Simplified => format!(" {}", app.prefs.lang.text(Msg::ScriptSimplified)),
        ScriptChoice::Traditional => format!(" {}", app.prefs.lang.text(Msg::ScriptTraditional)),
    };
    let loading = app.loading.map_or_else(String::new, |(loaded, found)| {
        let said = app.prefs.lang.fill(Msg::LoadingReports, &[&loaded, &found]);
        format!(" {said} ·")
    });
    let percent = format!("{loading}{script} {}% ", app.percent());
    let width = usize::from(area.width);
    let title = text::sanitize(&app.view().label()).into_owned();
    let left_room = width.saturating_sub(text::width(&percent));
    let path = fit_path(
        &app.view().doc().path(app.view().reader.section),
        left_room.saturating_sub(text::width(&title) + 4),
    );
    let left = text::truncate(&format!(" {title} │ {path}"), left_room).into_owned();
    let fill = left_room.saturating_sub(text::width(&left));
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(fill)),
        Span::raw(percent),
    ])
    .style(app.theme.status);
    line.render(area, buf);
}

/// The section path, dropping leading segments (shown as `…`) until it fits `room` columns;
/// the last segment is cut if it alone is too wide.
pub fn fit_path(segments: &[&str], room: usize) -> String {
    for skip in 0..segments.len() {
        let mut path = segments[skip..].join(" › ");
        if skip > 0 {
            path = format!("… › {path}");
        }
        if text::width(&path) <= room {
            return path;
        }
    }
    text::truncate(segments.last().copied().unwrap_or(""), room).into_owned()
}

/// A line of key hints, cut to the width.
pub fn draw_hints(app: &App, hints: &[(String, &str)], area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, what) in hints {
        let needed = text::width(key) + text::width(what) + 3;
        if used + needed > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(format!(" {key}"), app.theme.key));
        spans.push(Span::styled(format!(" {what} "), app.theme.dim));
        used += needed;
    }
    Line::from(spans).render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_paths_keep_their_most_specific_segments() {
        let segments = ["2023年工作任務", "一、錨定共富典范", "(一)聚焦實體經濟"];
        assert_eq!(
            fit_path(&segments, 80),
            "2023年工作任務 › 一、錨定共富典范 › (一)聚焦實體經濟"
        );
        assert_eq!(
            fit_path(&segments, 40),
            "… › 一、錨定共富典范 › (一)聚焦實體經濟"
        );
        assert_eq!(fit_path(&segments, 10), "(一)聚焦…");
        assert!(text::width(&fit_path(&segments, 10)) <= 10);
    }
}
