//! What a user sees when a dataset is broken: for `check`, for any command given
//! `--report`, and for the explorer at startup. Each message is `path:line:column: message`,
//! the offending line, a caret under the column (by display width), an optional hint, and a
//! final newline; the exit code is not zero.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;

/// Broken datasets in `tests/fixtures/bad`, one mistake each (several-problems has two).
const BAD: [&str; 22] = [
    "missing-comma.ron",
    "optional-without-some.ron",
    "unknown-field.ron",
    "unknown-variant.ron",
    "wrong-type.ron",
    "missing-field.ron",
    "unexpected-end.ron",
    "duplicate-id.ron",
    "dangling-section.ron",
    "quote-not-in-section.ron",
    "several-problems.ron",
    "cjk-line.ron",
    "control-characters.ron",
    "invalid-utf8.ron",
    "too-deep.ron",
    "json-missing-comma.json",
    "json-trailing-comma.json",
    "json-unknown-field.json",
    "json-wrong-type.json",
    "json-dangling-section.json",
    "json-without-extension",
    "json-unknown-variant.json",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// Runs baogao in the fixtures folder, so paths print as given; stdout is a pipe.
fn run(args: &[&str]) -> Output {
    cargo_bin_cmd!("baogao")
        .current_dir(fixtures())
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .args(args)
        .output()
        .expect("baogao runs")
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// The layout every dataset error keeps: one or more blocks of a located message, the quoted
/// line, a caret line and an optional hint, ending with exactly one newline.
fn assert_layout(name: &str, stderr: &str) {
    assert!(
        stderr.ends_with('\n') && !stderr.ends_with("\n\n"),
        "{name}: {stderr:?}"
    );
    assert!(
        !stderr.contains('␊'),
        "{name}: our line breaks became symbols: {stderr}"
    );
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{name}: a raw control character: {stderr:?}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    let located = format!("{name}:");
    let mut at = 0;
    while at < lines.len() {
        let first = lines[at].strip_prefix("baogao: ").unwrap_or(lines[at]);
        assert!(first.starts_with(&located), "{name}: line {at}: {stderr}");
        let caret = lines.get(at + 2).copied().unwrap_or_default();
        assert_eq!(caret.trim_start(), "^", "{name}: no caret: {stderr}");
        at += 3;
        if lines.get(at).is_some_and(|l| l.starts_with("hint: ")) {
            at += 1;
        }
    }
}

#[test]
fn check_prints_each_broken_dataset_located_with_a_caret() {
    for name in BAD {
        let output = run(&["check", name]);
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(output.stdout.is_empty(), "{name}");
        assert_layout(name, &stderr);
        insta::assert_snapshot!(format!("check_{name}"), stderr);
    }
}

#[test]
fn every_command_prints_the_same_error_for_a_broken_report() {
    let commands: [&[&str]; 6] = [
        &["targets"],
        &["search", "x"],
        &["outline"],
        &["show", "s1"],
        &["export", "--format", "json"],
        // No command with stdout a pipe: what the explorer does when it cannot draw.
        &[],
    ];
    for name in BAD {
        let checked = stderr_of(&run(&["check", name]));
        for command in commands {
            let mut args = vec!["--report", name];
            args.extend(command);
            let output = run(&args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(output.stdout.is_empty(), "{args:?}");
            assert_eq!(stderr_of(&output), format!("baogao: {checked}"), "{args:?}");
        }
    }
}

#[test]
fn the_explorer_prints_the_error_on_a_terminal_and_leaves_it_readable() {
    for name in [
        "optional-without-some.ron",
        "cjk-line.ron",
        "several-problems.ron",
    ] {
        let checked = stderr_of(&run(&["check", name]));
        let path = fixtures().join(name);
        let path = path.to_str().expect("UTF-8 path");
        let mut session = common::Session::start(&["--report", path], 250, 30);
        assert!(!session.wait_exit(), "{name}: the explorer started");
        let expected =
            format!("baogao: {checked}").replace(&format!("{name}:"), &format!("{path}:"));
        // The terminal turns each line break into CR LF; nothing else is written.
        let written = String::from_utf8(session.bytes.clone()).expect("UTF-8");
        assert_eq!(written, expected.replace('\n', "\r\n"), "{name}");
        // And a person reads it line by line, the caret under the column.
        let screen: Vec<String> = (0..expected.lines().count() as u16)
            .map(|row| session.row(row).trim_end().to_string())
            .collect();
        let expected_rows: Vec<&str> = expected.lines().map(str::trim_end).collect();
        assert_eq!(screen, expected_rows, "{name}");
    }
}

#[test]
fn exported_json_reads_back_with_check_and_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/minimal.ron");
    let example = example.to_str().expect("UTF-8 path");
    for (name, report) in [("embedded.json", None), ("minimal.json", Some(example))] {
        let mut export = vec!["export", "--format", "json"];
        if let Some(report) = report {
            export.extend(["--report", report]);
        }
        let output = run(&export);
        assert!(output.status.success(), "{export:?}");
        let json = dir.path().join(name);
        std::fs::write(&json, &output.stdout).expect("write json");
        let json = json.to_str().expect("UTF-8 path");
        let checked = run(&["check", json]);
        assert_eq!(checked.status.code(), Some(0), "{}", stderr_of(&checked));
        // The JSON read back exports the same JSON and the same outline.
        let again = run(&["--report", json, "export", "--format", "json"]);
        assert_eq!(again.stdout, output.stdout, "{name}");
        let outline = |report: &[&str]| {
            let mut args = report.to_vec();
            args.push("outline");
            run(&args).stdout
        };
        let original = report.map_or(vec![], |r| vec!["--report", r]);
        assert_eq!(outline(&["--report", json]), outline(&original), "{name}");
    }
}
