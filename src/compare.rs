//! Indicators compared across reports: for each (indicator, report) the target, the separate
//! 力争 aim and the prior-year result linked to the indicator; and, for one region over
//! consecutive years, whether a year's target was met by the result the next report gives.
//!
//! Only figures of the right year count: a report's target for its own year (or for every
//! year), and its result for the year before. A five-year goal (2026–2030) is not a 2026
//! target, and a 十四五 total is not a 2025 result.

use crate::indicators::{Indicator, Vocabulary};
use crate::model::{Bound, Commitment, Figure, Period, Report};

/// What one report says of one indicator.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    /// The report.
    pub report: &'a Report,
    /// The target for the report's year: the floor when the report also gives a 力争 aim.
    pub target: Option<&'a Figure>,
    /// The higher aim (力争) when the report gives it beside a floor.
    pub strive: Option<&'a Figure>,
    /// The prior year's result the report gives.
    pub result: Option<&'a Figure>,
}

impl Entry<'_> {
    /// True when the report says nothing of the indicator.
    pub fn is_empty(&self) -> bool {
        self.target.is_none() && self.strive.is_none() && self.result.is_none()
    }

    /// The target and its 力争 aim, the figures one cell shows (`≥ 6% · 力爭 8%`).
    pub fn target_group(&self) -> Vec<&Figure> {
        self.target.into_iter().chain(self.strive).collect()
    }
}

/// How a target fared against the result reported a year later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The result reached the target.
    Met,
    /// The result fell short.
    Missed,
    /// The next year's report gives no result for the indicator.
    NoResult,
    /// Target and result cannot be compared (different units, a milestone without a value).
    Incomparable,
}

impl Outcome {
    /// The lower-case English name used in tables, JSON and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Missed => "missed",
            Outcome::NoResult => "no result",
            Outcome::Incomparable => "incomparable",
        }
    }
}

/// A target of one year beside the result the same region's next report gives for it.
#[derive(Debug, Clone, Copy)]
pub struct Track<'a> {
    /// The report that set the target.
    pub report: &'a Report,
    /// The target (the floor, when a 力争 aim was also given).
    pub target: &'a Figure,
    /// The next year's report of the same region.
    pub next: &'a Report,
    /// The result it gives for the target's year, if any.
    pub result: Option<&'a Figure>,
    /// Met, missed, no result or incomparable.
    pub outcome: Outcome,
}

/// True when a figure of `period` speaks of `year` alone.
fn covers(period: Period, year: u16) -> bool {
    match period {
        Period::Year(y) => y == year,
        Period::EachYear => true,
        Period::Span(from, to) => from == year && to == year,
    }
}

/// The figures of `figures` linked to `indicator` that speak of `year`, in report order.
fn of_year<'a, 'b>(
    figures: &'a [Figure],
    indicator: &'b str,
    year: u16,
) -> impl Iterator<Item = &'a Figure> + use<'a, 'b> {
    figures
        .iter()
        .filter(move |f| f.indicator.as_deref() == Some(indicator) && covers(f.period, year))
}

/// What `report` says of `indicator` (an id).
pub fn entry<'a>(report: &'a Report, indicator: &str) -> Entry<'a> {
    let targets: Vec<&Figure> = of_year(&report.targets, indicator, report.year).collect();
    let floor = targets
        .iter()
        .copied()
        .find(|t| t.commitment != Commitment::Strive);
    let aim = targets
        .iter()
        .copied()
        .find(|t| t.commitment == Commitment::Strive);
    let (target, strive) = match floor {
        Some(floor) => (Some(floor), aim),
        None => (aim, None),
    };
    let result = of_year(&report.results, indicator, report.year.saturating_sub(1)).next();
    Entry {
        report,
        target,
        strive,
        result,
    }
}

/// Every report's entry for `indicator`, in the reports' order.
pub fn entries<'a>(reports: &'a [Report], indicator: &str) -> Vec<Entry<'a>> {
    reports.iter().map(|r| entry(r, indicator)).collect()
}

/// The headline indicators (the main expected targets) with at least one figure of the right
/// year among `reports`, in vocabulary order: what a comparison shows by default.
pub fn default_indicators<'v>(
    vocabulary: &'v Vocabulary,
    reports: &[Report],
) -> Vec<&'v Indicator> {
    vocabulary
        .indicators()
        .iter()
        .filter(|i| i.headline && reports.iter().any(|r| !entry(r, &i.id).is_empty()))
        .collect()
}

/// For each report with a target for `indicator` whose region's next-year report is loaded,
/// the result that report gives for the target's year: met, missed or no result. Reports
/// without a region are not tracked.
pub fn track<'a>(reports: &'a [Report], indicator: &Indicator) -> Vec<Track<'a>> {
    reports
        .iter()
        .filter_map(|report| follow(reports, report, indicator))
        .collect()
}

/// What became of `report`'s target for `indicator`: the result that the same region's
/// report of the next year, found among `reports`, gives for it. `None` when `report` has no
/// region or no target for the indicator, or its region's next report is not among `reports`.
pub fn follow<'a>(
    reports: impl IntoIterator<Item = &'a Report>,
    report: &'a Report,
    indicator: &Indicator,
) -> Option<Track<'a>> {
    if report.region.trim().is_empty() {
        return None;
    }
    let target = entry(report, &indicator.id).target?;
    let next_year = report.year.checked_add(1)?;
    let next = reports
        .into_iter()
        .find(|r| r.region == report.region && r.year == next_year)?;
    let result = of_year(&next.results, &indicator.id, report.year).next();
    let outcome = match result {
        None => Outcome::NoResult,
        Some(result) => judge(target, result, indicator.lower_is_better_in(&target.unit)),
    };
    Some(Track {
        report,
        target,
        next,
        result,
        outcome,
    })
}

/// Whether `result` reached `target`. A ceiling (以内, 控制在) or an indicator where less is
/// better is met at or below the target's upper end; any other target at or above its lower
/// end (an "about" target counts as met once the stated value is reached).
pub fn judge(target: &Figure, result: &Figure, lower_is_better: bool) -> Outcome {
    let (Some(low), Some(actual)) = (target.value, result.value) else {
        return Outcome::Incomparable;
    };
    if crate::indicators::key(&target.unit) != crate::indicators::key(&result.unit) {
        return Outcome::Incomparable;
    }
    let high = target.value_to.unwrap_or(low).max(low);
    let met = if target.bound == Bound::AtMost || lower_is_better {
        actual <= high
    } else {
        actual >= low
    };
    if met { Outcome::Met } else { Outcome::Missed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;
    use crate::model::Category;

    fn figure(value: Option<f64>, unit: &str, bound: Bound) -> Figure {
        Figure {
            id: "f".into(),
            section: "s".into(),
            subject: "指标".into(),
            value,
            value_to: None,
            unit: unit.into(),
            quote: "指标".into(),
            bound,
            commitment: Commitment::Plain,
            period: Period::Year(2025),
            category: Category::Economy,
            deadline: None,
            metric: None,
            indicator: None,
            extracted: false,
        }
    }

    fn pct(value: f64, bound: Bound) -> Figure {
        figure(Some(value), "%", bound)
    }

    #[test]
    fn a_floor_is_met_at_or_above_it_and_missed_below() {
        let target = pct(5.0, Bound::AtLeast);
        assert_eq!(judge(&target, &pct(5.0, Bound::Exact), false), Outcome::Met);
        assert_eq!(judge(&target, &pct(5.4, Bound::Exact), false), Outcome::Met);
        assert_eq!(
            judge(&target, &pct(4.9, Bound::Exact), false),
            Outcome::Missed
        );
    }

    #[test]
    fn a_ceiling_or_less_is_better_is_met_at_or_below_the_upper_end() {
        let ceiling = pct(3.0, Bound::AtMost);
        assert_eq!(
            judge(&ceiling, &pct(0.2, Bound::Exact), false),
            Outcome::Met
        );
        assert_eq!(
            judge(&ceiling, &pct(3.1, Bound::Exact), false),
            Outcome::Missed
        );
        let about = pct(5.5, Bound::About);
        assert_eq!(judge(&about, &pct(5.1, Bound::Exact), true), Outcome::Met);
        assert_eq!(
            judge(&about, &pct(5.1, Bound::Exact), false),
            Outcome::Missed
        );
    }

    #[test]
    fn a_range_is_met_from_its_lower_end_or_up_to_its_upper_end() {
        let mut range = pct(4.5, Bound::Exact);
        range.value_to = Some(5.0);
        assert_eq!(judge(&range, &pct(4.6, Bound::Exact), false), Outcome::Met);
        assert_eq!(
            judge(&range, &pct(4.4, Bound::Exact), false),
            Outcome::Missed
        );
        assert_eq!(judge(&range, &pct(5.0, Bound::Exact), true), Outcome::Met);
        assert_eq!(
            judge(&range, &pct(5.2, Bound::Exact), true),
            Outcome::Missed
        );
    }

    #[test]
    fn other_units_and_milestones_are_incomparable() {
        let target = figure(Some(600.0), "亿元", Bound::AtLeast);
        assert_eq!(
            judge(&target, &figure(Some(700.0), "万亿元", Bound::Exact), false),
            Outcome::Incomparable
        );
        assert_eq!(
            judge(&target, &figure(Some(700.0), "億元", Bound::Exact), false),
            Outcome::Met,
            "units compare in either script"
        );
        assert_eq!(
            judge(&figure(None, "", Bound::Exact), &target, false),
            Outcome::Incomparable
        );
    }

    #[test]
    fn the_embedded_report_gives_a_floor_an_aim_and_last_years_result_for_gdp() {
        let report = load::embedded().expect("embedded");
        let gdp = entry(&report, "gdp-growth");
        assert_eq!(gdp.target.map(|f| f.value), Some(Some(6.0)));
        assert_eq!(gdp.strive.map(|f| f.value), Some(Some(8.0)));
        assert_eq!(gdp.result.map(|f| f.value), Some(Some(4.3)));
        assert_eq!(gdp.target_group().len(), 2);
        assert!(entry(&report, "cpi").is_empty());
    }

    #[test]
    fn a_report_is_labelled_by_region_and_year_else_by_title() {
        let mut report = load::embedded().expect("embedded");
        assert_eq!(report.label(), "浙江省嘉興市秀洲區 2023");
        report.region = " ".into();
        assert_eq!(report.label(), report.title);
    }

    #[test]
    fn figures_of_other_years_are_left_out() {
        let mut report = load::embedded().expect("embedded");
        for target in &mut report.targets {
            if target.indicator.as_deref() == Some("gdp-growth") {
                target.period = Period::Span(2023, 2027);
            }
        }
        for result in &mut report.results {
            result.period = Period::Year(2018);
        }
        let gdp = entry(&report, "gdp-growth");
        assert!(gdp.is_empty(), "{gdp:?}");
    }

    /// The embedded report as region `region`'s report for `year`, its gdp-growth target
    /// `target` and its result for the year before `result` (none: removed).
    fn report(region: &str, year: u16, target: f64, result: Option<f64>) -> Report {
        let mut report = load::embedded().expect("embedded");
        report.id = format!("{region}-{year}");
        report.region = region.into();
        report.year = year;
        report
            .targets
            .retain(|t| t.indicator.as_deref() == Some("gdp-growth"));
        report
            .targets
            .retain(|t| t.commitment != Commitment::Strive);
        report.targets[0].value = Some(target);
        report.targets[0].period = Period::Year(year);
        report
            .results
            .retain(|r| r.indicator.as_deref() == Some("gdp-growth"));
        match result {
            Some(value) => {
                report.results[0].value = Some(value);
                report.results[0].period = Period::Year(year - 1);
            }
            None => report.results.clear(),
        }
        report
    }

    #[test]
    fn a_region_over_three_years_is_tracked_met_then_missed() {
        let reports = [
            report("甲", 2024, 6.0, None),
            report("甲", 2025, 5.5, Some(6.1)),
            report("甲", 2026, 5.0, Some(5.2)),
            report("乙", 2025, 7.0, None),
            report("乙", 2026, 6.0, None),
        ];
        let gdp = Vocabulary::embedded().get("gdp-growth").expect("gdp");
        let tracks: Vec<(String, Outcome)> = track(&reports, gdp)
            .iter()
            .map(|t| (format!("{}>{}", t.report.id, t.next.id), t.outcome))
            .collect();
        assert_eq!(
            tracks,
            [
                ("甲-2024>甲-2025".to_string(), Outcome::Met),
                ("甲-2025>甲-2026".to_string(), Outcome::Missed),
                ("乙-2025>乙-2026".to_string(), Outcome::NoResult),
            ]
        );
    }

    #[test]
    fn following_one_report_finds_its_regions_next_year_among_any_reports() {
        let reports = [
            report("甲", 2026, 5.0, Some(5.2)),
            report("乙", 2025, 7.0, None),
            report("甲", 2025, 5.5, Some(6.1)),
        ];
        let gdp = Vocabulary::embedded().get("gdp-growth").expect("gdp");
        let followed = follow(&reports, &reports[2], gdp).expect("甲 2026 follows 甲 2025");
        assert!(std::ptr::eq(followed.next, &reports[0]));
        assert_eq!(followed.result.and_then(|r| r.value), Some(5.2));
        assert_eq!(followed.outcome, Outcome::Missed);
        assert!(follow(&reports, &reports[0], gdp).is_none(), "no 甲 2027");
        assert!(follow(&reports, &reports[1], gdp).is_none(), "no 乙 2026");
        let mut nameless = reports.clone();
        nameless[2].region = " ".into();
        nameless[0].region = " ".into();
        assert!(follow(&nameless, &nameless[2], gdp).is_none(), "no region");
    }

    #[test]
    fn only_headline_indicators_with_figures_are_compared_by_default() {
        let report = load::embedded().expect("embedded");
        let ids: Vec<&str> =
            default_indicators(Vocabulary::embedded(), std::slice::from_ref(&report))
                .iter()
                .map(|i| i.id.as_str())
                .collect();
        assert!(ids.starts_with(&["gdp-growth"]), "{ids:?}");
        assert!(!ids.contains(&"cpi"), "no CPI figure: {ids:?}");
        for id in &ids {
            let indicator = Vocabulary::embedded().get(id).expect("id");
            assert!(indicator.headline && !entry(&report, id).is_empty());
        }
    }
}
