//! A value kept in rkyv's archived form and read in place: its bytes in memory (made by this
//! process) or mapped from a cache file, checked by rkyv's validator once, when made, so that
//! reading it afterwards costs no decoding and holds no second copy.

use std::marker::PhantomData;

use rkyv::api::high::{HighSerializer, HighValidator};
use rkyv::bytecheck::CheckBytes;
use rkyv::rancor;
use rkyv::ser::allocator::ArenaHandle;
use rkyv::util::AlignedVec;

/// The bytes of an archive.
enum Bytes {
    Owned(AlignedVec),
    /// A read-only mapping of a file whose archive starts at `start` (a multiple of 16).
    Mapped {
        map: memmap2::Mmap,
        start: usize,
    },
}

/// A checked archive of a `T`.
pub struct Archived<T> {
    bytes: Bytes,
    kind: PhantomData<fn() -> T>,
}

impl<T> Archived<T>
where
    T: rkyv::Archive,
    T::Archived: for<'a> CheckBytes<HighValidator<'a, rancor::Error>>,
{
    /// The archive of `value`, `None` when it cannot be made (offsets past rkyv's limit).
    pub fn new(value: &T) -> Option<Archived<T>>
    where
        T: for<'a> rkyv::Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, rancor::Error>>,
    {
        let bytes = rkyv::to_bytes::<rancor::Error>(value).ok()?;
        Archived::checked(Bytes::Owned(bytes))
    }

    /// The archive in `map` from byte `start` on, when it is a valid archive of a `T`.
    ///
    /// The file must never be changed in place while mapped (cache entries are replaced by
    /// renaming a new file over them, which leaves the mapped one as it was).
    pub fn mapped(map: memmap2::Mmap, start: usize) -> Option<Archived<T>> {
        if start > map.len() {
            return None;
        }
        Archived::checked(Bytes::Mapped { map, start })
    }

    fn checked(bytes: Bytes) -> Option<Archived<T>> {
        let archived = Archived {
            bytes,
            kind: PhantomData,
        };
        rkyv::access::<T::Archived, rancor::Error>(archived.bytes()).ok()?;
        Some(archived)
    }

    /// The archived value.
    pub fn get(&self) -> &T::Archived {
        // SAFETY: these bytes passed `rkyv::access` (the validator) when `self` was made, and
        // are immutable: an owned buffer nothing else can reach, or a read-only mapping of a
        // file that is replaced, never rewritten, by whoever writes it.
        unsafe { rkyv::access_unchecked::<T::Archived>(self.bytes()) }
    }

    /// Lets the system take back the memory of a mapped archive's pages read so far (they
    /// are read from the file again when next used); nothing for an owned one.
    pub fn release_pages(&self) {
        if let Bytes::Mapped { map, .. } = &self.bytes {
            // SAFETY: the mapping is private and read-only, so no page holds a change that
            // dropping it would lose: it is read back from the file, which is replaced, never
            // rewritten, by whoever writes it. Advice that fails changes nothing.
            let _ = unsafe { map.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
        }
    }

    /// The archive's bytes (what a cache entry stores).
    pub fn bytes(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Owned(bytes) => bytes,
            // `start` is at most the length: `mapped` refuses any other.
            Bytes::Mapped { map, start } => map.get(*start..).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(rkyv::Archive, rkyv::Serialize, Debug, PartialEq)]
    struct Sample {
        name: String,
        values: Vec<u32>,
    }

    fn sample() -> Sample {
        Sample {
            name: "光伏產業".into(),
            values: vec![1, 2, 600],
        }
    }

    #[test]
    fn an_archive_reads_back_its_value_in_place() {
        let archived = Archived::new(&sample()).expect("archived");
        assert_eq!(archived.get().name.as_str(), "光伏產業");
        let values: Vec<u32> = archived
            .get()
            .values
            .iter()
            .map(|v| v.to_native())
            .collect();
        assert_eq!(values, [1, 2, 600]);
    }

    fn mapped(bytes: &[u8], start: usize) -> Option<Archived<Sample>> {
        let mut file = tempfile::tempfile().expect("temp file");
        std::io::Write::write_all(&mut file, bytes).expect("write");
        // SAFETY: a private temporary file, not changed while mapped.
        let map = unsafe { memmap2::Mmap::map(&file) }.expect("map");
        Archived::mapped(map, start)
    }

    #[test]
    fn a_mapped_archive_is_read_after_its_header() {
        let archived = Archived::new(&sample()).expect("archived");
        let mut bytes = vec![0xAB; 16];
        bytes.extend_from_slice(archived.bytes());
        let mapped = mapped(&bytes, 16).expect("valid");
        assert_eq!(mapped.get().name.as_str(), "光伏產業");
    }

    #[test]
    fn mapped_bytes_that_are_no_archive_are_refused() {
        let archived = Archived::new(&sample()).expect("archived");
        let good = archived.bytes().to_vec();
        let mut truncated = good.clone();
        truncated.truncate(good.len() / 2);
        assert!(mapped(&truncated, 0).is_none());
        assert!(mapped(&[0xff; 64], 0).is_none());
        assert!(mapped(&good, good.len() + 1).is_none());
        // A string that is not UTF-8.
        let at = good
            .windows(3)
            .position(|w| w == "光".as_bytes())
            .expect("inline text");
        let mut bad = good.clone();
        bad[at] = 0xff;
        assert!(mapped(&bad, 0).is_none());
    }
}
