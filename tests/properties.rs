//! Property: any key sequence at any terminal size, drawn after every key, never panics, and
//! the state stays consistent.

use baogao::action::Action;
use baogao::app::App;
use baogao::load;
use baogao::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn key_strategy() -> impl Strategy<Value = KeyEvent> {
    let codes = prop_oneof![
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Backspace),
        prop::sample::select(
            " jkhlgGtq?/[]nNcCrsmo'光伏產业x1"
                .chars()
                .collect::<Vec<_>>()
        )
        .prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![4 => Just(KeyModifiers::NONE), 1 => Just(KeyModifiers::CONTROL)];
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
        8 => key_strategy().prop_map(Input::Key),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => (0u16..300, 0u16..100).prop_map(|(c, r)| Input::Click(c, r)),
        1 => (0u16..300, 0u16..100, -6isize..=6).prop_map(|(c, r, l)| Input::Wheel(c, r, l)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_at_random_sizes_never_panic(
        size in (1u16..=300, 1u16..=100),
        inputs in prop::collection::vec(input_strategy(), 1..60),
    ) {
        let report = load::embedded().expect("embedded report");
        let mut app = App::new(report, Rect::default());
        app.update(Action::Resize(size.0, size.1));
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
        for input in inputs {
            let action = match input {
                Input::Key(key) => app.keymap.action_for(app.mode(), key),
                Input::Resize(w, h) => {
                    terminal.backend_mut().resize(w, h);
                    terminal.resize(Rect::new(0, 0, w, h)).expect("resize");
                    Some(Action::Resize(w, h))
                }
                Input::Click(column, row) => Some(Action::Click { column, row }),
                Input::Wheel(column, row, lines) => Some(Action::Scroll { column, row, lines }),
            };
            if let Some(action) = action {
                if action == Action::Quit {
                    continue;
                }
                app.update(action);
            }
            terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
            prop_assert!(app.view().reader.top < app.view().wrapped.lines.len().max(1));
            prop_assert!(app.view().reader.section < app.view().doc().sections.len());
            prop_assert!(app.view().outline.selected < app.view().doc().sections.len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The rest of a library arrives while the explorer is used (a list, the comparison, a
    /// search or the script switched at that moment): nothing panics, the explorer then holds
    /// the whole library, and the report being read is still shown unless a key switched it.
    #[test]
    fn the_library_arriving_at_any_moment_of_any_key_sequence_never_panics(
        size in (1u16..=200, 1u16..=60),
        inputs in prop::collection::vec(key_strategy(), 1..40),
        arrives_at in 0usize..40,
    ) {
        use std::sync::Arc;
        use baogao::app::arrival::{Arrival, Arriving};
        use baogao::search::{Index, PendingIndex};
        use baogao::stored::StoredReport;

        let report = load::embedded().expect("embedded report");
        let copies: Vec<_> = (0..3).map(|n| report.numbered(n)).collect();
        let arriving = Arriving::to_come();
        let index = PendingIndex::to_come();
        let mut app = App::with_reports_indexed(
            vec![copies[1].clone()],
            Arc::clone(&index),
            Rect::default(),
        );
        app.arriving = Some(Arc::clone(&arriving));
        app.update(Action::Resize(size.0, size.1));
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
        let mut switched = false;
        for (step, key) in inputs.iter().enumerate() {
            if step == arrives_at {
                index.set(Index::build_all(&copies));
                arriving.set(Ok(Arrival {
                    reports: copies
                        .iter()
                        .map(|r| Arc::new(StoredReport::decoded(r.clone(), None)))
                        .collect(),
                    skipped: Vec::new(),
                }));
                app.take_library_if_arrived();
            }
            let Some(action) = app.keymap.action_for(app.mode(), *key) else {
                continue;
            };
            // Before the library has arrived, the table (which needs the index) would wait for
            // it: the real loop never waits long, a single-threaded test would wait forever.
            let waits = matches!(action, Action::OpenTable) && app.arriving.is_some();
            if action == Action::Quit || waits {
                continue;
            }
            let before = app.view().original().id.clone();
            app.update(action);
            switched |= app.view().original().id != before;
            while let Some(request) = app.take_search_request() {
                if let Some(index) = index.get() {
                    let answer = baogao::tui::answer(&index, &request, &|| false).expect("answer");
                    app.update(answer);
                }
            }
            terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
            prop_assert!(app.view().reader.top < app.view().wrapped.lines.len().max(1));
            prop_assert!(app.view().outline.selected < app.view().doc().sections.len());
        }
        if arrives_at < inputs.len() {
            prop_assert!(app.arriving.is_none());
            prop_assert_eq!(app.reports.len(), 3);
            if !switched {
                prop_assert_eq!(&app.view().original().id, &copies[1].id);
            }
        }
    }
}

/// The embedded dataset's text, for mutation.
const DATASET: &str = include_str!("../assets/xiuzhou-2023.ron");

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn loading_any_bytes_gives_a_result_and_clean_messages(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(error) = load::parse_bytes(&bytes, "any.ron") {
            let shown = error.to_string();
            prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
        }
    }

    #[test]
    fn a_damaged_dataset_gives_an_error_pointing_inside_the_file(at in 0usize..DATASET.len(), cut in 1usize..40) {
        let mut start = at;
        while !DATASET.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + cut).min(DATASET.len());
        while !DATASET.is_char_boundary(end) {
            end += 1;
        }
        let damaged = format!("{}{}", &DATASET[..start], &DATASET[end..]);
        let Err(error) = load::parse(&damaged, "damaged.ron") else {
            return Ok(());
        };
        prop_assert!(!matches!(error, load::LoadError::Unreadable { .. }), "{}", error);
        // Read the printed error as a person would: blocks of `path:line:column: message`, the
        // quoted line, a caret line, then an optional hint.
        let input: Vec<&str> = damaged.split('\n').collect();
        let printed = error.to_string();
        let mut lines = printed.lines().peekable();
        let mut blocks = 0;
        while let Some(header) = lines.next() {
            let mut fields = header.splitn(4, ':');
            prop_assert_eq!(fields.next(), Some("damaged.ron"), "{}", printed);
            let line: usize = fields.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let column: usize = fields.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            prop_assert!((1..=input.len()).contains(&line), "line {} outside the file:\n{}", line, printed);
            let expected = input[line - 1].trim_end_matches('\r');
            prop_assert!((1..=expected.chars().count() + 1).contains(&column), "column {} outside line {}:\n{}", column, line, printed);
            let quoted = lines.next().unwrap_or_default();
            let caret_line = lines.next().unwrap_or_default();
            let caret = caret_line.len().saturating_sub(1);
            prop_assert_eq!(caret_line, format!("{}^", " ".repeat(caret)), "{}", printed);
            let width = baogao::text::width;
            if width(expected) <= load::QUOTE_WIDTH {
                prop_assert_eq!(quoted, expected, "not line {} of the input:\n{}", line, printed);
                let before: String = expected.chars().take(column - 1).collect();
                prop_assert_eq!(caret, width(&before), "caret not under column {}:\n{}", column, printed);
            } else {
                // A long line is quoted around the column, cut ends marked with `…`.
                prop_assert!(width(quoted) <= load::QUOTE_WIDTH, "{}", printed);
                prop_assert!(expected.contains(quoted.trim_matches('…')), "not from line {}:\n{}", line, printed);
                let mut at = 0;
                let under = quoted.chars().find(|&c| {
                    at += baogao::text::char_width(c);
                    at > caret
                });
                prop_assert_eq!(under, expected.chars().nth(column - 1), "caret not under column {}:\n{}", column, printed);
            }
            lines.next_if(|l| l.starts_with("hint: "));
            blocks += 1;
        }
        prop_assert!(blocks > 0);
    }

    #[test]
    fn wrapping_any_text_keeps_every_character_within_the_width(raw in "\\PC{0,300}", columns in 0usize..120) {
        let paragraph = baogao::text::sanitize(&raw).replace(['\u{2028}', '\u{2029}', '\u{85}'], " ");
        let lines = baogao::text::wrap(&paragraph, columns, true);
        let joined: String = lines.iter().map(|l| &paragraph[l.range.clone()]).collect();
        prop_assert_eq!(&joined, &paragraph);
        for line in &lines {
            let indent = if line.indented { 4 } else { 0 };
            prop_assert!(indent + baogao::text::width(line.visible(&paragraph)) <= columns.max(2));
        }
    }

    #[test]
    fn any_query_gives_positions_inside_the_matched_text(
        item in 0usize..10_000,
        start in 0usize..400,
        length in 1usize..8,
        typo in prop::option::of(prop::sample::select(vec!['的', 'x', ' ', '1'])),
    ) {
        // Queries cut from the report's own texts (so that they match), sometimes with a
        // character that is not there (so that fuzzy matching has to skip).
        let index = search_index();
        let text = &index.item(item % index.len()).expect("item").text;
        let chars: Vec<char> = text.chars().collect();
        let start = start % chars.len().max(1);
        let mut query: String = chars.iter().skip(start).take(length).collect();
        prop_assume!(query.chars().any(char::is_alphanumeric));
        let hits = index.search(&query);
        prop_assert!(!hits.is_empty(), "{query:?}, cut from {text:?}, found nothing");
        if let Some(c) = typo {
            query.push(c);
        }
        for hit in index.search(&query).iter().take(50).chain(hits.iter().take(50)) {
            let text = &index.item(hit.item).expect("hit item").text;
            let count = text.chars().count();
            prop_assert!(hit.positions.iter().all(|&p| p < count), "{query:?} in {text:?}");
            prop_assert!(hit.positions.windows(2).all(|w| w[0] < w[1]), "{:?}", hit.positions);
        }
    }
}

fn search_index() -> &'static baogao::search::Index {
    static INDEX: std::sync::OnceLock<baogao::search::Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| baogao::search::Index::build(&load::embedded().expect("embedded report")))
}
