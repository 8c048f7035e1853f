//! Page furniture: the buttons, source and time lines, photo captions and link lists that a web
//! page puts around a report, recognised so they can be set aside (never deleted).

/// Lines that are furniture as they stand.
const EXACT: &[&str] = &[
    "下载",
    "下載",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "還原",
    "减小",
    "減小",
    "大",
    "中",
    "小",
    "】",
    "分享",
    "分享：",
    "分享到：",
    "打印本页",
    "打印本頁",
    "关闭窗口",
    "關閉窗口",
    "返回顶部",
    "返回頂部",
    "【",
];

/// Lines that are furniture when they start with one of these.
const PREFIXES: &[&str] = &[
    "【字号",
    "【字號",
    "【字体",
    "【字體",
    "来源：",
    "来源:",
    "來源：",
    "來源:",
    "时间：",
    "时间:",
    "時間：",
    "時間:",
    "发布时间",
    "發佈時間",
    "责任编辑",
    "責任編輯",
];

/// Lines that start the list of links and credits after a report: everything from there on
/// belongs to the page, not the report.
const TAIL_MARKERS: &[&str] = &[
    "相关报道",
    "相關報道",
    "责任编辑",
    "責任編輯",
    "扫一扫",
    "掃一掃",
    "相关附件",
    "相關附件",
    "相关链接",
    "相關鏈接",
    "打印本页",
    "打印本頁",
    "关闭窗口",
    "關閉窗口",
];

/// Captions and credits are at most this many characters.
const MAX_CAPTION: usize = 60;

/// True when `line` is page furniture; `previous` is the line before it.
pub fn is_furniture(line: &str, previous: Option<&str>) -> bool {
    EXACT.contains(&line)
        || PREFIXES.iter().any(|p| line.starts_with(p))
        || is_timestamp(line)
        || is_caption(line)
        || is_hash(line)
        || previous.is_some_and(|p| is_empty_source(p) && line.chars().count() <= 20)
}

/// True for a line that begins the links and credits after the report.
pub fn is_tail_marker(line: &str) -> bool {
    line.chars().count() <= 20 && TAIL_MARKERS.iter().any(|m| line.starts_with(m))
}

/// `来源:` with the source on the next line.
fn is_empty_source(line: &str) -> bool {
    ["来源", "來源"].iter().any(|p| {
        line.strip_prefix(p)
            .is_some_and(|r| matches!(r, "：" | ":"))
    })
}

/// `2026年02月10日 07时41分`, `2026-02-02`, `2026-02-02 10:30`.
fn is_timestamp(line: &str) -> bool {
    let significant: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = significant.chars().filter(char::is_ascii_digit).count();
    let allowed = significant
        .chars()
        .all(|c| c.is_ascii_digit() || "-/.:年月日时時分秒".contains(c));
    allowed && digits >= 6 && significant.chars().count() <= 24
}

/// `王正谱作政府工作报告。本报记者 霍艳恩摄`.
fn is_caption(line: &str) -> bool {
    let short = line.chars().count() <= MAX_CAPTION;
    let credit = [
        "本报记者",
        "本報記者",
        "新华社记者",
        "新華社記者",
        "记者",
        "記者",
    ]
    .iter()
    .any(|w| line.contains(w));
    let photo = ["摄", "攝", "摄影", "攝影"]
        .iter()
        .any(|w| line.ends_with(w));
    short && (photo || credit)
}

/// The hexadecimal keys a page's link list leaves behind.
fn is_hash(line: &str) -> bool {
    let key = line.trim_end_matches([':', '：']);
    key.len() >= 16 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_sources_and_times_are_furniture() {
        for line in [
            "下载",
            "【字号：",
            "加大",
            "】",
            "来源：北京日报",
            "时间：2026-02-02",
            "分享：",
        ] {
            assert!(is_furniture(line, None), "{line}");
        }
    }

    #[test]
    fn timestamps_are_furniture() {
        assert!(is_furniture("2026年02月10日 07时41分", None));
        assert!(is_furniture("2026-02-02 10:30", None));
        assert!(!is_furniture("2026年", None));
    }

    #[test]
    fn photo_captions_are_furniture() {
        assert!(is_furniture(
            "王正谱作政府工作报告。本报记者 霍艳恩摄",
            None
        ));
        assert!(is_furniture("省长在会上作报告。张三 摄", None));
    }

    #[test]
    fn the_source_on_the_line_after_an_empty_source_is_furniture() {
        assert!(is_furniture("四川日报", Some("来源:")));
        assert!(!is_furniture("四川日报", Some("来源：四川日报")));
    }

    #[test]
    fn link_keys_are_furniture() {
        assert!(is_furniture("abcd39f1fb7f426d9dfb6bd0fa1f2146:", None));
    }

    #[test]
    fn report_lines_are_not_furniture() {
        for line in [
            "2026年北京市政府工作报告",
            "——2026年1月25日在北京市第十六届人民代表大会第四次会议上",
            "北京市市长 殷勇",
            "各位代表：",
            "大力提振消费。研究制定城乡居民增收计划，摄取新知。",
        ] {
            assert!(!is_furniture(line, None), "{line}");
        }
    }

    #[test]
    fn link_lists_and_credits_start_the_tail() {
        assert!(is_tail_marker("相关报道："));
        assert!(is_tail_marker("责任编辑："));
        assert!(is_tail_marker("扫一扫在手机打开当前页"));
        assert!(!is_tail_marker("各位代表！"));
    }
}
