//! `targets` in every mode and format.

use baogao::load;
use serde_json::Value;

use crate::{baogao, baogao_with, rows};

fn json(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["targets", "--format", "json"];
    all.extend(args);
    let out = baogao(&all).ok();
    match serde_json::from_str(&out).expect("valid JSON") {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

/// A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CR without LF"),
            (false, '\n') => panic!("bare LF ends a record"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "last record not ended"
    );
    records
}

#[test]
fn photovoltaic_query_lists_both_photovoltaic_targets() {
    let out = baogao(&["targets", "光伏"]).ok();
    let rows = rows(&out);
    assert_eq!(rows.len(), 2, "{out}");
    assert!(
        rows.iter()
            .any(|r| r.contains("光伏新能源產業產值") && r.contains("≥ 600 億元"))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("分布式光伏") && r.contains("≥ 50 兆瓦"))
    );
}

/// Asserts that `targets --both QUERY` has a row for `subject` with `target` before `result`.
fn assert_pair(query: &str, subject: &str, target: &str, result: &str) {
    let out = baogao(&["targets", "--both", query]).ok();
    let row = rows(&out)
        .into_iter()
        .find(|r| r.contains(subject))
        .unwrap_or_else(|| panic!("no {subject} row: {out}"));
    let target_at = row.find(target).expect("the target");
    let result_at = row.find(result).expect("the result");
    assert!(target_at < result_at, "{row}");
}

#[test]
fn both_shows_the_rd_result_beside_its_target() {
    assert_pair("R&D", "全社會R&D經費占GDP比重", "3.4%", "3.26%");
}

#[test]
fn both_shows_the_rd_activity_rate_beside_its_target() {
    assert_pair("研發活動率", "規上工業企業研發活動率", "≥ 95%", "95.7%");
}

#[test]
fn both_lists_only_targets_that_have_a_result() {
    let report = load::embedded().expect("embedded dataset");
    for item in json(&["--both"]) {
        let results = item["results"].as_array().expect("results array");
        assert!(!results.is_empty(), "{} has no result", item["id"]);
    }
    let linked = report
        .targets
        .iter()
        .filter(|t| report.results_for(t).next().is_some())
        .count();
    assert_eq!(json(&["--both"]).len(), linked);
}

#[test]
fn ensure_and_strive_targets_share_one_table_row() {
    let out = baogao(&["targets", "地區生產總值增長"]).ok();
    assert_eq!(rows(&out).len(), 1, "{out}");
    assert!(out.contains("≥ 6% · strive 8%"), "{out}");
    assert!(out.contains("4.3%"), "{out}");
    assert_eq!(
        json(&["地區生產總值增長"]).len(),
        2,
        "JSON keeps one object per target"
    );
}

#[test]
fn results_lists_last_years_figures() {
    let out = baogao(&["targets", "--results", "光伏"]).ok();
    assert!(
        out.lines()
            .next()
            .is_some_and(|h| h.contains("2022") && !h.contains("target"))
    );
    assert!(out.contains("302.6 億元"));
    assert!(!out.contains("600 億元"));
    let items = json(&["--results", "光伏"]);
    assert!(items.iter().all(|i| i["kind"] == "result"));
}

#[test]
fn category_filters_by_name_and_by_chinese_label() {
    for name in ["environment", "生態環境"] {
        let items = json(&["--category", name]);
        assert!(!items.is_empty());
        assert!(
            items.iter().all(|i| i["category"] == "Environment"),
            "{name}"
        );
    }
    let report = load::embedded().expect("embedded dataset");
    let expected = report
        .targets
        .iter()
        .filter(|t| t.category == baogao::model::Category::Environment)
        .count();
    assert_eq!(json(&["-c", "environment"]).len(), expected);
}

#[test]
fn json_objects_carry_the_documented_fields() {
    let items = json(&["光伏"]);
    assert_eq!(items.len(), 2);
    for item in &items {
        for key in [
            "id",
            "section",
            "subject",
            "value",
            "unit",
            "quote",
            "category",
            "bound",
            "commitment",
        ] {
            assert!(item.get(key).is_some(), "missing {key} in {item}");
        }
    }
    assert_eq!(items[0]["id"], "pv-output");
    assert_eq!(items[0]["value"], 600.0);
    assert_eq!(items[0]["bound"], "AtLeast");
    assert_eq!(items[0]["results"][0]["value"], 302.6);
}

#[test]
fn every_target_is_in_the_unfiltered_json() {
    let report = load::embedded().expect("embedded dataset");
    let ids: Vec<String> = json(&[])
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_string())
        .collect();
    let expected: Vec<String> = report.targets.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn csv_is_rfc_4180_and_round_trips_every_quote() {
    let out = baogao(&["targets", "--results", "--format", "csv"]).ok();
    assert!(!out.starts_with('\u{feff}'));
    let records = parse_csv(&out);
    let header = &records[0];
    assert_eq!(header[..3], ["report", "kind", "id"]);
    let quote = header
        .iter()
        .position(|h| h == "quote")
        .expect("quote column");
    let report = load::embedded().expect("embedded dataset");
    assert_eq!(records.len(), report.results.len() + 1);
    assert!(
        report.results.iter().any(|r| r.quote.contains(',')),
        "some field needs quoting"
    );
    for (record, result) in records[1..].iter().zip(&report.results) {
        assert_eq!(record.len(), header.len());
        assert_eq!(record[quote], result.quote);
    }
}

#[test]
fn csv_starts_with_a_byte_order_mark_when_asked() {
    let out = baogao(&["targets", "光伏", "--format", "csv", "--bom"]).ok();
    assert!(out.as_bytes().starts_with(&[0xef, 0xbb, 0xbf]));
    assert_eq!(parse_csv(out.trim_start_matches('\u{feff}')).len(), 3);
}

#[test]
fn markdown_is_a_table_with_a_delimiter_row() {
    let out = baogao(&["targets", "--format", "md", "R&D"]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "| subject | target | 2022 | section |");
    assert_eq!(lines[1], "| --- | --- | --- | --- |");
    assert_eq!(
        lines[2],
        "| 全社會R&D經費占GDP比重 | strive 3.4% | 3.26% | 強化科技創新支撐 |"
    );
}

#[test]
fn wide_never_cuts_a_cell() {
    let report = load::embedded().expect("embedded dataset");
    let out = baogao_with(&["targets", "--wide"], &[("COLUMNS", "40")]).ok();
    assert!(!out.contains('…'));
    for target in &report.targets {
        assert!(out.contains(&target.subject), "{} missing", target.subject);
    }
}

#[test]
fn nothing_matched_exits_1_with_nothing_on_stdout() {
    for format in ["table", "json", "csv", "md"] {
        let run = baogao(&["targets", "--format", format, "沒有這個指標"]);
        assert_eq!(run.code, 1, "{format}");
        assert_eq!(run.stdout, "", "{format}");
        assert!(run.stderr.contains("no figures match"), "{}", run.stderr);
    }
}

#[test]
fn several_reports_add_a_report_column() {
    let root = env!("CARGO_MANIFEST_DIR");
    let example = format!("{root}/examples/minimal.ron");
    let seed = format!("{root}/assets/xiuzhou-2023.ron");
    let out = baogao(&[
        "--report",
        &example,
        "--report",
        &seed,
        "targets",
        "地區生產總值",
    ])
    .ok();
    assert!(out.lines().next().is_some_and(|h| h.starts_with("report")));
    assert!(
        out.contains("example-2024") && out.contains("xiuzhou-2023"),
        "{out}"
    );
}

#[test]
fn pinyin_and_simplified_queries_match_like_search() {
    let traditional = baogao(&["targets", "光伏"]).ok();
    assert_eq!(baogao(&["targets", "guangfu"]).ok(), traditional);
    assert_pair("研发活动率", "規上工業企業研發活動率", "≥ 95%", "95.7%");
}

#[test]
fn category_accepts_either_script_any_case_and_separator() {
    let traditional = baogao(&["targets", "--category", "科技創新"]).ok();
    assert!(
        traditional.contains("全社會R&D經費占GDP比重"),
        "{traditional}"
    );
    for name in ["科技创新", "Innovation", " INNOVATION "] {
        assert_eq!(
            baogao(&["targets", "--category", name]).ok(),
            traditional,
            "{name}"
        );
    }
    let services = baogao(&["targets", "--category", "services-consumption"]).ok();
    for name in ["服务与消费", "Services_Consumption", "services consumption"] {
        assert_eq!(
            baogao(&["targets", "--category", name]).ok(),
            services,
            "{name}"
        );
    }
}
