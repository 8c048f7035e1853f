//! The full-screen targets table: category grouping or filter, a text filter, selection.

use crate::figure_format::TargetGroups;
use crate::model::{Category, FigureKind, FigureRef, Report};
use crate::search::{Index, figures_matching};

use super::input::InputLine;
use super::{App, Overlay};
use crate::action::Action;

/// A row of the targets table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRow {
    /// A category heading (shown when no category filter is set).
    Group(Category),
    /// A target of the report the table lists.
    Target(FigureRef),
}

/// State of the targets table.
#[derive(Debug, Clone)]
pub struct TargetTable {
    /// Only targets of this category, or all grouped by category.
    pub category: Option<Category>,
    /// The text filter.
    pub filter: InputLine,
    /// True while the filter line has the keyboard.
    pub typing: bool,
    /// Rows as shown.
    pub rows: Vec<TableRow>,
    /// The opened report it lists (its number in the search index).
    pub report: usize,
    /// Index into `rows` of the selected row (a target row whenever there is one).
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

impl TargetTable {
    /// The table over every target of `report` (number `number` in `index`), filtered by
    /// `query`.
    pub fn new(report: &Report, number: usize, index: &Index, query: &str) -> Self {
        let mut table = Self {
            report: number,
            category: None,
            filter: InputLine::with_text(query),
            typing: false,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
        };
        table.rebuild(report, index);
        table
    }

    /// Recomputes the rows after the filter or category changed, selecting the first target.
    pub fn rebuild(&mut self, report: &Report, index: &Index) {
        let query = self.filter.text().trim().to_string();
        let matching = figures_matching(report, self.report, index, &query);
        let groups = TargetGroups::new(report);
        // With a query, the best matches first (figures of a named indicator lead): each
        // group in rank order, and the group holding the best match first.
        let rank: std::collections::HashMap<usize, usize> = matching
            .ranked_targets
            .iter()
            .enumerate()
            .map(|(r, &i)| (i, r))
            .collect();
        let by_rank = |i: &usize| (rank.get(i).copied().unwrap_or(usize::MAX), *i);
        let mut grouped: Vec<(Category, Vec<usize>)> = Vec::new();
        for category in Category::ALL {
            if self.category.is_some_and(|c| c != category) {
                continue;
            }
            let mut targets: Vec<usize> = report
                .targets
                .iter()
                .enumerate()
                .filter(|(i, t)| t.category == category && groups.is_lead(*i))
                .filter(|(i, _)| matching.targets[*i])
                .map(|(i, _)| i)
                .collect();
            if targets.is_empty() {
                continue;
            }
            if !query.is_empty() {
                targets.sort_by_key(by_rank);
            }
            grouped.push((category, targets));
        }
        if !query.is_empty() {
            grouped.sort_by_key(|(_, targets)| targets.first().map(by_rank));
        }
        let mut rows = Vec::new();
        for (category, targets) in grouped {
            if self.category.is_none() {
                rows.push(TableRow::Group(category));
            }
            rows.extend(targets.into_iter().map(|index| {
                TableRow::Target(FigureRef {
                    report: self.report,
                    kind: FigureKind::Target,
                    index,
                })
            }));
        }
        self.rows = rows;
        self.offset = 0;
        self.selected = self
            .rows
            .iter()
            .position(|r| matches!(r, TableRow::Target(_)))
            .unwrap_or(0);
    }

    /// The selected target, if any.
    pub fn selected_target(&self) -> Option<FigureRef> {
        match self.rows.get(self.selected) {
            Some(TableRow::Target(t)) => Some(*t),
            _ => None,
        }
    }

    /// Moves the selection by `delta` target rows, skipping group headings.
    pub fn move_selection(&mut self, delta: isize) {
        let targets: Vec<usize> = (0..self.rows.len())
            .filter(|&i| matches!(self.rows[i], TableRow::Target(_)))
            .collect();
        if targets.is_empty() {
            return;
        }
        let current = targets
            .iter()
            .position(|&i| i >= self.selected)
            .unwrap_or(0);
        let next = current.saturating_add_signed(delta).min(targets.len() - 1);
        self.selected = targets[next];
    }

    /// Selects the row at `index` if it is a target.
    pub fn select_row(&mut self, index: usize) {
        if matches!(self.rows.get(index), Some(TableRow::Target(_))) {
            self.selected = index;
        }
    }

    /// Keeps the selection (and its group heading) within `height` rows from the offset.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        let top_wanted =
            if self.selected > 0 && matches!(self.rows[self.selected - 1], TableRow::Group(_)) {
                self.selected - 1
            } else {
                self.selected
            };
        if top_wanted < self.offset {
            self.offset = top_wanted;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(height));
    }

    /// Steps the category filter through "all" and each category.
    pub fn cycle_category(&mut self, report: &Report, index: &Index, step: isize) {
        let positions = Category::ALL.len() as isize + 1;
        let current = self
            .category
            .and_then(|c| Category::ALL.iter().position(|&x| x == c))
            .map_or(0, |i| i as isize + 1);
        let next = (current + step).rem_euclid(positions);
        self.category = (next > 0).then(|| Category::ALL[next as usize - 1]);
        self.rebuild(report, index);
    }
}

impl App {
    pub(super) fn update_table(&mut self, action: Action) {
        let height = self.table_height() as isize;
        // Filtering needs the search index: wait for it if it is still being made.
        let index = self.ready_index();
        let (report, index) = (&self.reports[self.current].report(), &*index);
        let Overlay::Table(table) = &mut self.overlay else {
            return;
        };
        match action {
            Action::Move(n) => table.move_selection(n),
            Action::Page(n) => table.move_selection(n * (height - 1).max(1)),
            Action::HalfPage(n) => table.move_selection(n * (height / 2).max(1)),
            Action::First => table.move_selection(isize::MIN / 2),
            Action::Last => table.move_selection(isize::MAX / 2),
            Action::CycleCategory(step) => table.cycle_category(report, index, step),
            Action::StartFilter => table.typing = true,
            Action::Paste(ref text) => {
                table.typing = true;
                table.filter.paste(text);
                table.rebuild(report, index);
            }
            _ if table.filter.apply(&action) => table.rebuild(report, index),
            Action::Activate => {
                if let Some(target) = table.selected_target() {
                    self.overlay = Overlay::None;
                    let from = self.place();
                    self.jump_to_figure(target);
                    self.leave(from);
                } else {
                    table.typing = false;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn table(report: &Report, query: &str) -> TargetTable {
        TargetTable::new(report, 0, &Index::build(report), query)
    }

    #[test]
    fn a_query_naming_an_indicator_lists_its_target_first() {
        let report = crate::load::embedded().expect("embedded");
        for (query, id) in [("财政收入", "budget-revenue-growth"), ("GDP", "gdp-growth")] {
            let table = TargetTable::new(&report, 0, &Index::build(&report), query);
            let first = table.selected_target().expect("a match");
            assert_eq!(first.kind, FigureKind::Target);
            assert_eq!(report.targets[first.index].id, id, "{query}");
        }
    }

    #[test]
    fn rows_are_grouped_by_category_and_the_first_target_selected() {
        let report = load::embedded().expect("embedded");
        let table = table(&report, "");
        assert_eq!(table.rows[0], TableRow::Group(Category::Economy));
        assert!(matches!(table.rows[1], TableRow::Target(_)));
        assert_eq!(table.selected, 1);
        let shown = table
            .rows
            .iter()
            .filter(|r| matches!(r, TableRow::Target(_)))
            .count();
        let groups = TargetGroups::new(&report);
        let paired = (0..report.targets.len())
            .filter(|&i| !groups.is_lead(i))
            .count();
        assert_eq!(shown + paired, report.targets.len());
        assert!(paired >= 1);
    }

    #[test]
    fn moving_skips_group_headings() {
        let report = load::embedded().expect("embedded");
        let mut table = table(&report, "");
        let economy = table.rows.iter().filter(|r| matches!(r, TableRow::Target(t) if report.targets[t.index].category == Category::Economy)).count();
        table.move_selection(economy as isize);
        assert!(matches!(table.rows[table.selected], TableRow::Target(_)));
        assert_eq!(table.selected, economy + 2);
        table.move_selection(-1000);
        assert_eq!(table.selected, 1);
    }

    #[test]
    fn category_filter_cycles_through_all_and_back() {
        let report = load::embedded().expect("embedded");
        let mut table = table(&report, "");
        table.cycle_category(&report, &Index::build(&report), 1);
        assert_eq!(table.category, Some(Category::Economy));
        assert!(table.rows.iter().all(
            |r| matches!(r, TableRow::Target(t) if report.targets[t.index].category == Category::Economy)
        ));
        table.cycle_category(&report, &Index::build(&report), -2);
        assert_eq!(table.category, Some(Category::SafetyGovernance));
        table.cycle_category(&report, &Index::build(&report), 1);
        assert_eq!(table.category, None);
    }

    #[test]
    fn filter_keeps_matching_targets_only() {
        let report = load::embedded().expect("embedded");
        let table = table(&report, "光伏");
        let ids: Vec<&str> = table
            .rows
            .iter()
            .filter_map(|r| match r {
                TableRow::Target(t) => Some(report.targets[t.index].id.as_str()),
                TableRow::Group(_) => None,
            })
            .collect();
        assert!(
            ids.contains(&"pv-output") && ids.contains(&"new-distributed-pv"),
            "{ids:?}"
        );
    }
}
