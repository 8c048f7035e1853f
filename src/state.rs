//! What the explorer remembers between runs: where each report was being read. Kept in
//! `state.ron` in baogao's state directory, written atomically; a corrupt file is set aside
//! with a warning and never deleted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::atomic_write::{self, Overwrite};

/// The state file's name inside the state directory.
pub const FILE_NAME: &str = "state.ron";

/// Everything remembered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// Reading position by report id.
    #[serde(default)]
    pub positions: BTreeMap<String, Position>,
}

/// A place in a report that survives re-wrapping and small edits of other sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The id of the section in view.
    pub section: String,
    /// The paragraph at the top of the reader, if a paragraph was there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
    /// Byte offset into that paragraph (or heading) of the first line shown.
    #[serde(default)]
    pub offset: usize,
}

/// The state directory: `$BAOGAO_STATE_DIR`, else `$XDG_STATE_HOME/baogao`, else
/// `~/.local/state/baogao` (see [`crate::paths`]); `None` when none can be found.
pub fn directory() -> Option<PathBuf> {
    crate::paths::folder(crate::paths::Folder::State)
}

/// Reads the state at `path`. A missing file is an empty state; a file that cannot be parsed
/// is renamed to `state.ron.corrupt-<seconds>` and the returned warning says so.
pub fn load(path: &Path) -> (State, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(format!(
                    "cannot read {}: {e}; starting afresh",
                    path.display()
                )),
            );
        }
    };
    match ron::from_str(&text) {
        Ok(state) => (state, None),
        Err(error) => (State::default(), Some(set_aside(path, &error.to_string()))),
    }
}

/// Moves a corrupt state file out of the way, keeping it for the user to inspect.
fn set_aside(path: &Path, why: &str) -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".corrupt-{seconds}"));
    let aside = PathBuf::from(aside);
    match std::fs::rename(path, &aside) {
        Ok(()) => format!(
            "the state file {} was corrupt ({why}); it was set aside as {} and baogao starts afresh",
            path.display(),
            aside.display()
        ),
        Err(e) => format!(
            "the state file {} is corrupt ({why}) and could not be set aside ({e}); it is left as it is",
            path.display()
        ),
    }
}

/// Writes the state to `path` atomically, creating its directory.
pub fn save(path: &Path, state: &State) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let text = ron::ser::to_string_pretty(state, ron::ser::PrettyConfig::new())
        .map_err(|e| e.to_string())?;
    atomic_write::write(path, text.as_bytes(), Overwrite::Replace).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position() -> Position {
        Position {
            section: "tasks-2023-1".into(),
            paragraph: Some(0),
            offset: 42,
        }
    }

    #[test]
    fn saved_state_loads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested").join(FILE_NAME);
        let mut state = State::default();
        state.positions.insert("xiuzhou-2023".into(), position());
        save(&path, &state).expect("save");
        assert_eq!(load(&path), (state, None));
    }

    #[test]
    fn a_missing_file_is_an_empty_state_without_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(load(&dir.path().join(FILE_NAME)), (State::default(), None));
    }

    #[test]
    fn a_corrupt_file_is_set_aside_with_a_warning_and_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "(positions: {\"x\": (section: ").expect("write");
        let (state, warning) = load(&path);
        assert_eq!(state, State::default());
        let warning = warning.expect("a warning");
        assert!(warning.contains("set aside"), "{warning}");
        assert!(!path.exists());
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .collect();
        assert_eq!(kept.len(), 1);
        let name = kept[0].file_name().to_string_lossy().into_owned();
        assert!(name.starts_with("state.ron.corrupt-"), "{name}");
        assert_eq!(
            std::fs::read_to_string(kept[0].path()).expect("read"),
            "(positions: {\"x\": (section: "
        );
    }
}
