//! The real binary in a pseudo-terminal: what a person sees.

mod common;

use common::Session;

/// Screen columns of the pane borders at 120 columns: outline 0-29, reader 30-89, targets 90-119.
const BORDERS_AT_120: [u16; 6] = [0, 29, 30, 89, 90, 119];

fn assert_borders_aligned(session: &Session, rows: std::ops::Range<u16>) {
    for row in rows {
        for col in BORDERS_AT_120 {
            let cell = session
                .screen()
                .cell(row, col)
                .map(|c| c.contents().to_string());
            assert_eq!(
                cell.as_deref(),
                Some("│"),
                "row {row} col {col} is not a border:\n{}",
                session.row(row)
            );
        }
    }
}

#[test]
fn navigate_open_the_table_jump_to_a_target_and_quit() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for_text("Reader");
    s.wait_for_text("2022年工作回顧");
    s.settle();
    // The reader holds CJK text on every row, yet every border stands in its column.
    assert_borders_aligned(&s, 1..37);
    assert!(
        s.row(38).contains("浙江省嘉興市秀洲區 2023"),
        "status: {}",
        s.row(38)
    );

    // Next section, sixteen times: the main expected targets.
    s.send(&"]".repeat(16));
    s.wait_for("the expected targets section", 20, |screen| {
        screen.contents().contains("主要預期目標") && screen.contents().contains("≥ 6% · strive 8%")
    });
    s.settle();
    assert!(s.screen().contents().contains("2022: 4.3%"));
    assert_borders_aligned(&s, 1..37);

    // The targets table, filtered, then Enter jumps to the quote.
    s.send("t");
    s.wait_for_text("All targets");
    s.send("/分布式");
    s.wait_for_text("新增分布式光伏并網容量");
    s.send("\r");
    s.wait_for("the reader with the quote highlighted", 20, |screen| {
        highlighted_text(screen).contains("新增分布式光伏并網容量不少于50兆瓦")
    });
    s.settle();
    assert!(
        s.row(38).contains("切實強化要素保障"),
        "status: {}",
        s.row(38)
    );
    assert_borders_aligned(&s, 1..37);

    s.send("q");
    assert!(s.wait_exit(), "baogao exited with an error");
    let tail = String::from_utf8_lossy(&s.bytes[s.bytes.len().saturating_sub(200)..]).to_string();
    assert!(
        tail.contains("\u{1b}[?1049l"),
        "alternate screen not left: {tail:?}"
    );
}

#[test]
fn targets_flag_opens_the_table_filtered() {
    let mut s = Session::start(&["-t", "光伏"], 100, 30);
    s.wait_for_text("All targets · 2");
    assert!(s.screen().contents().contains("光伏新能源產業產值"));
    s.send("\u{3}");
    assert!(s.wait_exit());
}

#[test]
fn keeps_answering_after_resizes_down_to_one_cell() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for_text("Reader");
    // Each size, and the pane titles it must show ("" for the too-small notice).
    let sizes: [(u16, u16, &[&str]); 9] = [
        (60, 20, &["Outline", "Reader", "Targets"]),
        (1, 1, &[]),
        (19, 5, &[]),
        (20, 6, &["┌Reader"]),
        (300, 100, &["┌Outline", "┌Reader", "┌Targets"]),
        (80, 24, &["┌Outline", "┌Reader"]),
        (2, 30, &[]),
        (19, 40, &[]),
        (100, 30, &["┌Outline", "┌Reader"]),
    ];
    for (cols, rows, titles) in sizes {
        s.resize(cols, rows);
        let notice = "window too small";
        let what = format!("the screen at {cols}x{rows}");
        s.wait_for(&what, 20, |screen| {
            let text = screen.contents();
            if titles.is_empty() {
                // The notice, cut to the width: its first letter at least.
                let shown: String = notice.chars().take(usize::from(cols) - 1).collect();
                text.contains(&shown) && !text.contains('┌')
            } else {
                // The panes' titles, and the report (region and year) on the status line.
                let status = screen.contents_between(rows - 2, 0, rows - 2, cols);
                titles.iter().all(|t| text.contains(t))
                    && !text.contains(notice)
                    && status.contains("浙江省")
            }
        });
    }
    s.resize(120, 40);
    s.settle();
    s.send("?");
    s.wait_for_text("Keys (Esc closes)");
    s.send("\u{1b}q");
    assert!(s.wait_exit());
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    let mut s = Session::start_with_env(&[], 100, 30, &[("BAOGAO_TEST_PANIC", "1")]);
    assert!(!s.wait_exit(), "a panic must give a failure exit status");
    let output = String::from_utf8_lossy(&s.bytes).to_string();
    let entered = output
        .find("\u{1b}[?1049h")
        .expect("alternate screen entered");
    let left = output
        .rfind("\u{1b}[?1049l")
        .expect("alternate screen left");
    assert!(left > entered);
    let message = output.find("Please report it").expect("report message");
    assert!(
        message > left,
        "the message is printed on the restored screen"
    );
    assert!(output.contains("test panic requested"));
}

#[test]
fn search_by_pinyin_then_jump_to_the_highlighted_sentence() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for_text("Reader");
    s.send("/");
    s.wait_for_text("Search · ");
    s.send("gfcy");
    s.wait_for("results for gfcy", 20, |screen| {
        screen.contents().contains("光伏產業")
    });
    s.send("\r");
    s.wait_for(
        "the reader with the found sentence highlighted",
        20,
        |screen| {
            let lit = highlighted_text(screen);
            lit.contains("光伏") && lit.contains("產業")
        },
    );
    s.send("n");
    s.settle();
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn survives_a_resize_storm_and_keeps_answering_keys() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for_text("Reader");
    let mut state = 7u32;
    for i in 0..300 {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let (cols, rows) = if i % 10 == 0 {
            (1, 1)
        } else {
            (1 + (state >> 8) as u16 % 240, 1 + (state >> 20) as u16 % 80)
        };
        s.resize(cols, rows);
        s.drain();
    }
    s.resize(100, 30);
    s.settle();
    s.send("t");
    s.wait_for_text("All targets");
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn reopening_returns_to_where_reading_stopped() {
    let state = tempfile::tempdir().expect("state dir");
    let mut s = Session::start_in(&[], 120, 40, &[], state.path());
    s.wait_for_text("Reader");
    // Twenty sections on: the second lead topic of 2023 part one, (一).
    s.send(&"]".repeat(20));
    s.wait_for(
        "the status line at 狠抓現代服務業發展",
        20,
        |screen| {
            screen
                .contents_between(38, 0, 38, 120)
                .contains("狠抓現代服務業發展")
        },
    );
    s.send("q");
    assert!(s.wait_exit());
    assert!(state.path().join("state.ron").exists());

    let mut again = Session::start_in(&[], 100, 30, &[], state.path());
    again.wait_for("the same section after reopening", 20, |screen| {
        screen
            .contents_between(28, 0, 28, 100)
            .contains("狠抓現代服務業發展")
    });
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn every_unusable_state_file_is_set_aside_byte_for_byte_and_a_fresh_one_written() {
    let too_large = [
        b"(positions: {})".as_slice(),
        &vec![b' '; baogao::state::MAX_BYTES as usize],
    ]
    .concat();
    let faults: [(&str, Vec<u8>); 4] = [
        (
            "not UTF-8",
            b"(positions: {\"\xff\": (section: \"s1\")})".to_vec(),
        ),
        ("RON cut short", b"(positions: {".to_vec()),
        ("the wrong shape", b"[1, 2, 3]".to_vec()),
        ("too large", too_large),
    ];
    for (kind, bytes) in faults {
        let state = tempfile::tempdir().expect("state dir");
        std::fs::write(state.path().join("state.ron"), &bytes).expect("write");
        let mut s = Session::start_in(&[], 100, 30, &[], state.path());
        s.wait_for_text("Reader");
        s.send("]");
        s.send("q");
        assert!(s.wait_exit(), "{kind}");
        let output = String::from_utf8_lossy(&s.bytes).to_string();
        assert!(
            output.contains("set aside"),
            "{kind}: no warning in the output"
        );
        let mut names: Vec<String> = std::fs::read_dir(state.path())
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 2, "{kind}: {names:?}");
        assert_eq!(names[0], "state.ron", "{kind}: a fresh state is written");
        assert!(
            names[1].starts_with("state.ron.corrupt-"),
            "{kind}: {names:?}"
        );
        let kept = std::fs::read(state.path().join(&names[1])).expect("read aside");
        assert!(
            kept == bytes,
            "{kind}: the set-aside copy differs from the original"
        );
        let fresh = baogao::state::StateFile::open(&state.path().join("state.ron"));
        assert_eq!(fresh.warning, None, "{kind}");
        assert_eq!(
            fresh.state.positions.len(),
            1,
            "{kind}: the position is remembered"
        );
    }
}

/// The characters drawn with the highlight background (yellow).
fn highlighted_text(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let mut out = String::new();
    for row in 0..rows.get() {
        for col in 0..cols.get() {
            if let Some(cell) = screen.cell(row, col)
                && cell.bgcolor() == vt100::Color::Idx(3)
            {
                out.push_str(cell.contents());
            }
        }
    }
    out
}

#[test]
fn compare_the_library_then_jump_to_a_cells_quote() {
    let library = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/library");
    let mut s = Session::start(&["--report", library], 120, 40);
    s.wait_for_text("Reader");
    s.send("c");
    s.wait_for_text("Compare ·");
    s.wait_for("five reports side by side", 20, |screen| {
        let text = screen.contents();
        [
            "丙縣 2026",
            "甲省 2024",
            "甲省 2025",
            "甲省 2026",
            "乙市 2026",
        ]
        .iter()
        .all(|label| text.contains(label))
            && text.contains("≥ 7% · strive 8%")
    });
    // The first cell: 丙縣's growth target, whose quote opens highlighted in the reader.
    s.send("\r");
    s.wait_for("the target's quote highlighted", 20, |screen| {
        let lit = highlighted_text(screen);
        lit.contains("地區生產總值增長確保7%以上")
    });
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn a_targets_outcome_next_year_shows_in_the_pane_and_o_opens_the_result() {
    let library = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/library");
    let cache = tempfile::tempdir().expect("cache dir");
    let cache = cache.path().to_str().expect("utf-8 path");
    let mut s = Session::start_with_env(
        &["--report", library],
        120,
        40,
        &[("BAOGAO_CACHE_DIR", cache)],
    );
    s.wait_for_text("Reader");
    // The report list, filtered to 甲省 2025; then its expected targets, the pane focused.
    s.send("r");
    s.wait_for_text("甲省 2026");
    s.send("jia 2025");
    s.wait_for("only 甲省 2025 listed", 20, |screen| {
        !screen.contents().contains("甲省 2026")
    });
    s.send("\r");
    s.wait_for_text("2025年主要预期目标");
    s.send("]\t");
    s.wait_for("the outcomes in the targets pane", 20, |screen| {
        let text = screen.contents();
        text.contains("✗ missed · 2025: 5.2%") && text.contains("✓ met · 2025: 4.6%")
    });
    // The selected target's detail: both quotes, wrapped in the pane.
    s.wait_for("both quotes", 20, |screen| {
        let text = screen.contents();
        text.contains("甲省 2025 「地区生产总值增") && text.contains("甲省 2026 「地区生产总值增")
    });
    s.send("o");
    s.wait_for(
        "the result's quote highlighted in 甲省 2026",
        20,
        |screen| {
            highlighted_text(screen).contains("地区生产总值增长5.2%")
                && screen.contents().contains(" 甲省 2026 │")
        },
    );
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn a_library_is_read_while_it_loads_and_listed_whole_once_loaded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = baogao::load::embedded().expect("embedded");
    for n in 0..40 {
        let ron = baogao::commands::to_ron(&report.numbered(n)).expect("ron");
        std::fs::write(dir.path().join(format!("copy-{n:02}.ron")), ron).expect("write");
    }
    let folder = dir.path().to_str().expect("a UTF-8 path");
    let mut s = Session::start(&["--report", folder], 120, 40);
    s.wait_for_text("Reader");
    s.send("r");
    s.wait_for("all 40 reports listed", 20, |screen| {
        screen.contents().contains("Reports · 40/40")
    });
    s.send("\x1b");
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn a_broken_file_named_later_ends_the_explorer_with_its_located_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(id: \"x\",\n  title: 5)").expect("write");
    let embedded = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/xiuzhou-2023.ron");
    let bad = bad.to_str().expect("a UTF-8 path");
    let mut s = Session::start(&["--report", embedded, "--report", bad], 80, 24);
    assert!(!s.wait_exit(), "a failed library exits non-zero");
    let shown = s.screen().contents();
    assert!(shown.contains(&format!("{bad}:2:")), "{shown}");
}
