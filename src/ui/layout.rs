//! Where each pane goes for a given terminal size: pure geometry, shared by drawing and by the
//! app's hit-testing and page sizes.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::action::Pane;

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

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// The text area of the reader pane: inside the border, with a column of padding each side.
pub fn reader_text(area: Rect) -> Rect {
    area.inner(ratatui::layout::Margin {
        horizontal: 2,
        vertical: 1,
    })
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
