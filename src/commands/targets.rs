//! `baogao targets`: the targets (or results) a query names, as a table, JSON, CSV or Markdown.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use serde_json::{Value, json};

use crate::citation::cite_figure;
use crate::cli::{TableFormat, TargetsArgs};
use crate::figure_format::{SEPARATOR, TargetGroups, committed_value, figure_value, result_value};
use crate::i18n::{Lang, Msg};
use crate::model::{Figure, Period, Report};
use crate::search::Index;
use crate::text::{format_number, sanitize};

use super::filter::matching;
use super::formats::{self, DATA_LANG};
use super::table::Table;
use super::term::Term;

/// Which figures are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The coming year's targets, with linked results beside them.
    Targets,
    /// Only targets with a linked result.
    Both,
    /// Last year's results.
    Results,
}

impl Kind {
    fn of(args: &TargetsArgs) -> Kind {
        match (args.results, args.both) {
            (true, _) => Kind::Results,
            (false, true) => Kind::Both,
            (false, false) => Kind::Targets,
        }
    }
}

/// One listed figure and the report it comes from.
struct Pick<'a> {
    report: &'a Report,
    figure: &'a Figure,
}

/// Renders the figures `args` select, or `None` when nothing matched.
/// `index(i)` gives the search index of `reports[i]`.
pub fn targets(
    reports: &[Report],
    index: &dyn Fn(usize) -> Index,
    args: &TargetsArgs,
    term: &Term,
) -> Result<Option<String>> {
    let kind = Kind::of(args);
    let picks = pick(reports, index, args, kind);
    if picks.is_empty() {
        return Ok(None);
    }
    if args.cite {
        return Ok(Some(citations(&picks)));
    }
    let with_report = reports.len() > 1;
    let rendered = match args.format {
        TableFormat::Table => {
            let limit = (!args.wide).then_some(term.columns);
            table(&picks, kind, reports, with_report, term.lang).render(limit, term)
        }
        TableFormat::Md => formats::markdown(&table(&picks, kind, reports, with_report, term.lang)),
        TableFormat::Csv => formats::csv(&csv_table(&picks, kind), args.bom),
        TableFormat::Json => {
            let records: Vec<Value> = picks.iter().map(|p| record(p, kind)).collect();
            let mut all = Value::Array(records);
            sanitize_json(&mut all);
            serde_json::to_string_pretty(&all)? + "\n"
        }
    };
    Ok(Some(rendered))
}

/// One citation line per listed indicator (targets of one indicator share a line).
fn citations(picks: &[Pick]) -> String {
    let mut seen = HashSet::new();
    let mut out = String::new();
    for Pick { report, figure } in picks {
        let line = cite_figure(report, figure);
        if seen.insert(line.clone()) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The figures of every report that match the query and category, report after report, each
/// report's best first (see [`figures_matching`](crate::search::figures_matching)).
fn pick<'a>(
    reports: &'a [Report],
    index: &dyn Fn(usize) -> Index,
    args: &TargetsArgs,
    kind: Kind,
) -> Vec<Pick<'a>> {
    let mut picks = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        let found = matching(report, args.query.as_deref().unwrap_or(""), || index(i));
        let in_category = |f: &Figure| args.category.is_none_or(|c| f.category == c);
        let figures: Vec<&Figure> = match kind {
            Kind::Results => found
                .ranked_results
                .iter()
                .filter_map(|&i| report.results.get(i))
                .filter(|f| in_category(f))
                .collect(),
            Kind::Targets => found
                .ranked_targets
                .iter()
                .filter_map(|&i| report.targets.get(i))
                .filter(|f| in_category(f))
                .collect(),
            Kind::Both => {
                let result_metrics: HashSet<&str> = found
                    .ranked_results
                    .iter()
                    .filter_map(|&i| report.results.get(i)?.metric.as_deref())
                    .collect();
                let by_result = report.targets.iter().enumerate().filter(|(_, t)| {
                    t.metric
                        .as_deref()
                        .is_some_and(|k| result_metrics.contains(k))
                });
                let mut listed = HashSet::new();
                found
                    .ranked_targets
                    .iter()
                    .filter_map(|&i| Some((i, report.targets.get(i)?)))
                    .chain(by_result)
                    .filter(|(i, t)| listed.insert(*i) && in_category(t))
                    .filter(|(_, t)| report.results_for(t).next().is_some())
                    .map(|(_, t)| t)
                    .collect()
            }
        };
        picks.extend(figures.into_iter().map(|figure| Pick { report, figure }));
    }
    picks
}

/// The title of the section a figure is quoted from (its id when the section is missing).
fn section_title<'a>(report: &'a Report, figure: &'a Figure) -> &'a str {
    report
        .section(&figure.section)
        .map_or(figure.section.as_str(), |s| s.title.as_str())
}

/// The column header for last year's results: `2022` when every report agrees.
fn past_header(reports: &[Report], lang: Lang) -> String {
    let years: HashSet<u16> = reports.iter().map(|r| r.year.saturating_sub(1)).collect();
    match years.into_iter().collect::<Vec<_>>()[..] {
        [year] => year.to_string(),
        _ => lang.text(Msg::ColPast).to_string(),
    }
}

/// The table for the terminal and Markdown: one row per indicator, targets of one metric
/// merged, a lone target with its commitment (`力爭 ≥ 6%`), headers and words in `lang`.
fn table(picks: &[Pick], kind: Kind, reports: &[Report], with_report: bool, lang: Lang) -> Table {
    let past = past_header(reports, lang);
    let target = lang.text(Msg::ColTarget);
    let mut headers: Vec<&str> = Vec::new();
    if with_report {
        headers.push(lang.text(Msg::ColReport));
    }
    headers.push(lang.text(Msg::ColSubject));
    if kind != Kind::Results {
        headers.push(target);
    }
    headers.extend([past.as_str(), lang.text(Msg::ColSection)]);
    let mut table = Table::new(&headers).keep_whole(&[target, &past]);
    let mut seen = HashSet::new();
    let mut grouped: HashMap<&str, Grouped> = HashMap::new();
    for Pick { report, figure } in picks {
        let mut row = Vec::new();
        if with_report {
            row.push(report.id.clone());
        }
        row.push(figure.subject.clone());
        if kind == Kind::Results {
            row.push(figure_value(figure, lang));
        } else {
            let lookup = grouped
                .entry(report.id.as_str())
                .or_insert_with(|| Grouped::new(report));
            let group = lookup.group(report, figure);
            if !seen.insert((report.id.as_str(), group[0].id.as_str())) {
                continue;
            }
            row.push(committed_value(&group, lang));
            row.push(result_value(report, figure, lang));
        }
        row.push(section_title(report, figure).to_string());
        table.push(row);
    }
    table
}

/// A report's target groups with an id index, built once so long lists stay linear.
struct Grouped<'a> {
    groups: TargetGroups,
    index_of: HashMap<&'a str, usize>,
}

impl<'a> Grouped<'a> {
    fn new(report: &'a Report) -> Self {
        let index_of = report
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        Self {
            groups: TargetGroups::new(report),
            index_of,
        }
    }

    /// The targets stating the same indicator as `figure`, in report order.
    fn group(&self, report: &'a Report, figure: &'a Figure) -> Vec<&'a Figure> {
        match self.index_of.get(figure.id.as_str()) {
            Some(&i) => self
                .groups
                .members(i)
                .iter()
                .map(|&m| &report.targets[m])
                .collect(),
            None => vec![figure],
        }
    }
}

/// The CSV columns, one row per figure.
const CSV_COLUMNS: [&str; 20] = [
    "report",
    "kind",
    "id",
    "section",
    "section_title",
    "subject",
    "value",
    "value_to",
    "unit",
    "deadline",
    "bound",
    "commitment",
    "period",
    "category",
    "category_label",
    "metric",
    "indicator",
    "display",
    "linked",
    "quote",
];

/// Every field of every picked figure, one row each.
fn csv_table(picks: &[Pick], kind: Kind) -> Table {
    let mut table = Table::new(&CSV_COLUMNS);
    for Pick { report, figure } in picks {
        table.push(vec![
            report.id.clone(),
            kind_name(kind).to_string(),
            figure.id.clone(),
            figure.section.clone(),
            section_title(report, figure).to_string(),
            figure.subject.clone(),
            figure.value.map(format_number).unwrap_or_default(),
            figure.value_to.map(format_number).unwrap_or_default(),
            figure.unit.clone(),
            figure.deadline.clone().unwrap_or_default(),
            variant_name(&figure.bound),
            variant_name(&figure.commitment),
            period_text(figure.period),
            figure.category.slug().to_string(),
            figure.category.zh().to_string(),
            figure.metric.clone().unwrap_or_default(),
            figure.indicator.clone().unwrap_or_default(),
            figure_value(figure, DATA_LANG),
            linked(report, figure, kind)
                .into_iter()
                .map(|f| figure_value(f, DATA_LANG))
                .collect::<Vec<_>>()
                .join(SEPARATOR),
            figure.quote.clone(),
        ]);
    }
    table
}

/// `target` or `result`.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Results => "result",
        Kind::Targets | Kind::Both => "target",
    }
}

/// The figures of the other kind that share `figure`'s metric key.
fn linked<'a>(report: &'a Report, figure: &'a Figure, kind: Kind) -> Vec<&'a Figure> {
    let others = match kind {
        Kind::Results => &report.targets,
        Kind::Targets | Kind::Both => &report.results,
    };
    others
        .iter()
        .filter(|o| o.metric.is_some() && o.metric == figure.metric)
        .collect()
}

/// An enum's name as the dataset and JSON write it (`AtLeast`).
pub(super) fn variant_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

/// A period as one CSV field: `2023`, `each-year`, `2023-2025`.
fn period_text(period: Period) -> String {
    match period {
        Period::Year(year) => year.to_string(),
        Period::EachYear => "each-year".to_string(),
        Period::Span(from, to) => format!("{from}-{to}"),
    }
}

/// A figure as a JSON object: its dataset fields plus the report, kind, section title,
/// category label, formatted value and the linked figures of the other kind.
fn record(pick: &Pick, kind: Kind) -> Value {
    let Pick { report, figure } = pick;
    let mut object = serde_json::to_value(figure).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut object {
        map.insert("report".into(), json!(report.id));
        map.insert("kind".into(), json!(kind_name(kind)));
        map.insert("section_title".into(), json!(section_title(report, figure)));
        map.insert("category_label".into(), json!(figure.category.zh()));
        map.insert("display".into(), json!(figure_value(figure, DATA_LANG)));
        let links = match kind {
            Kind::Results => "targets",
            Kind::Targets | Kind::Both => "results",
        };
        let linked: Vec<Value> = linked(report, figure, kind)
            .into_iter()
            .map(|f| {
                let mut inner = serde_json::to_value(f).unwrap_or(Value::Null);
                if let Value::Object(m) = &mut inner {
                    m.insert("display".into(), json!(figure_value(f, DATA_LANG)));
                }
                inner
            })
            .collect();
        map.insert(links.into(), Value::Array(linked));
    }
    object
}

/// Sanitises every string in a JSON value, keys included.
pub(super) fn sanitize_json(value: &mut Value) {
    match value {
        Value::String(s) => *s = sanitize(s).into_owned(),
        Value::Array(items) => items.iter_mut().for_each(sanitize_json),
        Value::Object(map) => {
            let entries = std::mem::take(map);
            for (key, mut inner) in entries {
                sanitize_json(&mut inner);
                map.insert(sanitize(&key).into_owned(), inner);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn args(query: &str) -> TargetsArgs {
        TargetsArgs {
            query: Some(query.to_string()),
            category: None,
            format: TableFormat::Table,
            results: false,
            both: false,
            wide: true,
            bom: false,
            cite: false,
        }
    }

    /// An 80-column terminal without colour, speaking Traditional Chinese as the report does.
    const PLAIN: Term = Term {
        columns: 80,
        color: false,
        lang: Lang::Hant,
    };

    fn run(args: &TargetsArgs) -> Option<String> {
        let reports = [load::embedded().expect("embedded dataset")];
        targets(&reports, &|i| Index::build(&reports[i]), args, &PLAIN).expect("render")
    }

    #[test]
    fn cite_prints_one_citation_line_per_indicator() {
        let mut cite = args("地區生產總值");
        cite.cite = true;
        let out = run(&cite).expect("found");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1, "{out}");
        assert!(
            lines[0]
                .starts_with("地區生產總值增長 ≥ 6% · 力爭 8% — 2023年嘉興市秀洲區政府工作報告 › "),
            "{out}"
        );
    }

    #[test]
    fn targets_of_one_metric_share_one_row() {
        let out = run(&args("地區生產總值")).expect("found");
        assert_eq!(
            out.lines()
                .filter(|l| l.contains("地區生產總值增長"))
                .count(),
            1
        );
        assert!(out.contains("≥ 6% · 力爭 8%"));
        assert!(out.contains("4.3%"));
    }

    #[test]
    fn both_lists_only_targets_with_a_result() {
        let mut both = args("");
        both.both = true;
        let out = run(&both).expect("found");
        assert!(out.contains("R&D"));
        assert!(
            !out.lines().any(|l| l.starts_with("工業投資")),
            "industrial investment has no 2022 result"
        );
    }

    #[test]
    fn both_matches_on_the_linked_result_too() {
        let mut both = args("研發活動率");
        both.both = true;
        let out = run(&both).expect("found");
        assert!(out.contains("≥ 95%") && out.contains("95.7%"), "{out}");
    }

    #[test]
    fn results_lists_last_years_figures() {
        let mut results = args("光伏");
        results.results = true;
        let out = run(&results).expect("found");
        assert!(out.contains("302.6 億元"));
        assert!(!out.contains("≥ 600 億元"));
    }

    #[test]
    fn nothing_matched_is_none() {
        assert_eq!(run(&args("沒有這個指標")), None);
    }

    #[test]
    fn json_holds_the_linked_results() {
        let mut json = args("R&D");
        json.format = TableFormat::Json;
        let out = run(&json).expect("found");
        let value: Value = serde_json::from_str(&out).expect("json");
        assert_eq!(value[0]["id"], "rd-share-gdp");
        assert_eq!(value[0]["results"][0]["value"], 3.26);
        assert_eq!(value[0]["display"], "3.4%");
    }

    #[test]
    fn a_milestone_shows_its_deadline_where_the_value_would_be() {
        let out = run(&args("北理工長三角研究院一期南區")).expect("found");
        let row = out.lines().find(|l| l.contains("交付")).expect("row");
        assert!(row.contains("2023年6月前"), "{row}");
        let mut json = args("北理工長三角研究院一期南區");
        json.format = TableFormat::Json;
        let value: Value = serde_json::from_str(&run(&json).expect("found")).expect("json");
        assert_eq!(value[0]["value"], Value::Null);
        assert_eq!(value[0]["deadline"], "2023-06");
        let mut csv = args("北理工長三角研究院一期南區");
        csv.format = TableFormat::Csv;
        let out = run(&csv).expect("found");
        let header: Vec<&str> = out.lines().next().expect("header").split(',').collect();
        let row: Vec<&str> = out.lines().nth(1).expect("row").split(',').collect();
        let deadline = header
            .iter()
            .position(|h| *h == "deadline")
            .expect("column");
        assert_eq!(row[deadline], "2023-06");
        assert_eq!(
            row[header.iter().position(|h| *h == "value").expect("column")],
            ""
        );
    }

    #[test]
    fn csv_names_each_figures_indicator() {
        let mut csv = args("地區生產總值增長");
        csv.format = TableFormat::Csv;
        let out = run(&csv).expect("found");
        let header: Vec<&str> = out.lines().next().expect("header").split(',').collect();
        let at = header
            .iter()
            .position(|h| *h == "indicator")
            .expect("column");
        let row: Vec<&str> = out.lines().nth(1).expect("row").split(',').collect();
        assert_eq!(row[at], "gdp-growth");
    }

    #[test]
    fn the_names_readers_use_list_the_indicator_first() {
        for (query, subject, value) in [
            ("GDP", "地區生產總值增長", "≥ 6% · 力爭 8%"),
            ("GDP增长", "地區生產總值增長", "≥ 6% · 力爭 8%"),
            ("gdp 目标", "地區生產總值增長", "≥ 6% · 力爭 8%"),
            ("财政收入", "一般公共預算收入增長", "3%"),
            ("社零", "社會消費品零售總額增長", "≥ 6%"),
            ("gt", "固定資產投資增長", "≥ 20%"),
            ("固投", "固定資產投資增長", "≥ 20%"),
            ("研发 投入", "全社會R&D經費占GDP比重", "3.4%"),
            ("就业", "城鎮新增就業人數", "≥ 1.5 萬人"),
        ] {
            let out = run(&args(query)).unwrap_or_default();
            let first = out.lines().nth(1).unwrap_or_default();
            assert!(
                first.starts_with(subject) && first.contains(value),
                "{query}:\n{out}"
            );
        }
    }

    #[test]
    fn ordinary_matches_follow_the_named_indicator() {
        let out = run(&args("GDP")).expect("found");
        let rows: Vec<&str> = out.lines().skip(1).collect();
        assert!(rows[0].starts_with("地區生產總值增長"), "{out}");
        assert!(rows.iter().any(|r| r.starts_with("全社會R&D經費占GDP比重")));
    }

    /// Every name and alias of every indicator linked in the embedded report lists a figure
    /// linked to it first: among the targets when one is linked, else among the results.
    #[test]
    fn every_name_of_a_linked_indicator_lists_its_figures_first() {
        let reports = [load::embedded().expect("embedded dataset")];
        let linked = |figures: &[Figure], id: &str| {
            figures.iter().any(|f| f.indicator.as_deref() == Some(id))
        };
        let mut checked = 0;
        for indicator in crate::indicators::Vocabulary::embedded().indicators() {
            let id = indicator.id.as_str();
            let kind = match (
                linked(&reports[0].targets, id),
                linked(&reports[0].results, id),
            ) {
                (true, _) => Kind::Targets,
                (false, true) => Kind::Results,
                (false, false) => continue,
            };
            for name in indicator.names() {
                let picks = pick(&reports, &|i| Index::build(&reports[i]), &args(name), kind);
                let first = picks.first().map(|p| p.figure);
                assert_eq!(
                    first.and_then(|f| f.indicator.as_deref()),
                    Some(id),
                    "`{name}` lists {:?} first",
                    first.map(|f| &f.subject)
                );
                checked += 1;
            }
        }
        assert!(checked >= 200, "{checked} names checked");
    }

    #[test]
    fn sanitize_json_cleans_strings_and_keys() {
        let mut value = json!({"a\u{1b}": ["x\u{7}", 1]});
        sanitize_json(&mut value);
        assert_eq!(value, json!({"a␛": ["x␇", 1]}));
    }

    #[test]
    fn periods_are_one_csv_field() {
        assert_eq!(period_text(Period::Year(2023)), "2023");
        assert_eq!(period_text(Period::EachYear), "each-year");
        assert_eq!(period_text(Period::Span(2023, 2025)), "2023-2025");
    }
}
