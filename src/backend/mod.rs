//! The terminal backend: crossterm's, with a drawing loop that sends fewer bytes. Over SSH,
//! bytes are time.
//!
//! ratatui hands the backend the cells that changed since the last frame. This backend keeps
//! two screens: the one ratatui believes it drew (`expected`, to rebuild each whole frame from
//! the changes) and the one the terminal shows (`shown`). Each frame it
//! - lets the terminal scroll when rows of the shown screen reappear shifted ([`scroll`]),
//!   and keeps that only when it is really shorter;
//! - sends only cells that differ from the shown screen, with the shortest cursor move
//!   (relative moves, CR LF, or reprinting a few unchanged cells), erasing the end of a line
//!   instead of printing blanks, and the shortest colour changes ([`pen`]);
//! - skips the cursor move after wide characters. ratatui 0.30's `CrosstermBackend::draw`
//!   moves the cursor after every 字 (fixed upstream after 0.30, ratatui PR #2721); the caveat
//!   of ratatui issue #1396 holds: some terminals draw some wide glyphs (emoji, symbols fonts
//!   disagree on) one column wide, so the move is skipped only after characters every
//!   terminal draws two columns wide (CJK, Hangul, full-width forms);
//! - sends nothing for a frame that changes nothing, not even a cursor already hidden.

mod painter;
mod pen;
mod scroll;

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::terminal::{Clear, ClearType as CrosstermClear};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};

use painter::Painter;
use pen::Pen;
use unicode_width::UnicodeWidthStr;

use crate::text::{self, AmbiguousWidth};

/// crossterm's backend with a drawing loop that sends fewer bytes (see the module docs).
#[derive(Debug)]
pub struct CompactBackend<W: Write> {
    inner: CrosstermBackend<W>,
    /// The size to report instead of asking the terminal (tests and measurements).
    fixed_size: Option<Size>,
    /// What ratatui believes is on the screen.
    expected: Buffer,
    /// What the terminal shows, when known.
    shown: Option<Buffer>,
    painter: Painter,
    cursor_visible: Option<bool>,
    /// Whether to let the terminal scroll (off: the plain diff, to compare against).
    scrolling: bool,
}

impl<W: Write> CompactBackend<W> {
    /// A backend writing to `writer`, a terminal whose size it asks.
    pub fn new(writer: W) -> Self {
        let mut backend = Self::with(writer, None);
        backend.forget_screen();
        backend
    }

    /// A backend writing to `writer` as if to a terminal of `size`, for tests and measurements.
    pub fn with_size(writer: W, size: Size) -> Self {
        let mut backend = Self::with(writer, Some(size));
        backend.forget_screen();
        backend
    }

    fn with(writer: W, fixed_size: Option<Size>) -> Self {
        Self {
            inner: CrosstermBackend::new(writer),
            fixed_size,
            expected: Buffer::empty(Rect::ZERO),
            shown: None,
            painter: Painter::default(),
            cursor_visible: None,
            scrolling: true,
        }
    }

    /// The same backend without scroll regions: every change is drawn cell by cell.
    pub fn without_scrolling(mut self) -> Self {
        self.scrolling = false;
        self
    }

    /// After the screen was cleared: both screens are blank at the current size.
    fn forget_screen(&mut self) {
        let size = self.size().unwrap_or_default();
        self.expected = Buffer::empty(Rect::from((Position::ORIGIN, size)));
        self.shown = Some(self.expected.clone());
        self.painter = Painter::default();
    }

    /// The bytes that turn the shown screen into `next`, scrolling first when that is shorter.
    fn frame_bytes(&self, shown: &Buffer, next: &Buffer) -> io::Result<(Vec<u8>, Painter)> {
        let mut painter = Painter {
            cursor: self.painter.cursor,
            pen: self.painter.pen,
        };
        let mut plain = Vec::new();
        painter.paint(&mut shown.clone(), next, &mut plain)?;
        // Under the wide ambiguous rule ratatui skips the cell after each ambiguous character
        // (`ui::widen`) and never sends it, so rows holding one cannot be moved safely.
        let scrolling = self.scrolling && text::ambiguous_width() == AmbiguousWidth::Narrow;
        let Some(plan) = scrolling.then(|| scroll::plan(shown, next)).flatten() else {
            return Ok((plain, painter));
        };
        let mut scrolled_painter = Painter {
            cursor: None,
            pen: self.painter.pen,
        };
        let mut scrolled = Vec::new();
        if !scrolled_painter.pen.erases_plainly() {
            scrolled_painter
                .pen
                .change_to(Pen::default(), &mut scrolled)?;
        }
        plan.write(next.area.height, &mut scrolled)?;
        let mut moved = shown.clone();
        plan.apply(&mut moved);
        scrolled_painter.paint(&mut moved, next, &mut scrolled)?;
        Ok(if scrolled.len() < plain.len() {
            (scrolled, scrolled_painter)
        } else {
            (plain, painter)
        })
    }
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
        for (x, y, cell) in content {
            if let Some(slot) = self.expected.cell_mut((x, y)) {
                *slot = cell.clone();
            }
            // ratatui never sends the cells a wide character covers: blank them, so that they
            // are not taken for what they held before once uncovered.
            for covered in 1..cell.symbol().width() as u16 {
                if let Some(slot) = self.expected.cell_mut((x.saturating_add(covered), y)) {
                    *slot = Cell::EMPTY;
                }
            }
        }
        let shown = match self.shown.take() {
            Some(shown) => shown,
            None => {
                // Unknown: start from a cleared screen.
                queue!(self.inner, Clear(CrosstermClear::All))?;
                self.painter.cursor = None;
                Buffer::empty(self.expected.area)
            }
        };
        let (bytes, mut painter) = self.frame_bytes(&shown, &self.expected)?;
        self.inner.write_all(&bytes)?;
        painter.pen.change_to(Pen::default(), &mut self.inner)?;
        self.painter = painter;
        self.shown = Some(self.expected.clone());
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.shown = None;
        self.painter.cursor = None;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(false) {
            queue!(self.inner, Hide)?;
            self.cursor_visible = Some(false);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(true) {
            queue!(self.inner, Show)?;
            self.cursor_visible = Some(true);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        match self.painter.cursor {
            Some(position) => Ok(position),
            None => self.inner.get_cursor_position(),
        }
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        if self.painter.cursor != Some(position) {
            queue!(self.inner, MoveTo(position.x, position.y))?;
            self.painter.cursor = Some(position);
        }
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)?;
        if clear_type == ClearType::All {
            self.forget_screen();
        } else {
            // ratatui keeps its screen; ours is no longer known: repaint it all next time.
            self.shown = None;
        }
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        match self.fixed_size {
            Some(size) => Ok(size),
            None => self.inner.size(),
        }
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
    use ratatui::style::Style;
    use ratatui::text::{Line, Span, Text};

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
        let backend = CompactBackend::with_size(recorder.clone(), Size::new(width, height));
        let terminal = Terminal::new(backend).expect("terminal");
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
        // Back to the margin, then four columns on: shorter than reprinting "bcde".
        assert_eq!(recorder.take(), "\u{1b}[Hx\u{1b}[4CY");
    }

    #[test]
    fn an_unchanged_cell_between_two_changes_is_printed_again() {
        let (mut terminal, recorder) = terminal(10, 1);
        draw(&mut terminal, Line::raw("a光b"));
        recorder.take();
        draw(&mut terminal, Line::raw("A光B"));
        assert_eq!(recorder.take(), "\u{1b}[HA光B");
    }

    #[test]
    fn a_line_ending_in_blanks_is_erased_to_its_end() {
        let (mut terminal, recorder) = terminal(12, 2);
        draw(&mut terminal, Line::raw("abcdefghij"));
        recorder.take();
        draw(&mut terminal, Line::raw("ab"));
        assert_eq!(recorder.take(), "\u{1b}[3G\u{1b}[K");
    }

    #[test]
    fn rows_shifted_up_are_scrolled_by_the_terminal() {
        let rows: Vec<String> = (0..14)
            .map(|i| {
                format!(
                    "{i:02} {}",
                    "產業鏈發展光伏玻璃電池組件"
                        .chars()
                        .cycle()
                        .skip(i)
                        .take(12)
                        .collect::<String>()
                )
            })
            .collect();
        let (mut terminal, recorder) = terminal(30, 12);
        let text = |from: usize| {
            Text::from(
                rows[from..from + 12]
                    .iter()
                    .map(|r| Line::raw(r.clone()))
                    .collect::<Vec<_>>(),
            )
        };
        terminal
            .draw(|frame| frame.render_widget(text(0), frame.area()))
            .expect("draw");
        let first = recorder.take();
        terminal
            .draw(|frame| frame.render_widget(text(1), frame.area()))
            .expect("draw");
        let scrolled = recorder.take();
        // One line deleted at the top, the new last line printed: nothing else.
        assert_eq!(scrolled, format!("\u{1b}[H\u{1b}[M\u{1b}[12H{}", rows[12]));
        let mut screen = vt100::Parser::new(
            12.try_into().expect("rows"),
            30.try_into().expect("columns"),
            0,
        );
        screen.process(first.as_bytes());
        screen.process(scrolled.as_bytes());
        for (y, row) in rows[1..13].iter().enumerate() {
            assert_eq!(
                screen.screen().contents_between(y as u16, 0, y as u16, 30),
                *row
            );
        }
    }

    #[test]
    fn a_frame_that_changes_nothing_sends_nothing() {
        let (mut terminal, recorder) = terminal(20, 1);
        draw(&mut terminal, Line::raw("光伏產業"));
        recorder.take();
        draw(&mut terminal, Line::raw("光伏產業"));
        assert_eq!(recorder.take(), "");
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
}
