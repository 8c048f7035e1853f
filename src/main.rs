//! The `baogao` binary: parse the command line, then run a command or the explorer.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use baogao::cli::Cli;
use baogao::preferences::Preferences;
use baogao::text;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let prefs = Preferences::load(cli.asked());
    let outcome = match &cli.command {
        Some(command) => {
            // The tables measure with the rule; auto has no terminal to ask here.
            text::fix_ambiguous_width(prefs.ambiguous_width(|| None));
            baogao::commands::run(command, &cli, prefs.lang)
        }
        None if !std::io::stdout().is_terminal() => {
            baogao::commands::run_without_terminal(&cli, prefs.lang)
        }
        None => baogao::tui::run(&cli, prefs),
    };
    outcome.unwrap_or_else(|error| {
        // Messages may span lines (a dataset error quotes the line and points at the column):
        // keep our line breaks, make every other control character visible.
        eprintln!(
            "baogao: {}",
            baogao::text::sanitize_lines(&format!("{error:#}"))
        );
        ExitCode::from(2)
    })
}
