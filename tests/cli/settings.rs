//! `baogao config`, `baogao bookmarks` and `baogao targets --cite`.

use baogao::state::{FILE_NAME, Place, Position, State, StateFile};

use crate::baogao_with;

#[test]
fn config_path_follows_baogao_config_then_xdg_config_home() {
    let chosen = baogao_with(
        &["config", "--path"],
        &[("BAOGAO_CONFIG", "/tmp/mine.toml")],
    )
    .ok();
    assert_eq!(chosen, "/tmp/mine.toml\n");
    let xdg = baogao_with(
        &["config", "--path"],
        &[
            ("BAOGAO_CONFIG", ""),
            ("XDG_CONFIG_HOME", "/tmp/xdg-config"),
        ],
    )
    .ok();
    assert_eq!(xdg, "/tmp/xdg-config/baogao/config.toml\n");
}

#[test]
fn the_default_file_is_a_valid_config_naming_every_option() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    let default = baogao_with(&["config", "--default"], &[]).ok();
    for option in [
        "theme = ",
        "borders = ",
        "[keys]",
        "quit = ",
        "[styles]",
        "highlight = ",
    ] {
        assert!(default.contains(option), "{option} missing");
    }
    std::fs::write(&file, &default).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let checked = baogao_with(&["config"], &[("BAOGAO_CONFIG", path)]).ok();
    assert_eq!(checked, format!("{path}: ok\n"));
}

#[test]
fn a_bad_config_is_reported_at_path_line_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "# mine\n[styles]\nkey = \"cyan blink\"\n").expect("write");
    let path = file.to_str().expect("utf-8 path");
    let run = baogao_with(&["config"], &[("BAOGAO_CONFIG", path)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(&format!("{path}:3:7: ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`blink` is not a colour"),
        "{}",
        run.stderr
    );
}

/// A state folder holding two bookmarks.
fn state_with_bookmarks() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = State::default();
    for (section, offset, label, created) in [
        (
            "tasks-2023-2-3",
            0,
            "(三)高能級打造全球先進制造業基地",
            1_795_999_999,
        ),
        (
            "tasks-2023-expected",
            12,
            "地區生產總值增長 ≥ 6%",
            1_796_000_000,
        ),
    ] {
        let place = Place {
            report: "xiuzhou-2023".into(),
            position: Position {
                section: section.into(),
                paragraph: Some(0),
                offset,
            },
        };
        state.toggle_bookmark(place, label, created);
    }
    StateFile::open(&dir.path().join(FILE_NAME))
        .file
        .save(&state)
        .expect("save");
    dir
}

#[test]
fn bookmarks_list_as_json_objects_with_the_documented_fields() {
    let dir = state_with_bookmarks();
    let folder = dir.path().to_str().expect("utf-8");
    let json = baogao_with(
        &["bookmarks", "--format", "json"],
        &[("BAOGAO_STATE_DIR", folder)],
    )
    .ok();
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let list = value.as_array().expect("an array");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["report"], "xiuzhou-2023");
    assert_eq!(list[0]["section"], "tasks-2023-2-3");
    assert_eq!(list[1]["offset"], 12);
    assert_eq!(list[1]["label"], "地區生產總值增長 ≥ 6%");
    assert_eq!(list[0]["created"], "2026-11-30T00:53:19Z");
    let table = baogao_with(&["bookmarks"], &[("BAOGAO_STATE_DIR", folder)]).ok();
    assert!(table.starts_with("report"), "{table}");
    assert!(table.contains("2026-11-30 00:53"), "{table}");
    assert!(table.contains("地區生產總值增長"), "{table}");
}

#[test]
fn a_corrupt_state_file_is_reported_and_left_in_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join(FILE_NAME);
    std::fs::write(&file, "(bookmarks: [").expect("write");
    let folder = dir.path().to_str().expect("utf-8");
    let run = baogao_with(&["bookmarks"], &[("BAOGAO_STATE_DIR", folder)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("corrupt"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&file).expect("kept"),
        "(bookmarks: ["
    );
}

#[test]
fn targets_cite_prints_citation_lines() {
    let out = baogao_with(&["targets", "光伏", "--cite"], &[]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0]
            .starts_with("光伏新能源產業產值 力爭 ≥ 600 億元 — 2023年嘉興市秀洲區政府工作報告 › ")
    );
    assert!(
        lines[0].ends_with(" › (三)高能級打造全球先進制造業基地"),
        "{out}"
    );
    assert!(lines.iter().all(|l| !l.chars().any(char::is_control)));
    let refused = baogao_with(&["targets", "光伏", "--cite", "--format", "json"], &[]);
    assert_eq!(refused.code, 2, "--cite is its own format");
}
