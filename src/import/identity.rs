//! What names an imported report (id, title, region, year), from the options, the text and
//! the file name in that order. Nothing missing stops an import: each gap is filled with what
//! is known and noted in a warning.

use super::meta::Meta;
use super::{Options, file_name, region, script};
use crate::model::Script;

/// The names settled for a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// `--id`, else `hubei-2026` from the region and year.
    pub id: String,
    /// `--title`, else the title line, completed with year and region.
    pub title: String,
    /// `--region`, else from the delivery line, the title or the file name; may be empty.
    pub region: String,
    /// `--year`, else from the title, delivery line, publication date or file name.
    pub year: Option<u16>,
    /// What was missing from the text and how it was filled.
    pub warnings: Vec<String>,
}

/// Settles the names of a report read with `options` whose opening lines say `meta`.
pub fn resolve(options: &Options, meta: &Meta, script: Script) -> Identity {
    let mut warnings = Vec::new();
    let year = year(options, meta.year, &mut warnings);
    let region = region(options, meta.region.as_deref(), &mut warnings);
    let title = options.title.clone().unwrap_or_else(|| {
        let title = title(meta.title.as_deref(), year, &region, script);
        if meta.title.is_none() {
            warnings.push(format!("no title line found; titled {title}"));
        }
        title
    });
    let id = options
        .id
        .clone()
        .unwrap_or_else(|| id(&options.name, &region, year, &mut warnings));
    Identity {
        id,
        title,
        region,
        year,
        warnings,
    }
}

fn year(options: &Options, in_text: Option<u16>, warnings: &mut Vec<String>) -> Option<u16> {
    if let Some(year) = options.year.or(in_text) {
        return Some(year);
    }
    let year = file_name::year(&options.name);
    warnings.push(match year {
        Some(year) => format!(
            "no year in the title, delivery line or publication date; \
             {year} is taken from the file name"
        ),
        None => "no year in the title, delivery line, publication date or file name; \
                 the dataset says year 0: pass --year"
            .to_string(),
    });
    year
}

fn region(options: &Options, in_text: Option<&str>, warnings: &mut Vec<String>) -> String {
    if let Some(region) = options.region.as_deref().or(in_text) {
        return region.to_string();
    }
    let region = file_name::region(&options.name);
    warnings.push(match &region {
        Some(region) => {
            format!("no region in the delivery line or title; {region} is taken from the file name")
        }
        None => "no region in the delivery line, title or file name: pass --region".to_string(),
    });
    region.unwrap_or_default()
}

/// The title line as printed when it names the year and the region; else with `{year}年` and
/// the region put before it.
fn title(line: Option<&str>, year: Option<u16>, region: &str, script: Script) -> String {
    let line = line.unwrap_or(script::pick(script, "政府工作报告", "政府工作報告"));
    let region = if line.contains(region) { "" } else { region };
    match year {
        Some(year) if !line.contains(&year.to_string()) => format!("{year}年{region}{line}"),
        _ => format!("{region}{line}"),
    }
}

/// The place and year (`hubei-2026`), else the file name when it has letters, else
/// `report-2026`.
fn id(file: &str, region: &str, year: Option<u16>, warnings: &mut Vec<String>) -> String {
    let with_year = |name: &str| match year {
        Some(year) => format!("{name}-{year}"),
        None => name.to_string(),
    };
    if let Some(place) = region::slug(region) {
        return with_year(&place);
    }
    if let Some(id) = id_from_file_name(file) {
        return id;
    }
    let id = with_year("report");
    warnings.push(format!(
        "nothing to name the dataset by; its id is {id}: pass --id to tell it from others"
    ));
    id
}

/// `my-report` from `My Report`: lower-case ASCII letters, digits and dashes, when the name
/// has a letter (a bare number is no id).
fn id_from_file_name(name: &str) -> Option<String> {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if !id.contains(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // Section and figure ids are `s1-2`, `t3`, `r4`; a report id must not look like them.
    let clashes =
        id.starts_with(['s', 't', 'r']) && id[1..].chars().all(|c| c.is_ascii_digit() || c == '-');
    Some(if clashes {
        format!("report-{id}")
    } else {
        id.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(name: &str) -> Options {
        Options {
            name: name.to_string(),
            ..Options::default()
        }
    }

    fn meta(title: Option<&str>, region: Option<&str>, year: Option<u16>) -> Meta {
        Meta {
            title: title.map(str::to_string),
            region: region.map(str::to_string),
            year,
            ..Meta::default()
        }
    }

    #[test]
    fn the_id_is_the_place_and_the_year() {
        let found = |region: &str, year| {
            resolve(
                &options("2026-湖北省"),
                &meta(None, Some(region), year),
                Script::Simplified,
            )
            .id
        };
        assert_eq!(found("湖北省", Some(2026)), "hubei-2026");
        assert_eq!(found("山东省", Some(2026)), "shandong-2026");
        assert_eq!(found("嘉興市秀洲區", Some(2023)), "xiuzhou-2023");
    }

    #[test]
    fn without_a_place_the_file_name_or_a_generic_id_serves() {
        assert_eq!(
            id_from_file_name("Xiuzhou 2023").as_deref(),
            Some("xiuzhou-2023")
        );
        assert_eq!(id_from_file_name("s1").as_deref(), Some("report-s1"));
        assert_eq!(id_from_file_name("2026-湖北省"), None);
        assert_eq!(id_from_file_name("2026"), None);
        let mut warnings = Vec::new();
        assert_eq!(id("2026", "", Some(2026), &mut warnings), "report-2026");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn options_win_over_the_text() {
        let options = Options {
            id: Some("mine".into()),
            title: Some("我的报告".into()),
            region: Some("青山省".into()),
            year: Some(2030),
            ..options("2026-湖北省")
        };
        let identity = resolve(
            &options,
            &meta(Some("2026年湖北省政府工作报告"), Some("湖北省"), Some(2026)),
            Script::Simplified,
        );
        assert_eq!(
            (identity.id.as_str(), identity.title.as_str()),
            ("mine", "我的报告")
        );
        assert_eq!(
            (identity.region.as_str(), identity.year),
            ("青山省", Some(2030))
        );
        assert!(identity.warnings.is_empty(), "{:?}", identity.warnings);
    }

    #[test]
    fn year_and_region_fall_back_to_the_file_name_with_a_warning() {
        let identity = resolve(
            &options("2026-湖北省"),
            &meta(None, None, None),
            Script::Simplified,
        );
        assert_eq!(identity.year, Some(2026));
        assert_eq!(identity.region, "湖北省");
        assert_eq!(identity.title, "2026年湖北省政府工作报告");
        assert_eq!(identity.id, "hubei-2026");
        assert_eq!(identity.warnings.len(), 3, "{:?}", identity.warnings);
    }

    #[test]
    fn nothing_known_still_gives_a_report_with_warnings() {
        let identity = resolve(&options(""), &meta(None, None, None), Script::Traditional);
        assert_eq!(identity.year, None);
        assert_eq!(identity.region, "");
        assert_eq!(identity.title, "政府工作報告");
        assert_eq!(identity.id, "report");
        assert_eq!(identity.warnings.len(), 4, "{:?}", identity.warnings);
        let identity = resolve(
            &options(""),
            &meta(None, Some("湖北省"), None),
            Script::Simplified,
        );
        assert_eq!(identity.id, "hubei");
        assert_eq!(identity.title, "湖北省政府工作报告");
        // No year and no title line: the region and id are known.
        assert_eq!(identity.warnings.len(), 2, "{:?}", identity.warnings);
    }

    #[test]
    fn the_title_gains_year_and_region_only_when_the_line_lacks_them() {
        let s = Script::Simplified;
        assert_eq!(
            title(Some("政府工作报告"), Some(2026), "广东省", s),
            "2026年广东省政府工作报告"
        );
        assert_eq!(
            title(Some("2026年北京市政府工作报告"), Some(2026), "北京市", s),
            "2026年北京市政府工作报告"
        );
        assert_eq!(
            title(Some("陕西省2026年政府工作报告"), Some(2026), "陕西省", s),
            "陕西省2026年政府工作报告"
        );
        assert_eq!(
            title(None, Some(2023), "嘉興市秀洲區", Script::Traditional),
            "2023年嘉興市秀洲區政府工作報告"
        );
    }
}
