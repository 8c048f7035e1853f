//! Editorial sections: recognising the set pieces of a report (overall requirements, main
//! expected targets, thanks, problems) and naming sections whose title is not in the text.

use super::headings::is_ideograph;
use super::numerals;
use super::script::{contains_any, pick, strip_any};
use crate::model::{PAGE_FURNITURE, Script};

/// What an editorial section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The page furniture set aside (buttons, source, captions).
    Furniture,
    /// A news article's introduction before the report text.
    Intro,
    /// The opening: delivery line, speaker, address, first paragraph.
    Front,
    /// The overall requirements for the year (总体要求).
    Requirements,
    /// The main expected targets (主要预期目标).
    MainTargets,
    /// Thanks to the people and the deputies.
    Thanks,
    /// The problems and shortcomings the government admits.
    Problems,
    /// The closing appeal.
    Closing,
    /// Anything else, titled from its text.
    Other,
}

/// Titles longer than this (in characters) are shortened with `…`.
const MAX_TITLE: usize = 20;
/// Leading clauses this short (`过去一年`, `同时`) say nothing of the topic.
const MIN_TOPIC: usize = 5;
const CLAUSE_ENDS: &str = "，,。；;：:！!？?";
/// Phrases that introduce the problems a report admits.
const PROBLEM_OPENERS: &[&str] = &[
    "清醒看到",
    "清醒地看到",
    "清醒认识",
    "清醒認識",
    "清醒地认识",
    "清醒地認識",
    "也认识到",
    "也認識到",
    "也要看到",
    "还面临",
    "還面臨",
    "仍面临",
    "仍面臨",
];
const COUNT_WORDS: &[&str] = &["方面", "件", "大", "项", "項", "个", "個", "场", "場"];

/// The set piece a paragraph is, or [`Kind::Other`].
pub fn classify(text: &str) -> Kind {
    if contains_any(text, &["主要预期目标", "主要預期目標"]) {
        Kind::MainTargets
    } else if contains_any(text, &["总体要求", "總體要求"]) {
        Kind::Requirements
    } else if contains_any(text, &["感谢", "感謝"]) {
        Kind::Thanks
    } else if contains_any(text, PROBLEM_OPENERS)
        && contains_any(
            text,
            &[
                "问题", "問題", "不足", "短板", "困难", "困難", "挑战", "挑戰", "差距",
            ],
        )
    {
        Kind::Problems
    } else {
        Kind::Other
    }
}

/// The title of a section of this kind, or `None` for [`Kind::Other`].
pub fn kind_title(kind: Kind, script: Script) -> Option<&'static str> {
    let (simplified, traditional) = match kind {
        Kind::Furniture => (PAGE_FURNITURE[0], PAGE_FURNITURE[1]),
        Kind::Intro => ("新闻导语", "新聞導語"),
        Kind::Front => ("开篇", "開篇"),
        Kind::Requirements => ("总体要求", "總體要求"),
        Kind::MainTargets => ("主要预期目标", "主要預期目標"),
        Kind::Thanks => ("致谢", "致謝"),
        Kind::Problems => ("问题和不足", "問題和不足"),
        Kind::Closing => ("结束语", "結束語"),
        Kind::Other => return None,
    };
    Some(pick(script, simplified, traditional))
}

/// The opening of a paragraph in a run of themes (`這一年`, `这五年`, `五年来`), if it has one.
pub fn theme_anchor(paragraph: &str) -> Option<&str> {
    let (first, _) = paragraph.split_once(['，', ','])?;
    (first.chars().count() <= 4 && first.contains('年')).then_some(first)
}

/// The title of a theme paragraph: its second clause without `我们`
/// (`這一年,我們全力穩住經濟大盤,…` gives `全力穩住經濟大盤`).
pub fn theme_title(paragraph: &str) -> Option<String> {
    let clause = clauses(paragraph).nth(1)?;
    let topic = strip_any(clause, &["我们", "我們"]).unwrap_or(clause);
    (!topic.is_empty()).then(|| shorten(topic))
}

/// A title for a section the text gives no title to: a counted phrase from its first two
/// sentences (`十件民生實事`, `三大攻堅戰`), else its first clause that says something.
pub fn title_for(paragraph: &str) -> String {
    let opening = strip_any(paragraph, &["各位代表"])
        .map(|rest| rest.trim_start_matches(|c| CLAUSE_ENDS.contains(c)))
        .unwrap_or(paragraph);
    if let Some(phrase) = counted_phrase(first_sentences(opening, 2)) {
        return phrase;
    }
    let topic = clauses(opening)
        .find(|c| c.chars().count() >= MIN_TOPIC)
        .or_else(|| clauses(opening).next())
        .unwrap_or(opening);
    let topic = strip_any(topic, &["我们", "我們"]).unwrap_or(topic);
    if topic.is_empty() {
        "…".to_string()
    } else {
        shorten(topic)
    }
}

fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c| CLAUSE_ENDS.contains(c))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

fn first_sentences(text: &str, count: usize) -> &str {
    let end = text
        .match_indices(['。', '！', '!'])
        .nth(count - 1)
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_TITLE {
        return text.to_string();
    }
    let mut short: String = text.chars().take(MAX_TITLE - 1).collect();
    short.push('…');
    short
}

/// `十件民生实事项目` gives `十件民生实事`; the numeral may not be `一` or follow `第`.
fn counted_phrase(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(start, c)) in chars.iter().enumerate() {
        let previous = n.checked_sub(1).map(|p| chars[p].1);
        // After `第` it is an ordinal, after `“` a slogan (`“两个确立”`).
        let numeral_start = "二三四五六七八九十两兩百".contains(c)
            && previous.is_none_or(|p| !"第“".contains(p) && !numerals::CHINESE_DIGITS.contains(p));
        if !numeral_start {
            continue;
        }
        let rest = &text[start..];
        let numeral_len = rest
            .char_indices()
            .find(|(_, c)| !numerals::CHINESE_DIGITS.contains(*c))
            .map_or(rest.len(), |(i, _)| i);
        let after = &rest[numeral_len..];
        let Some(word) = COUNT_WORDS.iter().find(|w| after.starts_with(*w)) else {
            continue;
        };
        let noun: String = after[word.len()..]
            .chars()
            .take_while(|&c| is_ideograph(c) && c != '的')
            .take(8)
            .collect();
        let noun = ["项目", "項目"]
            .iter()
            .find_map(|p| noun.find(p).map(|i| noun[..i].to_string()))
            .unwrap_or(noun);
        if noun.chars().count() >= 2 {
            return Some(format!("{}{word}{noun}", &rest[..numeral_len]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_pieces_are_recognised_in_either_script() {
        assert_eq!(
            classify("建議2023年全區經濟社會發展的主要預期目標為:"),
            Kind::MainTargets
        );
        assert_eq!(classify("今年政府工作的总体要求是："), Kind::Requirements);
        assert_eq!(classify("向全区人民表示衷心的感謝!"), Kind::Thanks);
        assert_eq!(
            classify("我們也清醒看到,還存在不少矛盾和問題"),
            Kind::Problems
        );
        assert_eq!(
            classify("同时，我省经济社会发展还面临一些困难和挑战。"),
            Kind::Problems
        );
        assert_eq!(classify("加快建设现代化产业体系。"), Kind::Other);
        assert_eq!(
            classify("清醒坚定地推进反腐败斗争，解决问题。"),
            Kind::Other
        );
    }

    #[test]
    fn kind_titles_follow_the_script() {
        assert_eq!(kind_title(Kind::Thanks, Script::Traditional), Some("致謝"));
        assert_eq!(
            kind_title(Kind::Problems, Script::Simplified),
            Some("问题和不足")
        );
        assert_eq!(kind_title(Kind::Other, Script::Simplified), None);
    }

    #[test]
    fn theme_paragraphs_have_an_anchor_and_a_title() {
        let paragraph = "這一年,我們全力穩住經濟大盤,聚焦穩進提質攻堅。";
        assert_eq!(theme_anchor(paragraph), Some("這一年"));
        assert_eq!(theme_title(paragraph).as_deref(), Some("全力穩住經濟大盤"));
        assert_eq!(
            theme_anchor("五年来，我们坚定不移推动高质量发展，"),
            Some("五年来")
        );
        assert_eq!(theme_anchor("坚持首都城市战略定位，发挥作用"), None);
    }

    #[test]
    fn a_counted_phrase_names_a_section() {
        assert_eq!(
            title_for(
                "各位代表,民之所盼,政之所向。今年,我們將扎實辦好人代會票決的十件民生實事項目,確保辦好。"
            ),
            "十件民生實事"
        );
        assert_eq!(
            title_for("三分部署、七分落實,今年我們將重點開展三大攻堅戰,破難點。"),
            "三大攻堅戰"
        );
        assert_eq!(
            title_for("各位代表！今年我们要继续认真办好十方面民生实事，坚决做好。"),
            "十方面民生实事"
        );
    }

    #[test]
    fn without_a_counted_phrase_the_first_telling_clause_names_a_section() {
        assert_eq!(
            title_for("过去一年，民族宗教、外事侨务工作取得新成绩。"),
            "民族宗教、外事侨务工作取得新成绩"
        );
        assert_eq!(
            title_for("一年来，我们重点做了以下工作。"),
            "重点做了以下工作"
        );
        assert_eq!(
            title_for("“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。"),
            "“十五五”时期是基本实现社会主义现代化…"
        );
    }

    #[test]
    fn ordinals_and_one_are_not_counted() {
        assert_eq!(counted_phrase("第三大项目"), None);
        assert_eq!(counted_phrase("一大批项目"), None);
        assert_eq!(counted_phrase("十四五规划"), None);
        assert_eq!(counted_phrase("做到“两个维护”"), None);
    }
}
