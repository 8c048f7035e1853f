//! Every command follows the one terminal detection: `--color auto|always|never` (before or
//! after the subcommand), NO_COLOR, TERM=dumb and COLUMNS.

use baogao::text::width;

use crate::baogao_with;

const ESC: char = '\u{1b}';

/// Commands whose output is styled when colour is on.
const STYLED: [&[&str]; 7] = [
    &["targets", "光伏"],
    &["targets", "--results", "光伏"],
    &["outline"],
    &["show", "intro"],
    &["search", "光伏"],
    &[],
    &["-t", "光伏"],
];

/// A dataset path under the package, for the commands that read files.
fn package_file(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// Commands whose output is data for other programs: never styled, even with `always`.
fn unstyled() -> Vec<Vec<String>> {
    let minimal = package_file("examples/minimal.ron");
    let report = package_file("tests/fixtures/web-page.txt");
    [
        vec!["export", "--format", "json"],
        vec!["export", "--format", "txt"],
        vec!["targets", "--format", "json", "光伏"],
        vec!["targets", "--format", "csv", "光伏"],
        vec!["targets", "--format", "md", "光伏"],
        vec!["search", "--format", "json", "光伏"],
        vec!["completions", "bash"],
        vec!["check", &minimal],
        vec!["import", &report],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(String::from).collect())
    .collect()
}

/// Runs `args` with `--color WHEN` put first and, for a subcommand, also last; returns each
/// run's stdout after asserting it succeeded.
fn with_colour(args: &[&str], when: &str, env: &[(&str, &str)]) -> Vec<String> {
    let mut first = vec!["--color", when];
    first.extend(args);
    let mut placements = vec![first];
    if args.first().is_some_and(|a| !a.starts_with('-')) {
        let mut last = args.to_vec();
        last.extend(["--color", when]);
        placements.push(last);
    }
    placements
        .into_iter()
        .map(|args| {
            let run = baogao_with(&args, env);
            assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
            run.stdout
        })
        .collect()
}

/// Every setting in which colour must stay off: auto in a pipe (even with a colour TERM),
/// never, and NO_COLOR with auto.
fn assert_never_coloured(args: &[&str]) {
    let xterm = [("TERM", "xterm-256color")];
    let no_color = [("NO_COLOR", "1"), ("TERM", "xterm-256color")];
    for (when, env) in [
        ("auto", &xterm[..]),
        ("never", &xterm[..]),
        ("auto", &no_color[..]),
    ] {
        for out in with_colour(args, when, env) {
            assert!(
                !out.contains(ESC),
                "{args:?} --color {when} {env:?}: {out:?}"
            );
        }
    }
    let bare = baogao_with(args, &xterm);
    assert!(!bare.stdout.contains(ESC), "{args:?} in a pipe");
}

#[test]
fn styled_commands_colour_only_when_asked() {
    for args in STYLED {
        assert_never_coloured(args);
        for env in [&[][..], &[("NO_COLOR", "1")], &[("TERM", "dumb")]] {
            for out in with_colour(args, "always", env) {
                assert!(out.contains(ESC), "{args:?} --color always {env:?}");
            }
        }
    }
}

#[test]
fn search_highlights_the_match_with_color_always() {
    for out in with_colour(&["search", "光伏", "--limit", "3"], "always", &[]) {
        assert!(out.contains("\u{1b}[1;31m光伏\u{1b}[0m"), "{out:?}");
        assert!(out.starts_with("\u{1b}[1mKIND"), "{out:?}");
    }
}

#[test]
fn data_formats_are_never_coloured() {
    for args in unstyled() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_never_coloured(&args);
        for out in with_colour(&args, "always", &[]) {
            assert!(!out.is_empty(), "{args:?} printed nothing");
            assert!(!out.contains(ESC), "{args:?} --color always: {out:?}");
        }
    }
}

#[test]
fn every_table_command_fits_columns_and_defaults_to_80_in_a_pipe() {
    let commands: [&[&str]; 5] = [
        &["targets"],
        &["outline"],
        &["show", "2023"],
        &["search", "--limit", "0", "光伏"],
        &[],
    ];
    for args in commands {
        for (env, limit) in [(&[][..], 80), (&[("COLUMNS", "50")], 50)] {
            let run = baogao_with(args, env);
            assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
            let widest = run.stdout.lines().map(width).max().unwrap_or(0);
            assert!(widest <= limit, "{args:?} {env:?}: {widest} > {limit}");
            // Something is cut to fit, so the limit is what decided the width.
            assert!(widest + 8 > limit, "{args:?} {env:?}: widest line {widest}");
        }
    }
}
