//! Which standard indicator a figure measures: the indicator whose name, alias or subject hint
//! the figure's subject holds, whose units include the figure's, whose kind the subject's
//! words agree with (a growth needs 增长/增速/涨幅, a reduction 降低/下降), and whose name is not
//! narrowed to a part by the word before it (`海洋生产总值`, `生产性服务业增加值`). Of several, the
//! longest name read wins (`人均地区生产总值增长` before `地区生产总值`), then a headline one.

use crate::indicators::{Indicator, Kind, MatchKeys, Vocabulary, key};
use crate::model::{Figure, Period};
use crate::search::normalise::is_han;

/// Words (folded) saying a quantity grows, one of which a growth indicator's figure needs.
const GROWTH_WORDS: [&str; 5] = ["增", "涨", "提高", "提升", "上升"];
/// Words (folded) saying a quantity falls, one of which a reduction indicator's figure needs.
const DECLINE_WORDS: [&str; 3] = ["降", "下降", "减少"];
/// Words (folded) saying a percentage is a share, not a growth (`占比`, `比重`).
const SHARE_WORDS: [&str; 4] = ["比重", "占比", "比例", "占"];

/// The id of the indicator `figure` measures, if one fits.
pub fn indicator_of(figure: &Figure, vocabulary: &Vocabulary) -> Option<String> {
    let subject = key(&figure.subject);
    indicator_named(&subject, &figure.unit, vocabulary).or_else(|| {
        // `绿色（低碳）工厂`: a word in brackets is read as part of the name.
        let unbracketed = subject.replace(['（', '）', '(', ')'], "");
        (unbracketed != subject)
            .then(|| indicator_named(&unbracketed, &figure.unit, vocabulary))
            .flatten()
    })
}

/// The id of the indicator a subject (as a key) measured in `unit` names, if one fits.
fn indicator_named(subject: &str, unit: &str, vocabulary: &Vocabulary) -> Option<String> {
    let unit = key(unit);
    vocabulary
        .with_keys()
        .filter(|(_, keys)| keys.takes_unit(&unit))
        .filter_map(|(indicator, keys)| {
            let names = names_in(indicator, keys, vocabulary, subject);
            let name = names.iter().max_by_key(|name| name.chars().count())?;
            (!narrowed(indicator, subject, &names)
                && !acted_on(indicator.kind, subject, name)
                && !summed(indicator.kind, subject, &names))
            .then_some(())?;
            kind_agrees(indicator.kind, subject, name).then_some((name.clone(), indicator))
        })
        .max_by_key(|(name, indicator)| (name.chars().count(), indicator.headline))
        .map(|(_, indicator)| indicator.id.clone())
}

/// Pairs the first target of the year with the first result of the year before that link to
/// one indicator, by giving both the indicator's id as their `metric`: the prior-year column of
/// the targets table then shows the result beside the target.
pub fn pair_by_indicator(targets: &mut [Figure], results: &mut [Figure], year: u16) {
    let first = |figures: &[Figure], id: &str, period: Period| {
        figures
            .iter()
            .position(|f| f.period == period && f.indicator.as_deref() == Some(id))
    };
    let ids: Vec<String> = targets.iter().filter_map(|t| t.indicator.clone()).collect();
    for id in ids {
        let target = first(targets, &id, Period::Year(year));
        let result = first(results, &id, Period::Year(year.saturating_sub(1)));
        if let (Some(t), Some(r)) = (target, result)
            && targets[t].metric.is_none()
        {
            targets[t].metric = Some(id.clone());
            results[r].metric = Some(id);
        }
    }
}

/// The names, aliases and subject hints of `indicator` (as keys) that `subject` holds; a level
/// is also named by the names of its growth indicator (`全市生产总值` 5.2万亿元 → `gdp`).
fn names_in(
    indicator: &Indicator,
    keys: &MatchKeys,
    vocabulary: &Vocabulary,
    subject: &str,
) -> Vec<String> {
    let growth = indicator
        .growth
        .as_deref()
        .and_then(|id| vocabulary.keys_of(id));
    keys.names
        .iter()
        .chain(&keys.subjects)
        .chain(growth.into_iter().flat_map(|g| &g.names))
        .filter(|name| subject.contains(name.as_str()))
        .cloned()
        .collect()
}

/// Words (folded) naming the whole place or a time before an indicator's name (`全省`,
/// `2025年`, `城乡`): they do not narrow it. A place's own name does (`泸州经济总量`).
const WHOLE_SCOPES: [&str; 17] = [
    "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全国", "全域", "我省", "我市", "我区",
    "我县", "本市", "本省", "年", "城乡",
];
/// Verbs (folded) that lead to a quantity without narrowing it (`实现经济增长`).
const LEADING_VERBS: [&str; 6] = ["实现", "保持", "推动", "促进", "预计", "力争"];
/// Closing quotation marks: a named thing before a quantity narrows it (`“新三样”出口`).
const CLOSING_QUOTES: &str = "”」』》";

/// Words joining two kinds counted together (`高新技术和科技型中小企业`).
const JOINING: [&str; 4] = ["和", "与", "及", "、"];

/// Whether a count's subject joins another kind to the indicator's name, just before or just
/// after it, so that its figure sums two kinds (`新增高新技术和科技型中小企业60家` is not the tech
/// SMEs alone, `国家高新技术企业和省科技型中小企业` not the high-tech enterprises).
fn summed(kind: Kind, subject: &str, names: &[String]) -> bool {
    // `智能工厂和数字化车间`: two names of the indicator joined are still the indicator.
    let named_before = |text: &str| names.iter().any(|n| text.ends_with(n.as_str()));
    let named_after = |text: &str| names.iter().any(|n| text.starts_with(n.as_str()));
    let joined = |name: &String| {
        subject.match_indices(name.as_str()).any(|(at, name)| {
            let (before, after) = (&subject[..at], &subject[at + name.len()..]);
            JOINING.iter().any(|w| {
                before.strip_suffix(w).is_some_and(|b| !named_before(b))
                    || after.strip_prefix(w).is_some_and(|a| !named_after(a))
            })
        })
    };
    kind == Kind::Count && names.iter().any(joined)
}

/// Whether the words just before the first of `names` in `subject` narrow a quantity of the
/// whole (a growth, or a level with a growth twin) to a part: a Han word or a quoted name other
/// than the whole place, a time or a verb (`海洋生产总值`, `数字经济增长`, `泸州经济总量`,
/// `“新三样”出口`, `城镇居民人均可支配收入` for the indicator of all residents).
fn narrowed(indicator: &Indicator, subject: &str, names: &[String]) -> bool {
    if indicator.kind != Kind::Growth && indicator.growth.is_none() {
        return false;
    }
    let Some(at) = names
        .iter()
        .filter_map(|name| subject.find(name.as_str()))
        .min()
    else {
        return false;
    };
    let before = &subject[..at];
    let whole = |words: &[&str]| words.iter().any(|word| before.ends_with(word));
    !whole(&WHOLE_SCOPES)
        && !whole(&LEADING_VERBS)
        && before
            .chars()
            .next_back()
            .is_some_and(|c| is_han(c) || CLOSING_QUOTES.contains(c))
}

/// Verbs (folded) of another action on the things an indicator counts: a subject naming them
/// before such a verb counts what the action reaches (`老旧小区引入物业服务`, `外贸回归`).
const OTHER_ACTIONS: [&str; 8] = [
    "引入", "纳入", "接入", "配备", "列入", "回归", "加装", "设置",
];

/// Whether `subject` goes on after a count's or a level's `name` with another action on it.
fn acted_on(kind: Kind, subject: &str, name: &str) -> bool {
    let after = subject
        .find(name)
        .map_or("", |at| &subject[at + name.len()..]);
    matches!(kind, Kind::Count | Kind::Level) && OTHER_ACTIONS.iter().any(|v| after.starts_with(v))
}

/// Whether the words of `subject` after the indicator's `name` agree with its kind.
fn kind_agrees(kind: Kind, subject: &str, name: &str) -> bool {
    let has = |words: &[&str]| words.iter().any(|w| subject.contains(w));
    let after = subject
        .find(name)
        .map_or("", |at| &subject[at + name.len()..]);
    match kind {
        Kind::Growth => has(&GROWTH_WORDS) && !SHARE_WORDS.iter().any(|w| after.contains(w)),
        Kind::Decline => has(&DECLINE_WORDS),
        Kind::Share => {
            SHARE_WORDS.iter().any(|w| after.contains(w))
                || !["增长", "增速", "增幅"].iter().any(|w| after.contains(w))
        }
        Kind::Level | Kind::Count | Kind::Density => !SHARE_WORDS.iter().any(|w| after.contains(w)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bound, Category, Commitment};

    fn figure(subject: &str, unit: &str, year: u16) -> Figure {
        let mut figure = Figure {
            id: "t1".into(),
            section: "s1".into(),
            subject: subject.into(),
            value: Some(5.0),
            value_to: None,
            unit: unit.into(),
            quote: subject.into(),
            bound: Bound::Exact,
            commitment: Commitment::Plain,
            period: Period::Year(year),
            category: Category::Economy,
            deadline: None,
            metric: None,
            indicator: None,
            extracted: true,
        };
        figure.indicator = indicator_of(&figure, Vocabulary::embedded());
        figure
    }

    fn linked(subject: &str, unit: &str) -> Option<String> {
        figure(subject, unit, 2026).indicator
    }

    #[test]
    fn a_target_and_last_years_result_of_one_indicator_are_paired() {
        let mut targets = vec![
            figure("地区生产总值增长", "%", 2026),
            figure("地区生产总值增长", "%", 2026),
            figure("城镇新增就业", "万人", 2026),
        ];
        let mut results = vec![
            figure("新建绿道", "公里", 2025),
            figure("全省生产总值增长", "%", 2025),
        ];
        pair_by_indicator(&mut targets, &mut results, 2026);
        let metrics = |f: &[Figure]| f.iter().map(|f| f.metric.clone()).collect::<Vec<_>>();
        let gdp = Some("gdp-growth".to_string());
        assert_eq!(metrics(&targets), [gdp.clone(), None, None]);
        assert_eq!(metrics(&results), [None, gdp]);
    }

    #[test]
    fn growth_of_gdp_in_any_wording_links_to_gdp_growth() {
        for subject in [
            "地区生产总值增长",
            "全省生产总值增长",
            "經濟增長",
            "GDP增速",
        ] {
            assert_eq!(
                linked(subject, "%").as_deref(),
                Some("gdp-growth"),
                "{subject}"
            );
        }
    }

    #[test]
    fn a_level_in_yuan_links_to_the_level_not_the_growth() {
        assert_eq!(linked("地区生产总值", "万亿元").as_deref(), Some("gdp"));
        assert_eq!(linked("全市生产总值", "万亿元").as_deref(), Some("gdp"));
        assert_eq!(
            linked("全市地区生产总值", "%"),
            None,
            "a percentage with no growth word"
        );
    }

    #[test]
    fn the_most_specific_name_wins() {
        assert_eq!(
            linked("人均地区生产总值增长", "%").as_deref(),
            Some("gdp-per-capita-growth")
        );
        assert_eq!(
            linked("农村居民人均可支配收入增长", "%").as_deref(),
            Some("rural-disposable-income-growth")
        );
    }

    #[test]
    fn a_name_narrowed_by_the_word_before_it_is_another_measure() {
        assert_eq!(linked("海洋生产总值增长", "%"), None, "the marine economy");
        assert_eq!(
            linked("全年地区生产总值增长", "%").as_deref(),
            Some("gdp-growth")
        );
    }

    #[test]
    fn the_income_of_urban_or_rural_residents_is_not_that_of_all_residents() {
        for (subject, id) in [
            (
                "城镇居民人均可支配收入增长",
                "urban-disposable-income-growth",
            ),
            (
                "城镇常住居民人均可支配收入增长",
                "urban-disposable-income-growth",
            ),
            (
                "农村居民人均可支配收入增长",
                "rural-disposable-income-growth",
            ),
            (
                "农村常住居民人均可支配收入增长",
                "rural-disposable-income-growth",
            ),
            ("农牧民人均可支配收入增长", "rural-disposable-income-growth"),
            ("全体居民人均可支配收入增长", "disposable-income-growth"),
            ("全省居民人均可支配收入增长", "disposable-income-growth"),
        ] {
            assert_eq!(linked(subject, "%").as_deref(), Some(id), "{subject}");
        }
    }

    #[test]
    fn a_part_of_a_whole_quantity_is_not_the_whole() {
        for subject in [
            "数字经济增长",
            "生产性服务业增加值增长",
            "跨境电商进出口增长",
            "城市副中心和平原新城地区生产总值年均增长",
            "锂电池“新三样”出口增长",
            "我省数字经济增长",
        ] {
            assert_eq!(linked(subject, "%"), None, "{subject}");
        }
        for subject in ["泸州经济总量", "大湾区经济总量", "“新三样”出口规模"]
        {
            assert_eq!(linked(subject, "亿元"), None, "{subject}");
        }
        for subject in ["全省生产总值", "2025年地区生产总值", "经济总量"] {
            assert_eq!(linked(subject, "亿元").as_deref(), Some("gdp"), "{subject}");
        }
        for (subject, id) in [
            (
                "全省城镇居民人均可支配收入增长",
                "urban-disposable-income-growth",
            ),
            ("城乡居民人均可支配收入增长", "disposable-income-growth"),
            ("实现经济增长", "gdp-growth"),
            ("全市外贸进出口总额增长", "trade-growth"),
            ("对外贸易进出口增长", "trade-growth"),
            ("外贸出口增长", "export-growth"),
            ("全年服务业增加值增长", "services-value-added-growth"),
        ] {
            assert_eq!(linked(subject, "%").as_deref(), Some(id), "{subject}");
        }
    }

    #[test]
    fn things_counted_for_another_action_on_them_are_not_the_indicators_count() {
        // beijing: `为800个老旧小区引入物业服务` counts neighbourhoods given property services.
        assert_eq!(linked("老旧小区引入物业服务", "个"), None);
        assert_eq!(linked("外贸回归", "亿元"), None);
        assert_eq!(
            linked("改造老旧小区", "个").as_deref(),
            Some("old-neighbourhoods")
        );
    }

    #[test]
    fn surface_water_quality_links_in_the_usual_wordings() {
        for subject in [
            "地表水省控断面达到或优于Ⅲ类水质比例",
            "国控断面水质优良比例",
            "地表水国控断面水质优良比例",
        ] {
            assert_eq!(
                linked(subject, "%").as_deref(),
                Some("surface-water-quality"),
                "{subject}"
            );
        }
        assert_eq!(linked("近岸海域水质优良比例", "%"), None, "sea water");
    }

    #[test]
    fn the_long_names_of_research_spending_and_visitors_link() {
        assert_eq!(
            linked("研究与试验发展经费支出相当于地区生产总值的比重", "%").as_deref(),
            Some("rd-share-gdp")
        );
        assert_eq!(
            linked("接待国内外游客", "万人次").as_deref(),
            Some("tourist-visits")
        );
    }

    #[test]
    fn a_word_in_brackets_and_a_magnitude_before_the_unit_do_not_hide_the_indicator() {
        assert_eq!(
            linked("绿色（低碳）工厂", "家").as_deref(),
            Some("green-factories")
        );
        assert_eq!(
            linked("改造城中村", "万户").as_deref(),
            Some("shantytown-renovation")
        );
        assert_eq!(
            linked("全员劳动生产率", "万元/人").as_deref(),
            Some("labour-productivity")
        );
        // `规(限)上` is a name of its own, read with its brackets first.
        assert_eq!(linked("城中村改造", "公里"), None);
    }

    #[test]
    fn a_count_of_two_kinds_joined_is_neither_kind() {
        assert_eq!(linked("新增高新技术和科技型中小企业", "家"), None);
        assert_ne!(
            linked("新增国家高新技术企业和省科技型中小企业", "家").as_deref(),
            Some("high-tech-enterprises")
        );
        assert_eq!(
            linked("建设智能工厂和数字化车间", "家").as_deref(),
            Some("smart-factories")
        );
        assert_eq!(
            linked("新增科技型中小企业", "家").as_deref(),
            Some("tech-smes")
        );
    }

    #[test]
    fn shares_and_rates_link_by_their_names() {
        assert_eq!(
            linked("城镇调查失业率", "%").as_deref(),
            Some("surveyed-unemployment")
        );
        assert_eq!(
            linked("城镇新增就业", "万人").as_deref(),
            Some("new-urban-jobs")
        );
    }

    #[test]
    fn a_subject_naming_no_indicator_or_the_wrong_unit_links_to_none() {
        assert_eq!(linked("新建绿道", "公里"), None);
        assert_eq!(linked("城镇调查失业率", "万人"), None);
        assert_eq!(linked("研发经费占地区生产总值比重", "亿元"), None);
        assert_eq!(
            linked("全社会研发经费投入年均增长", "%"),
            None,
            "a growth, not a share"
        );
    }
}
