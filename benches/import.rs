//! How long `import` takes: a 100 KB report (the seed text repeated) and, when
//! `../shared/corpus` (or `$BAOGAO_CORPUS`) is present, each real report in it. The goal is
//! under 100 ms per 100 KB.

use std::path::PathBuf;

use baogao::import::{Options, import};

const SEED: &str = include_str!("../assets/xiuzhou-2023.txt");
const CORPUS: &str = "../shared/corpus";

fn main() {
    divan::main();
}

/// The seed text repeated to at least 100 KB.
fn seed_100kb() -> String {
    let mut text = String::new();
    while text.len() < 100_000 {
        text.push_str(SEED);
        text.push('\n');
    }
    text
}

/// The corpus reports, if the corpus is there.
fn corpus_files() -> Vec<PathBuf> {
    let corpus =
        std::env::var_os("BAOGAO_CORPUS").map_or_else(|| PathBuf::from(CORPUS), PathBuf::from);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[divan::bench]
fn seed_repeated_to_100kb(bencher: divan::Bencher) {
    let text = seed_100kb();
    let options = Options::default();
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| import(divan::black_box(text.as_bytes()), &options).map(|i| i.summary));
}

#[divan::bench(args = corpus_files().iter().map(|p| p.display().to_string()).collect::<Vec<_>>())]
fn corpus_report(bencher: divan::Bencher, path: &str) {
    let Ok(bytes) = std::fs::read(path) else {
        return;
    };
    let options = Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| import(divan::black_box(&bytes), &options).map(|i| i.summary));
}
