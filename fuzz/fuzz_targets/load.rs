//! Any bytes as a dataset: loading and validation return a result, never panic or hang, and
//! every diagnostic's caret line is printable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(error) = baogao::load::parse_bytes(data, "fuzz.ron") {
        let shown = error.to_string();
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
    }
});
