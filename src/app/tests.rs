//! Action -> state, read as a specification of the explorer's behaviour.

use super::*;
use crate::load;
use crate::state::Position;

fn app(width: u16, height: u16) -> App {
    let mut app = App::new(load::embedded().expect("embedded"), Rect::default());
    app.update(Action::Resize(width, height));
    app
}

fn section(app: &App, id: &str) -> usize {
    app.view().doc().section_index(id).expect(id)
}

fn apply(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(a.clone());
    }
}

#[test]
fn starts_at_the_top_with_the_reader_focused() {
    let app = app(120, 40);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(app.view().reader.top, 0);
    assert_eq!(app.view().reader.section, 0);
    assert!(app.running);
}

#[test]
fn tab_cycles_focus_through_the_panes_and_back() {
    let mut app = app(120, 40);
    let mut seen = Vec::new();
    for _ in 0..3 {
        app.update(Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(seen, [Pane::Targets, Pane::Outline, Pane::Reader]);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Outline);
}

#[test]
fn moving_in_the_outline_moves_the_reader() {
    let mut app = app(120, 40);
    app.update(Action::Focus(Pane::Outline));
    apply(&mut app, &[Action::Move(1), Action::Move(1)]);
    let review = section(&app, "review-2022");
    assert_eq!(app.view().outline.selected, review);
    assert_eq!(app.view().reader.section, review);
    let heading_line =
        app.view().wrapped.block_start[app.view().doc().sections[review].first_block];
    assert_eq!(app.view().reader.top, heading_line);
}

#[test]
fn scrolling_the_reader_moves_the_outline_mark() {
    let mut app = app(120, 40);
    let expected = section(&app, "review-2022-economy");
    let line = app.view().wrapped.block_start[app.view().doc().sections[expected].first_block];
    app.update(Action::Move(line as isize));
    assert_eq!(app.view().reader.section, expected);
    assert_eq!(app.view().outline.selected, expected);
}

#[test]
fn reader_scrolling_stops_at_both_ends() {
    let mut app = app(120, 40);
    app.update(Action::Move(-5));
    assert_eq!(app.view().reader.top, 0);
    app.update(Action::Last);
    let last = app.view().reader.top;
    assert_eq!(last, app.view().wrapped.lines.len() - app.reader_height());
    app.update(Action::Page(1));
    assert_eq!(app.view().reader.top, last);
    assert_eq!(app.percent(), 100);
    app.update(Action::First);
    assert_eq!(app.view().reader.top, 0);
}

#[test]
fn paging_moves_by_a_screen_less_one_line_and_half_pages_by_half() {
    let mut app = app(120, 40);
    let height = app.reader_height();
    app.update(Action::Page(1));
    assert_eq!(app.view().reader.top, height - 1);
    app.update(Action::HalfPage(-1));
    assert_eq!(app.view().reader.top, height - 1 - height / 2);
}

#[test]
fn collapsing_hides_children_and_expanding_shows_them() {
    let mut app = app(120, 40);
    app.update(Action::Focus(Pane::Outline));
    let review = section(&app, "review-2022");
    app.jump_to_section(review);
    let before = app.view().outline.rows(app.view().doc()).len();
    app.update(Action::Collapse);
    assert!(!app.view().outline.expanded[review]);
    assert_eq!(app.view().outline.rows(app.view().doc()).len(), before - 11);
    app.update(Action::Toggle);
    assert!(app.view().outline.expanded[review]);
    app.update(Action::Expand);
    assert_eq!(
        app.view().outline.selected,
        review + 1,
        "expanding an open node goes to its first child"
    );
    app.update(Action::Collapse);
    assert_eq!(
        app.view().outline.selected,
        review,
        "collapsing a leaf goes to its parent"
    );
}

#[test]
fn a_hidden_current_section_marks_its_visible_ancestor() {
    let mut app = app(120, 40);
    let part = section(&app, "tasks-2023-1-1");
    let lead = section(&app, "tasks-2023-1-1-2");
    app.jump_to_section(lead);
    assert!(!app.view().outline.expanded[part]);
    assert_eq!(app.view().outline.visible_selection(app.view().doc()), part);
}

#[test]
fn brackets_go_to_the_next_and_previous_section() {
    let mut app = app(120, 40);
    apply(&mut app, &[Action::NextSection, Action::NextSection]);
    assert_eq!(app.view().reader.section, 2);
    app.update(Action::Move(3));
    app.update(Action::PrevSection);
    assert_eq!(
        app.view().reader.section,
        2,
        "first back to the start of the current section"
    );
    app.update(Action::PrevSection);
    assert_eq!(app.view().reader.section, 1);
}

#[test]
fn targets_pane_lists_the_section_in_view_with_paired_levels() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-expected"));
    let ids: Vec<&str> = app
        .pane_figures()
        .iter()
        .map(|f| app.view().report().targets[f.index].id.as_str())
        .collect();
    assert_eq!(ids, ["gdp-growth", "budget-revenue-growth"]);
    app.jump_to_section(section(&app, "review-2022-economy"));
    let figures = app.pane_figures();
    assert!(
        !figures.is_empty()
            && figures
                .iter()
                .all(|f| f.kind == crate::model::FigureKind::Result),
        "the review lists results"
    );
}

#[test]
fn enter_in_the_targets_table_jumps_to_the_quote_highlighted() {
    let mut app = app(120, 40);
    app.open_table("分布式");
    let Overlay::Table(table) = &app.overlay else {
        panic!("no table")
    };
    let target = table.selected_target().expect("a match");
    assert_eq!(
        app.view().report().targets[target.index].id,
        "new-distributed-pv"
    );
    app.update(Action::Activate);
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!(app.focus, Pane::Reader);
    let highlight = app.view().reader.highlight.clone().expect("highlight");
    let text = &app.view().doc().blocks[highlight.block].text[highlight.range.clone()];
    assert_eq!(text, "新增分布式光伏并網容量不少于50兆瓦");
    let line = app
        .view()
        .wrapped
        .line_of(highlight.block, highlight.range.start);
    assert!(line >= app.view().reader.top && line < app.view().reader.top + app.reader_height());
    let figure = app.pane_figures()[app.view().targets.selected];
    assert_eq!(
        app.view().report().targets[figure.index].id,
        "new-distributed-pv"
    );
    app.update(Action::Close);
    assert!(app.view().reader.highlight.is_none());
}

#[test]
fn enter_in_the_targets_pane_jumps_to_its_quote() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-expected"));
    apply(
        &mut app,
        &[
            Action::Focus(Pane::Targets),
            Action::Move(1),
            Action::Activate,
        ],
    );
    let highlight = app.view().reader.highlight.clone().expect("highlight");
    assert_eq!(
        &app.view().doc().blocks[highlight.block].text[highlight.range],
        "一般公共預算收入增長3%"
    );
}

#[test]
fn typing_in_the_table_filters_and_esc_leaves_the_filter_then_the_table() {
    let mut app = app(120, 40);
    apply(&mut app, &[Action::OpenTable, Action::StartFilter]);
    assert_eq!(app.mode(), Mode::Typing);
    for c in "光伏".chars() {
        app.update(Action::Input(c));
    }
    let Overlay::Table(table) = &app.overlay else {
        panic!("no table")
    };
    assert_eq!(
        table
            .rows
            .iter()
            .filter(|r| matches!(r, table::TableRow::Target(_)))
            .count(),
        2
    );
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Table);
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn resizing_keeps_the_place_in_the_text() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-2"));
    let (block, _) = app.view().wrapped.anchor(app.view().reader.top);
    for (w, h) in [(60, 20), (200, 60), (1, 1), (100, 30)] {
        app.update(Action::Resize(w, h));
    }
    let (after, _) = app.view().wrapped.anchor(app.view().reader.top);
    assert_eq!(after, block);
}

#[test]
fn clicking_an_outline_row_selects_it_and_focuses_the_outline() {
    let mut app = app(120, 40);
    let outline = app.layout().outline.expect("outline");
    // Row 3 inside the border is the fourth visible section: the first 2022 theme.
    app.update(Action::Click {
        column: outline.x + 3,
        row: outline.y + 4,
    });
    assert_eq!(app.focus, Pane::Outline);
    assert_eq!(
        app.view().outline.selected,
        section(&app, "review-2022-economy")
    );
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(120, 40);
    let reader = app.layout().reader.expect("reader");
    app.update(Action::Scroll {
        column: reader.x + 5,
        row: reader.y + 5,
        lines: 3,
    });
    assert_eq!(app.view().reader.top, 3);
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn help_opens_and_esc_closes_it() {
    let mut app = app(120, 40);
    app.update(Action::OpenHelp);
    assert_eq!(app.mode(), Mode::Help);
    app.update(Action::Move(1));
    assert_eq!(
        app.view().reader.top,
        0,
        "keys do not reach the panes under the help"
    );
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn quit_stops_the_loop() {
    let mut app = app(120, 40);
    app.update(Action::Quit);
    assert!(!app.running);
}

/// Types into the search box and runs the searches the app asks for, as the worker would.
fn search_for(app: &mut App, query: &str) {
    for c in query.chars() {
        app.update(Action::Input(c));
    }
    while let Some(request) = app.take_search_request() {
        let answer =
            crate::tui::answer(&app.index.wait(), &request, &|| false).expect("not cancelled");
        app.update(answer);
    }
}

fn highlighted(app: &App) -> String {
    let h = app.view().reader.highlight.clone().expect("a highlight");
    app.view().doc().blocks[h.block].text[h.range].to_string()
}

#[test]
fn search_finds_simplified_in_traditional_and_enter_highlights_the_sentence() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    assert_eq!(app.mode(), Mode::Typing);
    search_for(&mut app, "光伏产业");
    let Overlay::Search(search) = &app.overlay else {
        panic!("no search overlay")
    };
    assert!(!search.hits.is_empty() && !search.pending());
    let index = app.index.wait();
    let first = index.item(search.hits[0].item).expect("hit item");
    assert!(first.text.contains("光伏"), "{}", first.text);
    app.update(Action::Activate);
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!(app.focus, Pane::Reader);
    let text = highlighted(&app);
    assert!(text.contains("光伏") && text.contains("產業"), "{text}");
}

#[test]
fn a_sentence_after_control_characters_is_highlighted_on_its_own_characters() {
    let mut report = load::embedded().expect("embedded");
    let section = &mut report.sections[0];
    let paragraph = section.paragraphs[0].clone();
    section.paragraphs[0] = format!("\u{1b}]0;x\u{7}{paragraph}");
    let sentence = paragraph
        .split('。')
        .nth(1)
        .expect("a second sentence")
        .to_string();
    let mut app = App::new(report, Rect::default());
    app.update(Action::Resize(120, 40));
    app.update(Action::OpenSearch);
    search_for(&mut app, &sentence);
    app.update(Action::Activate);
    let text = highlighted(&app);
    assert!(
        text.starts_with(sentence.as_str()),
        "{text:?} for {sentence:?}"
    );
}

#[test]
fn n_and_shift_n_step_through_the_last_results() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    search_for(&mut app, "光伏");
    app.update(Action::Activate);
    let first = app.view().reader.highlight.clone();
    app.update(Action::NextResult(1));
    assert_ne!(app.view().reader.highlight, first);
    app.update(Action::NextResult(-1));
    assert_eq!(app.view().reader.highlight, first);
}

#[test]
fn esc_in_search_returns_to_where_the_reader_was() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-2"));
    let top = app.view().reader.top;
    app.update(Action::OpenSearch);
    search_for(&mut app, "gfcy");
    app.update(Action::Move(1));
    app.update(Action::Close);
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!(app.view().reader.top, top);
}

#[test]
fn stale_search_answers_are_dropped() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    app.update(Action::Input('光'));
    let old = app.take_search_request().expect("request");
    app.update(Action::Input('伏'));
    let new = app.take_search_request().expect("request");
    assert!(new.generation > old.generation);
    let stale = crate::tui::answer(&app.index.wait(), &old, &|| false).expect("answer");
    app.update(stale);
    assert!(
        app.search_pending(),
        "an old answer does not settle the new query"
    );
    let fresh = crate::tui::answer(&app.index.wait(), &new, &|| false).expect("answer");
    app.update(fresh);
    assert!(!app.search_pending());
}

#[test]
fn search_editing_keys_change_the_query() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    search_for(&mut app, "光伏 產業");
    app.update(Action::DeleteWord);
    app.update(Action::Backspace);
    let Overlay::Search(search) = &app.overlay else {
        panic!("no search overlay")
    };
    assert_eq!(search.input.text(), "光伏");
    assert!(
        app.search_request.is_some(),
        "an edit asks for a new search"
    );
}

#[test]
fn enter_before_the_results_arrive_jumps_when_they_do() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    for c in "gfcy".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Activate);
    assert!(
        matches!(app.overlay, Overlay::Search(_)),
        "nothing to jump to yet"
    );
    let request = app.take_search_request().expect("request");
    let answer = crate::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
    app.update(answer);
    assert!(matches!(app.overlay, Overlay::None));
    assert!(app.view().reader.highlight.is_some());
}

#[test]
fn esc_from_search_after_a_resize_returns_to_a_valid_place() {
    // Found by the property test: the saved line number was stale after re-wrapping.
    let mut app = app(1, 1);
    apply(
        &mut app,
        &[
            Action::Last,
            Action::OpenSearch,
            Action::Resize(20, 6),
            Action::Close,
        ],
    );
    assert!(app.view().reader.top < app.view().wrapped.lines.len());
}

#[test]
fn a_remembered_position_survives_a_new_width() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-2-1"));
    app.update(Action::Move(3));
    let position = app.position().expect("a position");
    let (block, _) = app.view().wrapped.anchor(app.view().reader.top);
    let mut other = self::app(80, 24);
    other.restore(&position);
    assert_eq!(
        other.view().wrapped.anchor(other.view().reader.top).0,
        block
    );
    assert_eq!(other.view().reader.section, app.view().reader.section);
}

#[test]
fn a_position_in_a_section_that_no_longer_exists_is_ignored() {
    let mut app = app(120, 40);
    app.restore(&Position {
        section: "gone".into(),
        paragraph: Some(3),
        offset: 9,
    });
    assert_eq!(app.view().reader.top, 0);
}

#[test]
fn an_empty_report_takes_any_key_without_panicking() {
    let mut report = load::embedded().expect("embedded");
    report.sections.clear();
    report.targets.clear();
    report.results.clear();
    let mut app = App::new(report, Rect::default());
    for action in [
        Action::Resize(80, 24),
        Action::NextSection,
        Action::PrevSection,
        Action::Focus(Pane::Outline),
        Action::Move(1),
        Action::Last,
        Action::Activate,
        Action::Toggle,
        Action::OpenTable,
        Action::Move(1),
        Action::Activate,
    ] {
        app.update(action);
    }
    assert!(app.position().is_none());
}

#[test]
fn clicking_a_table_row_selects_that_target() {
    let mut app = app(120, 40);
    app.update(Action::OpenTable);
    // Body row 2 is the second target under the first category heading.
    app.update(Action::Click {
        column: 10,
        row: layout::table(app.area).body.y + 2,
    });
    let Overlay::Table(table) = &app.overlay else {
        panic!("no table")
    };
    assert_eq!(table.selected, 2);
    assert!(table.selected_target().is_some());
}

#[test]
fn clicking_the_table_hint_row_selects_nothing() {
    let mut app = app(120, 40);
    app.update(Action::OpenTable);
    let before = match &app.overlay {
        Overlay::Table(table) => table.selected,
        _ => panic!("no table"),
    };
    let hints = layout::table(app.area).hints.y;
    assert_eq!(hints, 39);
    app.update(Action::Click {
        column: 10,
        row: hints,
    });
    let Overlay::Table(table) = &app.overlay else {
        panic!("no table")
    };
    assert_eq!(
        table.selected, before,
        "a click on the hints selected a row"
    );
}

#[test]
fn the_search_list_scrolls_as_many_rows_as_it_draws() {
    let mut app = app(120, 40);
    app.update(Action::OpenSearch);
    search_for(&mut app, "chanye");
    let shown = layout::search(app.area).hits_shown();
    assert_eq!(shown, 16, "at 120x40 the box shows 16 results");
    let Overlay::Search(search) = &app.overlay else {
        panic!("no search")
    };
    assert!(search.hits.len() > shown + 1, "too few results to scroll");
    for _ in 0..shown {
        app.update(Action::Move(1));
    }
    let Overlay::Search(search) = &app.overlay else {
        panic!("no search")
    };
    assert_eq!(search.selected, shown);
    assert_eq!(
        search.offset, 1,
        "the list scrolls by one once the last shown row is passed"
    );
}

#[test]
fn help_scrolls_on_a_low_screen_and_stops_at_its_last_key() {
    let mut app = app(80, 10);
    app.update(Action::OpenHelp);
    app.update(Action::Last);
    let Overlay::Help { top } = app.overlay else {
        panic!("no help")
    };
    let rows = usize::from(app.help_layout().list.height);
    // Ten rows: the bottom one kept for the hints and messages, two for the box's borders.
    assert_eq!(rows, 7);
    assert_eq!(top + rows, app.keymap.help_lines(app.prefs.lang).len());
    app.update(Action::First);
    assert!(matches!(app.overlay, Overlay::Help { top: 0 }));
}

/// The embedded report and a copy of it under another id and region.
fn two_reports() -> App {
    let report = crate::load::embedded().expect("embedded");
    let mut other = report.clone();
    other.id = "hubei-2024".into();
    other.region = "湖北省".into();
    other.year = 2024;
    App::with_reports(vec![report, other], Rect::new(0, 0, 120, 40))
}

fn hit_reports(app: &App) -> Vec<usize> {
    let Overlay::Search(search) = &app.overlay else {
        panic!("search is not open");
    };
    search
        .hits
        .iter()
        .filter_map(|h| app.index.wait().item(h.item).map(|i| i.report))
        .collect()
}

#[test]
fn search_covers_every_report_and_ctrl_r_narrows_it_to_the_one_shown() {
    let mut app = two_reports();
    app.update(Action::OpenSearch);
    search_for(&mut app, "光伏");
    let all = hit_reports(&app);
    assert!(all.contains(&0) && all.contains(&1), "{all:?}");
    app.update(Action::ToggleSearchScope);
    search_for(&mut app, "");
    let narrowed = hit_reports(&app);
    assert!(
        !narrowed.is_empty() && narrowed.iter().all(|&r| r == 0),
        "{narrowed:?}"
    );
}

#[test]
fn a_hit_in_another_report_opens_that_report_at_the_hit() {
    let mut app = two_reports();
    app.update(Action::OpenSearch);
    search_for(&mut app, "光伏");
    let Overlay::Search(search) = &app.overlay else {
        panic!("search is not open");
    };
    let target = search
        .hits
        .iter()
        .position(|h| app.index.wait().item(h.item).is_some_and(|i| i.report == 1))
        .expect("a hit in the second report");
    app.update(Action::Move(target as isize));
    app.update(Action::Activate);
    assert_eq!(app.current, 1);
    assert!(highlighted(&app).contains("光伏"));
}

#[test]
fn y_in_the_reader_copies_the_paragraph_at_the_top_with_its_source() {
    let mut app = app(120, 40);
    app.update(Action::Copy { whole: false });
    let line = app.take_copy_request().expect("a line to copy");
    assert!(line.starts_with("3月16日,秀洲區人民政府發布"), "{line}");
    assert!(
        line.ends_with(" — 2023年嘉興市秀洲區政府工作報告 › 新聞導語"),
        "{line}"
    );
    assert_eq!(app.take_copy_request(), None, "taken once");
}

#[test]
fn y_in_the_targets_pane_copies_the_figure_and_capital_y_its_quote() {
    let mut app = app(120, 40);
    let expected = section(&app, "tasks-2023-expected");
    app.jump_to_section(expected);
    app.update(Action::Focus(Pane::Targets));
    app.update(Action::Copy { whole: false });
    let figure = app.take_copy_request().expect("figure");
    assert!(
        figure.contains(" — 2023年嘉興市秀洲區政府工作報告 › "),
        "{figure}"
    );
    app.update(Action::Copy { whole: true });
    let quote = app.take_copy_request().expect("quote");
    assert_ne!(figure, quote);
    assert!(quote.ends_with("主要預期目標"), "{quote}");
}

#[test]
fn nothing_to_copy_in_the_help_says_so() {
    let mut app = app(120, 40);
    apply(&mut app, &[Action::OpenHelp, Action::Copy { whole: false }]);
    assert_eq!(app.take_copy_request(), None);
    assert_eq!(app.message.as_deref(), Some("nothing to copy here"));
    app.update(Action::Move(1));
    assert_eq!(app.message, None, "a key clears the message");
}

#[test]
fn back_and_forward_return_to_the_places_jumps_left() {
    let mut app = app(120, 40);
    let start = app.place().expect("a place");
    let target = section(&app, "tasks-2023-2-3");
    app.update(Action::Focus(Pane::Outline));
    app.view_mut().outline.selected = target;
    app.update(Action::Activate);
    assert!(app.take_save_request(), "a jump asks for a save");
    let there = app.place().expect("a place");
    assert_ne!(there, start);
    app.update(Action::Travel { forward: false });
    assert_eq!(app.place(), Some(start));
    app.update(Action::Travel { forward: true });
    assert_eq!(app.place(), Some(there));
    app.update(Action::Travel { forward: true });
    assert_eq!(app.message.as_deref(), Some("nowhere to go forward"));
}

#[test]
fn up_on_the_first_result_recalls_earlier_queries_newest_first() {
    let mut app = app(120, 40);
    app.history.queries = vec!["光伏".into(), "研發".into()];
    app.update(Action::OpenSearch);
    let typed = |app: &App| match &app.overlay {
        Overlay::Search(search) => search.input.text().to_string(),
        _ => panic!("search closed"),
    };
    app.update(Action::Move(-1));
    assert_eq!(typed(&app), "研發");
    app.update(Action::Move(-1));
    assert_eq!(typed(&app), "光伏");
    app.update(Action::Move(-1));
    assert_eq!(typed(&app), "光伏", "the oldest stays");
    assert!(
        app.take_search_request().is_some(),
        "a recalled query is searched"
    );
}

/// `copies` copies of the embedded report, each under its own id, the first shown.
fn library(copies: usize) -> App {
    let report = crate::load::embedded().expect("embedded");
    let reports = (0..copies).map(|n| report.numbered(n)).collect();
    App::with_reports(reports, Rect::new(0, 0, 120, 40))
}

#[test]
fn reports_are_laid_out_when_first_shown_not_when_listed_or_compared() {
    let mut app = library(3);
    let laid_out = |app: &App| app.reports.iter().map(|r| r.laid_out()).collect::<Vec<_>>();
    assert_eq!(laid_out(&app), [true, false, false]);
    app.update(Action::OpenReports);
    app.update(Action::OpenCompare);
    app.update(Action::Close);
    assert_eq!(laid_out(&app), [true, false, false]);
    app.switch_to(2);
    assert_eq!(laid_out(&app), [true, false, true]);
    assert!(
        !app.view().outline.expanded.is_empty(),
        "its outline is made"
    );
    assert!(app.view().wrapped.columns > 0, "and it is wrapped");
}

#[test]
fn switching_the_script_converts_only_the_report_shown_and_keeps_each_place() {
    let mut app = library(3);
    app.switch_to(1);
    app.update(Action::Page(4));
    let place = app.position().expect("a place");
    app.switch_to(0);
    app.update(Action::CycleScript);
    let converted = |app: &App| {
        app.reports
            .iter()
            .map(|r| r.converted())
            .collect::<Vec<_>>()
    };
    assert_eq!(converted(&app), [true, false, false]);
    assert_eq!(app.view().report().script, crate::model::Script::Simplified);
    app.update(Action::OpenReports);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|frame| crate::ui::draw(&app, frame))
        .expect("draw");
    let listed = terminal.backend().to_string();
    assert!(
        listed.contains("嘉兴"),
        "the list shows labels converted: {listed}"
    );
    assert!(!listed.contains("嘉興"), "{listed}");
    app.update(Action::Close);
    assert_eq!(
        converted(&app),
        [true, false, false],
        "listing converts no report"
    );
    app.switch_to(1);
    assert_eq!(converted(&app), [true, true, false]);
    assert_eq!(
        app.position(),
        Some(place),
        "the place is kept across the switch"
    );
    assert!(
        app.view().report().sections[0].title.contains("新闻"),
        "shown converted"
    );
}

#[test]
fn a_search_matching_more_than_it_keeps_ranks_the_first_and_says_there_are_more() {
    let mut app = library(8);
    app.switch_to(7);
    app.update(Action::OpenSearch);
    search_for(&mut app, "g");
    let Overlay::Search(search) = &app.overlay else {
        panic!("search is not open");
    };
    assert!(search.more, "one pinyin letter matches more than it keeps");
    assert_eq!(search.hits.len(), search::SEARCH_MOST);
    assert!(
        hit_reports(&app).contains(&7),
        "the report shown is looked through first, so its hits are kept"
    );
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|frame| crate::ui::draw(&app, frame))
        .expect("draw");
    let title: String = (0..120)
        .map(|x| terminal.backend().buffer()[(x, 1)].symbol().to_string())
        .collect();
    let count = app
        .prefs
        .lang
        .fill(crate::i18n::Msg::HitsAtLeast, &[&search::SEARCH_MOST]);
    assert!(title.contains(&count), "{title:?} lacks {count}");
    app.update(Action::ToggleSearchScope);
    search_for(&mut app, "");
    let narrowed = hit_reports(&app);
    assert!(
        !narrowed.is_empty() && narrowed.iter().all(|&r| r == 7),
        "narrowed to the report shown, the last one, before keeping any: {narrowed:?}"
    );
}

#[test]
fn an_imported_web_page_opens_past_its_page_furniture_at_the_reports_first_words() {
    let page = include_bytes!("../../tests/fixtures/web-page.txt");
    let imported =
        crate::import::import(page, &crate::import::Options::default()).expect("imports");
    let mut app = App::new(imported.report, Rect::default());
    app.update(Action::Resize(120, 40));
    let doc = app.view().doc();
    assert!(
        doc.sections[0].id == "s1",
        "the furniture is the first section"
    );
    assert_eq!(doc.sections[app.view().reader.section].id, "s2");
    assert_eq!(app.view().outline.selected, app.view().reader.section);
    assert!(
        app.view().reader.top > 0,
        "the furniture stays above, a scroll away"
    );
    app.update(Action::First);
    assert_eq!(app.view().reader.top, 0);
}

#[test]
fn a_report_without_page_furniture_opens_at_its_top() {
    let app = app(120, 40);
    assert_eq!((app.view().reader.top, app.view().reader.section), (0, 0));
}
