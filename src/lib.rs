//! baogao: read Chinese government work reports in the terminal and look up their targets.
//!
//! The library holds the data model and loader, text handling for the terminal, the
//! non-interactive commands and the TUI, so examples, benchmarks and tests can use them.

pub mod cli;
pub mod commands;
pub mod load;
pub mod model;
pub mod search;
pub mod text;
pub mod tui;
