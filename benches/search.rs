//! Search benchmarks: index build, index memory and per-query latency.
//!
//! Corpora: the embedded report repeated x1, x10, x100 and x1000 (ids made unique), and the
//! plain-text reports in `../shared/corpus` when that folder exists (one paragraph per line).
//! Run with `cargo bench --bench search`; memory figures are printed first.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};

use baogao::load;
use baogao::model::{Report, Script};
use baogao::search::Index;

/// Counts the bytes currently allocated, to measure what an index keeps.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed straight to the system allocator; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The corpora, by name.
const CORPORA: &[&str] = &["x1", "x10", "x100", "x1000", "corpus"];

/// The fixed query set: one character, two, a phrase, Simplified on Traditional text (and
/// Traditional on the Simplified corpus), pinyin initials, full pinyin, a miss, an indicator's
/// name with a word of its kind, short initials.
const QUERIES: &[(&str, &str)] = &[
    ("one_char", "光"),
    ("two_chars", "產業"),
    ("phrase", "地區生產總值"),
    ("simplified", "光伏产业"),
    ("initials", "gfcy"),
    ("full_pinyin", "guangfu"),
    ("miss", "蘋果手機"),
    ("indicator", "GDP增长"),
    ("short_initials", "csj"),
];

fn main() {
    print_memory();
    divan::main();
}

/// The reports of a corpus (empty when the shared corpus is absent).
fn reports(name: &str) -> Vec<Report> {
    match name.strip_prefix('x').and_then(|n| n.parse().ok()) {
        Some(times) => vec![repeated(times)],
        None => shared_corpus(),
    }
}

/// The embedded report with its sections and figures repeated `times` times, ids made unique.
fn repeated(times: usize) -> Report {
    load::embedded().expect("embedded dataset").repeated(times)
}

/// The shared corpus of real reports, one report per file and one paragraph per line.
fn shared_corpus() -> Vec<Report> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let id = path.file_stem()?.to_string_lossy().into_owned();
            let paragraphs = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
            Some(Report::plain(&id, Script::Simplified, paragraphs))
        })
        .collect()
}

/// Bytes of report text: paragraphs and headings.
fn text_bytes(reports: &[Report]) -> usize {
    reports
        .iter()
        .flat_map(|r| r.walk())
        .map(|(_, s)| s.heading().len() + s.paragraphs.iter().map(String::len).sum::<usize>())
        .sum()
}

/// Prints, for each corpus, its text size and what its index keeps allocated.
fn print_memory() {
    // The folding and pinyin tables are built once per process; leave them out.
    drop(Index::build(&repeated(1)));
    for name in CORPORA {
        let reports = reports(name);
        if reports.is_empty() {
            println!("memory {name}: no corpus at ../shared/corpus, skipped");
            continue;
        }
        let before = LIVE.load(Ordering::Relaxed);
        let index = Index::build_all(&reports);
        let total = LIVE.load(Ordering::Relaxed) - before;
        let items_text: usize = index.items().map(|i| i.text.len()).sum();
        let text = text_bytes(&reports);
        let mb = |b: usize| b as f64 / 1e6;
        println!(
            "memory {name}: {} items, text {:.2} MB (items' texts {:.2} MB); index {:.2} MB = {:.2}x text",
            index.len(),
            mb(text),
            mb(items_text),
            mb(total),
            total as f64 / text as f64,
        );
    }
}

/// Indexes built once per corpus and kept for the query benchmarks.
fn index(name: &str) -> &'static Index {
    static INDEXES: LazyLock<Mutex<HashMap<String, &'static Index>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let mut indexes = INDEXES.lock().expect("not poisoned");
    indexes
        .entry(name.to_string())
        .or_insert_with(|| Box::leak(Box::new(Index::build_all(&reports(name)))))
}

#[divan::bench(args = CORPORA, sample_count = 10, sample_size = 1)]
fn build(bencher: divan::Bencher, corpus: &str) {
    let reports = reports(corpus);
    bencher.bench(|| Index::build_all(divan::black_box(&reports)));
}

/// Benchmarks one query of [`QUERIES`] on every corpus.
macro_rules! query_benches {
    ($($name:ident),*) => {$(
        #[divan::bench(args = CORPORA, sample_count = 50)]
        fn $name(bencher: divan::Bencher, corpus: &str) {
            let query = QUERIES
                .iter()
                .find(|(name, _)| *name == stringify!($name))
                .map_or("", |(_, q)| q);
            let index = index(corpus);
            bencher.bench(|| index.search(divan::black_box(query)));
        }
    )*};
}

query_benches!(
    one_char,
    two_chars,
    phrase,
    simplified,
    initials,
    full_pinyin,
    miss,
    indicator,
    short_initials
);
