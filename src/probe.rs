//! Asking the terminal how wide it draws an East Asian Ambiguous character: write one at the
//! start of a line, ask where the cursor is (`CSI 6n`), read the answer.
//!
//! crossterm's `cursor::position` sends the query and waits for the answer for up to two
//! seconds, keeping any key pressed meanwhile queued for the event loop, so the answer is never
//! taken for a key press and no key is lost. No answer means narrow.

use std::io::{Write, stdout};

use crossterm::cursor::{MoveTo, MoveToColumn, position};
use crossterm::queue;
use crossterm::terminal::{Clear, ClearType};

use crate::text::AmbiguousWidth;

/// The character asked about: the middle dot, ambiguous and common in reports (`竹垞有約·書香`).
const PROBE: &str = "\u{b7}";

/// How wide the terminal draws ambiguous characters, or None if it did not say. Call it with
/// the terminal in raw mode; the probe is erased again.
pub fn ambiguous_width() -> Option<AmbiguousWidth> {
    let mut out = stdout();
    queue!(out, MoveTo(0, 0)).ok()?;
    out.write_all(PROBE.as_bytes()).ok()?;
    out.flush().ok()?;
    let answer = position();
    let _ = queue!(out, MoveToColumn(0), Clear(ClearType::CurrentLine));
    let _ = out.flush();
    width_from_column(answer.ok()?.0)
}

/// The rule a cursor column (0-based, after one probe character from column 0) shows.
fn width_from_column(column: u16) -> Option<AmbiguousWidth> {
    match column {
        1 => Some(AmbiguousWidth::Narrow),
        2 => Some(AmbiguousWidth::Wide),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_column_after_the_probe_names_the_width() {
        assert_eq!(width_from_column(1), Some(AmbiguousWidth::Narrow));
        assert_eq!(width_from_column(2), Some(AmbiguousWidth::Wide));
        assert_eq!(width_from_column(0), None);
        assert_eq!(width_from_column(7), None);
    }
}
