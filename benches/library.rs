//! A library of many reports, as the explorer opens it: copies of the embedded report, each
//! its own RON file with its own id, in a temporary folder: x1, x100 and x1000 (about 43 MB of
//! text in 170 MB of RON). Measured: opening the library cold (every file parsed) and cached
//! (reports left in their cache entries), making its search index, the explorer's first frame
//! (the report shown first opened from the cache to a 120x40 frame drawn; the rest of the
//! library and the index come afterwards, on other threads), and a query typed a keystroke at
//! a time as the explorer searches it. Run with `cargo bench --bench library` (x1000 takes
//! minutes).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{LazyLock, Mutex};

use baogao::app::App;
use baogao::app::search::SEARCH_MOST;
use baogao::cache::Cache;
use baogao::library::{self, Library};
use baogao::load;
use baogao::model::Report;
use baogao::opening;
use baogao::search::{Bounds, Index, PendingIndex};
use baogao::ui;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn main() {
    divan::main();
}

/// A library folder and a cache folder that holds every report of it.
struct Folders {
    library: PathBuf,
    cache: PathBuf,
}

/// The folders of the library of `copies` copies, written on first use (kept until the end).
fn folders(copies: usize) -> &'static Folders {
    static MADE: LazyLock<Mutex<HashMap<usize, &'static Folders>>> = LazyLock::new(Mutex::default);
    let mut made = MADE.lock().expect("not poisoned");
    made.entry(copies).or_insert_with(|| {
        let dir = Box::leak(Box::new(tempfile::tempdir().expect("temporary folder")));
        let library = dir.path().join("reports");
        std::fs::create_dir(&library).expect("library folder");
        let report = load::embedded().expect("embedded dataset");
        for n in 0..copies {
            let ron = baogao::commands::to_ron(&report.numbered(n)).expect("RON");
            std::fs::write(library.join(format!("copy-{n:04}.ron")), ron).expect("write");
        }
        let folders = Folders {
            library,
            cache: dir.path().join("cache"),
        };
        let cached = open(&folders, &Cache::in_folder(folders.cache.clone()));
        assert_eq!(cached.reports.len(), copies);
        Box::leak(Box::new(folders))
    })
}

fn open(folders: &Folders, cache: &Cache) -> Library {
    library::open(std::slice::from_ref(&folders.library), cache).expect("the library opens")
}

/// The reports of the library of `copies` copies.
fn reports(copies: usize) -> Vec<Report> {
    let folders = folders(copies);
    open(folders, &Cache::in_folder(folders.cache.clone())).into_reports()
}

#[divan::bench(consts = [1, 100, 1000], sample_count = 5, sample_size = 1)]
fn open_cold<const COPIES: usize>(bencher: Bencher) {
    let folders = folders(COPIES);
    bencher.bench(|| open(folders, &Cache::off()));
}

#[divan::bench(consts = [1, 100, 1000], sample_count = 10, sample_size = 1)]
fn open_cached<const COPIES: usize>(bencher: Bencher) {
    let folders = folders(COPIES);
    let cache = Cache::in_folder(folders.cache.clone());
    bencher.bench(|| open(folders, &cache));
}

#[divan::bench(consts = [1, 100, 1000], sample_count = 5, sample_size = 1)]
fn build_index<const COPIES: usize>(bencher: Bencher) {
    let reports = reports(COPIES);
    bencher.bench(|| Index::build_all(&reports));
}

/// From nothing to the first frame, as `baogao --report FOLDER` does it with a warm cache:
/// open the report to show first (the rest of the library loads afterwards, on another
/// thread), make the explorer at 120x40 (its index still to come), draw.
#[divan::bench(consts = [1, 100, 1000], sample_count = 10, sample_size = 1)]
fn first_frame<const COPIES: usize>(bencher: Bencher) {
    let folders = folders(COPIES);
    let cache = Cache::in_folder(folders.cache.clone());
    let area = Rect::new(0, 0, 120, 40);
    let paths = [folders.library.clone()];
    bencher.bench(|| {
        let opening = opening::open(&paths, &cache, true).expect("the library opens");
        let app = App::with_stored_indexed(opening.reports, PendingIndex::to_come(), area);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
        app
    });
}

/// What one keystroke costs: the explorer's search of the query typed so far, over the whole
/// library (the first [`SEARCH_MOST`] matching items ranked).
#[divan::bench(
    consts = [1, 100, 1000],
    args = ["產", "產業", "g", "gf", "gfc", "gfcy"],
    sample_count = 20,
)]
fn keystroke<const COPIES: usize>(bencher: Bencher, typed: &str) {
    let index = Index::build_all(&reports(COPIES));
    let bounds = Bounds {
        report: None,
        first: Some(COPIES / 2),
        most: SEARCH_MOST,
    };
    bencher.bench(|| index.search_bounded(divan::black_box(typed), bounds, &|| false));
}
