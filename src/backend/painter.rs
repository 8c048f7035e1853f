//! Writing cells to the terminal: the cheapest cursor move, the pen, and the changes that turn
//! one screen into another.

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Position;

use unicode_width::UnicodeWidthStr;

use super::pen::Pen;
use crate::text::{self, AmbiguousWidth};

/// Where the terminal's cursor and pen are, as far as we know, while bytes are written.
#[derive(Debug, Default)]
pub struct Painter {
    /// The cursor's position when known; unknown after glyphs terminals disagree on and at the
    /// right edge (the pending wrap).
    pub cursor: Option<Position>,
    /// The pen the terminal has.
    pub pen: Pen,
}

impl Painter {
    /// Moves the cursor to `to` with the shortest sequence.
    pub fn move_to(&mut self, to: Position, w: &mut impl Write) -> io::Result<()> {
        if self.cursor != Some(to) {
            w.write_all(cheapest_move(self.cursor, to).as_bytes())?;
            self.cursor = Some(to);
        }
        Ok(())
    }

    /// Prints `cell` where the cursor stands, `width` columns from the left edge.
    pub fn print(&mut self, cell: &Cell, width: u16, w: &mut impl Write) -> io::Result<()> {
        if !self.pen.draws(cell) {
            self.pen.change_to(Pen::of(cell), w)?;
        }
        w.write_all(cell.symbol().as_bytes())?;
        self.cursor = self.cursor.and_then(|at| {
            let x = at.x.saturating_add(trusted_advance(cell.symbol())?);
            (x < width).then_some(Position { x, y: at.y })
        });
        Ok(())
    }

    /// Writes what turns the screen `shown` into `next` (same area), and makes `shown` what
    /// the terminal then shows. Erases to the end of a line where the rest of it is blank, and
    /// reprints unchanged cells between two changes when that is shorter than moving over them.
    pub fn paint(
        &mut self,
        shown: &mut Buffer,
        next: &Buffer,
        w: &mut impl Write,
    ) -> io::Result<()> {
        let mut scratch = Vec::new();
        for y in next.area.top()..next.area.bottom() {
            // A second pass repaints what the first left unknown on its left, which a left to
            // right sweep does not do (a safeguard: it is always painted first).
            for _ in 0..2 {
                self.paint_row(shown, next, y, &mut scratch, w)?;
                if !(next.area.left()..next.area.right()).any(|x| shown[(x, y)] == UNKNOWN) {
                    break;
                }
            }
        }
        Ok(())
    }

    /// One row of [`Painter::paint`], left to right.
    fn paint_row(
        &mut self,
        shown: &mut Buffer,
        next: &Buffer,
        y: u16,
        scratch: &mut Vec<u8>,
        w: &mut impl Write,
    ) -> io::Result<()> {
        let right = next.area.right();
        let mut x = next.area.left();
        while x < right {
            let at = Position { x, y };
            let cell = &next[at];
            let width = columns(cell.symbol());
            if cell.diff_option != CellDiffOption::None || shown[at] == *cell {
                x = x.saturating_add(width);
                continue;
            }
            if !self.bridge(next, at, scratch) {
                self.move_to(at, w)?;
            }
            w.write_all(scratch)?;
            scratch.clear();
            if right - x > 3 && blank_to_end(next, at) {
                if !self.pen.erases_plainly() {
                    self.pen.change_to(Pen::default(), w)?;
                }
                w.write_all(b"\x1b[K")?;
                orphan_left(shown, at);
                for x in x..right {
                    shown[(x, y)] = Cell::EMPTY;
                }
                return Ok(());
            }
            self.print(cell, next.area.width, w)?;
            overwrite(shown, at, cell, width.min(right - x));
            x = x.saturating_add(width);
        }
        Ok(())
    }

    /// Writes into `out` the unchanged cells from the cursor up to `to` on the same row when
    /// that is shorter than a cursor move; says whether it did.
    fn bridge(&mut self, next: &Buffer, to: Position, out: &mut Vec<u8>) -> bool {
        let Some(from) = self.cursor.filter(|c| c.y == to.y && c.x < to.x) else {
            return false;
        };
        let move_cost = cheapest_move(Some(from), to).len();
        let mut trial = Painter {
            cursor: Some(from),
            pen: self.pen,
        };
        while let Some(at) = trial.cursor.filter(|c| c.x < to.x) {
            let cell = &next[at];
            if cell.diff_option != CellDiffOption::None
                || trusted_advance(cell.symbol()).is_none()
                || trial.print(cell, next.area.width, out).is_err()
                || out.len() >= move_cost
            {
                out.clear();
                return false;
            }
        }
        if trial.cursor == Some(to) {
            *self = trial;
            true
        } else {
            out.clear();
            false
        }
    }
}

/// A cell whose content is not known: the half of a wide character that another character
/// overwrote the other half of, which terminals blank in their own way. It equals no cell
/// ratatui draws, so it is always painted again.
const UNKNOWN: Cell = Cell::new("\u{fffd}\u{fffd}");

/// How many columns ratatui gives `symbol` (at least one).
fn columns(symbol: &str) -> u16 {
    (symbol.width() as u16).max(1)
}

/// Whether `cell` of a screen is a wide character, covering the cell after it.
fn is_wide(cell: &Cell) -> bool {
    *cell != UNKNOWN && columns(cell.symbol()) > 1
}

/// Records in `shown` that `cell`, `width` columns wide, was printed at `at`: the cells it
/// covers are blank, and a wide character it overwrote half of is lost.
fn overwrite(shown: &mut Buffer, at: Position, cell: &Cell, width: u16) {
    orphan_left(shown, at);
    let last = Position {
        x: at.x + width - 1,
        y: at.y,
    };
    if is_wide(&shown[last])
        && let Some(orphan) = shown.cell_mut((last.x.saturating_add(1), at.y))
    {
        *orphan = UNKNOWN;
    }
    shown[at] = cell.clone();
    for x in at.x + 1..at.x + width {
        shown[(x, at.y)] = Cell::EMPTY;
    }
}

/// Writing at `at` loses the wide character that covers it from the column before.
fn orphan_left(shown: &mut Buffer, at: Position) {
    if at.x > shown.area.left() {
        let before = Position {
            x: at.x - 1,
            y: at.y,
        };
        if is_wide(&shown[before]) {
            shown[before] = UNKNOWN;
        }
    }
}

/// Whether every cell from `at` to the end of its row is a plain blank.
fn blank_to_end(next: &Buffer, at: Position) -> bool {
    (at.x..next.area.right()).all(|x| {
        let cell = &next[(x, at.y)];
        cell.symbol() == " "
            && Pen::default().draws(cell)
            && cell.diff_option == CellDiffOption::None
    })
}

/// The shortest sequence that moves the cursor from `from` (unknown: `None`) to `to`. Only
/// escape sequences: no CR, LF or BS, so that the output holds no bare control character
/// (the adversarial tests look for any) and does not depend on the tty's newline translation.
fn cheapest_move(from: Option<Position>, to: Position) -> String {
    let (row, column) = (to.y + 1, to.x + 1);
    let absolute = match (to.x, to.y) {
        (0, 0) => "\x1b[H".to_string(),
        (0, _) => format!("\x1b[{row}H"),
        _ => format!("\x1b[{row};{column}H"),
    };
    let Some(from) = from else {
        return absolute;
    };
    let horizontal = |from_x: u16| match to.x {
        x if x == from_x => String::new(),
        0 => "\x1b[G".to_string(),
        x if x > from_x => forward(x - from_x),
        _ => format!("\x1b[{column}G"),
    };
    let relative = if to.y == from.y {
        Some(horizontal(from.x))
    } else if to.y == from.y + 1 {
        // Cursor next line (CNL): the first column of the next row.
        Some(format!("\x1b[E{}", horizontal(0)))
    } else {
        None
    };
    relative
        .filter(|r| r.len() < absolute.len())
        .unwrap_or(absolute)
}

/// Cursor forward by `n` columns.
fn forward(n: u16) -> String {
    if n == 1 {
        "\x1b[C".to_string()
    } else {
        format!("\x1b[{n}C")
    }
}

/// How many columns the terminal's cursor advances after printing `symbol`, when every
/// terminal agrees; `None` when it is safer to move the cursor explicitly afterwards.
pub fn trusted_advance(symbol: &str) -> Option<u16> {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if c.is_ascii() {
        return (!c.is_ascii_control()).then_some(1);
    }
    if is_surely_wide(c) {
        return Some(2);
    }
    // An ambiguous character is as wide as the terminal was found (or told) to draw them.
    let ambiguous =
        unicode_width::UnicodeWidthChar::width_cjk(c) != unicode_width::UnicodeWidthChar::width(c);
    if ambiguous && text::ambiguous_width() == AmbiguousWidth::Wide {
        return None;
    }
    match unicode_width::UnicodeWidthChar::width(c) {
        Some(1) => Some(1),
        _ => None,
    }
}

/// Characters that every terminal draws two columns wide: CJK ideographs and punctuation,
/// kana, Hangul and the full-width forms.
fn is_surely_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{2FFFD}'
        | '\u{30000}'..='\u{3FFFD}')
}
