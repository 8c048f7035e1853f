//! Long output on a terminal goes through the pager; short output, `--no-pager` and pipes
//! print directly.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::baogao_with;
use crate::pty::on_terminal_sized;

/// A pager that marks every line it shows, so a test can see the output went through it.
const MARKING_PAGER: &str = "sed 's/^/PAGED:/'";

/// `show` of the first part of the 2023 tasks: far taller than 24 rows.
const TALL: [&str; 2] = ["show", "tasks-2023-1-1"];

#[test]
fn output_taller_than_the_terminal_goes_through_pager() {
    let out = on_terminal_sized(&TALL, 80, 24, &[("PAGER", MARKING_PAGER)]);
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert!(lines.len() > 24, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("PAGED:")), "{out}");
    assert!(lines[0].contains("(一)聚焦實體經濟"), "{out}");
}

#[test]
fn baogao_pager_beats_pager() {
    let env = [("PAGER", "false"), ("BAOGAO_PAGER", MARKING_PAGER)];
    let out = on_terminal_sized(&TALL, 80, 24, &env);
    assert!(out.starts_with("PAGED:"), "{out}");
}

#[test]
fn no_pager_short_output_and_pipes_print_directly() {
    let env = [("PAGER", MARKING_PAGER)];
    let direct = on_terminal_sized(&["--no-pager", "show", "tasks-2023-1-1"], 80, 24, &env);
    assert!(direct.contains("(一)聚焦實體經濟"), "{direct}");
    assert!(!direct.contains("PAGED:"), "{direct}");
    let short = on_terminal_sized(&["targets", "光伏"], 80, 24, &env);
    assert!(short.contains("光伏新能源產業產值"), "{short}");
    assert!(!short.contains("PAGED:"), "{short}");
    let tall_enough = on_terminal_sized(&TALL, 80, 200, &env);
    assert!(!tall_enough.contains("PAGED:"), "fits 200 rows");
    let piped = baogao_with(&TALL, &env).ok();
    assert!(piped.contains("(一)聚焦實體經濟"));
    assert!(!piped.contains("PAGED:"), "{piped}");
}

#[test]
fn the_default_pager_is_less_waiting_for_the_reader() {
    if !std::path::Path::new("/usr/bin/less").exists()
        && !std::path::Path::new("/bin/less").exists()
    {
        eprintln!("note: less is not installed; the default pager is not exercised");
        return;
    }
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_baogao"));
    command.args(TALL);
    for name in ["PAGER", "BAOGAO_PAGER", "LESS", "COLUMNS", "NO_COLOR"] {
        command.env_remove(name);
    }
    command.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(command).expect("spawn baogao");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let (send, received) = channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let size = |n| NonZeroU16::new(n).expect("non-zero");
    let mut screen = vt100::Parser::new(size(24), size(80), 0);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !screen.screen().contents().contains("(一)聚焦實體經濟") {
        assert!(Instant::now() < deadline, "{}", screen.screen().contents());
        if let Ok(chunk) = received.recv_timeout(Duration::from_millis(100)) {
            screen.process(&chunk);
        }
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().expect("status").is_none(),
        "less waits for the reader instead of printing everything and exiting"
    );
    writer.write_all(b"q").expect("quit less");
    writer.flush().expect("flush");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().expect("status") {
            assert!(status.success());
            break;
        }
        assert!(Instant::now() < deadline, "baogao did not end after q");
        std::thread::sleep(Duration::from_millis(50));
    }
}
