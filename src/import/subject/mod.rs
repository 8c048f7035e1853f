//! The subject of a figure: the name a reader uses for what a number measures, read from the
//! words before it, the thing counted after it and the list it stands in.

use super::bounds::strip_rate_base;
use super::figures::split_outside;
use super::headings::is_ideograph;
use super::numbers;
use super::script::strip_any;

mod list;
mod owner;
mod service;

pub(super) use list::{list_subjects, opening_verb, shared_subject, with_shared_verb};
use owner::MEASURES_OF_COUNTED;
pub(super) use owner::{with_earlier_owner, with_head};
use service::{SERVICE_VERBS, service_given, without_description, without_recipients};

/// Words opening the words before a number that are not part of its subject: commitments,
/// connectives and adverbs of manner (`扎扎实实办好`, `深入实施`, `加快建设`).
const SUBJECT_LEADING: &[&str] = &[
    "——",
    "的",
    "力争",
    "力爭",
    "确保",
    "確保",
    "争取",
    "爭取",
    "努力",
    "每年",
    "全年",
    "今年",
    "实现",
    "實現",
    "完成",
    "其中",
    "成功",
    "预计",
    "預計",
    "并",
    "並",
    "和",
    "与",
    "與",
    "及",
    "累计",
    "累計",
    "左右",
    "以上",
    "以内",
    "以內",
    "以下",
    "扎扎实实",
    "扎扎實實",
    "扎实",
    "扎實",
    "持续",
    "持續",
    "大力",
    "加快",
    "积极",
    "積極",
    "全力",
    "继续",
    "繼續",
    "进一步",
    "進一步",
    "深入",
    "高质量",
    "高質量",
    "我们将",
    "我們將",
    "我们",
    "我們",
];

/// Words closing the words before a number that are not part of its subject: the verb or
/// preposition that leads to the number, and a quotation mark the number opens.
const SUBJECT_TRAILING: &[&str] = &[
    "“",
    "确保",
    "確保",
    "力争",
    "力爭",
    "达到",
    "達到",
    "达",
    "達",
    "为",
    "為",
    "超过",
    "超過",
    "超",
    "突破",
    "不少于",
    "不少於",
    "不低于",
    "不低於",
    "不超过",
    "不超過",
    "控制在",
    "保持在",
    "稳定在",
    "穩定在",
    "提高到",
    "提高至",
    "提升至",
    "提升到",
    "降至",
    "降到",
    "升至",
    "增加到",
    "增至",
    "上升至",
    "上升到",
    "分别",
    "分別",
    "约",
    "約",
    "至少",
    "近",
    "按",
    "是",
    "在",
    "到",
    "至",
    "了",
    "实现",
    "實現",
    "完成",
    "累计",
    "累計",
    "从",
    "從",
    "每人每月",
    "地表水",
    "保持",
    "稳定",
    "穩定",
    "共",
];

const WEAK_SUBJECTS: &[&str] = &[
    "增长",
    "增長",
    "下降",
    "增速",
    "增幅",
    "降幅",
    "提高",
    "提升",
    "减少",
    "減少",
    "占比",
    "比重",
    "完成率",
    "同比增长",
];

/// Bound words that compare with another quantity inside a subject (`A不低于B的`).
const COMPARISONS: &[&str] = &[
    "不低于",
    "不低於",
    "不少于",
    "不少於",
    "不高于",
    "不高於",
    "不超过",
    "不超過",
];

/// Prepositions opening a phrase that says how or why, not what (`根据当地资源禀赋打造…`).
const ADVERBIALS: &[&str] = &[
    "根据", "根據", "按照", "围绕", "圍繞", "依托", "通过", "通過", "聚焦", "在",
];

/// Words joining two counts: the words before the second count name the first.
const CONJUNCTIONS: &[&str] = &["和", "与", "與", "及", "以及"];

/// Verbs that put what they count after the number (`新建设5个市级托育综合服务中心`).
const COUNTING_VERBS: &[&str] = &[
    "培育",
    "打造",
    "建设",
    "建設",
    "建成",
    "新建",
    "改造",
    "提升",
    "储备",
    "儲備",
    "开展",
    "開展",
    "实施",
    "實施",
    "推进",
    "推進",
    "推动",
    "推動",
    "完成",
    "新增",
    "引进",
    "引進",
    "支持",
    "举办",
    "舉辦",
    "创建",
    "創建",
    "设立",
    "設立",
    "认定",
    "認定",
    "开工",
    "開工",
    "新（改）建",
    "新(改)建",
    "新改建",
    "办好",
    "辦好",
    "安排",
    "开通",
    "開通",
    "扩建",
    "擴建",
    "提供",
    "引入",
    "招引",
    "帮扶",
    "幫扶",
    "组建",
    "組建",
    "推出",
    "交付",
    "发放",
    "發放",
    "打赢",
    "打贏",
    "化解",
];

/// Longest counted noun taken into a subject, in characters.
const MAX_NOUN: usize = 24;

/// Words before which a counted noun too long to show whole is cut.
const NOUN_ENDS: &[&str] = &[
    "的", "对", "對", "到", "实现", "實現", "提供", "开展", "開展",
];

/// A subject that names nothing alone and continues the one before: empty, one character
/// (`率` of `完成率`), a word of change (`增长`) or a comparison (`是去年的`, but not a service
/// given: `为退役军人提供就业岗位`).
pub(super) fn is_weak(subject: &str) -> bool {
    let served = SERVICE_VERBS.iter().any(|v| subject.contains(v));
    subject.chars().count() <= 1
        || WEAK_SUBJECTS.contains(&subject)
        || subject.starts_with(['是', '为', '為']) && !served
}

/// `subject` without the word of change it ends with (`城镇居民收入增长` → 城镇居民收入).
pub(super) fn without_change(subject: &str) -> &str {
    WEAK_SUBJECTS
        .iter()
        .find_map(|w| subject.strip_suffix(w))
        .unwrap_or(subject)
}

/// The subject a number's own words give: the words before it without verbs and qualifiers,
/// completed by the thing counted after it when they are only a verb (`新培育2518个典型村`);
/// after a conjunction (`80项前沿技术研发和60项基础研究项目`) the thing counted alone.
pub(super) fn own_subject(before: &str, unit: &str, after: &str) -> String {
    let has_subject = before.chars().filter(|&c| is_ideograph(c)).count() >= 2;
    let noun = counted_noun(after);
    if !noun.is_empty() && CONJUNCTIONS.iter().any(|w| before.trim_end().ends_with(w)) {
        return noun.to_string();
    }
    let mut subject = if has_subject {
        clean_subject(before)
    } else {
        ""
    };
    // `根据当地资源禀赋打造14个特色服务区`: the phrase before the verb is not the subject.
    if strip_any(subject, ADVERBIALS).is_some()
        && let Some(verb) = COUNTING_VERBS.iter().filter_map(|v| subject.rfind(v)).max()
    {
        subject = &subject[verb..];
    }
    // `特困人员基本生活保障标准不低于当地最低生活保障标准的1.3倍`: what is compared is named
    // before the bound word.
    if let Some(at) = COMPARISONS.iter().filter_map(|w| subject.find(w)).min()
        && subject[..at].chars().count() >= 4
    {
        subject = &subject[..at];
    }
    let subject = without_recipients(without_description(subject));
    // `为超20000名…残疾儿童免费提供…等康复救助服务`: the people counted are served.
    if subject.chars().count() <= 2
        && numbers::counts_things_or_people(unit)
        && let Some(served) = service_given(after)
    {
        return served;
    }
    if let Some(named) = beyond_examples(subject, noun) {
        return named;
    }
    // `总投资超2000亿元的重大项目储备库`: the measure belongs to what the sum describes.
    if let Some(measure) = MEASURES_OF_COUNTED.iter().find(|m| subject.ends_with(*m))
        && let Some(described) = after.strip_prefix('的')
    {
        let owner = counted_noun(described);
        if owner.chars().count() >= 2 {
            return format!("{owner}{measure}");
        }
    }
    // `人代会票决的十件民生实事项目`: words ending in 的 describe the thing counted (which no
    // other number follows: `从2020年的3.68万亿元增长到…` is a change).
    if subject.ends_with('的') && !noun.is_empty() && !after.contains(|c: char| c.is_ascii_digit())
    {
        return noun.to_string();
    }
    let mut subject = subject.to_string();
    // `設立精品小微園1000萬專項獎勵資金`: the money counted is named after the sum.
    if subject.chars().count() <= 2
        || COUNTING_VERBS.iter().any(|v| subject.ends_with(v))
        || numbers::names_money(noun)
    {
        subject.push_str(noun);
    }
    subject
}

/// The subject without the examples before `等` (`新增停车设施建设运营等服务场景` gives
/// `新增服务场景`; `隆基二期等` + `8个项目` gives `项目`): the leading counting verb, then what
/// follows `等`, or the counted noun when nothing does. `None` without such a `等`.
fn beyond_examples(subject: &str, noun: &str) -> Option<String> {
    let (head, tail) = subject.rsplit_once('等')?;
    let word_with_deng = ["平", "同", "中", "高", "初", "对", "對", "均", "相"]
        .iter()
        .any(|w| head.ends_with(w))
        || tail.starts_with(['级', '級', '待', '于', '於']);
    let tail = if tail.is_empty() { noun } else { tail };
    if word_with_deng || head.is_empty() || tail.chars().count() < 2 {
        return None;
    }
    let verb = COUNTING_VERBS
        .iter()
        .filter(|v| head.starts_with(*v))
        .max_by_key(|v| v.len())
        .map_or("", |v| *v);
    Some(format!("{verb}{tail}"))
}

/// The words before a number without the verbs and qualifiers around them.
fn clean_subject(before: &str) -> &str {
    let mut subject = before.trim();
    loop {
        let trimmed = strip_any(subject, SUBJECT_LEADING)
            .or_else(|| strip_year(subject))
            .or_else(|| strip_since_year(subject))
            .or_else(|| strip_rate_base(subject))
            .or_else(|| {
                SUBJECT_TRAILING
                    .iter()
                    .find_map(|w| subject.strip_suffix(w))
            });
        match trimmed {
            Some(shorter) => subject = shorter.trim(),
            None => return subject,
        }
    }
}

/// The words after a number up to the next number (`个“数字领航”企业` gives `“数字领航”企业`).
fn counted_noun(after: &str) -> &str {
    let after = strip_any(after, &["以上", "左右", "以内", "以內", "以下"]).unwrap_or(after);
    // `2.5万套（间）城市危旧房`: a note on the unit is not the thing counted.
    let after = ["（", "("]
        .iter()
        .find_map(|open| after.strip_prefix(open))
        .and_then(|rest| rest.split_once(['）', ')']))
        .filter(|(note, _)| note.chars().count() <= 3)
        .map_or(after, |(_, rest)| rest);
    let end = after
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit())
        .map_or(after.len(), |(i, _)| i);
    let items = split_outside(&after[..end], "、");
    let first = items
        .first()
        .filter(|(at, _)| *at == 0)
        .map_or("", |(_, item)| item);
    // `从2.2万家增加到4.9万家`: words running on to the next number end in the verb leading to
    // it, which is not part of the thing counted (`县（市）扩大到` gives 县（市）).
    let first = if end < after.len() && after[..end].trim_end().ends_with(first) {
        without_lead_to_number(first)
    } else {
        first
    };
    // `40个吸引力强、带动面广的消费场景`: qualities listed before 的 up to the end of the
    // clause describe the thing counted after it.
    let noun = if end == after.len() && !first.contains('的') {
        items
            .iter()
            .skip(1)
            .find_map(|(_, item)| item.rsplit_once('的'))
            .map(|(_, noun)| noun)
            .filter(|noun| !noun.is_empty())
            .unwrap_or(first)
    } else {
        first
    };
    // `40个绿美点和6条绿美带`: the conjunction belongs to neither; `三星级无废城市”`: the
    // quotation closes around the number.
    let noun = strip_suffix_any(noun, CONJUNCTIONS);
    let noun = match noun.strip_suffix('”') {
        Some(open) if !open.contains('“') => open,
        _ => noun,
    };
    match noun.char_indices().nth(MAX_NOUN) {
        None => noun,
        // A long noun is cut where a word ends, before the verb or object that follows it.
        Some((cap, _)) => NOUN_ENDS
            .iter()
            .filter_map(|w| noun[..cap].rfind(w))
            .max()
            .filter(|&at| at > 0)
            .map_or(&noun[..cap], |at| &noun[..at]),
    }
}

/// Words running on to a number without the verb leading to it: `增加到`, `扩大到` (a verb of
/// two characters and `到` or `至`) or a word of [`SUBJECT_TRAILING`] (`近`, `达`).
fn without_lead_to_number(words: &str) -> &str {
    let mut words = words.trim_end();
    loop {
        let verb_to = words
            .strip_suffix(['到', '至'])
            .and_then(|rest| rest.char_indices().rev().nth(1))
            .map(|(at, _)| &words[..at]);
        match verb_to.or_else(|| SUBJECT_TRAILING.iter().find_map(|w| words.strip_suffix(w))) {
            Some(shorter) => words = shorter.trim_end(),
            None => return words,
        }
    }
}

/// `text` without one of `words` at its end.
fn strip_suffix_any<'a>(text: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .unwrap_or(text)
}

/// `全省生产总值从2020年的` without the year a change starts from.
fn strip_since_year(text: &str) -> Option<&str> {
    let at = text.rfind(['从', '從'])?;
    let year = &text[at + '从'.len_utf8()..];
    let digits = year.find(|c: char| !c.is_ascii_digit())?;
    (digits == 4 && ["年的", "年", "年底"].contains(&&year[4..])).then(|| &text[..at])
}

/// `2023年社會消費品…` (or `到2030年常住人口…`) without its year.
fn strip_year(text: &str) -> Option<&str> {
    let dated = strip_any(text, &["到", "至"]).unwrap_or(text);
    let digits = dated.find(|c: char| !c.is_ascii_digit())?;
    (digits == 4)
        .then(|| dated[4..].strip_prefix('年'))
        .flatten()
}

#[cfg(test)]
mod tests;
