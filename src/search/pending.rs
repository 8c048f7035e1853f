//! A search index that may still be in the making on another thread: the explorer draws its
//! first frame without it, and whoever needs it (the search worker, a filtered targets
//! table) waits for it.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

use super::Index;

/// A search index, ready or to be set once by the thread making it.
#[derive(Default)]
pub struct PendingIndex {
    slot: Mutex<Option<Arc<Index>>>,
    set: Condvar,
}

impl PendingIndex {
    /// An index still to come (see [`PendingIndex::set`]).
    pub fn pending() -> Arc<PendingIndex> {
        Arc::default()
    }

    /// An index ready now.
    pub fn ready(index: Index) -> Arc<PendingIndex> {
        let pending = PendingIndex::pending();
        pending.set(index);
        pending
    }

    /// Makes the index available, waking whoever waits for it.
    pub fn set(&self, index: Index) {
        *self.slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(index));
        self.set.notify_all();
    }

    /// The index, when it is ready.
    pub fn get(&self) -> Option<Arc<Index>> {
        self.slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// True once the index is ready.
    pub fn is_ready(&self) -> bool {
        self.get().is_some()
    }

    /// The index, waiting until it is ready.
    pub fn wait(&self) -> Arc<Index> {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(index) = &*slot {
                return Arc::clone(index);
            }
            slot = self.set.wait(slot).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::model::{Report, Script};

    fn small() -> Index {
        Index::build(&Report::plain(
            "s",
            Script::Simplified,
            vec!["推动光伏产业发展。".into()],
        ))
    }

    #[test]
    fn a_pending_index_is_waited_for_until_another_thread_sets_it() {
        let pending = PendingIndex::pending();
        assert!(!pending.is_ready() && pending.get().is_none());
        let waiter = {
            let pending = Arc::clone(&pending);
            std::thread::spawn(move || pending.wait().search("gfcy").len())
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            !waiter.is_finished(),
            "wait returned before the index was set"
        );
        pending.set(small());
        assert_eq!(waiter.join().expect("the waiter"), 1);
        assert!(pending.is_ready());
    }

    #[test]
    fn a_ready_index_is_there_at_once() {
        let ready = PendingIndex::ready(small());
        assert_eq!(ready.get().map(|i| i.len()), Some(ready.wait().len()));
        assert!(!ready.wait().is_empty());
    }
}
