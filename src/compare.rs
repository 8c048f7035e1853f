//! Indicators compared across reports: for each (indicator, report) the target, the separate
//! 力争 aim and the prior-year result linked to the indicator; and, for one region over
//! consecutive years, whether a year's target was met by the result the next report gives.

use crate::indicators::Indicator;
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
}

/// How a target fared against the result reported a year later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The result reached the target.
    Met,
    /// The result fell short.
    Missed,
    /// The next report gives no result for the indicator (or none is loaded).
    NoResult,
    /// Target and result cannot be compared (different units, a milestone without a value).
    Incomparable,
}

impl Outcome {
    /// The lower-case English name used in JSON and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Missed => "missed",
            Outcome::NoResult => "no result",
            Outcome::Incomparable => "incomparable",
        }
    }
}

/// A target of one year beside the result the next year's report gives for it.
#[derive(Debug, Clone, Copy)]
pub struct Track<'a> {
    /// The report that set the target.
    pub report: &'a Report,
    /// The target.
    pub target: &'a Figure,
    /// The next year's report of the same region and its result for the indicator.
    pub result: Option<(&'a Report, &'a Figure)>,
    /// Met or missed.
    pub outcome: Outcome,
}

fn linked<'a>(figures: &'a [Figure], indicator: &str) -> impl Iterator<Item = &'a Figure> {
    figures
        .iter()
        .filter(move |f| f.indicator.as_deref() == Some(indicator))
}

/// The figures of `figures` linked to `indicator` for `year`, or, when none is, all linked.
fn for_year<'a>(figures: &'a [Figure], indicator: &str, year: u16) -> Vec<&'a Figure> {
    let all: Vec<&Figure> = linked(figures, indicator).collect();
    let of_year: Vec<&Figure> = all
        .iter()
        .copied()
        .filter(|f| match f.period {
            Period::Year(y) => y == year,
            Period::EachYear => true,
            Period::Span(from, to) => from == year && to == year,
        })
        .collect();
    if of_year.is_empty() { all } else { of_year }
}

/// What `report` says of `indicator` (an id).
pub fn entry<'a>(report: &'a Report, indicator: &str) -> Entry<'a> {
    let targets = for_year(&report.targets, indicator, report.year);
    let floor = targets
        .iter()
        .copied()
        .find(|t| t.commitment != Commitment::Strive);
    let aim = targets
        .iter()
        .copied()
        .find(|t| t.commitment == Commitment::Strive);
    let (target, strive) = match (floor, aim) {
        (Some(floor), aim) => (Some(floor), aim),
        (None, aim) => (aim, None),
    };
    let result = for_year(&report.results, indicator, report.year.saturating_sub(1))
        .into_iter()
        .next();
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

/// For each report with a target for `indicator`, the result the next year's report of the
/// same region gives: met, missed or no result. Reports without a region are not tracked.
pub fn track<'a>(reports: &'a [Report], indicator: &Indicator) -> Vec<Track<'a>> {
    let mut tracks = Vec::new();
    for report in reports {
        let Some(target) = entry(report, &indicator.id).target else {
            continue;
        };
        let next = reports.iter().find(|r| {
            !report.region.is_empty() && r.region == report.region && r.year == report.year + 1
        });
        let result = next.and_then(|next| {
            for_year(&next.results, &indicator.id, report.year)
                .into_iter()
                .next()
                .map(|figure| (next, figure))
        });
        let outcome = match result {
            None => Outcome::NoResult,
            Some((_, figure)) => judge(target, figure, indicator.lower_is_better),
        };
        tracks.push(Track {
            report,
            target,
            result,
            outcome,
        });
    }
    tracks
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
    let high = target.value_to.unwrap_or(low);
    let met = if target.bound == Bound::AtMost || lower_is_better {
        actual <= high
    } else {
        actual >= low
    };
    if met { Outcome::Met } else { Outcome::Missed }
}
