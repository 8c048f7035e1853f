use super::*;

fn vocabulary() -> &'static Vocabulary {
    static PARSED: OnceLock<Vocabulary> = OnceLock::new();
    PARSED.get_or_init(|| {
        Vocabulary::parse(EMBEDDED_RON, EMBEDDED_PATH).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn ids(query: &str) -> Vec<&'static str> {
    vocabulary()
        .resolve(query)
        .into_iter()
        .map(|i| i.id.as_str())
        .collect()
}

fn first(query: &str) -> Option<&'static str> {
    ids(query).first().copied()
}

#[test]
fn the_embedded_vocabulary_is_valid_and_large_enough() {
    assert!(vocabulary().indicators().len() >= 60);
    assert_eq!(
        Vocabulary::embedded().indicators().len(),
        vocabulary().indicators().len()
    );
}

#[test]
fn every_indicator_has_both_scripts_names_folding_to_one_key() {
    for indicator in vocabulary().indicators() {
        assert!(!indicator.name_hans.trim().is_empty(), "{}", indicator.id);
        assert!(!indicator.name_hant.trim().is_empty(), "{}", indicator.id);
        assert_eq!(
            key(&indicator.name_hans),
            key(&indicator.name_hant),
            "{}",
            indicator.id
        );
    }
    // Names with characters that differ between the scripts are written in each.
    let written_twice = vocabulary()
        .indicators()
        .iter()
        .filter(|i| i.name_hans != i.name_hant)
        .count();
    assert!(written_twice >= 80, "{written_twice}");
}

#[test]
fn no_name_or_alias_names_two_indicators() {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for indicator in vocabulary().indicators() {
        for name in indicator.names() {
            assert!(!name.trim().is_empty(), "{}: empty name", indicator.id);
            if let Some(other) = seen.insert(key(name), &indicator.id) {
                assert_eq!(other, indicator.id, "`{name}` names both");
            }
        }
    }
}

#[test]
fn every_name_and_alias_resolves_to_its_indicator_alone() {
    for indicator in vocabulary().indicators() {
        for name in indicator.names() {
            assert_eq!(
                first(name),
                Some(indicator.id.as_str()),
                "{name} → {:?}",
                ids(name)
            );
            assert_eq!(
                vocabulary().named(name).map(|i| i.id.as_str()),
                Some(indicator.id.as_str())
            );
        }
    }
}

#[test]
fn the_names_readers_use_find_the_headline_targets() {
    for (query, id) in [
        ("GDP", "gdp-growth"),
        ("gdp", "gdp-growth"),
        ("ＧＤＰ", "gdp-growth"),
        ("经济增长", "gdp-growth"),
        ("全省生产总值", "gdp-growth"),
        ("財政收入", "budget-revenue-growth"),
        ("财政收入", "budget-revenue-growth"),
        ("社零", "retail-sales-growth"),
        ("固投", "fixed-asset-investment-growth"),
        ("CPI", "cpi"),
        ("物價", "cpi"),
        ("R&D", "rd-share-gdp"),
        ("研發投入", "rd-share-gdp"),
        ("外贸", "trade-growth"),
        ("規上工業增加值", "industrial-value-added-growth"),
        ("pm2.5", "pm25"),
        ("Fixed-asset investment", "fixed-asset-investment-growth"),
        ("retail SALES", "retail-sales-growth"),
    ] {
        assert_eq!(first(query), Some(id), "{query} → {:?}", ids(query));
    }
}

#[test]
fn a_name_with_a_word_of_its_kind_still_names_it() {
    for (query, id) in [
        ("GDP增长", "gdp-growth"),
        ("gdp 增速", "gdp-growth"),
        ("财政收入目标", "budget-revenue-growth"),
        ("研发投入比重", "rd-share-gdp"),
        ("社零增长目标", "retail-sales-growth"),
        ("CPI涨幅", "cpi"),
        ("單位GDP能耗下降", "energy-intensity"),
        ("新增学位数", "school-places"),
    ] {
        assert_eq!(first(query), Some(id), "{query} → {:?}", ids(query));
    }
}

#[test]
fn a_word_of_another_kind_does_not_make_a_name() {
    // PM2.5 is a level: "PM2.5增长" is not a way of naming it.
    assert!(
        !ids("PM2.5增长").contains(&"pm25"),
        "{:?}",
        ids("PM2.5增长")
    );
    // 社零 is a growth: 社零比重 names no share.
    assert!(ids("社零比重").is_empty(), "{:?}", ids("社零比重"));
}

#[test]
fn pinyin_full_or_initials_spells_a_whole_name() {
    for (query, id) in [
        ("shelin", "retail-sales-growth"),
        ("sl", "retail-sales-growth"),
        ("guding zichan touzi", "fixed-asset-investment-growth"),
        ("gdzctz", "fixed-asset-investment-growth"),
        ("gt", "fixed-asset-investment-growth"),
        ("wujia", "cpi"),
        ("czxzjy", "new-urban-jobs"),
    ] {
        assert_eq!(first(query), Some(id), "{query} → {:?}", ids(query));
    }
    // A pinyin prefix of a name is not the name.
    assert!(!ids("gdzc").contains(&"fixed-asset-investment-growth"));
}

#[test]
fn a_word_naming_several_indicators_puts_the_headline_ones_first() {
    let jobs = ids("就业");
    let headline = |id: &str| vocabulary().get(id).is_some_and(|i| i.headline);
    assert!(jobs.contains(&"new-urban-jobs") && jobs.contains(&"surveyed-unemployment"));
    let first_minor = jobs
        .iter()
        .position(|id| !headline(id))
        .unwrap_or(jobs.len());
    assert!(
        jobs[..first_minor].contains(&"surveyed-unemployment"),
        "{jobs:?}"
    );
    assert!(jobs[first_minor..].iter().all(|id| !headline(id)));
}

#[test]
fn a_growth_indicator_brings_its_level_after_it() {
    assert_eq!(ids("社零"), ["retail-sales-growth", "retail-sales"]);
    assert_eq!(ids("GDP")[..2], ["gdp-growth", "gdp"]);
}

#[test]
fn a_search_reads_names_without_kind_words_and_not_categories() {
    let lookup = |query: &str| -> Vec<&str> {
        vocabulary()
            .lookup(query)
            .into_iter()
            .map(|i| i.id.as_str())
            .collect()
    };
    assert_eq!(lookup("增长 GDP")[0], "gdp-growth");
    assert_eq!(lookup("目标 财政收入")[0], "budget-revenue-growth");
    assert_eq!(lookup("GDP增长")[0], "gdp-growth");
    // Kind words alone, or with a word naming nothing, name nothing.
    assert!(lookup("增长 目标").is_empty());
    assert!(lookup("增长 蘋果").is_empty());
    // Neither a category's name nor part of a name is a name.
    assert!(ids("innovation").contains(&"rd-share-gdp"));
    assert!(lookup("innovation").is_empty());
    assert!(ids("光伏").contains(&"distributed-pv"));
    assert!(lookup("光伏").is_empty());
    assert!(lookup("就业").is_empty());
    // Pinyin spelling a whole name is a name.
    assert_eq!(lookup("gt")[0], "fixed-asset-investment-growth");
}

#[test]
fn queries_naming_nothing_resolve_to_nothing() {
    for query in ["", "  ", "x", "沒有這個指標", "zzzzqqq"] {
        assert!(ids(query).is_empty(), "{query} → {:?}", ids(query));
    }
}

#[test]
fn subjects_fit_by_name_or_hint_and_units_in_either_script() {
    let growth = vocabulary()
        .get("industrial-value-added-growth")
        .expect("id");
    assert!(growth.fits_subject("規上工業增加值增長"));
    assert!(growth.fits_subject("增加值增速"), "by its subject hint");
    assert!(!growth.fits_subject("光伏產業產值"));
    let output = vocabulary().get("industrial-output").expect("id");
    assert!(output.takes_unit("億元") && !output.takes_unit("%"));
}

fn problems(source: &str) -> Vec<String> {
    match Vocabulary::parse(source, "v.ron") {
        Err(LoadError::Invalid(all)) => all.into_iter().map(|d| d.message).collect(),
        Err(LoadError::Syntax(d)) => vec![d.message],
        other => panic!("expected problems, got {other:?}"),
    }
}

const TWO: &str = r#"[
    (id: "gdp-growth", name_hans: "地区生产总值增长", name_hant: "地區生產總值增長",
     name_en: "GDP growth", aliases: ["GDP"], kind: Growth, units: ["%"], category: Economy),
    (id: "cpi", name_hans: "居民消费价格涨幅", name_hant: "居民消費價格漲幅",
     name_en: "CPI", aliases: ["物价"], kind: Growth, units: ["%"], category: Economy),
]"#;

#[test]
fn a_small_vocabulary_parses() {
    let vocabulary = Vocabulary::parse(TWO, "v.ron").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vocabulary.indicators().len(), 2);
}

#[test]
fn an_alias_naming_two_indicators_is_refused_at_the_second() {
    let src = TWO.replace(r#"["物价"]"#, r#"["ＧＤＰ"]"#);
    let Err(LoadError::Invalid(all)) = Vocabulary::parse(&src, "v.ron") else {
        panic!("expected a problem");
    };
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        all[0].message,
        "indicator cpi: `ＧＤＰ` already names indicator gdp-growth"
    );
    assert_eq!(all[0].line, 5);
    assert!(all[0].source_line.contains("aliases"));
}

#[test]
fn a_traditional_and_a_simplified_alias_are_the_same_name() {
    let src = TWO.replace(r#"["物价"]"#, r#"["地區生產總值增長"]"#);
    assert_eq!(
        problems(&src),
        ["indicator cpi: `地區生產總值增長` already names indicator gdp-growth"]
    );
}

#[test]
fn bad_ids_empty_names_and_mismatched_scripts_are_reported() {
    let src = TWO
        .replace(r#""cpi""#, r#""CPI_1""#)
        .replace(r#"["物价"]"#, r#"["物价", " "]"#)
        .replace("居民消費價格漲幅", "居民消費價格");
    assert_eq!(
        problems(&src),
        [
            "indicator CPI_1: an id is lower-case letters and digits joined by `-`",
            "indicator CPI_1: name_hant does not fold to name_hans",
            "indicator CPI_1: empty alias",
        ]
    );
}

#[test]
fn duplicate_ids_and_unknown_growth_links_are_reported() {
    let src = TWO.replace(r#""cpi""#, r#""gdp-growth""#);
    assert!(problems(&src).contains(&"indicator gdp-growth: duplicate id".to_string()));
    let src = TWO.replace(
        "category: Economy),\n]",
        "category: Economy, growth: Some(\"nothing\")),\n]",
    );
    assert_eq!(problems(&src), ["indicator cpi: growth names no indicator"]);
}

#[test]
fn a_name_that_reads_as_another_name_and_a_word_is_reported() {
    let src = TWO.replace(r#"["物价"]"#, r#"["GDP增长率"]"#);
    assert_eq!(
        problems(&src),
        ["indicator cpi: `GDP增长率` also reads as a name of gdp-growth and a word"]
    );
}

#[test]
fn a_syntax_error_is_located() {
    let d = problems(&TWO.replace("kind: Growth", "kind: Grow"));
    assert!(d[0].contains("Grow"), "{d:?}");
}

#[test]
fn every_linked_figure_of_the_embedded_report_fits_its_indicator() {
    let report = crate::load::embedded().unwrap_or_else(|e| panic!("{e}"));
    let linked: Vec<_> = report
        .targets
        .iter()
        .chain(&report.results)
        .filter_map(|f| f.indicator.as_deref().map(|id| (f, id)))
        .collect();
    assert!(linked.len() >= 90, "{}", linked.len());
    for (figure, id) in linked {
        let indicator = vocabulary().get(id).unwrap_or_else(|| panic!("{id}"));
        assert!(
            indicator.fits_subject(&figure.subject),
            "{}: subject {} does not fit {id}",
            figure.id,
            figure.subject
        );
        assert!(
            indicator.takes_unit(&figure.unit),
            "{}: unit {} is not a unit of {id}",
            figure.id,
            figure.unit
        );
    }
}

#[test]
fn figures_paired_by_metric_name_the_same_indicator() {
    let report = crate::load::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut by_metric: HashMap<&str, &str> = HashMap::new();
    for figure in report.targets.iter().chain(&report.results) {
        if let (Some(metric), Some(id)) = (figure.metric.as_deref(), figure.indicator.as_deref()) {
            let first = *by_metric.entry(metric).or_insert(id);
            assert_eq!(first, id, "metric {metric}");
        }
    }
    assert!(by_metric.len() >= 10);
}

#[test]
fn the_main_expected_targets_of_the_embedded_report_are_linked() {
    let report = crate::load::embedded().unwrap_or_else(|e| panic!("{e}"));
    let main: Vec<_> = report
        .targets
        .iter()
        .filter(|t| t.section == "tasks-2023-expected")
        .collect();
    assert!(main.len() >= 3);
    for target in main {
        let id = target.indicator.as_deref().unwrap_or_default();
        assert!(
            vocabulary().get(id).is_some_and(|i| i.headline),
            "{}",
            target.id
        );
    }
}

#[test]
fn the_main_expected_targets_of_2026_provincial_reports_are_named() {
    // Subjects as the 8 reports of the shared corpus word their 主要预期目标.
    for (subject, id) in [
        ("地区生产总值增长", "gdp-growth"),
        ("全市生产总值增长", "gdp-growth"),
        ("全省生产总值增长", "gdp-growth"),
        ("地方一般公共预算收入增长", "budget-revenue-growth"),
        ("规上工业增加值增长", "industrial-value-added-growth"),
        ("固定资产投资增长", "fixed-asset-investment-growth"),
        ("社会消费品零售总额增长", "retail-sales-growth"),
        ("居民人均可支配收入增长", "disposable-income-growth"),
        ("居民消费价格涨幅", "cpi"),
        ("城镇调查失业率", "surveyed-unemployment"),
        ("城镇新增就业", "new-urban-jobs"),
        ("全社会研发投入强度", "rd-share-gdp"),
        ("粮食产量", "grain-output"),
        ("细颗粒物年均浓度", "pm25"),
        ("单位地区生产总值二氧化碳排放降低", "carbon-intensity"),
        ("单位生产总值二氧化碳排放量", "carbon-intensity"),
        ("主要污染物重点工程减排量", "pollutant-reduction"),
    ] {
        assert_eq!(first(subject), Some(id), "{subject} → {:?}", ids(subject));
    }
    // Wordings too long to be names still fit by a subject hint.
    let rd = vocabulary().get("rd-share-gdp").expect("id");
    assert!(rd.fits_subject("全社会研发经费支出相当于全市生产总值的比例"));
}

#[test]
fn traditional_names_use_no_simplified_character() {
    use crate::search::fold;
    // Characters that are their own Simplified form and the Simplified form of others
    // (variants such as 牀, 汙, 覈), yet the right Traditional character in these names.
    const ALSO_TRADITIONAL: &str = "托出合面里模核巨同才污表床症千";
    let mut wrong = Vec::new();
    for indicator in vocabulary().indicators() {
        for c in indicator.name_hant.chars() {
            let simplified_of_others = crate::search::han_variants(c).is_some_and(|v| v.len() > 1);
            if fold(c) == c && simplified_of_others && !ALSO_TRADITIONAL.contains(c) {
                wrong.push(format!("{} in {}", c, indicator.name_hant));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn less_is_better_for_prices_unemployment_pollution_and_deaths_only() {
    let lower: Vec<&str> = vocabulary()
        .indicators()
        .iter()
        .filter(|i| i.lower_is_better)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        lower,
        [
            "cpi",
            "surveyed-unemployment",
            "registered-unemployment",
            "pm25",
            "production-safety-deaths"
        ]
    );
    let get = |id: &str| vocabulary().get(id).unwrap_or_else(|| panic!("{id}"));
    // Reductions are better the larger they are, in every unit.
    assert!(!get("energy-intensity").lower_is_better_in("%"));
    assert!(!get("pollutant-reduction").lower_is_better_in("万吨"));
    // Deaths: fewer people is better; a fall given in % is a reduction.
    let deaths = get("production-safety-deaths");
    assert!(deaths.lower_is_better_in("人") && !deaths.lower_is_better_in("%"));
    assert!(get("pm25").lower_is_better_in("微克/立方米"));
    assert!(!get("gdp-growth").lower_is_better_in("%"));
}

#[test]
fn a_reduction_marked_lower_is_better_is_reported() {
    let src = TWO.replace(
        "kind: Growth, units: [\"%\"], category: Economy),\n]",
        "kind: Decline, units: [\"%\"], category: Economy, lower_is_better: true),\n]",
    );
    assert_eq!(
        problems(&src),
        [
            "indicator cpi: a reduction is better the larger it is; lower_is_better contradicts kind Decline"
        ]
    );
}
