//! A cache of parsed, validated reports and of search indexes, so that a process does not parse
//! RON or build an index that an earlier one already did.
//!
//! Each entry is one file under the cache folder (`$BAOGAO_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/baogao`), named by what it holds and by the hash of its source: a report
//! by the hash of its dataset's text, an index by the hashes of the reports it covers. A file
//! is a fixed header (magic, [`FORMAT`], kind, source hash, payload length, payload hash)
//! followed by the payload in rkyv's format, checked by rkyv's validator when read. Anything
//! that does not match (a truncated, corrupt, stale or foreign file) is ignored, rebuilt from
//! the source and written again, atomically (without waiting for the disk: an entry a crash
//! leaves torn fails those checks); a cache that cannot be written is only slower.
//!
//! A dataset file's hash is itself remembered by the file's path and [`Stamp`]: when the file
//! stamp matches the one noted when it was last hashed, it is neither read nor hashed again
//! (see [`crate::stamp`] for when a stamp is trusted and what it cannot see).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rkyv::rancor;
use rkyv::util::AlignedVec;
use xxhash_rust::const_xxh3::xxh3_64 as const_hash;
use xxhash_rust::xxh3::{Xxh3, xxh3_64, xxh3_64_with_seed};

use crate::archive::Archived;
use crate::atomic_write::{self, Durability, Overwrite};
use crate::load::{self, Format, LoadError};
use crate::model::Report;
use crate::paths::{self, Folder};
use crate::search::Index;
use crate::search::index::Parts;
use crate::stamp::{self, Stamp, Taken};
use crate::stored::StoredReport;

/// The first bytes of every cache file.
const MAGIC: &[u8; 8] = b"baogao\0c";

/// The layout version: changes with the crate version and with the source of every module
/// whose change could change what is cached (the model, its validation, how reports are cut
/// into items, folding, pinyin and its reading table, the index layout), so a new build never trusts old files.
pub const FORMAT: u64 = const_hash(
    concat!(
        env!("CARGO_PKG_VERSION"),
        include_str!("model.rs"),
        include_str!("load.rs"),
        include_str!("search/index.rs"),
        include_str!("search/items.rs"),
        include_str!("search/linked.rs"),
        include_str!("search/sentences.rs"),
        include_str!("search/signature.rs"),
        include_str!("search/normalise.rs"),
        include_str!("search/pinyin.rs"),
        include_str!(concat!(env!("OUT_DIR"), "/pinyin_table.rs")),
    )
    .as_bytes(),
);

/// The header's length: magic, then five little-endian `u64`s (a multiple of 16, so the
/// payload after it keeps the alignment of the buffer it is read into).
const HEADER: usize = 8 + 5 * 8;
const _: () = assert!(HEADER % 16 == 0);

/// The environment variable that turns the cache off (any value but empty or `0`).
pub const NO_CACHE_VARIABLE: &str = "BAOGAO_NO_CACHE";

/// What a cache file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Report = 1,
    Index = 2,
    Stamped = 3,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::Index => "index",
            Kind::Stamped => "stamp",
        }
    }
}

/// Where cached reports and indexes are kept, or nowhere when caching is off.
#[derive(Debug, Clone, Default)]
pub struct Cache {
    folder: Option<PathBuf>,
    /// How long after its last change a file's stamp is trusted ([`stamp::SETTLE`]).
    settle: Duration,
}

/// A dataset file's hash as noted for its path and stamp.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Stamped {
    /// The file's absolute path, as bytes.
    path: Vec<u8>,
    stamp: Stamp,
    /// The hash of its content (its report entry's key).
    key: u64,
}

/// A report with the hash of the text it was parsed from (the key of its cache entry).
#[derive(Debug)]
pub struct Keyed {
    /// The report: decoded when just parsed, left in its mapped cache entry when read
    /// from the cache.
    pub report: StoredReport,
    /// The hash of its dataset's text and notation.
    pub key: u64,
}

impl Cache {
    /// The cache in `folder` (created when first written).
    pub fn in_folder(folder: PathBuf) -> Cache {
        Cache {
            folder: Some(folder),
            settle: stamp::SETTLE,
        }
    }

    /// No cache: everything is parsed and built afresh.
    pub fn off() -> Cache {
        Cache::default()
    }

    /// The user's cache folder, unless `no_cache` (`--no-cache`) or `$BAOGAO_NO_CACHE` says
    /// not to use one.
    pub fn for_user(no_cache: bool) -> Cache {
        let off_by_env =
            std::env::var_os(NO_CACHE_VARIABLE).is_some_and(|v| !v.is_empty() && v != "0");
        match paths::folder(Folder::Cache) {
            Some(folder) if !no_cache && !off_by_env => Cache::in_folder(folder),
            _ => Cache::off(),
        }
    }

    /// Reads, parses and validates a dataset file as [`load::load_file`] does, or takes the
    /// report from the cache when the file's bytes are the ones cached: then they are only
    /// hashed, a piece at a time, neither kept in memory nor checked to be UTF-8 again; and
    /// not even read when the file's stamp is the one noted when they were last hashed.
    pub fn load_file(&self, path: &Path) -> Result<Keyed, LoadError> {
        if self.folder.is_none() {
            return self.parse(&load::read_bytes(path)?, &path.display().to_string());
        }
        // Taken before the file is read: a write while it is read changes the stamp.
        let taken = Taken::of(path);
        let noted = taken.and_then(|t| self.stamped_key(path, &t.stamp));
        if let Some(key) = noted
            && let Some(report) = self.stored(key)
        {
            return Ok(Keyed { report, key });
        }
        let keyed = self.load_unstamped(path)?;
        if let Some(taken) = taken.filter(|t| t.settled(self.settle))
            && noted != Some(keyed.key)
        {
            self.note_stamp(path, taken.stamp, keyed.key);
        }
        Ok(keyed)
    }

    /// The report of a file read and hashed: from the cache when its hash is there.
    fn load_unstamped(&self, path: &Path) -> Result<Keyed, LoadError> {
        let shown = path.display().to_string();
        let key =
            streamed_key(load::open_dataset(path)?, &shown).map_err(|e| LoadError::Unreadable {
                path: shown.clone(),
                message: e.to_string(),
            })?;
        if let Some(report) = self.stored(key) {
            return Ok(Keyed { report, key });
        }
        // Read afresh and keyed by what was read, should the file have changed meanwhile.
        let bytes = load::read_bytes(path)?;
        self.parse(&bytes, &shown)
    }

    /// The hash noted for the file at `path` when its stamp was `stamp`.
    fn stamped_key(&self, path: &Path, stamp: &Stamp) -> Option<u64> {
        let path = path_bytes(path)?;
        let noted = self.read::<Stamped>(Kind::Stamped, xxh3_64(&path))?;
        (noted.path == path && noted.stamp == *stamp).then_some(noted.key)
    }

    /// Notes that the file at `path`, with `stamp`, hashes to `key`.
    fn note_stamp(&self, path: &Path, stamp: Stamp, key: u64) {
        if let Some(path) = path_bytes(path) {
            let entry = xxh3_64(&path);
            self.write(Kind::Stamped, entry, &Stamped { path, stamp, key });
        }
    }

    /// The embedded report, from the cache when it is there.
    pub fn embedded(&self) -> Result<Keyed, LoadError> {
        self.parse(load::EMBEDDED_RON.as_bytes(), load::EMBEDDED_PATH)
    }

    /// The report in `bytes` (named `shown` in messages), cached by their hash.
    fn parse(&self, bytes: &[u8], shown: &str) -> Result<Keyed, LoadError> {
        let key = xxh3_64_with_seed(bytes, format_seed(shown, bytes));
        if let Some(report) = self.stored(key) {
            return Ok(Keyed { report, key });
        }
        let report = load::parse_bytes(bytes, shown)?;
        self.write(Kind::Report, key, &report);
        // Left in the entry just written, as a report read from the cache is, rather than held
        // decoded: a first run over a large library holds no more than the runs after it.
        let report = self
            .stored(key)
            .unwrap_or_else(|| StoredReport::decoded(report, Some(key)));
        Ok(Keyed { report, key })
    }

    /// The report cached under `key`, left in its mapped entry.
    fn stored(&self, key: u64) -> Option<StoredReport> {
        StoredReport::archived(self.read_archived::<Report>(Kind::Report, key)?, key)
    }

    /// The search index over reports whose keys are `keys` (in order): from the cache when
    /// it is there, else made by `build` (and cached). `None`: made, not cached.
    pub fn index(&self, keys: Option<&[u64]>, build: impl FnOnce() -> Index) -> Index {
        let Some(key) = keys.map(index_key) else {
            return build();
        };
        if let Some(parts) = self.read_archived::<Parts>(Kind::Index, key) {
            return Index::archived(parts);
        }
        let index = build();
        self.write_payload(Kind::Index, key, index.parts().bytes());
        index
    }

    /// The search index over `reports` as a library holds them: from the cache when every
    /// report's key is known, else made from the reports decoded for it alone (none is kept
    /// decoded for it).
    pub fn index_over(&self, reports: &[impl std::borrow::Borrow<StoredReport>]) -> Index {
        let keys: Option<Vec<u64>> = reports.iter().map(|r| r.borrow().key()).collect();
        // Report by report: a report not kept decoded is decoded for its items and dropped.
        self.index(keys.as_deref(), || {
            Index::build_each(reports.iter().map(|r| r.borrow().report_once()))
        })
    }

    /// The file of the entry of `kind` for `key`.
    fn file(&self, kind: Kind, key: u64) -> Option<PathBuf> {
        let folder = self.folder.as_ref()?;
        Some(folder.join(format!("{}-{key:016x}.bin", kind.prefix())))
    }

    /// The mapped file of the entry of `kind` for `key`, when it exists and its header and
    /// payload hash check.
    fn mapped(&self, kind: Kind, key: u64) -> Option<memmap2::Mmap> {
        let file = std::fs::File::open(self.file(kind, key)?).ok()?;
        // SAFETY: the mapping is only read. Entries are never changed in place: they are
        // written whole to a temporary file and renamed over the old one (`atomic_write`), so
        // the file mapped keeps its bytes while it is mapped. Its pages (at a page boundary,
        // the payload after the header at a multiple of 16) are validated by rkyv in place.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        checked_payload(&map, kind, key)?;
        Some(map)
    }

    /// The cached value, decoded, when the file exists and every check passes.
    fn read<T>(&self, kind: Kind, key: u64) -> Option<T>
    where
        T: rkyv::Archive,
        T::Archived: for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rancor::Error>>
            + rkyv::Deserialize<T, rkyv::api::high::HighDeserializer<rancor::Error>>,
    {
        let map = self.mapped(kind, key)?;
        rkyv::from_bytes::<T, rancor::Error>(map.get(HEADER..)?).ok()
    }

    /// The cached value, read in place from its mapped file, when every check passes.
    fn read_archived<T>(&self, kind: Kind, key: u64) -> Option<Archived<T>>
    where
        T: rkyv::Archive,
        T::Archived:
            for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rancor::Error>>,
    {
        Archived::mapped(self.mapped(kind, key)?, HEADER)
    }

    /// Writes the entry; a failure (a read-only folder, a full disk) only costs speed.
    fn write<T>(&self, kind: Kind, key: u64, value: &T)
    where
        T: for<'a> rkyv::Serialize<
                rkyv::api::high::HighSerializer<
                    AlignedVec,
                    rkyv::ser::allocator::ArenaHandle<'a>,
                    rancor::Error,
                >,
            >,
    {
        if let Ok(payload) = rkyv::to_bytes::<rancor::Error>(value) {
            self.write_payload(kind, key, &payload);
        }
    }

    /// Writes the entry whose payload (an archive) is `payload`.
    fn write_payload(&self, kind: Kind, key: u64, payload: &[u8]) {
        let Some(file) = self.file(kind, key) else {
            return;
        };
        let bytes = entry(kind, key, payload);
        if let Some(folder) = file.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        let _ = atomic_write::write_with(&file, &bytes, Overwrite::Replace, Durability::Unsynced);
    }
}

/// The absolute form of `path`, as bytes: what its stamp entry is found by.
fn path_bytes(path: &Path) -> Option<Vec<u8>> {
    Some(
        std::path::absolute(path)
            .ok()?
            .into_os_string()
            .into_encoded_bytes(),
    )
}

/// How many bytes of a dataset are read at a time to hash it; the format is told from the
/// first of them.
const PIECE: usize = 64 * 1024;

/// The seed of a dataset's key: its format (told from the name and the first bytes), so the
/// same bytes read as RON and as JSON are two entries.
fn format_seed(shown: &str, bytes: &[u8]) -> u64 {
    Format::of(shown, &bytes[..bytes.len().min(PIECE)]) as u64
}

/// The key of the dataset `file` holds: the hash [`Cache::parse`] computes, read piece by
/// piece.
fn streamed_key(mut file: impl Read, shown: &str) -> std::io::Result<u64> {
    let mut piece = vec![0; PIECE];
    let mut filled = 0;
    // The first piece whole (short reads are allowed), for the format.
    while filled < PIECE {
        match file.read(&mut piece[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    let mut hasher = Xxh3::with_seed(format_seed(shown, &piece[..filled]));
    hasher.update(&piece[..filled]);
    loop {
        match file.read(&mut piece)? {
            0 => return Ok(hasher.digest()),
            n => hasher.update(&piece[..n]),
        }
    }
}

/// The key of the index over reports with `keys`, in order.
fn index_key(keys: &[u64]) -> u64 {
    let bytes: Vec<u8> = keys.iter().flat_map(|k| k.to_le_bytes()).collect();
    xxh3_64(&bytes)
}

/// A whole cache file: header, then payload.
fn entry(kind: Kind, key: u64, payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    bytes.extend_from_slice(MAGIC);
    for field in [
        FORMAT,
        kind as u64,
        key,
        payload.len() as u64,
        xxh3_64(payload),
    ] {
        bytes.extend_from_slice(&field.to_le_bytes());
    }
    bytes.extend_from_slice(payload);
    bytes
}

/// The payload of a cache file when its header is ours, of this format, kind and key, and the
/// payload has the length and hash the header states.
fn checked_payload(bytes: &[u8], kind: Kind, key: u64) -> Option<&[u8]> {
    let (header, payload) = bytes.split_at_checked(HEADER)?;
    let (magic, fields) = header.split_at(MAGIC.len());
    if magic != MAGIC {
        return None;
    }
    let field = |i: usize| -> Option<u64> {
        let chunk = fields.get(i * 8..i * 8 + 8)?;
        Some(u64::from_le_bytes(chunk.try_into().ok()?))
    };
    let expected = [
        FORMAT,
        kind as u64,
        key,
        payload.len() as u64,
        xxh3_64(payload),
    ];
    let matches = expected
        .iter()
        .enumerate()
        .all(|(i, &want)| field(i) == Some(want));
    matches.then_some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn cached_file(dir: &Path) -> PathBuf {
        let entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("cache folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("report-"))
            })
            .collect();
        assert_eq!(entries.len(), 1, "{entries:?}");
        entries[0].clone()
    }

    /// A dataset file and a cache folder, the report loaded once so that it is cached.
    fn cached() -> (tempfile::TempDir, PathBuf, Cache, Keyed) {
        let dir = tempfile::tempdir().expect("tempdir");
        let dataset = dir.path().join("x.ron");
        std::fs::write(&dataset, load::EMBEDDED_RON).expect("write");
        let cache = Cache::in_folder(dir.path().join("cache"));
        let first = cache.load_file(&dataset).expect("loads");
        (dir, dataset, cache, first)
    }

    #[test]
    fn a_cached_report_equals_the_parsed_one() {
        let (dir, dataset, cache, first) = cached();
        assert!(cached_file(&dir.path().join("cache")).exists());
        let second = cache.load_file(&dataset).expect("from the cache");
        assert_eq!(second.report.report(), first.report.report());
        assert_eq!(second.key, first.key);
        assert_eq!(**first.report.report(), load::embedded().expect("embedded"));
    }

    #[test]
    fn a_cached_index_finds_what_a_built_one_finds() {
        let (_dir, _dataset, cache, first) = cached();
        let keys = [first.key];
        let built = cache.index(Some(&keys), || Index::build(first.report.report()));
        let cached = cache.index(Some(&keys), || panic!("not taken from the cache"));
        for query in ["光伏", "gfcy", "產業 600"] {
            assert_eq!(cached.search(query), built.search(query), "{query}");
        }
        assert!(!built.search("gfcy").is_empty());
    }

    #[test]
    fn a_parsed_report_is_left_in_its_new_entry_and_indexing_keeps_none_decoded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let datasets: Vec<PathBuf> = (0..3)
            .map(|n| {
                let path = dir.path().join(format!("x{n}.ron"));
                let text = load::EMBEDDED_RON.replacen("秀洲", &format!("秀洲{n}"), 1);
                std::fs::write(&path, text).expect("write");
                path
            })
            .collect();
        let cache = Cache::in_folder(dir.path().join("cache"));
        let parsed: Vec<StoredReport> = datasets
            .iter()
            .map(|d| cache.load_file(d).expect("loads").report)
            .collect();
        assert!(
            parsed.iter().all(|r| !r.is_decoded()),
            "held decoded after parsing"
        );
        let index = cache.index_over(&parsed);
        assert!(
            parsed.iter().all(|r| !r.is_decoded()),
            "kept decoded by indexing"
        );
        let built = Index::build_all(&parsed.iter().map(|r| r.report_once()).collect::<Vec<_>>());
        for query in ["光伏", "gfcy", "產業 600", "秀洲2"] {
            assert_eq!(index.search(query), built.search(query), "{query}");
        }
        // With no folder to write to, the parsed report is held decoded.
        let nowhere = Cache::off();
        assert!(
            nowhere
                .load_file(&datasets[0])
                .expect("loads")
                .report
                .is_decoded()
        );
    }

    /// A way of spoiling a cache file's bytes.
    type Spoil<'a> = dyn Fn(&mut Vec<u8>) + 'a;

    #[test]
    fn a_spoiled_index_entry_is_rebuilt() {
        let (_dir, _dataset, cache, first) = cached();
        let keys = [first.key];
        let built = cache.index(Some(&keys), || Index::build(first.report.report()));
        let file = cache.file(Kind::Index, index_key(&keys)).expect("a folder");
        let good = std::fs::read(&file).expect("cached");
        let forged = entry(Kind::Index, index_key(&keys), &[0xff; 64]);
        let spoils: [&Spoil<'_>; 4] = [
            &|b| b.truncate(b.len() / 2),
            &|b| b[HEADER + 100] ^= 0x40,
            &|b| *b.last_mut().expect("bytes") ^= 1,
            &|b| *b = forged.clone(),
        ];
        for spoil in spoils {
            let mut bad = good.clone();
            spoil(&mut bad);
            std::fs::write(&file, &bad).expect("spoil");
            let mut rebuilt = false;
            let index = cache.index(Some(&keys), || {
                rebuilt = true;
                Index::build(first.report.report())
            });
            assert!(rebuilt);
            assert_eq!(index.search("gfcy"), built.search("gfcy"));
            // Written again: the next open takes it from the cache.
            let again = cache.index(Some(&keys), || panic!("not taken from the cache"));
            assert_eq!(again.search("gfcy"), built.search("gfcy"));
        }
    }

    /// Gives at most 1000 bytes a read, as a pipe or a slow disk may.
    struct ShortReads<'a>(&'a [u8]);

    impl Read for ShortReads<'_> {
        fn read(&mut self, into: &mut [u8]) -> std::io::Result<usize> {
            let n = into.len().min(self.0.len()).min(1000);
            into[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_dataset_hashed_piece_by_piece_has_the_key_of_its_bytes() {
        let long_json = format!("{}{{\"id\": 1}}", " ".repeat(PIECE + 10));
        let cases = [
            ("x.ron", load::EMBEDDED_RON),
            ("x.json", "{}"),
            ("x", "  {\"id\": 1}"),
            ("x", ""),
            ("x", long_json.as_str()),
        ];
        assert!(load::EMBEDDED_RON.len() > 2 * PIECE);
        for (name, text) in cases {
            let bytes = text.as_bytes();
            let whole = xxh3_64_with_seed(bytes, format_seed(name, bytes));
            let streamed = streamed_key(ShortReads(bytes), name).expect("reads");
            assert_eq!(streamed, whole, "{name}: {} bytes", bytes.len());
        }
        // The format is part of the key: the same bytes as JSON and as RON are two entries.
        let bytes = b"{}";
        let as_json = streamed_key(&bytes[..], "x.json").expect("reads");
        assert_ne!(streamed_key(&bytes[..], "x.ron").expect("reads"), as_json);
    }

    #[test]
    fn a_cached_file_is_taken_by_the_hash_of_its_bytes() {
        let (_dir, dataset, cache, first) = cached();
        // Another valid report stored under the file's key: loading must give it back, which
        // it only does when the key streamed from the file finds the entry.
        let mut other = (**first.report.report()).clone();
        other.title = "緩存中的報告".into();
        cache.write(Kind::Report, first.key, &other);
        let again = cache.load_file(&dataset).expect("loads");
        assert_eq!(again.key, first.key);
        assert_eq!(again.report.report().title, "緩存中的報告");
    }

    /// Spoils the cached file with `spoil`, then checks that loading still gives the report
    /// (parsed again) and that the file is rewritten as a good entry.
    fn survives(spoil: impl Fn(&mut Vec<u8>)) {
        let (dir, dataset, cache, first) = cached();
        // Decoded before its entry is spoiled in place (which the cache itself never does: a
        // mapped entry changed under it would fault).
        let expected = Arc::clone(first.report.report());
        let file = cached_file(&dir.path().join("cache"));
        let good = std::fs::read(&file).expect("read");
        let mut bad = good.clone();
        spoil(&mut bad);
        assert_ne!(bad, good, "the spoiling changed nothing");
        std::fs::write(&file, &bad).expect("spoil");
        assert!(cache.read::<Report>(Kind::Report, first.key).is_none());
        let again = cache.load_file(&dataset).expect("parsed again");
        assert_eq!(again.report.report(), &expected);
        assert_eq!(std::fs::read(&file).expect("rewritten"), good);
    }

    #[test]
    fn a_truncated_entry_is_rebuilt() {
        survives(|b| b.truncate(b.len() / 2));
        survives(|b| b.truncate(HEADER - 1));
        survives(Vec::clear);
    }

    #[test]
    fn a_flipped_byte_anywhere_is_rebuilt() {
        for at in [0, 9, 20, 30, HEADER + 3, HEADER + 1000] {
            survives(|b| b[at] ^= 0x40);
        }
        survives(|b| {
            let last = b.len() - 1;
            b[last] ^= 1;
        });
    }

    #[test]
    fn an_entry_of_another_format_version_is_rebuilt() {
        survives(|b| b[8..16].copy_from_slice(&(FORMAT ^ 1).to_le_bytes()));
    }

    #[test]
    fn an_entry_for_another_text_is_not_taken() {
        // A file renamed or copied under another key: right format, wrong source hash.
        survives(|b| {
            let key = u64::from_le_bytes(b[24..32].try_into().expect("8 bytes"));
            b[24..32].copy_from_slice(&(key + 1).to_le_bytes());
        });
    }

    #[test]
    fn a_payload_that_checksums_but_is_not_a_report_is_rejected() {
        // Forged: a valid header over bytes that are no archived report.
        survives(|b| {
            let key = u64::from_le_bytes(b[24..32].try_into().expect("8 bytes"));
            *b = entry(Kind::Report, key, &[0xff; 64]);
        });
    }

    #[test]
    fn a_changed_dataset_is_parsed_again() {
        let (_dir, dataset, cache, first) = cached();
        let title = "title: \"2023年嘉興市秀洲區政府工作報告\"";
        assert!(load::EMBEDDED_RON.contains(title));
        let changed = load::EMBEDDED_RON.replacen(title, "title: \"改過的標題\"", 1);
        std::fs::write(&dataset, changed).expect("write");
        let second = cache.load_file(&dataset).expect("loads");
        assert_ne!(second.key, first.key);
        assert_eq!(second.report.report().title, "改過的標題");
    }

    #[test]
    fn a_dataset_that_does_not_load_is_never_cached() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dataset = dir.path().join("bad.ron");
        std::fs::write(&dataset, "(id: \"x\")").expect("write");
        let cache = Cache::in_folder(dir.path().join("cache"));
        assert!(cache.load_file(&dataset).is_err());
        assert!(cache.load_file(&dataset).is_err());
        assert!(!dir.path().join("cache").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_cache_folder_only_costs_speed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("cache");
        std::fs::create_dir(&folder).expect("mkdir");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o500)).expect("chmod");
        let dataset = dir.path().join("x.ron");
        std::fs::write(&dataset, load::EMBEDDED_RON).expect("write");
        let cache = Cache::in_folder(folder.clone());
        let report = cache.load_file(&dataset).expect("loads without a cache");
        assert_eq!(
            **report.report.report(),
            load::embedded().expect("embedded")
        );
        let index = cache.index(Some(&[report.key]), || Index::build(report.report.report()));
        assert!(!index.search("光伏").is_empty());
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }

    /// A cache that trusts stamps at once (the tests' files are written just before).
    fn settled_at_once(folder: PathBuf) -> Cache {
        Cache {
            settle: Duration::ZERO,
            ..Cache::in_folder(folder)
        }
    }

    fn stamp_entries(folder: &Path) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        entries
            .map(|e| e.expect("entry").path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("stamp-"))
            })
            .collect()
    }

    /// A dataset loaded once through a cache that trusts stamps at once.
    fn stamped() -> (tempfile::TempDir, PathBuf, Cache, Keyed) {
        let dir = tempfile::tempdir().expect("tempdir");
        let dataset = dir.path().join("x.ron");
        std::fs::write(&dataset, load::EMBEDDED_RON).expect("write");
        let cache = settled_at_once(dir.path().join("cache"));
        let first = cache.load_file(&dataset).expect("loads");
        (dir, dataset, cache, first)
    }

    /// Another report cached under another key, and that key.
    fn other_cached(cache: &Cache, report: &Report) -> u64 {
        let mut other = report.clone();
        other.title = "按戳記找到的報告".into();
        let key = 0x5eed;
        cache.write(Kind::Report, key, &other);
        key
    }

    #[test]
    fn a_file_whose_stamp_is_unchanged_is_not_hashed_again() {
        let (dir, dataset, cache, first) = stamped();
        assert_eq!(stamp_entries(&dir.path().join("cache")).len(), 1);
        // The stamp entry now names another key: loading gives that key's report, which it
        // only does when the key comes from the stamp, not from hashing the file.
        let other = other_cached(&cache, first.report.report());
        let taken = Taken::of(&dataset).expect("stamp");
        cache.note_stamp(&dataset, taken.stamp, other);
        let again = cache.load_file(&dataset).expect("loads");
        assert_eq!(again.key, other);
        assert_eq!(again.report.report().title, "按戳記找到的報告");
    }

    #[test]
    fn a_file_rewritten_with_the_same_length_gets_a_new_key_once_its_times_differ() {
        let (_dir, dataset, cache, first) = stamped();
        let title = "2023年嘉興市秀洲區政府工作報告";
        let same_length = "2023年嘉興市秀洲區政府工作報吿";
        assert_eq!(title.len(), same_length.len());
        let changed = load::EMBEDDED_RON.replacen(title, same_length, 1);
        assert_ne!(changed, load::EMBEDDED_RON);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&dataset)
            .expect("open");
        std::io::Write::write_all(&mut &file, changed.as_bytes()).expect("rewrite in place");
        // Whatever the clock's granularity, the modification time differs from the noted one.
        let later = std::time::SystemTime::now() + Duration::from_secs(1);
        file.set_modified(later).expect("set mtime");
        drop(file);
        let second = cache.load_file(&dataset).expect("loads");
        assert_ne!(second.key, first.key);
        assert!(
            second.report.report().title.contains("工作報吿"),
            "{}",
            second.report.report().title
        );
    }

    #[test]
    fn a_file_changed_just_now_is_hashed_and_its_stamp_not_noted() {
        let (dir, _dataset, _cache, _first) = cached();
        assert!(stamp_entries(&dir.path().join("cache")).is_empty());
    }

    #[test]
    fn a_spoiled_stamp_entry_is_ignored_and_noted_again() {
        for spoil in [
            |b: &mut Vec<u8>| b.truncate(b.len() / 2),
            |b: &mut Vec<u8>| b.clear(),
            |b: &mut Vec<u8>| {
                let last = b.len() - 1;
                b[last] ^= 1;
            },
            |b: &mut Vec<u8>| b[HEADER + 2] ^= 0x40,
        ] {
            let (dir, dataset, cache, first) = stamped();
            let entries = stamp_entries(&dir.path().join("cache"));
            let [file] = entries.as_slice() else {
                panic!("one stamp entry: {entries:?}");
            };
            let good = std::fs::read(file).expect("read");
            let mut bad = good.clone();
            spoil(&mut bad);
            std::fs::write(file, &bad).expect("spoil");
            let again = cache.load_file(&dataset).expect("loads");
            assert_eq!(again.key, first.key);
            assert_eq!(again.report.report(), first.report.report());
            assert_eq!(std::fs::read(file).expect("noted again"), good);
        }
    }

    #[test]
    fn a_stamp_noted_for_another_path_is_not_taken() {
        let (_dir, dataset, cache, first) = stamped();
        let other = other_cached(&cache, first.report.report());
        let taken = Taken::of(&dataset).expect("stamp");
        // Forged: the entry found by this file's path, naming another path.
        let path = path_bytes(&dataset).expect("absolute");
        let forged = Stamped {
            path: b"/elsewhere/x.ron".to_vec(),
            stamp: taken.stamp,
            key: other,
        };
        cache.write(Kind::Stamped, xxh3_64(&path), &forged);
        let again = cache.load_file(&dataset).expect("loads");
        assert_eq!(again.key, first.key);
        assert_eq!(again.report.report(), first.report.report());
    }

    #[test]
    fn no_cache_writes_nothing() {
        let cache = Cache::off();
        let keyed = cache.embedded().expect("embedded");
        assert_eq!(**keyed.report.report(), load::embedded().expect("embedded"));
        assert!(cache.file(Kind::Report, keyed.key).is_none());
    }
}
