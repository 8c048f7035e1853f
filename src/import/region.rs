//! Region names as reports write them (`嘉兴市秀洲区`, `广西壮族自治区`): the administrative
//! suffixes, the provinces, and a readable ASCII slug for the most specific place named.
//!
//! Provincial-level regions take their slug from a table, because plain pinyin cannot tell
//! 山西 (`shanxi`) from 陕西 (`shaanxi`) and the usual romanisations of 西藏, 香港 and 澳门 are
//! fixed. Other places are spelled in pinyin from the readings the search already has
//! (`search::readings`), with the place-name reading chosen for characters that have several.

use crate::search::{fold_str, readings};

/// Provincial-level regions: full Simplified name and slug.
const PROVINCES: &[(&str, &str)] = &[
    ("北京市", "beijing"),
    ("天津市", "tianjin"),
    ("上海市", "shanghai"),
    ("重庆市", "chongqing"),
    ("河北省", "hebei"),
    ("山西省", "shanxi"),
    ("辽宁省", "liaoning"),
    ("吉林省", "jilin"),
    ("黑龙江省", "heilongjiang"),
    ("江苏省", "jiangsu"),
    ("浙江省", "zhejiang"),
    ("安徽省", "anhui"),
    ("福建省", "fujian"),
    ("江西省", "jiangxi"),
    ("山东省", "shandong"),
    ("河南省", "henan"),
    ("湖北省", "hubei"),
    ("湖南省", "hunan"),
    ("广东省", "guangdong"),
    ("海南省", "hainan"),
    ("四川省", "sichuan"),
    ("贵州省", "guizhou"),
    ("云南省", "yunnan"),
    ("陕西省", "shaanxi"),
    ("甘肃省", "gansu"),
    ("青海省", "qinghai"),
    ("台湾省", "taiwan"),
    ("内蒙古自治区", "neimenggu"),
    ("广西壮族自治区", "guangxi"),
    ("西藏自治区", "xizang"),
    ("宁夏回族自治区", "ningxia"),
    ("新疆维吾尔自治区", "xinjiang"),
    ("香港特别行政区", "hongkong"),
    ("澳门特别行政区", "macao"),
];

/// What ends the name of an administrative unit, longer spellings first (Simplified).
const SUFFIXES: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "矿区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
];

/// Statistical units without a name of their own (`杭州市市辖区`).
const UNNAMED_UNITS: &[&str] = &["市辖区"];

/// The peoples named in autonomous units (`恩施土家族苗族自治州`), without 族, separated by
/// spaces.
const PEOPLES: &str = "乌孜别克 柯尔克孜 俄罗斯 维吾尔 哈萨克 塔吉克 塔塔尔 \
    达斡尔 鄂温克 鄂伦春 东乡 保安 裕固 锡伯 撒拉 土家 \
    朝鲜 蒙古 布依 哈尼 傈僳 拉祜 纳西 景颇 仫佬 仡佬 \
    毛南 普米 独龙 德昂 阿昌 布朗 基诺 门巴 珞巴 高山 \
    赫哲 壮 回 藏 苗 彝 侗 瑶 白 傣 黎 佤 畲 水 羌 \
    土 京 怒 满";

/// Readings that place names use where a character has several and the first in
/// alphabetical order is not it (`成都` is `chengdu`, `南京` is `nanjing`).
const PLACE_READINGS: &[(char, &str)] = &[
    ('南', "nan"),
    ('广', "guang"),
    ('无', "wu"),
    ('合', "he"),
    ('蚌', "beng"),
    ('厦', "xia"),
    ('许', "xu"),
    ('石', "shi"),
    ('底', "di"),
    ('都', "du"),
    ('红', "hong"),
    ('齐', "qi"),
    ('塔', "ta"),
    ('沈', "shen"),
    ('行', "xing"),
    ('市', "shi"),
    ('区', "qu"),
    ('单', "shan"),
    ('埔', "pu"),
    ('陂', "pi"),
    ('铅', "yan"),
    ('枞', "zong"),
];

/// True when `text` (either script) ends with an administrative suffix such as 省, 市 or 自治区.
pub fn ends_with_suffix(text: &str) -> bool {
    let text = fold_str(text);
    SUFFIXES
        .iter()
        .any(|s| text.ends_with(s) && text.len() > s.len())
}

/// The slug of the most specific place in `region`: `xiuzhou` for 嘉兴市秀洲区, `shaanxi` for
/// 陕西省, `enshi` for 恩施土家族苗族自治州; `None` when nothing readable is left.
pub fn slug(region: &str) -> Option<String> {
    let folded = fold_str(region.trim());
    let (province, rest) = match PROVINCES.iter().find(|(name, _)| folded.starts_with(name)) {
        Some((name, slug)) => (Some(*slug), &folded[name.len()..]),
        None => (None, folded.as_str()),
    };
    units(rest)
        .iter()
        .rev()
        .find_map(|name| spell(name))
        .or_else(|| province.map(str::to_string))
}

/// The names of the units in `text`, without their suffixes and peoples, outermost first.
fn units(mut text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    while !text.is_empty() {
        let (unit, rest) = split_unit(text);
        text = rest;
        if UNNAMED_UNITS.contains(&unit) {
            continue;
        }
        let (name, suffix) = SUFFIXES
            .iter()
            .find_map(|s| unit.strip_suffix(s).map(|name| (name, *s)))
            .filter(|(name, _)| !name.is_empty())
            .unwrap_or((unit, ""));
        let name = if suffix.starts_with("自治") {
            without_peoples(name)
        } else {
            name
        };
        names.push(name);
    }
    names
}

/// The first unit of `text` (up to the first suffix after at least one character) and the
/// rest; a rest that is only a suffix stays with the unit (`沙市区` is one district).
fn split_unit(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .skip(1)
        .find_map(|(i, _)| {
            SUFFIXES
                .iter()
                .find(|s| text[i..].starts_with(*s))
                .map(|s| i + s.len())
        })
        .unwrap_or(text.len());
    let rest = &text[end..];
    if SUFFIXES.contains(&rest) {
        (text, "")
    } else {
        text.split_at(end)
    }
}

/// `恩施土家族苗族` without the peoples at its end: `恩施`. Peoples of one character need
/// their 族 (`凉山彝族`); longer ones may go without (`伊犁哈萨克`).
fn without_peoples(mut name: &str) -> &str {
    loop {
        let shorter = PEOPLES.split_whitespace().find_map(|people| {
            let before = match name.strip_suffix('族') {
                Some(before) => before.strip_suffix(people),
                None if people.chars().count() > 1 => name.strip_suffix(people),
                None => None,
            };
            before.filter(|b| !b.is_empty())
        });
        match shorter {
            Some(shorter) => name = shorter,
            None => return name,
        }
    }
}

/// A name in lower-case ASCII: pinyin for Han characters, letters and digits as they are.
fn spell(name: &str) -> Option<String> {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some((_, reading)) = PLACE_READINGS.iter().find(|(p, _)| *p == c) {
            out.push_str(reading);
        } else if let Some(reading) = readings(c).first() {
            out.push_str(reading);
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_take_their_usual_romanisation() {
        assert_eq!(slug("陕西省").as_deref(), Some("shaanxi"));
        assert_eq!(slug("山西省").as_deref(), Some("shanxi"));
        assert_eq!(slug("广西壮族自治区").as_deref(), Some("guangxi"));
        assert_eq!(slug("西藏自治区").as_deref(), Some("xizang"));
        assert_eq!(slug("北京市").as_deref(), Some("beijing"));
        assert_eq!(slug("重慶市").as_deref(), Some("chongqing"));
    }

    #[test]
    fn the_most_specific_unit_names_the_place() {
        assert_eq!(slug("嘉兴市秀洲区").as_deref(), Some("xiuzhou"));
        assert_eq!(slug("嘉興市秀洲區").as_deref(), Some("xiuzhou"));
        assert_eq!(slug("浙江省嘉兴市").as_deref(), Some("jiaxing"));
        assert_eq!(slug("北京市朝阳区").as_deref(), Some("chaoyang"));
        assert_eq!(slug("杭州市市辖区").as_deref(), Some("hangzhou"));
        assert_eq!(slug("荆州市沙市区").as_deref(), Some("shashi"));
        assert_eq!(slug("济南市市中区").as_deref(), Some("shizhong"));
        assert_eq!(slug("浦东新区").as_deref(), Some("pudong"));
        assert_eq!(slug("青山省").as_deref(), Some("qingshan"));
    }

    #[test]
    fn autonomous_units_drop_the_peoples_named() {
        assert_eq!(slug("恩施土家族苗族自治州").as_deref(), Some("enshi"));
        assert_eq!(slug("延边朝鲜族自治州").as_deref(), Some("yanbian"));
        assert_eq!(
            slug("新疆维吾尔自治区伊犁哈萨克自治州").as_deref(),
            Some("yili")
        );
    }

    #[test]
    fn place_names_take_their_place_reading() {
        assert_eq!(slug("成都市").as_deref(), Some("chengdu"));
        assert_eq!(slug("石家庄市").as_deref(), Some("shijiazhuang"));
        assert_eq!(slug("沈阳市").as_deref(), Some("shenyang"));
        assert_eq!(slug("厦门市").as_deref(), Some("xiamen"));
        assert_eq!(slug("长沙市").as_deref(), Some("changsha"));
        assert_eq!(slug("南京市").as_deref(), Some("nanjing"));
        assert_eq!(slug("广州市").as_deref(), Some("guangzhou"));
        assert_eq!(slug("合肥市").as_deref(), Some("hefei"));
        assert_eq!(slug("齐齐哈尔市").as_deref(), Some("qiqihaer"));
    }

    #[test]
    fn nothing_readable_is_no_slug() {
        assert_eq!(slug(""), None);
        assert_eq!(slug("市辖区"), None);
        assert_eq!(slug("——"), None);
    }

    #[test]
    fn suffixes_end_regions() {
        assert!(ends_with_suffix("湖北省"));
        assert!(ends_with_suffix("嘉興市秀洲區"));
        assert!(!ends_with_suffix("省"));
        assert!(!ends_with_suffix("政府工作报告"));
    }
}
