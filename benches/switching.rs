//! A library of 31 reports (the embedded report under the names of the 31 provincial-level
//! regions, 2026, each with its own GDP target), as a folder of datasets made in a temporary
//! directory: loading it (parsed, or from the cache), making the explorer on it, switching
//! report through the report list, opening the comparison and its chart, and drawing a frame
//! of each at 120x40. Run with `cargo bench --bench switching` (`benches/library.rs` times
//! opening libraries of 1 to 1000 copies).

use std::sync::LazyLock;

use baogao::action::Action;
use baogao::app::App;
use baogao::cache::Cache;
use baogao::library;
use baogao::load;
use baogao::model::Report;
use baogao::search::{Index, PendingIndex};
use baogao::ui;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// The 31 provincial-level regions, as their 2026 reports name them.
const REGIONS: [&str; 31] = [
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
];

/// The folder of 31 JSON datasets and a cache folder, both kept for the whole run.
struct Library {
    folder: tempfile::TempDir,
    cache: tempfile::TempDir,
}

static LIBRARY: LazyLock<Library> = LazyLock::new(|| {
    let folder = tempfile::tempdir().expect("library folder");
    let embedded = load::embedded().expect("embedded report");
    for (n, region) in REGIONS.iter().enumerate() {
        let mut report = embedded.clone();
        report.id = format!("region-{n:02}-2026");
        report.region = (*region).into();
        report.year = 2026;
        for target in &mut report.targets {
            if target.indicator.as_deref() == Some("gdp-growth") && target.value.is_some() {
                target.value = Some(4.0 + (n % 9) as f64 * 0.5);
            }
        }
        let json = serde_json::to_string(&report).expect("json");
        std::fs::write(folder.path().join(format!("{}.json", report.id)), json)
            .expect("write dataset");
    }
    let cache = tempfile::tempdir().expect("cache folder");
    let library = Library { folder, cache };
    // Fill the cache once, so that the cached benchmarks read it.
    let (reports, keys) = library.open(&library.cached());
    library
        .cached()
        .index(Some(&keys), || Index::build_all(&reports));
    library
});

impl Library {
    /// The cache of the run.
    fn cached(&self) -> Cache {
        Cache::in_folder(self.cache.path().to_path_buf())
    }

    /// The folder's reports and their cache keys, through `cache`.
    fn open(&self, cache: &Cache) -> (Vec<Report>, Vec<u64>) {
        let paths = [self.folder.path().to_path_buf()];
        let library = library::open(&paths, cache).expect("library");
        let keys = library.keys().into_iter().flatten().collect();
        (library.into_reports(), keys)
    }
}

/// The 31 reports and their cache keys, through `cache`.
fn open(cache: &Cache) -> (Vec<Report>, Vec<u64>) {
    LIBRARY.open(cache)
}

fn main() {
    divan::main();
}

#[divan::bench]
fn load_folder_parsed() -> usize {
    open(&Cache::off()).0.len()
}

#[divan::bench]
fn load_folder_cached() -> usize {
    open(&LIBRARY.cached()).0.len()
}

/// The explorer at 120x40 on the 31 reports, its search index built.
fn explorer() -> App {
    let mut app = App::with_reports(open(&LIBRARY.cached()).0, Rect::default());
    app.update(Action::Resize(120, 40));
    app
}

#[divan::bench]
fn app_new_building_the_index(bencher: Bencher) {
    bencher
        .with_inputs(|| open(&LIBRARY.cached()).0)
        .bench_values(|reports| {
            let mut app = App::with_reports(reports, Rect::default());
            app.update(Action::Resize(120, 40));
            app
        });
}

#[divan::bench]
fn app_new_with_the_cached_index(bencher: Bencher) {
    let cache = LIBRARY.cached();
    bencher
        .with_inputs(|| open(&LIBRARY.cached()))
        .bench_values(|(reports, keys)| {
            let index = cache.index(Some(&keys), || Index::build_all(&reports));
            let index = PendingIndex::ready(index);
            let mut app = App::with_reports_indexed(reports, index, Rect::default());
            app.update(Action::Resize(120, 40));
            app
        });
}

/// `r`, down to the report after the one shown, Enter: the first time each report is shown
/// (it is wrapped then), from a fresh explorer each time.
#[divan::bench]
fn switch_report_first_time(bencher: Bencher) {
    let app = explorer();
    bencher
        .with_inputs(|| app.clone())
        .bench_local_values(|mut app| {
            app.update(Action::OpenReports);
            app.update(Action::Move(1));
            app.update(Action::Activate);
            app
        });
}

/// The same, once every report has been shown (wrapped at this width already).
#[divan::bench]
fn switch_report_again(bencher: Bencher) {
    let mut app = explorer();
    for number in 0..app.reports.len() {
        app.switch_to(number);
    }
    bencher.bench_local(|| {
        app.update(Action::OpenReports);
        app.update(Action::Move(1));
        app.update(Action::Activate);
    });
}

#[divan::bench]
fn open_the_comparison(bencher: Bencher) {
    let mut app = explorer();
    bencher.bench_local(|| {
        app.update(Action::OpenCompare);
        app.update(Action::Close);
    });
}

#[divan::bench]
fn open_the_chart(bencher: Bencher) {
    let mut app = explorer();
    app.update(Action::OpenCompare);
    bencher.bench_local(|| {
        app.update(Action::ToggleChart);
        app.update(Action::ToggleChart);
    });
}

/// A frame at 120x40 of the panes, the report list, the comparison and the chart.
#[divan::bench(args = ["panes", "reports", "compare", "chart"])]
fn draw_frame(bencher: Bencher, view: &str) {
    let mut app = explorer();
    let actions: &[Action] = match view {
        "reports" => &[Action::OpenReports],
        "compare" => &[Action::OpenCompare],
        "chart" => &[Action::OpenCompare, Action::ToggleChart],
        _ => &[],
    };
    for action in actions {
        app.update(action.clone());
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    bencher.bench_local(|| {
        terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
    });
}
