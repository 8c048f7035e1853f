//! The `baogao search` command, run as a real binary.

use assert_cmd::Command;

fn baogao() -> Command {
    let mut command = Command::cargo_bin("baogao").expect("binary built");
    command.env_remove("NO_COLOR").env_remove("COLUMNS");
    command
}

fn stdout_of(args: &[&str]) -> (Option<i32>, String) {
    let output = baogao().args(args).output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    (output.status.code(), stdout)
}

#[test]
fn a_match_exits_zero_with_a_table_and_no_escape_codes_in_a_pipe() {
    let (code, stdout) = stdout_of(&["search", "光伏产业"]);
    assert_eq!(code, Some(0));
    let mut lines = stdout.lines();
    assert!(lines.next().is_some_and(|l| l.starts_with("KIND")));
    assert!(lines.next().is_some_and(|l| l.contains("光伏產業")));
    assert!(!stdout.contains('\u{1b}'));
}

#[test]
fn a_query_that_matches_nothing_exits_one_and_prints_nothing() {
    let (code, stdout) = stdout_of(&["search", "蘋果手機"]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    let (code, stdout) = stdout_of(&["search", "--format", "json", "蘋果手機"]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn json_is_an_array_of_kind_section_text_score_positions() {
    let (code, stdout) = stdout_of(&["search", "--format", "json", "--limit", "0", "csj"]);
    assert_eq!(code, Some(0));
    let rows: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let rows = rows.as_array().expect("array");
    let mut found = 0;
    for row in rows {
        let mut keys: Vec<&String> = row.as_object().expect("object").keys().collect();
        keys.sort();
        assert_eq!(keys, ["kind", "positions", "score", "section", "text"]);
        assert!(
            ["heading", "sentence", "target", "result"]
                .contains(&row["kind"].as_str().unwrap_or(""))
        );
        assert!(row["score"].is_i64());
        let text: Vec<char> = row["text"].as_str().expect("text").chars().collect();
        let highlighted: String = row["positions"]
            .as_array()
            .expect("positions")
            .iter()
            .filter_map(|p| text.get(p.as_u64()? as usize))
            .collect();
        // c-s-j spells three characters: 長三角, and others such as 城市精.
        assert_eq!(highlighted.chars().count(), 3, "{highlighted}");
        found += usize::from(highlighted == "長三角");
    }
    assert!(found >= 4, "長三角 {found} times");
}

#[test]
fn several_words_each_need_a_match() {
    let (code, both) = stdout_of(&["search", "--format", "json", "--limit", "0", "光伏", "600"]);
    assert_eq!(code, Some(0));
    let rows: serde_json::Value = serde_json::from_str(&both).expect("json");
    let rows = rows.as_array().expect("array");
    assert!(!rows.is_empty());
    for row in rows {
        let text: Vec<char> = row["text"].as_str().expect("text").chars().collect();
        let highlighted: String = row["positions"]
            .as_array()
            .expect("positions")
            .iter()
            .filter_map(|p| text.get(p.as_u64()? as usize))
            .collect();
        // Both words are found, and they are what is highlighted.
        assert_eq!(highlighted, "光伏600", "{row}");
        let text: String = text.into_iter().collect();
        assert!(text.contains("光伏") && text.contains("600"), "{text}");
    }
    let (code, one) = stdout_of(&["search", "--format", "json", "--limit", "0", "光伏"]);
    assert_eq!(code, Some(0));
    let one: serde_json::Value = serde_json::from_str(&one).expect("json");
    assert!(
        one.as_array().expect("array").len() > rows.len(),
        "the second word narrows the results"
    );
}

#[test]
fn errors_exit_two() {
    let (code, _) = stdout_of(&["--report", "/nonexistent/report.ron", "search", "光伏"]);
    assert_eq!(code, Some(2));
    let (code, _) = stdout_of(&["search", " "]);
    assert_eq!(code, Some(2));
}
