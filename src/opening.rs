//! The library as the explorer opens it: the report to show first at once, and the rest on
//! a thread of its own, so the first frame never waits for a large library.

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use crate::app::arrival::{Arrival, Arriving};
use crate::cache::Cache;
use crate::library::{self, OpenError, Progress, Source};
use crate::model::Report;
use crate::search::Index;
use crate::stored::StoredReport;

/// How long a library may take to load before the status line counts it.
pub const QUIET_LOADING: Duration = Duration::from_millis(100);

/// The reports the explorer starts with, and the rest of the library if it is still loading.
pub struct Opening {
    /// The reports to start with: the one to show first alone while the rest load, or all.
    pub reports: Vec<StoredReport>,
    /// Which of them to show first.
    pub start: usize,
    /// The whole library being opened on another thread, when `reports` is not all of it.
    pub rest: Option<Rest>,
}

/// A library to load on another thread.
pub struct Rest {
    /// The library once loaded (or why it could not be).
    pub arriving: Arc<Arriving>,
    /// How far it has got.
    pub progress: Arc<Progress>,
    /// When the explorer started.
    pub started: Instant,
    /// What to open, and the cache to open it with.
    to_open: (Vec<PathBuf>, Cache),
    /// Started once, by [`Rest::load`].
    loading: Once,
}

impl Rest {
    /// Starts loading the library on a thread of its own (once; later calls do nothing):
    /// called after the first frame, so that frame has the machine to itself.
    pub fn load(&self) {
        self.loading.call_once(|| {
            let (paths, cache) = self.to_open.clone();
            let (arriving, progress) = (Arc::clone(&self.arriving), Arc::clone(&self.progress));
            std::thread::spawn(move || {
                // A panic here (a bug) must still end the wait of whoever waits for it.
                let opened = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    library::open_counting(&paths, &cache, &progress)
                }));
                arriving.set(match opened {
                    Ok(opened) => opened.map(Arrival::from).map_err(|e| e.to_string()),
                    Err(_) => Err("the library could not be opened (an internal error)".into()),
                });
            });
        });
    }

    /// The counts for the status line (loaded, found), once loading has taken long enough to
    /// be worth saying.
    pub fn shown_progress(&self) -> Option<(usize, usize)> {
        (self.started.elapsed() >= QUIET_LOADING).then(|| self.progress.counts())
    }
}

/// Opens the library `paths` name (the default library when none). When `stream`, the
/// report to show first is loaded at once and the rest on another thread; otherwise (or when
/// there is no such first report) the whole library now, its skipped datasets warned of on
/// stderr. A file named first that does not load is an error either way.
pub fn open(paths: &[PathBuf], cache: &Cache, stream: bool) -> Result<Opening, OpenError> {
    if stream && let Some(first) = library::first_report(paths, cache)? {
        return Ok(Opening {
            reports: vec![first.report],
            start: 0,
            rest: Some(Rest {
                arriving: Arriving::to_come(),
                progress: Arc::new(Progress::default()),
                started: Instant::now(),
                to_open: (paths.to_vec(), cache.clone()),
                loading: Once::new(),
            }),
        });
    }
    let library = library::open(paths, cache)?.warn_skipped();
    // The first report named, else the embedded one.
    let start = library
        .reports
        .iter()
        .position(|(_, source)| *source == Source::Embedded)
        .unwrap_or(0);
    Ok(Opening {
        reports: library
            .reports
            .into_iter()
            .map(|(report, _)| report)
            .collect(),
        start,
        rest: None,
    })
}

impl Opening {
    /// What makes the search index, on the search worker's thread: over the whole library
    /// once it has arrived (an empty index if it could not be opened), else over `reports`
    /// (the explorer's, in its order); from the cache when it holds it.
    pub fn index_maker(
        &self,
        reports: Vec<Arc<StoredReport>>,
        cache: Cache,
    ) -> impl FnOnce() -> Index + Send + 'static {
        let arriving = self.rest.as_ref().map(|rest| Arc::clone(&rest.arriving));
        move || match arriving {
            Some(arriving) => match &*arriving.wait() {
                Ok(arrival) => cache.index_over(&arrival.reports),
                Err(_) => Index::build_all::<Report>(&[]),
            },
            None => cache.index_over(&reports),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    /// A folder of `n` copies of the embedded report, in reverse order of file name
    /// (`c-0.ron` holds the last copy), so file order and library order differ.
    fn folder(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let report = load::embedded().expect("embedded");
        for i in 0..n {
            let mut copy = report.numbered(n - 1 - i);
            copy.region = format!("{}{}", report.region, n - 1 - i);
            let ron = crate::commands::to_ron(&copy).expect("ron");
            std::fs::write(dir.path().join(format!("c-{i}.ron")), ron).expect("write");
        }
        dir
    }

    fn ids(reports: &[Arc<StoredReport>]) -> Vec<&str> {
        reports.iter().map(|r| r.summary().id.as_str()).collect()
    }

    fn arrived(rest: &Rest) -> Arc<Result<Arrival, String>> {
        rest.load();
        rest.arriving.wait()
    }

    #[test]
    fn a_folder_starts_on_its_first_file_and_the_rest_arrive_in_library_order() {
        let dir = folder(3);
        let opening = open(&[dir.path().to_path_buf()], &Cache::off(), true).expect("opens");
        let first: Vec<&str> = opening
            .reports
            .iter()
            .map(|r| r.summary().id.as_str())
            .collect();
        assert_eq!(first, ["xiuzhou-2023-2"], "c-0.ron, the first by name");
        let rest = opening.rest.as_ref().expect("the rest loads");
        let Ok(arrival) = &*arrived(rest) else {
            panic!("the library opens");
        };
        assert_eq!(
            ids(&arrival.reports),
            ["xiuzhou-2023-0", "xiuzhou-2023-1", "xiuzhou-2023-2"]
        );
        assert_eq!(rest.progress.counts(), (3, 3));
    }

    #[test]
    fn the_index_is_made_over_the_whole_library_in_its_order() {
        let dir = folder(3);
        let opening = open(&[dir.path().to_path_buf()], &Cache::off(), true).expect("opens");
        opening.rest.as_ref().expect("the rest loads").load();
        let index = opening.index_maker(Vec::new(), Cache::off())();
        let reports: Vec<usize> = (0..index.len())
            .filter_map(|i| index.item(i).map(|item| item.report))
            .collect();
        assert_eq!(reports.first(), Some(&0));
        assert_eq!(reports.last(), Some(&2));
    }

    #[test]
    fn without_streaming_the_whole_library_opens_at_once() {
        let dir = folder(3);
        let opening = open(&[dir.path().to_path_buf()], &Cache::off(), false).expect("opens");
        assert!(opening.rest.is_none());
        let got: Vec<&str> = opening
            .reports
            .iter()
            .map(|r| r.summary().id.as_str())
            .collect();
        assert_eq!(got, ["xiuzhou-2023-0", "xiuzhou-2023-1", "xiuzhou-2023-2"]);
    }

    #[test]
    fn a_broken_first_file_is_an_error_before_anything_is_drawn() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "(id: \"x\",\n  title: 5)").expect("write");
        let error = open(std::slice::from_ref(&bad), &Cache::off(), true)
            .err()
            .expect("an error");
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}:2:", bad.display())),
            "{error}"
        );
    }

    #[test]
    fn a_broken_file_later_on_the_command_line_fails_the_library_that_arrives() {
        let dir = folder(1);
        let good = dir.path().join("c-0.ron");
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "(").expect("write");
        let opening = open(&[good, bad], &Cache::off(), true).expect("the first opens");
        let rest = opening.rest.as_ref().expect("the rest loads");
        assert!(matches!(&*arrived(rest), Err(why) if why.contains("bad.ron")));
    }

    #[test]
    fn a_folder_whose_first_file_is_broken_starts_on_the_next() {
        let dir = folder(2);
        std::fs::write(dir.path().join("a-broken.ron"), "(").expect("write");
        let opening = open(&[dir.path().to_path_buf()], &Cache::off(), true).expect("opens");
        assert_eq!(opening.reports[0].summary().id, "xiuzhou-2023-1");
        let Ok(arrival) = &*arrived(opening.rest.as_ref().expect("rest")) else {
            panic!("the folder opens");
        };
        assert_eq!(arrival.reports.len(), 2);
        assert_eq!(arrival.skipped.len(), 1, "{:?}", arrival.skipped);
    }

    #[test]
    fn an_empty_folder_is_opened_at_once_to_say_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let error = open(&[dir.path().to_path_buf()], &Cache::off(), true)
            .err()
            .expect("an error");
        assert!(error.to_string().starts_with("no report could be opened"));
    }
}

#[cfg(test)]
mod lazy_tests {
    use ratatui::layout::Rect;

    use super::*;
    use crate::action::Action;
    use crate::app::App;
    use crate::load;
    use crate::search::PendingIndex;

    #[test]
    fn a_library_from_the_cache_decodes_only_the_reports_shown() {
        let dir = tempfile::tempdir().expect("tempdir");
        let report = load::embedded().expect("embedded");
        for n in 0..4 {
            let ron = crate::commands::to_ron(&report.numbered(n)).expect("ron");
            std::fs::write(dir.path().join(format!("c-{n}.ron")), ron).expect("write");
        }
        let cached = tempfile::tempdir().expect("cache dir");
        let cache = Cache::in_folder(cached.path().to_path_buf());
        let paths = [dir.path().to_path_buf()];
        open(&paths, &cache, false).expect("the first opening fills the cache");
        let opening = open(&paths, &cache, true).expect("opens");
        let rest = opening.rest.as_ref().expect("the rest loads");
        rest.load();
        let Ok(arrival) = &*rest.arriving.wait() else {
            panic!("the library opens");
        };
        assert!(arrival.reports.iter().all(|r| !r.is_decoded()));
        let arriving = Arc::clone(&rest.arriving);
        let mut app = App::with_stored_indexed(
            opening.reports,
            PendingIndex::to_come(),
            Rect::new(0, 0, 120, 40),
        );
        app.arriving = Some(arriving);
        assert!(app.take_library_if_arrived());
        let decoded = |app: &App| {
            app.reports
                .iter()
                .map(|r| r.shared().is_decoded())
                .collect::<Vec<_>>()
        };
        assert_eq!(decoded(&app), [true, false, false, false]);
        app.update(Action::OpenReports);
        app.update(Action::Input('x'));
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        terminal
            .draw(|frame| crate::ui::draw(&app, frame))
            .expect("draw");
        app.update(Action::Close);
        assert_eq!(
            decoded(&app),
            [true, false, false, false],
            "listing decodes none"
        );
        app.switch_to(3);
        assert_eq!(decoded(&app), [true, false, false, true]);
        assert_eq!(app.view().original().id, "xiuzhou-2023-3");
    }
}
