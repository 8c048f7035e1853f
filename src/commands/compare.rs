//! `baogao compare`: indicators across the loaded reports, as a table (indicators × reports,
//! or one indicator at a time with the reports as rows when that does not fit), JSON, CSV or
//! Markdown; with `--track`, each year's target beside the result the next report gives.

use std::borrow::Cow;

use anyhow::Result;
use serde::Serialize;

use crate::cli::{CompareArgs, TableFormat};
use crate::compare::{self, Entry, Track, default_indicators, entries};
use crate::figure_format::{committed_value, figure_value};
use crate::i18n::{Lang, Msg};
use crate::indicators::{Indicator, Vocabulary};
use crate::model::{Bound, Commitment, Figure, NumberAsWritten, Report};
use crate::text::{format_number, sanitize};

use super::formats;
use super::table::Table;
use super::targets::variant_name;
use super::term::Term;

/// The label of the row beneath an indicator's targets that holds the prior-year results.
fn result_row(lang: Lang) -> String {
    format!("  {}", lang.text(Msg::LastYear))
}

/// Why `compare` has nothing to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nothing {
    /// A query names no indicator.
    Unknown(String),
    /// No main expected target has a figure in the loaded reports.
    NoHeadline,
    /// No two reports of one region in consecutive years, the first with a target.
    Untrackable,
}

impl Nothing {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Nothing::Unknown(query) => lang.fill(Msg::NamesNoIndicator, &[query]),
            Nothing::NoHeadline => lang.text(Msg::NoHeadline).to_string(),
            Nothing::Untrackable => lang.text(Msg::Untrackable).to_string(),
        }
    }
}

/// Renders the comparison `args` ask for.
pub fn compare(
    reports: &[Report],
    args: &CompareArgs,
    term: &Term,
) -> Result<Result<String, Nothing>> {
    let chosen = match chosen(Vocabulary::embedded(), reports, &args.indicators) {
        Ok(chosen) => chosen,
        Err(nothing) => return Ok(Err(nothing)),
    };
    if args.track {
        return tracked(reports, &chosen, args, term);
    }
    let rendered = match args.format {
        TableFormat::Table => {
            let wide = wide_table(reports, &chosen, term.lang);
            if args.wide {
                wide.render(None, term)
            } else if wide.natural_width() <= term.columns {
                wide.render(Some(term.columns), term)
            } else {
                narrow(reports, &chosen, term)
            }
        }
        TableFormat::Md => formats::markdown(&wide_table(reports, &chosen, term.lang)),
        TableFormat::Csv => formats::csv(&csv_table(reports, &chosen), args.bom),
        TableFormat::Json => {
            let pairs: Vec<(&Indicator, Entry)> = chosen
                .iter()
                .flat_map(|&indicator| {
                    entries(reports, &indicator.id)
                        .into_iter()
                        .map(move |e| (indicator, e))
                })
                .collect();
            let records: Vec<Record> = pairs.iter().map(|(i, e)| Record::of(i, e)).collect();
            json_text(&records)?
        }
    };
    Ok(Ok(rendered))
}

/// The indicators the queries name, each once, in the order named (a loose query such as
/// `就业` names several); the default ones without a query.
fn chosen<'v>(
    vocabulary: &'v Vocabulary,
    reports: &[Report],
    queries: &[String],
) -> Result<Vec<&'v Indicator>, Nothing> {
    if queries.is_empty() {
        let found = default_indicators(vocabulary, reports);
        return if found.is_empty() {
            Err(Nothing::NoHeadline)
        } else {
            Ok(found)
        };
    }
    let mut chosen: Vec<&Indicator> = Vec::new();
    for query in queries {
        let found = match vocabulary
            .get(query.trim())
            .or_else(|| vocabulary.named(query))
        {
            Some(exact) => vec![exact],
            None => vocabulary.resolve(query),
        };
        if found.is_empty() {
            return Err(Nothing::Unknown(query.clone()));
        }
        for indicator in found {
            if !chosen.iter().any(|c| c.id == indicator.id) {
                chosen.push(indicator);
            }
        }
    }
    Ok(chosen)
}

/// A target cell: the target with its 力争 aim (`≥ 6% · 力爭 8%`), or a lone target with its
/// commitment (`力爭 ≥ 6%`), in `lang`; empty without one.
fn target_cell(entry: &Entry, lang: Lang) -> String {
    committed_value(&entry.target_group(), lang)
}

/// A result cell: the value with its bound, empty without one.
fn result_cell(figure: Option<&Figure>, lang: Lang) -> String {
    figure.map(|f| figure_value(f, lang)).unwrap_or_default()
}

/// Indicators × reports: a row of targets per indicator and, beneath it, a row of the
/// prior-year results; a column per report labelled by region and year; words in `lang`.
fn wide_table(reports: &[Report], chosen: &[&Indicator], lang: Lang) -> Table {
    let labels: Vec<String> = reports.iter().map(Report::label).collect();
    let mut headers = vec![lang.text(Msg::ColIndicator)];
    headers.extend(labels.iter().map(String::as_str));
    let mut table = Table::new(&headers).keep_whole(&headers[1..]);
    for indicator in chosen {
        let entries = entries(reports, &indicator.id);
        let mut targets = vec![indicator.name_for(reports).to_string()];
        targets.extend(entries.iter().map(|e| target_cell(e, lang)));
        table.push(targets);
        let mut results = vec![result_row(lang)];
        results.extend(entries.iter().map(|e| result_cell(e.result, lang)));
        table.push(results);
    }
    table
}

/// One indicator at a time, its name as a heading and the reports as rows.
fn narrow(reports: &[Report], chosen: &[&Indicator], term: &Term) -> String {
    let lang = term.lang;
    let target = lang.text(Msg::ColTarget);
    let headers = [lang.text(Msg::ColReport), target, lang.text(Msg::LastYear)];
    let blocks: Vec<String> = chosen
        .iter()
        .map(|indicator| {
            let mut table = Table::new(&headers).keep_whole(&[target]);
            for entry in entries(reports, &indicator.id) {
                table.push(vec![
                    entry.report.label(),
                    target_cell(&entry, lang),
                    result_cell(entry.result, lang),
                ]);
            }
            let heading = format!("{} ({})", indicator.name_for(reports), indicator.id);
            let heading = crate::text::sanitize(&heading);
            let heading = crate::text::truncate(&heading, term.columns);
            format!(
                "{}\n{}",
                term.bold(&heading),
                table.render(Some(term.columns), term)
            )
        })
        .collect();
    blocks.join("\n")
}

/// The parts of a figure that CSV flattens, in order, each prefixed by the figure's role.
const FIGURE_FIELDS: [&str; 7] = [
    "value",
    "high",
    "bound",
    "commitment",
    "unit",
    "quote",
    "section",
];

/// The CSV header: `fixed` columns, then each role's figure fields (`target_value`, …).
fn csv_headers(fixed: &[&str], roles: &[&str]) -> Vec<String> {
    let mut headers: Vec<String> = fixed.iter().map(|f| f.to_string()).collect();
    for role in roles {
        headers.extend(FIGURE_FIELDS.iter().map(|f| format!("{role}_{f}")));
    }
    headers
}

/// A figure's CSV fields, in [`FIGURE_FIELDS`] order; empty fields without a figure.
fn csv_figure(figure: Option<&Figure>) -> Vec<String> {
    let Some(f) = figure else {
        return vec![String::new(); FIGURE_FIELDS.len()];
    };
    vec![
        f.value.map(format_number).unwrap_or_default(),
        high(f).map(format_number).unwrap_or_default(),
        variant_name(&f.bound),
        variant_name(&f.commitment),
        f.unit.clone(),
        f.quote.clone(),
        f.section.clone(),
    ]
}

/// A table from header strings.
fn table_of(headers: &[String]) -> Table {
    let names: Vec<&str> = headers.iter().map(String::as_str).collect();
    Table::new(&names)
}

/// One row per (indicator, report), figures flattened.
fn csv_table(reports: &[Report], chosen: &[&Indicator]) -> Table {
    let mut table = table_of(&csv_headers(
        &["indicator", "report", "region", "year"],
        &["target", "strive", "result"],
    ));
    for indicator in chosen {
        for entry in entries(reports, &indicator.id) {
            let mut row = vec![
                indicator.id.clone(),
                entry.report.id.clone(),
                entry.report.region.clone(),
                entry.report.year.to_string(),
            ];
            for figure in [entry.target, entry.strive, entry.result] {
                row.extend(csv_figure(figure));
            }
            table.push(row);
        }
    }
    table
}

/// The upper end of a range, when it differs from the value.
fn high(figure: &Figure) -> Option<f64> {
    figure.value_to.filter(|&to| Some(to) != figure.value)
}

/// A figure as compare's JSON gives it; strings sanitised.
#[derive(Serialize)]
struct FigureJson<'a> {
    value: Option<NumberAsWritten>,
    high: Option<NumberAsWritten>,
    bound: Bound,
    commitment: Commitment,
    unit: Cow<'a, str>,
    quote: Cow<'a, str>,
    section: Cow<'a, str>,
}

impl<'a> FigureJson<'a> {
    fn of(figure: Option<&'a Figure>) -> Option<Self> {
        figure.map(|f| FigureJson {
            value: f.value.map(NumberAsWritten),
            high: high(f).map(NumberAsWritten),
            bound: f.bound,
            commitment: f.commitment,
            unit: sanitize(&f.unit),
            quote: sanitize(&f.quote),
            section: sanitize(&f.section),
        })
    }
}

/// One (indicator, report) as compare's JSON gives it, fields in this order.
#[derive(Serialize)]
struct Record<'a> {
    indicator: Cow<'a, str>,
    report: Cow<'a, str>,
    region: Cow<'a, str>,
    year: u16,
    target: Option<FigureJson<'a>>,
    strive: Option<FigureJson<'a>>,
    result: Option<FigureJson<'a>>,
}

impl<'a> Record<'a> {
    fn of(indicator: &'a Indicator, entry: &Entry<'a>) -> Self {
        Record {
            indicator: sanitize(&indicator.id),
            report: sanitize(&entry.report.id),
            region: sanitize(&entry.report.region),
            year: entry.report.year,
            target: FigureJson::of(entry.target),
            strive: FigureJson::of(entry.strive),
            result: FigureJson::of(entry.result),
        }
    }
}

/// One tracked target as `compare --track`'s JSON gives it.
#[derive(Serialize)]
struct TrackRecord<'a> {
    indicator: Cow<'a, str>,
    region: Cow<'a, str>,
    year: u16,
    report: Cow<'a, str>,
    next_report: Cow<'a, str>,
    target: Option<FigureJson<'a>>,
    result: Option<FigureJson<'a>>,
    outcome: &'static str,
}

impl<'a> TrackRecord<'a> {
    fn of((indicator, track): &(&'a Indicator, Track<'a>)) -> Self {
        TrackRecord {
            indicator: sanitize(&indicator.id),
            region: sanitize(&track.report.region),
            year: track.report.year,
            report: sanitize(&track.report.id),
            next_report: sanitize(&track.next.id),
            target: FigureJson::of(Some(track.target)),
            result: FigureJson::of(track.result),
            outcome: track.outcome.slug(),
        }
    }
}

/// Pretty JSON with a final newline.
fn json_text<T: Serialize>(records: &[T]) -> Result<String> {
    Ok(serde_json::to_string_pretty(records)? + "\n")
}

/// `--track`: every tracked target of the chosen indicators, in their order.
fn tracked(
    reports: &[Report],
    chosen: &[&Indicator],
    args: &CompareArgs,
    term: &Term,
) -> Result<Result<String, Nothing>> {
    let tracks: Vec<(&Indicator, Track)> = chosen
        .iter()
        .flat_map(|&indicator| {
            compare::track(reports, indicator)
                .into_iter()
                .map(move |t| (indicator, t))
        })
        .collect();
    if tracks.is_empty() {
        return Ok(Err(Nothing::Untrackable));
    }
    let rendered = match args.format {
        TableFormat::Table => track_table(&tracks, reports, term.lang)
            .render((!args.wide).then_some(term.columns), term),
        TableFormat::Md => formats::markdown(&track_table(&tracks, reports, term.lang)),
        TableFormat::Csv => formats::csv(&track_csv(&tracks), args.bom),
        TableFormat::Json => json_text(&tracks.iter().map(TrackRecord::of).collect::<Vec<_>>())?,
    };
    Ok(Ok(rendered))
}

/// A row per tracked target: what was aimed at, what the next report says, and the outcome,
/// in `lang`.
fn track_table(tracks: &[(&Indicator, Track)], reports: &[Report], lang: Lang) -> Table {
    let headers = [
        Msg::ColIndicator,
        Msg::ColReport,
        Msg::ColTarget,
        Msg::ColResult,
        Msg::ColOutcome,
        Msg::ColTargetQuote,
        Msg::ColResultQuote,
    ]
    .map(|m| lang.text(m));
    let mut table = Table::new(&headers).keep_whole(&headers[1..5]);
    for (indicator, track) in tracks {
        table.push(vec![
            indicator.name_for(reports).to_string(),
            track.report.label(),
            figure_value(track.target, lang),
            result_cell(track.result, lang),
            lang.outcome(track.outcome).to_string(),
            track.target.quote.clone(),
            track.result.map(|r| r.quote.clone()).unwrap_or_default(),
        ]);
    }
    table
}

/// One CSV row per tracked target.
fn track_csv(tracks: &[(&Indicator, Track)]) -> Table {
    let mut table = table_of(&csv_headers(
        &[
            "indicator",
            "region",
            "year",
            "report",
            "next_report",
            "outcome",
        ],
        &["target", "result"],
    ));
    for (indicator, track) in tracks {
        let mut row = vec![
            indicator.id.clone(),
            track.report.region.clone(),
            track.report.year.to_string(),
            track.report.id.clone(),
            track.next.id.clone(),
            track.outcome.slug().to_string(),
        ];
        row.extend(csv_figure(Some(track.target)));
        row.extend(csv_figure(track.result));
        table.push(row);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn args(indicators: &[&str], format: TableFormat) -> CompareArgs {
        CompareArgs {
            indicators: indicators.iter().map(|s| s.to_string()).collect(),
            format,
            track: false,
            wide: false,
            bom: false,
        }
    }

    fn term(columns: usize) -> Term {
        Term {
            columns,
            color: false,
            lang: Lang::En,
        }
    }

    fn run(indicators: &[&str], format: TableFormat, columns: usize) -> Result<String, Nothing> {
        let report = load::embedded().expect("embedded");
        compare(&[report], &args(indicators, format), &term(columns)).expect("render")
    }

    #[test]
    fn a_query_may_name_an_indicator_by_id_name_or_alias() {
        let report = load::embedded().expect("embedded");
        let reports = [report];
        let ids = |queries: &[&str]| -> Vec<String> {
            let queries: Vec<String> = queries.iter().map(|q| q.to_string()).collect();
            chosen(Vocabulary::embedded(), &reports, &queries)
                .expect("named")
                .iter()
                .map(|i| i.id.clone())
                .collect()
        };
        assert_eq!(
            ids(&["gdp-growth", "CPI", "社零"]),
            ["gdp-growth", "cpi", "retail-sales-growth"]
        );
        assert_eq!(ids(&["GDP", "地區生產總值增長"]), ["gdp-growth"]);
        assert_eq!(ids(&["shelin"]), ["retail-sales-growth", "retail-sales"]);
        assert_eq!(
            run(&["沒有這個指標"], TableFormat::Table, 80),
            Err(Nothing::Unknown("沒有這個指標".into()))
        );
    }

    #[test]
    fn the_table_puts_the_target_above_last_years_result() {
        let out = run(&["gdp-growth"], TableFormat::Table, 80).expect("table");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(
            lines[0].starts_with("indicator") && lines[0].ends_with("2023"),
            "{out}"
        );
        assert!(lines[1].starts_with("地區生產總值增長") && lines[1].ends_with("≥ 6% · strive 8%"));
        assert!(
            lines[2].starts_with("  last year") && lines[2].ends_with("4.3%"),
            "{out}"
        );
    }

    #[test]
    fn a_table_too_wide_for_the_terminal_shows_one_indicator_at_a_time() {
        let out = run(&["gdp-growth", "pm25"], TableFormat::Table, 24).expect("table");
        assert!(out.starts_with("地區生產總值增長 (gdp-"), "{out}");
        assert!(out.contains("\nreport"), "{out}");
        for line in out.lines() {
            assert!(crate::text::width(line) <= 24, "{line}");
        }
    }
}
