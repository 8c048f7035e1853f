//! Targets and results: every number with a unit in the parts about the coming year(s) and the
//! parts reviewing the past, each with its clause as the quote and the subject, bound,
//! commitment, period and category read from the words around it.

use super::headings::is_ideograph;
use super::numbers::{self, Token};
use super::script::{contains_any, strip_any};
use crate::model::{Bound, Category, Commitment, Figure, Period, Section, TitleKind};

/// Targets and results found in a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Figures for the coming period.
    pub targets: Vec<Figure>,
    /// Figures for the past period.
    pub results: Vec<Figure>,
}

/// What period the text of a section speaks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// The past year.
    Review,
    /// The past five-year plan.
    ReviewSpan,
    /// The coming year.
    Plan,
    /// The coming five-year plan.
    PlanSpan,
    /// No figures here (front matter, glossary, furniture).
    Skip,
}

const REVIEW_WORDS: &[&str] = &["回顾", "回顧"];
const ACHIEVEMENT_WORDS: &[&str] = &["成就", "成绩", "成績", "主要工作", "工作总结"];
const NEXT_PLAN_WORDS: &[&str] = &["十五五", "十五个五年", "十五個五年"];
const PLAN_WORDS: &[&str] = &[
    "任务", "任務", "工作", "安排", "目标", "目標", "要求", "考虑", "考慮",
];
const FIVE_YEAR_OPENINGS: &[&str] = &[
    "这五年",
    "這五年",
    "五年来",
    "五年來",
    "过去五年",
    "過去五年",
    "“十四五”",
    "十四五",
    "回首过去五年",
    "回首過去五年",
];
const MAIN_TARGETS: &[&str] = &["主要预期目标", "主要預期目標"];
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
const SUBJECT_LEADING: &[&str] = &[
    "——", "的", "力争", "力爭", "确保", "確保", "争取", "爭取", "努力", "每年", "全年", "今年",
    "实现", "實現", "完成", "其中", "预计", "預計", "并", "並", "和", "与", "與", "及", "累计",
    "累計", "左右", "以上", "以内", "以內", "以下",
];
const SUBJECT_TRAILING: &[&str] = &[
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
/// Longest subject (characters) that takes the verb its list opened with.
const MAX_SHARED_VERB_SUBJECT: usize = 12;
/// Prepositions opening a phrase that says how or why, not what (`根据当地资源禀赋打造…`).
const ADVERBIALS: &[&str] = &[
    "根据", "根據", "按照", "围绕", "圍繞", "依托", "通过", "通過", "聚焦",
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
];
/// A bracket or quotation mark must close within this many characters to group its contents.
const MAX_BRACKET: usize = 80;
/// How far back (in bytes) a commitment word or `每年` may stand before a number.
const MAX_LOOKBACK: usize = 600;
/// Longest counted noun taken into a subject, in characters.
const MAX_NOUN: usize = 24;
/// Words before which a counted noun too long to show whole is cut.
const NOUN_ENDS: &[&str] = &[
    "的", "对", "對", "到", "实现", "實現", "提供", "开展", "開展",
];
/// Keywords that suggest a category, checked in this order.
const CATEGORIES: [(Category, &[&str]); 11] = [
    (
        Category::Employment,
        &["就业", "就業", "失业", "失業", "技能人才", "岗位", "崗位"],
    ),
    (
        Category::Innovation,
        &[
            "研发",
            "研發",
            "R&D",
            "科技",
            "创新",
            "創新",
            "高新技术",
            "高新技術",
            "人才",
            "专利",
            "專利",
            "实验室",
            "實驗室",
        ],
    ),
    (
        Category::Environment,
        &[
            "PM2.5",
            "细颗粒物",
            "細顆粒物",
            "空气",
            "空氣",
            "水质",
            "水質",
            "类水",
            "類水",
            "排放",
            "碳",
            "能耗",
            "污水",
            "污染",
            "生态",
            "生態",
            "森林",
            "河湖",
            "河道",
            "垃圾",
            "减排",
            "減排",
            "节能",
            "節能",
            "绿色",
            "綠色",
            "用能",
            "标煤",
            "標煤",
            "并网",
            "并網",
            "无废",
            "無廢",
            "臭氧",
        ],
    ),
    (
        Category::Economy,
        &[
            "生产总值",
            "生產總值",
            "GDP",
            "财政",
            "財政",
            "预算",
            "預算",
            "可支配收入",
            "价格",
            "價格",
            "进出口",
            "進出口",
            "外贸",
            "外貿",
            "出口",
        ],
    ),
    (
        Category::EducationCulture,
        &[
            "学位",
            "學位",
            "学校",
            "學校",
            "教育",
            "幼儿园",
            "幼兒園",
            "文化",
            "体育",
            "體育",
            "阅读",
            "閱讀",
            "健身",
        ],
    ),
    (
        Category::HealthWelfare,
        &[
            "医",
            "醫",
            "养老",
            "養老",
            "托",
            "卫生",
            "衛生",
            "健康",
            "病床",
            "残疾",
            "殘疾",
            "低保",
            "救助",
            "无障碍",
            "無障礙",
            "社保",
            "保险",
            "保險",
            "儿童",
            "兒童",
            "民生",
        ],
    ),
    (
        Category::AgricultureRural,
        &[
            "农",
            "農",
            "粮",
            "糧",
            "乡村",
            "鄉村",
            "村级",
            "村級",
            "种业",
            "種業",
            "渔",
            "漁",
            "共富",
            "低收入",
        ],
    ),
    (
        Category::SafetyGovernance,
        &[
            "安全", "事故", "火警", "诈骗", "詐騙", "信访", "信訪", "治安", "平安", "执法", "執法",
            "政务", "政務", "行政", "提案", "应急", "應急", "司法", "停车", "停車",
        ],
    ),
    (
        Category::ServicesConsumption,
        &[
            "消费",
            "消費",
            "零售",
            "服务业",
            "服務業",
            "旅游",
            "旅遊",
            "电商",
            "電商",
        ],
    ),
    (
        Category::InvestmentProjects,
        &[
            "投资", "投資", "项目", "項目", "外资", "外資", "用地", "债", "債", "招引", "招商",
        ],
    ),
    (
        Category::Industry,
        &[
            "工业", "工業", "制造", "製造", "产业", "產業", "企业", "企業", "产值", "產值", "工厂",
            "工廠", "光伏",
        ],
    ),
];

/// Finds the targets and results in a report's sections; `year` is the year it plans for.
pub fn extract(sections: &[Section], year: u16) -> Found {
    let mut found = Found::default();
    let mut previous = Context::Review;
    for section in sections {
        let glossary = section
            .paragraphs
            .first()
            .is_some_and(|p| title_context(p, year) == Some(Context::Skip));
        let context = if section.title_kind == TitleKind::Editorial || glossary {
            Context::Skip
        } else {
            let context = title_context(&section.title, year).unwrap_or(previous);
            previous = context;
            context
        };
        visit(section, context, 0, year, &mut found);
    }
    let number = |figures: &mut Vec<Figure>, prefix: &str| {
        for (n, figure) in figures.iter_mut().enumerate() {
            figure.id = format!("{prefix}{}", n + 1);
        }
    };
    number(&mut found.targets, "t");
    number(&mut found.results, "r");
    found
}

/// What a part is about, from its title: a year before `year` is a review, `year` or later a
/// plan; otherwise words such as 回顾, 成就, 十五五, 任务 decide.
fn title_context(title: &str, year: u16) -> Option<Context> {
    explicit_context(title, year)
        .or_else(|| contains_any(title, PLAN_WORDS).then_some(Context::Plan))
}

/// What a title says about its period in so many words (a year, 回顾, 十五五), leaving out the
/// words any heading may use (`任务`, `工作`): `聚力落实国家重大战略任务` inside a review is
/// still the review.
fn explicit_context(title: &str, year: u16) -> Option<Context> {
    let years = years_in(title);
    if contains_any(title, &["名词解释", "名詞解釋"]) {
        Some(Context::Skip)
    } else if title.starts_with("附件") || years.iter().any(|&y| y >= year) {
        Some(Context::Plan)
    } else if !years.is_empty() {
        Some(Context::Review)
    } else if contains_any(title, REVIEW_WORDS) || contains_any(title, ACHIEVEMENT_WORDS) {
        if contains_any(title, NEXT_PLAN_WORDS) && !contains_any(title, REVIEW_WORDS) {
            Some(Context::PlanSpan)
        } else if title.contains("十四五") {
            Some(Context::ReviewSpan)
        } else {
            Some(Context::Review)
        }
    } else if contains_any(title, NEXT_PLAN_WORDS) {
        Some(Context::PlanSpan)
    } else {
        None
    }
}

/// The four-digit years (`2025年`) in a title.
fn years_in(title: &str) -> Vec<u16> {
    title
        .match_indices('年')
        .filter_map(|(i, _)| title.get(i.checked_sub(4)?..i)?.parse().ok())
        .collect()
}

fn visit(section: &Section, context: Context, depth: usize, year: u16, found: &mut Found) {
    let context = if depth == 1 && section.label.is_some() {
        match context {
            Context::Review | Context::ReviewSpan => explicit_context(&section.title, year),
            _ => title_context(&section.title, year),
        }
        .unwrap_or(context)
    } else if section.title_kind == TitleKind::Editorial
        && contains_any(&section.title, MAIN_TARGETS)
    {
        Context::Plan
    } else if context == Context::ReviewSpan && !years_in(&section.title).is_empty() {
        // `刚刚过去的2025年` inside the five-year review: that one year's results.
        explicit_context(&section.title, year).unwrap_or(context)
    } else {
        context
    };
    if context == Context::Skip {
        return;
    }
    for paragraph in &section.paragraphs {
        let context = match context {
            Context::Review | Context::PlanSpan
                if strip_any(paragraph, FIVE_YEAR_OPENINGS).is_some() =>
            {
                Context::ReviewSpan
            }
            other => other,
        };
        paragraph_figures(paragraph, &section.id, context, year, found);
    }
    for child in &section.children {
        visit(child, context, depth + 1, year, found);
    }
}

/// Pieces of `text` between separators, with their byte offsets. A bracket or quotation mark
/// closed within [`MAX_BRACKET`] characters protects what it encloses from splitting.
fn split_outside<'a>(text: &'a str, separators: &str) -> Vec<(usize, &'a str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces = Vec::new();
    let (mut start, mut protected_until) = (0usize, 0usize);
    for (k, &(i, c)) in chars.iter().enumerate() {
        if i < protected_until {
            continue;
        }
        let closer = match c {
            '（' => Some('）'),
            '(' => Some(')'),
            '“' => Some('”'),
            '《' => Some('》'),
            '「' => Some('」'),
            _ => None,
        };
        let closed = closer.and_then(|closer| {
            chars[k + 1..]
                .iter()
                .take(MAX_BRACKET)
                .find(|&&(_, d)| d == closer)
        });
        if let Some(&(end, _)) = closed {
            protected_until = end;
        } else if separators.contains(c) {
            pieces.push((start, &text[start..i]));
            start = i + c.len_utf8();
        }
    }
    pieces.push((start, &text[start..]));
    pieces.retain(|(_, p)| !p.trim().is_empty());
    pieces
}

/// The last [`MAX_LOOKBACK`] bytes of `text` (fewer, to stay on a character boundary).
fn recent(text: &str) -> &str {
    let mut start = text.len().saturating_sub(MAX_LOOKBACK);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

fn paragraph_figures(
    paragraph: &str,
    section: &str,
    context: Context,
    year: u16,
    found: &mut Found,
) {
    for (_, sentence) in split_outside(paragraph, "。！？!?；;") {
        let mut previous_subject: Option<String> = None;
        for (clause_at, clause) in split_outside(sentence, "，,：:") {
            // The number before was where a change starts (`从77%提高到80%`): this one shares
            // its subject.
            let mut after_baseline = false;
            let planned = matches!(context, Context::Plan | Context::PlanSpan);
            let list = list_subjects(clause, planned);
            let verb = opening_verb(clause);
            let mut listed = 0;
            for (piece_at, piece) in split_outside(clause, "、") {
                let mut since = 0;
                for token in numbers::tokens(piece) {
                    // The words between the previous number in this piece and this one.
                    let before = &piece[since.min(token.start)..token.start];
                    since = token.end;
                    let has_subject = before.chars().filter(|&c| is_ideograph(c)).count() >= 2;
                    let quote = if has_subject { piece } else { clause };
                    let own = own_subject(before, &piece[token.end..]);
                    let own_named = !after_baseline && !is_weak(&own);
                    let mut subject = if after_baseline {
                        previous_subject.clone().unwrap_or(own)
                    } else if is_weak(&own) {
                        format!("{}{own}", previous_subject.as_deref().unwrap_or(""))
                    } else {
                        previous_subject = Some(own.clone());
                        own
                    };
                    after_baseline = planned
                        && is_baseline(clause, piece_at + token.start, piece_at + token.end);
                    if after_baseline {
                        continue;
                    }
                    if let Some((at, subjects)) = &list
                        && piece_at + token.start > *at
                    {
                        subject = subjects.get(listed).cloned().unwrap_or(subject);
                        listed += 1;
                    } else if piece_at > 0 && own_named {
                        subject = with_shared_verb(subject, verb);
                    }
                    if subject.is_empty() {
                        subject = quote.to_string();
                    }
                    let so_far = recent(&sentence[..clause_at + piece_at + token.start]);
                    let figure = Figure {
                        id: String::new(),
                        section: section.to_string(),
                        category: category(&subject, quote),
                        subject,
                        value: Some(token.value),
                        value_to: token.value_to,
                        unit: token.unit.clone(),
                        quote: quote.to_string(),
                        bound: match bound(before, &piece[token.end..], &token) {
                            Bound::Exact => {
                                list_bound(clause, piece_at + token.end).unwrap_or(Bound::Exact)
                            }
                            own => own,
                        },
                        commitment: Commitment::Plain,
                        period: Period::Year(year),
                        deadline: None,
                        metric: None,
                        indicator: None,
                        extracted: true,
                    };
                    place(figure, so_far, context, year, found);
                }
            }
        }
    }
}

/// A subject that names nothing alone and continues the one before: empty, one character
/// (`率` of `完成率`), a word of change (`增长`) or a comparison (`是去年的`).
fn is_weak(subject: &str) -> bool {
    subject.chars().count() <= 1
        || WEAK_SUBJECTS.contains(&subject)
        || subject.starts_with(['是', '为', '為'])
}

/// One subject per figure after `分别` when a list before it names as many indicators:
/// `水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上` gives 水果产量, 蔬菜产量, 茶叶产量
/// (the last item's words beyond the first item's length are taken as what they share). The
/// byte offset of `分别` and the subjects, in order.
fn list_subjects(clause: &str, planned: bool) -> Option<(usize, Vec<String>)> {
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
    let (first, last) = (items.first()?, items.last()?);
    if items.len() < 2 || items.len() != figures || first.is_empty() {
        return None;
    }
    let shared = last
        .char_indices()
        .nth(first.chars().count())
        .map_or("", |(i, _)| &last[i..]);
    let verb = clean_subject(&rest[..tokens.first()?.start]);
    let verb = if WEAK_SUBJECTS.contains(&verb) {
        verb
    } else {
        ""
    };
    let mut subjects: Vec<String> = items[..items.len() - 1]
        .iter()
        .map(|item| format!("{item}{shared}{verb}"))
        .collect();
    subjects.push(format!("{last}{verb}"));
    Some((at, subjects))
}

/// Whether the number at `start..end` of `clause` is where a change starts from: `77%` in
/// `从77%提高到80%`, a level before the target, not a target.
fn is_baseline(clause: &str, start: usize, end: usize) -> bool {
    clause[..start]
        .rfind(['从', '從'])
        .and_then(|from| clause[from..].find(['到', '至']).map(|to| from + to))
        .is_some_and(|to| to >= end)
}

/// Files a figure as a target or a result with the period and commitment its context gives.
fn place(mut figure: Figure, so_far: &str, context: Context, year: u16, found: &mut Found) {
    match context {
        Context::Plan | Context::PlanSpan => {
            figure.commitment = commitment(so_far);
            figure.period = if governing(so_far, &["每年"]).is_some() {
                Period::EachYear
            } else if context == Context::PlanSpan {
                Period::Span(year, year + 4)
            } else {
                Period::Year(year)
            };
            found.targets.push(figure);
        }
        Context::Review | Context::ReviewSpan => {
            figure.period = if context == Context::ReviewSpan {
                Period::Span(year.saturating_sub(5), year.saturating_sub(1))
            } else {
                Period::Year(year.saturating_sub(1))
            };
            found.results.push(figure);
        }
        Context::Skip => {}
    }
}

/// The subject a number's own words give: the words before it without verbs and qualifiers,
/// completed by the thing counted after it when they are only a verb (`新培育2518个典型村`);
/// after a conjunction (`80项前沿技术研发和60项基础研究项目`) the thing counted alone.
fn own_subject(before: &str, after: &str) -> String {
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
    if let Some(named) = beyond_examples(subject, noun) {
        return named;
    }
    let mut subject = subject.to_string();
    if subject.chars().count() <= 2 || COUNTING_VERBS.iter().any(|v| subject.ends_with(v)) {
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

/// The counting verb a clause opens with (`新建` in `新建绿道100公里、绿地500公顷`), which the
/// later items of its list share.
fn opening_verb(clause: &str) -> Option<&'static str> {
    let opening = clean_subject(clause);
    COUNTING_VERBS
        .iter()
        .filter(|v| opening.starts_with(*v))
        .max_by_key(|v| v.len())
        .copied()
}

/// `subject` with the verb its list opened with, when it is a later item of that list with no
/// verb of its own (`绿地` after `新建绿道100公里、` gives `新建绿地`).
fn with_shared_verb(subject: String, verb: Option<&str>) -> String {
    match verb {
        Some(verb)
            if !subject.is_empty()
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
    // `40个绿美点和6条绿美带`: the conjunction belongs to neither.
    let noun = strip_suffix_any(&after[..end], CONJUNCTIONS);
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

/// `text` without one of `words` at its end.
fn strip_suffix_any<'a>(text: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .unwrap_or(text)
}

/// `2023年社會消費品…` without its year.
fn strip_year(text: &str) -> Option<&str> {
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    (digits == 4)
        .then(|| text[4..].strip_prefix('年'))
        .flatten()
}

/// The bound written once after a list of figures (`分别达2050万吨、4200万吨、19万吨以上`), for
/// a figure of the list ending at `end` of `clause` (one with no bound word of its own).
fn list_bound(clause: &str, end: usize) -> Option<Bound> {
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

fn bound(before: &str, after: &str, token: &Token) -> Bound {
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
fn governing(so_far: &str, words: &[&str]) -> Option<usize> {
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
fn commitment(so_far: &str) -> Commitment {
    let last = |words: &[&str]| governing(so_far, words);
    match (last(ENSURE), last(STRIVE)) {
        (Some(e), Some(s)) if e > s => Commitment::Ensure,
        (Some(_), None) => Commitment::Ensure,
        (_, Some(_)) => Commitment::Strive,
        (None, None) => Commitment::Plain,
    }
}

fn category(subject: &str, quote: &str) -> Category {
    [subject, quote]
        .iter()
        .find_map(|text| {
            CATEGORIES
                .iter()
                .find(|(_, words)| contains_any(text, words))
                .map(|(c, _)| *c)
        })
        .unwrap_or(Category::Economy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: &str, title: &str, paragraphs: &[&str]) -> Section {
        Section {
            id: id.into(),
            label: None,
            title: title.into(),
            title_kind: TitleKind::Line,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            children: Vec::new(),
        }
    }

    fn targets(paragraph: &str) -> Vec<Figure> {
        extract(&[section("s1", "2023年工作任務", &[paragraph])], 2023).targets
    }

    #[test]
    fn main_targets_keep_value_bound_and_commitment() {
        let found =
            targets("主要預期目標為:地區生產總值增長確保6%以上,力爭8%;一般公共預算收入增長3%;");
        let summary: Vec<_> = found
            .iter()
            .map(|f| {
                (
                    f.subject.as_str(),
                    f.value.unwrap_or(f64::NAN),
                    f.bound,
                    f.commitment,
                    f.quote.as_str(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "地區生產總值增長",
                    6.0,
                    Bound::AtLeast,
                    Commitment::Ensure,
                    "地區生產總值增長確保6%以上"
                ),
                (
                    "地區生產總值增長",
                    8.0,
                    Bound::Exact,
                    Commitment::Strive,
                    "力爭8%"
                ),
                (
                    "一般公共預算收入增長",
                    3.0,
                    Bound::Exact,
                    Commitment::Plain,
                    "一般公共預算收入增長3%"
                ),
            ]
        );
        assert!(
            found
                .iter()
                .all(|f| f.extracted && f.period == Period::Year(2023))
        );
    }

    #[test]
    fn a_range_and_about_are_read() {
        let found =
            targets("全省生产总值增长5%—5.5%，城镇调查失业率5%以内，居民消费价格涨幅2%左右。");
        assert_eq!(found[0].value, Some(5.0));
        assert_eq!(found[0].value_to, Some(5.5));
        assert_eq!(found[0].subject, "全省生产总值增长");
        assert_eq!(found[0].category, Category::Economy);
        assert_eq!(found[1].bound, Bound::AtMost);
        assert_eq!(found[1].category, Category::Employment);
        assert_eq!(found[2].bound, Bound::About);
        assert_eq!(found[2].quote, "居民消费价格涨幅2%左右");
    }

    #[test]
    fn a_bare_growth_rate_takes_the_subject_before_it() {
        let found = extract(
            &[section(
                "s1",
                "2022年工作回顧",
                &["實現地區生產總值622.31億元(小口徑,下同),增長4.3%。"],
            )],
            2023,
        );
        assert!(found.targets.is_empty());
        let subjects: Vec<_> = found.results.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["地區生產總值", "地區生產總值增長"]);
        assert_eq!(
            found.results[0].quote,
            "實現地區生產總值622.31億元(小口徑,下同)"
        );
        assert_eq!(found.results[1].period, Period::Year(2022));
        assert_eq!(found.results[1].id, "r2");
    }

    #[test]
    fn where_a_change_starts_from_is_not_a_target() {
        let found = targets(
            "最低比例从77%提高到80%以上，标准分别从每人每月209元、280元提高到217元、290元。",
        );
        let values: Vec<f64> = found.iter().filter_map(|f| f.value).collect();
        assert_eq!(values, [80.0, 217.0, 290.0]);
    }

    #[test]
    fn a_plan_heading_inside_the_review_stays_the_review() {
        let mut review = section("s1", "2025年工作回顾", &[]);
        let mut part = section("s1-1", "聚力落实国家重大战略任务", &["新增总部机构100家。"]);
        part.label = Some("（二）".into());
        review.children.push(part);
        let found = extract(&[review], 2026);
        assert!(found.targets.is_empty());
        assert_eq!(found.results[0].value, Some(100.0));
        let mut plan = section("s2", "今后工作", &[]);
        let mut task = section("s2-1", "重点任务", &["新增总部机构100家。"]);
        task.label = Some("（一）".into());
        plan.children.push(task);
        assert_eq!(extract(&[plan], 2026).targets.len(), 1);
    }

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

    #[test]
    fn a_second_number_in_a_clause_shares_the_subject() {
        let found = targets("城乡居民人均可支配收入分别增长7%左右和8%左右。");
        assert_eq!(found[1].subject, "城乡居民人均可支配收入分别增长");
        assert_eq!(found[1].value, Some(8.0));
        assert_eq!(found[1].bound, Bound::About);
    }

    #[test]
    fn a_noun_after_the_number_completes_a_verb_subject() {
        let found = targets("打造10个“数字领航”企业，完成500所中小学体育场地升级改造。");
        assert_eq!(found[0].subject, "打造“数字领航”企业");
        assert_eq!(found[1].subject, "中小学体育场地升级改造");
    }

    #[test]
    fn the_year_in_a_title_tells_review_from_plan() {
        assert_eq!(
            title_context("三、2026年主要工作", 2026),
            Some(Context::Plan)
        );
        assert_eq!(
            title_context("一、2025年主要工作和“十四五”发展成就", 2026),
            Some(Context::Review)
        );
        assert_eq!(
            title_context("一、“十四五”时期经济社会发展回顾", 2026),
            Some(Context::ReviewSpan)
        );
        assert_eq!(title_context("四、深入推进政府治理创新", 2026), None);
    }

    #[test]
    fn five_year_paragraphs_in_a_review_are_spans() {
        let found = extract(
            &[section(
                "s1",
                "一、2025年工作回顾",
                &["这五年，我们新增就业100万人。"],
            )],
            2026,
        );
        assert_eq!(found.results[0].period, Period::Span(2021, 2025));
    }

    #[test]
    fn a_part_naming_last_year_inside_the_five_year_review_gives_that_years_results() {
        let mut review = section("s1", "一、“十四五”时期经济社会发展回顾", &[]);
        review.label = Some("一、".into());
        review.children = vec![section(
            "s1-1",
            "刚刚过去的2025年",
            &["全省生产总值增长5.6%。"],
        )];
        let found = extract(&[review], 2026);
        assert_eq!(found.results[0].period, Period::Year(2025));
    }

    #[test]
    fn the_next_five_year_plan_gives_span_targets() {
        let found = extract(
            &[section(
                "s1",
                "二、“十五五”时期的主要目标任务",
                &["地区生产总值年均增长5%左右。"],
            )],
            2026,
        );
        assert_eq!(found.targets[0].period, Period::Span(2026, 2030));
    }

    #[test]
    fn editorial_top_sections_and_glossaries_have_no_figures() {
        let mut front = section("s1", "開篇", &["增長5%。"]);
        front.title_kind = TitleKind::Editorial;
        let glossary = section("s2", "名词解释", &["1.指100家企业。"]);
        let found = extract(&[front, glossary], 2026);
        assert_eq!(found, Found::default());
    }

    #[test]
    fn an_unclosed_quote_does_not_stop_splitting() {
        assert_eq!(
            split_outside("甲“乙,丙,丁", ",")
                .iter()
                .map(|(_, p)| *p)
                .collect::<Vec<_>>(),
            ["甲“乙", "丙", "丁"]
        );
        assert_eq!(recent("一二三"), "一二三");
    }

    #[test]
    fn quotes_do_not_split_inside_brackets() {
        assert_eq!(
            split_outside("甲(乙,丙),丁“戊,己”", ",")
                .iter()
                .map(|(_, p)| *p)
                .collect::<Vec<_>>(),
            ["甲(乙,丙)", "丁“戊,己”"]
        );
    }
}
