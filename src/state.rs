//! What the explorer remembers between runs: where each report was being read, bookmarks,
//! the places jumped from and the search queries typed. Kept in `state.ron` in baogao's state
//! directory, written atomically after every change; a file that cannot be used is set aside
//! with a warning, never deleted nor overwritten.

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
    /// Bookmarks, oldest first.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
    /// The places jumped from and, after going back, the places to go forward to.
    #[serde(default)]
    pub jumps: Jumps,
    /// Search queries, oldest first, at most [`MAX_QUERIES`].
    #[serde(default)]
    pub queries: Vec<String>,
}

/// How many search queries are remembered.
pub const MAX_QUERIES: usize = 100;
/// How many places each direction of the jump history keeps.
pub const MAX_JUMPS: usize = 100;

/// A position in one of the reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The report's id.
    pub report: String,
    /// Where in it.
    #[serde(flatten)]
    pub position: Position,
}

/// A place the reader marked, with what it shows and when it was marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The marked place.
    #[serde(flatten)]
    pub place: Place,
    /// What is there: a heading, the start of a paragraph, a target.
    pub label: String,
    /// When it was made, in seconds since 1970-01-01 UTC.
    pub created: u64,
}

/// Back and forward lists of places, like a browser's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jumps {
    /// Places jumped from, the most recent last.
    #[serde(default)]
    pub back: Vec<Place>,
    /// Places gone back from, the most recent last.
    #[serde(default)]
    pub forward: Vec<Place>,
}

impl Jumps {
    /// Records a jump away from `from`: it is where going back leads; going forward is forgotten.
    pub fn leave(&mut self, from: Place) {
        if self.back.last() != Some(&from) {
            push_bounded(&mut self.back, from, MAX_JUMPS);
        }
        self.forward.clear();
    }

    /// Goes back from `current`: the place to show, `current` kept for going forward.
    pub fn back(&mut self, current: Place) -> Option<Place> {
        let to = self.back.pop()?;
        push_bounded(&mut self.forward, current, MAX_JUMPS);
        Some(to)
    }

    /// Goes forward from `current` after going back.
    pub fn forward(&mut self, current: Place) -> Option<Place> {
        let to = self.forward.pop()?;
        push_bounded(&mut self.back, current, MAX_JUMPS);
        Some(to)
    }
}

/// Appends `item`, dropping the oldest entries beyond `max`.
fn push_bounded<T>(list: &mut Vec<T>, item: T, max: usize) {
    list.push(item);
    let excess = list.len().saturating_sub(max);
    list.drain(..excess);
}

impl Bookmark {
    /// A bookmark at `place` showing `label` (sanitised: it comes from a dataset), made at
    /// `created` (seconds since 1970).
    pub fn new(place: Place, label: &str, created: u64) -> Self {
        Self {
            place,
            label: crate::text::sanitize(label).into_owned(),
            created,
        }
    }
}

/// Removes the first of `bookmarks` that `here` accepts and returns it, or, when there is
/// none, appends `new` and returns `None`: what a bookmark key does.
pub fn toggle_bookmark(
    bookmarks: &mut Vec<Bookmark>,
    here: impl Fn(&Bookmark) -> bool,
    new: Bookmark,
) -> Option<Bookmark> {
    match bookmarks.iter().position(here) {
        Some(i) => Some(bookmarks.remove(i)),
        None => {
            bookmarks.push(new);
            None
        }
    }
}

impl State {
    /// Adds a bookmark at `place`, or removes the one already there; true when added.
    pub fn toggle_bookmark(&mut self, place: Place, label: &str, created: u64) -> bool {
        let here = place.clone();
        let new = Bookmark::new(place, label, created);
        toggle_bookmark(&mut self.bookmarks, |b| b.place == here, new).is_none()
    }

    /// Remembers a search query as the newest (an earlier copy moves up), keeping the last
    /// [`MAX_QUERIES`]; blank queries are not kept.
    pub fn remember_query(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        self.queries.retain(|q| q != query);
        push_bounded(&mut self.queries, query.to_string(), MAX_QUERIES);
    }
}

/// Seconds since 1970-01-01 UTC now (0 when the clock is before it).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A time in seconds since 1970 as `2026-11-30T01:02:03Z` (RFC 3339, UTC).
pub fn rfc3339(seconds: u64) -> String {
    let days = seconds / 86_400;
    let rest = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
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

/// Reads the state at `path` without changing anything, for commands that only list it: a
/// missing file is an empty state; a file that cannot be used is an error saying why.
pub fn read_only(path: &Path) -> Result<State, String> {
    match read(path) {
        Ok(state) => Ok(state.unwrap_or_default()),
        Err(Unusable::Unreadable(e)) => Err(format!("cannot read {}: {e}", path.display())),
        Err(Unusable::Corrupt(why)) => Err(format!(
            "{} is corrupt ({why}); the explorer will set it aside when it starts",
            path.display()
        )),
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

    fn place(report: &str, section: &str, offset: usize) -> Place {
        Place {
            report: report.into(),
            position: Position {
                section: section.into(),
                paragraph: Some(0),
                offset,
            },
        }
    }

    #[test]
    fn bookmarks_toggle_and_load_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        let mut state = remembered();
        assert!(state.toggle_bookmark(place("r", "s1", 0), "光伏\u{1b}", 100));
        assert!(state.toggle_bookmark(place("r", "s1", 9), "second", 200));
        assert!(!state.toggle_bookmark(place("r", "s1", 0), "ignored", 300));
        assert_eq!(state.bookmarks.len(), 1);
        assert!(state.toggle_bookmark(place("r", "s2", 0), "光伏\u{1b}", 400));
        assert_eq!(state.bookmarks[1].label, "光伏␛");
        StateFile::open(&path).file.save(&state).expect("save");
        assert_eq!(StateFile::open(&path).state, state);
        assert_eq!(read_only(&path), Ok(state));
    }

    #[test]
    fn queries_keep_the_last_hundred_without_repeats() {
        let mut state = State::default();
        for n in 0..150 {
            state.remember_query(&format!("q{n}"));
        }
        state.remember_query("q60");
        state.remember_query("  ");
        assert_eq!(state.queries.len(), MAX_QUERIES);
        assert_eq!(state.queries.first().map(String::as_str), Some("q50"));
        assert_eq!(state.queries.last().map(String::as_str), Some("q60"));
        assert_eq!(state.queries.iter().filter(|q| *q == "q60").count(), 1);
    }

    #[test]
    fn jumps_go_back_and_forward_like_a_browser() {
        let mut jumps = Jumps::default();
        let (a, b, c) = (place("r", "a", 0), place("r", "b", 0), place("r", "c", 0));
        jumps.leave(a.clone());
        jumps.leave(b.clone());
        assert_eq!(jumps.back(c.clone()), Some(b.clone()));
        assert_eq!(jumps.back(b.clone()), Some(a.clone()));
        assert_eq!(jumps.back(a.clone()), None);
        assert_eq!(jumps.forward(a.clone()), Some(b.clone()));
        assert_eq!(jumps.forward(b.clone()), Some(c.clone()));
        assert_eq!(jumps.forward(c.clone()), None);
        jumps.back(c.clone());
        jumps.leave(b);
        assert!(
            jumps.forward.is_empty(),
            "a new jump forgets the way forward"
        );
        for n in 0..250 {
            jumps.leave(place("r", "x", n));
        }
        assert_eq!(jumps.back.len(), MAX_JUMPS);
    }

    #[test]
    fn times_are_written_in_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_999_999), "2026-11-30T00:53:19Z");
    }

    #[test]
    fn a_state_file_from_before_bookmarks_still_loads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "(positions: {\"r\": (section: \"s\", offset: 3)})").expect("write");
        let opened = StateFile::open(&path);
        assert_eq!(opened.warning, None);
        assert_eq!(opened.state.positions["r"].offset, 3);
        assert!(opened.state.bookmarks.is_empty());
    }

    #[test]
    fn a_missing_file_is_an_empty_state_without_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        let opened = StateFile::open(&dir.path().join(FILE_NAME));
        assert_eq!((opened.state, opened.warning), (State::default(), None));
    }
}
