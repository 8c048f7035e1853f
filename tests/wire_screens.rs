//! The terminal shows every frame exactly, however few bytes were sent: the explorer is driven
//! by random keys, wheel turns and resizes, each frame goes through the compact backend
//! (scroll regions, skipped cells, erased line ends, short moves and colour changes) into a
//! terminal emulator (vt100), and the emulator's screen must show what the frame holds, cell
//! by cell, as a person sees it.

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use baogao::action::Action;
use baogao::app::App;
use baogao::backend::CompactBackend;
use baogao::load;
use baogao::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// A writer whose bytes the test reads while the terminal holds it.
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

/// A terminal of `width` x `height`: the compact backend writing into an emulator.
struct Screen {
    terminal: Terminal<CompactBackend<Recorder>>,
    recorder: Recorder,
    emulator: vt100::Parser,
}

impl Screen {
    fn new(width: u16, height: u16) -> Self {
        let recorder = Recorder::default();
        let backend = CompactBackend::with_size(recorder.clone(), Size::new(width, height));
        let emulator = vt100::Parser::new(
            height.try_into().expect("rows"),
            width.try_into().expect("columns"),
            0,
        );
        Self {
            terminal: Terminal::new(backend).expect("terminal"),
            recorder,
            emulator,
        }
    }

    /// Draws the app; returns the frame and what the emulator shows after it.
    fn draw(&mut self, app: &App) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let frame = self
            .terminal
            .draw(|frame| ui::draw(app, frame))
            .expect("draw")
            .buffer
            .clone();
        let bytes = std::mem::take(&mut *self.recorder.0.borrow_mut());
        self.emulator.process(&bytes);
        (
            frame_picture(&frame),
            screen_picture(self.emulator.screen()),
        )
    }
}

fn app(width: u16, height: u16) -> App {
    let report = load::embedded().expect("embedded report");
    let mut app = App::with_reports(vec![report], Rect::default());
    app.update(Action::Resize(width, height));
    app
}

/// A cell as a person sees it: its text and, where they show, its colours and attributes (a
/// blank shows only its background, unless reversed or underlined).
fn seen(
    text: &str,
    fg: String,
    bg: String,
    bold: bool,
    italic: bool,
    under: bool,
    rev: bool,
) -> String {
    if text.trim().is_empty() && !rev && !under {
        format!("[{bg}]")
    } else {
        format!("{text} {fg}/{bg} b{bold} i{italic} u{under} r{rev}")
    }
}

fn color_name(color: Color) -> String {
    let index = match color {
        Color::Reset => return "default".into(),
        Color::Rgb(r, g, b) => return format!("#{r:02x}{g:02x}{b:02x}"),
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
    };
    format!("{index}")
}

fn vt_color_name(color: vt100::Color) -> String {
    match color {
        vt100::Color::Default => "default".into(),
        vt100::Color::Idx(i) => format!("{i}"),
        vt100::Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
    }
}

/// The frame as the terminal should show it: a wide character covers the cell after it.
fn frame_picture(buffer: &Buffer) -> Vec<Vec<String>> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut row = Vec::new();
            let mut x = area.left();
            while x < area.right() {
                let cell = &buffer[(x, y)];
                let m = cell.modifier;
                row.push(seen(
                    cell.symbol(),
                    color_name(cell.fg),
                    color_name(cell.bg),
                    m.contains(Modifier::BOLD),
                    m.contains(Modifier::ITALIC),
                    m.contains(Modifier::UNDERLINED),
                    m.contains(Modifier::REVERSED),
                ));
                let width = cell.symbol().width().max(1) as u16;
                for _ in 1..width {
                    row.push("(covered)".into());
                }
                x = x.saturating_add(width);
            }
            row.truncate(usize::from(area.width));
            row
        })
        .collect()
}

/// What the emulator shows.
fn screen_picture(screen: &vt100::Screen) -> Vec<Vec<String>> {
    let (rows, columns) = screen.size();
    (0..rows.get())
        .map(|y| {
            (0..columns.get())
                .map(|x| match screen.cell(y, x) {
                    Some(cell) if cell.is_wide_continuation() => "(covered)".into(),
                    Some(cell) => seen(
                        if cell.has_contents() {
                            cell.contents()
                        } else {
                            " "
                        },
                        vt_color_name(cell.fgcolor()),
                        vt_color_name(cell.bgcolor()),
                        cell.bold(),
                        cell.italic(),
                        cell.underline(),
                        cell.inverse(),
                    ),
                    None => "(outside)".into(),
                })
                .collect()
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Wheel(u16, u16, isize),
    Resize(u16, u16),
}

fn input_strategy() -> impl Strategy<Value = Input> {
    let codes = prop_oneof![
        6 => Just(KeyCode::Char('j')),
        3 => Just(KeyCode::Char('k')),
        1 => Just(KeyCode::PageUp),
        2 => Just(KeyCode::PageDown),
        1 => Just(KeyCode::Home),
        1 => Just(KeyCode::End),
        2 => Just(KeyCode::Tab),
        1 => Just(KeyCode::Enter),
        1 => Just(KeyCode::Esc),
        2 => prop::sample::select("hlgGt?/[]cvyn光 ".chars().collect::<Vec<_>>())
            .prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![6 => Just(KeyModifiers::NONE), 1 => Just(KeyModifiers::CONTROL)];
    let key = (codes, modifiers).prop_map(|(code, m)| Input::Key(KeyEvent::new(code, m)));
    prop_oneof![
        12 => key,
        2 => (0u16..160, 0u16..60, -4isize..=4).prop_map(|(c, r, l)| Input::Wheel(c, r, l)),
        1 => (20u16..=160, 6u16..=60).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_terminal_shows_every_frame_exactly(
        size in (20u16..=160, 6u16..=60),
        inputs in prop::collection::vec(input_strategy(), 1..50),
    ) {
        let mut app = app(size.0, size.1);
        let mut screen = Screen::new(size.0, size.1);
        screen.draw(&app);
        for (step, input) in inputs.iter().enumerate() {
            let action = match input {
                Input::Key(key) => app.keymap.action_for(app.mode(), *key),
                Input::Wheel(column, row, lines) => Some(Action::Scroll {
                    column: *column,
                    row: *row,
                    lines: *lines,
                }),
                Input::Resize(w, h) => {
                    // A resize clears the terminal: a new screen of the new size.
                    screen = Screen::new(*w, *h);
                    Some(Action::Resize(*w, *h))
                }
            };
            let Some(action) = action else { continue };
            if matches!(action, Action::Quit | Action::Redraw) {
                continue;
            }
            app.update(action.clone());
            while let Some(request) = app.take_search_request() {
                let answer = baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
                app.update(answer);
            }
            let (frame, shown) = screen.draw(&app);
            for (y, (want, got)) in frame.iter().zip(&shown).enumerate() {
                prop_assert_eq!(want, got, "row {} after step {} ({:?})", y, step, action);
            }
        }
    }
}
