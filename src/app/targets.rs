//! The targets pane's entries: what each listed figure shows, and where the ones in view go.

use ratatui::layout::Rect;

use super::App;
use super::follow::OutcomeEntry;
use crate::action::Pane;
use crate::figure_format::{committed_value, figure_value, period_label, result_value};
use crate::layout;
use crate::model::{FigureKind, FigureRef};
use crate::text;

/// One figure as the targets pane lists it, its texts sanitised and not yet cut to a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureEntry {
    /// A target, or a result of the past year.
    pub kind: FigureKind,
    /// What is measured.
    pub subject: String,
    /// The committed value (the target's levels, or the result's figure).
    pub value: String,
    /// The linked result of last year, with its year (`2022: 4.3%`), or empty.
    pub linked: String,
    /// What the region's next-year report says of the target, when that report is open.
    pub outcome: Option<OutcomeEntry>,
}

impl FigureEntry {
    /// The rows under the value and last year's result, `room` columns wide: a followed
    /// target's outcome and, when the entry is selected, both quotes.
    pub fn below(&self, selected: bool, room: usize) -> Vec<String> {
        let Some(outcome) = &self.outcome else {
            return Vec::new();
        };
        let mut rows = vec![outcome.summary.clone()];
        if selected {
            rows.extend(outcome.quote_lines(room));
        }
        rows
    }
}

impl App {
    /// The entries of the targets pane for the section in view, in [`App::pane_figures`] order.
    pub fn pane_entries(&self) -> Vec<FigureEntry> {
        self.pane_figures()
            .into_iter()
            .filter_map(|figure| self.entry(figure))
            .collect()
    }

    /// What the pane shows of a figure (`None` only for a reference to no figure).
    pub(super) fn entry(&self, figure_ref: FigureRef) -> Option<FigureEntry> {
        let report = &self.reports.get(figure_ref.report)?.report();
        let figure = report.figure(figure_ref.kind, figure_ref.index)?;
        let (value, linked) = match figure_ref.kind {
            FigureKind::Result => (figure_value(figure, self.prefs.lang), String::new()),
            FigureKind::Target => {
                let past = result_value(report, figure, self.prefs.lang);
                let year = report
                    .results_for(figure)
                    .next()
                    .map(|r| period_label(r.period, self.prefs.lang));
                let linked = match year {
                    Some(year) if !past.is_empty() => format!("{year}: {past}"),
                    _ => String::new(),
                };
                let group = self.target_group(figure_ref.index);
                (committed_value(&group, self.prefs.lang), linked)
            }
        };
        // Values carry the dataset's units: sanitise them like any other dataset text.
        Some(FigureEntry {
            kind: figure_ref.kind,
            subject: text::sanitize(&figure.subject).into_owned(),
            value: text::sanitize(&value).into_owned(),
            linked: text::sanitize(&linked).into_owned(),
            outcome: self
                .followed(figure_ref)
                .map(|followed| self.outcome_entry(&followed)),
        })
    }

    /// The inside of the targets pane, when it is shown.
    pub fn targets_list(&self) -> Option<Rect> {
        self.layout().targets.map(layout::inner)
    }

    /// Where the entries from the pane's offset on are drawn in `list`, one per entry shown.
    pub fn figure_slots(&self, entries: &[FigureEntry], list: Rect) -> Vec<Rect> {
        let room = usize::from(list.width).saturating_sub(layout::FIGURE_INDENT);
        let targets = &self.view().targets;
        let rows = entries
            .iter()
            .enumerate()
            .skip(targets.offset)
            .map(|(i, e)| {
                let value = text::width(&text::truncate(&e.value, room));
                let below = e.below(i == targets.selected, room).len();
                layout::figure_rows(list, value, text::width(&e.linked), below)
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
