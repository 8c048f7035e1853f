//! Bookmarks as a user makes and uses them: `m` on each pane, `'` to list, filter, jump and
//! delete, across widths and scripts.

use ratatui::layout::Rect;

use super::*;
use crate::convert::ScriptChoice;
use crate::load;

fn app(width: u16, height: u16) -> App {
    let mut app = App::new(load::embedded().expect("embedded"), Rect::default());
    app.update(Action::Resize(width, height));
    app
}

fn section(app: &App, id: &str) -> usize {
    app.view().doc().section_index(id).expect(id)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

/// The labels of the list's rows, in order.
fn listed(app: &App) -> Vec<String> {
    let Overlay::Bookmarks(list) = &app.overlay else {
        panic!("the bookmark list is not open");
    };
    let entries = app.bookmark_entries();
    list.rows
        .iter()
        .map(|&r| entries[r].label.clone())
        .collect()
}

/// Bookmarks the heading of section `id` from the outline.
fn bookmark_section(app: &mut App, id: &str) {
    app.jump_to_section(section(app, id));
    app.update(Action::Focus(Pane::Outline));
    app.update(Action::ToggleBookmark);
}

/// The text of the reader's top line.
fn top_line(app: &App) -> String {
    let view = app.view();
    match view.wrapped.lines.get(view.reader.top) {
        Some(crate::app::document::Line::Text { block, range, .. }) => {
            view.doc().blocks[*block].text[range.clone()].to_string()
        }
        _ => String::new(),
    }
}

/// The reader's top line as (block, byte range).
fn top_range(app: &App) -> (usize, std::ops::Range<usize>) {
    let view = app.view();
    match view.wrapped.lines.get(view.reader.top) {
        Some(crate::app::document::Line::Text { block, range, .. }) => (*block, range.clone()),
        other => panic!("no text at the top: {other:?}"),
    }
}

#[test]
fn m_in_the_outline_bookmarks_the_section_and_pressed_again_removes_it() {
    let mut app = app(120, 40);
    bookmark_section(&mut app, "review-2022-investment");
    assert_eq!(app.history.bookmarks.len(), 1);
    let bookmark = &app.history.bookmarks[0];
    assert_eq!(bookmark.place.report, "xiuzhou-2023");
    assert_eq!(bookmark.place.position.section, "review-2022-investment");
    assert_eq!(bookmark.label, "全力擴大有效投資");
    assert_eq!(app.message.as_deref(), Some("bookmarked: 全力擴大有效投資"));
    assert!(app.take_save_request(), "a new bookmark is saved at once");
    app.update(Action::ToggleBookmark);
    assert!(app.history.bookmarks.is_empty());
    assert_eq!(
        app.message.as_deref(),
        Some("bookmark removed: 全力擴大有效投資")
    );
    assert!(app.take_save_request());
}

#[test]
fn m_in_the_reader_marks_the_top_line_and_holds_across_a_resize() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "review-2022-investment"));
    // Heading, blank line, then the paragraph: its second line, a place inside it.
    app.update(Action::Move(3));
    let (block, range) = top_range(&app);
    assert!(
        range.start > 0,
        "the top line should be inside the paragraph"
    );
    let words = top_line(&app);
    app.update(Action::ToggleBookmark);
    let position = app.history.bookmarks[0].place.position.clone();
    assert_eq!(position.paragraph, Some(0));
    assert_eq!(position.offset, range.start);
    assert!(
        words.starts_with(app.history.bookmarks[0].label.trim_end_matches('…')),
        "label {:?} is not the start of {words:?}",
        app.history.bookmarks[0].label
    );
    assert_eq!(app.bookmarks_shown(), [(block, range.start)]);

    // Narrower: the marked place is now inside a line that starts earlier.
    app.update(Action::Resize(60, 20));
    let (_, narrow) = top_range(&app);
    assert!(narrow.contains(&range.start), "{narrow:?} lost {range:?}");
    // m on that line finds the bookmark there rather than adding a second one.
    app.update(Action::ToggleBookmark);
    assert!(
        app.history.bookmarks.is_empty(),
        "{:?}",
        app.history.bookmarks
    );
}

#[test]
fn m_in_the_targets_pane_and_the_table_bookmarks_the_figure_at_its_quote() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-2-3"));
    app.update(Action::Focus(Pane::Targets));
    let row = app
        .pane_entries()
        .iter()
        .position(|e| e.subject == "光伏新能源產業產值")
        .expect("the PV target in the pane");
    app.update(Action::Move(row as isize));
    app.update(Action::ToggleBookmark);
    let bookmark = app.history.bookmarks[0].clone();
    assert_eq!(bookmark.label, "光伏新能源產業產值 strive ≥ 600 億元");
    let (_, block, offset) = app
        .view()
        .place_of(&bookmark.place.position)
        .expect("the place is in the report");
    assert!(
        app.view().doc().blocks[block].text[offset..].starts_with("力爭全年光伏新能源產業產值"),
        "the bookmark is not at the quote"
    );
    // The same figure from the targets table is the same bookmark.
    app.open_table("光伏新能源產業產值");
    app.update(Action::ToggleBookmark);
    assert!(app.history.bookmarks.is_empty());
    assert_eq!(
        app.message.as_deref(),
        Some("bookmark removed: 光伏新能源產業產值 strive ≥ 600 億元")
    );
}

#[test]
fn m_where_nothing_can_be_bookmarked_says_so() {
    let mut app = app(120, 40);
    app.update(Action::OpenHelp);
    app.update(Action::ToggleBookmark);
    assert!(app.history.bookmarks.is_empty());
    assert_eq!(app.message.as_deref(), Some("nothing to bookmark here"));
}

#[test]
fn the_list_is_in_reading_order_and_filters_in_either_script_and_in_pinyin() {
    let mut app = app(120, 40);
    for id in ["tasks-2023-2-3", "review-2022-investment", "closing"] {
        bookmark_section(&mut app, id);
    }
    app.update(Action::OpenBookmarks);
    assert_eq!(
        listed(&app),
        [
            "全力擴大有效投資",
            "(三)高能級打造全球先進制造業基地",
            "結束語"
        ]
    );
    typed(&mut app, "先进制造");
    assert_eq!(listed(&app), ["(三)高能級打造全球先進制造業基地"]);
    app.update(Action::ClearInput);
    typed(&mut app, "touzi");
    assert_eq!(listed(&app), ["全力擴大有效投資"]);
    app.update(Action::ClearInput);
    // The report's region and the section path are searched too.
    typed(&mut app, "2023年工作任务");
    assert_eq!(listed(&app), ["(三)高能級打造全球先進制造業基地"]);
}

#[test]
fn enter_jumps_to_the_bookmark_and_ctrl_o_comes_back() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "tasks-2023-2-3"));
    app.update(Action::Move(3));
    app.update(Action::Focus(Pane::Reader));
    app.update(Action::ToggleBookmark);
    let marked = (app.view().reader.top, top_line(&app));
    app.update(Action::First);
    app.update(Action::OpenBookmarks);
    app.update(Action::Activate);
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!((app.view().reader.top, top_line(&app)), marked);
    app.update(Action::Travel { forward: false });
    assert_eq!(
        app.view().reader.top,
        0,
        "Ctrl-o returns to where the jump began"
    );
    assert!(app.take_save_request(), "the jump was recorded");
}

#[test]
fn d_deletes_only_while_the_filter_is_empty_and_delete_always_does() {
    let mut app = app(120, 40);
    for id in ["review-2022-investment", "review-2022-economy", "closing"] {
        bookmark_section(&mut app, id);
    }
    app.take_save_request();
    app.update(Action::OpenBookmarks);
    // The first row: 全力穩住經濟大盤.
    app.update(Action::Input('d'));
    assert_eq!(listed(&app), ["全力擴大有效投資", "結束語"]);
    assert_eq!(
        app.message.as_deref(),
        Some("bookmark removed: 全力穩住經濟大盤")
    );
    assert!(app.take_save_request(), "a deletion is saved at once");
    typed(&mut app, "jie");
    assert_eq!(listed(&app), ["結束語"]);
    app.update(Action::Input('d'));
    let Overlay::Bookmarks(list) = &app.overlay else {
        panic!("the list closed");
    };
    assert_eq!(list.filter.text(), "jied", "with a filter, d is typed");
    assert_eq!(app.history.bookmarks.len(), 2);
    app.update(Action::Backspace);
    app.update(Action::DeleteBookmark);
    assert!(listed(&app).is_empty());
    assert_eq!(app.history.bookmarks.len(), 1);
    app.update(Action::ClearInput);
    assert_eq!(listed(&app), ["全力擴大有效投資"]);
}

#[test]
fn bookmarks_of_reports_not_open_are_listed_and_can_be_deleted() {
    let mut app = app(120, 40);
    bookmark_section(&mut app, "closing");
    let elsewhere = Place {
        report: "hubei-2026".into(),
        position: Position {
            section: "tasks".into(),
            paragraph: Some(2),
            offset: 30,
        },
    };
    app.history
        .bookmarks
        .insert(0, Bookmark::new(elsewhere, "湖北省 GDP", 100));
    app.update(Action::OpenBookmarks);
    let entries = app.bookmark_entries();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].report, None, "the report not open comes last");
    assert_eq!(entries[1].report_label, "hubei-2026");
    assert_eq!(entries[1].path, ["tasks"]);
    app.update(Action::Move(1));
    app.update(Action::Activate);
    assert!(matches!(app.overlay, Overlay::Bookmarks(_)), "no jump");
    assert_eq!(
        app.message.as_deref(),
        Some("the report is not open: hubei-2026")
    );
    app.update(Action::DeleteBookmark);
    assert_eq!(app.history.bookmarks.len(), 1);
    assert_eq!(app.history.bookmarks[0].place.report, "xiuzhou-2023");
}

#[test]
fn a_bookmark_stays_on_its_words_in_the_other_script() {
    let mut app = app(100, 30);
    app.jump_to_section(section(&app, "review-2022-investment"));
    app.update(Action::Move(4));
    app.update(Action::Focus(Pane::Reader));
    app.update(Action::ToggleBookmark);
    let (_, range) = top_range(&app);
    assert!(range.start > 0);
    app.update(Action::CycleScript);
    assert_eq!(app.view().report().script, crate::model::Script::Simplified);
    let (block, offset) = app.bookmarks_shown()[0];
    assert_eq!(
        app.view().wrapped.line_of(block, offset),
        app.view().reader.top
    );
    assert_eq!(offset, range.start);
    app.show_in(ScriptChoice::Original);
    app.update(Action::First);
    app.update(Action::OpenBookmarks);
    app.update(Action::Activate);
    assert_eq!(top_range(&app).1, range);
}

#[test]
fn a_blank_line_at_the_top_bookmarks_the_paragraph_after_it() {
    let mut app = app(120, 40);
    app.jump_to_section(section(&app, "review-2022-investment"));
    app.update(Action::Move(1));
    assert!(
        top_line(&app).is_empty(),
        "the line under the heading is blank"
    );
    app.update(Action::ToggleBookmark);
    let bookmark = &app.history.bookmarks[0];
    assert_eq!(bookmark.place.position.paragraph, Some(0));
    assert_eq!(bookmark.place.position.offset, 0);
    assert!(bookmark.label.starts_with("這一年"), "{}", bookmark.label);
}
