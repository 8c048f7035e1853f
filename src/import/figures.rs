//! Targets and results: every number with a unit in the parts about the coming year(s) and the
//! parts reviewing the past, each with its clause as the quote and the subject, bound,
//! commitment, period and category read from the words around it.

use super::bounds::{bound, commitment, governing, list_bound};
use super::category::category;
use super::headings::is_ideograph;
use super::numbers;
use super::script::{contains_any, strip_any};
use super::subject::{
    is_weak, list_subjects, opening_verb, own_subject, shared_subject, with_earlier_owner,
    with_head, with_shared_verb, without_change,
};
use crate::model::{Bound, Commitment, Figure, Period, Section, TitleKind};

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
    /// The past year and the past five-year plan together (`“十四五”时期和2025年工作回顾`): from
    /// a sentence saying `年均` or `五年` to the end of its paragraph, the five-year span.
    MixedReview,
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
/// Words that make a sentence of a mixed review speak of the five years (`年均增长6%`).
const SPAN_WORDS: &[&str] = &["年均", "五年"];
/// What `年均` may describe without speaking of the five years (`PM2.5年均浓度`: a year's mean).
const YEARLY_MEANS: &[&str] = &["浓度", "濃度"];
/// What opens an item continuing the paragraph before it (`——创新动能显著增强`).
const ITEM_DASH: &str = "——";
const MAIN_TARGETS: &[&str] = &["主要预期目标", "主要預期目標"];
/// A bracket or quotation mark must close within this many characters to group its contents.
const MAX_BRACKET: usize = 80;
/// How far back (in bytes) a commitment word or `每年` may stand before a number.
const MAX_LOOKBACK: usize = 600;

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
        if contains_any(title, &["十四五", "五年"]) {
            Some(Context::MixedReview)
        } else {
            Some(Context::Review)
        }
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
            Context::Review | Context::ReviewSpan | Context::MixedReview => {
                explicit_context(&section.title, year)
            }
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
    let mut before = context;
    for paragraph in &section.paragraphs {
        let context = paragraph_context(paragraph, context, before);
        before = context;
        paragraph_figures(paragraph, &section.id, context, year, found);
    }
    for child in &section.children {
        visit(child, context, depth + 1, year, found);
    }
}

/// The period a paragraph speaks of in a part about `context`, `before` being the period of the
/// paragraph before it: one opening `五年来` in a review reviews the five years, and an item
/// opening `——` continues the five years of the paragraph before it.
fn paragraph_context(paragraph: &str, context: Context, before: Context) -> Context {
    match context {
        Context::Review | Context::MixedReview | Context::PlanSpan
            if strip_any(paragraph, FIVE_YEAR_OPENINGS).is_some() =>
        {
            Context::ReviewSpan
        }
        Context::Review | Context::MixedReview
            if before == Context::ReviewSpan && paragraph.trim_start().starts_with(ITEM_DASH) =>
        {
            Context::ReviewSpan
        }
        other => other,
    }
}

/// Whether a sentence speaks of the five years (`年均增长`, `五年`), not of a year ending in
/// five (`二〇二五年`) or a year's mean (`年均浓度`).
fn speaks_of_five_years(sentence: &str) -> bool {
    SPAN_WORDS.iter().any(|word| {
        sentence.match_indices(word).any(|(at, _)| {
            let numeral_before = sentence[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c));
            let mean = YEARLY_MEANS
                .iter()
                .any(|m| sentence[at + word.len()..].starts_with(m));
            !numeral_before && !mean
        })
    })
}

/// Pieces of `text` between separators, with their byte offsets. A bracket or quotation mark
/// closed within [`MAX_BRACKET`] characters protects what it encloses from splitting.
pub(super) fn split_outside<'a>(text: &'a str, separators: &str) -> Vec<(usize, &'a str)> {
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
    let mut context = context;
    for (_, sentence) in split_outside(paragraph, "。！？!?；;") {
        if context == Context::MixedReview && speaks_of_five_years(sentence) {
            context = Context::ReviewSpan;
        }
        let mut previous_subject: Option<String> = None;
        // The first subject of the sentence, which `均增长` after its figures speaks of.
        let mut first_subject: Option<String> = None;
        let mut previous_list: Option<Vec<String>> = None;
        for (clause_at, clause) in split_outside(sentence, "，,：:") {
            // The number before was where a change starts (`从77%提高到80%`): this one shares
            // its subject.
            let mut after_baseline = false;
            let planned = matches!(context, Context::Plan | Context::PlanSpan);
            let list = list_subjects(clause, planned, previous_list.as_deref());
            if let Some((_, subjects)) = &list {
                previous_list = Some(subjects.clone());
            }
            let verb = opening_verb(clause);
            let mut listed = 0;
            // Where the items of the list with no figure of their own begin.
            let mut unnumbered: Option<usize> = None;
            for (piece_at, piece) in split_outside(clause, "、") {
                let tokens = numbers::tokens(piece);
                if tokens.is_empty() {
                    unnumbered = unnumbered.or(Some(piece_at));
                    continue;
                }
                let items = unnumbered.take().filter(|_| list.is_none());
                let mut since = 0;
                for token in tokens {
                    // The words between the previous number in this piece and this one.
                    let before = &piece[since.min(token.start)..token.start];
                    let first = since == 0;
                    since = token.end;
                    let has_subject = before.chars().filter(|&c| is_ideograph(c)).count() >= 2;
                    let after = &clause[piece_at + token.end..];
                    let own = match items.filter(|_| first) {
                        Some(start) => {
                            shared_subject(&clause[start..piece_at], before, &token.unit, after)
                        }
                        None => own_subject(before, &token.unit, after),
                    };
                    // `增长12.5%` alone says not what grew: the clause does.
                    let quote = if has_subject && !is_weak(&own) {
                        piece
                    } else {
                        clause
                    };
                    let own_named = !after_baseline && !is_weak(&own);
                    let mut subject = if after_baseline {
                        previous_subject.clone().unwrap_or(own)
                    } else if let Some(change) = own.strip_prefix('均').filter(|c| is_weak(c)) {
                        // `进出口总额309亿元，其中出口271亿元，均增长16.2%`: each grew, named
                        // by the first.
                        let named = first_subject.as_ref().or(previous_subject.as_ref());
                        format!("{}{change}", named.map_or("", |s| without_change(s)))
                    } else if is_weak(&own) {
                        format!("{}{own}", previous_subject.as_deref().unwrap_or(""))
                    } else {
                        let own = match &previous_subject {
                            Some(_) => with_head(previous_subject.as_deref(), own),
                            None => with_earlier_owner(&sentence[..clause_at], own),
                        };
                        previous_subject = Some(own.clone());
                        first_subject.get_or_insert_with(|| own.clone());
                        own
                    };
                    after_baseline =
                        is_baseline(clause, piece_at + token.start, piece_at + token.end);
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

/// Whether the number at `start..end` of `clause` is where a change starts from: `77%` in
/// `从77%提高到80%`, a level before the target, not a target.
pub(super) fn is_baseline(clause: &str, start: usize, end: usize) -> bool {
    clause[..start]
        .rfind(['从', '從'])
        .and_then(|from| clause[from..].find(['到', '至']).map(|to| from + to))
        .is_some_and(|to| to >= end)
}

/// Words naming the year the report plans for.
const THIS_YEAR: &[&str] = &["今年", "全年", "当年", "當年"];
/// How many years ahead a goal `到2035年` may reach.
const MAX_GOAL_YEARS: u16 = 15;

/// The year a goal is set for in the words before it (`到2030年`, `至2027年底`), when later than
/// `year`, the year the report plans for.
fn year_reached(so_far: &str, year: u16) -> Option<u16> {
    let (at, until) = ["到", "至"]
        .iter()
        .flat_map(|w| so_far.match_indices(w).map(|(at, w)| at + w.len()))
        .filter_map(|at| {
            let digits = so_far.get(at..at + 4)?;
            let until = digits.parse::<u16>().ok()?;
            so_far[at + 4..].starts_with('年').then_some((at, until))
        })
        .filter(|&(_, until)| until > year && until <= year + MAX_GOAL_YEARS)
        .max()?;
    // `到2027年建成…，今年新增…`: the year spoken of later is this one.
    let this_year = THIS_YEAR.iter().any(|w| so_far[at..].contains(w));
    (!this_year).then_some(until)
}

/// Files a figure as a target or a result with the period and commitment its context gives.
fn place(mut figure: Figure, so_far: &str, context: Context, year: u16, found: &mut Found) {
    match context {
        Context::Plan | Context::PlanSpan => {
            figure.commitment = commitment(so_far);
            figure.period = if governing(so_far, &["每年"]).is_some() {
                Period::EachYear
            } else if let Some(until) = year_reached(so_far, year) {
                Period::Span(year, until)
            } else if context == Context::PlanSpan {
                Period::Span(year, year + 4)
            } else {
                Period::Year(year)
            };
            found.targets.push(figure);
        }
        Context::Review | Context::ReviewSpan | Context::MixedReview => {
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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::Category;

    /// A section with no label or children.
    pub(in crate::import) fn section(id: &str, title: &str, paragraphs: &[&str]) -> Section {
        Section {
            id: id.into(),
            label: None,
            title: title.into(),
            title_kind: TitleKind::Line,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            children: Vec::new(),
        }
    }

    /// The targets found in one paragraph of a plan for 2023.
    pub(in crate::import) fn targets(paragraph: &str) -> Vec<Figure> {
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
    fn a_goal_for_a_later_year_spans_the_years_to_it() {
        let found = targets("到2027年建成示范区5个，今年新增就业2万人。");
        let periods: Vec<_> = found
            .iter()
            .map(|f| (f.subject.as_str(), f.period))
            .collect();
        assert_eq!(
            periods,
            [
                ("建成示范区", Period::Span(2023, 2027)),
                ("新增就业", Period::Year(2023))
            ]
        );
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
    fn the_year_in_a_title_tells_review_from_plan() {
        assert_eq!(
            title_context("三、2026年主要工作", 2026),
            Some(Context::Plan)
        );
        assert_eq!(
            title_context("一、2025年主要工作和“十四五”发展成就", 2026),
            Some(Context::MixedReview)
        );
        assert_eq!(
            title_context("一、2025年工作回顾", 2026),
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

    /// Each result's value and the period it is dated to.
    fn result_periods(results: &[Figure]) -> Vec<(f64, Period)> {
        results
            .iter()
            .map(|f| (f.value.unwrap_or(f64::NAN), f.period))
            .collect()
    }

    #[test]
    fn a_sentence_saying_yearly_average_in_a_mixed_review_is_the_five_years() {
        let found = extract(
            &[section(
                "s1",
                "一、“十四五”时期和2025年工作回顾",
                &[
                    "全省生产总值增长5.4%。",
                    "（四）在发展中增进民生福祉。人均可支配收入年均增长6%，城镇新增就业超690万人。开工改造城镇老旧小区6470个。",
                ],
            )],
            2026,
        );
        let periods = result_periods(&found.results);
        assert_eq!(
            periods,
            [
                (5.4, Period::Year(2025)),
                (6.0, Period::Span(2021, 2025)),
                (690.0, Period::Span(2021, 2025)),
                (6470.0, Period::Span(2021, 2025)),
            ]
        );
        assert!(speaks_of_five_years("过去五年"));
        assert!(!speaks_of_five_years("二〇二五年全省生产总值增长5.4%"));
        assert!(!speaks_of_five_years("PM2.5年均浓度为26.3微克/立方米"));
    }

    #[test]
    fn a_dash_item_after_a_five_year_paragraph_continues_the_five_years() {
        let found = extract(
            &[section(
                "s1",
                "一、2025年工作回顾",
                &[
                    "五年来，我们坚定不移推动高质量发展。",
                    "——创新动能显著增强。研发投入强度从2.77%提高到3.3%左右。",
                    "刚刚过去的2025年，全省生产总值增长5.5%。",
                    "——消费持续回暖。社会消费品零售总额增长4%。",
                ],
            )],
            2026,
        );
        let periods = result_periods(&found.results);
        assert_eq!(
            periods,
            [
                (3.3, Period::Span(2021, 2025)),
                (5.5, Period::Year(2025)),
                (4.0, Period::Year(2025)),
            ]
        );
        assert_eq!(found.results[0].subject, "研发投入强度");
    }

    #[test]
    fn a_growth_after_a_level_is_quoted_with_what_grew() {
        // guangdong: `旅游总收入1.24万亿元、增长12.5%` — `增长12.5%` alone also stands in the
        // headline paragraph, for another quantity.
        let found = targets("旅游总收入1.24万亿元、增长12.5%，接待游客9.6亿人次。");
        assert_eq!(found[1].subject, "旅游总收入增长");
        assert_eq!(found[1].quote, "旅游总收入1.24万亿元、增长12.5%");
        assert_eq!(found[2].quote, "接待游客9.6亿人次");
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
