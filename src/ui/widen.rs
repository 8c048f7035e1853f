//! Room for ambiguous characters on terminals that draw them two columns wide.
//!
//! ratatui puts an East Asian Ambiguous character (“ ” · — ≥ Ⅲ) in one cell. A terminal set to
//! draw them wide takes two columns, pushing the rest of the line one column right. The
//! layout already measures them as two (`text::width` under the wide rule), so each line
//! leaves that room blank at its end; here, after drawing, the cells after each ambiguous
//! character move right by one inside their area and the cell it covers is skipped, so the
//! terminal's glyph lands on it. Under the narrow rule nothing changes.

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Rect;

use crate::text::{self, AmbiguousWidth};

/// Makes room for wide ambiguous characters in every row of `area`.
pub fn widen(area: Rect, buf: &mut Buffer) {
    if text::ambiguous_width() != AmbiguousWidth::Wide {
        return;
    }
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        widen_row(area.left(), area.right(), y, buf);
    }
}

/// [`widen`] for a bordered box: its inside, and its title row between the corners.
pub fn widen_framed(area: Rect, buf: &mut Buffer) {
    widen(crate::layout::inner(area), buf);
    let title = Rect::new(
        area.x.saturating_add(1),
        area.y,
        area.width.saturating_sub(2),
        area.height.min(1),
    );
    widen(title, buf);
}

/// True for a cell whose symbol the wide rule counts wider than ratatui does.
fn widens(symbol: &str) -> bool {
    AmbiguousWidth::Wide.width(symbol) > AmbiguousWidth::Narrow.width(symbol)
}

/// Widens one row between columns `left` and `right` (exclusive).
fn widen_row(left: u16, right: u16, y: u16, buf: &mut Buffer) {
    let cells: Vec<Cell> = (left..right).map(|x| buf[(x, y)].clone()).collect();
    if !cells.iter().any(|c| widens(c.symbol())) {
        return;
    }
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len() * 2);
    for (i, cell) in cells.iter().enumerate() {
        out.push(cell.clone());
        // A row widened before already has its skipped cell.
        let covered = cells
            .get(i + 1)
            .is_some_and(|next| next.diff_option == CellDiffOption::Skip);
        if widens(cell.symbol()) && !covered {
            let mut skipped = cell.clone();
            skipped
                .set_symbol(" ")
                .set_diff_option(CellDiffOption::Skip);
            out.push(skipped);
        }
    }
    out.truncate(cells.len());
    // An ambiguous character left in the last column would spill past the area.
    if let Some(last) = out.last_mut()
        && widens(last.symbol())
    {
        last.set_symbol(" ");
    }
    for (x, cell) in (left..right).zip(out) {
        buf[(x, y)] = cell;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(buf: &Buffer) -> String {
        (0..buf.area.width)
            .map(|x| {
                let cell = &buf[(x, 0)];
                if cell.diff_option == CellDiffOption::Skip {
                    "_"
                } else {
                    cell.symbol()
                }
            })
            .collect()
    }

    #[test]
    fn cells_after_an_ambiguous_character_move_right_and_the_covered_one_is_skipped() {
        let mut buf = Buffer::with_lines(["|a·b“c”   |"]);
        widen_row(1, 10, 0, &mut buf);
        assert_eq!(row(&buf), "|a·_b“_c”_|");
        // Widening again changes nothing.
        widen_row(1, 10, 0, &mut buf);
        assert_eq!(row(&buf), "|a·_b“_c”_|");
    }

    #[test]
    fn an_ambiguous_character_pushed_to_the_edge_is_blanked() {
        let mut buf = Buffer::with_lines(["ab·"]);
        widen_row(0, 3, 0, &mut buf);
        assert_eq!(row(&buf), "ab ");
    }
}
