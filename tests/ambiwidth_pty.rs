//! `--ambiwidth auto` in a pseudo-terminal: the program asks where the cursor is after one
//! ambiguous character; the test answers as a narrow or a wide terminal would, or not at all.

mod common;

use common::Session;

/// The cursor-position query the probe sends.
const QUERY: &[u8] = b"\x1b[6n";

fn asked(session: &mut Session) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !session.bytes.windows(QUERY.len()).any(|w| w == QUERY) {
        assert!(
            std::time::Instant::now() < deadline,
            "no cursor-position query"
        );
        session.drain();
    }
}

fn top_left(session: &Session) -> String {
    session
        .row(0)
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default()
}

#[test]
fn a_wide_answer_gives_ascii_borders_and_a_key_typed_meanwhile_is_kept() {
    let mut session = Session::start(&["--ambiwidth", "auto"], 120, 40);
    asked(&mut session);
    // A key pressed before the answer arrives is a key, not part of the answer.
    session.send("?");
    // The probe character was written at column 0: the cursor is now at column 3 (1-based).
    session.send("\x1b[1;3R");
    session.wait_for_text("Keys (Esc closes)");
    assert_eq!(top_left(&session), "+", "{}", session.row(0));
    assert!(!session.screen().contents().contains('┌'));
    session.send("q");
    session.send("q");
    assert!(session.wait_exit());
}

#[test]
fn a_narrow_answer_keeps_box_drawing() {
    let mut session = Session::start(&["--ambiwidth", "auto"], 120, 40);
    asked(&mut session);
    session.send("\x1b[1;2R");
    session.wait_for_text("Outline");
    assert_eq!(top_left(&session), "┌", "{}", session.row(0));
    session.send("q");
    assert!(session.wait_exit());
}

#[test]
fn no_answer_falls_back_to_narrow_after_a_short_wait() {
    let started = std::time::Instant::now();
    let mut session = Session::start(&["--ambiwidth", "auto"], 120, 40);
    asked(&mut session);
    session.wait_for_text("Outline");
    assert_eq!(top_left(&session), "┌", "{}", session.row(0));
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    session.send("q");
    assert!(session.wait_exit());
}

#[test]
fn the_environment_variable_asks_for_wide_without_a_query() {
    let mut session = Session::start_with_env(&[], 120, 40, &[("BAOGAO_AMBIWIDTH", "wide")]);
    session.wait_for_text("Outline");
    assert_eq!(top_left(&session), "+", "{}", session.row(0));
    assert!(!session.bytes.windows(QUERY.len()).any(|w| w == QUERY));
    session.send("q");
    assert!(session.wait_exit());
}
