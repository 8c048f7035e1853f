//! Behaviour on a real terminal: colour by default, NO_COLOR, and the terminal's own width.

use std::io::Read;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Runs baogao on a pseudo-terminal `cols` wide and 50 rows high, without a pager, and
/// returns what it drew (CRs removed).
fn on_terminal(args: &[&str], cols: u16, env: &[(&str, &str)]) -> String {
    let mut env = env.to_vec();
    env.insert(0, ("PAGER", "cat"));
    on_terminal_sized(args, cols, 50, &env)
}

/// Runs baogao on a pseudo-terminal `cols` x `rows` and returns what it drew (CRs removed).
pub fn on_terminal_sized(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> String {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_baogao"));
    command.args(args);
    command.env_remove("COLUMNS");
    command.env_remove("NO_COLOR");
    command.env_remove("BAOGAO_PAGER");
    command.env_remove("PAGER");
    command.env("TERM", "xterm-256color");
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = pty.slave.spawn_command(command).expect("spawn baogao");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("pty reader");
    let mut output = Vec::new();
    let mut buffer = [0u8; 4096];
    // Linux reports EIO once the child has exited and the slave side is closed.
    while let Ok(n) = reader.read(&mut buffer) {
        if n == 0 {
            break;
        }
        output.extend_from_slice(&buffer[..n]);
    }
    let status = child.wait().expect("baogao exits");
    assert!(status.success(), "baogao {args:?} failed");
    String::from_utf8(output).expect("UTF-8").replace('\r', "")
}

#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let coloured = on_terminal(&["targets", "光伏"], 100, &[]);
    assert!(coloured.contains("\u{1b}[1msubject"), "{coloured:?}");
    let plain = on_terminal(&["targets", "光伏"], 100, &[("NO_COLOR", "1")]);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    assert!(plain.contains("光伏新能源產業產值"));
}

#[test]
fn a_terminal_without_columns_is_measured() {
    let out = on_terminal(&["targets"], 50, &[("NO_COLOR", "1")]);
    assert!(out.lines().count() > 50);
    for line in out.lines() {
        assert!(baogao::text::width(line) <= 50, "{line}");
    }
    assert!(out.contains('…'), "cells were cut to 50 columns");
}

#[test]
fn search_on_a_terminal_follows_the_same_colour_rules() {
    let coloured = on_terminal(&["search", "光伏", "--limit", "3"], 100, &[]);
    assert!(
        coloured.contains("\u{1b}[1;31m光伏\u{1b}[0m"),
        "{coloured:?}"
    );
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let plain = on_terminal(&["search", "光伏", "--limit", "3"], 100, &env);
        assert!(!plain.contains('\u{1b}'), "{env:?}: {plain:?}");
        assert!(plain.contains("光伏"), "{env:?}: {plain:?}");
    }
    let never = on_terminal(&["--color", "never", "search", "光伏"], 100, &[]);
    assert!(!never.contains('\u{1b}'), "{never:?}");
}

#[test]
fn columns_beats_the_terminal_width_for_every_table() {
    for args in [
        &["search", "--limit", "0", "光伏"][..],
        &["targets"],
        &["outline"],
    ] {
        let out = on_terminal(args, 120, &[("NO_COLOR", "1"), ("COLUMNS", "60")]);
        let widest = out.lines().map(baogao::text::width).max().unwrap_or(0);
        assert!(
            (50..=60).contains(&widest),
            "{args:?}: widest line {widest}"
        );
    }
}
