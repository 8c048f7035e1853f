//! A value still in the making on another thread (the search index, the rest of a library):
//! the explorer draws its first frame without it, and whoever needs it waits for it.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// A value, ready or to be set once by the thread making it.
pub struct Pending<T> {
    slot: Mutex<Option<Arc<T>>>,
    set: Condvar,
}

impl<T> Default for Pending<T> {
    fn default() -> Self {
        Self {
            slot: Mutex::new(None),
            set: Condvar::new(),
        }
    }
}

impl<T> Pending<T> {
    /// A value still to come (see [`Pending::set`]).
    pub fn to_come() -> Arc<Self> {
        Arc::default()
    }

    /// A value ready now.
    pub fn ready(value: T) -> Arc<Self> {
        let pending = Self::to_come();
        pending.set(value);
        pending
    }

    /// Makes the value available, waking whoever waits for it.
    pub fn set(&self, value: T) {
        *self.slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(value));
        self.set.notify_all();
    }

    /// The value, when it is ready.
    pub fn get(&self) -> Option<Arc<T>> {
        self.slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// True once the value is ready.
    pub fn is_ready(&self) -> bool {
        self.get().is_some()
    }

    /// The value, waiting until it is ready.
    pub fn wait(&self) -> Arc<T> {
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
    use crate::search::{Index, PendingIndex};

    fn small() -> Index {
        Index::build(&Report::plain(
            "s",
            Script::Simplified,
            vec!["推动光伏产业发展。".into()],
        ))
    }

    #[test]
    fn a_pending_index_is_waited_for_until_another_thread_sets_it() {
        let pending = PendingIndex::to_come();
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
