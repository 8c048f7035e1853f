//! The real explorer in a pseudo-terminal: the cursor while typing, bracketed paste, copying
//! with OSC 52, and what is remembered across restarts.

mod common;

use common::Session;

/// The row showing `needle` and the display column where it starts.
fn find(session: &Session, needle: &str) -> Option<(u16, u16)> {
    let (rows, _) = session.screen().size();
    (0..rows.get()).find_map(|row| {
        let text = session.row(row);
        let at = text.find(needle)?;
        Some((row, baogao::text::width(&text[..at]) as u16))
    })
}

#[test]
fn the_cursor_stands_after_the_last_typed_character_while_searching() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_for_text("Reader");
    session.wait_for("no cursor while browsing", 20, |s| s.hide_cursor());
    session.send("/");
    session.wait_for_text("Search ·");
    session.send("光伏");
    session.wait_for("the query", 20, |s| s.contents().contains("/ 光伏"));
    let (row, column) = find(&session, "/ 光伏").expect("the query line");
    // Two columns of prompt, then two CJK characters of two columns each.
    session.wait_for("a visible cursor after 光伏", 20, |s| {
        !s.hide_cursor() && s.cursor_position() == (row, column + 2 + 4)
    });
    session.send("\u{1b}[D");
    session.wait_for("the cursor one character left", 20, |s| {
        s.cursor_position() == (row, column + 2 + 2)
    });
    session.send("\u{1b}");
    session.wait_for("the cursor hidden again", 20, |s| s.hide_cursor());
}

#[test]
fn a_paste_goes_into_the_query_and_the_table_filter() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_for_text("Reader");
    session.send("/");
    session.wait_for_text("Search ·");
    session.send("\u{1b}[200~光伏\n新能源\u{1b}[201~");
    session.wait_for_text("/ 光伏 新能源");
    let (row, column) = find(&session, "/ 光伏 新能源").expect("the query line");
    session.wait_for("the cursor after the paste", 20, |s| {
        s.cursor_position() == (row, column + 2 + 11)
    });
    session.send("\u{1b}");
    session.wait_for("the search closed", 20, |s| {
        !s.contents().contains("Search ·")
    });
    session.send("t");
    session.wait_for_text("All targets");
    session.send("/");
    session.send("\u{1b}[200~光伏\u{1b}[201~");
    session.wait_for_text("/ 光伏");
    session.wait_for_text("光伏新能源產業產值");
}

/// The texts of every OSC 52 sequence in `bytes`, decoded.
fn copied(bytes: &[u8]) -> Vec<String> {
    use base64::Engine;
    let text = String::from_utf8_lossy(bytes);
    text.split("\u{1b}]52;c;")
        .skip(1)
        .filter_map(|rest| rest.split('\u{7}').next())
        .filter_map(|payload| {
            base64::engine::general_purpose::STANDARD
                .decode(payload)
                .ok()
        })
        .map(|decoded| String::from_utf8(decoded).expect("UTF-8"))
        .collect()
}

/// As if logged in over SSH: only OSC 52, no local clipboard tool.
const OVER_SSH: [(&str, &str); 1] = [("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22")];

#[test]
fn y_sends_the_citation_by_osc52_and_the_status_line_confirms() {
    let mut session = Session::start_with_env(&["-t", "光伏"], 160, 30, &OVER_SSH);
    session.wait_for_text("光伏新能源產業產值");
    session.send("y");
    session.wait_for_text("copied (OSC 52)");
    let expected = "光伏新能源產業產值 力爭 ≥ 600 億元 — 2023年嘉興市秀洲區政府工作報告 › \
                    2023年工作任務 › 二、錨定能級提升,全力做強“三大平臺” › \
                    (三)高能級打造全球先進制造業基地";
    assert_eq!(copied(&session.bytes), [expected]);
    session.send("Y");
    session.wait_for("the quote copied", 20, |s| {
        s.contents().contains("copied (OSC 52): 力爭")
    });
    let lines = copied(&session.bytes);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[1].starts_with(
            "力爭全年光伏新能源產業產值突破600億元 — 2023年嘉興市秀洲區政府工作報告 › "
        ),
        "{}",
        lines[1]
    );
    session.send("q");
    assert!(session.wait_exit());
}

#[test]
fn ctrl_y_copies_the_selected_search_hit() {
    let mut session = Session::start_with_env(&[], 120, 30, &OVER_SSH);
    session.wait_for_text("Reader");
    session.send("/");
    session.wait_for_text("Search ·");
    session.send("分布式光伏");
    session.wait_for_text("新增分布式光伏并網容量");
    session.send("\u{19}");
    session.wait_for_text("copied (OSC 52)");
    let lines = copied(&session.bytes);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].contains(" — 2023年嘉興市秀洲區政府工作報告 › "),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("分布式光伏"), "{}", lines[0]);
}

#[test]
fn a_bad_config_starts_with_defaults_and_a_warning_in_the_status_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "[keys]\nquit = \"pagesideways\"\n").expect("write");
    let path = file.to_str().expect("utf-8");
    let mut session = Session::start_with_env(&[], 120, 30, &[("BAOGAO_CONFIG", path)]);
    session.wait_for_text("config ignored:");
    session.wait_for_text(":2:8: `pagesideways` is not a key");
    session.send("j");
    session.wait_for("the warning gone after a key", 20, |s| {
        !s.contents().contains("config ignored")
    });
    session.send("q");
    assert!(session.wait_exit(), "q quits: the default keys are in use");
}

#[test]
fn remapped_keys_work_and_show_in_help_and_hints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(
        &file,
        "theme = \"no-colour\"\n[keys]\nquit = \"x\"\nhelp = \"f1\"\n",
    )
    .expect("write");
    let path = file.to_str().expect("utf-8");
    let mut session = Session::start_with_env(&[], 120, 30, &[("BAOGAO_CONFIG", path)]);
    session.wait_for_text("x quit");
    session.send("?");
    session.wait_for("? no longer opens help", 2, |s| {
        !s.contents().contains("Keys (Esc closes)")
    });
    session.send("\u{1b}OP");
    session.wait_for_text("Keys (Esc closes)");
    let help = session.screen().contents();
    let quit_line = help
        .lines()
        .find(|l| l.contains(" quit"))
        .expect("quit listed");
    assert!(
        quit_line.contains('x') && !quit_line.contains(" q "),
        "{quit_line}"
    );
    session.send("\u{1b}");
    session.send("q");
    session.send("x");
    assert!(session.wait_exit());
}

/// The state file of a session's state folder, or empty when there is none yet.
fn state_text(session: &Session) -> String {
    std::fs::read_to_string(session.state_dir.join("state.ron")).unwrap_or_default()
}

#[test]
fn queries_and_jumps_are_saved_at_once_and_survive_a_kill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::start_in(&[], 120, 30, &[], dir.path());
    session.wait_for_text("Reader");
    session.send("/");
    session.wait_for_text("Search ·");
    session.send("分布式光伏");
    session.wait_for_text("新增分布式光伏并網容量");
    session.send("\r");
    session.wait_for("the search closed", 20, |s| {
        !s.contents().contains("Search ·")
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !state_text(&session).contains("分布式光伏") {
        assert!(
            std::time::Instant::now() < deadline,
            "the query was not saved"
        );
        session.drain();
    }
    assert!(
        state_text(&session).contains("jumps"),
        "{}",
        state_text(&session)
    );
    session.kill_hard();

    let mut again = Session::start_in(&[], 120, 30, &[], dir.path());
    again.wait_for_text("切實強化要素保障");
    again.send("/");
    again.wait_for_text("Search ·");
    again.send("\u{1b}[A");
    again.wait_for_text("/ 分布式光伏");
    again.send("\u{1b}");
    again.wait_for("the search closed", 20, |s| {
        !s.contents().contains("Search ·")
    });
    assert!(!again.screen().contents().contains("3月16日"));
    again.send("\u{f}");
    // The opening paragraph of the report, where reading was before the jump.
    again.wait_for_text("3月16日");
    again.send("\u{1b}i");
    again.wait_for("forward to the target again", 20, |s| {
        !s.contents().contains("3月16日") && s.contents().contains("切實強化要素保障")
    });
    again.send("q");
    assert!(again.wait_exit());
}

/// The words after `prefix` on the bottom row, up to a cut (`…`), for finding them again.
fn words_after(session: &Session, prefix: &str) -> String {
    let (rows, _) = session.screen().size();
    let bottom = session.row(rows.get() - 1);
    let at = bottom.find(prefix).expect("the status message") + prefix.len();
    let words: String = bottom[at..]
        .trim()
        .trim_end_matches('…')
        .chars()
        .take(10)
        .collect();
    assert!(words.chars().count() >= 4, "too few words: {bottom}");
    words
}

/// The reader's first line of text in the one-pane arrangement (tabs, border, then text).
fn reader_top(session: &Session) -> String {
    session.row(2)
}

#[test]
fn a_bookmark_survives_a_restart_and_enter_lands_on_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::start_in(&[], 70, 24, &[], dir.path());
    session.wait_for_text("Reader");
    session.send("]]]]jjj");
    session.settle();
    session.send("m");
    session.wait_for_text("bookmarked: ");
    let words = words_after(&session, "bookmarked: ");
    assert!(reader_top(&session).contains(&words), "{words}");
    assert!(
        reader_top(&session).contains('⚑'),
        "no mark beside the line"
    );
    session.send("q");
    assert!(session.wait_exit());

    let mut again = Session::start_in(&[], 70, 24, &[], dir.path());
    again.wait_for_text("Reader");
    again.send("g");
    again.wait_for("the top of the report", 20, |s| {
        !s.contents().contains(words.as_str())
    });
    again.send("'");
    again.wait_for_text("Bookmarks · 1/1");
    again.wait_for_text(&words);
    again.send("\r");
    again.wait_for("the bookmarked line at the top", 20, |s| {
        !s.contents().contains("Bookmarks ·")
            && s.contents_between(2, 0, 2, 70).contains(words.as_str())
    });
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn a_kill_after_scrolling_keeps_the_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::start_in(&[], 70, 24, &[], dir.path());
    session.wait_for_text("Reader");
    session.send("]]]]]jjjjj");
    session.settle();
    let top = reader_top(&session);
    assert!(!top.contains("3月16日"), "the reader did not move: {top}");
    // No quit: the position is written once the keys have been still for a moment.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !state_text(&session).contains("positions") {
        assert!(
            std::time::Instant::now() < deadline,
            "the position was not saved"
        );
        session.drain();
    }
    session.kill_hard();

    let mut again = Session::start_in(&[], 70, 24, &[], dir.path());
    again.wait_for("the same line at the top", 20, |s| {
        s.contents_between(2, 0, 2, 70) == top
    });
    again.send("q");
    assert!(again.wait_exit());
}
