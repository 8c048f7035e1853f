//! What the output goes to: how wide it may be, whether it may carry colour and the language
//! its reader reads, decided once for every command, and the one writer every command's output
//! goes through.

use std::ffi::OsStr;
use std::io::{IsTerminal, Write};

use anyhow::{Context, Result};
use clap::ColorChoice;

use crate::i18n::Lang;

use super::pager::{Paging, page, pager_command, spawn, taller_than};

/// The width used when neither COLUMNS nor a terminal says otherwise.
pub const DEFAULT_COLUMNS: usize = 80;

/// The output's width in columns, whether escape codes may be written, and the language of
/// table headers and of the words in values (力爭, `by 2023-06`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Display columns a line may take.
    pub columns: usize,
    /// True when bold and dim escape codes may be written.
    pub color: bool,
    /// The interface language (`--lang`, the config file, the locale).
    pub lang: Lang,
}

impl Term {
    /// Looks at the environment and stdout: COLUMNS, the terminal's size, NO_COLOR and TERM;
    /// the output speaks `lang`.
    pub fn detect(choice: ColorChoice, lang: Lang) -> Term {
        let tty = std::io::stdout().is_terminal();
        let tty_columns = if tty {
            crossterm::terminal::size().ok().map(|(cols, _)| cols)
        } else {
            None
        };
        let columns_env = std::env::var("COLUMNS").ok();
        Term {
            columns: columns(columns_env.as_deref(), tty_columns),
            color: use_color(
                choice,
                std::env::var_os("NO_COLOR").as_deref(),
                std::env::var_os("TERM").as_deref(),
                tty,
            ),
            lang,
        }
    }

    /// `text` in bold, when colour is on.
    pub fn bold(&self, text: &str) -> String {
        self.styled("1", text)
    }

    /// `text` dimmed, when colour is on.
    pub fn dim(&self, text: &str) -> String {
        self.styled("2", text)
    }

    /// `text` in bold red, for the characters a search matched, when colour is on.
    pub fn highlight(&self, text: &str) -> String {
        self.styled("1;31", text)
    }

    fn styled(&self, code: &str, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }
}

/// The width: COLUMNS when it is a positive number, else the terminal's, else 80.
pub fn columns(columns_env: Option<&str>, tty_columns: Option<u16>) -> usize {
    columns_env
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or(tty_columns.map(usize::from).filter(|&c| c > 0))
        .unwrap_or(DEFAULT_COLUMNS)
}

/// Whether to colour: `always` and `never` decide; `auto` colours only a terminal, and not
/// when NO_COLOR is set to anything non-empty or TERM is `dumb`.
pub fn use_color(
    choice: ColorChoice,
    no_color: Option<&OsStr>,
    term: Option<&OsStr>,
    tty: bool,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            tty && no_color.is_none_or(OsStr::is_empty) && term != Some(OsStr::new("dumb"))
        }
    }
}

/// Writes a fully rendered output to stdout at once, through a pager when stdout is a terminal
/// too short for it (see [`super::pager`]). A reader that went away (`| head -1`) is a normal
/// end, not an error: the rest is dropped silently.
pub fn emit(output: &[u8], paging: Paging) -> Result<()> {
    if let Some(pager) = pager_for(output, paging) {
        return page(pager, output).context("writing to the pager");
    }
    write_all_or_closed(&mut std::io::stdout().lock(), output).context("writing to stdout")
}

/// The started pager, when paging is allowed, stdout is a terminal, the output is taller than
/// it and the pager starts.
fn pager_for(output: &[u8], paging: Paging) -> Option<std::process::Child> {
    if paging == Paging::Never || !std::io::stdout().is_terminal() {
        return None;
    }
    let (columns, rows) = crossterm::terminal::size().ok()?;
    if !taller_than(output, usize::from(rows), usize::from(columns)) {
        return None;
    }
    let variable = |name| std::env::var(name).ok();
    spawn(&pager_command(
        variable("BAOGAO_PAGER").as_deref(),
        variable("PAGER").as_deref(),
    )?)
}

/// Writes and flushes `output`, treating a closed pipe as success.
fn write_all_or_closed(out: &mut impl Write, output: &[u8]) -> std::io::Result<()> {
    match out.write_all(output).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_prefers_the_environment_then_the_terminal_then_80() {
        assert_eq!(columns(Some("60"), Some(120)), 60);
        assert_eq!(columns(None, Some(120)), 120);
        assert_eq!(columns(Some("wide"), Some(120)), 120);
        assert_eq!(columns(Some("0"), None), DEFAULT_COLUMNS);
        assert_eq!(columns(None, None), DEFAULT_COLUMNS);
    }

    #[test]
    fn auto_colour_needs_a_terminal_and_no_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert!(use_color(ColorChoice::Auto, None, None, true));
        assert!(use_color(ColorChoice::Auto, empty, None, true));
        assert!(!use_color(ColorChoice::Auto, set, None, true));
        assert!(!use_color(ColorChoice::Auto, None, None, false));
        assert!(!use_color(
            ColorChoice::Auto,
            None,
            Some(OsStr::new("dumb")),
            true
        ));
    }

    #[test]
    fn an_explicit_choice_overrides_no_color_and_the_pipe() {
        let set = Some(OsStr::new("1"));
        assert!(use_color(ColorChoice::Always, set, None, false));
        assert!(!use_color(ColorChoice::Never, None, None, true));
    }

    #[test]
    fn styles_are_plain_text_without_colour() {
        let plain = Term {
            columns: 80,
            color: false,
            lang: Lang::En,
        };
        let coloured = Term {
            columns: 80,
            color: true,
            lang: Lang::En,
        };
        assert_eq!(plain.bold("光伏"), "光伏");
        assert_eq!(coloured.bold("光伏"), "\u{1b}[1m光伏\u{1b}[0m");
        assert_eq!(coloured.dim(""), "");
        assert_eq!(plain.highlight("光伏"), "光伏");
        assert_eq!(coloured.highlight("光伏"), "\u{1b}[1;31m光伏\u{1b}[0m");
    }

    /// A writer whose reader has gone away.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_the_output_quietly_but_other_errors_do_not() {
        assert!(write_all_or_closed(&mut Closed, b"x").is_ok());
        let mut full = [0u8; 1];
        let mut small = &mut full[..];
        assert!(write_all_or_closed(&mut small, b"xy").is_err());
    }
}
