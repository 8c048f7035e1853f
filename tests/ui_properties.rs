//! Properties of what the explorer draws, checked in the drawn buffer after every action:
//! every list's selection is drawn inside the list's area, each screen shows what the user
//! must see, every overlay's border is whole (no wide character swallows a border cell), and
//! bookmarked places are marked where they are drawn.

use baogao::action::{Action, Pane};
use baogao::app::compare::{CompareView, chart_order};
use baogao::app::{App, Overlay};

use baogao::layout::{self, Arrangement};
use baogao::load;
use baogao::text;
use baogao::theme::Theme;
use baogao::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

/// An explorer on the embedded report and a second report (a copy under another region and
/// year, so the report list and search across reports have two of each) at `width` x `height`.
fn app(width: u16, height: u16) -> App {
    let report = load::embedded().expect("embedded report");
    let mut other = report.clone();
    other.id = "copy-2024".into();
    other.region = "湖北省".into();
    other.year = 2024;
    let mut app = App::with_reports(vec![report, other], Rect::default());
    app.update(Action::Resize(width, height));
    app
}

/// Applies an action and answers any search at once, as the worker does a moment later.
fn apply(app: &mut App, action: Action) {
    app.update(action);
    while let Some(request) = app.take_search_request() {
        let answer = baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
        app.update(answer);
    }
}

fn draw(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("terminal");
    terminal.draw(|frame| ui::draw(app, frame)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The symbols a terminal shows on row `y`, keyed by column: a wide character hides the
/// cell after it, as it does on screen.
fn shown(buf: &Buffer, y: u16) -> Vec<(u16, String)> {
    let mut cells = Vec::new();
    let mut x = buf.area.left();
    while x < buf.area.right() {
        let symbol = buf[(x, y)].symbol().to_string();
        let width = text::width(&symbol).max(1) as u16;
        cells.push((x, symbol));
        x = x.saturating_add(width);
    }
    cells
}

/// The text shown in `rect` on row `y`.
fn text_in(buf: &Buffer, rect: Rect, y: u16) -> String {
    shown(buf, y)
        .into_iter()
        .filter(|(x, _)| *x >= rect.left() && *x < rect.right())
        .map(|(_, s)| s)
        .collect()
}

/// The symbol shown at a cell, or `None` when a wide character before it covers it.
fn symbol_at(buf: &Buffer, x: u16, y: u16) -> Option<String> {
    shown(buf, y)
        .into_iter()
        .find(|(at, _)| *at == x)
        .map(|(_, s)| s)
}

/// True when every cell shown on row `y` within `rect` has the selection's background.
fn selected_row(buf: &Buffer, rect: Rect, y: u16) -> bool {
    shown(buf, y)
        .into_iter()
        .filter(|(x, _)| *x >= rect.left() && *x < rect.right())
        .all(|(x, _)| buf[(x, y)].bg == Theme::default().selected.bg.expect("bg"))
}

/// The first characters of `s` that fit `columns`, without the `…` a cut adds.
fn start_of(s: &str, columns: usize) -> String {
    let cut = text::truncate(s, columns);
    cut.trim_end_matches('…').to_string()
}

/// The chart's selected report is drawn: its bar's first row, marked and in the selection's
/// style, at the place [`layout::scrolled`] keeps it in.
fn check_chart_selection(app: &App, view: &CompareView, buf: &Buffer) -> Result<(), String> {
    let Some(indicator) = view.indicator() else {
        return Ok(());
    };
    let l = layout::chart(app.area);
    let order = chart_order(app.reports.iter().map(|o| &**o.report()), indicator);
    let at = order
        .iter()
        .position(|&n| n == view.column)
        .ok_or("chart: the selected report has no bar")?;
    let y = at
        .checked_sub(view.chart_offset)
        .filter(|&slot| slot < l.bars())
        .map(|slot| l.body.y + slot as u16 * layout::ROWS_PER_ENTRY)
        .ok_or("chart: the selected bar is outside the body")?;
    let row = text_in(buf, l.body, y);
    let label = start_of(&app.reports[view.column].label(), 4);
    if !row.starts_with('▶') || !row.contains(label.as_str()) {
        return Err(format!("chart: row {y} is not the selected bar: {row:?}"));
    }
    if !selected_row(buf, Rect::new(l.body.x, y, 1, 1), y) {
        return Err(format!("chart: row {y} is not drawn selected"));
    }
    Ok(())
}

/// Every check of one drawn frame; the error says what is wrong.
fn check(app: &App, buf: &Buffer) -> Result<(), String> {
    let area = app.area;
    if layout::arrangement(area) == Arrangement::TooSmall {
        let y = area.height / 2;
        let notice = text_in(buf, area, y);
        let expected = start_of("window too small", usize::from(area.width));
        return if notice.trim().starts_with(expected.trim()) {
            Ok(())
        } else {
            Err(format!("no too-small notice on row {y}: {notice:?}"))
        };
    }
    match &app.overlay {
        Overlay::Table(table) => {
            let l = layout::table(area);
            check_overlay_edges(buf, area)?;
            if table.selected_target().is_some() && !l.body.is_empty() {
                let y = table
                    .selected
                    .checked_sub(table.offset)
                    .and_then(|r| u16::try_from(r).ok())
                    .map(|r| l.body.y + r)
                    .filter(|&y| y < l.body.bottom())
                    .ok_or("table: the selected row is outside the body")?;
                if !selected_row(buf, l.body, y) {
                    return Err(format!("table: row {y} is not drawn selected"));
                }
            }
            Ok(())
        }
        Overlay::Search(search) => {
            check_panes(app, buf, false)?;
            let l = layout::search(area);
            check_border(buf, l.popup, "search")?;
            if !search.hits.is_empty() && l.hits_shown() > 0 {
                let slot = search
                    .selected
                    .checked_sub(search.offset)
                    .filter(|&s| s < l.hits_shown())
                    .ok_or("search: the selected result is outside the list")?;
                let y = l.list.y + slot as u16 * layout::ROWS_PER_HIT;
                let label = Rect::new(l.list.x, y, 4.min(l.list.width), 1);
                if !selected_row(buf, label, y) {
                    return Err(format!(
                        "search: the result on row {y} is not drawn selected"
                    ));
                }
            }
            Ok(())
        }
        Overlay::Help { top } => {
            check_panes(app, buf, false)?;
            let l = app.help_layout();
            check_border(buf, l.popup, "help")?;
            if l.list.height > 0 && l.list.width > 2 {
                let first = text_in(buf, l.list, l.list.y);
                let lines = app.keymap.help_lines(app.prefs.lang);
                let key = start_of(&lines[*top].0, usize::from(l.list.width) - 1);
                if !first.trim_start().starts_with(key.trim()) {
                    return Err(format!("help: row one shows {first:?}, not {key:?}"));
                }
                if *top > l.max_top() {
                    return Err("help: scrolled past its last key".into());
                }
            }
            Ok(())
        }
        Overlay::Reports(list) => {
            check_panes(app, buf, false)?;
            let l = layout::search(area);
            check_border(buf, l.popup, "reports")?;
            if !list.rows.is_empty() && !l.list.is_empty() {
                let y = list
                    .selected
                    .checked_sub(list.offset)
                    .and_then(|r| u16::try_from(r).ok())
                    .map(|r| l.list.y + r)
                    .filter(|&y| y < l.list.bottom())
                    .ok_or("reports: the selected row is outside the list")?;
                if !selected_row(buf, l.list, y) {
                    return Err(format!("reports: row {y} is not drawn selected"));
                }
            }
            Ok(())
        }
        Overlay::Bookmarks(list) => {
            check_panes(app, buf, false)?;
            let l = layout::search(area);
            check_border(buf, l.popup, "bookmarks")?;
            if !list.rows.is_empty() && l.hits_shown() > 0 {
                let slot = list
                    .selected
                    .checked_sub(list.offset)
                    .filter(|&s| s < l.hits_shown())
                    .ok_or("bookmarks: the selected bookmark is outside the list")?;
                let y = l.list.y + slot as u16 * layout::ROWS_PER_HIT;
                let date = Rect::new(l.list.x, y, 4.min(l.list.width), 1);
                if !selected_row(buf, date, y) {
                    return Err(format!(
                        "bookmarks: the bookmark on row {y} is not drawn selected"
                    ));
                }
            }
            Ok(())
        }
        Overlay::Compare(view) if view.chart => {
            check_overlay_edges(buf, area)?;
            check_chart_selection(app, view, buf)
        }
        Overlay::Compare(view) => {
            check_overlay_edges(buf, area)?;
            let l = app.compare_layout();
            if view.rows.is_empty() || l.body.height < layout::ROWS_PER_ENTRY {
                return Ok(());
            }
            let (slot, x) = if l.narrow {
                (
                    view.column.checked_sub(view.offset),
                    l.body.x + l.label_width,
                )
            } else {
                let column = view
                    .column
                    .checked_sub(view.column_offset)
                    .filter(|&c| c < l.columns())
                    .ok_or("compare: the selected report is outside the columns shown")?;
                (view.row.checked_sub(view.offset), l.column(column).x)
            };
            let y = slot
                .filter(|&s| s < usize::from(l.body.height / layout::ROWS_PER_ENTRY))
                .map(|s| l.body.y + s as u16 * layout::ROWS_PER_ENTRY)
                .ok_or("compare: the selected entry is outside the body")?;
            let cell = Rect::new(x, y, 2.min(l.body.right() - x), 1);
            if !selected_row(buf, cell, y) {
                return Err(format!(
                    "compare: the cell on row {y} is not drawn selected"
                ));
            }
            Ok(())
        }
        Overlay::None => check_panes(app, buf, true),
    }
}

/// The panes: the outline's and the targets pane's selections and the reader's first line.
/// `on_top` is false under an overlay, which may cover them.
fn check_panes(app: &App, buf: &Buffer, on_top: bool) -> Result<(), String> {
    let l = app.layout();
    if !on_top {
        return Ok(());
    }
    let status = text_in(buf, l.status, l.status.y);
    if !status.trim_end().ends_with(&format!("{}%", app.percent())) {
        return Err(format!("status: no position at the end of {status:?}"));
    }
    if let Some(pane) = l.outline {
        let inner = layout::inner(pane);
        let rows = app.view().outline.rows(app.view().doc());
        let row = app.view().outline.selected_row(app.view().doc(), &rows);
        let y = row
            .checked_sub(app.view().outline.offset)
            .filter(|&r| r < usize::from(inner.height))
            .map(|r| inner.y + r as u16)
            .ok_or("outline: the selected section is outside the pane")?;
        let heading = &app.view().doc().sections[rows[row]].heading;
        let drawn = text_in(buf, inner, y);
        let start: String = heading.chars().take(1).collect();
        if inner.width > 20 && !drawn.contains(&start) {
            return Err(format!("outline: row {y} shows {drawn:?}, not {heading:?}"));
        }
        if app.focus == Pane::Outline && !selected_row(buf, inner, y) {
            return Err(format!("outline: row {y} is not drawn selected"));
        }
    }
    if let Some(pane) = l.targets {
        let inner = layout::inner(pane);
        let entries = app.pane_entries();
        if !entries.is_empty() {
            let marks: Vec<u16> = (inner.top()..inner.bottom())
                .filter(|&y| symbol_at(buf, inner.x, y).as_deref() == Some("▶"))
                .collect();
            if marks.len() != 1 {
                return Err(format!(
                    "targets: {} selection marks in the pane",
                    marks.len()
                ));
            }
            let subject = &entries[app.view().targets.selected].subject;
            let drawn = text_in(buf, inner, marks[0]);
            let start: String = subject.chars().take(1).collect();
            if inner.width > 4 && !drawn.contains(&start) {
                return Err(format!(
                    "targets: the marked row shows {drawn:?}, not {subject:?}"
                ));
            }
        }
    }
    if let Some(pane) = l.reader {
        let text_area = layout::reader_text(pane);
        if let Some(baogao::app::document::Line::Text { block, range, .. }) =
            app.view().wrapped.lines.get(app.view().reader.top)
            && !text_area.is_empty()
        {
            let first: String = app.view().doc().blocks[*block].text[range.clone()]
                .chars()
                .take(1)
                .collect();
            let drawn = text_in(buf, text_area, text_area.y);
            if !drawn.contains(first.trim()) {
                return Err(format!(
                    "reader: the top line shows {drawn:?}, not {first:?}…"
                ));
            }
        }
    }
    Ok(())
}

/// Every cell of an overlay's border is shown and is a border character (the title aside).
fn check_border(buf: &Buffer, popup: Rect, name: &str) -> Result<(), String> {
    if popup.width < 2 || popup.height < 2 {
        return Ok(());
    }
    let (left, right, top, bottom) = (
        popup.left(),
        popup.right() - 1,
        popup.top(),
        popup.bottom() - 1,
    );
    let mut expect = vec![
        (left, top, "┌"),
        (right, top, "┐"),
        (left, bottom, "└"),
        (right, bottom, "┘"),
    ];
    for y in top + 1..bottom {
        expect.push((left, y, "│"));
        expect.push((right, y, "│"));
    }
    for x in left + 1..right {
        expect.push((x, bottom, "─"));
    }
    for (x, y, symbol) in expect {
        let seen = symbol_at(buf, x, y);
        if seen.as_deref() != Some(symbol) {
            let row: String = shown(buf, y).into_iter().map(|(_, s)| s).collect();
            return Err(format!(
                "{name}: border cell ({x},{y}) shows {seen:?}, not {symbol}: {row}"
            ));
        }
    }
    check_overlay_edges(buf, popup)
}

/// No wide character outside an overlay reaches into it: the overlay's first column is shown.
fn check_overlay_edges(buf: &Buffer, popup: Rect) -> Result<(), String> {
    for y in popup.top()..popup.bottom() {
        if symbol_at(buf, popup.left(), y).is_none() {
            return Err(format!("column {} of row {y} is covered", popup.left()));
        }
    }
    Ok(())
}

/// Applies `actions` one by one, drawing and checking after each.
fn run_checked(app: &mut App, actions: &[Action]) {
    let buf = draw(app);
    check(app, &buf).unwrap_or_else(|e| panic!("{e}\n at the start, {:?}", app.area));
    for (i, action) in actions.iter().enumerate() {
        apply(app, action.clone());
        let buf = draw(app);
        if let Err(e) = check(app, &buf) {
            panic!(
                "{e}\n after action {i} ({action:?}) at {}x{}",
                app.area.width, app.area.height
            );
        }
    }
}

/// Sizes around every boundary of the layout.
const WIDTHS: [u16; 8] = [20, 33, 59, 60, 79, 80, 120, 300];
const HEIGHTS: [u16; 6] = [6, 7, 15, 16, 40, 100];

fn repeat(action: Action, n: usize) -> Vec<Action> {
    vec![action; n]
}

#[test]
fn the_search_selection_stays_in_view_at_every_size() {
    for w in WIDTHS {
        for h in HEIGHTS {
            let mut app = app(w, h);
            app.update(Action::OpenSearch);
            // Typed at once: only the whole query is searched.
            for c in "chanye".chars() {
                app.update(Action::Input(c));
            }
            let mut actions = vec![Action::Input(' ')];
            actions.extend(repeat(Action::Move(1), 40));
            actions.push(Action::Page(1));
            actions.push(Action::Page(-1));
            actions.extend(repeat(Action::Move(-1), 3));
            run_checked(&mut app, &actions);
            let Overlay::Search(search) = &app.overlay else {
                panic!("the search closed at {w}x{h}")
            };
            assert!(
                search.hits.len() > 30,
                "{} results: too few to scroll through",
                search.hits.len()
            );
        }
    }
}

#[test]
fn the_table_selection_stays_in_view_at_every_size() {
    for w in WIDTHS {
        for h in HEIGHTS {
            let mut app = app(w, h);
            let mut actions = vec![Action::OpenTable];
            actions.extend(repeat(Action::Move(1), 60));
            actions.extend([Action::Page(-1), Action::Last, Action::HalfPage(-1)]);
            actions.push(Action::CycleCategory(1));
            actions.extend(repeat(Action::Move(1), 12));
            run_checked(&mut app, &actions);
        }
    }
}

#[test]
fn the_outline_and_targets_selections_stay_in_view_at_every_size() {
    for w in WIDTHS {
        for h in HEIGHTS {
            let mut app = app(w, h);
            let mut actions = vec![Action::Focus(Pane::Outline)];
            actions.extend(repeat(Action::Move(1), 30));
            actions.extend([Action::Last, Action::Page(-1), Action::First]);
            run_checked(&mut app, &actions);
            // The whole plan: every target of the year in the targets pane.
            let plan = app
                .view()
                .doc()
                .section_index("tasks-2023")
                .expect("the plan");
            app.jump_to_section(plan);
            assert!(app.pane_entries().len() > 40, "too few targets to scroll");
            let mut actions = vec![Action::Focus(Pane::Targets)];
            actions.extend(repeat(Action::Move(1), 30));
            actions.extend([Action::Page(1), Action::Last, Action::Page(-1)]);
            actions.extend([Action::FocusNext, Action::FocusPrev, Action::HalfPage(-1)]);
            run_checked(&mut app, &actions);
        }
    }
}

/// Bookmarks on `n` sections spread over the outline's rows, made from the outline as a user
/// would, then back to the top of the reader.
fn bookmark_sections(app: &mut App, n: usize) {
    let rows = app.view().outline.rows(app.view().doc());
    let count = rows.len();
    for &section in rows.iter().step_by((count / n).max(1)).take(n) {
        app.jump_to_section(section);
        apply(app, Action::Focus(Pane::Outline));
        apply(app, Action::ToggleBookmark);
    }
    apply(app, Action::Focus(Pane::Reader));
    apply(app, Action::First);
    assert_eq!(app.history.bookmarks.len(), n.min(count));
}

/// The explorer of [`app`] with bookmarks on `n` sections, at `width` x `height`.
fn bookmarked(n: usize) -> impl Fn(u16, u16) -> App {
    let mut base = app(120, 40);
    bookmark_sections(&mut base, n);
    move |width, height| {
        let mut app = base.clone();
        apply(&mut app, Action::Resize(width, height));
        app
    }
}

#[test]
fn the_bookmark_selection_stays_in_view_at_every_size() {
    let bookmarked = bookmarked(30);
    for w in WIDTHS {
        for h in HEIGHTS {
            let mut app = bookmarked(w, h);
            let mut actions = vec![Action::OpenBookmarks];
            actions.extend(repeat(Action::Move(1), 35));
            actions.extend([Action::Page(-1), Action::Page(1), Action::Move(-3)]);
            actions.extend([Action::DeleteBookmark, Action::Input('d')]);
            actions.extend("全力".chars().map(Action::Input));
            actions.extend([Action::Move(1), Action::ClearInput, Action::Last]);
            run_checked(&mut app, &actions);
        }
    }
}

/// The cell where `mark` is drawn in column `x` of rows `rows`, if any.
fn marked_rows(buf: &Buffer, x: u16, rows: std::ops::Range<u16>) -> Vec<u16> {
    rows.filter(|&y| symbol_at(buf, x, y).as_deref() == Some("⚑"))
        .collect()
}

#[test]
fn bookmarked_places_are_marked_in_the_outline_reader_and_targets_pane() {
    for (w, h) in [(120, 40), (160, 48), (80, 24), (60, 20)] {
        let mut app = app(w, h);
        let section = app
            .view()
            .doc()
            .section_index("tasks-2023-1-1")
            .expect("section");
        app.jump_to_section(section);
        apply(&mut app, Action::Focus(Pane::Outline));
        apply(&mut app, Action::ToggleBookmark);
        apply(&mut app, Action::Focus(Pane::Targets));
        apply(&mut app, Action::Move(1));
        apply(&mut app, Action::ToggleBookmark);
        assert_eq!(app.history.bookmarks.len(), 2, "{w}x{h}");
        for pane in Pane::ALL {
            apply(&mut app, Action::Focus(pane));
            let buf = draw(&app);
            let l = app.layout();
            if let Some(outline) = l.outline.map(layout::inner) {
                let rows = app.view().outline.rows(app.view().doc());
                let row = app.view().outline.selected_row(app.view().doc(), &rows);
                let y = outline.y + (row - app.view().outline.offset) as u16;
                let marks = marked_rows(&buf, outline.right() - 1, outline.top()..outline.bottom());
                assert_eq!(marks, [y], "{w}x{h}: outline marks");
            }
            if let Some(reader) = l.reader {
                let gutter = layout::reader_gutter(reader);
                let marks = marked_rows(&buf, gutter.x, gutter.top()..gutter.bottom());
                // The heading on the top line, and the figure's quote where it is in view.
                let view = app.view();
                let expected: Vec<u16> = app
                    .bookmarks_shown()
                    .into_iter()
                    .map(|(block, offset)| view.wrapped.line_of(block, offset))
                    .filter_map(|line| line.checked_sub(view.reader.top))
                    .filter(|&row| row < usize::from(gutter.height))
                    .map(|row| gutter.y + row as u16)
                    .collect();
                assert_eq!(expected.first(), Some(&gutter.y), "{w}x{h}: the heading");
                assert_eq!(marks, expected, "{w}x{h}: reader marks");
            }
            if let Some(list) = app.targets_list() {
                let entries = app.pane_entries();
                let slots = app.figure_slots(&entries, list);
                let marks = marked_rows(&buf, list.right() - 1, list.top()..list.bottom());
                let slot = slots[1 - app.view().targets.offset];
                assert_eq!(marks, [slot.y], "{w}x{h}: targets marks");
            }
        }
    }
}

#[test]
fn help_shows_its_keys_from_the_top_and_scrolls_to_the_last() {
    for w in WIDTHS {
        for h in HEIGHTS {
            let mut app = app(w, h);
            let mut actions = vec![Action::OpenHelp];
            actions.extend(repeat(Action::Move(1), 20));
            actions.extend([Action::First, Action::Last, Action::Page(-1)]);
            run_checked(&mut app, &actions);
        }
    }
}

#[test]
fn overlay_borders_are_whole_over_chinese_text_at_any_reader_position() {
    let bookmarked = bookmarked(12);
    for (w, h) in [
        (160, 48),
        (60, 20),
        (120, 40),
        (80, 24),
        (100, 30),
        (61, 17),
    ] {
        for scroll in [0, 1, 2, 3, 5, 8, 13, 40, 97, 200, 400] {
            for overlay in [
                Action::OpenHelp,
                Action::OpenSearch,
                Action::OpenTable,
                Action::OpenBookmarks,
            ] {
                let mut app = if overlay == Action::OpenBookmarks {
                    bookmarked(w, h)
                } else {
                    app(w, h)
                };
                apply(&mut app, Action::Move(scroll));
                let mut actions = vec![overlay.clone()];
                if overlay == Action::OpenSearch {
                    actions.extend("gongye".chars().map(Action::Input));
                }
                run_checked(&mut app, &actions);
            }
        }
    }
}

#[test]
fn help_at_160x48_keeps_its_left_border_over_the_opening_text() {
    // The defect as reported: at 160x48 the help's left border vanished on seven rows.
    let mut app = app(160, 48);
    apply(&mut app, Action::OpenHelp);
    let buf = draw(&app);
    let popup = app.help_layout().popup;
    for y in popup.top() + 1..popup.bottom() - 1 {
        assert_eq!(
            symbol_at(&buf, popup.left(), y).as_deref(),
            Some("│"),
            "row {y}"
        );
    }
}

#[test]
fn a_message_under_the_help_leaves_its_border_whole() {
    // Found by the property test: at 20x6 "nowhere to go back" overwrote the help's bottom edge.
    for (width, height) in WIDTHS.into_iter().flat_map(|w| HEIGHTS.map(|h| (w, h))) {
        let mut app = app(width, height);
        run_checked(
            &mut app,
            &[
                Action::OpenHelp,
                Action::Travel { forward: false },
                Action::Copy { whole: false },
            ],
        );
        assert!(app.message.is_some(), "a message at {width}x{height}");
        let buf = draw(&app);
        check_border(&buf, app.help_layout().popup, "help")
            .unwrap_or_else(|e| panic!("{e} at {width}x{height}"));
    }
}

#[test]
fn every_search_hit_names_its_report_however_long_its_path() {
    // Seen in use: a long section path was cut from the left, taking the report's name along.
    for width in [60, 80, 120, 300] {
        let mut app = app(width, 40);
        apply(&mut app, Action::OpenSearch);
        for c in "光伏".chars() {
            apply(&mut app, Action::Input(c));
        }
        let Overlay::Search(search) = &app.overlay else {
            panic!("search is not open");
        };
        let l = layout::search(app.area);
        let shown = search.hits.len().min(l.hits_shown());
        assert!(shown > 1, "hits at {width}");
        let buf = draw(&app);
        for slot in 0..shown {
            let y = l.list.y + slot as u16 * layout::ROWS_PER_HIT;
            let row = text_in(&buf, l.list, y);
            assert!(
                row.contains("秀洲區 2023 ›") || row.contains("湖北省 2024 ›"),
                "row {y} at {width} columns names no report: {row:?}"
            );
        }
    }
}

fn key_strategy() -> impl Strategy<Value = KeyEvent> {
    let codes = prop_oneof![
        4 => Just(KeyCode::Down),
        2 => Just(KeyCode::Up),
        1 => Just(KeyCode::PageUp),
        1 => Just(KeyCode::PageDown),
        1 => Just(KeyCode::Home),
        1 => Just(KeyCode::End),
        1 => Just(KeyCode::Tab),
        1 => Just(KeyCode::BackTab),
        1 => Just(KeyCode::Enter),
        1 => Just(KeyCode::Esc),
        1 => Just(KeyCode::Left),
        1 => Just(KeyCode::Right),
        1 => Just(KeyCode::Backspace),
        2 => prop::sample::select("jkhlgGt?/[]cCchanyevmd'光伏 ".chars().collect::<Vec<_>>())
            .prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![6 => Just(KeyModifiers::NONE), 1 => Just(KeyModifiers::CONTROL)];
    (codes, modifiers).prop_map(|(code, m)| KeyEvent::new(code, m))
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Resize(u16, u16),
    Click(u16, u16),
    Wheel(u16, u16, isize),
}

fn input_strategy() -> impl Strategy<Value = Input> {
    prop_oneof![
        10 => key_strategy().prop_map(Input::Key),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => (0u16..300, 0u16..100).prop_map(|(c, r)| Input::Click(c, r)),
        1 => (0u16..300, 0u16..100, -6isize..=6).prop_map(|(c, r, l)| Input::Wheel(c, r, l)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// After any key, click or resize (the wheel scrolls the view away from the selection on
    /// purpose, so a frame right after it is not checked) every list shows its selection.
    #[test]
    fn every_selection_is_drawn_inside_its_list_after_any_input(
        size in (1u16..=300, 1u16..=100),
        inputs in prop::collection::vec(input_strategy(), 1..80),
    ) {
        let mut app = app(size.0, size.1);
        for input in inputs {
            let action = match input {
                Input::Key(key) => app.keymap.action_for(app.mode(), key),
                Input::Resize(w, h) => Some(Action::Resize(w, h)),
                Input::Click(column, row) => Some(Action::Click { column, row }),
                Input::Wheel(column, row, lines) => Some(Action::Scroll { column, row, lines }),
            };
            let Some(action) = action else { continue };
            if action == Action::Quit {
                continue;
            }
            let wheel = matches!(action, Action::Scroll { .. });
            apply(&mut app, action.clone());
            let buf = draw(&app);
            if !wheel {
                if let Err(e) = check(&app, &buf) {
                    prop_assert!(false, "{} after {:?} at {:?}", e, action, app.area);
                }
            }
        }
    }
}

#[test]
fn the_focused_pane_has_the_focus_border_and_the_others_do_not() {
    let mut app = app(160, 48);
    for pane in Pane::ALL {
        apply(&mut app, Action::Focus(pane));
        let buf = draw(&app);
        let l = app.layout();
        for other in Pane::ALL {
            let rect = l.pane(other).expect("three panes at 160 columns");
            let corner = &buf[(rect.x, rect.y)];
            let expected = if other == pane {
                Theme::default().focus_border.fg
            } else {
                Theme::default().border.fg
            };
            assert_eq!(Some(corner.fg), expected, "{other:?} with {pane:?} focused");
        }
    }
}

#[test]
fn search_matches_are_drawn_in_the_match_style() {
    let mut app = app(120, 40);
    apply(&mut app, Action::OpenSearch);
    for c in "光伏".chars() {
        apply(&mut app, Action::Input(c));
    }
    let buf = draw(&app);
    let list = layout::search(app.area).list;
    let matched: Vec<String> = (list.top()..list.bottom())
        .flat_map(|y| (list.left()..list.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].fg == Color::Yellow)
        .map(|(x, y)| buf[(x, y)].symbol().to_string())
        .collect();
    assert!(
        matched.iter().any(|s| s == "光") && matched.iter().any(|s| s == "伏"),
        "no highlighted 光伏 in the results: {matched:?}"
    );
    assert!(
        matched.iter().all(|s| "光伏".contains(s.as_str())),
        "characters other than the query highlighted: {matched:?}"
    );
}

#[test]
fn a_jump_highlights_the_quote_in_the_reader() {
    let mut app = app(120, 40);
    apply(&mut app, Action::OpenTable);
    apply(&mut app, Action::StartFilter);
    for c in "分布式".chars() {
        apply(&mut app, Action::Input(c));
    }
    apply(&mut app, Action::Activate);
    let buf = draw(&app);
    let reader = layout::reader_text(app.layout().reader.expect("reader"));
    let mut all = String::new();
    let mut styled = String::new();
    for y in reader.top()..reader.bottom() {
        for (x, symbol) in shown(&buf, y) {
            if x < reader.left() || x >= reader.right() {
                continue;
            }
            all.push_str(&symbol);
            if buf[(x, y)].bg == Theme::default().highlight.bg.expect("bg") {
                styled.push_str(&symbol);
            }
        }
    }
    let highlighted = all;
    assert!(highlighted.contains("新增分布式光伏"), "{highlighted}");
    assert!(
        styled.contains("新增分布式光伏并網容量不少于50兆瓦"),
        "highlighted: {styled:?}"
    );
}

#[test]
fn figures_in_the_targets_pane_are_separated_by_one_blank_row_however_they_wrap() {
    let mut wrapped = 0;
    for (w, h) in [(100, 30), (120, 40), (160, 48), (60, 20), (80, 60)] {
        let mut app = app(w, h);
        let plan = app
            .view()
            .doc()
            .section_index("tasks-2023")
            .expect("the plan");
        app.jump_to_section(plan);
        apply(&mut app, Action::Focus(Pane::Targets));
        let buf = draw(&app);
        let list = app.targets_list().expect("targets pane");
        let entries = app.pane_entries();
        let slots = app.figure_slots(&entries, list);
        assert!(slots.len() > 1, "{w}x{h}: fewer than two figures shown");
        for (entry, pair) in entries.iter().zip(slots.windows(2)) {
            let (this, next) = (pair[0], pair[1]);
            assert_eq!(next.y, this.bottom() + 1, "{w}x{h}: {}", entry.subject);
            let gap = text_in(&buf, list, this.bottom());
            assert!(
                gap.trim().is_empty(),
                "{w}x{h}: no blank row after {}: {gap:?}",
                entry.subject
            );
            for y in this.top()..this.bottom() {
                let row = text_in(&buf, list, y);
                assert!(
                    !row.trim().is_empty(),
                    "{w}x{h}: blank row {y} in {}",
                    entry.subject
                );
            }
            if this.height == 3 {
                wrapped += 1;
                let last = text_in(&buf, list, this.bottom() - 1);
                assert!(last.contains(&entry.linked[..entry.linked.find(':').unwrap_or(0)]));
            }
        }
    }
    assert!(
        wrapped > 0,
        "no figure had its last-year figure on a row of its own"
    );
}

/// An explorer on 31 reports (copies of the embedded one, each its own region, the GDP target
/// spread so that the bars differ) at `width` x `height`.
fn library_of_31(width: u16, height: u16) -> App {
    let embedded = load::embedded().expect("embedded report");
    let reports = (0..31)
        .map(|n| {
            let mut report = embedded.clone();
            report.id = format!("region-{n}");
            report.region = format!("地区{n:02}");
            for target in &mut report.targets {
                if target.indicator.as_deref() == Some("gdp-growth") && target.value.is_some() {
                    target.value = Some(3.0 + f64::from(n % 7));
                }
            }
            report
        })
        .collect();
    let mut app = App::with_reports(reports, Rect::default());
    app.update(Action::Resize(width, height));
    app
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// With more reports than the chart has rows, moving along the bars (lines, pages, ends)
    /// keeps the selected bar drawn, marked, at any size.
    #[test]
    fn the_charts_selected_bar_is_drawn_at_every_size(
        size in (20u16..=300, 6u16..=100),
        moves in prop::collection::vec(
            prop_oneof![
                (-40isize..=40).prop_map(Action::Move),
                (-3isize..=3).prop_map(Action::Page),
                Just(Action::First),
                Just(Action::Last),
            ],
            1..12,
        ),
    ) {
        let mut app = library_of_31(size.0, size.1);
        apply(&mut app, Action::OpenCompare);
        apply(&mut app, Action::ToggleChart);
        for action in moves {
            apply(&mut app, action.clone());
            let Overlay::Compare(view) = &app.overlay else {
                panic!("the comparison closed");
            };
            if let Err(e) = check_chart_selection(&app, view, &draw(&app)) {
                prop_assert!(false, "{} after {:?} at {:?}", e, action, app.area);
            }
        }
    }
}
