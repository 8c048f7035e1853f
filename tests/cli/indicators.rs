//! `baogao indicators` and `baogao check --indicators`.

use serde_json::Value;

use crate::{baogao, rows};

fn json(args: &[&str]) -> Vec<Value> {
    let out = baogao(args).ok();
    match serde_json::from_str(&out).expect("json") {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

#[test]
fn json_lists_every_indicator_with_the_documented_fields() {
    let all = json(&["indicators", "--format", "json"]);
    assert!(all.len() >= 60, "{}", all.len());
    for indicator in &all {
        for field in [
            "id",
            "name_hans",
            "name_hant",
            "name_en",
            "unit",
            "category",
        ] {
            assert!(indicator[field].is_string(), "{field} in {indicator}");
        }
        assert!(indicator["aliases"].is_array() && indicator["figures"].is_array());
    }
    let linked: usize = all
        .iter()
        .map(|i| i["figures"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(linked >= 90, "{linked}");
}

#[test]
fn a_linked_figure_carries_report_kind_id_value_unit_and_quote() {
    let found = json(&["indicators", "財政收入", "--format", "json"]);
    assert_eq!(found[0]["id"], "budget-revenue-growth");
    let figures = found[0]["figures"].as_array().expect("figures");
    let target = &figures[0];
    assert_eq!(target["report"], "xiuzhou-2023");
    assert_eq!(target["kind"], "target");
    assert_eq!(target["id"], "budget-revenue-growth");
    assert_eq!(target["value"], 3);
    assert_eq!(target["unit"], "%");
    assert_eq!(target["quote"], "一般公共預算收入增長3%");
    assert_eq!(figures[1]["kind"], "result");
    assert_eq!(figures[1]["value"], -15);
}

#[test]
fn a_query_by_abbreviation_pinyin_or_kind_word_finds_the_indicator_first() {
    for (query, id) in [
        ("社零", "retail-sales-growth"),
        ("shelin", "retail-sales-growth"),
        ("gdzctz", "fixed-asset-investment-growth"),
        ("GDP增长", "gdp-growth"),
        ("研发投入比重", "rd-share-gdp"),
        ("cpi", "cpi"),
    ] {
        let out = baogao(&["indicators", query, "--wide"]).ok();
        let first = rows(&out).first().copied().unwrap_or("");
        assert!(first.starts_with(&format!("{id} ")), "{query}: {out}");
    }
}

#[test]
fn a_query_naming_no_indicator_exits_1_and_says_so() {
    let run = baogao(&["indicators", "沒有這個指標"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("names no indicator"), "{}", run.stderr);
}

#[test]
fn check_validates_the_embedded_vocabulary() {
    let out = baogao(&["check", "--indicators"]).ok();
    assert!(out.starts_with("assets/indicators.ron: ok: "), "{out}");
}

#[test]
fn check_reports_a_bad_vocabulary_with_its_location() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v.ron");
    std::fs::write(
        &path,
        r#"[
    (id: "a", name_hans: "社零", name_hant: "社零", name_en: "a", kind: Growth,
     units: ["%"], category: Economy),
    (id: "b", name_hans: "固投", name_hant: "固投", name_en: "b", aliases: ["社零"],
     kind: Growth, units: ["%"], category: Economy),
]"#,
    )
    .expect("write");
    let shown = path.display().to_string();
    let run = baogao(&["check", "--indicators", &shown]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(&format!("{shown}:4:"))
            && run
                .stderr
                .contains("indicator b: `社零` already names indicator a"),
        "{}",
        run.stderr
    );
}
