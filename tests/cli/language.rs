//! The CLI speaks the interface language (`--lang`, else the config file, else the locale):
//! table headers and the words in values (力争/力爭/strive, deadlines, outcomes) follow it,
//! JSON and CSV do not. Snapshots hold the exact bytes each language prints.

use std::path::{Path, PathBuf};

use baogao::i18n::Lang;

use crate::{baogao_with, rows};

/// The reports of three regions over three years (tests/fixtures/library).
fn library() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library")
}

/// Runs `baogao --lang LANG ARGS` at 100 columns and returns stdout, asserting exit 0.
fn in_lang(lang: Lang, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang.tag()];
    all.extend(args);
    baogao_with(&all, &[("COLUMNS", "100")]).ok()
}

/// Like [`in_lang`], on the fixture library.
fn on_library(lang: Lang, args: &[&str]) -> String {
    let folder = library();
    let folder = folder.to_str().expect("utf-8 path");
    let mut all = vec!["--report", folder];
    all.extend(args);
    in_lang(lang, &all)
}

#[test]
fn targets_in_each_language() {
    for lang in Lang::ALL {
        insta::assert_snapshot!(
            format!("targets_{lang}"),
            in_lang(lang, &["targets", "GDP"])
        );
    }
}

#[test]
fn compare_in_each_language() {
    for lang in Lang::ALL {
        let wide = on_library(lang, &["compare", "gdp-growth", "cpi"]);
        insta::assert_snapshot!(format!("compare_{lang}"), wide);
        let tracked = on_library(lang, &["compare", "--track", "gdp-growth"]);
        insta::assert_snapshot!(format!("compare_track_{lang}"), tracked);
    }
}

#[test]
fn indicators_in_each_language() {
    for lang in Lang::ALL {
        let out = in_lang(lang, &["indicators", "社零"]);
        insta::assert_snapshot!(format!("indicators_{lang}"), out);
    }
}

#[test]
fn a_lone_target_striven_for_shows_its_commitment() {
    // 社会消费品零售总额增长6%以上 is the report's 力爭 level, the only target of its indicator.
    for (lang, words) in [
        (Lang::Hans, "力争 ≥ 6%"),
        (Lang::Hant, "力爭 ≥ 6%"),
        (Lang::En, "strive ≥ 6%"),
    ] {
        let out = in_lang(lang, &["targets", "社零"]);
        let first = rows(&out)[0];
        assert!(
            first.starts_with("社會消費品零售總額增長") && first.contains(words),
            "{lang}: {out}"
        );
    }
}

#[test]
fn the_locale_and_the_config_file_choose_the_language_and_lang_overrides_both() {
    let taiwan = baogao_with(&["targets", "GDP"], &[("LANG", "zh_TW.UTF-8")]).ok();
    assert!(taiwan.starts_with("指標  "), "{taiwan}");
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "language = \"zh-Hans\"\n").expect("write config");
    let config = config.to_str().expect("utf-8 path");
    let configured = baogao_with(
        &["targets", "GDP"],
        &[("LANG", "zh_TW.UTF-8"), ("BAOGAO_CONFIG", config)],
    )
    .ok();
    assert!(configured.starts_with("指标  "), "{configured}");
    assert!(configured.contains("力争 8%"), "{configured}");
    let asked = baogao_with(
        &["--lang", "en", "targets", "GDP"],
        &[("LANG", "zh_TW.UTF-8"), ("BAOGAO_CONFIG", config)],
    )
    .ok();
    assert!(asked.starts_with("subject  "), "{asked}");
}

#[test]
fn json_and_csv_keep_english_keys_and_the_data_as_written() {
    for lang in Lang::ALL {
        let json = in_lang(lang, &["targets", "GDP", "--format", "json"]);
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(value[0]["commitment"], "Ensure", "{lang}");
        assert_eq!(value[0]["display"], "≥ 6%", "{lang}");
        assert_eq!(value[0]["category_label"], "經濟運行", "{lang}");
        assert_eq!(
            json,
            in_lang(Lang::En, &["targets", "GDP", "--format", "json"])
        );
        let csv = in_lang(lang, &["indicators", "GDP", "--format", "csv"]);
        assert!(csv.starts_with("id,name_hans,"), "{lang}: {csv}");
        assert!(csv.contains("≥ 6% · 力爭 8%"), "{lang}: {csv}");
        let tracked = on_library(
            lang,
            &["compare", "--track", "gdp-growth", "--format", "csv"],
        );
        assert!(tracked.contains(",met,") || tracked.contains(",missed,"));
    }
}

#[test]
fn the_other_commands_label_their_output_in_the_language() {
    let search = in_lang(Lang::Hant, &["search", "光伏", "--limit", "2"]);
    let header = search.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("類型") && header.contains("章節"),
        "{search}"
    );
    assert!(search.contains("顯示 2 條結果"), "{search}");
    assert!(!search.contains("sentence"), "{search}");
    let outline = in_lang(Lang::Hans, &["outline", "--depth", "1"]);
    assert_eq!(
        outline
            .lines()
            .nth(1)
            .map(str::split_whitespace)
            .map(|w| w.collect::<Vec<_>>()),
        Some(vec!["代码", "章节"]),
        "{outline}"
    );
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/minimal.ron");
    let minimal = minimal.to_str().expect("utf-8 path");
    let check = in_lang(Lang::Hans, &["check", minimal]);
    assert!(
        check.contains("：有效：") && check.contains("个章节"),
        "{check}"
    );
    let unknown = baogao_with(&["--lang", "zh-Hant", "show", "沒有這一節"], &[]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("沒有與 `沒有這一節` 相符的章節"),
        "{}",
        unknown.stderr
    );
}
