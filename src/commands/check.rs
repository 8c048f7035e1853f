//! `baogao check PATH... [--indicators [FILE]]`: validate datasets and indicator vocabularies.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::i18n::{Lang, Msg};
use crate::indicators::{self, Vocabulary};
use crate::load::{self, LoadError};
use crate::text::sanitize;

/// Validates each file, printing a summary line per valid file (in `lang`) to `out` and every
/// problem to `err`; with `vocabulary` (`Some(None)`: the embedded one), validates that
/// vocabulary too. Exit code: 0 all valid, 1 some invalid, 2 some unreadable.
pub fn check(
    paths: &[PathBuf],
    vocabulary: Option<Option<&Path>>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<ExitCode> {
    let mut worst = 0u8;
    if let Some(path) = vocabulary {
        let (shown, loaded) = match path {
            Some(path) => (
                path.display().to_string(),
                load::read_text(path)
                    .and_then(|t| Vocabulary::parse(&t, &path.display().to_string())),
            ),
            None => (
                indicators::EMBEDDED_PATH.to_string(),
                Vocabulary::parse(indicators::EMBEDDED_RON, indicators::EMBEDDED_PATH),
            ),
        };
        match loaded {
            Ok(vocabulary) => {
                let all = vocabulary.indicators();
                let names: usize = all.iter().map(|i| i.names().count()).sum();
                let headline = all.iter().filter(|i| i.headline).count();
                let summary = lang.fill(
                    Msg::CheckVocabulary,
                    &[&sanitize(&shown), &all.len(), &headline, &names],
                );
                writeln!(out, "{summary}")?;
            }
            Err(e) => worst = worst.max(report_error(&e, err)?),
        }
    }
    for path in paths {
        let shown = sanitize(&path.display().to_string()).into_owned();
        match load::load_file(path) {
            Ok(report) => {
                let c = report.counts();
                let summary = lang.fill(
                    Msg::CheckReport,
                    &[&shown, &c.sections, &c.paragraphs, &c.targets, &c.results],
                );
                writeln!(out, "{summary}")?;
            }
            Err(e) => worst = worst.max(report_error(&e, err)?),
        }
    }
    Ok(ExitCode::from(worst))
}

/// Writes a load error to `err` and returns its exit code: 2 unreadable, 1 invalid.
fn report_error(error: &LoadError, err: &mut impl Write) -> Result<u8> {
    // Every piece of a load error taken from the file is sanitised where it is built.
    writeln!(err, "{error}")?;
    Ok(match error {
        LoadError::Unreadable { .. } => 2,
        LoadError::Syntax(_) | LoadError::Invalid(_) => 1,
    })
}
