//! The reports a run works on: the datasets named with `--report` (files, or folders of
//! `.ron` and `.json` datasets), or, when none is named, the library folder plus the
//! embedded report. Files are loaded in parallel; a file in a folder that fails to load is
//! reported and skipped, so one bad import never hides the rest.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cache::{Cache, Keyed};
use crate::load::{self, LoadError};
use crate::model::Report;
use crate::paths::{self, Folder};
use crate::stored::StoredReport;

/// Where a report came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The dataset compiled into the binary.
    Embedded,
    /// A dataset file.
    File(PathBuf),
}

impl Source {
    /// How messages name this source.
    pub fn display(&self) -> String {
        match self {
            Source::Embedded => load::EMBEDDED_PATH.to_owned(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// The reports opened, in order, with what could not be opened.
#[derive(Debug, Default)]
pub struct Library {
    /// The reports, each with where it came from (those read from the cache are left in
    /// their entries until decoded).
    pub reports: Vec<(StoredReport, Source)>,
    /// Datasets that were skipped, each with its located error.
    pub skipped: Vec<Skipped>,
}

/// A dataset left out of the library, and why.
#[derive(Debug, thiserror::Error)]
pub enum Skipped {
    /// It did not load.
    #[error("{0}\n(this dataset is skipped; the other reports open)")]
    Invalid(LoadError),
    /// Its id is already taken by another dataset.
    #[error(
        "{}: report id `{id}` is also the id of {}; skipped (give one of them another id)",
        crate::text::sanitize(duplicate),
        crate::text::sanitize(kept)
    )]
    DuplicateId {
        /// The id both share.
        id: String,
        /// The dataset that keeps it.
        kept: String,
        /// The dataset left out.
        duplicate: String,
    },
}

/// Why no library could be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// A file named on the command line did not load.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A folder named on the command line could not be listed.
    #[error("{}: cannot list the folder: {message}", crate::text::sanitize(path))]
    Folder {
        /// The folder.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// Nothing was left to open.
    #[error("no report could be opened from {0}")]
    Empty(String),
}

impl Library {
    /// Writes a warning on stderr for each dataset that was skipped, and returns the library:
    /// what every command and the explorer do after opening one.
    pub fn warn_skipped(self) -> Library {
        for skipped in &self.skipped {
            eprintln!("baogao: warning: {skipped}");
        }
        self
    }

    /// The reports alone, in order, decoded.
    pub fn into_reports(self) -> Vec<Report> {
        self.reports
            .into_iter()
            .map(|(report, _)| report.into_report())
            .collect()
    }

    /// The hash of each report's dataset text, in order (what its cache entries are keyed
    /// by), when known.
    pub fn keys(&self) -> Vec<Option<u64>> {
        self.reports.iter().map(|(r, _)| r.key()).collect()
    }
}

/// The library folder: `$BAOGAO_LIBRARY`, else `$XDG_DATA_HOME/baogao/reports`.
pub fn folder() -> Option<PathBuf> {
    paths::folder(Folder::Library)
}

/// The reports [`open`] finds, in order, after warning on stderr of those it skipped.
pub fn open_reports(paths: &[PathBuf], cache: &Cache) -> Result<Vec<Report>, OpenError> {
    Ok(open(paths, cache)?.warn_skipped().into_reports())
}

/// How far the opening of a library has got, for a progress line: read from another thread
/// while [`open_counting`] runs.
#[derive(Debug, Default)]
pub struct Progress {
    found: AtomicUsize,
    loaded: AtomicUsize,
}

impl Progress {
    /// Datasets loaded (or found unloadable) so far, and datasets found to load.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.loaded.load(Ordering::Relaxed),
            self.found.load(Ordering::Relaxed),
        )
    }

    fn found(&self, files: usize) {
        self.found.fetch_add(files, Ordering::Relaxed);
    }

    fn loaded(&self) {
        self.loaded.fetch_add(1, Ordering::Relaxed);
    }
}

/// The report to show while the rest of the library opens: the first file named, the first
/// loadable dataset of the first folder named (by file name), or the embedded report when
/// nothing is named. `None` when the first folder has none (opening the whole library then
/// says why); an error when the first file named does not load.
pub fn first_report(paths: &[PathBuf], cache: &Cache) -> Result<Option<Keyed>, OpenError> {
    let Some(first) = paths.first() else {
        return Ok(cache.embedded().ok());
    };
    if !first.is_dir() {
        return Ok(Some(cache.load_file(first)?));
    }
    let files = dataset_files(first).unwrap_or_default();
    Ok(files.iter().find_map(|file| cache.load_file(file).ok()))
}

/// Opens the datasets named on the command line, or the default library when none is.
///
/// A file named directly must load (its error is returned); the files of a folder that do
/// not load are skipped and listed in [`Library::skipped`]. Of two datasets with one id the
/// first kept wins; a library-folder dataset with the embedded report's id replaces it.
/// Parsed reports are taken from `cache` when it holds them, and put there when not.
pub fn open(paths: &[PathBuf], cache: &Cache) -> Result<Library, OpenError> {
    open_counting(paths, cache, &Progress::default())
}

/// [`open`], counting in `progress` the datasets found and loaded as it goes.
pub fn open_counting(
    paths: &[PathBuf],
    cache: &Cache,
    progress: &Progress,
) -> Result<Library, OpenError> {
    if paths.is_empty() {
        return Ok(open_default(folder().as_deref(), cache, progress));
    }
    progress.found(paths.iter().filter(|p| !p.is_dir()).count());
    let mut library = Library::default();
    for path in paths {
        if path.is_dir() {
            let files = dataset_files(path).map_err(|e| OpenError::Folder {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            let mut found = Vec::new();
            for (file, loaded) in load_all(&files, cache, progress) {
                match loaded {
                    Ok(keyed) => found.push((keyed.report, Source::File(file))),
                    Err(error) => library.skipped.push(Skipped::Invalid(error)),
                }
            }
            sort_by_region_and_year(&mut found);
            library.add_all(found);
        } else {
            let keyed = cache.load_file(path)?;
            progress.loaded();
            let found = (keyed.report, Source::File(path.clone()));
            library.add_all(vec![found]);
        }
    }
    if library.reports.is_empty() {
        let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(OpenError::Empty(
            crate::text::sanitize(&named.join(", ")).into_owned(),
        ));
    }
    Ok(library)
}

/// The embedded report plus every dataset in `folder` (if it exists), sorted by region and
/// year. The embedded report always loads: it is checked at build time by the tests.
pub fn open_default(folder: Option<&Path>, cache: &Cache, progress: &Progress) -> Library {
    let mut library = Library::default();
    let mut found = Vec::new();
    if let Some(files) = folder.and_then(|f| dataset_files(f).ok()) {
        for (file, loaded) in load_all(&files, cache, progress) {
            match loaded {
                Ok(keyed) => found.push((keyed.report, Source::File(file))),
                Err(error) => library.skipped.push(Skipped::Invalid(error)),
            }
        }
    }
    let replaced = |id: &str| found.iter().any(|(r, _)| r.summary().id == id);
    if let Ok(embedded) = cache.embedded()
        && !replaced(&embedded.report.summary().id)
    {
        found.push((embedded.report, Source::Embedded));
    }
    sort_by_region_and_year(&mut found);
    library.add_all(found);
    library
}

impl Library {
    fn add_all(&mut self, reports: Vec<(StoredReport, Source)>) {
        for (report, source) in reports {
            let id = &report.summary().id;
            match self.reports.iter().find(|(r, _)| r.summary().id == *id) {
                Some((_, kept)) => self.skipped.push(Skipped::DuplicateId {
                    id: id.clone(),
                    kept: kept.display(),
                    duplicate: source.display(),
                }),
                None => self.reports.push((report, source)),
            }
        }
    }
}

/// The `.ron` and `.json` files directly inside `folder`, by name.
pub fn dataset_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let is_dataset = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("ron") || e.eq_ignore_ascii_case("json"));
        if is_dataset && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Loads every file, on as many threads as there are cores, keeping the files' order.
fn load_all(
    files: &[PathBuf],
    cache: &Cache,
    progress: &Progress,
) -> Vec<(PathBuf, Result<Keyed, LoadError>)> {
    progress.found(files.len());
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|file| {
                            let loaded = cache.load_file(file);
                            progress.loaded();
                            (file.clone(), loaded)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    })
}

fn sort_by_region_and_year(reports: &mut [(StoredReport, Source)]) {
    reports.sort_by(|(a, _), (b, _)| {
        let (a, b) = (a.summary(), b.summary());
        (&a.region, a.year, &a.id).cmp(&(&b.region, b.year, &b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the embedded report with another id, region and year, as RON.
    fn dataset(id: &str, region: &str, year: u16) -> String {
        let mut report = load::embedded().expect("embedded");
        report.id = id.to_owned();
        report.region = region.to_owned();
        report.year = year;
        crate::commands::to_ron(&report).expect("ron")
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        path
    }

    fn ids(library: &Library) -> Vec<&str> {
        library
            .reports
            .iter()
            .map(|(r, _)| r.summary().id.as_str())
            .collect()
    }

    #[test]
    fn a_folder_opens_every_dataset_sorted_by_region_then_year() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "a.ron", &dataset("b-2025", "乙市", 2025));
        write(dir.path(), "b.ron", &dataset("a-2026", "甲市", 2026));
        write(dir.path(), "c.ron", &dataset("b-2024", "乙市", 2024));
        write(dir.path(), "notes.txt", "not a dataset");
        let library = open(&[dir.path().to_path_buf()], &Cache::off()).expect("library");
        assert_eq!(ids(&library), ["b-2024", "b-2025", "a-2026"]);
        assert!(library.skipped.is_empty());
    }

    #[test]
    fn a_broken_file_in_a_folder_is_skipped_with_its_located_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "good.ron", &dataset("good-2026", "甲市", 2026));
        let bad = write(dir.path(), "bad.ron", "(id: \"x\",\n  title: 5)");
        let library = open(&[dir.path().to_path_buf()], &Cache::off()).expect("library");
        assert_eq!(ids(&library), ["good-2026"]);
        let [Skipped::Invalid(error)] = library.skipped.as_slice() else {
            panic!("expected one skipped file: {:?}", library.skipped);
        };
        let shown = error.to_string();
        assert!(
            shown.starts_with(&format!("{}:2:", bad.display())),
            "{shown}"
        );
    }

    #[test]
    fn a_broken_file_named_directly_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bad = write(dir.path(), "bad.ron", "(");
        assert!(matches!(
            open(&[bad], &Cache::off()),
            Err(OpenError::Load(_))
        ));
    }

    #[test]
    fn two_datasets_with_one_id_name_both_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = write(dir.path(), "first.ron", &dataset("same-2026", "甲市", 2026));
        let second = write(
            dir.path(),
            "second.ron",
            &dataset("same-2026", "乙市", 2026),
        );
        let library = open(&[first.clone(), second.clone()], &Cache::off()).expect("library");
        assert_eq!(ids(&library), ["same-2026"]);
        let shown = library.skipped[0].to_string();
        assert!(shown.contains(&first.display().to_string()), "{shown}");
        assert!(shown.contains(&second.display().to_string()), "{shown}");
    }

    #[test]
    fn the_default_library_is_the_folder_plus_the_embedded_report() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "x.ron", &dataset("hubei-2026", "湖北省", 2026));
        let library = open_default(Some(dir.path()), &Cache::off(), &Progress::default());
        let mut got = ids(&library);
        got.sort_unstable();
        assert_eq!(got, ["hubei-2026", "xiuzhou-2023"]);
        assert!(library.reports.iter().any(|(_, s)| *s == Source::Embedded));
    }

    #[test]
    fn a_library_copy_of_the_embedded_report_replaces_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let copy = write(
            dir.path(),
            "mine.ron",
            &dataset("xiuzhou-2023", "秀洲區", 2023),
        );
        let library = open_default(Some(dir.path()), &Cache::off(), &Progress::default());
        assert_eq!(library.reports.len(), 1);
        assert_eq!(library.reports[0].1, Source::File(copy));
        assert!(library.skipped.is_empty());
    }

    #[test]
    fn a_missing_library_folder_leaves_the_embedded_report() {
        let library = open_default(
            Some(Path::new("/nonexistent/baogao/reports")),
            &Cache::off(),
            &Progress::default(),
        );
        assert_eq!(ids(&library), ["xiuzhou-2023"]);
    }
}
