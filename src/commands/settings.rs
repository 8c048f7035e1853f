//! `baogao config` (check the config file, `--path`, `--default`) and `baogao bookmarks`
//! (the bookmarks made in the explorer, as a table or JSON).

use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::cli::BookmarkFormat;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::state::{self, Bookmark};

use super::Printed;
use super::table::Table;
use super::term::Term;

/// `baogao config`: with `--path` the file's path, with `--default` the commented default
/// file; alone, checks the file: `PATH: ok`, `PATH: no file (the defaults are used)`, or the
/// located problem on stderr and exit 1.
pub(super) fn config(path: bool, default: bool) -> Result<Printed> {
    if default {
        return Ok(Printed::success(config::default_file()));
    }
    let file = config::path().context("no config folder: set BAOGAO_CONFIG or HOME")?;
    let shown = crate::text::sanitize(&file.display().to_string()).into_owned();
    if path {
        return Ok(Printed::success(format!("{shown}\n")));
    }
    if !file.exists() {
        return Ok(Printed::success(format!(
            "{shown}: no file (the defaults are used; `baogao config --default` prints one)\n"
        )));
    }
    match config::load(&file) {
        (_, None) => Ok(Printed::success(format!("{shown}: ok\n"))),
        (_, Some(problem)) => {
            eprintln!("{problem}");
            Ok(Printed::with_code("", ExitCode::from(1)))
        }
    }
}

/// `baogao bookmarks`: every bookmark in the state file, read without changing it.
pub(super) fn bookmarks(format: BookmarkFormat, term: &Term) -> Result<Printed> {
    let folder = state::directory().context("no state folder: set BAOGAO_STATE_DIR or HOME")?;
    let state = state::read_only(&folder.join(state::FILE_NAME)).map_err(anyhow::Error::msg)?;
    let rendered = match format {
        BookmarkFormat::Table if state.bookmarks.is_empty() => {
            eprintln!("baogao: {}", term.lang.text(Msg::NoBookmarks));
            String::new()
        }
        BookmarkFormat::Table => {
            table(&state.bookmarks, term.lang).render(Some(term.columns), term)
        }
        BookmarkFormat::Json => {
            let records: Vec<Value> = state.bookmarks.iter().map(record).collect();
            let mut all = Value::Array(records);
            super::targets::sanitize_json(&mut all);
            serde_json::to_string_pretty(&all)? + "\n"
        }
    };
    Ok(Printed::success(rendered))
}

/// The bookmarks as a table, label last so it takes the room left, headers in `lang`.
fn table(bookmarks: &[Bookmark], lang: Lang) -> Table {
    let created = lang.text(Msg::ColCreated);
    let headers = [
        lang.text(Msg::ColReport),
        lang.text(Msg::ColSection),
        created,
        lang.text(Msg::ColLabel),
    ];
    let mut table = Table::new(&headers).keep_whole(&[created]);
    for bookmark in bookmarks {
        let created = state::rfc3339(bookmark.created);
        table.push(vec![
            bookmark.place.report.clone(),
            bookmark.place.position.section.clone(),
            created.get(..16).unwrap_or(&created).replace('T', " "),
            bookmark.label.clone(),
        ]);
    }
    table
}

/// One bookmark as JSON: `report`, `section`, `paragraph`, `offset`, `label`, `created`.
fn record(bookmark: &Bookmark) -> Value {
    let position = &bookmark.place.position;
    json!({
        "report": bookmark.place.report,
        "section": position.section,
        "paragraph": position.paragraph,
        "offset": position.offset,
        "label": bookmark.label,
        "created": state::rfc3339(bookmark.created),
    })
}
