//! baogao: read Chinese government work reports in the terminal and look up their targets.
//!
//! The library holds the data model and loader, text handling for the terminal, the
//! non-interactive commands and the explorer, so examples, benchmarks and tests can use them.

pub mod action;
pub mod app;
pub mod atomic_write;
pub mod backend;
pub mod cache;
pub mod citation;
pub mod cli;
pub mod clipboard;
pub mod columns;
pub mod commands;
pub mod compare;
pub mod config;
pub mod convert;
pub mod figure_format;
pub mod i18n;
pub mod import;
pub mod indicators;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod load;
pub mod model;
pub mod paths;
pub mod preferences;
pub mod probe;
pub mod save_timer;
pub mod search;
pub mod state;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
