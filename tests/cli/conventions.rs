//! Version, help, completions, exit codes, colour and pipes.

use std::fs;
use std::path::PathBuf;

use crate::{baogao, baogao_with};

const ESC: char = '\u{1b}';

/// Writes `text` to a file under the test's scratch directory.
fn scratch_file(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    fs::write(&path, text).expect("write scratch file");
    path
}

#[test]
fn version_prints_the_package_version() {
    let out = baogao(&["--version"]).ok();
    assert_eq!(out.trim(), format!("baogao {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_lists_the_lookup_commands_with_examples() {
    let out = baogao(&["--help"]).ok();
    for word in [
        "targets",
        "outline",
        "show",
        "completions",
        "--color",
        "--report",
    ] {
        assert!(out.contains(word), "help lacks {word}");
    }
    assert!(out.contains("Examples:"));
    assert!(out.contains("baogao targets 光伏"));
    let targets = baogao(&["targets", "--help"]).ok();
    for word in [
        "--both",
        "--results",
        "--category",
        "--format",
        "--wide",
        "--bom",
    ] {
        assert!(targets.contains(word), "targets help lacks {word}");
    }
}

#[test]
fn completions_print_a_script_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef baogao"),
        ("fish", "complete -c baogao"),
    ] {
        let out = baogao(&["completions", shell]).ok();
        assert!(out.contains(marker), "{shell}");
        assert!(
            out.contains("outline") && out.contains("targets"),
            "{shell}"
        );
    }
    assert_eq!(baogao(&["completions", "tcsh"]).code, 2);
}

#[test]
fn usage_errors_exit_2_with_nothing_on_stdout() {
    for args in [
        &["targets", "--format", "xml"][..],
        &["targets", "--category", "weather"],
        &["targets", "--results", "--both"],
        &["show"],
        &["no-such-command"],
    ] {
        let run = baogao(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(!run.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn unreadable_and_invalid_reports_exit_2_with_nothing_on_stdout() {
    let broken = scratch_file("broken.ron", "(id: \"x\", title: ");
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("missing.ron");
    for path in [&broken, &missing] {
        let path = path.to_str().expect("UTF-8 path");
        for command in [&["targets"][..], &["outline"], &["show", "intro"]] {
            let mut args = vec!["--report", path];
            args.extend(command);
            let run = baogao(&args);
            assert_eq!(run.code, 2, "{args:?}");
            assert_eq!(run.stdout, "", "{args:?}");
            assert!(run.stderr.starts_with("baogao: "), "{}", run.stderr);
        }
    }
}

#[test]
fn found_exits_0_and_nothing_found_exits_1() {
    assert_eq!(baogao(&["targets", "光伏"]).code, 0);
    assert_eq!(baogao(&["targets", "--results", "光伏"]).code, 0);
    assert_eq!(baogao(&["outline"]).code, 0);
    assert_eq!(baogao(&["show", "intro"]).code, 0);
    assert_eq!(baogao(&["targets", "量子引力"]).code, 1);
    assert_eq!(
        baogao(&["targets", "--category", "employment", "光伏"]).code,
        1
    );
}

#[test]
fn a_pipe_gets_no_escape_codes_by_default() {
    for args in [
        &["targets"][..],
        &["targets", "--results"],
        &["outline"],
        &["show", "2023"],
        &[],
    ] {
        let run = baogao_with(args, &[("TERM", "xterm-256color")]);
        assert_eq!(run.code, 0, "{args:?}");
        assert!(!run.stdout.contains(ESC), "{args:?}");
    }
}

#[test]
fn color_always_styles_a_pipe_and_never_or_no_color_do_not() {
    let always = baogao(&["--color", "always", "targets", "光伏"]).ok();
    assert!(always.starts_with("\u{1b}[1msubject"), "{always:?}");
    let never = baogao(&["--color", "never", "show", "2023"]).ok();
    assert!(!never.contains(ESC));
    let no_color = baogao_with(&["--color", "auto", "outline"], &[("NO_COLOR", "1")]).ok();
    assert!(!no_color.contains(ESC));
    let explicit = baogao_with(&["--color", "always", "outline"], &[("NO_COLOR", "1")]).ok();
    assert!(
        explicit.contains(ESC),
        "an explicit --color always beats NO_COLOR"
    );
}

#[test]
fn without_a_subcommand_a_pipe_gets_the_outline() {
    let bare = baogao(&[]).ok();
    let outline = baogao(&["outline"]).ok();
    assert_eq!(bare, outline);
    assert!(bare.contains("tasks-2023-1-1"));
}

#[test]
fn without_a_subcommand_a_pipe_gets_the_targets_for_dash_t() {
    let out = baogao(&["-t", "光伏"]).ok();
    assert_eq!(out, baogao(&["targets", "光伏"]).ok());
}

#[test]
fn control_characters_in_a_dataset_never_reach_stdout() {
    let example = include_str!("../../examples/minimal.ron")
        .replace("title: \"開篇\"", "title: \"開篇\u{1b}[2J\"")
        .replace(
            "subject: \"專項行動\"",
            "subject: \"專項\u{1b}]0;owned\u{7}行動\"",
        )
        .replace("unit: \"次\"", "unit: \"次\u{9b}\"")
        .replace(
            "deadline: Some(\"年底前\")",
            "deadline: Some(\"年底前\u{1b}[2J\")",
        )
        .replace("光伏40兆瓦。", "光伏40兆瓦。\u{202e}");
    let path = scratch_file("hostile.ron", &example);
    let path = path.to_str().expect("UTF-8 path");
    for command in [
        &["targets"][..],
        &["targets", "--format", "json"],
        &["targets", "--format", "csv"],
        &["targets", "--format", "md"],
        &["outline"],
        &["show", "front"],
        &["show", "review"],
    ] {
        let mut args = vec!["--report", path];
        args.extend(command);
        let out = baogao(&args).ok();
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{command:?}: {out:?}"
        );
    }
    let table = baogao(&["--report", path, "targets", "專項"]).ok();
    assert!(table.contains("專項␛]0;owned␇行動"), "{table}");
}
