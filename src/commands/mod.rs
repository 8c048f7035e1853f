//! Non-interactive commands: each prints to stdout and returns the process exit code.

mod check;
mod export;
pub mod filter;
mod formats;
mod import;
mod indicators;
mod locate;
mod lookup;
mod outline;
mod search;
mod show;
pub mod table;
mod targets;
pub mod term;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::{Cli, Command};
use crate::library;
use crate::model::Report;

pub use check::check;
pub use export::{export, to_ron};
pub use import::import;
pub use lookup::run_without_terminal;
pub use search::{SearchOutput, search};
use term::Term;

/// Loads the reports named by `--report` (files or folders), or the library folder plus the
/// embedded report when none is named; datasets that were skipped are reported on stderr.
pub fn load_reports(paths: &[PathBuf]) -> Result<Vec<Report>, library::OpenError> {
    open_library(paths).map(library::Library::into_reports)
}

/// [`load_reports`], keeping where each report came from.
pub fn open_library(paths: &[PathBuf]) -> Result<library::Library, library::OpenError> {
    let library = library::open(paths)?;
    for skipped in &library.skipped {
        eprintln!("baogao: warning: {skipped}");
    }
    Ok(library)
}

/// Runs a subcommand against the reports named by `--report`.
pub fn run(command: &Command, cli: &Cli) -> Result<ExitCode> {
    let report_paths = &cli.reports;
    let term = Term::detect(cli.color);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = match command {
        Command::Check { paths, indicators } => {
            let vocabulary = indicators.as_ref().map(Option::as_deref);
            check(paths, vocabulary, &mut out, &mut std::io::stderr())?
        }
        Command::Indicators(args) => lookup::indicators(args, report_paths, &term)?,
        Command::Export { format } => {
            let report = single_report(report_paths)?;
            // Render fully before writing, so an error never leaves half an export on stdout.
            let rendered = export(&report, *format)?;
            out.write_all(rendered.as_bytes())?;
            ExitCode::SUCCESS
        }
        Command::Targets(args) => lookup::targets(args, report_paths, &term)?,
        Command::Outline { depth, wide } => lookup::outline(*depth, *wide, report_paths, &term)?,
        Command::Show { section } => lookup::show(section, report_paths, &term)?,
        Command::Completions { shell } => lookup::completions(*shell)?,
        Command::Import(args) => import(args, &mut out, &mut std::io::stderr())?,
        Command::Search {
            query,
            limit,
            format,
        } => {
            let reports = load_reports(report_paths)?;
            let output = SearchOutput::for_stdout(*format, *limit);
            let (rendered, matched) = search(&reports, &query.join(" "), &output)?;
            out.write_all(rendered.as_bytes())?;
            if matched {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    };
    out.flush().context("writing to stdout")?;
    Ok(code)
}

/// The one report a command works on.
fn single_report(paths: &[PathBuf]) -> Result<Report> {
    let mut reports = load_reports(paths)?;
    if reports.len() > 1 {
        bail!("this command takes one --report, not {}", reports.len());
    }
    Ok(reports.remove(0))
}
