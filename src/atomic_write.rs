//! Writing a file so that a crash never leaves half of it: the bytes go to a temporary file in
//! the same directory, are flushed to disk, and the file is renamed into place.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What to do when the destination already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Fail with [`WriteError::Exists`] and leave the file alone.
    Refuse,
    /// Replace the file.
    Replace,
}

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The destination exists and overwriting was not asked for.
    #[error("{0} already exists (use --force to replace it)")]
    Exists(PathBuf),
    /// The file system refused.
    #[error("writing {path}: {source}")]
    Io {
        /// The destination.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

/// Distinguishes temporary files of concurrent writes from the same process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Whether a write waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// The bytes and the rename are flushed to disk before the write returns: after a crash
    /// the file is the old one or the new one.
    Synced,
    /// Nothing waits for the disk: for files checked whole when read (cache entries), where a
    /// crash that leaves an empty or partial file only means the entry is rebuilt.
    Unsynced,
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never a part.
pub fn write(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), WriteError> {
    write_with(path, bytes, overwrite, Durability::Synced)
}

/// [`write`], waiting for the disk or not as `durability` says.
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    durability: Durability,
) -> Result<(), WriteError> {
    let synced = durability == Durability::Synced;
    let io_error = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    if overwrite == Overwrite::Refuse && fs::symlink_metadata(path).is_ok() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io_error(io::Error::new(io::ErrorKind::InvalidInput, "no file name")))?;
    let (temporary, mut file) =
        create_temporary(directory, &name.to_string_lossy()).map_err(io_error)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| if synced { file.sync_all() } else { Ok(()) })
        .and_then(|()| {
            drop(file);
            install(&temporary, path, overwrite)
        });
    if let Err(error) = written {
        // Best effort: the temporary file is ours and useless now.
        let _ = fs::remove_file(&temporary);
        return Err(match error.kind() {
            io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_path_buf()),
            _ => io_error(error),
        });
    }
    if synced {
        sync_directory(directory);
    }
    Ok(())
}

/// A new file `.NAME.PID.N.tmp` next to the destination.
fn create_temporary(directory: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temporary = directory.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((temporary, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Moves the finished temporary file into place. Without overwriting, a hard link makes the
/// check and the creation one step, so a file that appeared meanwhile is not replaced.
fn install(temporary: &Path, path: &Path, overwrite: Overwrite) -> io::Result<()> {
    match overwrite {
        Overwrite::Replace => fs::rename(temporary, path),
        Overwrite::Refuse => match fs::hard_link(temporary, path) {
            Ok(()) => fs::remove_file(temporary),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
            // File systems without hard links: check, then rename.
            Err(_) if fs::symlink_metadata(path).is_ok() => {
                Err(io::Error::from(io::ErrorKind::AlreadyExists))
            }
            Err(_) => fs::rename(temporary, path),
        },
    }
}

/// Makes the rename itself durable where the platform allows syncing a directory.
fn sync_directory(directory: &Path) {
    if let Ok(handle) = File::open(directory) {
        // Not supported everywhere (e.g. Windows); the data itself is already synced.
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_new_file_gets_the_bytes_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.ron");
        write(&path, "數據\n".as_bytes(), Overwrite::Refuse).expect("written");
        assert_eq!(fs::read_to_string(&path).expect("read"), "數據\n");
        assert_eq!(entries(dir.path()), ["out.ron"]);
    }

    #[test]
    fn an_unsynced_write_replaces_the_file_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("entry.bin");
        fs::write(&path, "old").expect("write");
        write_with(
            &path,
            b"new bytes",
            Overwrite::Replace,
            Durability::Unsynced,
        )
        .expect("written");
        assert_eq!(fs::read(&path).expect("read"), b"new bytes");
        assert_eq!(entries(dir.path()), ["entry.bin"]);
    }

    #[test]
    fn an_existing_file_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.ron");
        fs::write(&path, "old").expect("seed");
        let error = write(&path, b"new", Overwrite::Refuse).expect_err("must refuse");
        assert!(matches!(error, WriteError::Exists(_)), "{error}");
        assert!(error.to_string().contains("--force"), "{error}");
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        assert_eq!(entries(dir.path()), ["out.ron"]);
    }

    #[test]
    fn an_existing_file_is_replaced_when_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.ron");
        fs::write(&path, "a much longer old content").expect("seed");
        write(&path, b"new", Overwrite::Replace).expect("replaced");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        assert_eq!(entries(dir.path()), ["out.ron"]);
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("missing").join("out.ron");
        let error = write(&path, b"x", Overwrite::Replace).expect_err("no directory");
        assert!(matches!(error, WriteError::Io { .. }), "{error}");
        assert!(error.to_string().contains("out.ron"), "{error}");
    }

    #[test]
    fn a_directory_in_the_way_is_not_replaced_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("taken");
        fs::create_dir(&path).expect("dir");
        assert!(write(&path, b"x", Overwrite::Replace).is_err());
        assert!(path.is_dir());
        assert_eq!(entries(dir.path()), ["taken"]);
    }
}
