//! `baogao indicators [QUERY]`: the standard indicators (all, or those a query names) and,
//! for each, the figures of the loaded reports linked to it.

use std::collections::HashMap;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{IndicatorsArgs, TableFormat};
use crate::figure_format::{SEPARATOR, committed_value, figure_value, group_value};
use crate::i18n::{Lang, Msg};
use crate::indicators::{Indicator, Vocabulary, key};
use crate::model::{Figure, Report};

use super::formats::{self, DATA_LANG};
use super::table::Table;
use super::targets::sanitize_json;
use super::term::Term;

/// A figure linked to an indicator, with where it comes from.
struct Linked<'a> {
    report: &'a Report,
    /// `target` or `result`.
    kind: &'static str,
    figure: &'a Figure,
}

/// Renders the indicators `args` select with their linked figures, or `None` when the query
/// names no indicator.
pub fn indicators(
    reports: &[Report],
    args: &IndicatorsArgs,
    term: &Term,
) -> Result<Option<String>> {
    let vocabulary = Vocabulary::embedded();
    let chosen: Vec<&Indicator> = match args.query.as_deref().map(str::trim) {
        Some(query) if !query.is_empty() => vocabulary.resolve(query),
        _ => vocabulary.indicators().iter().collect(),
    };
    if chosen.is_empty() {
        return Ok(None);
    }
    let linked = linked_figures(reports);
    let figures_of = |indicator: &Indicator| -> &[Linked] {
        linked.get(indicator.id.as_str()).map_or(&[], Vec::as_slice)
    };
    let with_report = reports.len() > 1;
    let rendered = match args.format {
        TableFormat::Table | TableFormat::Md => {
            let lang = term.lang;
            let [id, name, english, unit, targets, results] = [
                Msg::ColId,
                Msg::ColName,
                Msg::ColEnglish,
                Msg::ColUnit,
                Msg::ColTargets,
                Msg::ColResults,
            ]
            .map(|m| lang.text(m));
            let mut table = Table::new(&[id, name, english, unit, targets, results])
                .keep_whole(&[id, unit, targets, results]);
            let shown = |_: &Report, group: &[&Figure]| committed_value(group, lang);
            for indicator in &chosen {
                let name = indicator.name_for(reports);
                let figures = figures_of(indicator);
                table.push(vec![
                    indicator.id.clone(),
                    name.to_string(),
                    indicator.name_en.clone(),
                    shown_unit(indicator, figures).to_string(),
                    values(figures, "target", with_report, &shown),
                    values(figures, "result", with_report, &shown),
                ]);
            }
            if args.format == TableFormat::Md {
                formats::markdown(&table)
            } else {
                table.render((!args.wide).then_some(term.columns), term)
            }
        }
        TableFormat::Csv => {
            // Data: each report's 力爭 in its own script, whatever the interface speaks.
            let as_written = |report: &Report, group: &[&Figure]| {
                group_value(group, Lang::of_script(report.script))
            };
            let mut table = Table::new(&CSV_COLUMNS);
            for indicator in &chosen {
                let figures = figures_of(indicator);
                table.push(vec![
                    indicator.id.clone(),
                    indicator.name_hans.clone(),
                    indicator.name_hant.clone(),
                    indicator.name_en.clone(),
                    indicator.aliases.join("; "),
                    indicator.kind.slug().to_string(),
                    indicator.unit().to_string(),
                    indicator.units.join("; "),
                    indicator.category.slug().to_string(),
                    indicator.headline.to_string(),
                    values(figures, "target", true, &as_written),
                    values(figures, "result", true, &as_written),
                ]);
            }
            formats::csv(&table, args.bom)
        }
        TableFormat::Json => {
            let records: Vec<Value> = chosen
                .iter()
                .map(|indicator| record(indicator, figures_of(indicator)))
                .collect();
            serde_json::to_string_pretty(&Value::Array(records))? + "\n"
        }
    };
    Ok(Some(rendered))
}

/// The CSV columns, one row per indicator.
const CSV_COLUMNS: [&str; 12] = [
    "id",
    "name_hans",
    "name_hant",
    "name_en",
    "aliases",
    "kind",
    "unit",
    "units",
    "category",
    "headline",
    "targets",
    "results",
];

/// Every figure of every report that names an indicator, by indicator id, in report order.
fn linked_figures(reports: &[Report]) -> HashMap<&str, Vec<Linked<'_>>> {
    let mut linked: HashMap<&str, Vec<Linked>> = HashMap::new();
    for report in reports {
        let all = (report.targets.iter().map(|f| ("target", f)))
            .chain(report.results.iter().map(|f| ("result", f)));
        for (kind, figure) in all {
            if let Some(id) = figure.indicator.as_deref() {
                linked.entry(id).or_default().push(Linked {
                    report,
                    kind,
                    figure,
                });
            }
        }
    }
    linked
}

/// The values of the linked figures of one kind, report by report (`≥ 6% · 力爭 8%`), each
/// report's id first when several are loaded; `cell` writes one report's figures.
fn values(
    figures: &[Linked],
    kind: &str,
    with_report: bool,
    cell: &dyn Fn(&Report, &[&Figure]) -> String,
) -> String {
    let mut cells: Vec<String> = Vec::new();
    let mut rest: Vec<&Linked> = figures.iter().filter(|l| l.kind == kind).collect();
    while let Some(first) = rest.first() {
        let report = first.report;
        let (mine, others): (Vec<&Linked>, Vec<&Linked>) = rest
            .into_iter()
            .partition(|l| std::ptr::eq(l.report, report));
        let group: Vec<&Figure> = mine.iter().map(|l| l.figure).collect();
        let value = cell(report, &group);
        cells.push(if with_report {
            format!("{}: {value}", report.id)
        } else {
            value
        });
        rest = others;
    }
    cells.join(SEPARATOR)
}

/// The indicator's usual unit as the loaded reports write it (`億元` in a Traditional report),
/// else as the vocabulary does.
fn shown_unit<'a>(indicator: &'a Indicator, figures: &'a [Linked]) -> &'a str {
    let usual = key(indicator.unit());
    figures
        .iter()
        .map(|l| l.figure.unit.as_str())
        .find(|unit| key(unit) == usual)
        .unwrap_or(indicator.unit())
}

/// An indicator as a JSON object with its linked figures (their dataset fields plus report,
/// kind and formatted value); every string sanitised.
fn record(indicator: &Indicator, figures: &[Linked]) -> Value {
    let figures: Vec<Value> = figures
        .iter()
        .map(|l| {
            let mut object = serde_json::to_value(l.figure).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut object {
                map.insert("report".into(), json!(l.report.id));
                map.insert("kind".into(), json!(l.kind));
                map.insert("display".into(), json!(figure_value(l.figure, DATA_LANG)));
            }
            object
        })
        .collect();
    let mut object = json!({
        "id": indicator.id,
        "name_hans": indicator.name_hans,
        "name_hant": indicator.name_hant,
        "name_en": indicator.name_en,
        "aliases": indicator.aliases,
        "kind": indicator.kind.slug(),
        "unit": indicator.unit(),
        "units": indicator.units,
        "category": indicator.category.slug(),
        "category_label": indicator.category.zh(),
        "headline": indicator.headline,
        "figures": figures,
    });
    sanitize_json(&mut object);
    object
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    const PLAIN: Term = Term {
        columns: 100,
        color: false,
        lang: Lang::En,
    };

    fn args(query: &str, format: TableFormat) -> IndicatorsArgs {
        IndicatorsArgs {
            query: Some(query.to_string()),
            format,
            wide: false,
            bom: false,
        }
    }

    fn run(query: &str, format: TableFormat) -> Option<String> {
        let report = load::embedded().expect("embedded dataset");
        indicators(&[report], &args(query, format), &PLAIN).expect("render")
    }

    #[test]
    fn json_gives_the_indicator_and_its_linked_figures() {
        let out = run("GDP", TableFormat::Json).expect("found");
        let value: Value = serde_json::from_str(&out).expect("json");
        let gdp = &value[0];
        assert_eq!(gdp["id"], "gdp-growth");
        assert_eq!(gdp["name_hant"], "地區生產總值增長");
        assert_eq!(gdp["unit"], "%");
        assert_eq!(gdp["category"], "economy");
        let figures = gdp["figures"].as_array().expect("figures");
        let summary: Vec<(&str, f64)> = figures
            .iter()
            .map(|f| {
                (
                    f["kind"].as_str().unwrap_or(""),
                    f["value"].as_f64().unwrap_or(0.0),
                )
            })
            .collect();
        assert_eq!(summary, [("target", 6.0), ("target", 8.0), ("result", 4.3)]);
        assert_eq!(figures[0]["report"], "xiuzhou-2023");
        assert_eq!(figures[0]["quote"], "地區生產總值增長確保6%以上");
        // The level of GDP follows its growth.
        assert_eq!(value[1]["id"], "gdp");
        assert_eq!(value[1]["figures"][0]["value"], 622.31);
    }

    #[test]
    fn the_table_shows_targets_and_results_in_the_reports_script() {
        let out = run("財政收入", TableFormat::Table).expect("found");
        let row = out.lines().nth(1).expect("row");
        assert!(row.starts_with("budget-revenue-growth"), "{out}");
        assert!(row.contains("一般公共預算收入增長") && row.contains("3%") && row.contains("-15%"));
        for line in out.lines() {
            assert!(crate::text::width(line) <= 100, "{line}");
        }
    }

    #[test]
    fn without_a_query_every_indicator_is_listed() {
        let report = load::embedded().expect("embedded dataset");
        let all = IndicatorsArgs {
            query: None,
            format: TableFormat::Csv,
            wide: true,
            bom: false,
        };
        let out = indicators(&[report], &all, &PLAIN)
            .expect("render")
            .expect("found");
        let rows = out.lines().count() - 1;
        assert_eq!(rows, Vocabulary::embedded().indicators().len());
        assert!(out.starts_with("id,name_hans,name_hant,name_en,aliases,"));
    }

    #[test]
    fn markdown_is_a_table_and_a_query_naming_nothing_is_none() {
        let md = run("社零", TableFormat::Md).expect("found");
        assert!(
            md.lines()
                .nth(2)
                .is_some_and(|l| l.starts_with("| retail-sales-growth |"))
        );
        assert_eq!(run("沒有這個指標", TableFormat::Table), None);
    }
}
