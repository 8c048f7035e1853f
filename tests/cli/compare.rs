//! `baogao compare` on a fixture library made here: three years of 甲省, 乙市 and 丙縣 (from
//! tests/fixtures/library), a broken file and a dataset reusing an id; and on the real corpus
//! when it is present.

use std::path::{Path, PathBuf};

use baogao::text::width;
use serde_json::{Value, json};

use crate::{baogao, baogao_with};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library")
}

/// A library folder: the fixture reports, a broken dataset and a copy of 乙市 2026 under
/// another file name (its id taken).
fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(fixtures()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        std::fs::copy(&path, dir.path().join(name)).expect("copy");
    }
    std::fs::write(dir.path().join("broken.ron"), "(id: \"x\",\n  title: 5)").expect("write");
    std::fs::copy(
        fixtures().join("yi-2026.ron"),
        dir.path().join("yi-copy.ron"),
    )
    .expect("copy");
    dir
}

/// Runs `compare ARGS` on the fixture library; returns stdout and stderr, asserting exit 0.
fn compare(args: &[&str], columns: &str) -> (String, String) {
    let dir = library();
    let folder = dir.path().to_str().expect("utf-8 path");
    let mut all = vec!["--report", folder, "compare"];
    all.extend(args);
    let run = baogao_with(&all, &[("COLUMNS", columns)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (run.stdout, run.stderr)
}

fn json(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["--format", "json"];
    all.extend(args);
    let (out, _) = compare(&all, "80");
    match serde_json::from_str(&out).expect("json") {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

const REPORTS: [&str; 5] = ["bing-2026", "yi-2026", "jia-2024", "jia-2025", "jia-2026"];

#[test]
fn the_broken_file_and_the_duplicate_id_are_reported_and_the_rest_compared() {
    let (_, stderr) = compare(&["gdp-growth"], "80");
    assert!(stderr.contains("broken.ron:2:"), "located error: {stderr}");
    let duplicate = stderr
        .lines()
        .find(|l| l.contains("report id `yi-2026`"))
        .unwrap_or_else(|| panic!("duplicate id reported: {stderr}"));
    assert!(
        duplicate.contains("yi-copy.ron") && duplicate.contains("yi-2026.ron"),
        "{duplicate}"
    );
}

#[test]
fn json_has_one_object_per_indicator_and_loaded_report_with_null_where_nothing_is_said() {
    let records = json(&["gdp-growth", "pm25"]);
    let pairs: Vec<(String, String)> = records
        .iter()
        .map(|r| (r["indicator"].to_string(), r["report"].to_string()))
        .collect();
    let expected: Vec<(String, String)> = ["gdp-growth", "pm25"]
        .iter()
        .flat_map(|i| {
            REPORTS
                .iter()
                .map(move |r| (format!("\"{i}\""), format!("\"{r}\"")))
        })
        .collect();
    assert_eq!(pairs, expected);
    let jia_2025 = &records[3];
    assert_eq!(
        *jia_2025,
        json!({
            "indicator": "gdp-growth",
            "report": "jia-2025",
            "region": "甲省",
            "year": 2025,
            "target": {"value": 5.5, "high": null, "bound": "AtLeast", "commitment": "Plain",
                       "unit": "%", "quote": "地区生产总值增长5.5%以上", "section": "goals"},
            "strive": {"value": 6, "high": null, "bound": "Exact", "commitment": "Strive",
                       "unit": "%", "quote": "力争6%", "section": "goals"},
            "result": {"value": 6.1, "high": null, "bound": "Exact", "commitment": "Plain",
                       "unit": "%", "quote": "地区生产总值增长6.1%", "section": "review"},
        })
    );
    let yi = &records[1];
    assert_eq!(yi["target"]["value"], 4.5);
    assert_eq!(yi["target"]["high"], 5);
    let bing_pm25 = &records[5];
    assert_eq!(
        (
            &bing_pm25["target"],
            &bing_pm25["strive"],
            &bing_pm25["result"]
        ),
        (&Value::Null, &Value::Null, &Value::Null)
    );
}

#[test]
fn json_fields_come_in_the_documented_order() {
    let (out, _) = compare(&["--format", "json", "gdp-growth"], "80");
    let first = &out[..out.find('}').expect("an object")];
    let at = |key: &str| first.find(&format!("\"{key}\"")).expect(key);
    let order = ["indicator", "report", "region", "year", "target"];
    assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])), "{first}");
}

#[test]
fn without_indicators_the_main_expected_targets_with_figures_are_compared() {
    let indicators: Vec<String> = json(&[])
        .iter()
        .map(|r| r["indicator"].as_str().unwrap_or("").to_string())
        .collect();
    let mut distinct = indicators.clone();
    distinct.dedup();
    assert_eq!(
        distinct,
        [
            "gdp-growth",
            "budget-revenue-growth",
            "cpi",
            "surveyed-unemployment",
            "pm25"
        ]
    );
    assert_eq!(indicators.len(), distinct.len() * REPORTS.len());
}

#[test]
fn the_table_is_indicators_by_reports_when_it_fits() {
    let (out, _) = compare(&["gdp-growth", "CPI"], "120");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        [
            "indicator",
            "丙縣",
            "2026",
            "乙市",
            "2026",
            "甲省",
            "2024",
            "甲省",
            "2025",
            "甲省",
            "2026"
        ]
    );
    let gdp: Vec<&str> = lines[1].split("  ").filter(|c| !c.is_empty()).collect();
    assert_eq!(
        gdp.iter().map(|c| c.trim()).collect::<Vec<_>>(),
        [
            "地区生产总值增长",
            "≥ 7% · strive 8%",
            "4.5–5%",
            "≈ 6%",
            "≥ 5.5% · strive 6%",
            "≈ 5%"
        ]
    );
    assert!(lines[2].trim_start().starts_with("last year"), "{out}");
    assert!(lines[2].ends_with("5.2%"), "{out}");
    for line in &lines {
        assert!(width(line) <= 120, "{line}");
    }
}

#[test]
fn a_narrow_terminal_shows_one_indicator_at_a_time_with_the_reports_as_rows() {
    let (out, _) = compare(&["gdp-growth", "cpi"], "50");
    assert!(out.starts_with("地区生产总值增长 (gdp-growth)\n"), "{out}");
    assert!(out.contains("\n居民消费价格涨幅 (cpi)\n"), "{out}");
    let row = out
        .lines()
        .find(|l| l.starts_with("甲省 2025"))
        .expect("a row per report");
    assert!(
        row.contains("≥ 5.5% · strive 6%") && row.ends_with("6.1%"),
        "{row}"
    );
    for line in out.lines() {
        assert!(width(line) <= 50, "{line}");
    }
}

#[test]
fn csv_has_a_row_per_indicator_and_report_with_flattened_figures() {
    let (out, _) = compare(&["--format", "csv", "gdp-growth"], "80");
    let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(
        header[..6],
        [
            "indicator",
            "report",
            "region",
            "year",
            "target_value",
            "target_high"
        ]
    );
    assert!(header.contains(&"strive_quote") && header.contains(&"result_section"));
    assert_eq!(lines.len(), 1 + REPORTS.len());
    let yi: Vec<&str> = lines[2].split(',').collect();
    let field = |name: &str| yi[header.iter().position(|h| *h == name).expect(name)];
    assert_eq!(
        [
            field("report"),
            field("target_value"),
            field("target_high"),
            field("result_value")
        ],
        ["yi-2026", "4.5", "5", "4.8"]
    );
    assert_eq!(field("strive_value"), "");
}

#[test]
fn markdown_is_the_table() {
    let (out, _) = compare(&["--format", "md", "gdp-growth"], "80");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "| indicator | 丙縣 2026 | 乙市 2026 | 甲省 2024 | 甲省 2025 | 甲省 2026 |"
    );
    assert_eq!(lines[1], "| --- | --- | --- | --- | --- | --- |");
    assert_eq!(
        lines[2],
        "| 地区生产总值增长 | ≥ 7% · strive 8% | 4.5–5% | ≈ 6% | ≥ 5.5% · strive 6% | ≈ 5% |"
    );
    assert_eq!(
        lines[3],
        "|   last year | 7.5% | 4.8% | 5.8% | 6.1% | 5.2% |"
    );
}

#[test]
fn track_judges_each_years_target_by_the_next_reports_result() {
    let records = json(&["--track"]);
    let outcomes: Vec<String> = records
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r["indicator"].as_str().unwrap_or(""),
                r["year"],
                r["outcome"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "gdp-growth 2024 met",
            "gdp-growth 2025 missed",
            "budget-revenue-growth 2024 no result",
            "budget-revenue-growth 2025 met",
            "cpi 2024 met",
            "cpi 2025 missed",
            "surveyed-unemployment 2024 met",
        ]
    );
    let missed = &records[1];
    assert_eq!(missed["report"], "jia-2025");
    assert_eq!(missed["next_report"], "jia-2026");
    assert_eq!(missed["target"]["quote"], "地区生产总值增长5.5%以上");
    assert_eq!(missed["result"]["quote"], "地区生产总值增长5.2%");
    assert_eq!(records[2]["result"], Value::Null);
}

#[test]
fn the_track_table_and_csv_give_the_outcome_with_both_quotes() {
    let (table, _) = compare(&["--track", "cpi"], "120");
    let row = table.lines().nth(2).expect("second row");
    for part in [
        "甲省 2025",
        "≈ 2%",
        "2.3%",
        "missed",
        "居民消费价格涨幅2%左右",
        "居民消费价格上涨2.3%",
    ] {
        assert!(row.contains(part), "{part} in {row}");
    }
    let (csv, _) = compare(&["--track", "--format", "csv", "cpi"], "80");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].starts_with("indicator,region,year,report,next_report,outcome,target_value"));
    assert!(
        lines[1].starts_with("cpi,甲省,2024,jia-2024,jia-2025,met,3,"),
        "{csv}"
    );
}

#[test]
fn nothing_to_track_and_unknown_indicators_exit_1_with_a_reason() {
    let dir = library();
    let folder = dir.path().to_str().expect("utf-8 path");
    let run = baogao(&["--report", folder, "compare", "--track", "pm25"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("nothing to track"), "{}", run.stderr);
    let run = baogao(&["--report", folder, "compare", "沒有這個指標"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("names no indicator"), "{}", run.stderr);
}

/// The corpus of real reports, when present.
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOGAO_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    dir.is_dir().then_some(dir)
}

#[test]
fn the_corpus_imported_into_a_folder_compares_its_growth_targets() {
    let Some(corpus) = corpus() else {
        println!("skipped: no corpus (set BAOGAO_CORPUS)");
        return;
    };
    let library = tempfile::tempdir().expect("tempdir");
    let mut imported = 0;
    for entry in std::fs::read_dir(&corpus).expect("corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let name = path.with_extension("ron");
        let out = library.path().join(name.file_name().expect("name"));
        let run = baogao(&[
            "import",
            path.to_str().expect("utf-8"),
            "-o",
            out.to_str().expect("utf-8"),
        ]);
        assert_eq!(run.code, 0, "{}: {}", path.display(), run.stderr);
        imported += 1;
    }
    let folder = library.path().to_str().expect("utf-8");
    let run = baogao(&[
        "--report",
        folder,
        "compare",
        "gdp-growth",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records: Vec<Value> = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(records.len(), imported, "one object per imported report");
    for record in &records {
        assert_eq!(record["year"], 2026, "{record}");
        let target = &record["target"]["value"];
        assert!(
            target.as_f64().is_some_and(|v| v > 0.0 && v < 15.0),
            "{record}"
        );
        assert!(
            record["target"]["quote"]
                .as_str()
                .is_some_and(|q| q.contains("生产总值"))
        );
        assert!(record["result"]["value"].as_f64().is_some(), "{record}");
    }
    let table = baogao(&["--report", folder, "compare", "gdp-growth"]);
    assert_eq!(
        table.stdout,
        readme_corpus_table(),
        "README shows this very output"
    );
}

/// The output README.md shows for `baogao --report corpus-lib compare gdp-growth`.
fn readme_corpus_table() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    let after = readme
        .split_once("$ baogao --report corpus-lib compare gdp-growth\n")
        .expect("README shows the corpus comparison")
        .1;
    let shown = after.split_once("```").expect("end of block").0;
    shown.to_string()
}
