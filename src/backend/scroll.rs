//! Letting the terminal scroll: when the next screen holds rows of the one shown, shifted up
//! or down, deleting or inserting lines inside a scroll region (DECSTBM + DL/IL, which even
//! the Linux console knows) moves them without sending them again.
//!
//! Only whole rows move, so with panes side by side the panes that did not scroll are
//! repaired afterwards; the plan is chosen by an estimate of the bytes each way, and the
//! caller keeps it only when it really is shorter.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell};

/// Shifts tried even when no whole row matches: the reader scrolling beside other panes.
const SMALL_SHIFTS: [i32; 6] = [1, -1, 2, -2, 3, -3];
/// Shifts suggested by rows that reappear whole, at most this many.
const MATCHED_SHIFTS: usize = 4;
/// Below this estimate a frame is too cheap to look for a scroll.
const WORTH_LOOKING: usize = 64;
/// What a move plus the scroll sequences cost, roughly: a region and its reset, a move,
/// the delete or insert.
const SEQUENCE_COST: usize = 8;
const REGION_COST: usize = 12;

/// Rows `top..=bottom` move `by` rows up (negative: down); rows left empty become blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scroll {
    /// First row of the region.
    pub top: u16,
    /// Last row of the region.
    pub bottom: u16,
    /// How far the rows move up; negative moves them down.
    pub by: i32,
}

impl Scroll {
    /// Moves the rows of `buffer` as the terminal will.
    pub fn apply(self, buffer: &mut Buffer) {
        let width = usize::from(buffer.area.width);
        let rows = usize::from(self.top)..=usize::from(self.bottom);
        let region = &mut buffer.content[rows.start() * width..(rows.end() + 1) * width];
        let shift = self.by.unsigned_abs() as usize * width;
        if self.by > 0 {
            region.rotate_left(shift);
            let len = region.len();
            region[len - shift..].fill(Cell::EMPTY);
        } else {
            region.rotate_right(shift);
            region[..shift].fill(Cell::EMPTY);
        }
    }

    /// Writes the sequences; the cursor is left somewhere unknown, the pen must erase plainly.
    pub fn write(self, height: u16, w: &mut impl Write) -> io::Result<()> {
        let region = self.bottom + 1 < height;
        if region {
            write!(w, "\x1b[{};{}r", self.top + 1, self.bottom + 1)?;
        }
        let count = self.by.unsigned_abs();
        let verb = if self.by > 0 { 'M' } else { 'L' };
        match (self.top, count) {
            (0, 1) => write!(w, "\x1b[H\x1b[{verb}")?,
            (0, _) => write!(w, "\x1b[H\x1b[{count}{verb}")?,
            (top, 1) => write!(w, "\x1b[{}H\x1b[{verb}", top + 1)?,
            (top, _) => write!(w, "\x1b[{}H\x1b[{count}{verb}", top + 1)?,
        }
        if region {
            w.write_all(b"\x1b[r")?;
        }
        Ok(())
    }
}

/// The scroll that most shortens turning `shown` into `next`, if one is worth it.
pub fn plan(shown: &Buffer, next: &Buffer) -> Option<Scroll> {
    if shown.area != next.area || next.area.height < 2 {
        return None;
    }
    let height = usize::from(next.area.height);
    let plain: Vec<usize> = (0..height)
        .map(|y| row_cost(row(next, y), row(shown, y)))
        .collect();
    if plain.iter().sum::<usize>() < WORTH_LOOKING {
        return None;
    }
    let blank = vec![Cell::EMPTY; usize::from(next.area.width)];
    let erased: Vec<usize> = (0..height)
        .map(|y| row_cost(row(next, y), &blank))
        .collect();
    candidate_shifts(shown, next)
        .into_iter()
        .filter_map(|by| best_region(shown, next, by, &plain, &erased))
        .max_by_key(|(gain, _)| *gain)
        .map(|(_, scroll)| scroll)
}

/// Small shifts, and the shifts by which whole rows of `shown` reappear in `next`.
fn candidate_shifts(shown: &Buffer, next: &Buffer) -> Vec<i32> {
    let height = usize::from(next.area.height);
    let hashes = |buffer: &Buffer| -> Vec<u64> {
        (0..height)
            .map(|y| {
                let mut hasher = DefaultHasher::new();
                row(buffer, y).hash(&mut hasher);
                hasher.finish()
            })
            .collect()
    };
    let (old, new) = (hashes(shown), hashes(next));
    let mut rows_of: HashMap<u64, Vec<usize>> = HashMap::new();
    for (y, hash) in old.iter().enumerate() {
        rows_of.entry(*hash).or_default().push(y);
    }
    let mut votes: HashMap<i32, usize> = HashMap::new();
    for (y, hash) in new.iter().enumerate() {
        // A row found once only: blank and repeated rows say nothing about the shift.
        if let Some([from]) = rows_of.get(hash).map(Vec::as_slice)
            && *from != y
        {
            *votes.entry(*from as i32 - y as i32).or_default() += 1;
        }
    }
    let mut matched: Vec<(i32, usize)> = votes.into_iter().collect();
    matched.sort_by_key(|(by, count)| (std::cmp::Reverse(*count), by.abs()));
    let mut shifts: Vec<i32> = SMALL_SHIFTS
        .into_iter()
        .filter(|by| by.unsigned_abs() < height as u32)
        .collect();
    for (by, _) in matched.into_iter().take(MATCHED_SHIFTS) {
        if !shifts.contains(&by) {
            shifts.push(by);
        }
    }
    shifts
}

/// The region whose scroll by `by` saves most, with the bytes it saves.
fn best_region(
    shown: &Buffer,
    next: &Buffer,
    by: i32,
    plain: &[usize],
    erased: &[usize],
) -> Option<(usize, Scroll)> {
    let height = plain.len();
    let shift = by.unsigned_abs() as usize;
    // shifted[y]: row y of `next` drawn over the row that scrolls into it (a row nothing
    // scrolls into is never counted as kept).
    let shifted: Vec<usize> = (0..height)
        .map(|y| {
            let from = y as i64 + i64::from(by);
            usize::try_from(from)
                .ok()
                .filter(|&from| from < height)
                .map_or(0, |from| row_cost(row(next, y), row(shown, from)))
        })
        .collect();
    let sums = |costs: &[usize]| -> Vec<usize> {
        std::iter::once(0)
            .chain(costs.iter().scan(0, |total, c| {
                *total += c;
                Some(*total)
            }))
            .collect()
    };
    let (plain, shifted, erased) = (sums(plain), sums(&shifted), sums(erased));
    let between = |sums: &[usize], from: usize, to: usize| sums[to] - sums[from];
    let mut best: Option<(usize, Scroll)> = None;
    for top in 0..height {
        for bottom in top + shift..height {
            // Rows keeping content moved in, and rows left blank by the scroll.
            let (kept, blanked) = if by > 0 {
                ((top, bottom + 1 - shift), (bottom + 1 - shift, bottom + 1))
            } else {
                ((top + shift, bottom + 1), (top, top + shift))
            };
            let cost = between(&shifted, kept.0, kept.1)
                + between(&erased, blanked.0, blanked.1)
                + SEQUENCE_COST
                + if bottom + 1 < height { REGION_COST } else { 0 };
            let saved = between(&plain, top, bottom + 1).saturating_sub(cost);
            if saved > best.map_or(0, |(s, _)| s) {
                let scroll = Scroll {
                    top: top as u16,
                    bottom: bottom as u16,
                    by,
                };
                best = Some((saved, scroll));
            }
        }
    }
    best
}

fn row(buffer: &Buffer, y: usize) -> &[Cell] {
    let width = usize::from(buffer.area.width);
    &buffer.content[y * width..(y + 1) * width]
}

/// Roughly the bytes that draw `new` over `old`: the changed cells, and a move per run.
fn row_cost(new: &[Cell], old: &[Cell]) -> usize {
    let mut cost = 0;
    let mut in_run = false;
    for (n, o) in new.iter().zip(old) {
        if n == o {
            in_run = false;
        } else {
            cost += n.symbol().len() + if in_run { 0 } else { 5 };
            in_run = true;
        }
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn buffer(lines: &[String]) -> Buffer {
        Buffer::with_lines(lines.iter().map(String::as_str))
    }

    /// Twenty rows of 24 letters, each row unlike the others.
    fn text() -> Vec<String> {
        (0..20)
            .map(|i| {
                (0..24)
                    .map(|k| char::from(b'a' + ((i * 7 + k * 3 + i * k) % 26) as u8))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn rows_moved_up_are_found_as_a_scroll() {
        let text = text();
        let shown = buffer(&text[0..10]);
        let next = buffer(&text[1..11]);
        let scroll = plan(&shown, &next).expect("a scroll");
        assert_eq!(
            scroll,
            Scroll {
                top: 0,
                bottom: 9,
                by: 1
            }
        );
        let mut moved = shown.clone();
        scroll.apply(&mut moved);
        assert_eq!(moved.content[..9 * 24], next.content[..9 * 24]);
        assert!(moved.content[9 * 24..].iter().all(|c| *c == Cell::EMPTY));
    }

    #[test]
    fn a_fixed_frame_stays_out_of_the_region() {
        let text = text();
        let frame = |rows: &[String]| {
            let mut lines = vec!["=".repeat(24)];
            lines.extend(rows.iter().cloned());
            lines.push("-".repeat(24));
            buffer(&lines)
        };
        let scroll = plan(&frame(&text[0..8]), &frame(&text[3..11])).expect("a scroll");
        assert_eq!(
            scroll,
            Scroll {
                top: 1,
                bottom: 8,
                by: 3
            }
        );
        let mut out = Vec::new();
        scroll.write(10, &mut out).expect("write");
        assert_eq!(
            String::from_utf8_lossy(&out),
            "\x1b[2;9r\x1b[2H\x1b[3M\x1b[r"
        );
    }

    #[test]
    fn scrolling_down_inserts_lines() {
        let text = text();
        let scroll = plan(&buffer(&text[2..12]), &buffer(&text[0..10])).expect("a scroll");
        assert_eq!(
            scroll,
            Scroll {
                top: 0,
                bottom: 9,
                by: -2
            }
        );
        let mut out = Vec::new();
        scroll.write(10, &mut out).expect("write");
        assert_eq!(String::from_utf8_lossy(&out), "\x1b[H\x1b[2L");
    }

    #[test]
    fn unrelated_frames_are_not_scrolled() {
        let shown = Buffer::filled(Rect::new(0, 0, 30, 10), Cell::new("a"));
        let next = Buffer::filled(Rect::new(0, 0, 30, 10), Cell::new("b"));
        assert_eq!(plan(&shown, &next), None);
    }
}
