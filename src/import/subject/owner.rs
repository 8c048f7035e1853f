//! Subjects completed by their owner, named elsewhere in the sentence: the thing counted
//! before a measure, the group or quantity a measure belongs to, a programme's object.

use super::{COUNTING_VERBS, WEAK_SUBJECTS, strip_suffix_any};
use crate::import::headings::is_ideograph;
use crate::import::script::strip_any;

/// Measures of a crop or a product that name nothing alone (`产量` after `粮食播种面积`).
const OWNED_MEASURES: &[&str] = &["产量", "產量", "产值", "產值", "面积", "面積"];

/// Verbs of adding that may count a noun the sentence named before (`增加学位`).
const ADDING_VERBS: &[&str] = &["增加", "新增", "新建"];

/// Measures of the things or people counted just before them, which name no owner of their
/// own: coverage (`区级覆盖率`), totals (`河道37条，总长51公里`) and per-person figures
/// (`覆盖低收入农户85%，人均增收1500元`).
pub(super) const MEASURES_OF_COUNTED: &[&str] = &[
    "覆盖率",
    "覆蓋率",
    "总投资",
    "總投資",
    "年度投资",
    "年度投資",
    "总长",
    "總長",
    "总里程",
    "總里程",
    "总面积",
    "總面積",
    "人均增收",
    "户均增收",
    "戶均增收",
];

/// Words naming which batch of things counted, not what they are (`首批`).
const BATCHES: &[&str] = &["首批", "新一批", "第一批"];

/// Verbs before the people a measure after them belongs to (`覆盖低收入农户`).
const REACHING_VERBS: &[&str] = &["覆盖", "覆蓋", "惠及"];

/// A measure naming no owner completed by the things or people counted just before it:
/// `区级覆盖率` after `新建紧密型城市医疗集团` gives 紧密型城市医疗集团区级覆盖率, `人均增收` after
/// `覆盖低收入农户` gives 低收入农户人均增收. The measure may name the level it is taken at
/// (`区级`), nothing else.
fn with_counted(previous: &str, subject: &str) -> Option<String> {
    let level = MEASURES_OF_COUNTED
        .iter()
        .find_map(|measure| subject.strip_suffix(measure))?;
    if !(level.is_empty() || level.chars().count() == 2 && level.ends_with(['级', '級'])) {
        return None;
    }
    let counted = COUNTING_VERBS
        .iter()
        .chain(REACHING_VERBS)
        .find_map(|verb| previous.strip_prefix(verb))?;
    let counted = strip_any(counted, BATCHES).unwrap_or(counted);
    if counted.chars().count() < 2 {
        return None;
    }
    Some(format!("{counted}{subject}"))
}

/// `subject` completed by the head of the subject before it in its sentence when it names a
/// sibling measure of the same thing: `经营性收入` after `村级集体经济经常性收入` gives
/// 村级集体经济经营性收入, `研发机构设置率` after `规上工业企业研发活动率` gives
/// 规上工业企业研发机构设置率. Siblings end alike in more than a word of change, and the shorter
/// one's first character stands in the longer one after a head of two characters or more.
pub(in crate::import) fn with_head(previous: Option<&str>, subject: String) -> String {
    let Some(previous) = previous else {
        return subject;
    };
    if let Some(owned) = with_owner(previous, &subject)
        .or_else(|| with_counted(previous, &subject))
        .or_else(|| with_measure_of_kind(previous, &subject))
        .or_else(|| with_share_owner(previous, &subject))
    {
        return owned;
    }
    let p: Vec<char> = previous.chars().collect();
    let s: Vec<char> = subject.chars().collect();
    let common = p
        .iter()
        .rev()
        .zip(s.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let ending: String = s[s.len() - common..].iter().collect();
    let alike = !strip_suffix_any(&ending, WEAK_SUBJECTS).is_empty();
    let action = COUNTING_VERBS.iter().any(|v| subject.starts_with(v));
    if s.len() >= p.len() || common == s.len() || !alike || action {
        return subject;
    }
    match p[..p.len() - common].iter().rposition(|&c| c == s[0]) {
        Some(at) if at >= 2 => p[..at].iter().collect::<String>() + &subject,
        _ => subject,
    }
}

/// Longest group (characters) that takes the measure of a group of its kind.
const MAX_GROUP: usize = 6;

/// Shortest measure (characters) a group takes from a group of its kind: shorter ones
/// (`产量`) are bare measures, and a word of change (`增长`) is not a measure.
const MIN_MEASURE_OF_KIND: usize = 4;

/// A group named alone completed by the measure of a group of the same kind before it:
/// `散居孤儿（含…）` after `集中供养孤儿基本生活保障最低标准` gives 散居孤儿基本生活保障最低标准.
/// The kind is the group's last two characters, which the earlier subject names after other
/// words and before its measure (not a word of change: `重大工程投资` after `固定资产投资增长`
/// stays); a note in brackets closing the group is left out.
fn with_measure_of_kind(previous: &str, subject: &str) -> Option<String> {
    let group = ["（", "("]
        .iter()
        .find_map(|open| subject.split_once(open))
        .filter(|(_, note)| note.ends_with(['）', ')']))
        .map_or(subject, |(group, _)| group);
    let kind_at = group.char_indices().rev().nth(1)?.0;
    let named_alone = group.chars().count() <= MAX_GROUP && group.chars().all(is_ideograph);
    if kind_at == 0 || !named_alone {
        return None;
    }
    let kind = &group[kind_at..];
    let at = previous.find(kind).filter(|&at| at > 0)?;
    let measure = &previous[at + kind.len()..];
    let changes = WEAK_SUBJECTS.iter().any(|w| measure.starts_with(w));
    (measure.chars().count() >= MIN_MEASURE_OF_KIND
        && !changes
        && measure.chars().all(is_ideograph))
    .then(|| format!("{group}{measure}"))
}

/// Quantities whose share a figure after them gives (`实现增加值65.96亿元，占…比重27.7%`).
const SHARED_QUANTITIES: &[&str] = &[
    "增加值",
    "产值",
    "產值",
    "营收",
    "營收",
    "营业收入",
    "營業收入",
    "收入",
    "规模",
    "規模",
];

/// A share naming no owner completed by the owner of the quantity before it:
/// `占规上工业增加值比重` after `数字经济核心制造业实现增加值` gives
/// 数字经济核心制造业占规上工业增加值比重.
fn with_share_owner(previous: &str, subject: &str) -> Option<String> {
    if !subject.starts_with(['占', '佔']) {
        return None;
    }
    let owner = SHARED_QUANTITIES
        .iter()
        .find_map(|q| previous.strip_suffix(q))?;
    let owner = ["实现", "實現"]
        .iter()
        .find_map(|v| owner.strip_suffix(v))
        .unwrap_or(owner);
    (owner.chars().count() >= 2).then(|| format!("{owner}{subject}"))
}

/// A bare measure completed by the owner of the measure before it: `产量` (or `总产量`) after
/// `粮食播种面积` gives 粮食产量. The owner is what stands before the earlier measure, two characters or more.
pub(super) fn with_owner(previous: &str, subject: &str) -> Option<String> {
    let measure = ["总", "總"]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .unwrap_or(subject);
    if !OWNED_MEASURES.contains(&measure) {
        return None;
    }
    let at = OWNED_MEASURES
        .iter()
        .filter_map(|m| previous.find(m))
        .min()?;
    let owner = ["播种", "播種"]
        .iter()
        .find_map(|w| previous[..at].strip_suffix(w))
        .unwrap_or(&previous[..at]);
    (owner.chars().count() >= 2).then(|| format!("{owner}{subject}"))
}

/// A count named by a verb of adding and a short noun alone (`增加学位`) completed by the
/// owner the sentence gave that noun before it, `earlier`: `…地区的普通高中学位建设，增加学位超
/// 20万个` gives 增加普通高中学位.
pub(in crate::import) fn with_earlier_owner(earlier: &str, subject: String) -> String {
    if COUNTING_VERBS.contains(&subject.as_str()) {
        return match programme_object(earlier) {
            Some(object) => format!("{subject}{object}"),
            None => subject,
        };
    }
    let Some(verb) = ADDING_VERBS.iter().find(|v| subject.starts_with(*v)) else {
        return subject;
    };
    let noun = &subject[verb.len()..];
    let Some(at) = (2..=3)
        .contains(&noun.chars().count())
        .then(|| earlier.rfind(noun))
        .flatten()
    else {
        return subject;
    };
    let start = earlier[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_ideograph(c) || c == '的')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let owner = &earlier[start..at];
    if (2..=6).contains(&owner.chars().count()) {
        format!("{verb}{owner}{noun}")
    } else {
        subject
    }
}

/// Words closing the name of a programme (`农村公路提升行动`): what stands before them is the
/// object a bare verb after the programme builds.
const PROGRAMME_ENDS: &[&str] = &[
    "提升行动",
    "提升行動",
    "攻坚行动",
    "攻堅行動",
    "专项行动",
    "專項行動",
    "行动",
    "行動",
    "工程",
];

/// Verbs and words opening the name of a programme that are not its object (`实施新一轮`).
const PROGRAMME_OPENINGS: &[&str] = &[
    "实施",
    "實施",
    "开展",
    "開展",
    "启动",
    "啟動",
    "新一轮",
    "新一輪",
    "新一批",
];

/// Longest object (characters) read from a programme's name.
const MAX_PROGRAMME_OBJECT: usize = 8;

/// The object of the programme the clause before names, for a bare verb after it:
/// `实施新一轮农村公路提升行动，` gives 农村公路 (for `新（改）建6000公里`).
fn programme_object(earlier: &str) -> Option<&str> {
    let clause = earlier
        .trim_end_matches(['，', ','])
        .rsplit(['，', ',', '；', '。', '：'])
        .next()?;
    let mut object = PROGRAMME_ENDS
        .iter()
        .find_map(|end| clause.strip_suffix(end))?;
    while let Some(rest) = strip_any(object, PROGRAMME_OPENINGS) {
        object = rest;
    }
    let length = object.chars().count();
    ((2..=MAX_PROGRAMME_OBJECT).contains(&length) && object.chars().all(is_ideograph))
        .then_some(object)
}
