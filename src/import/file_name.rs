//! What a file name says about the report in it, for when the text does not:
//! `2026-湖北省.txt` gives the year 2026 and the region 湖北省.

use super::region;

/// Years a file name may name (a report's, not a count or a code).
const YEARS: std::ops::RangeInclusive<u16> = 1949..=2100;

/// The first run of exactly four digits that is a plausible year.
pub fn year(name: &str) -> Option<u16> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse().ok())
        .find(|y| YEARS.contains(y))
}

/// The first run of non-ASCII characters that ends as a region's name does (`湖北省`,
/// `嘉興市秀洲區`), before any 人民政府工作报告 or 政府工作报告 that follows it.
pub fn region(name: &str) -> Option<String> {
    name.split(|c: char| c.is_ascii() || !c.is_alphanumeric())
        .map(|run| run.trim_start_matches('年'))
        .map(|run| {
            ["人民政府", "政府工作"]
                .iter()
                .find_map(|w| run.find(w).map(|at| &run[..at]))
                .unwrap_or(run)
        })
        .find(|run| region::ends_with_suffix(run))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_four_digits_in_range() {
        assert_eq!(year("2026-湖北省"), Some(2026));
        assert_eq!(year("xiuzhou-2023"), Some(2023));
        assert_eq!(year("report-12026-v2"), None);
        assert_eq!(year("0042"), None);
        assert_eq!(year("湖北省"), None);
    }

    #[test]
    fn a_region_is_a_run_that_ends_with_a_suffix() {
        assert_eq!(region("2026-湖北省").as_deref(), Some("湖北省"));
        assert_eq!(
            region("2026年湖北省人民政府工作报告").as_deref(),
            Some("湖北省")
        );
        assert_eq!(region("嘉興市秀洲區 2023").as_deref(), Some("嘉興市秀洲區"));
        assert_eq!(region("湖南省（2026）").as_deref(), Some("湖南省"));
        assert_eq!(region("2026-beijing"), None);
        assert_eq!(region("政府工作报告"), None);
    }
}
