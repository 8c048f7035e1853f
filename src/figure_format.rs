//! How a target or result is written on screen: `≥6% · 力爭 8%`, `≤28 微克/立方米`, `2022: 4.3%`.
//! One place, used by the TUI and the CLI.

use crate::model::{Bound, Commitment, Figure, Period, Report};
use crate::text::{format_number, sanitize};

/// The symbol for a bound (`≥`, `≤`, `≈`, or nothing for an exact figure).
pub fn bound_symbol(bound: Bound) -> &'static str {
    match bound {
        Bound::AtLeast => "≥",
        Bound::AtMost => "≤",
        Bound::About => "≈",
        Bound::Exact => "",
    }
}

/// Number (or range) and unit, without the bound: `6%`, `600 億元`, `5–5.5%`.
pub fn amount(figure: &Figure) -> String {
    let mut number = format_number(figure.value);
    if let Some(to) = figure.value_to.filter(|&to| to != figure.value) {
        number = format!("{number}–{}", format_number(to));
    }
    let unit = sanitize(&figure.unit);
    match unit.as_ref() {
        "" => number,
        "%" | "‰" => format!("{number}{unit}"),
        _ => format!("{number} {unit}"),
    }
}

/// A figure's value with its bound and, for a target, period: `≥6%`, `≥3 次 每年`.
pub fn figure_value(figure: &Figure) -> String {
    let mut value = format!("{}{}", bound_symbol(figure.bound), amount(figure));
    match figure.period {
        Period::EachYear => value.push_str(" 每年"),
        Period::Span(from, to) => value.push_str(&format!(" ({from}–{to})")),
        Period::Year(_) => {}
    }
    value
}

/// A target as shown in lists: its value, with the 力爭 level beside the floor it raises
/// (`≥6% · 力爭 8%`), or `力爭 …` for a lone strive target.
pub fn target_value(report: &Report, target: &Figure) -> String {
    let value = figure_value(target);
    match (target.commitment, strive_partner(report, target)) {
        (Commitment::Strive, None) => format!("力爭 {value}"),
        (Commitment::Strive, Some(_)) => value,
        (_, Some(strive)) => format!("{value} · 力爭 {}", figure_value(strive)),
        (_, None) => value,
    }
}

/// The results linked to a target by its metric, as `2022: 4.3%` (several joined by `, `);
/// empty when there are none.
pub fn linked_results(report: &Report, target: &Figure) -> String {
    report
        .results_for(target)
        .map(|r| {
            format!(
                "{}: {}",
                period_label(r.period),
                figure_value_without_period(r)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn figure_value_without_period(figure: &Figure) -> String {
    format!("{}{}", bound_symbol(figure.bound), amount(figure))
}

/// A period as a short label: `2022`, `每年`, `2023–2025`.
pub fn period_label(period: Period) -> String {
    match period {
        Period::Year(year) => year.to_string(),
        Period::EachYear => "每年".to_string(),
        Period::Span(from, to) => format!("{from}–{to}"),
    }
}

/// For a floor target, the 力爭 target with the same section and subject; for a 力爭 target,
/// the floor it raises.
pub fn strive_partner<'a>(report: &'a Report, target: &Figure) -> Option<&'a Figure> {
    let is_strive = |f: &Figure| f.commitment == Commitment::Strive;
    report.targets.iter().find(|other| {
        other.id != target.id
            && other.section == target.section
            && other.subject == target.subject
            && is_strive(other) != is_strive(target)
    })
}

/// True for a 力爭 target that is shown beside its floor rather than on its own row.
pub fn is_paired_strive(report: &Report, target: &Figure) -> bool {
    target.commitment == Commitment::Strive && strive_partner(report, target).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn report() -> Report {
        load::embedded().expect("embedded")
    }

    fn target<'a>(report: &'a Report, id: &str) -> &'a Figure {
        report.targets.iter().find(|t| t.id == id).expect(id)
    }

    #[test]
    fn floor_and_strive_levels_share_one_cell() {
        let r = report();
        assert_eq!(target_value(&r, target(&r, "gdp-growth")), "≥6% · 力爭 8%");
        assert!(is_paired_strive(&r, target(&r, "gdp-growth-strive")));
        assert!(!is_paired_strive(&r, target(&r, "gdp-growth")));
    }

    #[test]
    fn units_follow_the_number_with_a_space_except_percent() {
        let r = report();
        assert_eq!(target_value(&r, target(&r, "pv-output")), "力爭 ≥600 億元");
        assert_eq!(target_value(&r, target(&r, "pm25")), "≤28 微克/立方米");
        assert_eq!(
            target_value(&r, target(&r, "consumption-voucher-rounds")),
            "≥3 次 每年"
        );
    }

    #[test]
    fn linked_results_show_their_year() {
        let r = report();
        assert_eq!(linked_results(&r, target(&r, "gdp-growth")), "2022: 4.3%");
        assert_eq!(
            linked_results(&r, target(&r, "rd-share-gdp")),
            "2022: 3.26%"
        );
        assert_eq!(
            linked_results(&r, target(&r, "new-distributed-pv")),
            "2022: 58 兆瓦"
        );
        assert_eq!(
            linked_results(&r, target(&r, "vacated-land")),
            "2022: 3108 畝"
        );
    }

    #[test]
    fn ranges_keep_both_ends() {
        let mut f = report().targets[0].clone();
        f.value = 5.0;
        f.value_to = Some(5.5);
        f.bound = Bound::Exact;
        f.period = Period::Year(2026);
        assert_eq!(figure_value(&f), "5–5.5%");
    }
}
