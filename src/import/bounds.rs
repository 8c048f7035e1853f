//! Bounds and commitments: the words around a number that make it a floor, a ceiling or an
//! estimate, and the 确保/力争 that govern it.

use super::numbers::{self, Token};
use super::script::contains_any;
use crate::model::{Bound, Commitment};

const ENSURE: &[&str] = &["确保", "確保"];
const STRIVE: &[&str] = &["力争", "力爭", "争取", "爭取"];
const AT_LEAST_AFTER: &[&str] = &["以上", "以上"];
const AT_MOST_AFTER: &[&str] = &["以内", "以內", "以下"];
const AT_LEAST_BEFORE: &[&str] = &[
    "不少于",
    "不少於",
    "不低于",
    "不低於",
    "超过",
    "超過",
    "超",
    "突破",
    "至少",
    "多于",
    "多於",
    "高于",
    "高於",
];
const AT_MOST_BEFORE: &[&str] = &[
    "不超过",
    "不超過",
    "控制在",
    "低于",
    "低於",
    "不高于",
    "不高於",
];
const ABOUT_BEFORE: &[&str] = &["约", "約", "近"];

/// The bound written once after a list of figures (`分别达2050万吨、4200万吨、19万吨以上`), for
/// a figure of the list ending at `end` of `clause` (one with no bound word of its own).
pub(super) fn list_bound(clause: &str, end: usize) -> Option<Bound> {
    if !contains_any(&clause[..end], &["分别", "分別"]) {
        return None;
    }
    let rest = &clause[end..];
    let tokens = numbers::tokens(rest);
    let last = tokens.last()?;
    let mut since = 0;
    let only_figures = tokens.iter().all(|t| {
        let between = &rest[since..t.start];
        since = t.end;
        between.chars().all(|c| "、和及与與 ".contains(c))
    });
    let bound = bound("", &rest[last.end..], last);
    (only_figures && bound != Bound::Exact).then_some(bound)
}

/// The bound of a number from the words just before and after it.
pub(super) fn bound(before: &str, after: &str, token: &Token) -> Bound {
    let before = bound_site(before, token);
    if after.starts_with("左右") {
        Bound::About
    } else if AT_LEAST_AFTER.iter().any(|w| after.starts_with(w)) || token.more {
        Bound::AtLeast
    } else if AT_MOST_AFTER.iter().any(|w| after.starts_with(w)) {
        Bound::AtMost
    } else {
        // The longest word wins: `不低于` is a floor although it ends with `低于`.
        [
            (AT_LEAST_BEFORE, Bound::AtLeast),
            (AT_MOST_BEFORE, Bound::AtMost),
            (ABOUT_BEFORE, Bound::About),
        ]
        .iter()
        .flat_map(|(words, bound)| words.iter().map(move |w| (w, *bound)))
        .filter(|(w, _)| before.ends_with(*w))
        .max_by_key(|(w, _)| w.len())
        .map_or(Bound::Exact, |(_, bound)| bound)
    }
}

/// The words before a number up to where its bound word stands: before the base of a rate
/// (`超每千人6.6批次`) or, for a multiple, before the quantity multiplied (`不低于当地最低生活
/// 保障标准的1.6倍`).
fn bound_site<'a>(before: &'a str, token: &Token) -> &'a str {
    if let Some(base) = strip_rate_base(before) {
        return base;
    }
    if token.unit == "倍" && before.ends_with('的') {
        let ends = [AT_LEAST_BEFORE, AT_MOST_BEFORE, ABOUT_BEFORE]
            .iter()
            .flat_map(|words| words.iter())
            .filter_map(|w| before.rfind(w).map(|at| at + w.len()))
            .max();
        if let Some(end) = ends {
            return &before[..end];
        }
    }
    before
}

/// `text` without the base of a rate closing it (`每千人`, `每人每月`).
pub(super) fn strip_rate_base(text: &str) -> Option<&str> {
    let at = text.rfind('每')?;
    let base = &text[at..];
    (base.chars().count() <= 5 && !base.chars().any(|c| c.is_ascii_digit()))
        .then(|| strip_rate_base(&text[..at]).unwrap_or(&text[..at]))
}

/// Whether `text` holds a word that bounds a number (`以上`, `不低于`, `左右`, `多`).
pub(super) fn states_bound(text: &str) -> bool {
    [
        AT_LEAST_AFTER,
        AT_MOST_AFTER,
        AT_LEAST_BEFORE,
        AT_MOST_BEFORE,
        ABOUT_BEFORE,
        &["左右", "多", "余", "餘"],
    ]
    .iter()
    .any(|words| contains_any(text, words))
}

/// Whether `text` holds a commitment word (`确保`, `力争`).
pub(super) fn states_commitment(text: &str) -> bool {
    contains_any(text, ENSURE) || contains_any(text, STRIVE)
}

/// Where the last of `words` stands in `so_far` (the sentence up to a number) that still governs
/// the number: one in the number's own clause, one with figures after it in its clause
/// (`力争全年交通、水利投资分别达2400亿元、450亿元`) or one opening a clause (`力爭實現…全覆蓋,
/// 城鎮新增就業1.5萬人`). A word after a figure qualifies that figure alone (`地区生产总值年均
/// 增速4.5%-5%、努力争取更好结果，全员劳动生产率…`).
pub(super) fn governing(so_far: &str, words: &[&str]) -> Option<usize> {
    let has_digit = |text: &str| text.chars().any(|c| c.is_ascii_digit());
    let governs = |at: usize| {
        let rest = &so_far[at..];
        let opening = so_far[..at]
            .rfind(['，', ','])
            .map_or(&so_far[..at], |start| &so_far[start..at]);
        rest.find(['，', ','])
            .is_none_or(|end| has_digit(&rest[..end]) || !has_digit(opening))
    };
    words
        .iter()
        .flat_map(|w| so_far.match_indices(w).map(|(at, _)| at))
        .filter(|&at| governs(at))
        .max()
}

/// The last commitment word before the number in its sentence that governs it.
pub(super) fn commitment(so_far: &str) -> Commitment {
    let last = |words: &[&str]| governing(so_far, words);
    match (last(ENSURE), last(STRIVE)) {
        (Some(e), Some(s)) if e > s => Commitment::Ensure,
        (Some(_), None) => Commitment::Ensure,
        (_, Some(_)) => Commitment::Strive,
        (None, None) => Commitment::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::figures::tests::targets;
    use crate::model::{Category, Period};

    #[test]
    fn a_bound_word_before_a_rates_base_or_a_multiplied_quantity_counts() {
        let found = targets(
            "食品抽检量超每千人6.6批次，特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。",
        );
        let read: Vec<_> = found
            .iter()
            .map(|f| (f.subject.as_str(), f.bound))
            .collect();
        assert_eq!(
            read,
            [
                ("食品抽检量", Bound::AtLeast),
                ("特困人员基本生活保障标准", Bound::AtLeast)
            ]
        );
    }

    #[test]
    fn a_commitment_after_a_figure_qualifies_that_figure_alone() {
        let found = targets(
            "地区生产总值年均增速4.5%-5%、努力争取更好结果，全员劳动生产率达58万元/人左右。",
        );
        assert_eq!(found[1].commitment, Commitment::Plain);
        let found = targets("力爭實現鎮級人才市場全覆蓋,城鎮新增就業人數1.5萬人以上。");
        assert_eq!(found[0].commitment, Commitment::Strive);
    }

    #[test]
    fn the_longest_bound_word_wins() {
        let found = targets("比重不低于80%，总量不超过5万吨，排放低于10吨。");
        let bounds: Vec<_> = found.iter().map(|f| f.bound).collect();
        assert_eq!(bounds, [Bound::AtLeast, Bound::AtMost, Bound::AtMost]);
    }

    #[test]
    fn each_year_and_floors_before_the_number_are_read() {
        let found =
            targets("每年安排發放各類消費券不少于三次,新增分布式光伏并網容量不少于50兆瓦。");
        assert_eq!(found[0].period, Period::EachYear);
        assert_eq!(found[0].bound, Bound::AtLeast);
        assert_eq!(found[0].value, Some(3.0));
        assert_eq!(found[1].bound, Bound::AtLeast);
        assert_eq!(found[1].category, Category::Environment);
    }
}
