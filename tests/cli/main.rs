//! The real `baogao` binary, run as a user or a script would run it.

mod cache;
mod colour;
mod compare;
mod conventions;
mod examples;
mod indicators;
mod language;
mod lookup;
mod paging;
mod pipes;
mod pty;
mod settings;
mod show;
mod width;

use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;

/// What a run printed and how it exited.
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Asserts exit 0 and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "stderr: {}", self.stderr);
        self.stdout
    }
}

/// Runs baogao with `args` and `env`, stdout piped, in a clean environment for the settings
/// baogao reads (COLUMNS, NO_COLOR, TERM; an English locale and no config file, so the
/// interface speaks English unless a test asks otherwise).
pub fn baogao_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = cargo_bin_cmd!("baogao");
    command
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .env_remove("TERM")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env(
            "BAOGAO_CONFIG",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config.toml"),
        )
        .args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    Run::from(command.output().expect("baogao runs"))
}

/// Runs baogao with `args` in a clean environment.
pub fn baogao(args: &[&str]) -> Run {
    baogao_with(args, &[])
}

/// The data lines of a table output (after the header).
pub fn rows(table: &str) -> Vec<&str> {
    table.lines().skip(1).collect()
}
