//! The report list (`r`): every opened report with its region, year, title and counts;
//! typing filters it at once (Simplified or Traditional, pinyin), Enter opens a report where
//! its reader last was.

use super::input::InputLine;
use super::{App, OpenedReport, Overlay};
use crate::action::Action;
use crate::search::words_match;

/// State of the report list.
#[derive(Debug, Clone, Default)]
pub struct ReportList {
    /// The filter line.
    pub filter: InputLine,
    /// The opened reports the filter lets through, in library order.
    pub rows: Vec<usize>,
    /// Index into `rows` of the selected row.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

/// True when every word of `query` is in the report's region, year, title or id, compared
/// folded (script, width, case), or spelled there in pinyin (`hubei`, `hb`).
pub fn report_matches(opened: &OpenedReport, query: &str) -> bool {
    let report = opened.summary();
    let text = format!(
        "{} {} {} {}",
        report.region, report.year, report.title, report.id
    );
    words_match(&text, query)
}

impl ReportList {
    /// The list over `reports`, the report shown selected.
    pub fn new(reports: &[OpenedReport], current: usize) -> Self {
        let mut list = Self::default();
        list.refilter(reports);
        list.selected = list.rows.iter().position(|&r| r == current).unwrap_or(0);
        list
    }

    /// Recomputes the rows after the filter changed, selecting the first.
    pub fn refilter(&mut self, reports: &[OpenedReport]) {
        let query = self.filter.text().trim();
        self.rows = (0..reports.len())
            .filter(|&i| query.is_empty() || report_matches(&reports[i], query))
            .collect();
        self.selected = 0;
        self.offset = 0;
    }

    /// Moves the selection by `delta` rows.
    pub fn move_selection(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Keeps the selection within `rows` rows from the offset.
    pub fn scroll_into_view(&mut self, rows: usize) {
        self.offset = crate::layout::scrolled(self.offset, self.selected, rows);
    }
}

impl App {
    /// Opens the report list.
    pub fn open_report_list(&mut self) {
        self.overlay = Overlay::Reports(ReportList::new(&self.reports, self.current));
    }

    pub(super) fn update_reports(&mut self, action: Action) {
        let page = self.report_rows() as isize;
        let reports = &self.reports;
        let Overlay::Reports(list) = &mut self.overlay else {
            return;
        };
        if list.filter.apply(&action) {
            list.refilter(reports);
            return;
        }
        match action {
            Action::Move(n) => list.move_selection(n),
            Action::Page(n) => list.move_selection(n * (page - 1).max(1)),
            Action::First => list.move_selection(isize::MIN / 2),
            Action::Last => list.move_selection(isize::MAX / 2),
            Action::Activate => {
                if let Some(&number) = list.rows.get(list.selected) {
                    self.switch_to(number);
                }
            }
            _ => {}
        }
    }

    /// Rows the report list shows at once.
    pub fn report_rows(&self) -> usize {
        usize::from(crate::layout::search(self.area).list.height).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn library() -> App {
        let mut reports = Vec::new();
        for (id, region, year) in [
            ("hubei-2026", "湖北省", 2026),
            ("xiuzhou-2023", "浙江省嘉興市秀洲區", 2023),
            ("hubei-2025", "湖北省", 2025),
        ] {
            let mut report = crate::load::embedded().expect("embedded");
            report.id = id.into();
            report.region = region.into();
            report.year = year;
            report.title = format!("{year}年{region}政府工作報告");
            reports.push(report);
        }
        App::with_reports(reports, Rect::new(0, 0, 120, 40))
    }

    fn typed(app: &mut App, text: &str) {
        for c in text.chars() {
            app.update(Action::Input(c));
        }
    }

    fn shown(app: &App) -> Vec<String> {
        let Overlay::Reports(list) = &app.overlay else {
            panic!("the report list is not open");
        };
        list.rows.iter().map(|&r| app.reports[r].label()).collect()
    }

    #[test]
    fn typing_filters_in_either_script_and_in_pinyin() {
        let mut app = library();
        app.update(Action::OpenReports);
        assert_eq!(shown(&app).len(), 3);
        typed(&mut app, "嘉兴");
        assert_eq!(shown(&app), ["浙江省嘉興市秀洲區 2023"]);
        app.update(Action::ClearInput);
        typed(&mut app, "hubei 2025");
        assert_eq!(shown(&app), ["湖北省 2025"]);
        app.update(Action::ClearInput);
        typed(&mut app, "hb");
        assert_eq!(shown(&app), ["湖北省 2026", "湖北省 2025"]);
    }

    #[test]
    fn each_report_keeps_its_own_reading_position() {
        let mut app = library();
        app.update(Action::Page(3));
        let first_top = app.view().reader.top;
        assert!(first_top > 0);
        app.update(Action::OpenReports);
        app.update(Action::Move(1));
        app.update(Action::Activate);
        assert_eq!(app.current, 1);
        assert_eq!(app.view().reader.top, 0);
        app.update(Action::Page(1));
        app.update(Action::OpenReports);
        app.update(Action::Move(-1));
        app.update(Action::Activate);
        assert_eq!((app.current, app.view().reader.top), (0, first_top));
        assert!(matches!(app.overlay, Overlay::None));
    }
}
