//! Any query against the embedded report's index: no panic, and every highlight position
//! points inside the matched text; folding keeps one character per character.
#![no_main]

use std::sync::OnceLock;

use baogao::search::{Index, fold_str};
use libfuzzer_sys::fuzz_target;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(&baogao::load::embedded().expect("embedded report")))
}

fuzz_target!(|query: &str| {
    assert_eq!(fold_str(query).chars().count(), query.chars().count());
    let index = index();
    for hit in index.search(query) {
        let count = index.item(hit.item).expect("hit item").text.chars().count();
        assert!(hit.positions.iter().all(|&p| p < count));
    }
});
