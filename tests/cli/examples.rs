//! Every example command in README.md and under `baogao --help` runs as written in a POSIX
//! shell, and the help's examples line up.
//!
//! README examples are the lines of ```sh blocks that start with `baogao`, and the `$ ` lines
//! of ```console blocks whose command is `baogao` (after any `NAME=value` settings). They run
//! in order, each with `sh -c`, in one scratch directory holding copies of `assets/`,
//! `examples/` and `tests/fixtures/`, plus the files the examples name as the reader's own
//! (see [`SUPPLIED`]). Each must exit 0 or 1; exit 2 passes only where the README shows the
//! very error message the run printed (such as an ambiguous `show`).

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use baogao::text::width;

use crate::baogao;

/// Files the examples name as the reader's own, and what the scratch directory holds under
/// that name: a file of the package, or (for `broken.ron`) a dataset with a misquoted target,
/// (for `typo.ron`) one with an optional field written without `Some(…)`; `reports/` is the
/// reader's library folder, holding one report already; `corpus-lib/` stands in for the real
/// reports imported from `../shared/corpus` (their output is checked against the README by
/// `compare::the_corpus_imported_into_a_folder_compares_its_growth_targets`).
const SUPPLIED: [(&str, &str); 7] = [
    ("qingshan-2030.txt", "tests/fixtures/web-page.txt"),
    ("report.txt", "tests/fixtures/web-page.txt"),
    ("my-report.ron", "examples/minimal.ron"),
    ("broken.ron", "examples/minimal.ron"),
    ("typo.ron", "examples/minimal.ron"),
    ("reports/example-2024.ron", "examples/minimal.ron"),
    ("corpus-lib/example-2024.ron", "examples/minimal.ron"),
];

/// How long one example may take.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// An example command and where it is written, for the failure message.
struct Example {
    place: String,
    command: String,
    /// Lines the README shows right after the command (its documented output).
    shown: Vec<String>,
}

fn package() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True when the shell command runs baogao: its first word after `NAME=value` settings.
fn runs_baogao(command: &str) -> bool {
    command
        .split_whitespace()
        .find(|word| !is_setting(word))
        .is_some_and(|word| word == "baogao")
}

/// `COLUMNS=60` and the like.
fn is_setting(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// The example commands of README.md, in order.
fn readme_examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut block: Option<&str> = None;
    for (number, line) in readme.lines().enumerate() {
        if let Some(info) = line.trim_start().strip_prefix("```") {
            block = match block {
                None => Some(info.trim()),
                Some(_) => None,
            };
            continue;
        }
        let command = match block {
            Some("sh") => Some(line),
            Some("console") => line.strip_prefix("$ "),
            _ => None,
        };
        match command {
            Some(command) if runs_baogao(command) => examples.push(Example {
                place: format!("README.md:{}", number + 1),
                command: command.trim().to_string(),
                shown: Vec::new(),
            }),
            None if block == Some("console") && !line.starts_with("$ ") => {
                if let Some(last) = examples.last_mut() {
                    last.shown.push(line.to_string());
                }
            }
            _ => {}
        }
    }
    examples
}

/// The examples listed under `baogao --help`: the command is what comes before the gap.
fn help_examples() -> Vec<Example> {
    let help = baogao(&["--help"]).ok();
    let (_, examples) = help.split_once("Examples:\n").expect("help has examples");
    examples
        .lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(number, line)| {
            let line = line.trim();
            let command = line.split_once("  ").map_or(line, |(command, _)| command);
            Example {
                place: format!("baogao --help, example {}", number + 1),
                command: command.to_string(),
                shown: Vec::new(),
            }
        })
        .collect()
}

/// Copies a directory of the package into `to`, recursively.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a scratch directory");
    for entry in std::fs::read_dir(from).expect("read a package directory") {
        let entry = entry.expect("directory entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a package file");
        }
    }
}

/// A scratch directory laid out like a checkout, with the supplied files.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("scratch dir");
    for sub in ["assets", "examples", "tests/fixtures"] {
        copy_dir(&package().join(sub), &dir.path().join(sub));
    }
    for (name, source) in SUPPLIED {
        let mut text = std::fs::read_to_string(package().join(source)).expect("read a source");
        if name == "broken.ron" {
            text = text.replacen("quote: \"", "quote: \"not in the text ", 1);
        }
        if name == "typo.ron" {
            text = text.replacen("metric: Some(\"gdp-growth\")", "metric: \"gdp-growth\"", 1);
        }
        let path = dir.path().join(name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).expect("create a supplied file's folder");
        }
        std::fs::write(path, text).expect("write a supplied file");
    }
    dir
}

/// Runs `command` with `sh -c` in `dir`, the built baogao first on PATH: exit code (None if
/// killed after [`TIME_LIMIT`]) and stderr.
fn run_in_shell(command: &str, dir: &Path) -> (Option<i32>, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_baogao"))
        .parent()
        .expect("binary directory");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin.to_path_buf()];
    paths.extend(std::env::split_paths(&path));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", std::env::join_paths(paths).expect("PATH"))
        .env("HOME", dir)
        .env("BAOGAO_STATE_DIR", dir.join("state"))
        .env("BAOGAO_LIBRARY", dir.join("library"))
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        // The README shows English output unless an example names a language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env_remove("BAOGAO_CONFIG")
        .env_remove("XDG_CONFIG_HOME")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    let started = Instant::now();
    while child.try_wait().expect("wait for sh").is_none() {
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("sh ends");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr)
}

/// Runs every example in order in one scratch directory; returns a line per failure.
fn failures(examples: &[Example]) -> Vec<String> {
    let dir = scratch();
    let mut failures = Vec::new();
    for example in examples {
        let (code, stderr) = run_in_shell(&example.command, dir.path());
        let shown_error = stderr
            .lines()
            .next()
            .is_some_and(|first| example.shown.iter().any(|l| l == first));
        let expected = matches!(code, Some(0 | 1)) || (code == Some(2) && shown_error);
        if !expected {
            failures.push(format!(
                "{}: `{}` exited {code:?}: {}",
                example.place,
                example.command,
                stderr.trim()
            ));
        }
    }
    failures
}

#[test]
fn readme_examples_are_found_in_sh_and_console_blocks() {
    let readme = "```sh\nbaogao outline\ncargo test\n```\n```console\n$ COLUMNS=60 baogao \
                  show x\nbaogao: `x` matches 2 sections:\n$ cargo run\n```\n```text\nbaogao \
                  targets [QUERY]\n```\n";
    let examples = readme_examples(readme);
    let commands: Vec<&str> = examples.iter().map(|e| e.command.as_str()).collect();
    assert_eq!(commands, ["baogao outline", "COLUMNS=60 baogao show x"]);
    assert_eq!(examples[1].place, "README.md:6");
    assert_eq!(examples[1].shown, ["baogao: `x` matches 2 sections:"]);
}

#[test]
fn every_readme_example_runs_as_written() {
    let readme = std::fs::read_to_string(package().join("README.md")).expect("README.md");
    let examples = readme_examples(&readme);
    assert!(
        examples.len() > 20,
        "only {} examples found",
        examples.len()
    );
    let failures = failures(&examples);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_help_example_runs_as_written() {
    let examples = help_examples();
    assert!(
        examples.len() > 10,
        "only {} examples found",
        examples.len()
    );
    let failures = failures(&examples);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn help_example_descriptions_start_in_one_column() {
    let help = baogao(&["--help"]).ok();
    let (_, examples) = help.split_once("Examples:\n").expect("help has examples");
    let mut columns = Vec::new();
    for line in examples.lines().filter(|l| !l.trim().is_empty()) {
        let indent = line.len() - line.trim_start().len();
        let (command, _) = line[indent..].split_once("  ").expect("a gap");
        let gap_start = indent + command.len();
        let description =
            gap_start + line[gap_start..].len() - line[gap_start..].trim_start().len();
        columns.push((width(&line[..description]), line));
    }
    assert!(columns.len() > 10);
    for (column, line) in &columns {
        assert_eq!(*column, columns[0].0, "{line}");
    }
}
