//! Where baogao keeps its files: the XDG layout on Linux and macOS (`$XDG_CONFIG_HOME`,
//! `$XDG_DATA_HOME`, `$XDG_STATE_HOME`, `$XDG_CACHE_HOME`, with their `~/.config`-style
//! defaults), the platform's own folders on Windows, each under a `baogao` folder. The
//! lookup is the `etcetera` crate's; a `BAOGAO_*` variable overrides each one.

use std::path::PathBuf;

use etcetera::BaseStrategy;

/// The kinds of folder baogao uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// The config file (`BAOGAO_CONFIG_DIR` overrides).
    Config,
    /// What the explorer remembers: positions, bookmarks, history (`BAOGAO_STATE_DIR`).
    State,
    /// Imported reports: the library (`BAOGAO_LIBRARY` overrides, naming the folder itself).
    Library,
    /// Caches that can always be rebuilt (`BAOGAO_CACHE_DIR`).
    Cache,
}

impl Folder {
    /// The environment variable that names this folder directly.
    pub fn override_variable(self) -> &'static str {
        match self {
            Folder::Config => "BAOGAO_CONFIG_DIR",
            Folder::State => "BAOGAO_STATE_DIR",
            Folder::Library => "BAOGAO_LIBRARY",
            Folder::Cache => "BAOGAO_CACHE_DIR",
        }
    }
}

/// The folder of `kind`, or `None` when neither its variable nor a home folder is known.
pub fn folder(kind: Folder) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(kind.override_variable()).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let base = etcetera::choose_base_strategy().ok()?;
    let app = match kind {
        Folder::Config => base.config_dir().join("baogao"),
        Folder::State => base
            .state_dir()
            .unwrap_or_else(|| base.data_dir())
            .join("baogao"),
        Folder::Library => base.data_dir().join("baogao").join("reports"),
        Folder::Cache => base.cache_dir().join("baogao"),
    };
    Some(app)
}
