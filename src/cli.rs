//! Command-line interface: global options and subcommands (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  baogao                         open the embedded 2023 Xiuzhou report
  baogao --targets               open straight into the targets table
  baogao -t 光伏                  targets table filtered by a query
  baogao check my-report.ron     validate a dataset
  baogao export --format txt     print the report text
  baogao search 光伏产业           search (also: gfcy, guangfu, 光伏 600)";

/// baogao: read Chinese government work reports and look up their targets.
#[derive(Debug, Parser)]
#[command(name = "baogao", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// A dataset (RON) to open instead of the embedded report.
    #[arg(long = "report", value_name = "PATH", global = true)]
    pub reports: Vec<PathBuf>,

    /// Open the targets table first, filtered by QUERY if given.
    #[arg(short = 't', long = "targets", value_name = "QUERY", num_args = 0..=1, default_missing_value = "")]
    pub targets: Option<String>,

    /// What to do instead of opening the explorer.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate dataset files and print what each holds.
    Check {
        /// Dataset files (RON).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print a report as JSON, RON or plain text.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Search headings, sentences, targets and results: Simplified or Traditional, pinyin.
    /// Exit 0 when something matched, 1 when nothing did, 2 on error.
    Search {
        /// What to look for; several words must all match, in any order.
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// Show at most N results (0: all).
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SearchFormat::Table)]
        format: SearchFormat,
    },
}

/// Formats for `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// Aligned columns: kind, section, a snippet around the match.
    Table,
    /// An array of objects: kind, section, text, score, positions (char indices into text).
    Json,
}

/// Formats for `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The model as JSON.
    Json,
    /// The model as RON (the dataset format).
    Ron,
    /// The report text in reading order, one paragraph per line.
    Txt,
}
