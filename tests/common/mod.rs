//! A pseudo-terminal harness: runs the real `baogao` binary and reads its screen through a
//! terminal emulator (vt100), as a person would see it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `baogao` in a pseudo-terminal.
pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    /// The state directory of this run (kept while the session lives).
    pub state_dir: std::path::PathBuf,
    _state: Option<tempfile::TempDir>,
    _cache: tempfile::TempDir,
    parser: vt100::Parser,
    /// Every byte the program wrote so far.
    pub bytes: Vec<u8>,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    /// Starts the binary with `args` in a `cols` x `rows` terminal.
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Self {
        Self::start_with_env(args, cols, rows, &[])
    }

    /// Starts the binary with extra environment variables.
    pub fn start_with_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Self {
        let state = tempfile::tempdir().expect("state dir");
        let path = state.path().to_path_buf();
        let mut session = Self::start_in(args, cols, rows, env, &path);
        session._state = Some(state);
        session
    }

    /// Starts the binary with its state (remembered positions) kept in `state_dir`.
    pub fn start_in(
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
        state_dir: &std::path::Path,
    ) -> Self {
        Self::spawn(
            env!("CARGO_BIN_EXE_baogao"),
            args,
            cols,
            rows,
            env,
            state_dir,
        )
    }

    /// Starts another program (`less`, to compare with) the same way.
    pub fn start_program(program: &str, args: &[&str], cols: u16, rows: u16) -> Self {
        let state = tempfile::tempdir().expect("state dir");
        let path = state.path().to_path_buf();
        let mut session = Self::spawn(program, args, cols, rows, &[], &path);
        session._state = Some(state);
        session
    }

    fn spawn(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
        state_dir: &std::path::Path,
    ) -> Self {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("openpty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        command.env("BAOGAO_STATE_DIR", state_dir);
        // The cache in a folder of its own: never the real one, nor beside the state.
        let cache = tempfile::tempdir().expect("cache dir");
        command.env("BAOGAO_CACHE_DIR", cache.path());
        // No config file unless a test names one: a developer's own must not change tests.
        command.env("BAOGAO_CONFIG", state_dir.join("no-config.toml"));
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn baogao");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || send.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let parser = vt100::Parser::new(nz(rows), nz(cols), 0);
        Self {
            master: pair.master,
            writer,
            child,
            output,
            parser,
            bytes: Vec::new(),
            state_dir: state_dir.to_path_buf(),
            _state: None,
            _cache: cache,
        }
    }

    /// Types text or escape sequences.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// Resizes the terminal (the program gets SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master.resize(size(cols, rows)).expect("resize");
        self.parser.screen_mut().set_size(nz(rows), nz(cols));
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(chunk) = self.output.recv_timeout(wait) {
            self.parser.process(&chunk);
            self.bytes.extend_from_slice(&chunk);
            while let Ok(more) = self.output.try_recv() {
                self.parser.process(&more);
                self.bytes.extend_from_slice(&more);
            }
        }
    }

    /// Reads whatever output is waiting, without waiting for more.
    pub fn drain(&mut self) {
        self.pump(Duration::from_millis(1));
    }

    /// Waits until the screen satisfies `ready`, panicking with the screen after `seconds`.
    pub fn wait_for(&mut self, what: &str, seconds: u64, ready: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        while Instant::now() < deadline {
            self.pump(Duration::from_millis(50));
            if ready(self.parser.screen()) {
                return;
            }
        }
        panic!(
            "timed out waiting for {what}; screen:\n{}",
            self.screen().contents()
        );
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for_text(&mut self, text: &str) {
        self.wait_for(text, 20, |s| s.contents().contains(text));
    }

    /// Lets output settle: reads until nothing arrives for a moment.
    pub fn settle(&mut self) {
        let before = self.bytes.len();
        self.pump(Duration::from_millis(300));
        while self.bytes.len() > before && {
            let n = self.bytes.len();
            self.pump(Duration::from_millis(200));
            self.bytes.len() > n
        } {}
    }

    /// The emulated screen.
    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// The text of one screen row.
    pub fn row(&self, row: u16) -> String {
        let (_, cols) = self.parser.screen().size();
        self.parser
            .screen()
            .contents_between(row, 0, row, cols.get())
    }

    /// Ends the program with SIGKILL, as a crash or a closed laptop would, and waits for it.
    pub fn kill_hard(&mut self) {
        let pid = self.child.process_id().expect("a running program");
        let killed = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(killed.success());
        let _ = self.child.wait();
    }

    /// Waits for the program to exit and returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            self.pump(Duration::from_millis(50));
            if let Ok(Some(status)) = self.child.try_wait() {
                self.pump(Duration::from_millis(100));
                return status.success();
            }
        }
        let _ = self.child.kill();
        panic!("baogao did not exit; screen:\n{}", self.screen().contents());
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n.max(1)).unwrap_or(NonZeroU16::MIN)
}
