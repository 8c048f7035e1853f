//! The rest of a library arriving while the first report is read: the explorer opens on the
//! one report it needs, and takes every other when the library has finished loading on
//! another thread (the search index is made from the same reports, in the same order).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{App, OpenedReport, Overlay};
use crate::library::Library;
use crate::pending::Pending;
use crate::search::Index;
use crate::state::Position;
use crate::stored::StoredReport;

/// A library opened on another thread, as the explorer and the search worker take it.
#[derive(Debug, Default)]
pub struct Arrival {
    /// The reports in library order (decoded when first needed), shared with the thread
    /// that indexes them.
    pub reports: Vec<Arc<StoredReport>>,
    /// What was skipped and why, one message each, for the user.
    pub skipped: Vec<String>,
}

impl From<Library> for Arrival {
    fn from(library: Library) -> Self {
        Arrival {
            skipped: library.skipped.iter().map(ToString::to_string).collect(),
            reports: library
                .reports
                .into_iter()
                .map(|(report, _)| Arc::new(report))
                .collect(),
        }
    }
}

/// True when `arrived` is the report `shown` (by its cache key when both have one, else
/// whole).
fn same_report(shown: &StoredReport, arrived: &StoredReport) -> bool {
    if shown.summary().id != arrived.summary().id {
        return false;
    }
    match (shown.key(), arrived.key()) {
        (Some(a), Some(b)) => a == b,
        _ => shown.report() == arrived.report(),
    }
}

/// A library still loading: the whole of it, or why it could not be opened.
pub type Arriving = Pending<Result<Arrival, String>>;

impl App {
    /// Waits for the library still arriving, if any, takes it, and returns the search
    /// index over it (waiting for that too): what everything that reads the index calls, so
    /// that report numbers in the index and in the explorer are the same.
    pub fn ready_index(&mut self) -> Arc<Index> {
        if let Some(arriving) = &self.arriving {
            let arrived = arriving.wait();
            if let Ok(arrival) = &*arrived {
                self.take_library(arrival);
            }
        }
        self.index.wait()
    }

    /// Takes the library once it has arrived (nothing to do before, or when it failed:
    /// the event loop says why). True when it was taken now.
    pub fn take_library_if_arrived(&mut self) -> bool {
        let arrived = self.arriving.as_ref().and_then(|a| a.get());
        match arrived.as_deref() {
            Some(Ok(arrival)) => {
                self.take_library(arrival);
                true
            }
            _ => false,
        }
    }

    /// Replaces the reports by the library's, keeping the report being read (its place,
    /// panes and script) when the library holds it unchanged and showing it still; the other
    /// reports start where the state file last left them. Open lists are made again over
    /// the new reports (their filters kept), and a search typed meanwhile is sent again.
    fn take_library(&mut self, arrival: &Arrival) {
        self.arriving = None;
        self.loading = None;
        let positions = std::mem::take(&mut self.remembered);
        if arrival.reports.is_empty() {
            return;
        }
        let shown = self.reports.swap_remove(self.current);
        let mut kept = Some(shown);
        let mut current = None;
        let mut reports = Vec::with_capacity(arrival.reports.len());
        for report in &arrival.reports {
            let same = kept
                .as_ref()
                .is_some_and(|k| same_report(k.shared(), report));
            if same && let Some(opened) = kept.take() {
                current = Some(reports.len());
                reports.push(opened);
                continue;
            }
            let summary = report.summary();
            let mut opened = OpenedReport::stored(Arc::clone(report));
            opened.show_in(self.prefs.script.shown(summary.script));
            opened.pending = positions.get(&summary.id).cloned();
            reports.push(opened);
        }
        let replaced = kept.map(|k| k.summary().id.clone());
        self.reports = reports;
        self.reopen_lists();
        match current {
            Some(number) => self.current = number,
            None => {
                // The report shown was replaced (a library copy of it): show the new one.
                let number = replaced
                    .and_then(|id| self.reports.iter().position(|r| r.summary().id == id))
                    .unwrap_or(0);
                let overlay = std::mem::take(&mut self.overlay);
                self.switch_to(number);
                self.overlay = overlay;
            }
        }
        self.resend_search();
        if !arrival.skipped.is_empty() {
            let count = arrival.skipped.len().to_string();
            self.message = Some(
                self.prefs
                    .lang
                    .fill(crate::i18n::Msg::DatasetsSkipped, &[&count]),
            );
        }
    }

    /// Makes the open report or bookmark list, or the comparison, again over the reports
    /// now opened, keeping what was typed in its filter.
    fn reopen_lists(&mut self) {
        match std::mem::take(&mut self.overlay) {
            Overlay::Reports(old) => {
                self.open_report_list();
                if let Overlay::Reports(list) = &mut self.overlay {
                    list.filter = old.filter;
                    list.refilter(&self.reports);
                }
            }
            Overlay::Bookmarks(old) => {
                self.open_bookmark_list();
                self.refilter_bookmarks_with(old.filter);
            }
            Overlay::Compare(_) => self.open_compare(),
            other => self.overlay = other,
        }
    }

    /// Remembers the positions of the state file for reports still to arrive.
    pub(super) fn remember_for_arrival(&mut self, positions: &BTreeMap<String, Position>) {
        if self.arriving.is_some() {
            self.remembered = positions.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;
    use crate::action::Action;
    use crate::app::search::SearchState;
    use crate::load;
    use crate::model::Report;
    use crate::search::PendingIndex;

    fn copy(n: usize) -> Report {
        load::embedded().expect("embedded").numbered(n)
    }

    /// An explorer on copy 1 alone at 120x40, scrolled down, while copies 0, 1 and 2 arrive.
    fn waiting_for_three() -> (App, Arc<Arriving>) {
        let arriving = Arriving::to_come();
        let mut app = App::with_reports_indexed(
            vec![copy(1)],
            PendingIndex::to_come(),
            Rect::new(0, 0, 120, 40),
        );
        app.arriving = Some(Arc::clone(&arriving));
        app.update(Action::Resize(120, 40));
        app.update(Action::Page(3));
        (app, arriving)
    }

    fn three() -> Arrival {
        Arrival {
            reports: (0..3)
                .map(|n| Arc::new(StoredReport::decoded(copy(n), None)))
                .collect(),
            skipped: Vec::new(),
        }
    }

    fn ids(app: &App) -> Vec<String> {
        app.reports.iter().map(|r| r.summary().id.clone()).collect()
    }

    #[test]
    fn the_report_being_read_stays_shown_at_its_place_when_the_library_arrives() {
        let (mut app, arriving) = waiting_for_three();
        let top = app.view().reader.top;
        assert!(top > 0, "the reader moved");
        assert!(!app.take_library_if_arrived(), "nothing arrived yet");
        arriving.set(Ok(three()));
        assert!(app.take_library_if_arrived());
        assert_eq!(
            ids(&app),
            ["xiuzhou-2023-0", "xiuzhou-2023-1", "xiuzhou-2023-2"]
        );
        assert_eq!(app.current, 1);
        assert_eq!(app.view().reader.top, top);
        assert!(app.arriving.is_none() && app.loading.is_none());
    }

    #[test]
    fn the_other_reports_start_where_the_state_file_left_them() {
        let (mut app, arriving) = waiting_for_three();
        let place = app.position().expect("a position");
        let remembered = BTreeMap::from([("xiuzhou-2023-2".to_string(), place.clone())]);
        app.remember(&remembered);
        arriving.set(Ok(three()));
        app.take_library_if_arrived();
        assert_eq!(app.reports[2].pending, Some(place));
        assert_eq!(app.reports[0].pending, None);
    }

    #[test]
    fn a_search_typed_while_loading_is_sent_again_over_the_whole_library() {
        let (mut app, arriving) = waiting_for_three();
        app.overlay = Overlay::Search(SearchState::new((
            app.view().reader.clone(),
            app.focus,
            (0, 0),
        )));
        for c in "gfcy".chars() {
            app.update(Action::Input(c));
        }
        let before = app.take_search_request().expect("a request");
        assert_eq!(before.bounds.first, Some(0));
        arriving.set(Ok(three()));
        app.take_library_if_arrived();
        let after = app.take_search_request().expect("sent again");
        assert_eq!(after.query, "gfcy");
        assert_eq!(
            after.bounds.first,
            Some(1),
            "the shown report searched first"
        );
        assert!(
            after.generation > before.generation,
            "the old answer is ignored"
        );
    }

    #[test]
    fn an_open_report_list_is_made_again_with_its_filter() {
        let (mut app, arriving) = waiting_for_three();
        app.open_report_list();
        app.update(Action::Input('2'));
        arriving.set(Ok(three()));
        app.take_library_if_arrived();
        let Overlay::Reports(list) = &app.overlay else {
            panic!("the list stays open");
        };
        assert_eq!(list.filter.text(), "2");
        assert_eq!(list.rows.len(), 3, "every copy is of 2023");
    }

    #[test]
    fn a_changed_copy_of_the_report_being_read_replaces_it_on_screen() {
        let (mut app, arriving) = waiting_for_three();
        let mut arrival = three();
        let mut changed = copy(1);
        changed.title = "changed".into();
        arrival.reports[1] = Arc::new(StoredReport::decoded(changed, None));
        arriving.set(Ok(arrival));
        app.take_library_if_arrived();
        assert_eq!(app.current, 1);
        assert_eq!(app.view().summary().title, "changed");
    }

    #[test]
    fn skipped_datasets_are_said_on_the_status_line() {
        let (mut app, arriving) = waiting_for_three();
        let mut arrival = three();
        arrival.skipped = vec!["bad.ron:1:1: expected `(`".into()];
        arriving.set(Ok(arrival));
        app.take_library_if_arrived();
        let said = app.message.as_deref().unwrap_or_default();
        assert!(said.starts_with("1 datasets skipped"), "{said}");
    }

    #[test]
    fn waiting_for_the_index_first_takes_the_library_it_was_made_from() {
        let (mut app, arriving) = waiting_for_three();
        let index = Arc::clone(&app.index);
        let maker = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(30));
            let arrival = three();
            index.set(Index::build_all(&[copy(0), copy(1), copy(2)]));
            arriving.set(Ok(arrival));
        });
        let index = app.ready_index();
        maker.join().expect("the maker");
        assert_eq!(app.reports.len(), 3);
        let last = index.len() - 1;
        assert_eq!(index.item(last).map(|i| i.report), Some(2));
    }

    #[test]
    fn a_library_that_failed_leaves_the_report_shown() {
        let (mut app, arriving) = waiting_for_three();
        arriving.set(Err("no report could be opened".into()));
        assert!(!app.take_library_if_arrived());
        assert_eq!(ids(&app), ["xiuzhou-2023-1"]);
    }
}
