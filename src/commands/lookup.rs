//! The quick-lookup commands at the process edge: load, render fully, then print once, with
//! exit code 0 (found), 1 (nothing matched) or 2 (an error, reported by the caller).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use crate::cache::Cache;
use crate::cli::{Cli, CompareArgs, IndicatorsArgs, TargetsArgs};
use crate::i18n::{Lang, Msg};
use crate::library;
use crate::search::Index;
use crate::text::sanitize;

use super::Printed;
use super::pager::Paging;
use super::show::Shown;
use super::term::Term;

/// Exit code when nothing matched.
const NOTHING: u8 = 1;
/// Exit code for a usage or data error.
const ERROR: u8 = 2;

/// `baogao targets`: prints the matching figures, or says on stderr that none matched.
pub(super) fn targets(
    args: &TargetsArgs,
    paths: &[PathBuf],
    cache: &Cache,
    term: &Term,
) -> Result<Printed> {
    let library = library::open(paths, cache)?.warn_skipped();
    let keys = library.keys();
    let reports = library.into_reports();
    let index = |i: usize| {
        let key = keys.get(i).copied().flatten().map(|k| [k]);
        cache.index(key.as_ref().map(|k| &k[..]), || Index::build(&reports[i]))
    };
    match super::targets::targets(&reports, &index, args, term)? {
        Some(text) => Ok(Printed::success(text)),
        None => {
            let query = args.query.as_deref().unwrap_or("");
            complain(&term.lang.fill(Msg::NoFiguresMatch, &[&query]));
            Ok(Printed::with_code("", ExitCode::from(NOTHING)))
        }
    }
}

/// `baogao indicators`: prints the indicators a query names with their linked figures, or
/// says on stderr that the query names none.
pub(super) fn indicators(
    args: &IndicatorsArgs,
    paths: &[PathBuf],
    cache: &Cache,
    term: &Term,
) -> Result<Printed> {
    let reports = library::open_reports(paths, cache)?;
    match super::indicators::indicators(&reports, args, term)? {
        Some(text) => Ok(Printed::success(text)),
        None => {
            let query = args.query.as_deref().unwrap_or("");
            complain(&term.lang.fill(Msg::NamesNoIndicator, &[&query]));
            Ok(Printed::with_code("", ExitCode::from(NOTHING)))
        }
    }
}

/// `baogao compare`: prints the comparison, or says on stderr why there is nothing to compare.
pub(super) fn compare(
    args: &CompareArgs,
    paths: &[PathBuf],
    cache: &Cache,
    term: &Term,
) -> Result<Printed> {
    let reports = library::open_reports(paths, cache)?;
    match super::compare::compare(&reports, args, term)? {
        Ok(text) => Ok(Printed::success(text)),
        Err(nothing) => {
            complain(&nothing.message(term.lang));
            Ok(Printed::with_code("", ExitCode::from(NOTHING)))
        }
    }
}

/// `baogao outline`: prints the section tree.
pub(super) fn outline(
    depth: Option<u16>,
    wide: bool,
    paths: &[PathBuf],
    cache: &Cache,
    term: &Term,
) -> Result<Printed> {
    let reports = library::open_reports(paths, cache)?;
    let text = super::outline::outline(&reports, depth, wide, term);
    Ok(Printed::success(text))
}

/// `baogao show`: prints a section, or lists the candidates (exit 2) when the query is
/// unknown or ambiguous.
pub(super) fn show(query: &str, paths: &[PathBuf], cache: &Cache, term: &Term) -> Result<Printed> {
    let reports = library::open_reports(paths, cache)?;
    match super::show::show(&reports, query, term) {
        Shown::Text(text) => return Ok(Printed::success(text)),
        Shown::Unknown => complain(&term.lang.fill(Msg::NoSectionMatches, &[&query])),
        Shown::Ambiguous(candidates) => {
            complain(
                &term
                    .lang
                    .fill(Msg::SectionsMatch, &[&query, &candidates.len()]),
            );
            let mut err = std::io::stderr().lock();
            for line in candidates {
                // Each candidate line is already sanitised by `show`.
                let _ = writeln!(err, "  {line}");
            }
        }
    }
    Ok(Printed::with_code("", ExitCode::from(ERROR)))
}

/// `baogao completions SHELL`: prints the completion script.
pub(super) fn completions(shell: clap_complete::Shell) -> Printed {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "baogao", &mut script);
    Printed::success(script)
}

/// `baogao` with stdout not a terminal: no TUI, but the outline (or the targets table for
/// `-t QUERY`) in `lang`, so `baogao | less` shows something useful.
pub fn run_without_terminal(cli: &Cli, lang: Lang) -> Result<ExitCode> {
    let term = Term::detect(cli.color, lang);
    let cache = Cache::for_user(cli.no_cache);
    match &cli.targets {
        Some(query) => {
            let args = TargetsArgs {
                query: Some(query.clone()),
                category: None,
                format: crate::cli::TableFormat::Table,
                results: false,
                both: false,
                wide: false,
                bom: false,
                cite: false,
            };
            targets(&args, &cli.reports, &cache, &term)?.emit(Paging::Never)
        }
        None => outline(None, false, &cli.reports, &cache, &term)?.emit(Paging::Never),
    }
}

/// A message on stderr, prefixed like every baogao message.
fn complain(message: &str) {
    eprintln!("baogao: {}", sanitize(message));
}
