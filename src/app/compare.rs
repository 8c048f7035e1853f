//! The comparison view (`c`): indicators × opened reports, each cell the target and the
//! prior-year result; `/` filters the indicators, Enter jumps to a cell's quote, `v` charts the
//! selected indicator. Wide terminals show reports as columns (← → move between them); narrow
//! ones one indicator at a time with the reports as rows (← → change the indicator).

use super::input::InputLine;
use super::{App, Overlay};
use crate::action::Action;
use crate::compare;
use crate::indicators::{Indicator, Vocabulary, key};
use crate::model::{FigureKind, FigureRef, Report};

/// State of the comparison view.
#[derive(Debug, Clone)]
pub struct CompareView {
    /// The filter line.
    pub filter: InputLine,
    /// True while the filter line has the keyboard.
    pub typing: bool,
    /// True while the chart of the selected indicator is shown.
    pub chart: bool,
    /// Draw the chart in ASCII (`BAOGAO_ASCII` set), not block glyphs.
    pub ascii: bool,
    /// Indicators some opened report gives a figure for, in vocabulary order.
    pub known: Vec<&'static Indicator>,
    /// The indicators shown: the headline ones, or those the filter names.
    pub rows: Vec<&'static Indicator>,
    /// Index into `rows` of the selected indicator.
    pub row: usize,
    /// The selected report (its place among the opened reports).
    pub column: usize,
    /// First indicator row shown (wide) or first report row shown (narrow).
    pub offset: usize,
    /// First report column shown (wide).
    pub column_offset: usize,
    /// First bar shown in the chart (in [`chart_order`]).
    pub chart_offset: usize,
}

/// True when `indicator` is among the `resolved` ones or one of its names contains `query`
/// (compared by [`key`]: script, width and case folded).
fn named_by(indicator: &Indicator, query: &str, resolved: &[&Indicator]) -> bool {
    let query = key(query);
    resolved.iter().any(|r| r.id == indicator.id)
        || indicator.names().any(|name| key(name).contains(&query))
}

impl CompareView {
    /// The view over `reports` with the headline indicators they give figures for (those of
    /// [`compare::default_indicators`]), the report shown selected.
    pub fn new<'r>(reports: impl Iterator<Item = &'r Report> + Clone, current: usize) -> Self {
        let known: Vec<&'static Indicator> = Vocabulary::embedded()
            .indicators()
            .iter()
            .filter(|i| {
                reports
                    .clone()
                    .any(|r| !compare::entry(r, &i.id).is_empty())
            })
            .collect();
        let mut view = Self {
            filter: InputLine::default(),
            typing: false,
            chart: false,
            ascii: std::env::var_os("BAOGAO_ASCII").is_some(),
            known,
            rows: Vec::new(),
            row: 0,
            column: current,
            offset: 0,
            column_offset: 0,
            chart_offset: 0,
        };
        view.refilter();
        view
    }

    /// Recomputes the rows after the filter changed, selecting the first.
    pub fn refilter(&mut self) {
        let query = self.filter.text().trim();
        self.rows = if query.is_empty() {
            self.known.iter().copied().filter(|i| i.headline).collect()
        } else {
            let resolved = Vocabulary::embedded().resolve(query);
            self.known
                .iter()
                .copied()
                .filter(|i| named_by(i, query, &resolved))
                .collect()
        };
        self.row = 0;
        self.offset = 0;
    }

    /// The selected indicator, if any row is shown.
    pub fn indicator(&self) -> Option<&'static Indicator> {
        self.rows.get(self.row).copied()
    }
}

/// The figure of `report` a cell of `indicator` leads to: its target, else its 力争 aim, else
/// its prior-year result.
pub fn cell_figure(report: &Report, number: usize, indicator: &Indicator) -> Option<FigureRef> {
    let entry = compare::entry(report, &indicator.id);
    let (kind, figure) = match (entry.target.or(entry.strive), entry.result) {
        (Some(target), _) => (FigureKind::Target, target),
        (None, Some(result)) => (FigureKind::Result, result),
        (None, None) => return None,
    };
    let list = match kind {
        FigureKind::Target => &report.targets,
        FigureKind::Result => &report.results,
    };
    let index = list.iter().position(|f| std::ptr::eq(f, figure))?;
    Some(FigureRef {
        report: number,
        kind,
        index,
    })
}

/// The value a report's bar is sorted and scaled by: its target, else its result.
pub fn chart_value(entry: &compare::Entry) -> Option<f64> {
    entry
        .target
        .and_then(|t| t.value)
        .or(entry.result.and_then(|r| r.value))
}

/// The opened reports (their places) in the order the chart of `indicator` draws their bars:
/// highest value first, reports without one last, ties in library order.
pub fn chart_order<'r>(
    reports: impl Iterator<Item = &'r Report>,
    indicator: &Indicator,
) -> Vec<usize> {
    let mut values: Vec<(usize, Option<f64>)> = reports
        .map(|r| chart_value(&compare::entry(r, &indicator.id)))
        .enumerate()
        .collect();
    values.sort_by(|(_, a), (_, b)| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    values.into_iter().map(|(n, _)| n).collect()
}

/// Moves `value` by `delta` within `0..len`.
fn step(value: usize, delta: isize, len: usize) -> usize {
    value
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

impl App {
    /// Opens the comparison view over every opened report.
    pub fn open_compare(&mut self) {
        let reports = self.reports.iter().map(|o| &**o.report());
        self.overlay = Overlay::Compare(CompareView::new(reports, self.current));
    }

    /// Where the comparison view goes.
    pub fn compare_layout(&self) -> crate::layout::CompareLayout {
        crate::layout::compare(self.area, self.reports.len())
    }

    pub(super) fn update_compare(&mut self, action: Action) {
        let layout = self.compare_layout();
        let bars = crate::layout::chart(self.area).bars();
        let opened = &self.reports;
        let reports = opened.len();
        let Overlay::Compare(view) = &mut self.overlay else {
            return;
        };
        if view.typing {
            if view.filter.apply(&action) {
                view.refilter();
            } else if action == Action::Activate {
                view.typing = false;
            }
            return;
        }
        let indicators = view.rows.len();
        let page = if view.chart { bars } else { layout.rows() } as isize;
        // Up and down move along the rows, left and right across: indicators and reports
        // in a wide terminal, reports and indicators in a narrow one.
        let (down, across) = match action {
            Action::Move(n) => (n, 0),
            Action::Page(n) => (n * (page - 1).max(1), 0),
            Action::HalfPage(n) => (n * (page / 2).max(1), 0),
            Action::First => (isize::MIN / 2, 0),
            Action::Last => (isize::MAX / 2, 0),
            Action::Collapse => (0, -1),
            Action::Expand => (0, 1),
            _ => (0, 0),
        };
        if view.chart {
            // Left and right change the indicator; up and down move along the bars.
            view.row = step(view.row, across, indicators);
            if let Some(indicator) = view.indicator() {
                let order = chart_order(opened.iter().map(|o| &**o.report()), indicator);
                let at = order.iter().position(|&n| n == view.column).unwrap_or(0);
                view.column = order.get(step(at, down, reports)).copied().unwrap_or(0);
            }
        } else {
            let (row_delta, column_delta) = if layout.narrow {
                (across, down)
            } else {
                (down, across)
            };
            view.row = step(view.row, row_delta, indicators);
            view.column = step(view.column, column_delta, reports);
        }
        match action {
            Action::StartFilter if !view.chart => view.typing = true,
            Action::ToggleChart => view.chart = !view.chart,
            Action::Activate => {
                let number = view.column;
                let Some(indicator) = view.indicator() else {
                    return;
                };
                let Some(figure) = self
                    .reports
                    .get(number)
                    .and_then(|o| cell_figure(o.report(), number, indicator))
                else {
                    return;
                };
                self.overlay = Overlay::None;
                self.jump_to_figure(figure);
            }
            _ => {}
        }
    }

    /// Keeps the selected indicator and report within the rows and columns shown.
    pub(super) fn keep_compare_in_view(&mut self) {
        let layout = self.compare_layout();
        let bars = crate::layout::chart(self.area).bars();
        let opened = &self.reports;
        let Overlay::Compare(view) = &mut self.overlay else {
            return;
        };
        if let Some(indicator) = view.indicator() {
            let order = chart_order(opened.iter().map(|o| &**o.report()), indicator);
            let at = order.iter().position(|&n| n == view.column).unwrap_or(0);
            view.chart_offset = crate::layout::scrolled(view.chart_offset, at, bars);
        }
        let (selected, columns) = if layout.narrow {
            (view.column, 1)
        } else {
            (view.row, layout.columns())
        };
        view.offset = crate::layout::scrolled(view.offset, selected, layout.rows());
        view.column_offset = if layout.narrow {
            0
        } else {
            crate::layout::scrolled(view.column_offset, view.column, columns)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    /// Three copies of the embedded report in other regions, two with their GDP target
    /// changed.
    pub(crate) fn library(area: Rect) -> App {
        let mut reports = Vec::new();
        for (id, region, gdp) in [
            ("hubei", "湖北省", None),
            ("anhui", "安徽省", Some(6.5)),
            ("hunan", "湖南省", Some(4.5)),
        ] {
            let mut report = crate::load::embedded().expect("embedded");
            report.id = id.into();
            report.region = region.into();
            for target in report
                .targets
                .iter_mut()
                .filter(|t| t.indicator.as_deref() == Some("gdp-growth"))
            {
                if let (Some(gdp), Some(_)) = (gdp, target.value) {
                    target.value = Some(gdp);
                }
            }
            reports.push(report);
        }
        App::with_reports(reports, area)
    }

    fn view(app: &App) -> &CompareView {
        let Overlay::Compare(view) = &app.overlay else {
            panic!("the comparison is not open");
        };
        view
    }

    fn ids(app: &App) -> Vec<&str> {
        view(app).rows.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn default_rows_are_the_headline_indicators_compare_chooses() {
        let mut app = library(Rect::new(0, 0, 120, 40));
        app.update(Action::OpenCompare);
        let reports: Vec<Report> = app.reports.iter().map(|o| (**o.report()).clone()).collect();
        let expected: Vec<&str> = compare::default_indicators(Vocabulary::embedded(), &reports)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(ids(&app), expected);
    }

    #[test]
    fn the_filter_takes_names_aliases_and_pinyin() {
        let mut app = library(Rect::new(0, 0, 120, 40));
        app.update(Action::OpenCompare);
        app.update(Action::StartFilter);
        for c in "GDP".chars() {
            app.update(Action::Input(c));
        }
        assert!(ids(&app).contains(&"gdp-growth"), "{:?}", ids(&app));
        assert!(ids(&app).len() < view(&app).known.len());
        app.update(Action::ClearInput);
        for c in "zzzz".chars() {
            app.update(Action::Input(c));
        }
        assert!(ids(&app).is_empty());
    }

    #[test]
    fn enter_jumps_to_the_quote_of_the_selected_report() {
        let mut app = library(Rect::new(0, 0, 120, 40));
        app.update(Action::OpenCompare);
        let row = ids(&app)
            .iter()
            .position(|&id| id == "gdp-growth")
            .expect("gdp row");
        app.update(Action::Move(row as isize));
        app.update(Action::Expand);
        app.update(Action::Expand);
        assert_eq!(view(&app).column, 2);
        app.update(Action::Activate);
        assert!(matches!(app.overlay, Overlay::None));
        assert_eq!(app.current, 2);
        let report = &app.reports[2].report();
        let target = compare::entry(report, "gdp-growth").target.expect("target");
        let highlight = app.view().reader.highlight.clone().expect("highlighted");
        let block = &app.view().doc().blocks[highlight.block].text;
        assert_eq!(
            block.get(highlight.range.clone()),
            Some(crate::text::sanitize(&target.quote).as_ref())
        );
    }

    #[test]
    fn esc_closes_and_leaves_the_reader_where_it_was() {
        let mut app = library(Rect::new(0, 0, 120, 40));
        app.update(Action::Page(2));
        let before = (app.current, app.view().reader.top);
        app.update(Action::OpenCompare);
        app.update(Action::Move(3));
        app.update(Action::Expand);
        app.update(Action::ToggleChart);
        assert!(view(&app).chart);
        app.update(Action::Close);
        assert!(
            !view(&app).chart,
            "Esc leaves the chart for the table first"
        );
        app.update(Action::Close);
        assert!(matches!(app.overlay, Overlay::None));
        assert_eq!((app.current, app.view().reader.top), before);
    }

    #[test]
    fn the_chart_moves_along_its_bars_and_scrolls_to_keep_the_selected_one_shown() {
        // Three reports, room for two bars at 40x6 (title and hints take two of six rows).
        let mut app = library(Rect::new(0, 0, 40, 6));
        app.update(Action::OpenCompare);
        app.update(Action::ToggleChart);
        let gdp = Vocabulary::embedded().get("gdp-growth").expect("gdp");
        let order = chart_order(app.reports.iter().map(|o| &**o.report()), gdp);
        let values: Vec<Option<f64>> = order
            .iter()
            .map(|&n| chart_value(&compare::entry(app.reports[n].report(), "gdp-growth")))
            .collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        assert_eq!(
            view(&app).indicator().map(|i| i.id.as_str()),
            Some("gdp-growth")
        );
        app.update(Action::First);
        assert_eq!(view(&app).column, order[0]);
        for (at, &report) in order.iter().enumerate().skip(1) {
            app.update(Action::Move(1));
            assert_eq!(view(&app).column, report);
            assert_eq!(
                view(&app).chart_offset,
                at - 1,
                "two bars shown, the selected one last"
            );
        }
        app.update(Action::Page(-1));
        assert_eq!(view(&app).column, order[order.len() - 2]);
        app.update(Action::Expand);
        assert_ne!(
            view(&app).indicator().map(|i| i.id.as_str()),
            Some("gdp-growth"),
            "right changes the indicator"
        );
    }

    #[test]
    fn enter_on_a_chart_bar_opens_that_reports_target_quote() {
        let mut app = library(Rect::new(0, 0, 120, 40));
        app.update(Action::OpenCompare);
        app.update(Action::ToggleChart);
        app.update(Action::Last);
        let chosen = view(&app).column;
        let gdp = Vocabulary::embedded().get("gdp-growth").expect("gdp");
        let figure =
            cell_figure(app.reports[chosen].report(), chosen, gdp).expect("a target to open");
        app.update(Action::Activate);
        assert!(matches!(app.overlay, Overlay::None), "the chart closes");
        assert_eq!(app.current, chosen, "on the bar's report");
        let quote = &app.view().report().targets[figure.index].quote;
        let highlight = app.view().reader.highlight.clone().expect("highlighted");
        let block = &app.view().doc().blocks[highlight.block].text;
        assert_eq!(
            block.get(highlight.range.clone()),
            Some(crate::text::sanitize(quote).as_ref())
        );
    }

    #[test]
    fn narrow_terminals_move_through_reports_with_up_and_down() {
        let mut app = library(Rect::new(0, 0, 60, 20));
        app.update(Action::OpenCompare);
        app.update(Action::Move(1));
        assert_eq!((view(&app).row, view(&app).column), (0, 1));
        app.update(Action::Expand);
        assert_eq!((view(&app).row, view(&app).column), (1, 1));
    }
}
