//! The explorer's state and the one function that changes it, `App::update`.

pub mod arrival;
pub mod bookmarks;
pub mod compare;
mod copy;
pub mod document;
pub mod follow;
pub mod history;
pub mod input;
mod mouse;
mod opened;
pub mod outline;
pub mod reports;
pub mod search;
pub mod table;
pub mod targets;

use std::ops::Range;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::action::{Action, Pane};
use crate::convert::ScriptChoice;
use crate::keymap::{Keymap, Mode};
use crate::layout::{self, MainLayout};
use crate::model::{Figure, FigureKind, FigureRef, Report};
use crate::preferences::Preferences;
use crate::search::{Index, PendingIndex};
use crate::state::Position;
use crate::stored::StoredReport;
use crate::theme::{Borders, Theme};
use bookmarks::BookmarkList;
use history::History;
pub use opened::OpenedReport;
use reports::ReportList;
use search::{LastSearch, SearchRequest, SearchState};
use table::TargetTable;

/// The reader width used before the terminal is big enough to show the reader.
const FALLBACK_COLUMNS: u16 = 80;

/// Part of a block to highlight in the reader (a quoted target, a search hit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The block.
    pub block: usize,
    /// Bytes of the block's text.
    pub range: Range<usize>,
}

/// The reader's place in the document.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// First line shown.
    pub top: usize,
    /// The section in view (set by jumps, followed while scrolling).
    pub section: usize,
    /// Text to highlight, if any.
    pub highlight: Option<Highlight>,
}

/// Selection in the targets pane.
#[derive(Debug, Clone, Default)]
pub struct TargetsPane {
    /// Selected row.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

/// What is drawn over the panes.
#[derive(Debug, Clone, Default)]
pub enum Overlay {
    /// Nothing: the panes have the keyboard.
    #[default]
    None,
    /// The key help, its list shown from key `top`.
    Help {
        /// The first key shown.
        top: usize,
    },
    /// The full-screen targets table.
    Table(TargetTable),
    /// The search box and its results.
    Search(SearchState),
    /// The list of opened reports.
    Reports(ReportList),
    /// Indicators compared across the opened reports.
    Compare(compare::CompareView),
    /// The list of bookmarks.
    Bookmarks(BookmarkList),
}

/// The whole state of the explorer: the opened reports, which one is shown, and what all
/// of them share (the terminal, the focus, the overlay, the search index, the keymap).
#[derive(Clone)]
pub struct App {
    /// Every opened report, each with its own reading position.
    pub reports: Vec<OpenedReport>,
    /// The report shown: an index into `reports`.
    pub current: usize,
    /// The terminal size.
    pub area: Rect,
    /// The focused pane.
    pub focus: Pane,
    /// The overlay, if any.
    pub overlay: Overlay,
    /// The search index over every opened report (made on the search worker's thread while
    /// the first frame is drawn).
    pub index: Arc<PendingIndex>,
    /// A search for the worker to run, taken by the event loop.
    pub search_request: Option<SearchRequest>,
    /// The results of the last search, for n and N.
    pub last_search: Option<LastSearch>,
    /// False once the user has asked to quit.
    pub running: bool,
    /// Which keys run which command (the config file's, else the defaults).
    pub keymap: Keymap,
    /// Places jumped from and queries searched, kept in the state file.
    pub history: History,
    /// True when the state file should be written (the history changed).
    pub save_request: bool,
    /// Text to put on the clipboard, taken by the event loop.
    pub copy_request: Option<String>,
    /// True when the whole screen should be painted again, taken by the event loop.
    pub redraw_request: bool,
    /// A message for the status line (a copy confirmed, a config warning), until the next key.
    pub message: Option<String>,
    /// The styles everything is drawn with (the config file's theme, else the default).
    pub theme: Theme,
    /// How pane borders are drawn.
    pub borders: Borders,
    /// The interface's language, the script reports are shown in, the border style.
    pub prefs: Preferences,
    /// The rest of the library while it loads on another thread (see [`arrival`]).
    pub arriving: Option<Arc<arrival::Arriving>>,
    /// Datasets loaded and found while the library loads, once that takes long enough to
    /// be worth saying on the status line.
    pub loading: Option<(usize, usize)>,
    /// The state file's reading positions, kept for reports still arriving.
    remembered: std::collections::BTreeMap<String, crate::state::Position>,
}

impl App {
    /// A new explorer on one report in a terminal of size `area`, reader focused.
    pub fn new(report: Report, area: Rect) -> Self {
        Self::with_reports(vec![report], area)
    }

    /// A new explorer on several reports, the first shown. An empty list is given the
    /// embedded report, so there is always one to show.
    pub fn with_reports(reports: Vec<Report>, area: Rect) -> Self {
        let mut reports = reports;
        if reports.is_empty() {
            reports.extend(crate::load::embedded().ok());
        }
        let index = PendingIndex::ready(Index::build_all(&reports));
        Self::with_reports_indexed(reports, index, area)
    }

    /// [`App::with_reports`], the search index over the reports being made elsewhere (set in
    /// `index` when ready; see [`App::originals`]). An empty list is given the embedded
    /// report, whose index `index` must then be.
    pub fn with_reports_indexed(
        reports: Vec<Report>,
        index: Arc<PendingIndex>,
        area: Rect,
    ) -> Self {
        let stored = reports
            .into_iter()
            .map(|report| StoredReport::decoded(report, None))
            .collect();
        Self::with_stored_indexed(stored, index, area)
    }

    /// [`App::with_reports_indexed`] on reports as a library holds them (each decoded when
    /// first shown).
    pub fn with_stored_indexed(
        reports: Vec<StoredReport>,
        index: Arc<PendingIndex>,
        area: Rect,
    ) -> Self {
        let mut reports = reports;
        if reports.is_empty() {
            let embedded = crate::load::embedded().ok();
            reports.extend(embedded.map(|report| StoredReport::decoded(report, None)));
        }
        let mut app = Self {
            reports: reports
                .into_iter()
                .map(|report| OpenedReport::stored(Arc::new(report)))
                .collect(),
            current: 0,
            area,
            focus: Pane::Reader,
            overlay: Overlay::None,
            index,
            search_request: None,
            last_search: None,
            running: true,
            keymap: Keymap::default(),
            history: History::default(),
            save_request: false,
            copy_request: None,
            redraw_request: false,
            message: None,
            theme: Theme::default(),
            borders: Borders::default(),
            prefs: Preferences::default(),
            arriving: None,
            loading: None,
            remembered: std::collections::BTreeMap::new(),
        };
        app.rewrap();
        app
    }

    /// Every opened report as stored, in order: what the search index is made from.
    pub fn stored_reports(&self) -> Vec<Arc<StoredReport>> {
        self.reports
            .iter()
            .map(|opened| Arc::clone(opened.shared()))
            .collect()
    }

    /// Shows every report in the script `choice` names, keeping each reading place.
    pub fn show_in(&mut self, choice: ScriptChoice) {
        self.prefs.script = choice;
        for opened in &mut self.reports {
            opened.show_in(choice.shown(opened.summary().script));
        }
        // Only the report shown is converted now, and wrapped again at its place.
        self.rewrap();
        if let Some(position) = self.view_mut().pending.take() {
            self.restore(&position);
        }
    }

    /// The report shown, with its reading state.
    pub fn view(&self) -> &OpenedReport {
        &self.reports[self.current]
    }

    /// The report shown, to change its reading state.
    pub fn view_mut(&mut self) -> &mut OpenedReport {
        &mut self.reports[self.current]
    }

    /// Opens the targets table filtered by `query`, as `baogao --targets` does.
    pub fn open_table(&mut self, query: &str) {
        let index = self.ready_index();
        let table = TargetTable::new(self.view().report(), self.current, &index, query);
        self.overlay = Overlay::Table(table);
    }

    /// Where the help box and its lines go, with this keymap's keys.
    pub fn help_layout(&self) -> layout::HelpLayout {
        layout::help(self.area, &self.keymap.help_lines(self.prefs.lang))
    }

    /// The current keyboard mode.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::None => Mode::Browse,
            Overlay::Help { .. } => Mode::Help,
            Overlay::Table(t) if t.typing => Mode::Typing,
            Overlay::Table(_) => Mode::Table,
            Overlay::Compare(c) if c.typing => Mode::Typing,
            Overlay::Compare(_) => Mode::Table,
            Overlay::Search(_) | Overlay::Reports(_) | Overlay::Bookmarks(_) => Mode::Typing,
        }
    }

    /// Where the panes are.
    pub fn layout(&self) -> MainLayout {
        layout::main_layout(self.area, self.focus)
    }

    /// Lines of text the reader shows at once.
    pub fn reader_height(&self) -> usize {
        self.layout()
            .reader
            .map_or(1, |r| usize::from(layout::reader_text(r).height).max(1))
    }

    /// Rows a list pane shows at once.
    fn pane_height(&self, pane: Pane) -> usize {
        self.layout()
            .pane(pane)
            .map_or(1, |r| usize::from(layout::inner(r).height).max(1))
    }

    /// Rows of the table body (the screen minus title, filter, header and hint lines).
    pub fn table_height(&self) -> usize {
        layout::table(self.area).rows()
    }

    /// The largest useful reader top line.
    fn max_top(&self) -> usize {
        self.view()
            .wrapped
            .lines
            .len()
            .saturating_sub(self.reader_height())
    }

    /// The reader width for the current size, re-wrapping when it changed.
    /// A window too small to show the reader keeps the last wrapping (or, at the start, a
    /// wrapping at [`FALLBACK_COLUMNS`]) rather than wrapping a long report one character wide.
    /// The report's outline is made here too, when it is first shown.
    fn rewrap(&mut self) {
        let first_time = self.view().wrapped.columns == 0;
        self.view_mut().prepare();
        let layout = layout::main_layout(self.area, Pane::Reader);
        let columns = match layout.reader {
            Some(reader) => layout::reader_text(reader).width.max(1),
            None if self.view().wrapped.columns == 0 => FALLBACK_COLUMNS,
            None => return,
        };
        if columns == self.view().wrapped.columns {
            return;
        }
        let (block, offset) = self.view().wrapped.anchor(self.view().reader.top);
        self.view_mut().wrapped = self.view().doc().wrap(columns);
        self.view_mut().reader.top = self
            .view()
            .wrapped
            .line_of(block, offset)
            .min(self.max_top());
        if first_time && self.view().pending.is_none() {
            self.start_past_page_furniture();
        }
    }

    /// A report shown for the first time, with no place to return to, starts past the web
    /// page's furniture its import set aside at its start (页面信息: buttons, source lines),
    /// at the report's own first words; the furniture stays above, a scroll away.
    fn start_past_page_furniture(&mut self) {
        let report = Arc::clone(self.view().report());
        let sections = report.walk();
        if !sections.first().is_some_and(|(_, s)| s.is_page_furniture()) {
            return;
        }
        if let Some((_, start)) = sections.iter().find(|(_, s)| !s.is_page_furniture()) {
            self.restore(&Position {
                section: start.id.clone(),
                paragraph: None,
                offset: 0,
            });
        }
    }

    /// Applies one action. Every action but the wheel (which scrolls the view, not the
    /// selection) leaves each list's selection in view.
    pub fn update(&mut self, action: Action) {
        let wheel = matches!(action, Action::Scroll { .. });
        if !matches!(action, Action::Resize(..) | Action::SearchDone { .. }) {
            self.message = None;
        }
        self.apply(action);
        if !wheel {
            self.keep_selections_in_view();
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.running = false,
            Action::Redraw => self.redraw_request = true,
            Action::CycleScript => self.show_in(self.prefs.script.next()),
            Action::Resize(width, height) => {
                self.area = Rect::new(0, 0, width, height);
                self.rewrap();
                self.view_mut().reader.top = self.view().reader.top.min(self.max_top());
            }
            Action::OpenHelp => self.overlay = Overlay::Help { top: 0 },
            Action::OpenReports => self.open_report_list(),
            Action::OpenCompare => self.open_compare(),
            Action::OpenBookmarks => self.open_bookmark_list(),
            Action::ToggleBookmark => self.toggle_bookmark(),
            Action::OpenTable => self.open_table(""),
            Action::OpenSearch => {
                let origin = (
                    self.view().reader.clone(),
                    self.focus,
                    self.view().wrapped.anchor(self.view().reader.top),
                );
                let mut search = SearchState::new(origin);
                search.from = self.place();
                self.overlay = Overlay::Search(search);
            }
            Action::Travel { forward } => self.travel(forward),
            Action::FollowTarget => self.follow_selected(),
            Action::SearchDone {
                generation,
                query,
                found,
            } => self.search_done(generation, query, found),
            Action::Close => self.close(),
            Action::Copy { whole } => self.copy(whole),
            Action::Notify(message) => self.message = Some(message),
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, lines } => self.scroll_at(column, row, lines),
            _ => match self.overlay {
                Overlay::Table(_) => self.update_table(action),
                Overlay::Search(_) => self.update_search(action),
                Overlay::Reports(_) => self.update_reports(action),
                Overlay::Bookmarks(_) => self.update_bookmarks(action),
                Overlay::Compare(_) => self.update_compare(action),
                Overlay::Help { .. } => self.update_help(action),
                Overlay::None => self.update_panes(action),
            },
        }
    }

    fn close(&mut self) {
        match &mut self.overlay {
            Overlay::Table(table) if table.typing => table.typing = false,
            Overlay::Compare(view) if view.typing => view.typing = false,
            Overlay::Compare(view) if view.chart => view.chart = false,
            Overlay::Search(search) => {
                let (reader, focus, (block, offset)) = search.origin.clone();
                self.view_mut().reader = reader;
                self.view_mut().reader.top = self
                    .view()
                    .wrapped
                    .line_of(block, offset)
                    .min(self.max_top());
                self.focus = focus;
                self.view_mut().outline.selected = self.view().reader.section;
                self.overlay = Overlay::None;
            }
            Overlay::None => self.view_mut().reader.highlight = None,
            _ => self.overlay = Overlay::None,
        }
    }

    /// Scrolls the help list; [`App::keep_selections_in_view`] keeps it within its ends.
    fn update_help(&mut self, action: Action) {
        let page = usize::from(self.help_layout().list.height).max(1) as isize;
        let Overlay::Help { top } = &mut self.overlay else {
            return;
        };
        let delta = match action {
            Action::Move(n) => n,
            Action::Page(n) => n * page,
            Action::HalfPage(n) => n * (page / 2).max(1),
            Action::First => isize::MIN / 2,
            Action::Last => isize::MAX / 2,
            _ => return,
        };
        *top = top.saturating_add_signed(delta);
    }

    fn update_panes(&mut self, action: Action) {
        let page = match self.focus {
            Pane::Reader => self.reader_height(),
            pane => self.pane_height(pane),
        } as isize;
        match action {
            Action::Move(n) => self.move_focused(n),
            Action::Page(n) => self.move_focused(n * page.saturating_sub(1).max(1)),
            Action::HalfPage(n) => self.move_focused(n * (page / 2).max(1)),
            Action::First => self.move_focused(isize::MIN / 2),
            Action::Last => self.move_focused(isize::MAX / 2),
            Action::FocusNext | Action::FocusPrev => {
                let step = if action == Action::FocusNext { 1 } else { -1 };
                let at = Pane::ALL.iter().position(|&p| p == self.focus).unwrap_or(0) as isize;
                self.focus = Pane::ALL[(at + step).rem_euclid(3) as usize];
            }
            Action::Focus(pane) => self.focus = pane,
            Action::Activate => self.activate(),
            Action::NextResult(step) => self.next_result(step),
            Action::Toggle if self.focus == Pane::Reader => self.scroll_reader(page - 1),
            Action::Toggle => self.toggle(None),
            Action::Collapse => self.toggle(Some(false)),
            Action::Expand => self.toggle(Some(true)),
            Action::PrevSection | Action::NextSection => {
                let Some(current) = self.view().doc().sections.get(self.view().reader.section)
                else {
                    return;
                };
                let next = if action == Action::NextSection {
                    (self.view().reader.section + 1).min(self.view().doc().sections.len() - 1)
                } else if self.view().wrapped.block_start[current.first_block]
                    < self.view().reader.top
                {
                    self.view().reader.section
                } else {
                    self.view().reader.section.saturating_sub(1)
                };
                self.jump_to_section(next);
            }
            _ => {}
        }
    }

    /// Moves the selection of the focused pane, or scrolls the reader.
    fn move_focused(&mut self, delta: isize) {
        match self.focus {
            Pane::Reader => self.scroll_reader(delta),
            Pane::Outline => {
                let rows = self.view().outline.rows(self.view().doc());
                let row = self.view().outline.selected_row(self.view().doc(), &rows);
                let next = row
                    .saturating_add_signed(delta)
                    .min(rows.len().saturating_sub(1));
                if let Some(&section) = rows.get(next) {
                    self.jump_to_section(section);
                }
            }
            Pane::Targets => {
                let count = self.pane_figures().len();
                let next = self.view().targets.selected.saturating_add_signed(delta);
                self.view_mut().targets.selected = next.min(count.saturating_sub(1));
            }
        }
    }

    /// Scrolls the reader; the outline mark follows the section in view.
    fn scroll_reader(&mut self, delta: isize) {
        self.view_mut().reader.top = self
            .view()
            .reader
            .top
            .saturating_add_signed(delta)
            .min(self.max_top());
        let block = self.view().wrapped.block_at(self.view().reader.top);
        let section = self.view().doc().blocks.get(block).map_or(0, |b| b.section);
        if section != self.view().reader.section {
            self.view_mut().reader.section = section;
            self.view_mut().targets = TargetsPane::default();
        }
        self.view_mut().outline.selected = section;
        self.keep_selections_in_view();
    }

    /// Shows a section at the top of the reader and selects it in the outline.
    pub fn jump_to_section(&mut self, section: usize) {
        let Some(entry) = self.view().doc().sections.get(section) else {
            return;
        };
        self.view_mut().reader.top =
            self.view().wrapped.block_start[entry.first_block].min(self.max_top());
        if section != self.view().reader.section {
            self.view_mut().targets = TargetsPane::default();
        }
        self.view_mut().reader.section = section;
        self.view_mut().outline.selected = section;
        self.keep_selections_in_view();
    }

    /// Shows bytes `range` of a block, highlighted, a few lines below the top of the reader.
    pub fn jump_to_text(&mut self, block: usize, range: Range<usize>) {
        let Some(section) = self.view().doc().blocks.get(block).map(|b| b.section) else {
            return;
        };
        let line = self.view().wrapped.line_of(block, range.start);
        self.view_mut().reader.top = line.saturating_sub(2).min(self.max_top());
        self.view_mut().reader.section = section;
        self.view_mut().reader.highlight = Some(Highlight { block, range });
        self.view_mut().outline.selected = section;
        self.focus = Pane::Reader;
        self.keep_selections_in_view();
    }

    /// Jumps to the quote of a figure in the reader, opening its report if another is shown.
    pub fn jump_to_figure(&mut self, figure_ref: FigureRef) {
        if figure_ref.report != self.current {
            self.switch_to(figure_ref.report);
        }
        let found = self
            .view()
            .doc()
            .figure_place(figure_ref.kind, figure_ref.index);
        let section = self
            .view()
            .report()
            .figure(figure_ref.kind, figure_ref.index)
            .and_then(|figure| self.view().doc().section_index(&figure.section));
        match (found, section) {
            (Some((block, range)), _) => self.jump_to_text(block, range),
            (None, Some(section)) => self.jump_to_section(section),
            (None, None) => return,
        }
        if let Some(row) = self.pane_figures().iter().position(|&f| f == figure_ref) {
            self.view_mut().targets.selected = row;
            self.keep_selections_in_view();
        }
    }

    fn activate(&mut self) {
        let from = self.place();
        match self.focus {
            Pane::Outline => {
                self.jump_to_section(self.view().outline.visible_selection(self.view().doc()));
                self.focus = Pane::Reader;
            }
            Pane::Targets => {
                if let Some(&figure) = self.pane_figures().get(self.view().targets.selected) {
                    self.jump_to_figure(figure);
                }
            }
            Pane::Reader => {}
        }
        self.leave(from);
    }

    /// Expands (`Some(true)`), collapses (`Some(false)`) or toggles the selected outline node.
    /// Collapsing a leaf or a collapsed node selects its parent; expanding an open node
    /// selects its first child.
    fn toggle(&mut self, expand: Option<bool>) {
        if self.focus != Pane::Outline {
            return;
        }
        let shown = self.view().outline.visible_selection(self.view().doc());
        let has_children = self.view().doc().sections[shown].has_children(shown);
        let open = self.view().outline.expanded[shown];
        let want = expand.unwrap_or(!open);
        if has_children && want != open {
            self.view_mut().outline.expanded[shown] = want;
            self.view_mut().outline.selected = shown;
        } else if !want {
            if let Some(parent) = self.view().doc().sections[shown].parent {
                self.jump_to_section(parent);
            }
        } else if has_children {
            self.jump_to_section(shown + 1);
        }
        self.keep_selections_in_view();
    }

    /// The figures listed in the targets pane for the section in view: its subtree's targets
    /// (without 力爭 targets shown beside their floor), or, where it has none, its results.
    pub fn pane_figures(&self) -> Vec<FigureRef> {
        let Some(entry) = self.view().doc().sections.get(self.view().reader.section) else {
            return Vec::new();
        };
        let ids: Vec<&str> = self.view().doc().sections[self.view().reader.section..entry.end]
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        let ids: std::collections::HashSet<&str> = ids.into_iter().collect();
        let in_view = |section: &str| ids.contains(section);
        let figure = |kind, index| FigureRef {
            report: self.current,
            kind,
            index,
        };
        let targets: Vec<FigureRef> = self
            .view()
            .report()
            .targets
            .iter()
            .enumerate()
            .filter(|(i, t)| in_view(&t.section) && self.view().groups().is_lead(*i))
            .map(|(i, _)| figure(FigureKind::Target, i))
            .collect();
        if !targets.is_empty() {
            return targets;
        }
        self.view()
            .report()
            .results
            .iter()
            .enumerate()
            .filter(|(_, r)| in_view(&r.section))
            .map(|(i, _)| figure(FigureKind::Result, i))
            .collect()
    }

    /// Scrolls every list so that its selection is shown, with the rows [`layout`] gives it.
    fn keep_selections_in_view(&mut self) {
        if self.layout().outline.is_some() {
            let outline_height = self.pane_height(Pane::Outline);
            self.view_mut().scroll_outline(outline_height);
        }
        self.keep_figure_in_view();
        let table_height = self.table_height();
        let search_rows = self.search_rows();
        let help_max = self.help_layout().max_top();
        let report_rows = self.report_rows();
        match &mut self.overlay {
            Overlay::Table(table) => table.scroll_into_view(table_height),
            Overlay::Search(search) => search.scroll_into_view(search_rows),
            Overlay::Reports(list) => list.scroll_into_view(report_rows),
            Overlay::Bookmarks(list) => list.scroll_into_view(search_rows),
            Overlay::Help { top } => *top = (*top).min(help_max),
            Overlay::Compare(_) => self.keep_compare_in_view(),
            Overlay::None => {}
        }
    }

    /// The targets stating the same indicator as target `index`, from the groups computed once.
    pub fn target_group(&self, index: usize) -> Vec<&Figure> {
        self.view()
            .groups()
            .members(index)
            .iter()
            .map(|&i| &self.view().report().targets[i])
            .collect()
    }

    /// Where the reader is in the report shown, to remember between runs.
    pub fn position(&self) -> Option<Position> {
        self.view().position()
    }

    /// Where the reader is in every opened report, by report id.
    pub fn positions(&self) -> Vec<(String, Position)> {
        self.reports
            .iter()
            .filter_map(|r| Some((r.summary().id.clone(), r.position()?)))
            .collect()
    }

    /// Remembers positions by report id: the shown report returns to its at once, the others
    /// when first shown.
    pub fn remember(&mut self, positions: &std::collections::BTreeMap<String, Position>) {
        self.remember_for_arrival(positions);
        for opened in &mut self.reports {
            opened.pending = positions.get(&opened.summary().id).cloned();
        }
        if let Some(position) = self.view_mut().pending.take() {
            self.restore(&position);
        }
    }

    /// Returns to a remembered position; a position the report no longer has is ignored.
    pub fn restore(&mut self, position: &Position) {
        let Some((section, block, offset)) = self.view().place_of(position) else {
            return;
        };
        let top = self
            .view()
            .wrapped
            .line_of(block, offset)
            .min(self.max_top());
        let view = self.view_mut();
        view.reader.top = top;
        view.reader.section = section;
        view.outline.selected = section;
        self.keep_selections_in_view();
    }

    /// Shows opened report `number` where its reader last was; overlays close.
    pub fn switch_to(&mut self, number: usize) {
        if number >= self.reports.len() {
            return;
        }
        self.current = number;
        self.overlay = Overlay::None;
        self.rewrap();
        if let Some(position) = self.view_mut().pending.take() {
            self.restore(&position);
        }
        self.keep_selections_in_view();
    }

    /// How far through the document the reader is, in percent.
    pub fn percent(&self) -> usize {
        let total = self.view().wrapped.lines.len().max(1);
        let seen = (self.view().reader.top + self.reader_height()).min(total);
        seen * 100 / total
    }
}

#[cfg(test)]
mod tests;
