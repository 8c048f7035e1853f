//! Where everything goes for a terminal size: the one owner of the explorer's geometry.
//!
//! Every list's rectangle and the number of rows it shows are computed here and only here:
//! the app uses them to scroll, page and hit-test, the view draws into them. This module
//! depends on neither the app nor the drawing code.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

use crate::action::Pane;
use crate::text;

/// Narrower or lower than this, only a "window too small" notice is shown.
pub const MIN_WIDTH: u16 = 20;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 6;
/// From this width, all three panes are shown side by side.
pub const WIDE: u16 = 120;
/// From this width, outline and reader are shown side by side.
pub const MEDIUM: u16 = 80;

/// How the main view is arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Outline, reader and targets side by side.
    Three,
    /// Outline (or targets, when focused) beside the reader.
    Two,
    /// One pane at a time, with tabs.
    One,
    /// Too small to show anything useful.
    TooSmall,
}

/// The rectangles of the main view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MainLayout {
    /// The outline pane, if shown.
    pub outline: Option<Rect>,
    /// The reader pane, if shown.
    pub reader: Option<Rect>,
    /// The targets pane, if shown.
    pub targets: Option<Rect>,
    /// The tab bar (one-pane arrangement).
    pub tabs: Option<Rect>,
    /// The status line.
    pub status: Rect,
    /// The key hint line.
    pub hints: Rect,
}

impl MainLayout {
    /// The pane whose rectangle holds the cell, if any.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        [
            (self.outline, Pane::Outline),
            (self.reader, Pane::Reader),
            (self.targets, Pane::Targets),
        ]
        .into_iter()
        .find(|(r, _)| hit(*r))
        .map(|(_, p)| p)
    }

    /// The rectangle of a pane, if shown.
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Outline => self.outline,
            Pane::Reader => self.reader,
            Pane::Targets => self.targets,
        }
    }
}

/// The arrangement for a terminal size.
pub fn arrangement(area: Rect) -> Arrangement {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Arrangement::TooSmall
    } else if area.width >= WIDE {
        Arrangement::Three
    } else if area.width >= MEDIUM {
        Arrangement::Two
    } else {
        Arrangement::One
    }
}

/// Splits the screen into panes; `focus` decides what the smaller arrangements show.
pub fn main_layout(area: Rect, focus: Pane) -> MainLayout {
    let arrangement = arrangement(area);
    if arrangement == Arrangement::TooSmall {
        return MainLayout::default();
    }
    let [body, status, hints] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut layout = MainLayout {
        status,
        hints,
        ..MainLayout::default()
    };
    match arrangement {
        Arrangement::Three => {
            let side = (area.width / 4).clamp(28, 44);
            let targets = (area.width / 4).clamp(30, 52);
            let [outline, reader, targets_area] = Layout::horizontal([
                Constraint::Length(side),
                Constraint::Fill(1),
                Constraint::Length(targets),
            ])
            .areas(body);
            layout.outline = Some(outline);
            layout.reader = Some(reader);
            layout.targets = Some(targets_area);
        }
        Arrangement::Two => {
            let side = (area.width * 3 / 10).clamp(26, 36);
            let [left, reader] =
                Layout::horizontal([Constraint::Length(side), Constraint::Fill(1)]).areas(body);
            if focus == Pane::Targets {
                layout.targets = Some(left);
            } else {
                layout.outline = Some(left);
            }
            layout.reader = Some(reader);
        }
        Arrangement::One => {
            let [tabs, pane] =
                Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
            layout.tabs = Some(tabs);
            match focus {
                Pane::Outline => layout.outline = Some(pane),
                Pane::Reader => layout.reader = Some(pane),
                Pane::Targets => layout.targets = Some(pane),
            }
        }
        Arrangement::TooSmall => {}
    }
    layout
}

/// The inside of a bordered pane or overlay.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// The text area of the reader pane: inside the border, with a column of padding each side.
pub fn reader_text(area: Rect) -> Rect {
    area.inner(Margin {
        horizontal: 2,
        vertical: 1,
    })
}

/// The reader's left padding column beside its text, where bookmarked lines are marked
/// (empty when the pane is too narrow to have one).
pub fn reader_gutter(area: Rect) -> Rect {
    let text = reader_text(area);
    if text.is_empty() {
        return Rect::default();
    }
    Rect::new(text.x - 1, text.y, 1, text.height)
}

/// The three cells of the tab bar, in [`Pane::ALL`] order (the last takes the remainder).
pub fn tab_cells(tabs: Rect) -> [Rect; 3] {
    let third = tabs.width / 3;
    [0, 1, 2].map(|i| {
        let width = if i == 2 {
            tabs.width - third * 2
        } else {
            third
        };
        Rect::new(tabs.x + third * i, tabs.y, width, 1)
    })
}

/// The pane whose tab holds `column`, if the tab bar holds it.
pub fn tab_at(tabs: Rect, column: u16, row: u16) -> Option<Pane> {
    tab_cells(tabs)
        .into_iter()
        .position(|cell| cell.contains((column, row).into()))
        .map(|i| Pane::ALL[i])
}

/// Columns before a figure's subject, value and result in the targets pane (the `▶ ` mark).
pub const FIGURE_INDENT: usize = 2;

/// True when a figure's linked result (`result` columns) fits after its value (`value`
/// columns) and a ` · ` on one row of the targets pane's inside `list`.
pub fn result_beside(list: Rect, value: usize, result: usize) -> bool {
    result == 0 || value + 3 + result + FIGURE_INDENT <= usize::from(list.width)
}

/// Rows a figure takes in the targets pane, not counting the blank row that follows it:
/// subject and value, the linked result on its own row when it is not beside the value, and
/// `below` rows under them (a followed target's outcome and quotes).
pub fn figure_rows(list: Rect, value: usize, result: usize, below: usize) -> u16 {
    let rows: u16 = if result_beside(list, value, result) {
        2
    } else {
        3
    };
    rows.saturating_add(u16::try_from(below).unwrap_or(u16::MAX))
}

/// Where the targets pane's inside `list` draws the figures from its offset on, given the
/// rows each takes ([`figure_rows`]): one rectangle per figure shown, a blank row between
/// two. Only figures that fit whole are shown, except the first, which is cut if need be.
pub fn figure_slots(list: Rect, rows: impl IntoIterator<Item = u16>) -> Vec<Rect> {
    let mut slots = Vec::new();
    let mut y = list.y;
    for height in rows {
        let fits = y.saturating_add(height) <= list.bottom();
        if !fits && !slots.is_empty() || y >= list.bottom() {
            break;
        }
        slots.push(Rect::new(
            list.x,
            y,
            list.width,
            height.min(list.bottom() - y),
        ));
        y = y.saturating_add(height).saturating_add(1);
    }
    slots
}

/// Rows of the full-screen targets table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableLayout {
    /// The title line (count and category).
    pub title: Rect,
    /// The filter line.
    pub filter: Rect,
    /// The column headers.
    pub header: Rect,
    /// The rows of targets and group headings.
    pub body: Rect,
    /// The key hints.
    pub hints: Rect,
}

impl TableLayout {
    /// Table rows shown at once (at least one, so paging always moves).
    pub fn rows(&self) -> usize {
        usize::from(self.body.height).max(1)
    }

    /// The index, counted from the first row shown, of the body row at screen row `row`.
    pub fn row_at(&self, row: u16) -> Option<usize> {
        (row >= self.body.y && row < self.body.bottom()).then(|| usize::from(row - self.body.y))
    }
}

/// The targets table over the whole screen.
pub fn table(area: Rect) -> TableLayout {
    let [title, filter, header, body, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    TableLayout {
        title,
        filter,
        header,
        body,
        hints,
    }
}

/// Width of the comparison's indicator column (wide) and report column (narrow).
pub const COMPARE_LABEL: u16 = 22;
/// Width of one report's column in the comparison: room for `≥ 6% · 力爭 8%`.
pub const COMPARE_COLUMN: u16 = 19;
/// Below this width the comparison shows one indicator at a time, the reports as rows.
pub const COMPARE_NARROW: u16 = 80;
/// Screen rows per comparison entry: the target, then the prior-year result.
pub const ROWS_PER_ENTRY: u16 = 2;

/// The comparison view, over the whole screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareLayout {
    /// The title line.
    pub title: Rect,
    /// The filter line.
    pub filter: Rect,
    /// The column headers (wide) or the indicator shown (narrow).
    pub header: Rect,
    /// The entries.
    pub body: Rect,
    /// The key hints.
    pub hints: Rect,
    /// True below [`COMPARE_NARROW`] columns: one indicator, the reports as rows.
    pub narrow: bool,
    /// Width of the first column (indicator names, or report labels when narrow).
    pub label_width: u16,
    /// Reports in all, for the columns shown.
    reports: usize,
}

impl CompareLayout {
    /// Entries shown at once (two screen rows each), at least one.
    pub fn rows(&self) -> usize {
        usize::from(self.body.height / ROWS_PER_ENTRY).max(1)
    }

    /// Report columns shown at once (wide), at least one.
    pub fn columns(&self) -> usize {
        let room = self.body.width.saturating_sub(self.label_width) / COMPARE_COLUMN;
        usize::from(room).clamp(1, self.reports.max(1))
    }

    /// The screen rectangle of the report column `slot` (counted from the first shown).
    pub fn column(&self, slot: usize) -> Rect {
        let x = self.body.x + self.label_width + COMPARE_COLUMN * slot as u16;
        let x = x.min(self.body.right());
        Rect::new(
            x,
            self.body.y,
            COMPARE_COLUMN.min(self.body.right() - x),
            self.body.height,
        )
    }
}

/// The comparison view for a terminal of size `area` over `reports` reports.
pub fn compare(area: Rect, reports: usize) -> CompareLayout {
    let table = table(area);
    let narrow = area.width < COMPARE_NARROW;
    CompareLayout {
        title: table.title,
        filter: table.filter,
        header: table.header,
        body: table.body,
        hints: table.hints,
        narrow,
        label_width: COMPARE_LABEL.min(area.width / 2),
        reports,
    }
}

/// The chart of one indicator, over the whole screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartLayout {
    /// The title line: the indicator and the legend.
    pub title: Rect,
    /// The bars, two rows per report.
    pub body: Rect,
    /// The key hints.
    pub hints: Rect,
}

/// The chart for a terminal of size `area`.
pub fn chart(area: Rect) -> ChartLayout {
    let [title, body, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    ChartLayout { title, body, hints }
}

impl ChartLayout {
    /// Reports whose bars fit the body at once (at least one, cut if need be).
    pub fn bars(&self) -> usize {
        usize::from(self.body.height / ROWS_PER_ENTRY).max(1)
    }
}

/// The first item to show so that `selected` is among the `shown` items from it, moving
/// `offset` as little as possible.
pub fn scrolled(offset: usize, selected: usize, shown: usize) -> usize {
    let shown = shown.max(1);
    if selected < offset {
        selected
    } else if selected >= offset + shown {
        selected + 1 - shown
    } else {
        offset
    }
}

/// Screen rows per search result: its kind and section path, then the snippet.
pub const ROWS_PER_HIT: u16 = 2;

/// The search overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchLayout {
    /// The bordered box, over the panes (the status and hint lines stay visible below).
    pub popup: Rect,
    /// The query line.
    pub input: Rect,
    /// The results.
    pub list: Rect,
    /// The key hints at the bottom of the box.
    pub hints: Rect,
}

impl SearchLayout {
    /// Results shown at once (none when the box is too low for one).
    pub fn hits_shown(&self) -> usize {
        usize::from(self.list.height / ROWS_PER_HIT)
    }
}

/// The search overlay for a terminal of size `area`.
pub fn search(area: Rect) -> SearchLayout {
    let body = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let popup = body.inner(Margin {
        horizontal: u16::from(area.width >= 60) * 2,
        vertical: u16::from(area.height >= 16),
    });
    let inside = inner(popup);
    let [input, list, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inside);
    SearchLayout {
        popup,
        input,
        list,
        hints,
    }
}

/// The help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLayout {
    /// The bordered box, centred.
    pub popup: Rect,
    /// The rows of keys inside it.
    pub list: Rect,
    /// Display columns of the key column (the widest key).
    pub key_width: usize,
    /// How many lines the help has.
    pub lines: usize,
}

impl HelpLayout {
    /// The largest useful first row: the last key then sits on the last row.
    pub fn max_top(&self) -> usize {
        self.lines.saturating_sub(usize::from(self.list.height))
    }
}

/// The help box in the middle of `area`, as large as its `lines` (keys, what they do) or the
/// screen allow.
pub fn help(area: Rect, lines: &[(String, &str)]) -> HelpLayout {
    let key_width = lines.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let what_width = lines.iter().map(|(_, w)| text::width(w)).max().unwrap_or(0);
    let wanted_width = u16::try_from(key_width + what_width + 5).unwrap_or(u16::MAX);
    let wanted_height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    // The bottom row stays free for the hints and for messages, which are drawn over it.
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let width = wanted_width.min(area.width);
    let height = wanted_height.min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    HelpLayout {
        popup,
        list: inner(popup),
        key_width,
        lines: lines.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_panes_from_120_columns() {
        let l = main_layout(Rect::new(0, 0, 120, 40), Pane::Reader);
        assert!(l.outline.is_some() && l.reader.is_some() && l.targets.is_some());
        let l = main_layout(Rect::new(0, 0, 119, 40), Pane::Reader);
        assert!(l.outline.is_some() && l.reader.is_some() && l.targets.is_none());
    }

    #[test]
    fn targets_replace_the_outline_when_focused_at_medium_width() {
        let l = main_layout(Rect::new(0, 0, 100, 30), Pane::Targets);
        assert!(l.outline.is_none() && l.targets.is_some() && l.reader.is_some());
    }

    #[test]
    fn one_pane_with_tabs_below_80_columns() {
        let l = main_layout(Rect::new(0, 0, 79, 20), Pane::Outline);
        assert!(l.tabs.is_some() && l.outline.is_some() && l.reader.is_none());
    }

    #[test]
    fn tiny_windows_get_nothing() {
        assert_eq!(arrangement(Rect::new(0, 0, 19, 30)), Arrangement::TooSmall);
        assert_eq!(arrangement(Rect::new(0, 0, 80, 5)), Arrangement::TooSmall);
        assert_eq!(
            main_layout(Rect::new(0, 0, 1, 1), Pane::Reader),
            MainLayout::default()
        );
    }

    #[test]
    fn panes_tile_the_body_without_overlap() {
        for width in [20, 50, 79, 80, 100, 119, 120, 160, 300] {
            for pane in Pane::ALL {
                let l = main_layout(Rect::new(0, 0, width, 30), pane);
                let rects: Vec<Rect> = [l.outline, l.reader, l.targets]
                    .into_iter()
                    .flatten()
                    .collect();
                let total: u16 = rects.iter().map(|r| r.width).sum();
                assert_eq!(total, width, "at {width}");
                for (i, a) in rects.iter().enumerate() {
                    for b in &rects[i + 1..] {
                        assert!(!a.intersects(*b));
                    }
                }
            }
        }
    }
}
