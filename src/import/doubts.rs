//! The figures an import is unsure of, for the user to check: a subject that could not be read
//! cleanly, a bound or commitment taken from words outside the figure's own quote, a number
//! with no unit, a main expected target that measures no known indicator.

use super::bounds::{states_bound, states_commitment};
use crate::model::{Bound, Commitment, Figure};

/// Words a subject does not start with: it is part of a clause, not an indicator's name.
const CLAUSE_OPENINGS: [&str; 11] = [
    "的",
    "和",
    "与",
    "與",
    "及",
    "并",
    "並",
    "围绕",
    "圍繞",
    "按照",
    "深入实施",
];
/// A subject longer than this (in characters) is likely the whole clause.
const MAX_SUBJECT_CHARS: usize = 20;
/// A subject shorter than this (in characters) names no indicator alone: its owner stands
/// elsewhere in the sentence (`开行` for 中欧班列, `投资` for 重大项目).
const MIN_SUBJECT_CHARS: usize = 3;

/// Why a figure is doubtful.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The subject is the whole clause, too long or too short, or starts mid-clause.
    Subject,
    /// The bound comes from words outside the quote (a list's shared `以上`).
    Bound,
    /// The commitment (`确保`, `力争`) comes from an earlier clause.
    Commitment,
    /// The number has no unit (a count in a name, such as `十大行动`?).
    NoUnit,
    /// A main expected target that links to no standard indicator.
    Unlinked,
}

impl Reason {
    /// What the user is told.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Subject => "subject not read cleanly",
            Reason::Bound => "bound read from outside the quote",
            Reason::Commitment => "commitment read from an earlier clause",
            Reason::NoUnit => "no unit",
            Reason::Unlinked => "main expected target linked to no indicator",
        }
    }
}

/// One doubtful figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Doubt {
    /// The figure's id (`t3`, `r12`).
    pub figure: String,
    /// Why.
    pub reason: Reason,
    /// The figure's subject.
    pub subject: String,
    /// The figure's quote.
    pub quote: String,
}

/// The doubts about `figures`, in order; `main` says which are main expected targets.
pub fn doubts<'a>(
    figures: impl IntoIterator<Item = &'a Figure>,
    main: impl Fn(&Figure) -> bool,
) -> Vec<Doubt> {
    let mut found = Vec::new();
    for figure in figures {
        let reasons = [
            (!subject_is_clean(figure), Reason::Subject),
            (
                figure.bound != Bound::Exact && !states_bound(&figure.quote),
                Reason::Bound,
            ),
            (
                figure.commitment != Commitment::Plain && !states_commitment(&figure.quote),
                Reason::Commitment,
            ),
            (figure.unit.is_empty(), Reason::NoUnit),
            (main(figure) && figure.indicator.is_none(), Reason::Unlinked),
        ];
        found.extend(
            reasons
                .into_iter()
                .filter(|(doubt, _)| *doubt)
                .map(|(_, reason)| Doubt {
                    figure: figure.id.clone(),
                    reason,
                    subject: figure.subject.clone(),
                    quote: figure.quote.clone(),
                }),
        );
    }
    found
}

/// A subject that reads as an indicator's name: not the whole quote, neither too long nor too
/// short, not opening with a connective.
fn subject_is_clean(figure: &Figure) -> bool {
    let subject = figure.subject.trim();
    subject != figure.quote.trim()
        && (MIN_SUBJECT_CHARS..=MAX_SUBJECT_CHARS).contains(&subject.chars().count())
        && !CLAUSE_OPENINGS.iter().any(|w| subject.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Period};

    fn figure(subject: &str, quote: &str, unit: &str) -> Figure {
        Figure {
            id: "t1".into(),
            section: "s1".into(),
            subject: subject.into(),
            value: Some(5.0),
            value_to: None,
            unit: unit.into(),
            quote: quote.into(),
            bound: Bound::Exact,
            commitment: Commitment::Plain,
            period: Period::Year(2026),
            category: Category::Economy,
            deadline: None,
            metric: None,
            indicator: None,
            extracted: true,
        }
    }

    fn reasons(figure: &Figure, main: bool) -> Vec<Reason> {
        doubts([figure], |_| main)
            .into_iter()
            .map(|d| d.reason)
            .collect()
    }

    #[test]
    fn a_clean_figure_raises_no_doubt() {
        let f = figure("新建绿道", "新建绿道1000公里", "公里");
        assert_eq!(reasons(&f, false), []);
    }

    #[test]
    fn a_subject_that_is_the_clause_or_opens_with_a_connective_is_doubtful() {
        let whole = figure("新建绿道1000公里", "新建绿道1000公里", "公里");
        assert_eq!(reasons(&whole, false), [Reason::Subject]);
        let cut = figure("的预期增长目标", "的预期增长目标5%", "%");
        assert_eq!(reasons(&cut, false), [Reason::Subject]);
        let bare = figure("开行", "全年开行3000列以上", "列");
        assert_eq!(reasons(&bare, false), [Reason::Subject]);
    }

    #[test]
    fn a_bound_or_commitment_from_outside_the_quote_is_a_guess() {
        let mut f = figure("茶叶产量", "19万吨", "万吨");
        f.bound = Bound::AtLeast;
        f.commitment = Commitment::Strive;
        assert_eq!(reasons(&f, false), [Reason::Bound, Reason::Commitment]);
        f.quote = "力争茶叶产量19万吨以上".into();
        assert_eq!(reasons(&f, false), []);
    }

    #[test]
    fn no_unit_and_an_unlinked_main_target_are_doubtful() {
        let f = figure("十大行动", "实施十大行动", "");
        assert_eq!(reasons(&f, true), [Reason::NoUnit, Reason::Unlinked]);
    }
}
