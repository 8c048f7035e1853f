//! The cache of parsed reports and search indexes, seen from the command line: a warm run
//! prints what a cold one printed, a spoiled cache is rebuilt, and `--no-cache` and
//! `BAOGAO_NO_CACHE` leave the cache folder alone.

use std::path::Path;

use super::baogao_with;

/// The files in `folder` (none when it does not exist), sorted.
fn entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn search_in(cache: &Path, extra: &[(&str, &str)], args: &[&str]) -> String {
    let folder = cache.to_str().expect("UTF-8 path");
    let mut env = vec![("BAOGAO_CACHE_DIR", folder)];
    env.extend_from_slice(extra);
    let mut all = vec!["search", "--format", "json", "gfcy"];
    all.extend_from_slice(args);
    baogao_with(&all, &env).ok()
}

#[test]
fn a_warm_search_prints_what_a_cold_one_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cold = search_in(dir.path(), &[], &[]);
    let written = entries(dir.path());
    assert!(
        written.iter().any(|n| n.starts_with("report-")),
        "{written:?}"
    );
    assert!(
        written.iter().any(|n| n.starts_with("index-")),
        "{written:?}"
    );
    let warm = search_in(dir.path(), &[], &[]);
    assert_eq!(warm, cold);
    assert!(cold.contains("\"positions\""), "{cold}");
}

#[test]
fn a_spoiled_cache_is_rebuilt_and_the_output_is_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cold = search_in(dir.path(), &[], &[]);
    for name in entries(dir.path()) {
        let file = dir.path().join(&name);
        let mut bytes = std::fs::read(&file).expect("read");
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        std::fs::write(&file, &bytes).expect("spoil");
    }
    assert_eq!(search_in(dir.path(), &[], &[]), cold);
}

#[test]
fn no_cache_by_flag_or_variable_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let flagged = search_in(dir.path(), &[], &["--no-cache"]);
    let by_env = search_in(dir.path(), &[("BAOGAO_NO_CACHE", "1")], &[]);
    assert_eq!(entries(dir.path()), Vec::<String>::new());
    assert_eq!(flagged, by_env);
    assert_eq!(search_in(dir.path(), &[], &[]), flagged);
}
