//! baogao: read Chinese government work reports in the terminal and look up their targets.
//!
//! # The library
//!
//! - [`model`]: a report, its sections and its figures (targets and results).
//! - [`load`]: parse and validate a dataset (RON or JSON), with located errors;
//!   [`library`]: open files, folders and the default library, skipping what does not load;
//!   [`cache`]: parsed reports and search indexes kept between runs.
//! - [`search`]: the fuzzy index over sections, sentences and figures (pinyin, scripts folded).
//! - [`indicators`]: the vocabulary of standard indicators; [`compare`]: one indicator across
//!   reports and years.
//! - [`import`]: a report's plain text to a dataset.
//! - [`stored`]: a report kept in its cache entry until more than its name is needed.
//! - [`pending`]: a value made on another thread, waited for where it is needed.
//! - [`text`]: sanitising untrusted text and measuring it by display width; [`convert`]:
//!   Simplified/Traditional conversion; [`figure_format`] and [`citation`]: figures and places
//!   as the interface writes them, in the language of [`i18n`].
//!
//! ```
//! let reports = vec![baogao::load::embedded().expect("the embedded report loads")];
//! let index = baogao::search::Index::build_all(&reports);
//! let hits = index.search("光伏");
//! assert!(!hits.is_empty());
//! ```
//!
//! The other modules make up the `baogao` binary (the explorer and the commands). They are
//! public so that the tests, examples and benchmarks can drive them, and are left out of these
//! documents: they are not an interface to build on.

mod archive;
pub mod cache;
pub mod citation;
pub mod compare;
pub mod convert;
pub mod figure_format;
pub mod i18n;
pub mod import;
pub mod indicators;
pub mod library;
pub mod load;
pub mod model;
pub mod pending;
pub mod search;
pub mod stamp;
pub mod stored;
pub mod text;

pub use library::Library;
pub use load::LoadError;
pub use model::{Figure, FigureRef, Report, Section};
pub use search::Index;

#[doc(hidden)]
pub mod action;
#[doc(hidden)]
pub mod app;
#[doc(hidden)]
pub mod atomic_write;
#[doc(hidden)]
pub mod backend;
#[doc(hidden)]
pub mod cli;
#[doc(hidden)]
pub mod clipboard;
#[doc(hidden)]
pub mod columns;
#[doc(hidden)]
pub mod commands;
#[doc(hidden)]
pub mod config;
#[doc(hidden)]
pub mod keymap;
#[doc(hidden)]
pub mod layout;
#[doc(hidden)]
pub mod opening;
#[doc(hidden)]
pub mod paths;
#[doc(hidden)]
pub mod preferences;
#[doc(hidden)]
pub mod probe;
#[doc(hidden)]
pub mod save_timer;
#[doc(hidden)]
pub mod state;
#[doc(hidden)]
pub mod theme;
#[doc(hidden)]
pub mod tui;
#[doc(hidden)]
pub mod ui;
