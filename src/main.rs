//! The `baogao` binary: parse the command line, then run a command or the explorer.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use baogao::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Some(command) => baogao::commands::run(command, &cli),
        None if !std::io::stdout().is_terminal() => baogao::commands::run_without_terminal(&cli),
        None => baogao::tui::run(&cli),
    };
    outcome.unwrap_or_else(|error| {
        eprintln!("baogao: {}", baogao::text::sanitize(&format!("{error:#}")));
        ExitCode::from(2)
    })
}
