//! What the explorer remembers between runs: where each report was being read. Kept in
//! `state.ron` in baogao's state directory, written atomically; a file that cannot be used is
//! set aside with a warning, never deleted nor overwritten.

use std::collections::BTreeMap;
use std::io::Read;
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

/// State files larger than this are not read (a real one holds a few lines per report).
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The state file the explorer opened, and whether quitting may write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
    /// False when an unreadable file is still in place (it could not be set aside): writing
    /// would destroy it.
    writable: bool,
}

/// What opening the state file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// Where to save on quit.
    pub file: StateFile,
    /// What was remembered (empty when nothing could be read).
    pub state: State,
    /// What went wrong, for the user: the file was set aside, or left alone.
    pub warning: Option<String>,
}

impl StateFile {
    /// Reads the state at `path`. A missing file is an empty state. A file that cannot be
    /// used (not UTF-8, not RON, not the state's shape, larger than [`MAX_BYTES`]) is renamed
    /// to `state.ron.corrupt-<seconds>` and the warning says so; if it cannot be moved, or
    /// cannot be read at all, it is left alone and [`StateFile::save`] will not touch it.
    pub fn open(path: &Path) -> Opened {
        let (state, warning, writable) = match read(path) {
            Ok(None) => (State::default(), None, true),
            Ok(Some(state)) => (state, None, true),
            Err(Unusable::Unreadable(e)) => (
                State::default(),
                Some(format!(
                    "cannot read the state file {}: {e}; it is left as it is and \
                     reading positions will not be remembered",
                    path.display()
                )),
                false,
            ),
            Err(Unusable::Corrupt(why)) => {
                let (warning, moved) = set_aside(path, &why);
                (State::default(), Some(warning), moved)
            }
        };
        Opened {
            file: StateFile {
                path: path.to_path_buf(),
                writable,
            },
            state,
            warning,
        }
    }

    /// Writes `state` atomically, creating its directory; does nothing when the file found on
    /// opening is still in place unread.
    pub fn save(&self, state: &State) -> Result<(), String> {
        if self.writable {
            save(&self.path, state)
        } else {
            Ok(())
        }
    }
}

/// Why a state file cannot be used.
enum Unusable {
    /// It cannot be read at all (permissions, a directory): leave it be.
    Unreadable(std::io::Error),
    /// It was read but holds no state: set it aside.
    Corrupt(String),
}

/// The state in `path`, `None` when there is no file.
fn read(path: &Path) -> Result<Option<State>, Unusable> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Unusable::Unreadable(e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Unusable::Unreadable)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Unusable::Corrupt(format!(
            "larger than {} KiB",
            MAX_BYTES / 1024
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Unusable::Corrupt(format!(
            "the byte at offset {} is not valid UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })?;
    ron::from_str(&text)
        .map(Some)
        .map_err(|e| Unusable::Corrupt(e.to_string()))
}

/// Moves a corrupt state file out of the way under a name no other file has, keeping it for
/// the user to inspect. Returns the warning and whether the file was moved.
fn set_aside(path: &Path, why: &str) -> (String, bool) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aside = (1..)
        .map(|n| {
            let mut name = path.as_os_str().to_owned();
            name.push(format!(".corrupt-{seconds}"));
            if n > 1 {
                name.push(format!("-{n}"));
            }
            PathBuf::from(name)
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_default();
    match std::fs::rename(path, &aside) {
        Ok(()) => (
            format!(
                "the state file {} was corrupt ({why}); it was set aside as {} and baogao \
                 starts afresh",
                path.display(),
                aside.display()
            ),
            true,
        ),
        Err(e) => (
            format!(
                "the state file {} is corrupt ({why}) and could not be set aside ({e}); it is \
                 left as it is and reading positions will not be remembered",
                path.display()
            ),
            false,
        ),
    }
}

/// Writes the state to `path` atomically, creating its directory.
fn save(path: &Path, state: &State) -> Result<(), String> {
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

    fn remembered() -> State {
        let mut state = State::default();
        state.positions.insert("xiuzhou-2023".into(), position());
        state
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn saved_state_loads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested").join(FILE_NAME);
        let opened = StateFile::open(&path);
        assert_eq!((&opened.state, &opened.warning), (&State::default(), &None));
        opened.file.save(&remembered()).expect("save");
        let again = StateFile::open(&path);
        assert_eq!((again.state, again.warning), (remembered(), None));
    }

    /// Unusable state files of every kind, each with the words its warning must use.
    fn faults() -> Vec<(&'static str, Vec<u8>, &'static str)> {
        vec![
            (
                "bytes that are not UTF-8",
                b"(positions: {\"x\xff\xfe\": (section: \"s1\")})".to_vec(),
                "not valid UTF-8",
            ),
            (
                "RON cut short",
                b"(positions: {\"x\": (section: ".to_vec(),
                "corrupt",
            ),
            ("RON of the wrong shape", b"[1, 2, 3]".to_vec(), "corrupt"),
            (
                "a field of the wrong type",
                b"(positions: {\"x\": (section: 7)})".to_vec(),
                "corrupt",
            ),
            (
                "a file larger than the limit",
                [
                    b"(positions: {})".as_slice(),
                    &vec![b' '; MAX_BYTES as usize],
                ]
                .concat(),
                "larger than",
            ),
        ]
    }

    #[test]
    fn every_unusable_file_is_set_aside_byte_for_byte_and_never_overwritten() {
        for (kind, bytes, words) in faults() {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join(FILE_NAME);
            std::fs::write(&path, &bytes).expect("write");
            let opened = StateFile::open(&path);
            assert_eq!(opened.state, State::default(), "{kind}");
            let warning = opened.warning.clone().expect("a warning");
            assert!(warning.contains("set aside"), "{kind}: {warning}");
            assert!(warning.contains(words), "{kind}: {warning}");
            // Quitting saves where the explorer stopped.
            opened.file.save(&remembered()).expect("save");
            let names = names(dir.path());
            assert_eq!(names.len(), 2, "{kind}: {names:?}");
            assert!(
                names[1].starts_with("state.ron.corrupt-"),
                "{kind}: {names:?}"
            );
            let kept = std::fs::read(dir.path().join(&names[1])).expect("read aside");
            assert!(
                kept == bytes,
                "{kind}: the set-aside copy differs from the original"
            );
            let fresh = StateFile::open(&path);
            assert_eq!((fresh.state, fresh.warning), (remembered(), None), "{kind}");
        }
    }

    #[test]
    fn a_second_corrupt_file_in_the_same_second_does_not_replace_the_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        for bytes in [b"first \xff".as_slice(), b"second (".as_slice()] {
            std::fs::write(&path, bytes).expect("write");
            let _ = StateFile::open(&path);
        }
        let mut kept: Vec<Vec<u8>> = names(dir.path())
            .iter()
            .map(|n| std::fs::read(dir.path().join(n)).expect("read"))
            .collect();
        kept.sort();
        assert_eq!(kept, [b"first \xff".to_vec(), b"second (".to_vec()]);
    }

    #[test]
    fn a_file_that_cannot_be_read_is_left_alone_and_not_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        std::fs::create_dir(&path).expect("a directory where the file should be");
        std::fs::write(path.join("inside"), "keep").expect("write");
        let opened = StateFile::open(&path);
        let warning = opened.warning.clone().expect("a warning");
        assert!(warning.contains("left as it is"), "{warning}");
        opened.file.save(&remembered()).expect("save does nothing");
        assert_eq!(names(dir.path()), [FILE_NAME]);
        assert_eq!(
            std::fs::read_to_string(path.join("inside")).expect("kept"),
            "keep"
        );
    }

    #[test]
    fn a_missing_file_is_an_empty_state_without_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        let opened = StateFile::open(&dir.path().join(FILE_NAME));
        assert_eq!((opened.state, opened.warning), (State::default(), None));
    }
}
