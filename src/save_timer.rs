//! When the explorer writes its state file after the reading position moved: once the keys
//! have been still for [`QUIET`], and at the latest [`LONGEST`] after the first unsaved move.
//! A held key then does not write the file at every line, yet a kill after a pause loses
//! nothing. (Bookmarks and jumps are saved at once: they are single deliberate keys.)

use std::time::{Duration, Instant};

/// How long the position must stay put before it is written.
pub const QUIET: Duration = Duration::from_millis(300);
/// The longest a moved position waits to be written, however long the keys keep coming.
pub const LONGEST: Duration = Duration::from_secs(2);

/// Whether an unsaved move is waiting, and since when.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SaveTimer {
    /// The first move not yet saved.
    first: Option<Instant>,
    /// The latest move.
    last: Option<Instant>,
}

impl SaveTimer {
    /// Notes a move at `now`.
    pub fn moved(&mut self, now: Instant) {
        self.first.get_or_insert(now);
        self.last = Some(now);
    }

    /// When the state should be written, if a move is waiting.
    pub fn due(&self) -> Option<Instant> {
        Some((self.last? + QUIET).min(self.first? + LONGEST))
    }

    /// How long the event loop may wait for input before writing; `None` when nothing waits.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due().map(|due| due.saturating_duration_since(now))
    }

    /// True when a waiting move should be written now.
    pub fn is_due(&self, now: Instant) -> bool {
        self.due().is_some_and(|due| now >= due)
    }

    /// Forgets the waiting move: the state was written.
    pub fn saved(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn nothing_is_due_before_a_move() {
        let timer = SaveTimer::default();
        let now = Instant::now();
        assert_eq!((timer.due(), timer.wait(now)), (None, None));
        assert!(!timer.is_due(now + ms(10_000)));
    }

    #[test]
    fn a_move_is_written_after_a_quiet_spell() {
        let start = Instant::now();
        let mut timer = SaveTimer::default();
        timer.moved(start);
        assert_eq!(timer.wait(start), Some(QUIET));
        assert!(!timer.is_due(start + QUIET - ms(1)));
        assert!(timer.is_due(start + QUIET));
        timer.saved();
        assert!(!timer.is_due(start + ms(10_000)));
    }

    #[test]
    fn each_move_puts_the_write_off_but_never_beyond_the_longest_wait() {
        let start = Instant::now();
        let mut timer = SaveTimer::default();
        // A held key: a move every 30 ms.
        let mut now = start;
        while now < start + LONGEST - ms(30) {
            timer.moved(now);
            assert!(!timer.is_due(now), "written while the key was held");
            now += ms(30);
        }
        timer.moved(now);
        assert!(timer.is_due(start + LONGEST));
        assert_eq!(timer.due(), Some(start + LONGEST));
    }
}
