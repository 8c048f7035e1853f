//! Non-interactive commands: each renders its whole output, which goes to stdout through one
//! writer ([`term::emit`]), and returns the process exit code.

mod check;
mod compare;
mod export;
pub mod filter;
mod formats;
mod import;
mod indicators;
mod locate;
mod lookup;
mod outline;
pub mod pager;
mod search;
mod settings;
mod show;
pub mod table;
mod targets;
pub mod term;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::cache::Cache;
use crate::cli::{Cli, Command};
use crate::i18n::Lang;
use crate::library;
use crate::model::Report;
use crate::stored::StoredReport;

pub use check::check;
pub use export::{export, to_ron};
pub use import::import;
pub use lookup::run_without_terminal;
use pager::Paging;
pub use search::{SearchOutput, search};
use term::Term;

/// What a command prints on stdout, rendered in full, and the exit code it ends with.
struct Printed {
    stdout: Vec<u8>,
    code: ExitCode,
}

impl Printed {
    /// `stdout`, then exit 0.
    fn success(stdout: impl Into<Vec<u8>>) -> Printed {
        Printed::with_code(stdout, ExitCode::SUCCESS)
    }

    /// `stdout`, then exit with `code`.
    fn with_code(stdout: impl Into<Vec<u8>>, code: ExitCode) -> Printed {
        Printed {
            stdout: stdout.into(),
            code,
        }
    }

    /// Writes the output through the one stdout writer and returns the exit code.
    fn emit(self, paging: Paging) -> Result<ExitCode> {
        term::emit(&self.stdout, paging)?;
        Ok(self.code)
    }
}

/// Runs a subcommand against the reports named by `--report`, its headers and words in `lang`.
pub fn run(command: &Command, cli: &Cli, lang: Lang) -> Result<ExitCode> {
    let report_paths = &cli.reports;
    let term = Term::detect(cli.color, lang);
    let cache = Cache::for_user(cli.no_cache);
    let printed = match command {
        Command::Check { paths, indicators } => {
            let vocabulary = indicators.as_ref().map(Option::as_deref);
            let mut out = Vec::new();
            let code = check(paths, vocabulary, lang, &mut out, &mut std::io::stderr())?;
            Printed::with_code(out, code)
        }
        Command::Indicators(args) => lookup::indicators(args, report_paths, &cache, &term)?,
        Command::Compare(args) => lookup::compare(args, report_paths, &cache, &term)?,
        Command::Export { format } => {
            let report = single_report(report_paths, &cache)?;
            Printed::success(export(&report, *format)?)
        }
        Command::Targets(args) => lookup::targets(args, report_paths, &cache, &term)?,
        Command::Outline { depth, wide } => {
            lookup::outline(*depth, *wide, report_paths, &cache, &term)?
        }
        Command::Show { section } => lookup::show(section, report_paths, &cache, &term)?,
        Command::Completions { shell } => lookup::completions(*shell),
        Command::Import(args) => {
            let mut out = Vec::new();
            let code = import(args, &mut out, &mut std::io::stderr())?;
            Printed::with_code(out, code)
        }
        Command::Config { path, default } => settings::config(*path, *default)?,
        Command::Bookmarks { format } => settings::bookmarks(*format, &term)?,
        Command::Search {
            query,
            limit,
            format,
        } => {
            let library = library::open(report_paths, &cache)?.warn_skipped();
            // Reports from the cache stay undecoded unless a hit shown needs one.
            let reports: Vec<StoredReport> = library.reports.into_iter().map(|(r, _)| r).collect();
            let index = || cache.index_over(&reports);
            let output = SearchOutput {
                format: *format,
                limit: *limit,
                term,
            };
            let (rendered, matched) = search(&reports, index, &query.join(" "), &output)?;
            let code = if matched {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            };
            Printed::with_code(rendered, code)
        }
    };
    printed.emit(cli.paging())
}

/// The one report a command works on.
fn single_report(paths: &[PathBuf], cache: &Cache) -> Result<Report> {
    let mut reports = library::open_reports(paths, cache)?;
    if reports.len() > 1 {
        bail!("this command takes one --report, not {}", reports.len());
    }
    Ok(reports.remove(0))
}
