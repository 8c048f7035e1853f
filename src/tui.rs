//! The interactive explorer (being built: prints the outline for now).

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::Cli;
use crate::commands::load_reports;

/// Opens the explorer on the reports named on the command line.
pub fn run(cli: &Cli) -> Result<ExitCode> {
    let reports = load_reports(&cli.reports)?;
    for (depth, section) in reports[0].walk() {
        println!(
            "{}{}",
            "  ".repeat(depth),
            crate::text::sanitize(&section.heading())
        );
    }
    Ok(ExitCode::SUCCESS)
}
