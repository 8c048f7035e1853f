//! The targets pane's entries: what each listed figure shows, and where the ones in view go.

use ratatui::layout::Rect;

use super::App;
use crate::action::Pane;
use crate::figure_format::{committed_value, figure_value, period_label, result_value};
use crate::layout;
use crate::model::FigureKind;
use crate::text;

/// One figure as the targets pane lists it, its texts sanitised and not yet cut to a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureEntry {
    /// True for a result of the past year, false for a target.
    pub is_result: bool,
    /// What is measured.
    pub subject: String,
    /// The committed value (the target's levels, or the result's figure).
    pub value: String,
    /// The linked result of last year, with its year (`2022: 4.3%`), or empty.
    pub linked: String,
}

impl App {
    /// The entries of the targets pane for the section in view, in [`App::pane_figures`] order.
    pub fn pane_entries(&self) -> Vec<FigureEntry> {
        self.pane_figures()
            .into_iter()
            .map(|figure| self.entry(figure.index, figure.kind == FigureKind::Result))
            .collect()
    }

    /// The entry of target (or, with `is_result`, result) `index` of the report shown.
    pub(super) fn entry(&self, index: usize, is_result: bool) -> FigureEntry {
        let (figure, value, linked) = if is_result {
            let figure = &self.view().report.results[index];
            (figure, figure_value(figure, self.prefs.lang), String::new())
        } else {
            let figure = &self.view().report.targets[index];
            let past = result_value(&self.view().report, figure, self.prefs.lang);
            let year = self
                .view()
                .report
                .results_for(figure)
                .next()
                .map(|r| period_label(r.period, self.prefs.lang));
            let linked = match year {
                Some(year) if !past.is_empty() => format!("{year}: {past}"),
                _ => String::new(),
            };
            (
                figure,
                committed_value(&self.target_group(index), self.prefs.lang),
                linked,
            )
        };
        // Values carry the dataset's units: sanitise them like any other dataset text.
        FigureEntry {
            is_result,
            subject: text::sanitize(&figure.subject).into_owned(),
            value: text::sanitize(&value).into_owned(),
            linked: text::sanitize(&linked).into_owned(),
        }
    }

    /// The inside of the targets pane, when it is shown.
    pub fn targets_list(&self) -> Option<Rect> {
        self.layout().targets.map(layout::inner)
    }

    /// Where the entries from the pane's offset on are drawn in `list`, one per entry shown.
    pub fn figure_slots(&self, entries: &[FigureEntry], list: Rect) -> Vec<Rect> {
        let room = usize::from(list.width).saturating_sub(layout::FIGURE_INDENT);
        let rows = entries.iter().skip(self.view().targets.offset).map(|e| {
            let value = text::width(&text::truncate(&e.value, room));
            layout::figure_rows(list, value, text::width(&e.linked))
        });
        layout::figure_slots(list, rows)
    }

    /// Scrolls the targets pane so that its selected entry is shown whole where it can be.
    pub(super) fn keep_figure_in_view(&mut self) {
        let entries = self.pane_entries();
        let t = &mut self.view_mut().targets;
        t.selected = t.selected.min(entries.len().saturating_sub(1));
        t.offset = t.offset.min(t.selected);
        let Some(list) = self.layout().pane(Pane::Targets).map(layout::inner) else {
            return;
        };
        while self.view().targets.selected
            >= self.view().targets.offset + self.figure_slots(&entries, list).len().max(1)
        {
            self.view_mut().targets.offset += 1;
        }
    }

    /// The entry drawn at screen row `row` of the targets pane, if any.
    pub(super) fn figure_at(&self, row: u16) -> Option<usize> {
        let list = self.targets_list()?;
        let entries = self.pane_entries();
        self.figure_slots(&entries, list)
            .iter()
            .position(|slot| row >= slot.y && row < slot.bottom())
            .map(|i| self.view().targets.offset + i)
    }
}
