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
    "力争", "力爭", "确保", "確保", "争取", "爭取", "努力", "每年", "全年", "今年", "实现", "實現",
    "完成", "其中", "预计", "預計", "并", "並", "和", "与", "與", "及", "累计", "累計", "左右",
    "以上", "以内", "以內", "以下",
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
/// A bracket or quotation mark must close within this many characters to group its contents.
const MAX_BRACKET: usize = 80;
/// How far back (in bytes) a commitment word or `每年` may stand before a number.
const MAX_LOOKBACK: usize = 600;
/// Longest counted noun taken into a subject, in characters.
const MAX_NOUN: usize = 16;
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
    } else if contains_any(title, PLAN_WORDS) {
        Some(Context::Plan)
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
        title_context(&section.title, year).unwrap_or(context)
    } else if section.title_kind == TitleKind::Editorial
        && contains_any(&section.title, MAIN_TARGETS)
    {
        Context::Plan
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
            for (piece_at, piece) in split_outside(clause, "、") {
                let mut since = 0;
                for token in numbers::tokens(piece) {
                    // The words between the previous number in this piece and this one.
                    let before = &piece[since.min(token.start)..token.start];
                    since = token.end;
                    let has_subject = before.chars().filter(|&c| is_ideograph(c)).count() >= 2;
                    let quote = if has_subject { piece } else { clause };
                    let mut subject = if has_subject {
                        clean_subject(before)
                    } else {
                        ""
                    }
                    .to_string();
                    if subject.chars().count() <= 2 {
                        // `打造10个“数字领航”企业`: the thing counted follows the number.
                        subject.push_str(counted_noun(&piece[token.end..]));
                    }
                    if subject.is_empty() || WEAK_SUBJECTS.contains(&subject.as_str()) {
                        subject = format!("{}{subject}", previous_subject.as_deref().unwrap_or(""));
                    } else {
                        previous_subject = Some(subject.clone());
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
                        bound: bound(before, &piece[token.end..], &token),
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

/// Files a figure as a target or a result with the period and commitment its context gives.
fn place(mut figure: Figure, so_far: &str, context: Context, year: u16, found: &mut Found) {
    match context {
        Context::Plan | Context::PlanSpan => {
            figure.commitment = commitment(so_far);
            figure.period = if so_far.contains("每年") {
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
    let end = after
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit())
        .map_or(after.len(), |(i, _)| i);
    let noun = &after[..end];
    let end = noun
        .char_indices()
        .nth(MAX_NOUN)
        .map_or(noun.len(), |(i, _)| i);
    &noun[..end]
}

/// `2023年社會消費品…` without its year.
fn strip_year(text: &str) -> Option<&str> {
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    (digits == 4)
        .then(|| text[4..].strip_prefix('年'))
        .flatten()
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

/// The last commitment word before the number in its sentence.
fn commitment(so_far: &str) -> Commitment {
    let last = |words: &[&str]| words.iter().filter_map(|w| so_far.rfind(w)).max();
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
