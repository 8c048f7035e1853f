//! Wrapping, cutting and sanitising any text at any width keep their promises.
#![no_main]

use baogao::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str)| {
    let (columns, raw) = input;
    let clean = text::sanitize(raw);
    assert!(!clean.chars().any(|c| c.is_control()));
    let paragraph = clean.replace(['\u{2028}', '\u{2029}', '\u{85}'], " ");
    let columns = usize::from(columns);
    let lines = text::wrap(&paragraph, columns, true);
    let joined: String = lines.iter().map(|l| &paragraph[l.range.clone()]).collect();
    assert_eq!(joined, paragraph);
    for line in &lines {
        let indent = if line.indented { text::width(text::PARAGRAPH_INDENT) } else { 0 };
        let shown = line.visible(&paragraph);
        let one_char = shown.chars().count() <= 1;
        assert!(indent + text::width(shown) <= columns.max(2) || one_char);
    }
    let cut = text::truncate(&paragraph, columns);
    assert!(text::width(&cut) <= columns);
    assert_eq!(text::width(&text::pad_right(&paragraph, columns)), columns);
});
