//! `baogao import` names what it imports: year, region, title and id from the title line, the
//! delivery line, the publication date or the file name, never failing for want of them, and
//! ids that are readable and distinct (`hubei-2026`, never a bare `2026`).

use std::collections::HashSet;
use std::path::Path;

use assert_cmd::Command;
use baogao::import::{Imported, Options, import};
use baogao::load;
use baogao::model::Report;

/// A body after the opening lines: enough for an outline and a target.
const BODY: &str = "各位代表：\n现在，我代表人民政府，向大会报告工作。\n\
                    一、过去一年工作回顾\n地区生产总值增长5.2%。\n\
                    二、今年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。";

fn imported(head: &str, name: &str) -> Imported {
    let text = format!("{head}\n{BODY}");
    let options = Options {
        name: name.to_string(),
        ..Options::default()
    };
    import(text.as_bytes(), &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// An id a reader can type and tell apart: lower-case ASCII words joined by dashes, ending
/// with the year, never a bare number.
fn assert_readable(id: &str, year: u16) {
    let (place, id_year) = id.rsplit_once('-').unwrap_or(("", id));
    assert_eq!(id_year, year.to_string(), "{id} ends with the year");
    assert!(
        !place.is_empty()
            && place
                .split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
        "{id} is not a readable place name"
    );
}

fn assert_loads(report: &Report) {
    let ron = baogao::commands::to_ron(report).expect("ron");
    load::parse(&ron, "imported.ron").unwrap_or_else(|e| panic!("{}: {e}", report.id));
}

/// (opening lines, file name, region, title, id) as a reader would write them.
const TITLE_LINES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "2026年湖北省政府工作报告\n——2026年1月27日在湖北省第十四届人民代表大会第四次会议上",
        "2026-湖北省",
        "湖北省",
        "2026年湖北省政府工作报告",
        "hubei-2026",
    ),
    (
        "政府工作报告\n（2026年1月27日在山东省第十四届人民代表大会第四次会议上）",
        "2026-山东省",
        "山东省",
        "2026年山东省政府工作报告",
        "shandong-2026",
    ),
    (
        "陕西省2026年政府工作报告",
        "shaanxi",
        "陕西省",
        "陕西省2026年政府工作报告",
        "shaanxi-2026",
    ),
    (
        "2026年山西省政府工作报告",
        "2026",
        "山西省",
        "2026年山西省政府工作报告",
        "shanxi-2026",
    ),
    (
        "2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上",
        "report",
        "北京市",
        "2026年北京市政府工作报告",
        "beijing-2026",
    ),
    (
        "2026年北京市朝阳区政府工作报告",
        "2026",
        "北京市朝阳区",
        "2026年北京市朝阳区政府工作报告",
        "chaoyang-2026",
    ),
    (
        "2026年广西壮族自治区政府工作报告",
        "2026",
        "广西壮族自治区",
        "2026年广西壮族自治区政府工作报告",
        "guangxi-2026",
    ),
    (
        "政府工作报告\n——2026年1月31日在西藏自治区第十二届人民代表大会第四次会议上",
        "2026",
        "西藏自治区",
        "2026年西藏自治区政府工作报告",
        "xizang-2026",
    ),
    (
        "政府工作报告\n——2023年2月3日在嘉兴市秀洲区第十届人民代表大会第二次会议上",
        "2023",
        "嘉兴市秀洲区",
        "2023年嘉兴市秀洲区政府工作报告",
        "xiuzhou-2023",
    ),
    (
        "政府工作报告\n2026年1月10日在嘉善县第十七届人民代表大会第五次会议上",
        "2026",
        "嘉善县",
        "2026年嘉善县政府工作报告",
        "jiashan-2026",
    ),
    (
        "2026年恩施土家族苗族自治州政府工作报告",
        "2026",
        "恩施土家族苗族自治州",
        "2026年恩施土家族苗族自治州政府工作报告",
        "enshi-2026",
    ),
    (
        "2026年成都市人民政府工作报告",
        "2026",
        "成都市",
        "2026年成都市人民政府工作报告",
        "chengdu-2026",
    ),
    (
        "政府工作报告\n来源：湖南日报\n时间：2026-02-02",
        "2026-湖南省",
        "湖南省",
        "2026年湖南省政府工作报告",
        "hunan-2026",
    ),
];

#[test]
fn title_lines_give_the_region_title_and_id_a_reader_would_write() {
    let mut ids = HashSet::new();
    for &(head, name, region, title, id) in TITLE_LINES {
        let report = imported(head, name).report;
        assert_eq!(
            (
                report.region.as_str(),
                report.title.as_str(),
                report.id.as_str()
            ),
            (region, title, id),
            "{head}"
        );
        assert_readable(&report.id, report.year);
        assert_eq!(
            report.title.matches(&report.year.to_string()).count(),
            1,
            "the year once in {}",
            report.title
        );
        assert_loads(&report);
        assert!(ids.insert(report.id.clone()), "{} twice", report.id);
    }
}

#[test]
fn the_year_comes_from_the_title_then_delivery_then_publication_then_file_name() {
    let year = |head: &str, name: &str| {
        let imported = imported(head, name);
        (imported.report.year, imported.summary.warnings.len())
    };
    let delivery = "——2025年1月27日在湖北省第十四届人民代表大会第四次会议上";
    let published = "来源：湖北日报\n时间：2024-02-02";
    assert_eq!(
        year(
            &format!("2026年湖北省政府工作报告\n{delivery}\n{published}"),
            "2023"
        ),
        (2026, 0)
    );
    assert_eq!(
        year(&format!("政府工作报告\n{delivery}\n{published}"), "2023"),
        (2025, 0)
    );
    assert_eq!(
        year(&format!("湖北省政府工作报告\n{published}"), "2023"),
        (2024, 0)
    );
    // From the file name: a warning says so.
    assert_eq!(year("湖北省政府工作报告", "2023-湖北省"), (2023, 1));
}

#[test]
fn a_report_without_any_metadata_imports_with_warnings() {
    let imported = imported("", "notes");
    assert_eq!(imported.report.year, 0);
    assert_eq!(imported.report.region, "");
    assert_eq!(imported.report.id, "notes");
    let warnings = imported.summary.warnings.join("\n");
    for option in ["--year", "--region"] {
        assert!(warnings.contains(option), "{warnings}");
    }
    assert_loads(&imported.report);
}

/// The reports in `$BAOGAO_CORPUS`, else in `../shared/corpus` beside the repository, when
/// that folder is there.
fn corpus() -> Option<Vec<std::path::PathBuf>> {
    let dir = std::env::var_os("BAOGAO_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        std::path::PathBuf::from,
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return None;
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Some(files)
}

/// Regions of the corpus reports known by file name (`2026-beijing.txt`).
const CORPUS_REGIONS: &[(&str, &str)] = &[
    ("beijing", "北京市"),
    ("guangdong", "广东省"),
    ("hebei", "河北省"),
    ("jiangsu", "江苏省"),
    ("shanghai", "上海市"),
    ("sichuan", "四川省"),
    ("xizang", "西藏自治区"),
    ("zhejiang", "浙江省"),
];

#[test]
fn every_corpus_report_imports_with_a_distinct_readable_id_and_its_region() {
    let Some(files) = corpus() else {
        return;
    };
    let mut ids = HashSet::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("read corpus file");
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // No file name to lean on: year, region and id must all come from the text.
        let imported =
            import(&bytes, &Options::default()).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let report = &imported.report;
        assert_eq!(report.year, 2026, "{stem}");
        assert!(
            imported.summary.warnings.is_empty(),
            "{stem}: {:?}",
            imported.summary.warnings
        );
        assert_readable(&report.id, report.year);
        let place = stem.trim_start_matches("2026-");
        assert_eq!(report.id, format!("{place}-2026"), "{stem}");
        if let Some((_, region)) = CORPUS_REGIONS.iter().find(|(p, _)| *p == place) {
            assert_eq!(report.region, *region, "{stem}");
            assert!(
                report.title.starts_with(&format!("2026年{region}")),
                "{}",
                report.title
            );
        }
        assert_eq!(report.title.matches("2026").count(), 1, "{}", report.title);
        assert!(ids.insert(report.id.clone()), "{} twice", report.id);
    }
    println!("imported {} corpus reports: {ids:?}", files.len());
}

fn baogao() -> Command {
    Command::cargo_bin("baogao").expect("binary")
}

#[test]
fn two_provinces_imported_by_the_command_sit_in_one_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs = [
        (
            "2026-湖北省.txt",
            "政府工作报告\n（2026年1月27日在湖北省第十四届人民代表大会第四次会议上）",
        ),
        ("2026-山东省.txt", "政府工作报告"),
    ];
    let mut datasets = Vec::new();
    for (name, head) in inputs {
        let input = dir.path().join(name);
        std::fs::write(&input, format!("{head}\n{BODY}")).expect("write input");
        let output = dir.path().join(format!("{name}.ron"));
        let run = baogao()
            .arg("import")
            .arg(&input)
            .arg("-o")
            .arg(&output)
            .assert()
            .success()
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
        datasets.push((output, stderr));
    }
    let (hubei, shandong) = (&datasets[0].1, &datasets[1].1);
    assert!(!hubei.contains("warning"), "{hubei}");
    assert!(
        hubei.contains("id hubei-2026, region 湖北省, year 2026"),
        "{hubei}"
    );
    // The second text names neither year nor region: the file name does, and a warning says so.
    assert!(
        shandong.contains("warning") && shandong.contains("taken from the file name"),
        "{shandong}"
    );
    assert!(
        shandong.contains("id shandong-2026, region 山东省, year 2026"),
        "{shandong}"
    );
    let targets = baogao()
        .arg("--report")
        .arg(&datasets[0].0)
        .arg("--report")
        .arg(&datasets[1].0)
        .args(["--color", "never", "targets"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let targets = String::from_utf8(targets).expect("utf-8");
    for id in ["hubei-2026", "shandong-2026"] {
        assert!(targets.contains(id), "{targets}");
    }
}
