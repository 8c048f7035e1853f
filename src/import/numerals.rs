//! Chinese numerals (`十二`, `两`, `三百`) and Roman numerals (`Ⅲ`) as numbers.

/// The characters a Chinese numeral is written with.
pub const CHINESE_DIGITS: &str = "零一二两兩三四五六七八九十百千";

/// The value of a Chinese numeral up to 9999, such as `十二`, `二十`, `两`, `三百`, `千`.
pub fn chinese(numeral: &str) -> Option<u32> {
    let (mut total, mut digit, mut seen) = (0u32, None::<u32>, false);
    for c in numeral.chars() {
        seen = true;
        match c {
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10,
                    '百' => 100,
                    _ => 1000,
                };
                total += digit.take().unwrap_or(1) * unit;
            }
            _ => digit = Some(chinese_digit(c)?),
        }
    }
    seen.then(|| total + digit.unwrap_or(0))
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a Roman numeral character `Ⅰ` to `Ⅻ` (as used for water quality classes).
pub fn roman(c: char) -> Option<u32> {
    let value = u32::from(c).checked_sub(u32::from('Ⅰ'))? + 1;
    (value <= 12).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_have_their_values() {
        for (numeral, value) in [
            ("一", 1),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("二十五", 25),
            ("两", 2),
            ("百", 100),
            ("三百", 300),
            ("一百零五", 105),
            ("千", 1000),
            ("零", 0),
        ] {
            assert_eq!(chinese(numeral), Some(value), "{numeral}");
        }
    }

    #[test]
    fn other_text_is_not_a_chinese_numeral() {
        assert_eq!(chinese(""), None);
        assert_eq!(chinese("十a"), None);
        assert_eq!(chinese("第一"), None);
    }

    #[test]
    fn roman_numerals_have_their_values() {
        assert_eq!(roman('Ⅱ'), Some(2));
        assert_eq!(roman('Ⅲ'), Some(3));
        assert_eq!(roman('Ⅻ'), Some(12));
        assert_eq!(roman('Ⅹ'), Some(10));
        assert_eq!(roman('A'), None);
        assert_eq!(roman('ⅰ'), None);
    }
}
