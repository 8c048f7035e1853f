//! A file's stamp: what `stat` says of it (device, inode, length, modification and change
//! times to the nanosecond), so that a file whose stamp has not changed since its content was
//! hashed need not be read and hashed again (the trade-off git's index makes).
//!
//! A stamp is only trusted once the file has settled: its last change is older than a margin
//! before the moment the stamp was taken. File times come from a coarse clock (a few
//! milliseconds), so a file rewritten with the same length within one tick of its previous
//! write could keep its stamp; a file that has not changed for the margin cannot, because any
//! later write gives it a change time after the stamp was taken. What a stamp cannot see: a
//! file changed and its times forged back (`touch` cannot set the change time, only the
//! system clock can), or a file system that keeps no change times; `--no-cache` reads anyway.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long after its last change a file's stamp is trusted.
pub const SETTLE: Duration = Duration::from_secs(2);

/// What `stat` says of a regular file, as compared between runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Stamp {
    device: u64,
    inode: u64,
    length: u64,
    /// Modification time, nanoseconds since the epoch.
    modified: i128,
    /// Status change time (any write, rename or metadata change), nanoseconds since the epoch.
    changed: i128,
}

/// A stamp taken at a moment, which tells whether the file had settled then.
#[derive(Debug, Clone, Copy)]
pub struct Taken {
    /// The file's stamp.
    pub stamp: Stamp,
    /// When it was taken, nanoseconds since the epoch.
    at: i128,
}

impl Taken {
    /// The stamp of the regular file at `path`, or `None` for anything else (a folder, a
    /// FIFO, a missing file) and on systems without inodes.
    pub fn of(path: &Path) -> Option<Taken> {
        let at = nanos(SystemTime::now().duration_since(UNIX_EPOCH).ok()?);
        let metadata = std::fs::metadata(path).ok()?;
        if !metadata.is_file() {
            return None;
        }
        Some(Taken {
            stamp: Stamp::of(&metadata)?,
            at,
        })
    }

    /// True when the file's last change is more than `margin` older than the stamp: then no
    /// later write can leave the stamp as it is.
    pub fn settled(&self, margin: Duration) -> bool {
        let last = self.stamp.modified.max(self.stamp.changed);
        last.saturating_add(nanos(margin)) < self.at
    }
}

impl Stamp {
    #[cfg(unix)]
    fn of(metadata: &std::fs::Metadata) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let time = |seconds: i64, nanoseconds: i64| {
            i128::from(seconds) * 1_000_000_000 + i128::from(nanoseconds)
        };
        Some(Stamp {
            device: metadata.dev(),
            inode: metadata.ino(),
            length: metadata.len(),
            modified: time(metadata.mtime(), metadata.mtime_nsec()),
            changed: time(metadata.ctime(), metadata.ctime_nsec()),
        })
    }

    #[cfg(not(unix))]
    fn of(_metadata: &std::fs::Metadata) -> Option<Stamp> {
        None
    }
}

fn nanos(duration: Duration) -> i128 {
    i128::try_from(duration.as_nanos()).unwrap_or(i128::MAX)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_file_written_just_now_has_not_settled() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("x.ron");
        std::fs::write(&file, "()").expect("write");
        let taken = Taken::of(&file).expect("a regular file");
        assert!(!taken.settled(SETTLE));
    }

    #[test]
    fn a_rewrite_changes_the_stamp_even_with_the_same_length() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("x.ron");
        std::fs::write(&file, "aaaa").expect("write");
        let before = Taken::of(&file).expect("stamp").stamp;
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&file, "bbbb").expect("rewrite");
        let after = Taken::of(&file).expect("stamp").stamp;
        assert_eq!(after.length, before.length);
        assert_ne!(after, before);
    }

    #[test]
    fn only_regular_files_have_stamps() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(Taken::of(dir.path()).is_none());
        assert!(Taken::of(&dir.path().join("missing")).is_none());
    }
}
