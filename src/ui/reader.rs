//! The reader pane: the wrapped document, only the visible lines, with headings, lead phrases
//! and highlights styled.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::bookmarks::mark;
use super::{pane_block, pane_title};
use crate::action::Pane;
use crate::app::App;
use crate::app::document::{self, Block, BlockKind};
use crate::layout;
use crate::model::TitleKind;
use crate::text::PARAGRAPH_INDENT;

/// Draws the lines of the document from the reader's top line.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let block = pane_block(
        app,
        pane_title(Pane::Reader, app.prefs.lang),
        app.focus == Pane::Reader,
    );
    block.render(area, buf);
    let text_area = layout::reader_text(area);
    draw_marks(app, layout::reader_gutter(area), buf);
    let visible = app
        .view()
        .wrapped
        .lines
        .iter()
        .skip(app.view().reader.top)
        .take(usize::from(text_area.height));
    for (row, line) in visible.enumerate() {
        let document::Line::Text {
            block,
            range,
            indented,
        } = line
        else {
            continue;
        };
        let spans = line_spans(app, *block, range.clone(), *indented);
        let cell = Rect::new(text_area.x, text_area.y + row as u16, text_area.width, 1);
        Line::from(spans).render(cell, buf);
    }
}

/// Marks the lines holding a bookmarked place in the gutter beside the text.
fn draw_marks(app: &App, gutter: Rect, buf: &mut Buffer) {
    let view = app.view();
    let top = view.reader.top;
    for (block, offset) in app.bookmarks_shown() {
        let line = view.wrapped.line_of(block, offset);
        let Some(row) = line.checked_sub(top).and_then(|r| u16::try_from(r).ok()) else {
            continue;
        };
        if row < gutter.height {
            buf.set_string(gutter.x, gutter.y + row, mark(app), app.theme.key);
        }
    }
}

/// The styled pieces of one wrapped line of a block.
fn line_spans(app: &App, block_index: usize, range: Range<usize>, indented: bool) -> Vec<Span<'_>> {
    let block = &app.view().doc().blocks[block_index];
    let base = base_style(app, block);
    let highlight = app
        .view()
        .reader
        .highlight
        .as_ref()
        .filter(|h| h.block == block_index)
        .map(|h| h.range.clone());
    let text = block.text[range.clone()].trim_end();
    let end = range.start + text.len();
    // Cut points where the style may change: the lead phrase's end and the highlight's ends.
    let mut cuts = vec![range.start, end];
    cuts.extend(
        [block.lead]
            .into_iter()
            .chain(highlight.iter().flat_map(|h| [h.start, h.end])),
    );
    cuts.retain(|&c| c >= range.start && c <= end && block.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    if indented {
        spans.push(Span::raw(PARAGRAPH_INDENT));
    }
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut style = if a < block.lead {
            base.patch(app.theme.lead)
        } else {
            base
        };
        if highlight
            .as_ref()
            .is_some_and(|h| h.start <= a && b <= h.end)
        {
            style = style.patch(app.theme.highlight);
        }
        spans.push(Span::styled(&block.text[a..b], style));
    }
    spans
}

fn base_style(app: &App, block: &Block) -> Style {
    match block.kind {
        BlockKind::Paragraph(_) => app.theme.text,
        BlockKind::Heading => match app.view().doc().sections[block.section].title_kind {
            TitleKind::Editorial => app.theme.editorial,
            _ => app.theme.heading,
        },
    }
}
