//! Heading lines (`一、`, `（一）`, `2022年工作回顧`, `附件1`) and lead phrases (`提升科技创新质效。`).

use super::numerals;
use super::script::contains_any;

/// A line recognised as a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    /// A numbered part: `一、2025年工作回顾`.
    Part {
        /// `一、`.
        label: String,
        /// The numeral's value.
        number: u32,
        /// The rest of the line.
        title: String,
    },
    /// A numbered sub-part: `（一）…` on its own line or running into its first paragraph.
    SubPart {
        /// `（一）` or `(一)`.
        label: String,
        /// The numeral's value.
        number: u32,
        /// The heading after the label, up to and including the first full stop.
        title: String,
        /// The paragraph that follows the heading on the same line, if any.
        rest: Option<String>,
    },
    /// An unnumbered part such as `2022年工作回顧` or `2023年工作任務`.
    Unnumbered(String),
    /// An annex marker such as `附件1`.
    Annex(String),
    /// A glossary heading (`名词解释`).
    Glossary(String),
}

/// Longest title of a numbered part, in characters.
const MAX_PART_TITLE: usize = 60;
/// Longest unnumbered part heading, in characters.
const MAX_UNNUMBERED: usize = 20;
/// Lead phrases are at most this many characters.
const MAX_LEAD: usize = 20;

const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?'];
const CLAUSE_MARKS: &str = "，,；;：:";
const PUNCTUATION: &str = "，,。.、：:；;！!？?（）()“”\"《》";
const UNNUMBERED_ENDINGS: &[&str] = &[
    "回顾", "回顧", "任务", "任務", "安排", "工作", "建议", "建議", "计划", "計劃",
];

/// The heading on this line, if it is one.
pub fn heading(line: &str) -> Option<Heading> {
    part(line)
        .or_else(|| sub_part(line))
        .or_else(|| unnumbered(line))
        .or_else(|| annex(line))
        .or_else(|| glossary(line))
}

/// A leading Chinese numeral and the text after it.
fn numeral(text: &str) -> Option<(u32, &str)> {
    let end = text
        .char_indices()
        .find(|(_, c)| !numerals::CHINESE_DIGITS.contains(*c))
        .map_or(text.len(), |(i, _)| i);
    Some((numerals::chinese(&text[..end])?, &text[end..]))
}

fn part(line: &str) -> Option<Heading> {
    let (number, rest) = numeral(line)?;
    let title = rest.strip_prefix('、')?;
    let inner_stop = title
        .trim_end_matches(SENTENCE_ENDS)
        .contains(SENTENCE_ENDS);
    let fits = !title.is_empty() && title.chars().count() <= MAX_PART_TITLE;
    (fits && !inner_stop).then(|| Heading::Part {
        label: line[..line.len() - title.len()].to_string(),
        number,
        title: title.to_string(),
    })
}

fn sub_part(line: &str) -> Option<Heading> {
    let inner = line.strip_prefix(['（', '('])?;
    let (number, rest) = numeral(inner)?;
    let body = rest.strip_prefix(['）', ')'])?;
    let label = line[..line.len() - body.len()].to_string();
    let stop = body
        .char_indices()
        .find(|(_, c)| SENTENCE_ENDS.contains(c))
        .map(|(i, c)| i + c.len_utf8());
    let (title, rest) = match stop {
        Some(end) if end < body.len() => (&body[..end], Some(body[end..].to_string())),
        _ => (body, None),
    };
    (!title.is_empty()).then(|| Heading::SubPart {
        label,
        number,
        title: title.to_string(),
        rest,
    })
}

fn unnumbered(line: &str) -> Option<Heading> {
    let year = line.get(..4)?;
    let is_year = year.bytes().all(|b| b.is_ascii_digit()) && line[4..].starts_with('年');
    let short = line.chars().count() <= MAX_UNNUMBERED;
    let bare = !line.contains(|c| PUNCTUATION.contains(c));
    let ends = UNNUMBERED_ENDINGS.iter().any(|e| line.ends_with(e));
    (is_year && short && bare && ends).then(|| Heading::Unnumbered(line.to_string()))
}

fn annex(line: &str) -> Option<Heading> {
    let rest = line.strip_prefix("附件")?.trim_end_matches(['：', ':']);
    let numbered = rest
        .chars()
        .all(|c| c.is_ascii_digit() || numerals::CHINESE_DIGITS.contains(c));
    (numbered && rest.chars().count() <= 3).then(|| Heading::Annex(line.to_string()))
}

fn glossary(line: &str) -> Option<Heading> {
    let word = line.trim_end_matches(['：', ':']);
    let is_glossary = contains_any(word, &["名词解释", "名詞解釋"]) && word.chars().count() <= 6;
    is_glossary.then(|| Heading::Glossary(line.to_string()))
}

/// The lead phrase opening a paragraph: a short first sentence without commas
/// (`提升科技创新质效。完善…` gives `提升科技创新质效`), not an enumeration (`一是…`).
pub fn lead(paragraph: &str) -> Option<&str> {
    let end = paragraph.find('。')?;
    let phrase = &paragraph[..end];
    let rest = &paragraph[end + '。'.len_utf8()..];
    let count = phrase.chars().count();
    let starts_well = phrase
        .chars()
        .next()
        .is_some_and(|c| c == '“' || is_ideograph(c));
    let enumeration = numeral(phrase).is_some_and(|(_, after)| after.starts_with('是'));
    let ok = (2..=MAX_LEAD).contains(&count)
        && starts_well
        && !enumeration
        && !phrase.contains(|c| CLAUSE_MARKS.contains(c))
        && !phrase.starts_with("各位代表")
        && !rest.is_empty();
    ok.then_some(phrase)
}

/// True for CJK unified ideographs (the characters of Chinese words).
pub fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(label: &str, number: u32, title: &str, rest: Option<&str>) -> Option<Heading> {
        Some(Heading::SubPart {
            label: label.into(),
            number,
            title: title.into(),
            rest: rest.map(Into::into),
        })
    }

    #[test]
    fn numbered_parts_are_headings() {
        assert_eq!(
            heading("三、2026年重点工作"),
            Some(Heading::Part {
                label: "三、".into(),
                number: 3,
                title: "2026年重点工作".into()
            })
        );
        assert!(matches!(
            heading("十二、深化改革。"),
            Some(Heading::Part { number: 12, .. })
        ));
    }

    #[test]
    fn a_numbered_line_with_several_sentences_is_not_a_part() {
        assert_eq!(heading("一、我们做了工作。还有更多。"), None);
    }

    #[test]
    fn sub_parts_on_their_own_line_keep_the_whole_line() {
        assert_eq!(
            heading("(一)聚焦實體經濟,推動綜合實力取得新突破"),
            sub("(一)", 1, "聚焦實體經濟,推動綜合實力取得新突破", None)
        );
        assert_eq!(
            heading("（八）推动城市高质量发展，建设现代化人民城市。"),
            sub(
                "（八）",
                8,
                "推动城市高质量发展，建设现代化人民城市。",
                None
            )
        );
    }

    #[test]
    fn a_sub_part_running_into_its_paragraph_is_split_after_the_first_sentence() {
        assert_eq!(
            heading("（一）强化创新驱动发展，创新浙江建设成效明显。提升科技创新质效。完善机制。"),
            sub(
                "（一）",
                1,
                "强化创新驱动发展，创新浙江建设成效明显。",
                Some("提升科技创新质效。完善机制。")
            )
        );
        assert!(matches!(
            heading("（十四）全面加强政府自身建设"),
            Some(Heading::SubPart { number: 14, .. })
        ));
    }

    #[test]
    fn unnumbered_parts_are_short_year_lines() {
        assert_eq!(
            heading("2022年工作回顧"),
            Some(Heading::Unnumbered("2022年工作回顧".into()))
        );
        assert_eq!(heading("2026年四川省人民政府工作报告"), None);
        assert_eq!(heading("2023年,我们做好工作"), None);
    }

    #[test]
    fn annexes_and_glossaries_are_headings() {
        assert_eq!(heading("附件1"), Some(Heading::Annex("附件1".into())));
        assert_eq!(
            heading("名词解释"),
            Some(Heading::Glossary("名词解释".into()))
        );
        assert_eq!(heading("附件是一份清单。"), None);
    }

    #[test]
    fn ordinary_lines_are_not_headings() {
        for line in [
            "各位代表：",
            "一是全力稳增长。",
            "1.医疗卫生方面。",
            "——发展质效不断提高。",
        ] {
            assert_eq!(heading(line), None, "{line}");
        }
    }

    #[test]
    fn a_short_first_sentence_is_a_lead_phrase() {
        assert_eq!(
            lead("著力推動“智造強區”建設。以國務院…"),
            Some("著力推動“智造強區”建設")
        );
        assert_eq!(
            lead("“五个中心”建设扎实推进。加快…"),
            Some("“五个中心”建设扎实推进")
        );
    }

    #[test]
    fn long_comma_enumerated_or_lone_sentences_are_not_leads() {
        for paragraph in [
            "以“打造嘉興城市副中心”為定位,圍繞要求。",
            "一是首都功能持续优化提升。圆满完成…",
            "1.医疗卫生方面。全省…",
            "提升科技创新质效。",
            "各位代表。我们…",
            "推动产业智能化绿色化融合化发展并且持续加快建设现代化产业体系。其他",
        ] {
            assert_eq!(lead(paragraph), None, "{paragraph}");
        }
    }
}
