//! Non-interactive commands: each prints to stdout and returns the process exit code.

mod check;
mod export;
mod search;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::Command;
use crate::load;
use crate::model::Report;

pub use check::check;
pub use export::export;
pub use search::{SearchOutput, search};

/// Loads the reports named by `--report`, or the embedded one when none is named.
pub fn load_reports(paths: &[PathBuf]) -> Result<Vec<Report>, load::LoadError> {
    if paths.is_empty() {
        return Ok(vec![load::embedded()?]);
    }
    paths.iter().map(|p| load::load_file(p)).collect()
}

/// Runs a subcommand against the reports named by `--report`.
pub fn run(command: &Command, report_paths: &[PathBuf]) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = match command {
        Command::Check { paths } => check(paths, &mut out, &mut std::io::stderr())?,
        Command::Export { format } => {
            let report = single_report(report_paths)?;
            // Render fully before writing, so an error never leaves half an export on stdout.
            let rendered = export(&report, *format)?;
            out.write_all(rendered.as_bytes())?;
            ExitCode::SUCCESS
        }
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
