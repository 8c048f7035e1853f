//! The interactive explorer: terminal set-up and restore, the event loop, and the search
//! worker that keeps searching off the input path.

use std::io::{Stdout, stdout};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
use ratatui::Terminal;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::app::App;
use crate::app::history::History;
use crate::app::search::SearchRequest;
use crate::backend::CompactBackend;
use crate::cache::Cache;
use crate::cli::Cli;
use crate::clipboard::{self, Copied};
use crate::config::{self, Settings};
use crate::i18n::{Lang, Msg};
use crate::keymap;
use crate::opening::{self, Rest};
use crate::preferences::Preferences;
use crate::probe;
use crate::save_timer::SaveTimer;
use crate::search::{Index, PendingIndex};
use crate::state::{self, State, StateFile};
use crate::text::{self, AmbiguousWidth, sanitize};
use crate::ui;

/// How often the loop looks for search results while one is running.
const RESULT_POLL: Duration = Duration::from_millis(10);

/// How often the loop looks at the library while it loads (to count it, and take it).
const LOADING_POLL: Duration = Duration::from_millis(50);

/// Opens the explorer on the report named on the command line, where reading last stopped.
pub fn run(cli: &Cli, prefs: Preferences) -> Result<ExitCode> {
    let cache = Cache::for_user(cli.no_cache);
    // A table asked for on the command line needs the whole library at once.
    let mut opening = opening::open(&cli.reports, &cache, cli.targets.is_none())?;
    let (state_file, mut remembered, warning) =
        match state::directory().map(|d| StateFile::open(&d.join(state::FILE_NAME))) {
            Some(opened) => (Some(opened.file), opened.state, opened.warning),
            None => (None, State::default(), None),
        };
    let (settings, problem) = match config::path() {
        Some(path) => config::load(&path),
        None => (Settings::defaults(config::no_color_requested()), None),
    };
    let mut terminal = open_terminal().context("cannot open the terminal")?;
    // Before anything is measured: how wide the terminal draws ambiguous characters.
    let ambiguous = prefs.ambiguous_width(probe::ambiguous_width);
    text::fix_ambiguous_width(ambiguous);
    // Wrapped once, at the terminal's width, rather than at a fallback width first.
    let area = terminal.size().map_or(Rect::default(), Rect::from);
    let index = PendingIndex::to_come();
    let mut app = App::with_stored_indexed(
        std::mem::take(&mut opening.reports),
        Arc::clone(&index),
        area,
    );
    app.arriving = opening.rest.as_ref().map(|rest| Arc::clone(&rest.arriving));
    // The index is taken from the cache or built on the search worker's thread, after the
    // first frame is drawn.
    let make_index = opening.index_maker(app.stored_reports(), cache);
    app.keymap = settings.keymap;
    app.theme = settings.theme;
    app.borders = settings.borders;
    app.prefs = Preferences {
        ascii: prefs.ascii || ambiguous == AmbiguousWidth::Wide,
        ..prefs
    };
    app.show_in(prefs.script);
    app.switch_to(opening.start);
    if let Some(problem) = &problem {
        let first = problem.to_string();
        let first = first.lines().next().unwrap_or_default();
        app.message = Some(prefs.lang.fill(Msg::ConfigIgnored, &[&first]));
    }
    let outcome = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
        .context("cannot enable the mouse and bracketed paste")
        .and_then(|()| {
            event_loop(
                &mut terminal,
                app,
                SearchWorker::start(index, make_index),
                opening.rest.as_ref(),
                cli,
                &mut remembered,
                state_file.as_ref(),
            )
        });
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    if let Some(Ok(arrival)) = opening.rest.and_then(|rest| rest.arriving.get()).as_deref() {
        for skipped in &arrival.skipped {
            eprintln!("baogao: warning: {skipped}");
        }
    }
    if let Some(warning) = warning {
        eprintln!("baogao: {}", sanitize(&warning));
    }
    if let Some(problem) = problem {
        let ignored = prefs.lang.text(Msg::ConfigIgnoredDefaults);
        eprintln!("baogao: {ignored}\n{problem}");
    }
    if let (Ok(()), Some(file)) = (&outcome, &state_file)
        && let Err(e) = file.save(&remembered)
    {
        let e = sanitize(&e);
        eprintln!("baogao: {}", prefs.lang.fill(Msg::PositionNotSaved, &[&e]));
    }
    outcome.map(|()| ExitCode::SUCCESS)
}

/// The explorer's terminal: crossterm with fewer bytes per frame (`crate::backend`).
type ExplorerTerminal = Terminal<CompactBackend<Stdout>>;

/// Raw mode and the alternate screen, restored by a panic hook as `ratatui::init` does.
fn open_terminal() -> std::io::Result<ExplorerTerminal> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        previous(info);
    }));
    install_panic_message();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    Terminal::new(CompactBackend::new(stdout()))
}

fn event_loop(
    terminal: &mut ExplorerTerminal,
    mut app: App,
    worker: SearchWorker,
    loading: Option<&Rest>,
    cli: &Cli,
    remembered: &mut State,
    state_file: Option<&StateFile>,
) -> Result<()> {
    // Polling once starts crossterm's event source, which catches SIGWINCH from then on:
    // a resize before the first read would otherwise be lost and the screen left stale.
    event::poll(Duration::ZERO)?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    app.remember(&remembered.positions);
    app.history = History {
        jumps: remembered.jumps.clone(),
        queries: remembered.queries.clone(),
        bookmarks: remembered.bookmarks.clone(),
    };
    if let Some(query) = cli.targets.as_deref() {
        app.open_table(query);
    }
    // From here on, a reading position that changes is saved once the keys are still.
    keep(&app, remembered);
    let mut seen = app.positions();
    let clipboard = clipboard::Environment::detect();
    let mut timer = SaveTimer::default();
    while app.running {
        if let Some(rest) = loading {
            follow_loading(&mut app, rest)?;
        }
        terminal.draw(|frame| ui::draw(&app, frame))?;
        // The rest of the library loads once the first frame is out.
        if let Some(rest) = loading {
            rest.load();
        }
        panic_if_asked();
        if let Some(request) = app.take_search_request() {
            worker.submit(request);
        }
        // While a search runs, wake up often to show its answer; while the library loads,
        // now and then to count it; while a moved position waits to be saved, when it is
        // due; otherwise sleep on input.
        let poll = if app.search_pending() {
            Some(RESULT_POLL)
        } else {
            app.arriving.is_some().then_some(LOADING_POLL)
        };
        let wait = match (poll, timer.wait(Instant::now())) {
            (Some(poll), save) => Some(save.map_or(poll, |s| s.min(poll))),
            (None, save) => save,
        };
        let input = match wait {
            Some(wait) if !event::poll(wait)? => None,
            _ => Some(event::read()?),
        };
        let action = match input {
            Some(Event::Key(key)) => app.keymap.action_for(app.mode(), key),
            Some(Event::Mouse(mouse)) => keymap::mouse_action(mouse),
            Some(Event::Resize(width, height)) => Some(Action::Resize(width, height)),
            Some(Event::Paste(text)) => Some(Action::Paste(text)),
            Some(_) => None,
            None => worker.answer(),
        };
        if let Some(action) = action {
            app.update(action);
        }
        while let Some(answer) = worker.answer() {
            app.update(answer);
        }
        if let Some(line) = app.take_copy_request() {
            let said = copy(&line, &clipboard, app.prefs.lang);
            app.update(Action::Notify(said));
        }
        if std::mem::take(&mut app.redraw_request) {
            // Resizing to the same size clears the screen and forgets the last frame.
            let size = terminal.size()?;
            terminal.resize(Rect::new(0, 0, size.width, size.height))?;
        }
        let now = Instant::now();
        let positions = app.positions();
        if positions != seen {
            seen = positions;
            timer.moved(now);
        }
        if app.take_save_request() || timer.is_due(now) {
            timer.saved();
            keep(&app, remembered);
            if let Some(Err(e)) = state_file.map(|file| file.save(remembered)) {
                let said = app.prefs.lang.fill(Msg::StateNotSaved, &[&e]);
                app.update(Action::Notify(said));
            }
        }
    }
    keep(&app, remembered);
    Ok(())
}

/// Takes the rest of the library into the explorer once it has loaded, and until then
/// counts it on the status line; an error when it could not be opened.
fn follow_loading(app: &mut App, rest: &Rest) -> Result<()> {
    if let Some(Err(why)) = rest.arriving.get().as_deref() {
        anyhow::bail!("{why}");
    }
    if app.arriving.is_some() && !app.take_library_if_arrived() {
        app.loading = rest.shown_progress();
    }
    Ok(())
}

/// Copies what the explorer remembers into the state to save: positions, jumps, queries,
/// bookmarks.
fn keep(app: &App, remembered: &mut State) {
    remembered.positions.extend(app.positions());
    remembered.jumps = app.history.jumps.clone();
    remembered.queries = app.history.queries.clone();
    remembered.bookmarks = app.history.bookmarks.clone();
}

/// Puts `line` on the clipboard and says how, in `lang`, for the status line.
fn copy(line: &str, environment: &clipboard::Environment, lang: Lang) -> String {
    match clipboard::copy(line, &mut stdout(), environment) {
        Ok(Copied::Sent { tool }) => {
            let how = tool.map_or_else(
                || "OSC 52".to_string(),
                |t| lang.fill(Msg::CopiedWithTool, &[&t]),
            );
            lang.fill(Msg::Copied, &[&how, &line])
        }
        Ok(Copied::TooLong) => lang.text(Msg::CopyTooLong).to_string(),
        Err(e) => lang.fill(Msg::CopyFailed, &[&e]),
    }
}

/// Runs searches on a thread of its own; a newer query cancels the one running.
struct SearchWorker {
    requests: Sender<SearchRequest>,
    answers: Receiver<Action>,
    latest: Arc<AtomicU64>,
}

impl SearchWorker {
    /// Starts the worker, which first makes the index with `make_index` and sets it in
    /// `index`; queries sent meanwhile wait, and the newest of them is answered first.
    fn start(
        index: Arc<PendingIndex>,
        make_index: impl FnOnce() -> Index + Send + 'static,
    ) -> Self {
        let (requests, inbox) = channel::<SearchRequest>();
        let (outbox, answers) = channel();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        std::thread::spawn(move || {
            // A panic making it (a bug) leaves an empty index rather than a wait forever.
            let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(make_index));
            index.set(made.unwrap_or_else(|_| Index::build_all::<crate::model::Report>(&[])));
            let index = index.wait();
            while let Ok(mut request) = inbox.recv() {
                // Skip straight to the newest query typed.
                while let Ok(newer) = inbox.try_recv() {
                    request = newer;
                }
                if let Some(answer) = answer(&index, &request, &|| {
                    newest.load(Ordering::Relaxed) != request.generation
                }) && outbox.send(answer).is_err()
                {
                    break;
                }
            }
        });
        Self {
            requests,
            answers,
            latest,
        }
    }

    fn submit(&self, request: SearchRequest) {
        self.latest.store(request.generation, Ordering::Relaxed);
        // The worker only stops when the loop has ended, so a failed send changes nothing.
        let _ = self.requests.send(request);
    }

    fn answer(&self) -> Option<Action> {
        self.answers.try_recv().ok()
    }
}

/// Runs one search; `None` when cancelled.
pub fn answer(
    index: &Index,
    request: &SearchRequest,
    cancelled: &dyn Fn() -> bool,
) -> Option<Action> {
    let found = index.search_bounded(&request.query, request.bounds, cancelled)?;
    Some(Action::SearchDone {
        generation: request.generation,
        query: request.query.clone(),
        found,
    })
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
        let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
        previous(info);
        eprintln!(
            "baogao crashed: this is a bug. Please report it with the message above and the \
             command you ran (see \"Reporting problems\" in the README)."
        );
    }));
}
