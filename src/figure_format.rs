//! How figures are written in tables and panes: `≥ 600 億元`, `5–5.5%`, `≥ 6% · 力爭 8%`.
//!
//! The CLI and the TUI both format figures here, so a target reads the same everywhere.
//! The strings hold dataset text (units): sanitise them before printing.

use crate::i18n::{Lang, Msg};
use crate::model::{Bound, Commitment, Figure, Period, Report};
use crate::text::format_number;

/// What joins the parts of one cell: `≥ 6% · 力爭 8%`.
pub const SEPARATOR: &str = " · ";

/// The symbol written before a value with this bound; empty for [`Bound::Exact`].
pub fn bound_symbol(bound: Bound) -> &'static str {
    match bound {
        Bound::AtLeast => "≥",
        Bound::AtMost => "≤",
        Bound::About => "≈",
        Bound::Exact => "",
    }
}

/// The number (or range, unless both ends are equal) and unit: `600 億元`, `6%`, `5–5.5%`;
/// for a milestone without a number, its deadline (`by 2023-06`, `年底前`) in `lang`.
pub fn amount(figure: &Figure, lang: Lang) -> String {
    let Some(value) = figure.value else {
        return deadline_text(figure, lang);
    };
    let mut out = format_number(value);
    if let Some(to) = figure.value_to.filter(|&to| to != value) {
        out.push('–');
        out.push_str(&format_number(to));
    }
    if !figure.unit.is_empty() {
        if !figure.unit.starts_with(['%', '‰', '°', '℃']) {
            out.push(' ');
        }
        out.push_str(&figure.unit);
    }
    out
}

/// A deadline as shown where a value would be: a month in `lang` (`by 2023-06`,
/// `2023年6月前`), else the phrase as written (`年底前`); empty without one.
pub fn deadline_text(figure: &Figure, lang: Lang) -> String {
    match figure.deadline.as_deref() {
        Some(deadline) => match month(deadline) {
            Some((year, month)) => lang.by_month(year, month),
            None => deadline.to_string(),
        },
        None => String::new(),
    }
}

/// The year and month (1–12) of a `YYYY-MM` month.
fn month(text: &str) -> Option<(u16, u8)> {
    let (year, month) = text.split_once('-')?;
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || month.len() != 2 || !all_digits(year) || !all_digits(month) {
        return None;
    }
    let month: u8 = month.parse().ok()?;
    Some((year.parse().ok()?, month)).filter(|_| (1..=12).contains(&month))
}

/// One figure's value with its bound: `≥ 600 億元`, `≤ 28 微克/立方米`, `≈ 3%`, `4.3%`; a
/// milestone's deadline (`by 2023-06` in English), after the value when it has both.
pub fn figure_value(figure: &Figure, lang: Lang) -> String {
    if figure.value.is_none() {
        return deadline_text(figure, lang);
    }
    let value = match bound_symbol(figure.bound) {
        "" => amount(figure, lang),
        symbol => format!("{symbol} {}", amount(figure, lang)),
    };
    match deadline_text(figure, lang) {
        deadline if deadline.is_empty() => value,
        deadline => format!("{value} {deadline}"),
    }
}

/// What makes targets state the same indicator: their metric key, or, without one, the same
/// section and subject (a 力爭 level beside its floor, as in 招引高質量項目10個,力爭12個).
fn group_key(target: &Figure) -> (Option<&str>, &str, &str) {
    match &target.metric {
        Some(metric) => (Some(metric.as_str()), "", ""),
        None => (None, target.section.as_str(), target.subject.as_str()),
    }
}

/// The targets stating the same indicator as `target`, in report order; just `target` when it
/// is not one of the report's targets.
pub fn target_group<'a>(report: &'a Report, target: &'a Figure) -> Vec<&'a Figure> {
    let key = group_key(target);
    let group: Vec<&Figure> = report
        .targets
        .iter()
        .filter(|t| group_key(t) == key)
        .collect();
    if group.iter().any(|t| t.id == target.id) {
        group
    } else {
        vec![target]
    }
}

/// Every target's group, computed once for a report, for lists that look up many targets.
#[derive(Debug, Clone, Default)]
pub struct TargetGroups {
    group_of: Vec<usize>,
    groups: Vec<Vec<usize>>,
}

impl TargetGroups {
    /// Groups the report's targets (linear in their number).
    pub fn new(report: &Report) -> Self {
        let mut index = std::collections::HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let group_of = report
            .targets
            .iter()
            .enumerate()
            .map(|(i, target)| {
                let group = *index.entry(group_key(target)).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                groups[group].push(i);
                group
            })
            .collect();
        Self { group_of, groups }
    }

    /// The indices of the targets in the same group as target `index`, in report order.
    pub fn members(&self, index: usize) -> &[usize] {
        self.group_of
            .get(index)
            .map_or(&[], |&g| self.groups[g].as_slice())
    }

    /// True for the first target of its group, the one that lists show for the whole group.
    pub fn is_lead(&self, index: usize) -> bool {
        self.members(index).first() == Some(&index)
    }
}

/// Like [`group_value`], but a target alone on its indicator also says how firmly it is
/// promised: `力爭 100 億元`, `確保 ≥ 6%`. The explorer shows targets this way, its words in
/// `lang`.
pub fn committed_value(group: &[&Figure], lang: Lang) -> String {
    match group {
        [target] if target.commitment != Commitment::Plain => {
            format!(
                "{} {}",
                lang.commitment(target.commitment),
                figure_value(target, lang)
            )
        }
        _ => group_value(group, lang),
    }
}

/// The cell for a group of targets stating one indicator, the ones striven for marked, in
/// `lang`: `≥ 6% · 力爭 8%` for 確保6%以上,力爭8%.
pub fn group_value(group: &[&Figure], lang: Lang) -> String {
    group
        .iter()
        .map(|t| match t.commitment {
            Commitment::Strive if group.len() > 1 => {
                format!(
                    "{} {}",
                    lang.commitment(t.commitment),
                    figure_value(t, lang)
                )
            }
            _ => figure_value(t, lang),
        })
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

/// A period as a short label: `2022`, `每年` (`each year`), `2023–2025`.
pub fn period_label(period: Period, lang: Lang) -> String {
    match period {
        Period::Year(year) => year.to_string(),
        Period::EachYear => lang.text(Msg::EachYear).to_string(),
        Period::Span(from, to) => format!("{from}–{to}"),
    }
}

/// The past results linked to a target, joined: `4.3%`; empty when none is linked.
pub fn result_value(report: &Report, target: &Figure, lang: Lang) -> String {
    report
        .results_for(target)
        .map(|r| figure_value(r, lang))
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;
    use crate::model::Category;

    fn figure(value: f64, unit: &str, bound: Bound) -> Figure {
        Figure {
            id: "f".into(),
            section: "s".into(),
            subject: "指標".into(),
            value: Some(value),
            value_to: None,
            unit: unit.into(),
            quote: "指標".into(),
            bound,
            commitment: Commitment::Plain,
            period: Period::Year(2023),
            category: Category::Economy,
            deadline: None,
            metric: None,
            indicator: None,
            extracted: false,
        }
    }

    /// The cell of `target`'s group, commitments in Traditional as the report is.
    fn target_value(report: &Report, target: &Figure) -> String {
        group_value(&target_group(report, target), Lang::Hant)
    }

    fn target<'a>(report: &'a Report, id: &str) -> &'a Figure {
        report
            .targets
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("no target {id}"))
    }

    #[test]
    fn bounds_are_written_as_symbols_before_the_amount() {
        assert_eq!(
            figure_value(&figure(600.0, "億元", Bound::AtLeast), Lang::En),
            "≥ 600 億元"
        );
        assert_eq!(
            figure_value(&figure(28.0, "微克/立方米", Bound::AtMost), Lang::En),
            "≤ 28 微克/立方米"
        );
        assert_eq!(
            figure_value(&figure(3.0, "%", Bound::About), Lang::En),
            "≈ 3%"
        );
        assert_eq!(
            figure_value(&figure(4.3, "%", Bound::Exact), Lang::En),
            "4.3%"
        );
    }

    #[test]
    fn ranges_join_both_ends_with_an_en_dash() {
        let mut range = figure(5.0, "%", Bound::Exact);
        range.value_to = Some(5.5);
        assert_eq!(figure_value(&range, Lang::En), "5–5.5%");
        let mut degenerate = figure(3.0, "%", Bound::About);
        degenerate.value_to = Some(3.0);
        assert_eq!(figure_value(&degenerate, Lang::En), "≈ 3%");
    }

    #[test]
    fn a_figure_without_unit_is_just_its_number() {
        assert_eq!(figure_value(&figure(9.0, "", Bound::Exact), Lang::En), "9");
        assert_eq!(
            figure_value(&figure(-15.0, "%", Bound::Exact), Lang::En),
            "-15%"
        );
    }

    #[test]
    fn ensure_and_strive_targets_of_one_metric_share_a_cell() {
        let report = load::embedded().expect("embedded dataset");
        let ensure = target(&report, "gdp-growth");
        let strive = target(&report, "gdp-growth-strive");
        assert_eq!(target_value(&report, ensure), "≥ 6% · 力爭 8%");
        assert_eq!(target_value(&report, strive), "≥ 6% · 力爭 8%");
        assert_eq!(target_group(&report, strive)[0].id, "gdp-growth");
    }

    #[test]
    fn a_target_alone_on_its_metric_shows_only_its_value() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(
            target_value(&report, target(&report, "pv-output")),
            "≥ 600 億元"
        );
        assert_eq!(
            target_value(&report, target(&report, "pm25")),
            "≤ 28 微克/立方米"
        );
    }

    #[test]
    fn a_figure_outside_the_report_is_its_own_group() {
        let report = load::embedded().expect("embedded dataset");
        let mut stranger = figure(1.0, "%", Bound::Exact);
        stranger.metric = Some("gdp-growth".into());
        assert_eq!(target_group(&report, &stranger).len(), 1);
    }

    #[test]
    fn strive_levels_without_a_metric_pair_with_their_floor_by_section_and_subject() {
        let report = load::embedded().expect("embedded dataset");
        let floor = target(&report, "quality-projects-attracted");
        assert_eq!(target_value(&report, floor), "10 個 · 力爭 ≥ 12 個");
        let groups = TargetGroups::new(&report);
        let index = |id: &str| report.targets.iter().position(|t| t.id == id).expect(id);
        assert!(groups.is_lead(index("quality-projects-attracted")));
        assert!(!groups.is_lead(index("quality-projects-attracted-strive")));
        assert_eq!(
            groups.members(index("gdp-growth")),
            [index("gdp-growth"), index("gdp-growth-strive")]
        );
    }

    #[test]
    fn committed_values_name_the_commitment_of_a_lone_target() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(
            committed_value(
                &target_group(&report, target(&report, "industrial-investment")),
                Lang::Hant
            ),
            "力爭 100 億元"
        );
        let strive = target_group(&report, target(&report, "industrial-investment"));
        assert_eq!(committed_value(&strive, Lang::Hans), "力争 100 億元");
        assert_eq!(committed_value(&strive, Lang::En), "strive 100 億元");
        assert_eq!(
            committed_value(
                &target_group(&report, target(&report, "gdp-growth")),
                Lang::Hant
            ),
            "≥ 6% · 力爭 8%"
        );
        assert_eq!(
            committed_value(
                &target_group(&report, target(&report, "new-distributed-pv")),
                Lang::Hant
            ),
            "≥ 50 兆瓦"
        );
    }

    #[test]
    fn result_value_joins_the_linked_results() {
        let report = load::embedded().expect("embedded dataset");
        assert_eq!(
            result_value(&report, target(&report, "rd-share-gdp"), Lang::En),
            "3.26%"
        );
        assert_eq!(
            result_value(&report, target(&report, "pv-output"), Lang::En),
            "302.6 億元"
        );
        assert_eq!(
            result_value(&report, target(&report, "industrial-investment"), Lang::En),
            ""
        );
    }

    #[test]
    fn a_month_deadline_is_written_in_the_interface_language_and_a_phrase_as_written() {
        let mut milestone = figure(0.0, "", Bound::Exact);
        milestone.value = None;
        milestone.deadline = Some("2023-06".into());
        assert_eq!(figure_value(&milestone, Lang::En), "by 2023-06");
        assert_eq!(figure_value(&milestone, Lang::Hans), "2023年6月前");
        assert_eq!(figure_value(&milestone, Lang::Hant), "2023年6月前");
        milestone.value = Some(3.0);
        assert_eq!(figure_value(&milestone, Lang::Hans), "3 2023年6月前");
        for phrase in ["年底前", "2023-13", "2023-6", "20x3-06"] {
            milestone.deadline = Some(phrase.into());
            milestone.value = None;
            assert_eq!(figure_value(&milestone, Lang::En), phrase);
        }
    }

    #[test]
    fn periods_every_year_are_named_in_the_interface_language() {
        assert_eq!(period_label(Period::EachYear, Lang::Hans), "每年");
        assert_eq!(period_label(Period::EachYear, Lang::En), "each year");
        assert_eq!(period_label(Period::Year(2022), Lang::En), "2022");
        assert_eq!(
            period_label(Period::Span(2023, 2025), Lang::Hant),
            "2023–2025"
        );
    }
}
