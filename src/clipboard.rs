//! Putting text on the user's clipboard from a terminal program: the OSC 52 escape sequence,
//! which the terminal itself carries out (so it works over SSH, and inside tmux with
//! `set -g set-clipboard on`), plus a local clipboard tool (wl-copy, xclip, pbcopy) when one
//! answers and the program is not running in an SSH session.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Texts longer than this (in bytes, before encoding) are not sent: terminals cap OSC 52
/// payloads (xterm and tmux at about 100 kB encoded), and a cut copy would mislead.
pub const MAX_BYTES: usize = 74_000;

/// How long a local clipboard tool may take before it is given up on.
const TOOL_TIMEOUT: Duration = Duration::from_secs(1);

/// The OSC 52 sequence that asks the terminal to put `text` on the clipboard: `ESC ] 52 ; c ;
/// base64 BEL`. tmux with `set-clipboard on` takes the plain sequence and passes it on, so it
/// is never wrapped for passthrough.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", STANDARD.encode(text))
}

/// What the environment offers for copying.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Environment {
    /// Running in an SSH session (`SSH_CONNECTION` or `SSH_TTY` set): a local tool would fill
    /// the remote machine's clipboard, not the user's.
    pub ssh: bool,
    /// A Wayland session (`WAYLAND_DISPLAY`).
    pub wayland: bool,
    /// An X11 session (`DISPLAY`).
    pub x11: bool,
}

impl Environment {
    /// Reads the process environment.
    pub fn detect() -> Environment {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Environment {
            ssh: set("SSH_CONNECTION") || set("SSH_TTY"),
            wayland: set("WAYLAND_DISPLAY"),
            x11: set("DISPLAY"),
        }
    }

    /// The local tools worth trying, in order, as program and arguments.
    pub fn tools(&self) -> Vec<(&'static str, &'static [&'static str])> {
        if self.ssh {
            return Vec::new();
        }
        let mut tools: Vec<(&'static str, &'static [&'static str])> = Vec::new();
        if self.wayland {
            tools.push(("wl-copy", &[]));
        }
        if self.x11 {
            tools.push(("xclip", &["-selection", "clipboard"]));
        }
        if cfg!(target_os = "macos") {
            tools.push(("pbcopy", &[]));
        }
        tools
    }
}

/// How a copy went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copied {
    /// Sent to the terminal, and also to this local tool when one answered.
    Sent {
        /// The local tool that took the text, if any.
        tool: Option<&'static str>,
    },
    /// Too long to send; nothing was copied.
    TooLong,
}

/// Copies `text`: the OSC 52 sequence goes to `terminal`, then the first local tool that
/// answers gets the text too. An error writing to the terminal is returned.
pub fn copy(
    text: &str,
    terminal: &mut impl Write,
    environment: &Environment,
) -> std::io::Result<Copied> {
    if text.len() > MAX_BYTES {
        return Ok(Copied::TooLong);
    }
    terminal.write_all(osc52(text).as_bytes())?;
    terminal.flush()?;
    let tool = environment
        .tools()
        .into_iter()
        .find(|(program, args)| run_tool(program, args, text))
        .map(|(program, _)| program);
    Ok(Copied::Sent { tool })
}

/// Feeds `text` to a clipboard tool; true when it ran and exited successfully in time. Its
/// output is discarded: it must never reach the screen of the program that copies.
fn run_tool(program: &str, args: &[&str], text: &str) -> bool {
    let Ok(mut child) = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let fed = child
        .stdin
        .take()
        .is_some_and(|mut stdin| stdin.write_all(text.as_bytes()).is_ok());
    let deadline = Instant::now() + TOOL_TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return fed && status.success(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hi"), "\u{1b}]52;c;aGk=\u{7}");
        let sequence = osc52("光伏 ≥ 600 億元");
        let payload = sequence
            .strip_prefix("\u{1b}]52;c;")
            .and_then(|s| s.strip_suffix('\u{7}'))
            .expect("framed");
        let decoded = STANDARD.decode(payload).expect("base64");
        assert_eq!(
            String::from_utf8(decoded).expect("utf-8"),
            "光伏 ≥ 600 億元"
        );
    }

    #[test]
    fn no_local_tool_is_tried_over_ssh() {
        let local = Environment {
            ssh: false,
            wayland: true,
            x11: true,
        };
        let names: Vec<&str> = local.tools().iter().map(|(p, _)| *p).collect();
        assert_eq!(&names[..2], ["wl-copy", "xclip"]);
        let remote = Environment { ssh: true, ..local };
        assert!(remote.tools().is_empty());
    }

    #[test]
    fn copy_writes_the_sequence_and_refuses_what_terminals_would_cut() {
        let mut wire = Vec::new();
        let quiet = Environment::default();
        let copied = copy("光伏", &mut wire, &quiet).expect("copy");
        assert_eq!(copied, Copied::Sent { tool: None });
        assert_eq!(wire, osc52("光伏").into_bytes());
        let mut untouched = Vec::new();
        let long = "光".repeat(MAX_BYTES);
        assert_eq!(
            copy(&long, &mut untouched, &quiet).expect("copy"),
            Copied::TooLong
        );
        assert!(untouched.is_empty());
    }

    #[test]
    fn a_missing_tool_does_not_answer() {
        assert!(!run_tool("baogao-no-such-clipboard-tool", &[], "x"));
    }
}
