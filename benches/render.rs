//! Loading and drawing: parse + validate the embedded dataset, wrap the document, and draw a
//! frame or scroll a line at x1 and x100 (the report repeated), to show that a long report
//! draws as fast as a short one. Run with `cargo bench --bench render`.

use std::sync::LazyLock;

use baogao::action::Action;
use baogao::app::App;
use baogao::app::document::Document;
use baogao::load;
use baogao::model::Report;
use baogao::ui;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

static BASE: LazyLock<Report> = LazyLock::new(|| load::embedded().expect("embedded dataset"));

fn main() {
    divan::main();
}

#[divan::bench]
fn load_embedded() -> Report {
    load::embedded().expect("embedded dataset")
}

#[divan::bench(args = [1, 100])]
fn wrap_document(bencher: Bencher, times: usize) {
    let doc = Document::new(&BASE.repeated(times));
    bencher.bench(|| doc.wrap(divan::black_box(56)));
}

/// An explorer at 120x40 on the report repeated `times` times, reading its middle.
fn app_in_the_middle(times: usize) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(BASE.repeated(times), Rect::default());
    app.update(Action::Resize(120, 40));
    app.update(Action::Move((app.view().wrapped.lines.len() / 2) as isize));
    (
        app,
        Terminal::new(TestBackend::new(120, 40)).expect("terminal"),
    )
}

#[divan::bench(args = [1, 100])]
fn draw_frame(bencher: Bencher, times: usize) {
    let (app, mut terminal) = app_in_the_middle(times);
    bencher.bench_local(|| {
        terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
    });
}

#[divan::bench(args = [1, 100])]
fn scroll_a_line_and_draw(bencher: Bencher, times: usize) {
    let (mut app, mut terminal) = app_in_the_middle(times);
    let mut step = 1;
    bencher.bench_local(|| {
        step = -step;
        app.update(Action::Move(step));
        terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
    });
}
