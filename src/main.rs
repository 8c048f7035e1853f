//! The `baogao` binary: parse the command line, then run a command or the explorer.

use std::process::ExitCode;

use clap::Parser;

use baogao::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Some(command) => baogao::commands::run(command, &cli.reports),
        None => baogao::tui::run(&cli),
    };
    outcome.unwrap_or_else(|error| {
        eprintln!("baogao: {}", baogao::text::sanitize(&format!("{error:#}")));
        ExitCode::from(2)
    })
}
