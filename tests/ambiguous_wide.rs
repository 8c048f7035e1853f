//! Layout under the wide rule: with East Asian Ambiguous characters two columns wide (as
//! `--ambiwidth wide` makes this whole process measure them), no drawn glyph overlaps the next
//! one or runs past the screen, in every view, at sizes from 1x1 to 300x100. This file is its
//! own test process, so fixing the rule here leaves the other tests narrow.

use baogao::action::Action;
use baogao::app::App;
use baogao::i18n::Lang;
use baogao::load;
use baogao::text::{self, AmbiguousWidth};
use baogao::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 7] = [
    (120, 40),
    (80, 24),
    (60, 20),
    (33, 11),
    (20, 6),
    (300, 100),
    (1, 1),
];

fn views() -> Vec<Vec<Action>> {
    let mut search = vec![Action::OpenSearch];
    search.extend("光伏".chars().map(Action::Input));
    let mut targets = vec![Action::NextSection; 16];
    targets.push(Action::FocusNext);
    vec![
        vec![],
        vec![Action::OpenHelp],
        search,
        vec![Action::OpenTable],
        targets,
        vec![Action::Page(40)],
    ]
}

fn draw(lang: Lang, width: u16, height: u16, actions: &[Action]) -> Buffer {
    let mut app = App::new(load::embedded().expect("embedded report"), Rect::default());
    app.prefs.lang = lang;
    app.prefs.ascii = true;
    app.update(Action::Resize(width, height));
    for action in actions {
        app.update(action.clone());
        while let Some(request) = app.take_search_request() {
            let answer =
                baogao::tui::answer(&app.index.wait(), &request, &|| false).expect("answer");
            app.update(answer);
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    // The frame as drawn, skipped cells marked (the backend never receives those).
    let frame = terminal.draw(|frame| ui::draw(&app, frame)).expect("draw");
    frame.buffer.clone()
}

/// The first place in row `y` where a glyph, drawn as wide as the wide rule says, overlaps
/// the next drawn cell or runs past the edge; None when the row is drawn cleanly.
fn overlap(buf: &Buffer, y: u16) -> Option<u16> {
    let mut covered_to = 0; // the first column no glyph drawn so far covers
    let mut hidden_to = 0; // ratatui does not send cells hidden by a wide character
    for x in 0..buf.area.width {
        let cell = &buf[(x, y)];
        if cell.diff_option == CellDiffOption::Skip || x < hidden_to {
            continue;
        }
        if x < covered_to {
            return Some(x);
        }
        let narrow = AmbiguousWidth::Narrow.width(cell.symbol()).max(1) as u16;
        let wide = AmbiguousWidth::Wide.width(cell.symbol()).max(1) as u16;
        hidden_to = x + narrow;
        covered_to = x + wide;
        if covered_to > buf.area.width {
            return Some(x);
        }
    }
    None
}

#[test]
fn no_glyph_overlaps_another_or_the_edge_when_ambiguous_characters_are_wide() {
    assert!(text::fix_ambiguous_width(AmbiguousWidth::Wide));
    assert_eq!(text::width("“·”"), 6);
    for lang in Lang::ALL {
        for actions in views() {
            for (w, h) in SIZES {
                let buf = draw(lang, w, h, &actions);
                for y in 0..h {
                    if let Some(x) = overlap(&buf, y) {
                        let row: String = (0..w)
                            .map(|x| match buf[(x, y)].diff_option {
                                CellDiffOption::Skip => "_",
                                _ => buf[(x, y)].symbol(),
                            })
                            .collect();
                        panic!("{lang} {w}x{h} {actions:?}: row {y} overlaps at {x}: {row}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_reader_keeps_every_ambiguous_character_under_the_wide_rule() {
    assert!(text::fix_ambiguous_width(AmbiguousWidth::Wide));
    // The opening paragraph quotes “光伏玻璃、…、應用”: both marks are drawn, each followed by
    // the cell it covers.
    let buf = draw(Lang::En, 120, 40, &[]);
    let drawn: String = (0..40)
        .flat_map(|y| (0..120).map(move |x| (x, y)))
        .filter(|&pos| buf[pos].diff_option != CellDiffOption::Skip)
        .map(|pos| buf[pos].symbol().to_string())
        .collect();
    assert!(drawn.contains('“') && drawn.contains('”'));
    for y in 0..40 {
        for x in 0..119 {
            if matches!(buf[(x, y)].symbol(), "“" | "”") {
                assert_eq!(buf[(x + 1, y)].diff_option, CellDiffOption::Skip, "row {y}");
            }
        }
    }
}
