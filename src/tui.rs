//! The interactive explorer: terminal set-up and restore, and the event loop.

use std::io::stdout;
use std::process::ExitCode;

use anyhow::{Context, Result};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::DefaultTerminal;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::app::App;
use crate::cli::Cli;
use crate::commands::load_reports;
use crate::keymap;
use crate::ui;

/// Opens the explorer on the report named on the command line.
pub fn run(cli: &Cli) -> Result<ExitCode> {
    let mut reports = load_reports(&cli.reports)?;
    let report = reports.remove(0);
    install_panic_message();
    let mut terminal = ratatui::try_init().context("cannot open the terminal")?;
    let outcome = execute!(stdout(), EnableMouseCapture)
        .context("cannot enable the mouse")
        .and_then(|()| {
            event_loop(
                &mut terminal,
                App::new(report, Rect::default()),
                cli.targets.as_deref(),
            )
        });
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    outcome.map(|()| ExitCode::SUCCESS)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut app: App,
    table_query: Option<&str>,
) -> Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    if let Some(query) = table_query {
        app.open_table(query);
    }
    while app.running {
        terminal.draw(|frame| ui::draw(&app, frame))?;
        panic_if_asked();
        let action = match event::read()? {
            Event::Key(key) => keymap::action_for(app.mode(), key),
            Event::Mouse(mouse) => keymap::mouse_action(mouse),
            Event::Resize(width, height) => Some(Action::Resize(width, height)),
            _ => None,
        };
        if let Some(action) = action {
            app.update(action);
        }
    }
    Ok(())
}

/// Debug builds panic after the first frame when `BAOGAO_TEST_PANIC` is set, so tests can
/// check that a crash restores the terminal. Release builds have no such trigger.
#[cfg(debug_assertions)]
fn panic_if_asked() {
    if std::env::var_os("BAOGAO_TEST_PANIC").is_some() {
        panic!("test panic requested by BAOGAO_TEST_PANIC");
    }
}

#[cfg(not(debug_assertions))]
fn panic_if_asked() {}

/// After the terminal is restored (ratatui's hook), say where to report a crash.
fn install_panic_message() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
        eprintln!(
            "baogao crashed: this is a bug. Please report it with the message above and the \
             command you ran (see \"Reporting problems\" in the README)."
        );
    }));
}
