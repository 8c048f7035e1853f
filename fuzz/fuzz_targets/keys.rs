//! Any sequence of actions at any sizes, drawn after each one, never panics.
#![no_main]

use std::sync::OnceLock;

use baogao::action::{Action, Pane};
use baogao::app::App;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

#[derive(Debug, Arbitrary)]
enum Step {
    Move(i8),
    Page(i8),
    First,
    Last,
    Tab,
    Focus(u8),
    Enter,
    Toggle,
    Collapse,
    Expand,
    Prev,
    Next,
    Table,
    Category(i8),
    Filter,
    Input(char),
    Backspace,
    Word,
    Cursor(i8),
    Search,
    Result(i8),
    Help,
    Esc,
    Click(u16, u16),
    Wheel(u16, u16, i8),
    Resize(u16, u16),
}

fn action(step: Step) -> Action {
    match step {
        Step::Move(n) => Action::Move(n.into()),
        Step::Page(n) => Action::Page(n.into()),
        Step::First => Action::First,
        Step::Last => Action::Last,
        Step::Tab => Action::FocusNext,
        Step::Focus(n) => Action::Focus(Pane::ALL[usize::from(n) % 3]),
        Step::Enter => Action::Activate,
        Step::Toggle => Action::Toggle,
        Step::Collapse => Action::Collapse,
        Step::Expand => Action::Expand,
        Step::Prev => Action::PrevSection,
        Step::Next => Action::NextSection,
        Step::Table => Action::OpenTable,
        Step::Category(n) => Action::CycleCategory(n.into()),
        Step::Filter => Action::StartFilter,
        Step::Input(c) => Action::Input(c),
        Step::Backspace => Action::Backspace,
        Step::Word => Action::DeleteWord,
        Step::Cursor(n) => Action::CursorMove(n.into()),
        Step::Search => Action::OpenSearch,
        Step::Result(n) => Action::NextResult(n.into()),
        Step::Help => Action::OpenHelp,
        Step::Esc => Action::Close,
        Step::Click(column, row) => Action::Click { column: column % 400, row: row % 200 },
        Step::Wheel(column, row, n) => Action::Scroll { column: column % 400, row: row % 200, lines: n.into() },
        Step::Resize(w, h) => Action::Resize(w % 400, h % 200),
    }
}

/// An explorer on the embedded report, built once (the index takes a while) and cloned per run.
fn fresh_app() -> App {
    static APP: OnceLock<App> = OnceLock::new();
    APP.get_or_init(|| App::new(baogao::load::embedded().expect("embedded report"), Rect::default()))
        .clone()
}

fuzz_target!(|input: (u8, u8, Vec<Step>)| {
    let (w, h, steps) = input;
    let (w, h) = (u16::from(w), u16::from(h) / 2);
    let mut app = fresh_app();
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    for step in steps.into_iter().take(64) {
        let action = action(step);
        if let Action::Resize(w, h) = action {
            terminal.backend_mut().resize(w, h);
            terminal.resize(Rect::new(0, 0, w, h)).expect("resize");
        }
        app.update(action);
        terminal.draw(|frame| baogao::ui::draw(&app, frame)).expect("draw");
    }
});
