//! The interface in each language and script, read off the drawn screen at 120x40: labels in
//! one language at a time, reports shown in the script asked for, search highlights on the
//! converted characters.

use baogao::action::Action;
use baogao::app::App;
use baogao::convert::ScriptChoice;
use baogao::i18n::Lang;
use baogao::keymap::hints;
use baogao::load;
use baogao::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

fn app(lang: Lang, script: ScriptChoice, actions: &[Action]) -> App {
    let mut app = App::new(load::embedded().expect("embedded report"), Rect::default());
    app.prefs.lang = lang;
    app.show_in(script);
    app.update(Action::Resize(120, 40));
    for action in actions {
        app.update(action.clone());
        while let Some(request) = app.take_search_request() {
            let answer =
                baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
            app.update(answer);
        }
    }
    app
}

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal.draw(|frame| ui::draw(app, frame)).expect("draw");
    terminal.backend().buffer().clone()
}

/// A row as the terminal shows it: a wide character's second cell adds nothing.
fn row(buf: &Buffer, y: u16) -> String {
    let mut out = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += u16::try_from(baogao::text::width(symbol).max(1)).unwrap_or(1);
    }
    out
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
}

fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn each_language_at_120x40() {
    for lang in Lang::ALL {
        let opening = draw(&app(lang, ScriptChoice::Original, &[]));
        insta::assert_snapshot!(format!("opening_{lang}"), screen(&opening));
        let help = draw(&app(lang, ScriptChoice::Original, &[Action::OpenHelp]));
        insta::assert_snapshot!(format!("help_{lang}"), screen(&help));
    }
}

#[test]
fn english_shows_no_chinese_in_titles_status_labels_or_hints() {
    let buf = draw(&app(Lang::En, ScriptChoice::Original, &[]));
    let titles = row(&buf, 0);
    assert!(
        titles.contains("Outline") && titles.contains("Reader"),
        "{titles}"
    );
    assert!(!has_han(&titles), "{titles}");
    let hints = row(&buf, 39);
    assert!(hints.contains("search") && !has_han(&hints), "{hints}");
    let keymap = baogao::keymap::Keymap::default();
    for (_, label) in keymap.help_lines(Lang::En) {
        assert!(!has_han(label), "{label}");
    }
}

#[test]
fn simplified_labels_are_simplified() {
    let buf = draw(&app(Lang::Hans, ScriptChoice::Original, &[]));
    assert!(row(&buf, 0).contains("目录"), "{}", row(&buf, 0));
    let hints = row(&buf, 39);
    assert!(hints.contains("搜索") && hints.contains("目标"), "{hints}");
    let search = draw(&app(
        Lang::Hans,
        ScriptChoice::Original,
        &[Action::OpenSearch],
    ));
    assert!(screen(&search).contains("搜索 · "), "{}", screen(&search));
}

#[test]
fn a_taiwan_locale_gets_traditional_labels_and_no_english_ones() {
    let lang = Lang::from_locale("zh_TW.UTF-8");
    assert_eq!(lang, Lang::Hant);
    let buf = draw(&app(lang, ScriptChoice::Original, &[]));
    assert!(row(&buf, 0).contains("目錄"), "{}", row(&buf, 0));
    let keymap = baogao::keymap::Keymap::default();
    for (_, label) in keymap.hint_line(hints::BROWSE, lang) {
        assert!(!label.chars().any(|c| c.is_ascii_alphabetic()), "{label}");
        assert!(row(&buf, 39).contains(label), "{label}");
    }
}

#[test]
fn the_simplified_script_shows_the_report_in_simplified_characters() {
    let app = app(Lang::En, ScriptChoice::Simplified, &[]);
    let lines = app.view().report().text_lines().join("\n");
    assert!(lines.contains("地区生产总值") && !lines.contains("地區生產總值"));
    let shown = screen(&draw(&app));
    assert!(shown.contains("秀洲区人民政府发布"), "{shown}");
    assert!(!shown.contains("秀洲區人民政府發布"), "{shown}");
}

#[test]
fn the_s_key_cycles_the_script_and_keeps_the_place() {
    let mut app = app(Lang::Hant, ScriptChoice::Original, &[Action::Page(3)]);
    let top = app.view().reader.top;
    app.update(Action::CycleScript);
    assert_eq!(app.prefs.script, ScriptChoice::Simplified);
    assert_eq!(app.view().reader.top, top);
    assert!(screen(&draw(&app)).contains("簡體"));
    app.update(Action::CycleScript);
    app.update(Action::CycleScript);
    assert_eq!(app.prefs.script, ScriptChoice::Original);
    assert_eq!(app.view().report(), app.view().original());
}

#[test]
fn search_highlights_land_on_the_converted_characters() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend("地區生產總值".chars().map(Action::Input));
    let buf = draw(&app(Lang::En, ScriptChoice::Simplified, &actions));
    let highlighted: String = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .filter(|&pos| buf[pos].fg == Color::Yellow && has_han(buf[pos].symbol()))
        .map(|pos| buf[pos].symbol().to_string())
        .collect();
    assert!(highlighted.contains("地区生产总值"), "{highlighted}");
    assert!(!has_han(
        &highlighted.replace(|c: char| "地区生产总值".contains(c), "")
    ));
}

/// The two ASCII-only reports of tests/fixtures/ascii: every character of another script on
/// the screen is the interface's own (or a standard indicator's name, which is data).
fn ascii_reports() -> Vec<baogao::model::Report> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ascii");
    let files = baogao::library::dataset_files(&folder).expect("ascii fixtures");
    files
        .iter()
        .map(|f| load::load_file(f).expect("ascii report"))
        .collect()
}

/// Every screen and overlay of the explorer: a name, what it shows in English, and the actions
/// that open it.
fn every_screen() -> Vec<(&'static str, &'static str, Vec<Action>)> {
    use baogao::action::Pane;
    let typed = |first: Action, text: &str| {
        let mut actions = vec![first];
        actions.extend(text.chars().map(Action::Input));
        actions
    };
    let mut table_filter = vec![Action::OpenTable, Action::StartFilter];
    table_filter.extend("zzz".chars().map(Action::Input));
    let mut compare_filter = vec![Action::OpenCompare, Action::StartFilter];
    compare_filter.extend("zzz".chars().map(Action::Input));
    let mut empty_chart = compare_filter.clone();
    empty_chart.extend([Action::Close, Action::ToggleChart]);
    let mut this_report = typed(Action::OpenSearch, "gdp");
    this_report.push(Action::ToggleSearchScope);
    vec![
        ("opening", "Outline", vec![]),
        (
            "targets pane",
            "Results (1)",
            vec![Action::Focus(Pane::Targets)],
        ),
        (
            "reader",
            "Reader",
            vec![Action::Focus(Pane::Reader), Action::Last],
        ),
        (
            "outline",
            "Outline",
            vec![Action::Focus(Pane::Outline), Action::Last],
        ),
        ("table", "All targets", vec![Action::OpenTable]),
        (
            "table by category",
            "economy",
            vec![Action::OpenTable, Action::CycleCategory(1)],
        ),
        ("table matching nothing", "no targets match", table_filter),
        ("search", "Search · ", typed(Action::OpenSearch, "gdp")),
        ("search this report", "Sample County 2024", this_report),
        (
            "search matching nothing",
            "no matches",
            typed(Action::OpenSearch, "zzzq"),
        ),
        ("help", "Keys (Esc closes)", vec![Action::OpenHelp]),
        ("reports", "Reports", vec![Action::OpenReports]),
        ("compare", "last year", vec![Action::OpenCompare]),
        (
            "compare matching nothing",
            "no indicator matches",
            compare_filter,
        ),
        (
            "chart",
            "prior-year result",
            vec![Action::OpenCompare, Action::ToggleChart],
        ),
        ("chart of nothing", "no indicator matches", empty_chart),
        ("script", "Simplified", vec![Action::CycleScript]),
        (
            "nowhere back",
            "nowhere to go back",
            vec![Action::Travel { forward: false }],
        ),
        (
            "nowhere forward",
            "nowhere to go forward",
            vec![Action::Travel { forward: true }],
        ),
        (
            "nothing to copy",
            "nothing to copy here",
            vec![Action::OpenHelp, Action::Copy { whole: false }],
        ),
    ]
}

/// The screen after `actions` on the ASCII reports in `lang`, at 120x40, without the names of
/// standard indicators (data from the vocabulary, in the reports' script).
fn chrome(lang: Lang, actions: &[Action]) -> String {
    let mut app = App::with_reports(ascii_reports(), Rect::default());
    app.prefs.lang = lang;
    app.update(Action::Resize(120, 40));
    for action in actions {
        app.update(action.clone());
        while let Some(request) = app.take_search_request() {
            let answer =
                baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
            app.update(answer);
        }
    }
    let mut shown = screen(&draw(&app));
    let mut names: Vec<&str> = baogao::indicators::Vocabulary::embedded()
        .indicators()
        .iter()
        .flat_map(|i| [i.name_hans.as_str(), i.name_hant.as_str()])
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in names {
        shown = shown.replace(name, "");
    }
    shown
}

/// A Chinese character or punctuation mark (the ideographic space that indents paragraphs is
/// layout, not a word).
fn is_cjk(c: char) -> bool {
    c != '\u{3000}'
        && (('\u{3400}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c))
}

#[test]
fn every_screen_in_english_shows_no_chinese() {
    for (name, marker, actions) in every_screen() {
        let shown = chrome(Lang::En, &actions);
        assert!(
            shown.contains(marker),
            "{name} shows no {marker:?}:\n{shown}"
        );
        let chinese: String = shown.chars().filter(|&c| is_cjk(c)).collect();
        assert!(chinese.is_empty(), "{name}: {chinese}\n{shown}");
    }
}

#[test]
fn every_screen_in_simplified_shows_no_traditional_only_characters() {
    for (name, _, actions) in every_screen() {
        let shown = chrome(Lang::Hans, &actions);
        let simplified = baogao::convert::convert(&shown, baogao::model::Script::Simplified);
        let traditional: String = shown
            .chars()
            .zip(simplified.chars())
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a)
            .collect();
        assert!(traditional.is_empty(), "{name}: {traditional}\n{shown}");
        assert!(shown.chars().any(is_cjk), "{name} has no Chinese:\n{shown}");
    }
}

#[test]
fn every_screen_in_traditional_shows_no_english_words_but_data_and_key_names() {
    let mut allowed: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut allow = |text: &str| {
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            allowed.insert(word.to_ascii_lowercase());
        }
    };
    for report in ascii_reports() {
        allow(&report.title);
        allow(&report.region);
        allow(&report.text_lines().join(" "));
        for figure in report.targets.iter().chain(&report.results) {
            allow(&figure.subject);
        }
    }
    for (keys, _) in baogao::keymap::Keymap::default().help_lines(Lang::Hant) {
        allow(&keys);
    }
    // What the screens' actions type.
    allow("gdp zzz zzzq");
    for (name, _, actions) in every_screen() {
        let shown = chrome(Lang::Hant, &actions);
        let english: Vec<&str> = shown
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 1 && !allowed.contains(&w.to_ascii_lowercase()))
            .collect();
        assert!(english.is_empty(), "{name}: {english:?}\n{shown}");
    }
}
