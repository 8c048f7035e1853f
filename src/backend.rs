//! The terminal backend: crossterm's, with a drawing loop that sends fewer bytes.
//!
//! ratatui 0.30's `CrosstermBackend::draw` moves the cursor before every cell that does not
//! directly follow the previous one. After a wide character the next cell drawn is two
//! columns on, so every 字 was followed by an `ESC[row;colH` the terminal did not need: it
//! tripled the bytes of Chinese text, which over SSH is time. Upstream fixed this after 0.30
//! (ratatui PR #2721); until a release carries it, this wrapper draws the cells itself and
//! delegates everything else.
//!
//! The caveat of ratatui issue #1396: some terminals draw some wide glyphs (emoji, symbols
//! whose width fonts disagree on) one column wide, and then trusting the width misplaces the
//! rest of the line. So the cursor move is skipped only after characters every terminal
//! draws two columns wide: the CJK, Hangul and full-width blocks.

use std::io::{self, Write};

use crossterm::queue;
use crossterm::style::{Attribute, Color as CrosstermColor, Print, SetAttribute, SetColors};
use crossterm::{cursor::MoveTo, style::Colors};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// crossterm's backend with a drawing loop that knows where the cursor stands after a wide
/// character.
#[derive(Debug)]
pub struct CompactBackend<W: Write> {
    inner: CrosstermBackend<W>,
}

impl<W: Write> CompactBackend<W> {
    /// A backend writing to `writer`.
    pub fn new(writer: W) -> Self {
        Self {
            inner: CrosstermBackend::new(writer),
        }
    }
}

/// How many columns the terminal's cursor advances after printing `symbol`, when every
/// terminal agrees; `None` when it is safer to move the cursor explicitly afterwards.
fn trusted_advance(symbol: &str) -> Option<u16> {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return (symbol.is_ascii() && symbol.len() == 1).then_some(1);
    };
    if c.is_ascii() {
        return (!c.is_ascii_control()).then_some(1);
    }
    if is_surely_wide(c) {
        return Some(2);
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

/// Writes the attributes in `to` that differ from `from`. Removing any attribute resets all
/// of them (and the colours, which the caller re-sends), so no terminal's idea of which
/// reset undoes what matters.
fn queue_modifiers(w: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<bool> {
    let reset = !(from - to).is_empty();
    let added = if reset {
        queue!(w, SetAttribute(Attribute::Reset))?;
        to
    } else {
        to - from
    };
    for (modifier, attribute) in [
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
    ] {
        if added.contains(modifier) {
            queue!(w, SetAttribute(attribute))?;
        }
    }
    Ok(reset)
}

fn crossterm_color(color: Color) -> CrosstermColor {
    ratatui::backend::IntoCrossterm::into_crossterm(color)
}

impl<W: Write> Write for CompactBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

impl<W: Write> Backend for CompactBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let w = &mut self.inner;
        let (mut fg, mut bg) = (Color::Reset, Color::Reset);
        let mut modifier = Modifier::empty();
        // Where the terminal's cursor stands, when we are sure of it.
        let mut cursor: Option<Position> = None;
        for (x, y, cell) in content {
            if cursor != Some(Position { x, y }) {
                queue!(w, MoveTo(x, y))?;
            }
            if cell.modifier != modifier {
                if queue_modifiers(w, modifier, cell.modifier)? {
                    (fg, bg) = (Color::Reset, Color::Reset);
                }
                modifier = cell.modifier;
            }
            if cell.fg != fg || cell.bg != bg {
                let colors = Colors::new(crossterm_color(cell.fg), crossterm_color(cell.bg));
                queue!(w, SetColors(colors))?;
                (fg, bg) = (cell.fg, cell.bg);
            }
            queue!(w, Print(cell.symbol()))?;
            cursor = trusted_advance(cell.symbol()).map(|advance| Position {
                x: x.saturating_add(advance),
                y,
            });
        }
        queue!(
            w,
            SetColors(Colors::new(CrosstermColor::Reset, CrosstermColor::Reset)),
            SetAttribute(Attribute::Reset)
        )
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use ratatui::Terminal;
    use ratatui::layout::Rect;
    use ratatui::style::Style;
    use ratatui::text::{Line, Span};

    /// A writer whose bytes the test can read while the terminal holds it.
    #[derive(Clone, Default)]
    struct Recorder(Rc<RefCell<Vec<u8>>>);

    impl Write for Recorder {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Recorder {
        /// What was written since the last call.
        fn take(&self) -> String {
            String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
        }
    }

    fn terminal(width: u16, height: u16) -> (Terminal<CompactBackend<Recorder>>, Recorder) {
        let recorder = Recorder::default();
        let mut terminal = Terminal::new(CompactBackend::new(recorder.clone())).expect("terminal");
        terminal
            .resize(Rect::new(0, 0, width, height))
            .expect("resize");
        recorder.take();
        (terminal, recorder)
    }

    fn draw(terminal: &mut Terminal<CompactBackend<Recorder>>, line: Line<'static>) {
        terminal
            .draw(|frame| frame.render_widget(line, frame.area()))
            .expect("draw");
    }

    fn cursor_moves(text: &str) -> usize {
        text.matches('H').count()
    }

    #[test]
    fn chinese_text_is_sent_without_a_cursor_move_per_character() {
        let (mut terminal, recorder) = terminal(20, 1);
        draw(&mut terminal, Line::raw("地區生產總值增長"));
        let text = recorder.take();
        assert!(text.contains("地區生產總值增長"), "{text:?}");
        // One move to start the line; none between the characters.
        assert_eq!(cursor_moves(&text), 1, "{text:?}");
    }

    #[test]
    fn the_cursor_is_moved_after_a_glyph_terminals_disagree_on() {
        // ⚡ is wide by Unicode but drawn narrow by some terminals: move explicitly after it.
        let (mut terminal, recorder) = terminal(20, 1);
        draw(&mut terminal, Line::raw("⚡ab"));
        let text = recorder.take();
        assert!(text.contains("\u{1b}[1;3Hab"), "{text:?}");
    }

    #[test]
    fn a_gap_in_the_changed_cells_moves_the_cursor() {
        let (mut terminal, recorder) = terminal(10, 1);
        draw(&mut terminal, Line::raw("abcdef"));
        recorder.take();
        draw(&mut terminal, Line::raw("xbcdeY"));
        let text = recorder.take();
        assert!(text.contains("\u{1b}[1;1Hx"), "{text:?}");
        assert!(text.contains("\u{1b}[1;6HY"), "{text:?}");
    }

    #[test]
    fn styles_are_sent_when_they_change_and_reset_at_the_end() {
        let (mut terminal, recorder) = terminal(10, 1);
        let line = Line::from(vec![
            Span::styled("ab", Style::new().bold()),
            Span::raw("cd"),
        ]);
        draw(&mut terminal, line);
        let text = recorder.take();
        let bold = text.find("\u{1b}[1m").expect("bold on");
        let a = text.find('a').expect("a");
        let reset = text[a..].find("\u{1b}[0m").map(|i| i + a).expect("reset");
        let c = text.find('c').expect("c");
        assert!(bold < a && a < reset && reset < c, "{text:?}");
    }

    #[test]
    fn a_frame_that_changes_nothing_sends_no_cells() {
        let (mut terminal, recorder) = terminal(20, 1);
        draw(&mut terminal, Line::raw("光伏產業"));
        recorder.take();
        draw(&mut terminal, Line::raw("光伏產業"));
        let text = recorder.take();
        assert!(!text.contains('光') && cursor_moves(&text) == 0, "{text:?}");
    }
}
