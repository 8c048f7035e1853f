//! Numbers with their units in running text: `622.31億元`, `5%—5.5%`, `8000多萬元`, `十件`,
//! `Ⅱ類`, `零增长`. Years, ranks (`第2`), codes (`524國道`, `10GW`) and names (`PM2.5`) are not
//! figures and are skipped: only a number with a unit is a figure.

use super::headings::is_ideograph;
use super::numerals;

/// A number found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offset where the number starts.
    pub start: usize,
    /// Byte offset just after the unit.
    pub end: usize,
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    pub value_to: Option<f64>,
    /// The unit as written (may be empty for counts such as `九大`).
    pub unit: String,
    /// `多`/`余` followed the number: the value is a floor.
    pub more: bool,
}

/// Units, both scripts; the longest match wins.
const UNITS: &[&str] = &[
    "个百分点",
    "個百分點",
    "百分点",
    "百分點",
    "%",
    "％",
    "‰",
    "万亿元",
    "萬億元",
    "亿美元",
    "億美元",
    "万美元",
    "萬美元",
    "亿元",
    "億元",
    "万元",
    "萬元",
    "美元",
    "元",
    "万亿",
    "萬億",
    "亿",
    "億",
    "万",
    "萬",
    "万人次",
    "萬人次",
    "人次",
    "万人",
    "萬人",
    "万名",
    "萬名",
    "人",
    "名",
    "万户",
    "萬戶",
    "户",
    "戶",
    "位",
    "家",
    "个",
    "個",
    "项",
    "項",
    "件",
    "次",
    "场",
    "場",
    "条",
    "條",
    "所",
    "张",
    "張",
    "座",
    "处",
    "處",
    "套",
    "台",
    "辆",
    "輛",
    "艘",
    "架",
    "批",
    "类",
    "類",
    "棵",
    "株",
    "部",
    "万亩",
    "萬畝",
    "亩",
    "畝",
    "公顷",
    "公頃",
    "平方公里",
    "万平方米",
    "萬平方米",
    "平方米",
    "万公里",
    "萬公里",
    "公里",
    "千米",
    "兆瓦",
    "万千瓦",
    "萬千瓦",
    "千瓦时",
    "千瓦時",
    "千瓦",
    "吉瓦",
    "万吨标煤",
    "萬噸標煤",
    "万吨标准煤",
    "萬噸標準煤",
    "万吨",
    "萬噸",
    "吨",
    "噸",
    "亿斤",
    "億斤",
    "万斤",
    "萬斤",
    "斤",
    "亿立方米",
    "億立方米",
    "立方米",
    "微克/立方米",
    "天",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "岁",
    "歲",
    "倍",
    "个月",
    "個月",
    "万标箱",
    "萬標箱",
    "标箱",
    "標箱",
    "批次",
    "场次",
    "場次",
    "万户次",
    "萬戶次",
    "户次",
    "戶次",
    "头",
    "頭",
    "只",
    "栋",
    "棟",
    "期",
    "宗",
    "列",
    "支",
    "门",
    "門",
    "例",
];
/// Units that only scale: they may be followed by the unit of what is counted.
const MAGNITUDES: &[&str] = &["万亿", "萬億", "亿", "億", "万", "萬"];
/// Nouns of money: a bare magnitude before one of them counts yuan (`1000萬專項獎勵資金`,
/// `千亿投资实物量`).
const MONEY_NOUNS: &[&str] = &[
    "资金", "資金", "投资", "投資", "基金", "补助", "補助", "补贴", "補貼", "奖励", "獎勵", "奖补",
    "獎補", "经费", "經費",
];
/// How far (characters) after a bare magnitude a noun of money may end.
const MONEY_REACH: usize = 6;
/// What may follow a unit after a slash (`萬元/畝`).
const PER: &[&str] = &["亩", "畝", "人", "年", "户", "戶", "百亿元", "百億元"];
/// Units of age and duration: followed by a noun they describe it (`65岁以上老年人`,
/// `24小时开放`, `15分钟生活圈`) and are not a figure.
const DESCRIBING: &[&str] = &["岁", "歲", "小时", "小時", "分钟", "分鐘"];
/// What may stand between a describing unit and the noun it describes.
const DESCRIBING_LINKS: &[&str] = &["及以上", "以上", "以下", "以内", "以內"];
/// Nouns after a count that make it the outline of a plan or a document (`6个维度`,
/// `13项任务举措`, `十条支持措施`), not a quantity.
const OUTLINE_NOUNS: &[&str] = &[
    "方面",
    "维度",
    "維度",
    "主要指标",
    "主要指標",
    "任务举措",
    "任務舉措",
    "支持措施",
    "措施",
    "政策",
];
/// Verbs that keep up, strengthen or draw on what exists (`深化五个新城建设`,
/// `深化高层建筑消防等9个“一件事”`, `做强3个产业集群`, `稳妥运行14个边贸点`, `发挥中电科36所`): the
/// things they count are not new.
const KEEPING_VERBS: &[&str] = &[
    "深化", "巩固", "鞏固", "做强", "做強", "运行", "運行", "发挥", "發揮",
];
/// Verbs raising a quality of the things they count.
const RAISING_VERBS: &[&str] = &["提升", "提高", "增强", "增強"];
/// Qualities raised in things counted before them (`提升39个欠发达县域帮扶质效`): the things
/// exist already, the count is not what is to be done (but `22项达到全球最优水平` counts).
const QUALITIES: &[&str] = &[
    "质效", "質效", "水平", "能级", "能級", "能力", "质量", "質量", "效能",
];
/// Units that count things rather than measure them.
const THING_UNITS: &[&str] = &[
    "个", "個", "项", "項", "条", "條", "家", "所", "座", "处", "處", "批",
];
/// Units that count people or households.
const PEOPLE_UNITS: &[&str] = &["人", "名", "位", "户", "戶"];

/// Whether `unit` counts things or people (`个`, `万名`), which a noun after the number may
/// name (`5万个就业岗位`), rather than measuring a quantity.
pub(super) fn counts_things_or_people(unit: &str) -> bool {
    let unit = MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit);
    THING_UNITS.contains(&unit) || PEOPLE_UNITS.contains(&unit)
}
/// Things sorted into size classes by a magnitude in words (`百亿主导产业`, `千亿级集群`).
const SIZED: &[&str] = &[
    "产业", "產業", "企业", "企業", "集群", "园区", "園區", "项目", "項目",
];
/// Nouns that a count of people before them names (`创新创业青年50人论坛`).
const FORUMS: &[&str] = &["论坛", "論壇", "峰会", "峰會", "计划", "計劃"];
/// Words counted with Chinese numerals (`十件`, `五鎮`, `三星級`). `九大攻坚行动` is not among
/// them: it names a programme.
const COUNTED: &[&str] = &[
    "件", "次", "个", "個", "项", "項", "家", "条", "條", "所", "镇", "鎮", "街道", "星级", "星級",
    "分钟", "分鐘", "亿", "億", "座", "场",
];
/// Counted words that inside quotes or after `两` name a slogan (`“两个确立”`, `两个大局`) rather
/// than a quantity.
const SLOGAN_COUNTS: &[&str] = &["个", "個", "项", "項", "件", "条", "條", "场", "場"];
/// Set phrases of political speech whose numerals count nothing (`党的二十大`, `八项规定`).
const SET_PHRASES: &[&str] = &[
    "二十大",
    "十九大",
    "十八大",
    "二十届",
    "二十屆",
    "八项规定",
    "八項規定",
    "两个确立",
    "兩個確立",
    "两个维护",
    "兩個維護",
    "两个市场",
    "兩個市場",
    "两种资源",
    "兩種資源",
    "三个代表",
    "三個代表",
    "四个意识",
    "四個意識",
    "四个自信",
    "四個自信",
    "四个全面",
    "四個全面",
    "五位一体",
    "五位一體",
    "两个毫不动摇",
    "兩個毫不動搖",
    "两个结合",
    "兩個結合",
    "千家万户",
    "千家萬戶",
    "铁人三项",
    "鐵人三項",
];
/// What joins the two ends of a range right after a number (`4.5%—5%`, `5%至5.5%`).
const RANGE_MARKS: &[char] = &['—', '－', '-', '～', '~', '至', '到'];
/// Range marks that also mean "to" after a level a change starts from.
const TO: &[char] = &['至', '到'];
/// Words opening the level a change starts from (`从77%到80%`).
const FROM: &[char] = &['从', '從', '由'];
/// How far (characters) before a number `从` may stand to make the number where a change starts.
const FROM_REACH: usize = 8;
const MORE: &[char] = &['多', '余', '餘'];
const NUMERAL_STARTS: &str = "二三四五六七八九十两兩百千";

/// Every number with a unit in `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (found, next) = arabic(text, &chars, i)
            .or_else(|| chinese(text, &chars, i))
            .or_else(|| special(text, &chars, i))
            .map_or((None, i + 1), |(token, next)| (token, next.max(i + 1)));
        tokens.extend(found);
        i = next;
    }
    tokens
}

fn char_at(chars: &[(usize, char)], i: usize) -> Option<char> {
    chars.get(i).map(|&(_, c)| c)
}

fn offset(text: &str, chars: &[(usize, char)], i: usize) -> usize {
    chars.get(i).map_or(text.len(), |&(o, _)| o)
}

/// The longest unit at char index `i`, and the index after it.
fn unit_at(text: &str, chars: &[(usize, char)], i: usize) -> Option<(String, usize)> {
    let rest = &text[offset(text, chars, i)..];
    let unit = UNITS
        .iter()
        .filter(|u| rest.starts_with(*u))
        .max_by_key(|u| u.len())?;
    let mut unit = unit.to_string();
    let mut after = i + unit.chars().count();
    if MAGNITUDES.contains(&unit.as_str()) {
        // `70万辆`, `3万家`, `450亿千瓦时`: a magnitude before a unit of its own.
        if let Some((base, base_end)) =
            unit_at(text, chars, after).filter(|(base, _)| !MAGNITUDES.contains(&base.as_str()))
        {
            unit.push_str(&base);
            return Some((unit, base_end));
        }
    }
    let tail = &text[offset(text, chars, after)..];
    if counts_money(&unit, tail) {
        unit.push('元');
    }
    if let Some(per) = tail
        .strip_prefix('/')
        .and_then(|t| PER.iter().find(|p| t.starts_with(*p)))
    {
        unit.push('/');
        unit.push_str(per);
        after += 1 + per.chars().count();
    }
    Some((unit, after))
}

/// Whether `unit` is a bare magnitude that a noun of money in `next` makes a sum of yuan.
fn counts_money(unit: &str, next: &str) -> bool {
    MAGNITUDES.contains(&unit) && names_money(next)
}

/// Whether `text` opens with words naming money (`專項獎勵資金`).
pub(super) fn names_money(text: &str) -> bool {
    let near: String = text.chars().take(MONEY_REACH).collect();
    MONEY_NOUNS.iter().any(|noun| near.contains(noun))
}

/// Whether a number starting at char index `start` whose unit ends at `end` counts something:
/// not the outline of a plan (`10个方面`), a class name (`千亿元级`), a threshold (`2000万元以上
/// 的项目`), the end of a quoted name, an age or time describing a noun, a forum named by its
/// size (`50人论坛`) or things that already exist (`深化五个新城建设`, `提升39个县域帮扶质效`).
fn counts(text: &str, chars: &[(usize, char)], unit: &str, start: usize, end: usize) -> bool {
    let next = &text[offset(text, chars, end)..];
    let head = &text[..offset(text, chars, start)];
    let counted = next
        .split(['，', ',', '、', '；', '。'])
        .next()
        .unwrap_or(next);
    let raised = RAISING_VERBS.iter().any(|v| head.ends_with(v))
        && QUALITIES.iter().any(|q| counted.ends_with(q));
    let existing =
        THING_UNITS.contains(&unit) && (KEEPING_VERBS.iter().any(|v| head.contains(v)) || raised);
    let forum = matches!(unit, "人" | "名") && FORUMS.iter().any(|w| next.starts_with(w));
    let describes = DESCRIBING.contains(&unit) && {
        let noun = DESCRIBING_LINKS
            .iter()
            .find_map(|w| next.strip_prefix(w))
            .unwrap_or(next);
        noun.chars().next().is_some_and(is_ideograph)
    };
    // `投资2000万元以上的技改项目`: a sum before the projects it sorts is a threshold.
    let threshold = unit.ends_with('元')
        && ["以上", "以下"]
            .iter()
            .filter_map(|w| next.strip_prefix(w))
            .any(|noun| noun.trim_start_matches('的').starts_with(is_ideograph));
    // `“民营经济32条”`: a count closing a quoted name names a document.
    !describes
        && !threshold
        && !existing
        && !forum
        && !next.starts_with(['级', '級', '”', '"'])
        && !OUTLINE_NOUNS.iter().any(|w| next.starts_with(w))
}

/// Digits with an optional fraction at `i`: the value and the index after it.
fn digits(text: &str, chars: &[(usize, char)], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    while char_at(chars, j).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
    }
    if j == i {
        return None;
    }
    if char_at(chars, j) == Some('.') && char_at(chars, j + 1).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
        while char_at(chars, j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
    }
    let literal = &text[offset(text, chars, i)..offset(text, chars, j)];
    literal.parse().ok().map(|v| (v, j))
}

/// `None` when no number starts here; `Some((None, next))` to skip a number that is not a figure.
type Scan = Option<(Option<Token>, usize)>;

fn arabic(text: &str, chars: &[(usize, char)], i: usize) -> Scan {
    let (value, mut j) = digits(text, chars, i)?;
    let previous = i.checked_sub(1).and_then(|p| char_at(chars, p));
    let skip = Some((None, j));
    if previous.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == '第') {
        return skip;
    }
    if char_at(chars, j).is_some_and(|c| c.is_ascii_alphabetic()) {
        return skip;
    }
    let before_sign = i.checked_sub(2).and_then(|p| char_at(chars, p));
    let negative = matches!(previous, Some('-' | '－'))
        && !before_sign.is_some_and(|c| c.is_ascii_digit() || c == '%');
    let start = if negative { i - 1 } else { i };
    let more = char_at(chars, j).is_some_and(|c| MORE.contains(&c));
    if more {
        j += 1;
    }
    let (mut unit, mut end) = unit_at(text, chars, j).unwrap_or_default();
    if unit.is_empty() {
        end = j;
    }
    let mut value_to = None;
    let mut dash = end;
    // `从77%到80%`: after `从` or `由`, `到` goes to the next level, not the end of a range.
    let from = || {
        (start.saturating_sub(FROM_REACH)..start)
            .filter_map(|k| char_at(chars, k))
            .any(|c| FROM.contains(&c))
    };
    while char_at(chars, dash)
        .is_some_and(|c| RANGE_MARKS.contains(&c) && !(TO.contains(&c) && from()))
        && dash - end < 2
    {
        dash += 1;
    }
    let upper = (dash > end).then(|| digits(text, chars, dash)).flatten();
    if let Some((to, after)) = upper {
        let (to_unit, to_end) = unit_at(text, chars, after).unwrap_or((String::new(), after));
        if to >= value && (unit.is_empty() || to_unit.is_empty() || to_unit == unit) {
            value_to = Some(to);
            if unit.is_empty() {
                unit = to_unit;
            }
            end = to_end;
        }
    }
    // `“3个100”`, `“80条”`: a number opening a quoted name names something.
    if unit.is_empty()
        || matches!(previous, Some('“' | '"'))
        || !counts(text, chars, &unit, start, end)
    {
        return skip;
    }
    let value = if negative { -value } else { value };
    let token = Token {
        start: offset(text, chars, start),
        end: offset(text, chars, end),
        value,
        value_to,
        unit,
        more,
    };
    Some((Some(token), end))
}

fn chinese(text: &str, chars: &[(usize, char)], i: usize) -> Scan {
    let first = char_at(chars, i)?;
    let previous = i.checked_sub(1).and_then(|p| char_at(chars, p));
    if !NUMERAL_STARTS.contains(first)
        || previous.is_some_and(|p| p == '第' || numerals::CHINESE_DIGITS.contains(p))
    {
        return None;
    }
    let mut j = i;
    while j - i < 4 && char_at(chars, j).is_some_and(|c| numerals::CHINESE_DIGITS.contains(c)) {
        j += 1;
    }
    let (head, here) = text.split_at(offset(text, chars, i));
    // The numeral may stand inside the phrase (`铁人三项`).
    let in_phrase = SET_PHRASES.iter().any(|p| {
        p.char_indices()
            .any(|(k, _)| here.starts_with(&p[k..]) && head.ends_with(&p[..k]))
    });
    if in_phrase {
        return Some((None, j));
    }
    let numeral = &text[offset(text, chars, i)..offset(text, chars, j)];
    let value = numerals::chinese(numeral)?;
    let rest = &text[offset(text, chars, j)..];
    let counted = COUNTED
        .iter()
        .filter(|w| rest.starts_with(*w))
        .max_by_key(|w| w.len())?;
    let slogan =
        SLOGAN_COUNTS.contains(counted) && (previous == Some('“') || "两兩".contains(first));
    if slogan {
        return Some((None, j));
    }
    let mut end = j + counted.chars().count();
    let next = &text[offset(text, chars, end)..];
    // `三次会议`, `十三届七次、八次全会` are ordinal meetings.
    let ordinal = previous.is_some_and(|p| p == '届' || p == '屆')
        || ["会议", "會議", "全会", "全會"]
            .iter()
            .any(|w| next.starts_with(w));
    let unit = match *counted {
        "亿" | "億" if char_at(chars, end) == Some('元') => {
            end += 1;
            format!("{counted}元")
        }
        other if counts_money(other, next) => format!("{other}元"),
        other => other.to_string(),
    };
    // `县域百亿主导产业`: a magnitude in words before industries or firms names their size
    // class (`千亿投资实物量` is a sum).
    let size_class = MAGNITUDES.contains(&unit.as_str()) && {
        let noun: String = chars[end.min(chars.len())..]
            .iter()
            .take(4)
            .map(|&(_, c)| c)
            .collect();
        SIZED.iter().any(|w| noun.contains(w))
    };
    if size_class {
        return Some((None, end));
    }
    if ordinal || !counts(text, chars, &unit, i, end) {
        return Some((None, end));
    }
    let token = Token {
        start: offset(text, chars, i),
        end: offset(text, chars, end),
        value: f64::from(value),
        value_to: None,
        unit,
        more: false,
    };
    Some((Some(token), end))
}

/// `零增长`, `为零`, and Roman-numbered classes such as `Ⅱ類`.
fn special(text: &str, chars: &[(usize, char)], i: usize) -> Scan {
    let here = &text[offset(text, chars, i)..];
    let zero = ["零增长", "零增長"]
        .iter()
        .find(|w| here.starts_with(*w))
        .map(|_| (0.0, 1, String::new()))
        .or_else(|| {
            ["为零", "為零"]
                .iter()
                .find(|w| here.starts_with(*w))
                .map(|_| (0.0, 2, String::new()))
        });
    let class = || {
        let value = numerals::roman(char_at(chars, i)?)?;
        let unit = char_at(chars, i + 1).filter(|c| matches!(c, '类' | '類'))?;
        // `Ⅲ类水比例`, `Ⅲ类水体`: the class names what is measured.
        let named = if char_at(chars, i + 2) == Some('水') {
            i + 3
        } else {
            i + 2
        };
        if char_at(chars, named).is_some_and(|c| is_ideograph(c) && !"及以".contains(c)) {
            return None;
        }
        Some((f64::from(value), 2, unit.to_string()))
    };
    let (value, length, unit) = zero.or_else(class)?;
    let token = Token {
        start: offset(text, chars, i),
        end: offset(text, chars, i + length),
        value,
        value_to: None,
        unit,
        more: false,
    };
    Some((Some(token), i + length))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(f64, Option<f64>, String, &str)> {
        tokens(text)
            .into_iter()
            .map(|t| (t.value, t.value_to, t.unit.clone(), &text[t.start..t.end]))
            .collect()
    }

    #[test]
    fn numbers_with_units_are_found_with_their_span() {
        assert_eq!(
            found("實現地區生產總值622.31億元(小口徑,下同),增長4.3%"),
            [
                (622.31, None, "億元".into(), "622.31億元"),
                (4.3, None, "%".into(), "4.3%"),
            ]
        );
    }

    #[test]
    fn a_range_keeps_both_ends() {
        assert_eq!(
            found("全省生产总值增长5%—5.5%，在实际工作中"),
            [(5.0, Some(5.5), "%".into(), "5%—5.5%")]
        );
        assert_eq!(
            found("增长4.5—5%"),
            [(4.5, Some(5.0), "%".into(), "4.5—5%")]
        );
        assert_eq!(
            found("增长5%至5.5%"),
            [(5.0, Some(5.5), "%".into(), "5%至5.5%")]
        );
        assert_eq!(
            found("增长3%到4%"),
            [(3.0, Some(4.0), "%".into(), "3%到4%")]
        );
        // A change from one level to another is no range.
        assert_eq!(found("从77%提高到80%").len(), 2);
        assert_eq!(found("从77%到80%").len(), 2);
        assert_eq!(found("由每人每月1536元至1567元").len(), 2);
    }

    #[test]
    fn things_kept_up_forums_and_size_classes_are_not_counted() {
        assert!(found("深化五个新城建设").is_empty());
        assert!(found("深化高层建筑消防等9个“一件事”全链条治理").is_empty());
        assert!(found("创新创业青年50人论坛等活动").is_empty());
        assert!(found("深入实施县域百亿主导产业培育行动").is_empty());
        assert!(found("做强生物医药等3个国家级战略性新兴产业集群").is_empty());
        assert!(found("稳妥运行14个传统边贸点").is_empty());
        assert!(found("充分发挥中电科36所和北理工资源优势").is_empty());
        assert!(found("提升39个欠发达县域托底性帮扶质效").is_empty());
        // Reaching a level is a result of things counted, not raising theirs.
        assert_eq!(found("22项达到全球最优水平")[0].0, 22.0);
        assert_eq!(found("为1万户次家庭")[0].2, "万户次");
        assert_eq!(
            found("新建五个新城，深化改革完成投资十亿元、覆盖率5%"),
            [
                (5.0, None, "个".into(), "五个"),
                (10.0, None, "亿元".into(), "十亿元"),
                (5.0, None, "%".into(), "5%")
            ]
        );
    }

    #[test]
    fn a_class_naming_what_is_measured_is_not_a_figure() {
        assert_eq!(
            found("确保市控及以上断面Ⅲ类水比例保持在100%"),
            [(100.0, None, "%".into(), "100%")]
        );
        assert_eq!(
            found("水源地水质保持在Ⅱ类水，全部达到Ⅳ类及以上"),
            [
                (2.0, None, "类".into(), "Ⅱ类"),
                (4.0, None, "类".into(), "Ⅳ类")
            ]
        );
    }

    #[test]
    fn years_ranks_codes_and_names_are_skipped() {
        assert!(found("2022年省重點建設項目列全市第2,524國道,10GW,PM2.5,“181”").is_empty());
        assert!(found("重点做好以下10个方面工作").is_empty());
        assert_eq!(found("預計人均GDP10.9萬元")[0].0, 10.9);
    }

    #[test]
    fn a_unit_per_area_and_a_floor_are_read() {
        assert_eq!(
            found("畝均稅收將升至24萬元/畝"),
            [(24.0, None, "萬元/畝".into(), "24萬元/畝")]
        );
        let more = tokens("投資8000多萬元");
        assert_eq!(more[0].value, 8000.0);
        assert_eq!(more[0].unit, "萬元");
        assert!(more[0].more);
    }

    #[test]
    fn a_magnitude_joins_the_unit_after_it() {
        assert_eq!(found("年产量近70万辆")[0].2, "万辆");
        assert_eq!(found("绿电规模达450亿千瓦时")[0].2, "亿千瓦时");
        assert_eq!(found("新增3万家")[0].2, "万家");
        assert_eq!(found("收入1.3億,")[0].2, "億");
    }

    #[test]
    fn a_negative_number_keeps_its_sign() {
        assert_eq!(found("增速由一季度的-1.8%回升")[0].0, -1.8);
        assert_eq!(found("1%-2%")[0].1, Some(2.0));
    }

    #[test]
    fn chinese_numerals_count_things() {
        assert_eq!(
            found("辦好十件民生實事,實施九大攻堅行動,推動五鎮兩街道,力爭創成“三星級無廢城市”"),
            [
                (10.0, None, "件".into(), "十件"),
                (5.0, None, "鎮".into(), "五鎮"),
                (2.0, None, "街道".into(), "兩街道"),
                (3.0, None, "星級".into(), "三星級"),
            ]
        );
        assert_eq!(found("形成千億投資實物量")[0].0, 1000.0);
        assert!(found("完成了人大三次会议确定的任务").is_empty());
    }

    #[test]
    fn a_bare_magnitude_before_a_noun_of_money_is_a_sum_of_yuan() {
        // seed: `設立精品小微園1000萬專項獎勵資金`, `形成千億投資實物量`.
        assert_eq!(found("設立精品小微園1000萬專項獎勵資金")[0].2, "萬元");
        assert_eq!(found("形成千億投資實物量")[0].2, "億元");
        assert_eq!(found("撬动社会投资1000亿元")[0].2, "亿元");
        assert_eq!(found("惠及1000万居民")[0].2, "万");
    }

    #[test]
    fn ordinals_slogans_and_periods_are_not_counts() {
        assert!(found("第三大,“兩個確立”,三年,十四五,一是,六个方面").is_empty());
        assert!(found("贯彻党的二十大精神，落实中央八项规定，用好两个市场").is_empty());
        assert!(found("办好铁人三项世界杯").is_empty());
    }

    #[test]
    fn programme_names_plenary_sessions_and_slogans_are_not_counts() {
        assert!(found("实施九大攻坚行动，大力发展三大先导产业").is_empty());
        assert!(found("按照省委十三届七次、八次全会部署，根据区委十届四次全会").is_empty());
        assert!(found("统筹国内国际两个大局，提升“八站两场”接驳服务").is_empty());
        assert!(found("加快推进“3个100”等重点工程，落实“民营经济32条”").is_empty());
        assert!(found("锻造更多千亿元级产业集群，保持千亿级投资规模").is_empty());
    }

    #[test]
    fn a_threshold_sorting_projects_is_not_a_figure() {
        assert!(found("投资2000万元以上的技改项目，开工建设10亿元以上重大产业项目").is_empty());
        assert_eq!(found("完成涉农投资7亿元以上，")[0].0, 7.0);
    }

    #[test]
    fn the_outline_of_a_plan_is_not_a_count() {
        assert!(found("从安全6个维度设置了29项主要指标，部署了13项任务举措").is_empty());
        assert!(found("实施住房保障、创业服务等十条支持措施").is_empty());
    }

    #[test]
    fn an_age_or_time_describing_a_noun_is_not_a_figure() {
        assert!(found("为0—6岁儿童、65岁及以上老年人、3岁以下婴幼儿").is_empty());
        assert!(found("推动公园24小时开放，打造15分钟社区生活圈").is_empty());
        assert_eq!(
            found("体育活动时间不低于2小时，平均预期寿命达到81岁。"),
            [
                (2.0, None, "小时".into(), "2小时"),
                (81.0, None, "岁".into(), "81岁"),
            ]
        );
    }

    #[test]
    fn batches_heads_and_buildings_are_units() {
        let units: Vec<String> =
            found("抽检超1.5万批次，生猪出栏6000万头，家禽13.5亿只，507栋危旧楼")
                .into_iter()
                .map(|(_, _, unit, _)| unit)
                .collect();
        assert_eq!(units, ["万批次", "万头", "亿只", "栋"]);
        assert_eq!(found("死亡率控制在0.6人/百亿元以下")[0].2, "人/百亿元");
    }

    #[test]
    fn zero_growth_and_water_classes_are_figures() {
        assert_eq!(found("死亡事故零增長")[0].0, 0.0);
        assert_eq!(found("再次信訪率保持為零")[0].0, 0.0);
        assert_eq!(found("水質穩定在Ⅱ類水"), [(2.0, None, "類".into(), "Ⅱ類")]);
    }
}
