//! A reader that stops early (`baogao … | head -1`) is a normal end: exit 0, nothing on stderr.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use baogao::load;
use baogao::model::{Figure, Section};

/// Well above a pipe's buffer (64 KiB on Linux) plus what the reader takes in one gulp, so
/// the writer is still writing when the reader goes away.
const BIG: usize = 128 * 1024;

/// A scratch directory holding the large inputs below, made once.
fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("closed-pipes");
        std::fs::create_dir_all(&dir).expect("scratch dir");
        write_big_dataset(&dir.join("big.ron"));
        let page = include_str!("../fixtures/web-page.txt");
        std::fs::write(dir.join("big.txt"), page.repeat(120)).expect("write big.txt");
        dir
    })
}

/// Appends `suffix` to the id of `section` and of every section under it.
fn rename(section: &mut Section, suffix: &str) {
    section.id.push_str(suffix);
    for child in &mut section.children {
        rename(child, suffix);
    }
}

/// A copy of `figure` that refers to the copied sections and metrics.
fn renamed(figure: &Figure, suffix: &str) -> Figure {
    let mut figure = figure.clone();
    figure.id.push_str(suffix);
    figure.section.push_str(suffix);
    if let Some(metric) = &mut figure.metric {
        metric.push_str(suffix);
    }
    figure
}

/// The embedded report copied forty times over (sections, targets and results, ids made
/// unique) and its introduction's paragraphs repeated, so every command has a lot to print.
fn write_big_dataset(path: &Path) {
    let mut report = load::embedded().expect("embedded dataset");
    let original = report.clone();
    for copy in 1..40 {
        let suffix = format!("-copy{copy}");
        for section in &original.sections {
            let mut section = section.clone();
            rename(&mut section, &suffix);
            report.sections.push(section);
        }
        let targets = original.targets.iter().map(|f| renamed(f, &suffix));
        report.targets.extend(targets);
        let results = original.results.iter().map(|f| renamed(f, &suffix));
        report.results.extend(results);
    }
    let intro = &mut report.sections[0];
    let paragraphs = std::mem::take(&mut intro.paragraphs);
    intro.paragraphs = std::iter::repeat_n(paragraphs, 400).flatten().collect();
    let ron = baogao::commands::to_ron(&report).expect("serialise");
    std::fs::write(path, ron).expect("write big.ron");
}

/// Every command, with arguments that make it print more than [`BIG`] bytes.
fn commands() -> Vec<Vec<String>> {
    let dir = scratch();
    let big = dir.join("big.ron").display().to_string();
    let text = dir.join("big.txt").display().to_string();
    let minimal = format!("{}/examples/minimal.ron", env!("CARGO_MANIFEST_DIR"));
    let mut check = vec!["check".to_string()];
    check.extend(std::iter::repeat_n(minimal, 3000));
    let one = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--report".to_string(), big.clone()];
        all.extend(args.iter().map(|a| a.to_string()));
        all
    };
    vec![
        one(&["export", "--format", "json"]),
        one(&["export", "--format", "ron"]),
        one(&["export", "--format", "txt"]),
        one(&["search", "--limit", "0", "的"]),
        one(&["search", "--format", "json", "--limit", "0", "的"]),
        one(&["targets", "--wide"]),
        one(&["targets", "--format", "json"]),
        one(&["targets", "--format", "csv"]),
        one(&["targets", "--format", "md"]),
        one(&["--targets"]),
        one(&["outline"]),
        one(&[]),
        one(&["show", "intro"]),
        vec!["import".to_string(), text],
        check,
    ]
}

/// Runs baogao with stdout piped, reads one line, closes the pipe and waits: the exit code,
/// the line and stderr.
fn read_one_line_then_close(args: &[String]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn baogao");
    let mut line = String::new();
    {
        let stdout = child.stdout.take().expect("piped stdout");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read a line");
    }
    let output = child.wait_with_output().expect("baogao exits");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), line, stderr)
}

#[test]
fn every_command_ends_quietly_when_the_reader_closes_after_one_line() {
    for args in commands() {
        let shown = args.iter().take(12).cloned().collect::<Vec<_>>().join(" ");
        let full = Command::new(env!("CARGO_BIN_EXE_baogao"))
            .args(&args)
            .env_remove("COLUMNS")
            .output()
            .expect("baogao runs");
        assert!(full.status.success(), "{shown}: {full:?}");
        assert!(
            full.stdout.len() > BIG,
            "{shown} printed only {} bytes: too little to outlast the pipe",
            full.stdout.len()
        );
        let first = full.stdout.split_inclusive(|&b| b == b'\n').next();
        let (code, line, stderr) = read_one_line_then_close(&args);
        assert_eq!(Some(line.as_bytes()), first, "{shown}");
        assert_eq!(stderr, "", "{shown}");
        assert_eq!(code, Some(0), "{shown}");
    }
}
