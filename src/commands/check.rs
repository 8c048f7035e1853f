//! `baogao check PATH...`: validate datasets.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::load::{self, LoadError};
use crate::text::sanitize;

/// Validates each file, printing a summary line per valid file to `out` and every problem to
/// `err`. Exit code: 0 all valid, 1 some invalid, 2 some unreadable.
pub fn check(paths: &[PathBuf], out: &mut impl Write, err: &mut impl Write) -> Result<ExitCode> {
    let mut worst = 0u8;
    for path in paths {
        let shown = sanitize(&path.display().to_string()).into_owned();
        match load::load_file(path) {
            Ok(report) => {
                let c = report.counts();
                writeln!(
                    out,
                    "{shown}: ok: {} sections, {} paragraphs, {} targets, {} results",
                    c.sections, c.paragraphs, c.targets, c.results
                )?;
            }
            Err(e) => {
                let code = match e {
                    LoadError::Unreadable { .. } => 2,
                    LoadError::Syntax(_) | LoadError::Invalid(_) => 1,
                };
                worst = worst.max(code);
                // Every piece of a load error taken from the file is sanitised where it is built.
                writeln!(err, "{e}")?;
            }
        }
    }
    Ok(ExitCode::from(worst))
}
