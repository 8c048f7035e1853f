//! Command-line interface: global options and subcommands (clap derive).

use std::path::PathBuf;

use clap::{ColorChoice, Parser, Subcommand, ValueEnum};

use crate::commands::filter::parse_category;
use crate::commands::pager::Paging;
use crate::convert::ScriptChoice;
use crate::i18n::Lang;
use crate::import::EncodingChoice;
use crate::model::Category;
use crate::preferences::{AmbiwidthChoice, Asked};
use crate::text::{pad_right, width};

/// The examples under `--help`: a command as a shell runs it, and what it does.
const EXAMPLES: [(&str, &str); 17] = [
    ("baogao", "open the embedded 2023 Xiuzhou report"),
    ("baogao --targets", "open straight into the targets table"),
    ("baogao -t 光伏", "targets table filtered by a query"),
    ("baogao check my-report.ron", "validate a dataset"),
    (
        "baogao indicators 社零",
        "a standard indicator and the figures linked to it",
    ),
    (
        "baogao compare gdp-growth cpi",
        "indicators across the loaded reports",
    ),
    ("baogao export --format txt", "print the report text"),
    (
        "baogao targets 光伏",
        "targets whose subject, quote or category match",
    ),
    (
        "baogao targets --both 'R&D'",
        "targets beside last year's results",
    ),
    (
        "baogao targets -f csv --bom",
        "every target as CSV for a spreadsheet",
    ),
    ("baogao outline --depth 2", "the section tree with ids"),
    (
        "baogao show '2023/一/(一)'",
        "a section's text, by path, id or title",
    ),
    ("baogao completions bash", "a shell completion script"),
    (
        "baogao import report.txt",
        "a plain-text report as a dataset",
    ),
    (
        "baogao search 光伏产业",
        "search (also: gfcy, guangfu, 光伏 600)",
    ),
    (
        "baogao targets 光伏 --cite",
        "citation lines to paste into a chat",
    ),
    ("baogao config --default", "a config file with every option"),
];

/// The examples as help text, descriptions aligned by display width (a Chinese character
/// takes two columns).
fn examples() -> String {
    let command_columns = EXAMPLES.iter().map(|(c, _)| width(c)).max().unwrap_or(0);
    let mut text = String::from("Examples:");
    for (command, description) in EXAMPLES {
        text.push_str("\n  ");
        text.push_str(&pad_right(command, command_columns + 2));
        text.push_str(description);
    }
    text
}

/// baogao: read Chinese government work reports and look up their targets.
#[derive(Debug, Parser)]
#[command(name = "baogao", version, about, after_help = examples())]
pub struct Cli {
    /// A dataset (RON) to open instead of the embedded report.
    #[arg(long = "report", value_name = "PATH", global = true)]
    pub reports: Vec<PathBuf>,

    /// Open the targets table first, filtered by QUERY if given.
    #[arg(short = 't', long = "targets", value_name = "QUERY", num_args = 0..=1, default_missing_value = "")]
    pub targets: Option<String>,

    /// When to colour the output: auto colours a terminal, unless NO_COLOR is set or TERM=dumb.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print long output directly instead of through $PAGER (less -FRX) on a terminal.
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// Parse every dataset and build every search index afresh, without reading or writing
    /// the cache folder (also: BAOGAO_NO_CACHE=1).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// The interface's language (default: the config file's `language`, else the locale).
    #[arg(long, value_enum, value_name = "LANG", global = true)]
    pub lang: Option<Lang>,

    /// Show reports in this script: as written, Simplified or Traditional.
    #[arg(long, value_enum, value_name = "SCRIPT", global = true)]
    pub script: Option<ScriptChoice>,

    /// How wide the terminal draws ambiguous characters (“ ” · — ─); auto asks it.
    #[arg(
        long,
        value_enum,
        value_name = "WIDTH",
        env = "BAOGAO_AMBIWIDTH",
        global = true
    )]
    pub ambiwidth: Option<AmbiwidthChoice>,

    /// Draw borders with ASCII characters, for fonts without box drawing.
    #[arg(long, global = true)]
    pub ascii: bool,

    /// What to do instead of opening the explorer.
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Whether long output on a terminal may go through a pager.
    pub fn paging(&self) -> Paging {
        if self.no_pager {
            Paging::Never
        } else {
            Paging::Auto
        }
    }

    /// What the command line asks of the interface.
    pub fn asked(&self) -> Asked {
        Asked {
            lang: self.lang,
            script: self.script,
            ambiwidth: self.ambiwidth,
            ascii: self.ascii,
        }
    }
}

/// Non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate dataset files and print what each holds.
    Check {
        /// Dataset files (RON).
        #[arg(required_unless_present = "indicators", value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Also validate an indicator vocabulary: FILE, or the embedded one without FILE.
        #[arg(long, value_name = "FILE", num_args = 0..=1)]
        indicators: Option<Option<PathBuf>>,
    },
    /// Print a report as JSON, RON or plain text.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// List targets (or results) whose subject, quote or category match QUERY.
    Targets(TargetsArgs),
    /// Print the section tree with ids, labels and titles.
    Outline {
        /// Show only this many levels.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        depth: Option<u16>,
        /// Never cut titles to fit the terminal.
        #[arg(long)]
        wide: bool,
    },
    /// Print a section's text with its sub-sections, wrapped to the terminal width.
    Show {
        /// An id, a path such as `2023/一/(一)`, or a fragment of a title.
        section: String,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
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
    /// Turn a plain-text work report into a dataset (RON), to stdout or -o.
    Import(ImportArgs),
    /// List the standard indicators (all, or those QUERY names) with the figures linked to them.
    Indicators(IndicatorsArgs),
    /// Check the config file, print its path, or print a commented file with every option.
    Config {
        /// Print where the config file is read from ($BAOGAO_CONFIG, else the config folder).
        #[arg(long, conflicts_with = "default")]
        path: bool,
        /// Print a config file with every option at its default, commented out.
        #[arg(long)]
        default: bool,
    },
    /// List the bookmarks kept in the state file, oldest first.
    Bookmarks {
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = BookmarkFormat::Table)]
        format: BookmarkFormat,
    },
    /// Compare indicators across the loaded reports: each report's target, 力争 aim and
    /// prior-year result; with --track, whether each year's target was met.
    Compare(CompareArgs),
}

/// Formats for `bookmarks`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BookmarkFormat {
    /// Aligned columns: report, section, label, created.
    Table,
    /// An array of objects: report, section, paragraph, offset, label, created (RFC 3339).
    Json,
}

/// Options of `compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Indicators by id, name, alias or pinyin (`gdp-growth`, `社零`, `CPI`); default: the
    /// main expected targets that the loaded reports give.
    #[arg(value_name = "INDICATOR")]
    pub indicators: Vec<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// For two reports of one region in consecutive years, the first year's target beside the
    /// result the next report gives for it: met, missed or no result, with both quotes.
    #[arg(long)]
    pub track: bool,
    /// Never cut cells or switch to the narrow layout to fit the terminal.
    #[arg(long)]
    pub wide: bool,
    /// Start CSV output with a byte-order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
}

/// Options of `indicators`.
#[derive(Debug, clap::Args)]
pub struct IndicatorsArgs {
    /// A name, alias, abbreviation or pinyin of an indicator (`社零`, `GDP增长`, `gdzctz`).
    pub query: Option<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Never cut cells to fit the terminal.
    #[arg(long)]
    pub wide: bool,
    /// Start CSV output with a byte-order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
}

/// Options of `targets`.
#[derive(Debug, clap::Args)]
pub struct TargetsArgs {
    /// Words to match in the subject, the quote or the category (Simplified or Traditional).
    pub query: Option<String>,
    /// Only this category: its name (`innovation`) or Chinese label (`科技創新` or `科技创新`).
    #[arg(long, short, value_parser = parse_category)]
    pub category: Option<Category>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// List last year's results instead of targets.
    #[arg(long, conflicts_with = "both")]
    pub results: bool,
    /// Only targets with a linked result, the two side by side.
    #[arg(long)]
    pub both: bool,
    /// Never cut cells to fit the terminal.
    #[arg(long)]
    pub wide: bool,
    /// Start CSV output with a byte-order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
    /// Print each figure as a citation line to paste: value, ` — `, report title › section path.
    #[arg(long, conflicts_with_all = ["format", "wide", "bom"])]
    pub cite: bool,
}

/// Formats for `targets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// An aligned table sized to the terminal.
    Table,
    /// An array of objects.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A Markdown table.
    Md,
}

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The report as plain text (UTF-8, GB18030, Big5 or UTF-16).
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    /// Write the dataset here instead of stdout.
    #[arg(short, long, value_name = "OUT.ron", conflicts_with = "add")]
    pub output: Option<PathBuf>,
    /// Add the dataset to the library folder as `<id>.ron` ($BAOGAO_LIBRARY, else
    /// $XDG_DATA_HOME/baogao/reports).
    #[arg(long, conflicts_with = "report_only")]
    pub add: bool,
    /// How to decode FILE.
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    pub encoding: EncodingChoice,
    /// The dataset id (default: place and year, such as hubei-2026).
    #[arg(long)]
    pub id: Option<String>,
    /// The report title (default: from the text).
    #[arg(long)]
    pub title: Option<String>,
    /// The region (default: from the delivery line, the title or the file name).
    #[arg(long)]
    pub region: Option<String>,
    /// The year the report plans for (default: from the title, the delivery line, the
    /// publication date or the file name).
    #[arg(long)]
    pub year: Option<u16>,
    /// Replace OUT.ron (or, with --add, a different dataset of the same id) if it exists.
    #[arg(long)]
    pub force: bool,
    /// Only print what was found (to stderr); write no dataset.
    #[arg(long)]
    pub report_only: bool,
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
