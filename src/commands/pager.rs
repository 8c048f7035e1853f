//! Long output on a terminal goes through a pager, the way git and bat do it: when stdout is a
//! terminal and the output is taller than the window, it is piped to `$BAOGAO_PAGER`, else
//! `$PAGER`, else `less -FRX`; `--no-pager` (or a pager of `cat` or nothing) prints directly.
//! Output to a pipe or a file is never paged.

use std::io::Write;
use std::process::{Child, Command, Stdio};

/// Whether the user allows a pager.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Page output that does not fit a terminal.
    Auto,
    /// Never page (`--no-pager`).
    Never,
}

/// The pager used when neither `BAOGAO_PAGER` nor `PAGER` names one.
pub const DEFAULT_PAGER: &str = "less -FRX";

/// The pager command to run, from the values of `BAOGAO_PAGER` and `PAGER`; `None` when the
/// user's choice is to print directly (an empty value or `cat`).
pub fn pager_command(baogao_pager: Option<&str>, pager: Option<&str>) -> Option<String> {
    let chosen = baogao_pager.or(pager).unwrap_or(DEFAULT_PAGER).trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}

/// True when `output` needs more than `rows` rows of a terminal `columns` wide.
pub fn taller_than(output: &[u8], rows: usize, columns: usize) -> bool {
    let text = String::from_utf8_lossy(output);
    let columns = columns.max(1);
    let mut needed = 0;
    for line in text.lines() {
        needed += crate::text::width(&strip_escapes(line))
            .div_ceil(columns)
            .max(1);
        if needed > rows {
            return true;
        }
    }
    false
}

/// `line` without the SGR sequences (`ESC [ … m`) baogao writes for bold and colour.
fn strip_escapes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Starts the pager with its stdin piped; `None` when it cannot be started. `LESS=FRX` is
/// set unless the user set LESS, as git does, so a plain `PAGER=less` keeps the colours.
pub fn spawn(command: &str) -> Option<Child> {
    let mut process = if cfg!(unix) {
        let mut shell = Command::new("sh");
        shell.arg("-c").arg(command);
        shell
    } else {
        let mut words = command.split_whitespace();
        let mut direct = Command::new(words.next()?);
        direct.args(words);
        direct
    };
    if std::env::var_os("LESS").is_none() {
        process.env("LESS", "FRX");
    }
    process.stdin(Stdio::piped()).spawn().ok()
}

/// Pipes `output` through the running pager and waits for the user to leave it. A pager quit
/// before reading everything is a normal end.
pub fn page(mut child: Child, output: &[u8]) -> std::io::Result<()> {
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(output) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                let _ = child.wait();
                return Err(e);
            }
            _ => {}
        }
    }
    child.wait().map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_is_baogao_pager_then_pager_then_less() {
        assert_eq!(
            pager_command(Some("most"), Some("more")).as_deref(),
            Some("most")
        );
        assert_eq!(pager_command(None, Some("more")).as_deref(), Some("more"));
        assert_eq!(pager_command(None, None).as_deref(), Some(DEFAULT_PAGER));
        assert_eq!(pager_command(Some(""), Some("more")), None);
        assert_eq!(pager_command(None, Some("cat")), None);
    }

    #[test]
    fn height_counts_wrapped_rows_by_display_width_without_escapes() {
        let five = b"1\n2\n3\n4\n5\n";
        assert!(!taller_than(five, 5, 80));
        assert!(taller_than(five, 4, 80));
        // Ten CJK characters take 20 columns: two rows of a 10-column terminal.
        let wide = "光伏光伏光伏光伏光伏\n".as_bytes();
        assert!(!taller_than(wide, 1, 20));
        assert!(taller_than(wide, 1, 10));
        let bold = "\u{1b}[1m光伏\u{1b}[0m\n".as_bytes();
        assert!(!taller_than(bold, 1, 4));
    }
}
