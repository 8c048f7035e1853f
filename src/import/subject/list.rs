//! Subjects given by the list a figure stands in: `分别` lists, items sharing the figure after
//! them, and the verb a list opens with.

use super::owner::with_head;
use super::{
    CONJUNCTIONS, COUNTING_VERBS, WEAK_SUBJECTS, clean_subject, own_subject, without_change,
};
use crate::import::figures::{is_baseline, split_outside};
use crate::import::numbers;
use crate::import::script::strip_any;

/// Longest subject (characters) made of the items of a list that share one figure.
const MAX_LIST_SUBJECT: usize = 20;

/// Longest subject (characters) that takes the verb its list opened with.
const MAX_SHARED_VERB_SUBJECT: usize = 12;

/// One subject per figure after `分别` when a list before it names as many indicators:
/// `水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上` gives 水果产量, 蔬菜产量, 茶叶产量
/// (the last item's words beyond the first item's length are taken as what they share). With
/// nothing before `分别`, the subjects of the list of the clause before (`earlier`) count again
/// (`城乡居民人均可支配收入分别达到5万元、2万元，分别增长5%、8%`). The byte offset of `分别`
/// and the subjects, in order.
pub(in crate::import) fn list_subjects(
    clause: &str,
    planned: bool,
    earlier: Option<&[String]>,
) -> Option<(usize, Vec<String>)> {
    let (at, word) = ["分别", "分別"]
        .iter()
        .find_map(|w| clause.find(w).map(|at| (at, *w)))?;
    let rest_at = at + word.len();
    let rest = &clause[rest_at..];
    let items: Vec<&str> = split_outside(&clause[..at], "、")
        .into_iter()
        .map(|(_, item)| clean_subject(item))
        .collect();
    let tokens = numbers::tokens(rest);
    let figures = tokens
        .iter()
        .filter(|t| !(planned && is_baseline(clause, rest_at + t.start, rest_at + t.end)))
        .count();
    let verb = clean_subject(&rest[..tokens.first()?.start]);
    let verb = if WEAK_SUBJECTS.contains(&verb) {
        verb
    } else {
        ""
    };
    let first = items.first().copied().unwrap_or("");
    if first.is_empty() && items.len() <= 1 {
        let earlier = earlier.filter(|e| e.len() == figures)?;
        return Some((
            at,
            earlier
                .iter()
                .map(|s| format!("{}{verb}", without_change(s)))
                .collect(),
        ));
    }
    let last = items.last()?;
    if items.len() == 1 && figures == 2 {
        return paired_subjects(first, verb)
            .or_else(|| joined_subjects(first, verb))
            .map(|s| (at, s));
    }
    if items.len() < 2 || items.len() != figures || first.is_empty() {
        return None;
    }
    let shared = last
        .char_indices()
        .nth(first.chars().count())
        .map_or("", |(i, _)| &last[i..]);
    let mut subjects: Vec<String> = items[..items.len() - 1]
        .iter()
        .map(|item| format!("{item}{shared}{verb}"))
        .collect();
    subjects.push(format!("{last}{verb}"));
    let head = subjects[0].clone();
    for subject in &mut subjects[1..] {
        *subject = with_head(Some(&head), std::mem::take(subject));
    }
    Some((at, subjects))
}

/// Words naming two groups at once, and the name of each group in the order a report gives
/// their two figures after `分别` (`城乡居民收入分别增长4.4%、5.6%`: urban, then rural).
const PAIRED_GROUPS: [(&str, [&str; 2]); 6] = [
    ("城镇和农村居民", ["城镇居民", "农村居民"]),
    ("城鎮和農村居民", ["城鎮居民", "農村居民"]),
    ("城乡居民", ["城镇居民", "农村居民"]),
    ("城鄉居民", ["城鎮居民", "農村居民"]),
    ("城乡", ["城镇", "农村"]),
    ("城鄉", ["城鎮", "農村"]),
];

/// The two subjects of `item分别…X、Y` when `item` names two groups at once
/// (`城乡居民人均可支配收入分别增长4.4%、5.6%` gives 城镇居民人均可支配收入增长 and
/// 农村居民人均可支配收入增长); `verb` is the word of change after `分别`, if any.
fn paired_subjects(item: &str, verb: &str) -> Option<Vec<String>> {
    PAIRED_GROUPS.iter().find_map(|(both, each)| {
        let at = item.find(both)?;
        let (before, after) = (&item[..at], &item[at + both.len()..]);
        Some(
            each.iter()
                .map(|one| format!("{before}{one}{after}{verb}"))
                .collect(),
        )
    })
}

/// Nouns of two characters that two things joined by `和` may share (`环卫保洁和绿化养护预算`).
const SHARED_NOUNS: &[&str] = &[
    "预算", "預算", "产量", "產量", "产值", "產值", "收入", "投资", "投資", "面积", "面積", "规模",
    "規模", "补贴", "補貼", "标准", "標準",
];

/// The two subjects of `A和B分别…X、Y` when `A和B` names two things sharing the noun closing B
/// (`环卫保洁和绿化养护预算分别增长8%、5%` gives 环卫保洁预算增长 and 绿化养护预算增长), which A
/// takes unless it ends as B does.
fn joined_subjects(item: &str, verb: &str) -> Option<Vec<String>> {
    let (a, b) = CONJUNCTIONS.iter().find_map(|c| item.split_once(c))?;
    let shared = SHARED_NOUNS.iter().find(|n| b.ends_with(*n) && b != **n)?;
    if a.chars().count() < 2 || a.chars().last() == b.chars().last() {
        return None;
    }
    Some(vec![format!("{a}{shared}{verb}"), format!("{b}{verb}")])
}

/// The subject of a figure closing a list whose earlier items have no figure of their own and
/// share it (`孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上`): `items` is the text of those
/// items with their separators. The figure's own subject when the items joined are too long to
/// read as a name.
pub(in crate::import) fn shared_subject(
    items: &str,
    before: &str,
    unit: &str,
    after: &str,
) -> String {
    let own = own_subject(before, unit, after);
    // Items that name indicators end as the figure's own subject does (`…率、…率`); others
    // describe it (`住宅小区、道路、下立交积水改善工程`).
    let parallel = own.chars().last().is_some_and(|end| {
        split_outside(items, "、")
            .iter()
            .all(|(_, item)| item.trim().ends_with(end))
    });
    let joined = own_subject(&format!("{items}{before}"), unit, after);
    if parallel && joined.ends_with(&own) && joined.chars().count() <= MAX_LIST_SUBJECT {
        joined
    } else {
        own
    }
}

/// Words naming the whole place a report governs, which may open a clause before its verb
/// (`全区新培育国家级人才8名、省级人才7名`).
const WHOLE_PLACES: &[&str] = &["全区", "全區", "全市", "全省", "全县", "全縣"];

/// The counting verb a clause opens with (`新建` in `新建绿道100公里、绿地500公顷`, `新培育` in
/// `全区新培育国家级人才8名、省级人才7名`), which the later items of its list share.
pub(in crate::import) fn opening_verb(clause: &str) -> Option<&str> {
    let opening = clean_subject(clause);
    let opening = strip_any(opening, WHOLE_PLACES).unwrap_or(opening);
    // `新培育`: the verb may be said to be new.
    let after_new = opening.strip_prefix('新').unwrap_or(opening);
    COUNTING_VERBS
        .iter()
        .filter_map(|v| {
            [opening, after_new]
                .iter()
                .find(|o| o.starts_with(v))
                .map(|o| opening.len() - o.len() + v.len())
        })
        .max()
        .map(|end| &opening[..end])
}

/// `subject` with the verb its list opened with, when it is a later item of that list with no
/// verb of its own (`绿地` after `新建绿道100公里、` gives `新建绿地`) and not a rate, which is
/// not built (`新建5个医疗集团、区级覆盖率达80%`).
pub(in crate::import) fn with_shared_verb(subject: String, verb: Option<&str>) -> String {
    match verb {
        Some(verb)
            if !subject.is_empty()
                && !["率", "比例", "比重", "占比"]
                    .iter()
                    .any(|r| subject.ends_with(r))
                && subject.chars().count() <= MAX_SHARED_VERB_SUBJECT
                && !COUNTING_VERBS.iter().any(|v| subject.contains(v)) =>
        {
            format!("{verb}{subject}")
        }
        _ => subject,
    }
}
