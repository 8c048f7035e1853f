//! Metadata from the lines before the report body: title, delivery line (date and meeting),
//! speaker, and where and when the text was published.

use super::headings::{Heading, heading};
use super::script::{contains_any, strip_any};

/// What the opening lines say about the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The title line (`2026年北京市政府工作报告`).
    pub title: Option<String>,
    /// The region, from the meeting or the title.
    pub region: Option<String>,
    /// The first year named in the title, else the delivery date, else the publication date.
    pub year: Option<u16>,
    /// Delivery date (ISO 8601).
    pub delivered: Option<String>,
    /// The meeting (`北京市第十六届人民代表大会第四次会议`).
    pub meeting: Option<String>,
    /// Office and name (`區長 劉德威`).
    pub speaker: Option<String>,
    /// Publication date (ISO 8601).
    pub published_date: Option<String>,
    /// Publisher.
    pub source: Option<String>,
}

/// Only this many opening lines are searched.
const MAX_HEAD_LINES: usize = 40;
const TITLE_WORDS: &[&str] = &["政府工作报告", "政府工作報告"];
const OFFICES: &[&str] = &[
    "省长",
    "省長",
    "市长",
    "市長",
    "区长",
    "區長",
    "县长",
    "縣長",
    "州长",
    "州長",
    "主席",
    "旗长",
    "盟长",
    "代省长",
];
const SENTENCE_MARKS: &str = "，,。：:；;！!？?";

/// Reads the metadata from the opening lines of a report.
pub fn read(lines: &[String]) -> Meta {
    let end = lines
        .iter()
        .take(MAX_HEAD_LINES)
        .position(|l| {
            matches!(
                heading(l),
                Some(Heading::Part { .. } | Heading::Unnumbered(_))
            )
        })
        .unwrap_or(lines.len().min(MAX_HEAD_LINES));
    let head = &lines[..end];
    let mut meta = Meta {
        title: head.iter().find(|l| is_title(l)).cloned(),
        ..Meta::default()
    };
    if let Some((date, meeting)) = delivery(head) {
        meta.region = meeting
            .find('第')
            .map(|i| meeting[..i].to_string())
            .filter(|r| !r.is_empty());
        meta.delivered = Some(iso(date));
        meta.meeting = Some(meeting);
    }
    meta.year = meta
        .title
        .as_deref()
        .and_then(|t| date_in(t).map(|d| d.0).or_else(|| year_in(t)))
        .or_else(|| meta.delivered.as_deref().and_then(year_in));
    if meta.region.is_none() {
        meta.region = meta.title.as_deref().and_then(region_from_title);
    }
    meta.speaker = head.iter().find_map(|l| speaker(l));
    publication(head, &mut meta);
    if meta.year.is_none() {
        meta.year = meta.published_date.as_deref().and_then(year_in);
    }
    meta
}

fn is_title(line: &str) -> bool {
    contains_any(line, TITLE_WORDS)
        && line.chars().count() <= 40
        && !line.contains(|c| SENTENCE_MARKS.contains(c))
}

/// `2023年2月3日在嘉興市秀洲區` + `第十屆人民代表大會第二次會議上`: the date and the meeting.
/// The line may open with a dash and stand in brackets: `（2026年1月27日在…会议上）`.
fn delivery(head: &[String]) -> Option<((u16, u8, u8), String)> {
    const OPENING: [char; 5] = ['—', '-', '－', '（', '('];
    const CLOSING: [char; 2] = ['）', ')'];
    head.iter().enumerate().find_map(|(i, line)| {
        let line = line.trim_start_matches(OPENING);
        let date = date_in(line)?;
        let (_, after) = line.split_once("日在")?;
        let mut meeting = after.trim_end_matches(CLOSING).to_string();
        if !ends_meeting(&meeting) {
            meeting.push_str(head.get(i + 1)?.trim_end_matches(CLOSING));
        }
        ends_meeting(&meeting).then(|| {
            let meeting = meeting.trim_end_matches('上').to_string();
            (date, meeting)
        })
    })
}

fn ends_meeting(text: &str) -> bool {
    text.ends_with("会议上") || text.ends_with("會議上")
}

/// `省长 刘捷`, `區長劉德威`, `河北省人民政府省长 王正谱`: office and name, space separated.
fn speaker(line: &str) -> Option<String> {
    if line.chars().count() > 24
        || line.contains(|c| SENTENCE_MARKS.contains(c))
        || contains_any(line, &["报告", "報告", "代表"])
    {
        return None;
    }
    let end = OFFICES
        .iter()
        .filter_map(|o| line.rfind(o).map(|i| i + o.len()))
        .max()?;
    let (office, name) = (line[..end].trim(), line[end..].trim());
    (!name.is_empty()).then(|| format!("{office} {name}"))
}

/// Publisher and date from `来源：…`/`时间：…` lines, a timestamp line, or a news
/// introduction (`3月16日,秀洲區人民政府發布…`).
fn publication(head: &[String], meta: &mut Meta) {
    const SOURCES: &[&str] = &["来源：", "来源:", "來源：", "來源:"];
    const TIMES: &[&str] = &["时间：", "时间:", "時間：", "時間:"];
    for (i, line) in head.iter().enumerate() {
        if let Some(source) = strip_any(line, SOURCES) {
            let source = match source.trim() {
                "" => head.get(i + 1).map_or("", |s| s.trim()),
                named => named,
            };
            if !source.is_empty() && meta.source.is_none() {
                meta.source = Some(source.to_string());
            }
        } else if meta.published_date.is_none() && !line.contains('在') {
            let stamp = strip_any(line, TIMES).unwrap_or(line);
            if let Some(date) = date_in(stamp).filter(|_| line.chars().count() <= 24) {
                meta.published_date = Some(iso(date));
            }
        }
    }
    if let (Some(year), Some(first)) = (meta.year, head.first()) {
        news_release(first, year, meta);
    }
}

fn news_release(line: &str, year: u16, meta: &mut Meta) {
    let Some((day, rest)) = line.split_once("日,").or_else(|| line.split_once("日，")) else {
        return;
    };
    let Some((month, day)) = day.split_once('月') else {
        return;
    };
    let (Ok(month), Ok(day)) = (month.parse::<u8>(), day.parse::<u8>()) else {
        return;
    };
    let Some(end) = ["發布", "发布"].iter().find_map(|w| rest.find(w)) else {
        return;
    };
    if meta.published_date.is_none() {
        meta.published_date = Some(iso((year, month, day)));
    }
    if meta.source.is_none() && end > 0 {
        meta.source = Some(rest[..end].to_string());
    }
}

/// The words before 政府工作报告, without a year before or after them: `陕西省` from both
/// `2026年陕西省政府工作报告` and `陕西省2026年政府工作报告`.
fn region_from_title(title: &str) -> Option<String> {
    let end = ["人民政府工作", "政府工作"]
        .iter()
        .find_map(|w| title.find(w))?;
    let region = title[..end].trim_matches(|c: char| c.is_ascii_digit() || c == '年');
    (!region.is_empty()).then(|| region.to_string())
}

fn iso((year, month, day): (u16, u8, u8)) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

fn year_in(text: &str) -> Option<u16> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits = text.get(start..start + 4)?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()
}

/// The first `2023年2月3日` or `2026-02-02` in the text.
fn date_in(text: &str) -> Option<(u16, u8, u8)> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|start| {
        let mut parts = [0u32; 3];
        let mut i = start;
        for (n, part) in parts.iter_mut().enumerate() {
            let digits_start = i;
            while i < chars.len() && chars[i].is_ascii_digit() && i - digits_start < 4 {
                *part = *part * 10 + chars[i].to_digit(10).unwrap_or(0);
                i += 1;
            }
            let width = i - digits_start;
            let width_ok = if n == 0 {
                width == 4
            } else {
                (1..=2).contains(&width)
            };
            let separator = chars.get(i).copied();
            let separator_ok = match n {
                0 => matches!(separator, Some('年' | '-')),
                1 => matches!(separator, Some('月' | '-')),
                _ => true,
            };
            if !width_ok || !separator_ok {
                return None;
            }
            i += 1;
        }
        let [year, month, day] = parts;
        let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
        let before_ok = start == 0 || !chars[start - 1].is_ascii_digit();
        (valid && before_ok).then_some((year as u16, month as u8, day as u8))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_web_page_header_gives_title_delivery_speaker_and_publication() {
        let meta = read(&lines(
            "下载\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n\
             来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n各位代表：",
        ));
        assert_eq!(meta.title.as_deref(), Some("2026年北京市政府工作报告"));
        assert_eq!(meta.year, Some(2026));
        assert_eq!(meta.delivered.as_deref(), Some("2026-01-25"));
        assert_eq!(
            meta.meeting.as_deref(),
            Some("北京市第十六届人民代表大会第四次会议")
        );
        assert_eq!(meta.region.as_deref(), Some("北京市"));
        assert_eq!(meta.speaker.as_deref(), Some("北京市市长 殷勇"));
        assert_eq!(meta.source.as_deref(), Some("北京日报"));
        assert_eq!(meta.published_date.as_deref(), Some("2026-02-02"));
    }

    #[test]
    fn a_delivery_line_broken_in_two_is_joined() {
        let meta = read(&lines(
            "2023年2月3日在嘉興市秀洲區\n第十屆人民代表大會第二次會議上\n區長劉德威\n各位代表:",
        ));
        assert_eq!(meta.delivered.as_deref(), Some("2023-02-03"));
        assert_eq!(
            meta.meeting.as_deref(),
            Some("嘉興市秀洲區第十屆人民代表大會第二次會議")
        );
        assert_eq!(meta.region.as_deref(), Some("嘉興市秀洲區"));
        assert_eq!(meta.year, Some(2023));
        assert_eq!(meta.speaker.as_deref(), Some("區長 劉德威"));
        assert_eq!(meta.title, None);
    }

    #[test]
    fn a_bracketed_delivery_line_gives_the_year_when_the_title_has_none() {
        let meta = read(&lines(
            "政府工作报告\n（2026年1月27日在湖北省第十四届人民代表大会第四次会议上）\n各位代表：",
        ));
        assert_eq!(meta.title.as_deref(), Some("政府工作报告"));
        assert_eq!(meta.year, Some(2026));
        assert_eq!(meta.delivered.as_deref(), Some("2026-01-27"));
        assert_eq!(
            meta.meeting.as_deref(),
            Some("湖北省第十四届人民代表大会第四次会议")
        );
        assert_eq!(meta.region.as_deref(), Some("湖北省"));
    }

    #[test]
    fn a_bracketed_delivery_line_broken_in_two_is_joined() {
        let meta = read(&lines(
            "政府工作报告\n(2026年1月27日在湖北省第十四届\n人民代表大会第四次会议上)\n各位代表：",
        ));
        assert_eq!(meta.delivered.as_deref(), Some("2026-01-27"));
        assert_eq!(meta.region.as_deref(), Some("湖北省"));
    }

    #[test]
    fn a_year_after_the_region_stays_out_of_the_region() {
        for title in [
            "陕西省2026年政府工作报告",
            "2026年陕西省政府工作报告",
            "2026年陕西省人民政府工作报告",
        ] {
            let meta = read(&lines(&format!("{title}\n各位代表：")));
            assert_eq!(meta.region.as_deref(), Some("陕西省"), "{title}");
            assert_eq!(meta.year, Some(2026), "{title}");
        }
    }

    #[test]
    fn a_publication_date_gives_the_year_when_nothing_else_does() {
        let meta = read(&lines(
            "政府工作报告\n来源：湖北日报\n时间：2026-02-02\n各位代表：",
        ));
        assert_eq!(meta.year, Some(2026));
        assert_eq!(meta.delivered, None);
    }

    #[test]
    fn a_news_introduction_gives_the_publication() {
        let meta = read(&lines(
            "3月16日,秀洲區人民政府發布2023年秀洲區政府工作報告,報告指出。\n原文如下:\n\
             2023年2月3日在嘉興市秀洲區第十屆人民代表大會第二次會議上",
        ));
        assert_eq!(meta.published_date.as_deref(), Some("2023-03-16"));
        assert_eq!(meta.source.as_deref(), Some("秀洲區人民政府"));
    }

    #[test]
    fn a_source_on_the_next_line_and_a_timestamp_are_read() {
        let meta = read(&lines(
            "2026年四川省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n四川日报",
        ));
        assert_eq!(meta.source.as_deref(), Some("四川日报"));
        assert_eq!(meta.published_date.as_deref(), Some("2026-02-10"));
        assert_eq!(meta.region.as_deref(), Some("四川省"));
    }

    #[test]
    fn captions_and_sentences_are_not_speakers() {
        assert_eq!(
            speaker("省长刘小涛代表省人民政府向大会作政府工作报告。"),
            None
        );
        assert_eq!(speaker("省长"), None);
        assert_eq!(
            speaker("河北省人民政府省长 王正谱").as_deref(),
            Some("河北省人民政府省长 王正谱")
        );
    }

    #[test]
    fn dates_need_a_four_digit_year_and_a_real_month() {
        assert_eq!(date_in("——2026年1月14日在"), Some((2026, 1, 14)));
        assert_eq!(date_in("2026-02-09"), Some((2026, 2, 9)));
        assert_eq!(date_in("12026年1月1日"), None);
        assert_eq!(date_in("2026年13月1日"), None);
        assert_eq!(date_in("今年"), None);
    }
}
