//! Snapshots of the explorer's main views on the embedded report, at four sizes, and the
//! smallest window that shows panes. Styles are checked in `ui_properties.rs`.

use baogao::action::Action;
use baogao::app::App;
use baogao::load;
use baogao::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 4] = [(160, 48), (100, 30), (80, 24), (60, 20)];

fn app(width: u16, height: u16, actions: &[Action]) -> App {
    let mut app = App::new(load::embedded().expect("embedded report"), Rect::default());
    app.update(Action::Resize(width, height));
    for action in actions {
        app.update(action.clone());
        // Answer searches at once, as the worker does a moment later in the real program.
        while let Some(request) = app.take_search_request() {
            let answer =
                baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
            app.update(answer);
        }
    }
    app
}

fn render(app: &App) -> String {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("terminal");
    terminal.draw(|frame| ui::draw(app, frame)).expect("draw");
    terminal.backend().to_string()
}

fn snapshot(name: &str, actions: &[Action]) {
    for (w, h) in SIZES {
        let screen = render(&app(w, h, actions));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

#[test]
fn opening_view() {
    snapshot("opening", &[]);
}

#[test]
fn reading_the_expected_targets() {
    // The outline's sixth section (0-based 5 rows down from 2022年工作回顧) is not what we want;
    // jump by section keys instead, as a reader would.
    let mut actions = vec![Action::NextSection; 16];
    actions.push(Action::FocusNext);
    snapshot("expected_targets", &actions);
}

#[test]
fn targets_table() {
    snapshot("targets_table", &[Action::OpenTable]);
}

#[test]
fn targets_table_filtered_by_category() {
    snapshot(
        "targets_table_environment",
        &[Action::OpenTable, Action::CycleCategory(-2)],
    );
}

#[test]
fn jumped_to_a_target() {
    let mut actions = vec![Action::OpenTable, Action::StartFilter];
    actions.extend("分布式".chars().map(Action::Input));
    actions.push(Action::Activate);
    snapshot("jumped_to_target", &actions);
}

#[test]
fn help_overlay() {
    snapshot("help", &[Action::OpenHelp]);
}

#[test]
fn below_20x6_only_the_too_small_notice_is_shown() {
    for (w, h) in [(19, 6), (20, 5), (19, 5), (19, 100), (300, 5)] {
        let screen = render(&app(w, h, &[]));
        assert!(screen.contains("window too"), "{w}x{h}:\n{screen}");
        assert!(!screen.contains('┌'), "{w}x{h} draws a pane:\n{screen}");
    }
}

#[test]
fn at_20x6_the_panes_are_shown() {
    let screen = render(&app(20, 6, &[]));
    assert!(!screen.contains("window too"), "{screen}");
    assert!(screen.contains("┌") && screen.contains("┘"), "{screen}");
    insta::assert_snapshot!("opening_20x6", screen);
}

#[test]
fn search_overlay_at_two_sizes() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend("光伏产业".chars().map(Action::Input));
    actions.push(Action::Move(1));
    for (w, h) in [(120, 40), (60, 20)] {
        let screen = render(&app(w, h, &actions));
        insta::assert_snapshot!(format!("search_{w}x{h}"), screen);
    }
}

#[test]
fn search_by_pinyin_initials_without_a_chinese_input_method() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend("dqsczz".chars().map(Action::Input));
    let screen = render(&app(100, 30, &actions));
    insta::assert_snapshot!("search_pinyin_100x30", screen);
}

/// The explorer on the fixture library (three regions, one of them over three years) after
/// `actions`, at 120x40, 80x24 and 60x20.
fn library_snapshot(name: &str, actions: &[Action]) {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let files = baogao::library::dataset_files(&folder).expect("fixture library");
    let reports: Vec<_> = files
        .iter()
        .map(|f| load::load_file(f).expect("fixture report"))
        .collect();
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let mut app = App::with_reports(reports.clone(), Rect::default());
        app.update(Action::Resize(w, h));
        for action in actions {
            app.update(action.clone());
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app));
    }
}

#[test]
fn comparison_of_the_library() {
    library_snapshot("compare", &[Action::OpenCompare]);
}

#[test]
fn chart_of_the_growth_target() {
    library_snapshot("compare_chart", &[Action::OpenCompare, Action::ToggleChart]);
}

#[test]
fn bookmark_list_and_marks() {
    // A section from the outline, a figure from the targets pane, and a reader line; then
    // the list, as a user would open it after reading on.
    let mut actions = vec![Action::Focus(baogao::action::Pane::Outline)];
    actions.extend(vec![Action::NextSection; 16]);
    actions.extend([
        Action::ToggleBookmark,
        Action::Focus(baogao::action::Pane::Targets),
        Action::Move(1),
        Action::ToggleBookmark,
        Action::Focus(baogao::action::Pane::Reader),
        Action::Move(5),
        Action::ToggleBookmark,
        Action::Move(-5),
    ]);
    let mut listed = actions.clone();
    listed.extend([Action::OpenBookmarks, Action::Move(1)]);
    for (w, h) in [(120, 40), (60, 20)] {
        for (name, steps) in [("bookmark_marks", &actions), ("bookmark_list", &listed)] {
            let mut shown = app(w, h, steps);
            // Fixed dates, so that the snapshot does not follow the clock.
            for bookmark in &mut shown.history.bookmarks {
                bookmark.created = 1_795_999_999;
            }
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&shown));
        }
    }
}

#[test]
fn a_search_typed_before_the_index_is_ready_says_so_and_keeps_every_key() {
    use std::sync::Arc;

    use baogao::app::Overlay;
    use baogao::i18n::{Lang, Msg};
    use baogao::search::{Index, PendingIndex};

    let report = load::embedded().expect("embedded report");
    let index = PendingIndex::to_come();
    let area = Rect::new(0, 0, 100, 30);
    let mut app = App::with_reports_indexed(vec![report.clone()], Arc::clone(&index), area);
    app.prefs.lang = Lang::En;
    assert!(!render(&app).contains(Lang::En.text(Msg::Indexing)));
    app.update(Action::OpenSearch);
    let mut requests = Vec::new();
    for c in "gfcy".chars() {
        app.update(Action::Input(c));
        requests.extend(app.take_search_request());
    }
    assert_eq!(requests.len(), 4);
    assert!(render(&app).contains(Lang::En.text(Msg::Indexing)));
    // The worker, its index made, answers the newest query.
    index.set(Index::build(&report));
    let newest = requests.pop().expect("a request");
    let answer = baogao::tui::answer(&index.wait(), &newest, &|| false).expect("answer");
    app.update(answer);
    let Overlay::Search(search) = &app.overlay else {
        panic!("the search closed");
    };
    assert_eq!(
        (search.input.text(), search.answered.as_str()),
        ("gfcy", "gfcy")
    );
    assert!(!search.pending() && !search.hits.is_empty());
    let screen = render(&app);
    assert!(!screen.contains(Lang::En.text(Msg::Indexing)), "{screen}");
    assert!(screen.contains("光伏"), "{screen}");
}

#[test]
fn a_library_still_loading_is_counted_on_the_status_line() {
    for (w, h) in [(120, 40), (60, 20)] {
        let mut app = app(w, h, &[]);
        app.loading = Some((113, 1000));
        let screen = render(&app);
        insta::assert_snapshot!(format!("library_loading_{w}x{h}"), screen);
    }
}
