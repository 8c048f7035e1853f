//! The terminal's pen: the colours and attributes the next character is printed with, and the
//! shortest SGR sequence that changes it.
//!
//! One sequence per change (`ESC[0;1;36m`, not three), only the parts that change, and the
//! 16 standard colours by their short codes (`90` for palette colour 8, not `38;5;8`). Colours
//! 0–7 keep the long form on bold text, where some terminals would brighten the short form.

use std::io::{self, Write};

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

/// Modifiers that show on a blank cell; any other style of a space is invisible.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The SGR parameter of each attribute, in the order they are written.
const ATTRIBUTES: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

/// Colours and attributes, as the terminal has them or as a cell wants them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    /// The pen a cell is drawn with.
    pub fn of(cell: &Cell) -> Self {
        Self {
            fg: cell.fg,
            bg: cell.bg,
            modifier: cell.modifier,
        }
    }

    /// Whether printing `cell` with this pen looks the same as with the cell's own pen: always
    /// for equal pens, and for a space whenever nothing of the pen shows on a blank.
    pub fn draws(&self, cell: &Cell) -> bool {
        let want = Self::of(cell);
        *self == want
            || (cell.symbol() == " "
                && self.bg == want.bg
                && !self.modifier.intersects(VISIBLE_ON_BLANK)
                && !want.modifier.intersects(VISIBLE_ON_BLANK))
    }

    /// Whether erasing (EL, IL, DL) with this pen leaves cells like a default blank cell.
    pub fn erases_plainly(&self) -> bool {
        self.bg == Color::Reset
    }

    /// Writes the shortest sequence that turns this pen into `to`, and becomes `to`.
    pub fn change_to(&mut self, to: Pen, w: &mut impl Write) -> io::Result<()> {
        if *self == to {
            return Ok(());
        }
        let mut params: Vec<String> = Vec::with_capacity(4);
        // Removing an attribute resets them all (and the colours), so no terminal's idea of
        // which reset code undoes what matters.
        let from = if (self.modifier - to.modifier).is_empty() {
            *self
        } else {
            params.push("0".to_string());
            Pen::default()
        };
        let added = to.modifier - from.modifier;
        for (modifier, code) in ATTRIBUTES {
            if added.contains(modifier) {
                params.push(code.to_string());
            }
        }
        let fg = foreground(to.fg, to.modifier);
        if fg != foreground(from.fg, from.modifier) {
            params.push(fg);
        }
        if to.bg != from.bg {
            params.push(background(to.bg));
        }
        *self = to;
        if params.is_empty() {
            return Ok(());
        }
        write!(w, "\x1b[{}m", params.join(";"))
    }
}

/// The palette index of a named colour.
fn palette_index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => i,
        Color::Reset | Color::Rgb(..) => return None,
    })
}

/// The SGR parameters of a foreground colour on text with `modifier`.
fn foreground(color: Color, modifier: Modifier) -> String {
    match (color, palette_index(color)) {
        (Color::Reset, _) => "39".to_string(),
        (Color::Rgb(r, g, b), _) => format!("38;2;{r};{g};{b}"),
        (_, Some(i @ 0..8)) if !modifier.contains(Modifier::BOLD) => (30 + i).to_string(),
        (_, Some(i @ 8..16)) => (90 + i - 8).to_string(),
        (_, i) => format!("38;5;{}", i.unwrap_or_default()),
    }
}

/// The SGR parameters of a background colour.
fn background(color: Color) -> String {
    match (color, palette_index(color)) {
        (Color::Reset, _) => "49".to_string(),
        (Color::Rgb(r, g, b), _) => format!("48;2;{r};{g};{b}"),
        (_, Some(i @ 0..8)) => (40 + i).to_string(),
        (_, Some(i @ 8..16)) => (100 + i - 8).to_string(),
        (_, i) => format!("48;5;{}", i.unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pen(fg: Color, bg: Color, modifier: Modifier) -> Pen {
        Pen { fg, bg, modifier }
    }

    fn change(from: Pen, to: Pen) -> String {
        let mut out = Vec::new();
        let mut current = from;
        current.change_to(to, &mut out).expect("write to a vector");
        assert_eq!(current, to);
        String::from_utf8(out).expect("ASCII")
    }

    #[test]
    fn only_what_changes_is_sent_in_one_sequence() {
        let grey = pen(Color::DarkGray, Color::Reset, Modifier::empty());
        let cyan = pen(Color::Cyan, Color::Reset, Modifier::empty());
        assert_eq!(change(Pen::default(), grey), "\x1b[90m");
        assert_eq!(change(grey, cyan), "\x1b[36m");
        assert_eq!(change(cyan, cyan), "");
        let bold_on_grey = pen(Color::Indexed(200), Color::Gray, Modifier::BOLD);
        assert_eq!(change(cyan, bold_on_grey), "\x1b[1;38;5;200;47m");
    }

    #[test]
    fn removing_an_attribute_resets_and_sets_the_rest_again() {
        let bold_italic = pen(Color::Blue, Color::Reset, Modifier::BOLD | Modifier::ITALIC);
        let italic = pen(Color::Blue, Color::Reset, Modifier::ITALIC);
        assert_eq!(change(bold_italic, italic), "\x1b[0;3;34m");
        assert_eq!(change(italic, Pen::default()), "\x1b[0m");
    }

    #[test]
    fn bold_text_keeps_the_long_form_of_the_eight_basic_colours() {
        let cyan = pen(Color::Cyan, Color::Reset, Modifier::empty());
        let bold_cyan = pen(Color::Cyan, Color::Reset, Modifier::BOLD);
        assert_eq!(change(cyan, bold_cyan), "\x1b[1;38;5;6m");
        let bold_grey = pen(Color::DarkGray, Color::Reset, Modifier::BOLD);
        assert_eq!(change(Pen::default(), bold_grey), "\x1b[1;90m");
    }

    #[test]
    fn a_space_needs_only_its_background() {
        let mut space = Cell::new(" ");
        space.fg = Color::Red;
        space.modifier = Modifier::BOLD;
        let grey = pen(Color::DarkGray, Color::Reset, Modifier::ITALIC);
        assert!(grey.draws(&space));
        space.bg = Color::Blue;
        assert!(!grey.draws(&space));
        let mut underlined = Cell::new(" ");
        underlined.modifier = Modifier::UNDERLINED;
        assert!(!grey.draws(&underlined));
        assert!(!grey.draws(&Cell::new("x")));
    }
}
