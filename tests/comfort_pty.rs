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
    session.wait_for_text("正文 Reader");
    session.wait_for("no cursor while browsing", 20, |s| s.hide_cursor());
    session.send("/");
    session.wait_for_text("搜索 Search");
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
    session.wait_for_text("正文 Reader");
    session.send("/");
    session.wait_for_text("搜索 Search");
    session.send("\u{1b}[200~光伏\n新能源\u{1b}[201~");
    session.wait_for_text("/ 光伏 新能源");
    let (row, column) = find(&session, "/ 光伏 新能源").expect("the query line");
    session.wait_for("the cursor after the paste", 20, |s| {
        s.cursor_position() == (row, column + 2 + 11)
    });
    session.send("\u{1b}");
    session.wait_for("the search closed", 20, |s| {
        !s.contents().contains("搜索 Search")
    });
    session.send("t");
    session.wait_for_text("目標一覽 Targets");
    session.send("/");
    session.send("\u{1b}[200~光伏\u{1b}[201~");
    session.wait_for_text("/ 光伏");
    session.wait_for_text("光伏新能源產業產值");
}
