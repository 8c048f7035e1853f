//! The subject of a figure: the name a reader uses for what a number measures, read from the
//! words before it, the thing counted after it and the list it stands in.

use super::bounds::strip_rate_base;
use super::figures::{is_baseline, split_outside};
use super::headings::is_ideograph;
use super::numbers;
use super::script::strip_any;

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
/// Longest subject (characters) made of the items of a list that share one figure.
const MAX_LIST_SUBJECT: usize = 20;
/// Longest subject (characters) that takes the verb its list opened with.
const MAX_SHARED_VERB_SUBJECT: usize = 12;
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
/// Measures of a crop or a product that name nothing alone (`产量` after `粮食播种面积`).
const OWNED_MEASURES: &[&str] = &["产量", "產量", "产值", "產值", "面积", "面積"];
/// Verbs of adding that may count a noun the sentence named before (`增加学位`).
const ADDING_VERBS: &[&str] = &["增加", "新增", "新建"];
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

/// One subject per figure after `分别` when a list before it names as many indicators:
/// `水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上` gives 水果产量, 蔬菜产量, 茶叶产量
/// (the last item's words beyond the first item's length are taken as what they share). With
/// nothing before `分别`, the subjects of the list of the clause before (`earlier`) count again
/// (`城乡居民人均可支配收入分别达到5万元、2万元，分别增长5%、8%`). The byte offset of `分别`
/// and the subjects, in order.
pub(super) fn list_subjects(
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

/// `subject` without the word of change it ends with (`城镇居民收入增长` → 城镇居民收入).
pub(super) fn without_change(subject: &str) -> &str {
    WEAK_SUBJECTS
        .iter()
        .find_map(|w| subject.strip_suffix(w))
        .unwrap_or(subject)
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

/// Verbs of a service given to people (`为…社会人员开展职业技能培训`).
const SERVICE_VERBS: &[&str] = &["开展", "開展", "提供", "进行", "進行"];
/// Words opening a phrase that names who receives a service (`为退役军人提供`).
const RECIPIENT_OPENINGS: &[&str] = &["为", "為", "面向"];
/// Longest subject (characters) that keeps who receives the service it names.
const MAX_SERVICE_SUBJECT: usize = 12;
/// Shortest service (characters) read as a subject without who receives it: `提供服务` names
/// none.
const MIN_SERVICE: usize = 4;
/// Adverbs between the people served and the verb of the service (`免费提供`).
const SERVICE_ADVERBS: &[&str] = &["免费", "免費"];
/// Longest name (characters) of the people served or of the service, read after a count.
const MAX_SERVED_NAME: usize = 10;

/// `subject` without who receives the service it names when it is too long to read as a name:
/// `为未成年人家庭提供一对一公益家庭教育指导服务` gives 一对一公益家庭教育指导服务;
/// `为退役军人提供就业岗位` stays whole.
fn without_recipients(subject: &str) -> &str {
    if strip_any(subject, RECIPIENT_OPENINGS).is_none()
        || subject.chars().count() <= MAX_SERVICE_SUBJECT
    {
        return subject;
    }
    SERVICE_VERBS
        .iter()
        .filter_map(|v| subject.find(v).map(|at| &subject[at + v.len()..]))
        .find(|service| service.chars().count() >= MIN_SERVICE)
        .unwrap_or(subject)
}

/// The people counted before a service and the service, from the words after the count:
/// `视力、听力等残疾儿童免费提供人工耳蜗手术、康复训练等康复救助服务` gives 残疾儿童康复救助服务,
/// `困境、留守儿童进行心理健康评估干预` gives 留守儿童心理健康评估干预. Examples before `等` are
/// left out; a list of services with no `等` to name them is not read.
fn service_given(after: &str) -> Option<String> {
    let end = after
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(after.len());
    let text = &after[..end];
    let (at, verb) = SERVICE_VERBS
        .iter()
        .filter_map(|v| text.find(v).map(|at| (at, *v)))
        .min()?;
    let people = strip_suffix_any(&text[..at], SERVICE_ADVERBS);
    let people = people
        .rsplit_once('等')
        .or_else(|| people.rsplit_once('、'))
        .map_or(people, |(_, last)| last);
    let service = &text[at + verb.len()..];
    let service = match service.rsplit_once('等') {
        Some((_, named)) => named,
        None if service.contains('、') => return None,
        None => service,
    };
    let readable = |name: &str| {
        (2..=MAX_SERVED_NAME).contains(&name.chars().count()) && name.chars().all(is_ideograph)
    };
    (readable(people) && readable(service)).then(|| format!("{people}{service}"))
}

/// `subject` without the words describing who receives a service, which end in 的 before them:
/// `有意愿从事养老护理工作的社会人员开展职业技能培训` gives 社会人员开展职业技能培训.
fn without_description(subject: &str) -> &str {
    let Some(verb) = SERVICE_VERBS.iter().filter_map(|v| subject.find(v)).min() else {
        return subject;
    };
    match subject[..verb].rfind('的') {
        Some(de) if de + '的'.len_utf8() < verb => &subject[de + '的'.len_utf8()..],
        _ => subject,
    }
}

/// Measures of the things or people counted just before them, which name no owner of their
/// own: coverage (`区级覆盖率`), totals (`河道37条，总长51公里`) and per-person figures
/// (`覆盖低收入农户85%，人均增收1500元`).
const MEASURES_OF_COUNTED: &[&str] = &[
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
pub(super) fn with_head(previous: Option<&str>, subject: String) -> String {
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
fn with_owner(previous: &str, subject: &str) -> Option<String> {
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
pub(super) fn with_earlier_owner(earlier: &str, subject: String) -> String {
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

/// The subject of a figure closing a list whose earlier items have no figure of their own and
/// share it (`孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上`): `items` is the text of those
/// items with their separators. The figure's own subject when the items joined are too long to
/// read as a name.
pub(super) fn shared_subject(items: &str, before: &str, unit: &str, after: &str) -> String {
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

/// Words naming the whole place a report governs, which may open a clause before its verb
/// (`全区新培育国家级人才8名、省级人才7名`).
const WHOLE_PLACES: &[&str] = &["全区", "全區", "全市", "全省", "全县", "全縣"];

/// The counting verb a clause opens with (`新建` in `新建绿道100公里、绿地500公顷`, `新培育` in
/// `全区新培育国家级人才8名、省级人才7名`), which the later items of its list share.
pub(super) fn opening_verb(clause: &str) -> Option<&str> {
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
pub(super) fn with_shared_verb(subject: String, verb: Option<&str>) -> String {
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
mod tests {
    use crate::import::figures::extract;
    use crate::import::figures::tests::{section, targets};
    use crate::model::Bound;

    #[test]
    fn a_verb_or_a_conjunction_takes_the_thing_counted_after_the_number() {
        let found = targets(
            "新培育2518个典型村，重点建设40个绿美点和6条绿美带，改造2.5万套（间）城市危旧房，\
             推进40项省科技重大专项、80项前沿技术研发和60项基础研究重点项目。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "新培育典型村",
                "重点建设绿美点",
                "绿美带",
                "改造城市危旧房",
                "推进省科技重大专项",
                "推进前沿技术研发",
                "推进基础研究重点项目",
            ]
        );
    }

    #[test]
    fn any_verb_before_a_count_takes_the_thing_counted_after_it() {
        let found = targets(
            "新开通12个传统边贸点，为退役军人提供5万个就业岗位，新建和改扩建51所中小学教学用房，\
             高职院校3所。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "新开通传统边贸点",
                "为退役军人提供就业岗位",
                "新建和改扩建中小学教学用房",
                "高职院校"
            ]
        );
    }

    #[test]
    fn people_counted_before_a_service_are_named_with_it() {
        let found = targets(
            "为超20000名视力、听力等残疾儿童免费提供人工耳蜗手术、康复训练等康复救助服务，\
             为1万名困境、留守儿童进行心理健康评估干预，为未成年人家庭提供一对一公益家庭教育指导服务1万户次。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "残疾儿童康复救助服务",
                "留守儿童心理健康评估干预",
                "一对一公益家庭教育指导服务"
            ]
        );
        assert_eq!(found[2].unit, "万户次");
    }

    #[test]
    fn a_group_named_alone_takes_the_measure_of_a_group_of_its_kind() {
        let found = targets(
            "集中供养孤儿基本生活保障最低标准从每人每月2375元提高到2423元，\
             散居孤儿（含艾滋病病毒感染儿童）从每人每月1536元提高到1567元。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "集中供养孤儿基本生活保障最低标准",
                "散居孤儿基本生活保障最低标准"
            ]
        );
        // A word of change is not a measure another quantity takes.
        let found = targets("全社会固定资产投资增长4.6%，重大工程投资完成2510亿元、增长5.3%。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["全社会固定资产投资增长", "重大工程投资", "重大工程投资增长"]
        );
    }

    #[test]
    fn a_total_or_a_years_sum_takes_the_owner_named_before_it() {
        let found = targets(
            "确保粮食播种面积1530万亩、总产量125亿斤，安排首批“千项万亿”重大项目1678个、年度投资1.1万亿元。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "粮食播种面积",
                "粮食总产量",
                "安排首批“千项万亿”重大项目",
                "“千项万亿”重大项目年度投资"
            ]
        );
    }

    #[test]
    fn words_running_on_to_the_next_number_are_not_the_thing_counted() {
        let found = targets("规上工业企业从4.7万家增加到6.1万家，57个县（市）生产总值近3年增长。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects[..2], ["规上工业企业", "县（市）生产总值"]);
    }

    #[test]
    fn two_things_joined_before_each_share_the_noun_closing_the_second() {
        let found = targets("中心城区环卫保洁和绿化市政养护预算分别增长8%、5%。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["中心城区环卫保洁预算增长", "绿化市政养护预算增长"]
        );
        // A noun not known to be shared is not guessed at.
        let found = targets("航空旅客和货邮吞吐量分别增长8%、5%。");
        assert_eq!(found[0].subject, found[1].subject);
    }

    #[test]
    fn a_share_or_a_described_sum_takes_the_owner_of_its_quantity() {
        let found = targets(
            "数字经济核心制造业实现增加值65.96亿元，占规上工业增加值比重达27.7%；\
             谋划建立总投资超2000亿元的重大项目储备库。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "数字经济核心制造业实现增加值",
                "数字经济核心制造业占规上工业增加值比重",
                "重大项目储备库总投资"
            ]
        );
    }

    #[test]
    fn later_items_share_a_verb_opened_after_the_place_or_said_new() {
        let found = targets("全区新培育国家级人才8名、省级人才7名，成功打赢17场疫情防控阻击战。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "全区新培育国家级人才",
                "新培育省级人才",
                "打赢疫情防控阻击战"
            ]
        );
    }

    #[test]
    fn a_change_said_of_each_figure_is_named_by_the_first() {
        let found = targets("完成进出口总额309亿元，其中出口271亿元，均增长16.2%。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["进出口总额", "出口", "进出口总额增长"]);
    }

    #[test]
    fn later_items_of_a_list_share_its_opening_verb() {
        let found = targets("新建绿道100公里、绿地500公顷，改造2.5万套城市危旧房、2.6万户城中村。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["新建绿道", "新建绿地", "改造城市危旧房", "改造城中村"]
        );
    }

    #[test]
    fn examples_before_deng_are_not_the_subject() {
        let found =
            targets("新增停车设施建设运营等服务场景30个以上，启动实验学校二期等8所中小学校建设。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["新增服务场景", "中小学校建设"]);
    }

    #[test]
    fn a_comparison_inside_a_subject_keeps_what_is_compared() {
        let found = targets("特困人员基本生活保障标准不低于当地最低生活保障标准的1.3倍。");
        assert_eq!(found[0].subject, "特困人员基本生活保障标准");
    }

    #[test]
    fn a_one_character_subject_continues_the_one_before() {
        let found = targets("供应国有建设用地6747亩，完成率204.5%。");
        assert_eq!(found[1].subject, "供应国有建设用地率");
    }

    #[test]
    fn a_phrase_saying_how_is_not_part_of_the_subject() {
        let found = targets("其中根据当地资源禀赋打造14个特色服务区，的预期目标增长5%。");
        assert_eq!(found[0].subject, "打造特色服务区");
        assert_eq!(found[1].subject, "预期目标增长");
    }

    #[test]
    fn a_long_counted_noun_is_cut_where_a_word_ends() {
        let found =
            targets("引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业创业和长期扎根发展。");
        assert_eq!(found[0].subject, "引导高校毕业生等青年");
    }

    #[test]
    fn a_list_before_each_gives_each_figure_its_subject_and_bound() {
        let found = targets("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。");
        assert!(found.iter().all(|f| f.bound == Bound::AtLeast));
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["水果产量", "蔬菜产量", "茶叶产量"]);
        let found = targets(
            "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元，\
             困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "交通领域投资额",
                "水利领域投资额",
                "能源领域投资额",
                "困难残疾人生活补贴标准",
                "重度残疾人护理补贴标准",
            ]
        );
    }

    #[test]
    fn figures_of_urban_and_rural_residents_given_together_are_told_apart() {
        // sichuan: `城乡居民人均可支配收入分别增长4.4%、5.6%`.
        let found = targets("城乡居民人均可支配收入分别增长7%左右和8%左右。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
        );
        assert_eq!(found[1].value, Some(8.0));
        assert_eq!(found[1].bound, Bound::About);
        let found = targets("城镇和农村居民人均可支配收入分别增长4.3%、5.5%。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
        );
        let found = targets("城鄉居民收入分別增長6%、7%。");
        assert_eq!(found[0].subject, "城鎮居民收入增長");
        assert_eq!(found[1].subject, "農村居民收入增長");
    }

    #[test]
    fn a_second_each_list_counts_the_subjects_of_the_first_again() {
        let found = targets("城乡居民人均可支配收入分别达到5万元、2万元，分别增长5%、8%。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "城镇居民人均可支配收入增长",
                "农村居民人均可支配收入增长",
            ]
        );
        let found = targets("水果、蔬菜产量分别增长5%、8%，分别达到50万吨、40万吨。");
        assert_eq!(found[3].subject, "蔬菜产量");
    }

    #[test]
    fn who_receives_a_service_is_not_described_in_the_subject() {
        // guangdong: `有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次`.
        let found = targets("为有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次。");
        assert_eq!(found[0].subject, "社会人员开展职业技能培训");
        let found = targets("提供高校毕业生的就业岗位10万个。");
        assert_eq!(found[0].subject, "提供高校毕业生的就业岗位");
    }

    #[test]
    fn a_noun_after_the_number_completes_a_verb_subject() {
        let found = targets("打造10个“数字领航”企业，完成500所中小学体育场地升级改造。");
        assert_eq!(found[0].subject, "打造“数字领航”企业");
        assert_eq!(found[1].subject, "中小学体育场地升级改造");
    }

    #[test]
    fn items_naming_indicators_share_the_figure_after_them() {
        let found = targets("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。");
        assert_eq!(found[0].subject, "孕产妇产后访视率、0—6岁儿童健康管理率");
        // Items describing the thing counted are not indicators of their own.
        let found = targets("实施住宅小区、道路、下立交积水改善工程52个。");
        assert_eq!(found[0].subject, "实施下立交积水改善工程");
    }

    #[test]
    fn qualities_listed_before_de_describe_the_thing_counted() {
        let found = targets("打造40个吸引力强、带动面广的消费场景。");
        assert_eq!(found[0].subject, "打造消费场景");
        assert_eq!(found[0].quote, "打造40个吸引力强");
    }

    #[test]
    fn a_number_inside_quotation_marks_takes_the_name_it_opens() {
        let found = targets("力争创成“三星级无废城市”。");
        assert_eq!(found[0].subject, "创成无废城市");
        assert_eq!(found[0].unit, "星级");
    }

    #[test]
    fn words_ending_in_de_describe_the_thing_counted() {
        let found = targets("扎实办好人代会票决的十件民生实事项目。");
        assert_eq!(found[0].subject, "民生实事项目");
    }

    #[test]
    fn adverbs_of_manner_do_not_open_a_subject() {
        let found = targets("我们将扎扎实实办好十件民生实事，深入实施3个专项行动。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["办好民生实事", "实施专项行动"]);
    }

    #[test]
    fn a_place_before_the_verb_is_not_the_subject() {
        let found = targets("在区人民医院改造新增重症ICU病床20张。");
        assert_eq!(found[0].subject, "新增重症ICU病床");
    }

    #[test]
    fn a_rate_after_a_count_does_not_take_the_lists_verb() {
        // beijing: the coverage is that of the groups counted before it, without their verb.
        let found = targets("新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["新建紧密型城市医疗集团", "紧密型城市医疗集团区级覆盖率"]
        );
        let found = targets("森林覆盖率达到40%，覆盖率提高2个百分点。");
        assert_eq!(found[0].subject, "森林覆盖率");
        let found = targets("新建公园10个，森林覆盖率达到40%。");
        assert_eq!(found[1].subject, "森林覆盖率");
    }

    #[test]
    fn money_named_after_a_sum_is_part_of_the_subject() {
        let found = targets("設立精品小微園1000萬專項獎勵資金。");
        assert_eq!(found[0].subject, "設立精品小微園專項獎勵資金");
        assert_eq!(found[0].unit, "萬元");
    }

    #[test]
    fn a_bare_verb_builds_the_object_of_the_programme_named_before_it() {
        // sichuan: `实施新一轮农村公路提升行动，新（改）建6000公里`.
        let found = targets("实施新一轮农村公路提升行动，新（改）建6000公里。");
        assert_eq!(found[0].subject, "新（改）建农村公路");
        let found = targets("加快城乡融合发展，新建6000公里。");
        assert_eq!(found[0].subject, "新建");
    }

    #[test]
    fn a_total_or_a_per_person_figure_belongs_to_what_was_counted_before_it() {
        // seed: `建成…河道37條,總長約51公里`, `覆蓋低收入農戶85%以上,人均增收不低于1500元`.
        let found = targets("建成美丽河道37条，总长约51公里。");
        assert_eq!(found[1].subject, "美丽河道总长");
        let found = targets("覆盖低收入农户85%以上，人均增收不低于1500元。");
        assert_eq!(found[1].subject, "低收入农户人均增收");
    }

    #[test]
    fn a_sibling_measure_takes_the_head_of_the_one_before() {
        let found = targets("力争规上工业企业研发活动率、研发机构设置率分别达到95%、85%以上。");
        assert_eq!(found[1].subject, "规上工业企业研发机构设置率");
        let found = targets(
            "村级集体经济经常性收入322.6万元、增长49.6%，经营性收入162.7万元，\
             规上工业增加值增长8%、工业投资增长10%。",
        );
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "村级集体经济经常性收入",
                "村级集体经济经常性收入增长",
                "村级集体经济经营性收入",
                "规上工业增加值增长",
                "工业投资增长",
            ]
        );
    }

    #[test]
    fn an_added_noun_takes_its_owner_from_earlier_in_the_sentence() {
        let found =
            targets("重点推进城乡人口流入多、学位紧缺地区的普通高中学位建设，增加学位超20万个。");
        assert_eq!(found[0].subject, "增加普通高中学位");
        assert_eq!(
            super::with_earlier_owner("学位紧缺，", "增加学位".into()),
            "增加学位"
        );
    }

    #[test]
    fn a_bare_output_takes_the_crop_of_the_area_before_it() {
        let found = targets("实现粮食播种面积3320万亩、产量1285万吨以上。");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["粮食播种面积", "粮食产量"]);
        assert_eq!(super::with_owner("面积", "产量"), None);
        assert_eq!(super::with_owner("粮食播种面积", "增长"), None);
    }

    #[test]
    fn the_year_a_change_starts_from_is_not_in_the_subject() {
        let found = extract(
            &[section(
                "s1",
                "2025年工作回顾",
                &["全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。"],
            )],
            2026,
        );
        assert_eq!(found.results[0].subject, "全省生产总值");
    }
}
