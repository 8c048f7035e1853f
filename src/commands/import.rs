//! `baogao import FILE`: a plain-text report to a dataset, on stdout or written atomically.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::export::to_ron;
use crate::atomic_write::{self, Overwrite};
use crate::cli::ImportArgs;
use crate::import::{self, Imported, MAX_INPUT_BYTES, Options};
use crate::library;
use crate::load;
use crate::model::{Bound, Figure};
use crate::text::{format_number, sanitize};

/// Imports `args.path`; the dataset goes to `args.output` or `out`, the summary to `err`.
pub fn import(args: &ImportArgs, out: &mut impl Write, err: &mut impl Write) -> Result<ExitCode> {
    let shown = sanitize(&args.path.display().to_string()).into_owned();
    let bytes = read_input(&args.path).with_context(|| format!("reading {shown}"))?;
    let options = Options {
        encoding: args.encoding,
        id: args.id.clone(),
        title: args.title.clone(),
        region: args.region.clone(),
        year: args.year,
        name: args
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let imported = import::import(&bytes, &options).with_context(|| shown.clone())?;
    for warning in &imported.summary.warnings {
        writeln!(err, "baogao: warning: {shown}: {}", sanitize(warning))?;
    }
    if args.report_only {
        write_summary(&shown, &imported, err)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut ron = to_ron(&imported.report).context("serialising the dataset")?;
    ron.push('\n');
    // The dataset must pass the same validation as `check`; anything else is a bug here.
    load::parse(&ron, "imported dataset").context("the imported dataset is not valid")?;
    let overwrite = if args.force {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    let destination = match (&args.output, args.add) {
        (Some(path), _) => path.clone(),
        (None, true) => library_file(&imported.report.id)?,
        (None, false) => {
            out.write_all(ron.as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    write_summary(&shown, &imported, err)?;
    let target = sanitize(&destination.display().to_string()).into_owned();
    if args.add && std::fs::read(&destination).is_ok_and(|old| old == ron.as_bytes()) {
        writeln!(err, "already in the library: {target}")?;
    } else {
        atomic_write::write(&destination, ron.as_bytes(), overwrite)?;
        writeln!(err, "wrote {target}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Where `--add` puts the dataset with this id: `<id>.ron` in the library folder, created if
/// need be.
fn library_file(id: &str) -> Result<PathBuf> {
    let plain = |c: char| c.is_alphanumeric() || "-_.".contains(c);
    if id.is_empty() || id.starts_with('.') || !id.chars().all(plain) {
        bail!(
            "the id `{}` cannot name a file in the library: give one with --id",
            sanitize(id)
        );
    }
    let Some(folder) = library::folder() else {
        bail!("no library folder: set BAOGAO_LIBRARY or XDG_DATA_HOME");
    };
    std::fs::create_dir_all(&folder).with_context(|| {
        format!(
            "creating the library folder {}",
            sanitize(&folder.display().to_string())
        )
    })?;
    Ok(folder.join(format!("{id}.ron")))
}

/// Reads a file of at most [`MAX_INPUT_BYTES`].
fn read_input(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        bail!("is a directory, not a text file");
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        bail!(
            "larger than the {} MiB limit for a report",
            MAX_INPUT_BYTES / 1024 / 1024
        );
    }
    Ok(bytes)
}

fn write_summary(shown: &str, imported: &Imported, err: &mut impl Write) -> Result<()> {
    let s = &imported.summary;
    let c = s.counts;
    let report = &imported.report;
    writeln!(err, "{shown}: read as {}", s.encoding)?;
    let region = match report.region.as_str() {
        "" => "(none)".into(),
        region => sanitize(region),
    };
    let year = match report.year {
        0 => "(none)".to_string(),
        year => year.to_string(),
    };
    writeln!(
        err,
        "  id {}, region {region}, year {year}",
        sanitize(&report.id)
    )?;
    writeln!(
        err,
        "  {} sections, {} paragraphs, {} targets, {} results",
        c.sections, c.paragraphs, c.targets, c.results
    )?;
    writeln!(
        err,
        "  {} lines set aside as page furniture",
        s.furniture_lines
    )?;
    let (targets, results) = s.linked;
    writeln!(
        err,
        "  linked to indicators: {targets} of {} targets, {results} of {} results",
        c.targets, c.results
    )?;
    writeln!(err, "  main expected targets: {}", s.main_targets.len())?;
    for target in &s.main_targets {
        let indicator = target.indicator.as_deref().unwrap_or("no indicator");
        writeln!(err, "    {} → {indicator}", sanitize(&describe(target)))?;
    }
    if s.doubts.is_empty() {
        writeln!(err, "  unsure of no figure")?;
    } else {
        writeln!(err, "  unsure of {} (check these lines):", s.doubts.len())?;
    }
    for doubt in &s.doubts {
        writeln!(
            err,
            "    {} {}: {} | {}",
            doubt.figure,
            doubt.reason.describe(),
            sanitize(&doubt.subject),
            sanitize(&doubt.quote)
        )?;
    }
    Ok(())
}

/// `地区生产总值增长 5–5.5 % (about)`.
fn describe(figure: &Figure) -> String {
    let value = figure.value.map(format_number).unwrap_or_default();
    let value = match figure.value_to {
        Some(to) => format!("{value}–{}", format_number(to)),
        None => value,
    };
    let bound = match figure.bound {
        Bound::AtLeast => " (at least)",
        Bound::AtMost => " (at most)",
        Bound::About => " (about)",
        Bound::Exact => "",
    };
    format!("{} {value}{}{bound}", figure.subject, figure.unit)
}
