//! What every overlay does before drawing: clear the cells under it, including any wide
//! character that straddles its left or right edge.
//!
//! ratatui's `Clear` resets only the cells inside the area. A wide character that starts just
//! left of the area keeps its first half outside and, when the screen is drawn, covers the
//! overlay's first column: the left border vanishes. One that starts in the last column
//! spills into the cell after the area. Both are blanked here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use crate::text;

/// Clears `area` for an overlay, blanking wide characters cut by either of its edges.
pub fn clear(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        // Left edge: a character starting `back` cells to the left and wider than `back`.
        for back in 1..=2u16 {
            let Some(x) = area.left().checked_sub(back) else {
                break;
            };
            if x < buf.area.left() {
                break;
            }
            if text::width(buf[(x, y)].symbol()) > usize::from(back) {
                buf[(x, y)].set_symbol(" ");
            }
        }
        // Right edge: a character in the last columns reaching past the area.
        for x in area.right().saturating_sub(2).max(area.left())..area.right() {
            let reach = x + text::width(buf[(x, y)].symbol()) as u16;
            for spill in area.right()..reach.min(buf.area.right()) {
                buf[(spill, y)].set_symbol(" ");
            }
        }
    }
    Clear.render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(buf: &Buffer, y: u16) -> Vec<String> {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect()
    }

    #[test]
    fn a_wide_character_across_the_left_edge_is_blanked() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "中文字", ratatui::style::Style::new());
        // 中 at 0-1, 文 at 2-3, 字 at 4-5: an area starting at 3 cuts 文.
        clear(Rect::new(3, 0, 2, 1), &mut buf);
        assert_eq!(row(&buf, 0), ["中", " ", " ", " ", " ", " "]);
    }

    #[test]
    fn a_wide_character_across_the_right_edge_is_blanked() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "中文字", ratatui::style::Style::new());
        // Whatever a widget left in the cell 文 covers is blanked, not shown beside the box.
        buf[(3, 0)].set_symbol("x");
        // An area ending at 2 (columns 0-2) cuts 文 (2-3): its spill at 3 is blanked too.
        clear(Rect::new(0, 0, 3, 1), &mut buf);
        assert_eq!(row(&buf, 0), [" ", " ", " ", " ", "字", " "]);
    }

    #[test]
    fn characters_wholly_outside_are_kept() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "中文字", ratatui::style::Style::new());
        clear(Rect::new(2, 0, 2, 1), &mut buf);
        assert_eq!(row(&buf, 0), ["中", " ", " ", " ", "字", " "]);
    }

    #[test]
    fn areas_beyond_the_buffer_are_cut_without_panicking() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        buf.set_string(0, 0, "中文", ratatui::style::Style::new());
        clear(Rect::new(3, 1, 10, 10), &mut buf);
        clear(Rect::new(9, 9, 3, 3), &mut buf);
        assert_eq!(row(&buf, 0), ["中", " ", "文", " "]);
    }
}
