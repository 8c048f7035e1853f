//! `baogao export`: the model as JSON or RON, or the text in reading order.

use anyhow::Result;

use crate::cli::ExportFormat;
use crate::model::Report;
use crate::text::sanitize;

/// Renders the whole report in `format`, ending with a newline.
pub fn export(report: &Report, format: ExportFormat) -> Result<String> {
    let mut rendered = match format {
        ExportFormat::Json => {
            let json = serde_json::to_string_pretty(report)?;
            crate::text::escape_unsafe_in_json(&json).into_owned()
        }
        ExportFormat::Ron => to_ron(report)?,
        ExportFormat::Txt => report
            .text_lines()
            .iter()
            .map(|line| sanitize(line).into_owned())
            .collect::<Vec<_>>()
            .join("\n"),
    };
    rendered.push('\n');
    Ok(rendered)
}

/// The dataset as RON in the one layout baogao writes (four-space indent, no struct names),
/// without a final newline.
pub fn to_ron(report: &Report) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_string())
        .struct_names(false);
    ron::ser::to_string_pretty(report, config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn txt_export_of_the_embedded_report_reproduces_the_source_lines() {
        let report = load::embedded().expect("embedded dataset");
        let exported = export(&report, ExportFormat::Txt).expect("export");
        let source = include_str!("../../assets/xiuzhou-2023.txt");
        let expected: Vec<&str> = source.lines().filter(|l| !l.is_empty()).collect();
        let got: Vec<&str> = exported.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got.len(), expected.len());
        for (n, (g, e)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(g, e, "line {}", n + 1);
        }
    }

    #[test]
    fn ron_export_loads_back_to_the_same_report() {
        let report = load::embedded().expect("embedded dataset");
        let ron = export(&report, ExportFormat::Ron).expect("export");
        let back = load::parse(&ron, "exported.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, report);
    }

    #[test]
    fn json_export_loads_back_to_the_same_report() {
        let minimal = include_str!("../../examples/minimal.ron");
        let minimal = load::parse(minimal, "examples/minimal.ron").expect("minimal example");
        for report in [load::embedded().expect("embedded dataset"), minimal] {
            let json = export(&report, ExportFormat::Json).expect("export");
            // Named without an extension: recognised as JSON by its opening brace.
            let back = load::parse(&json, "exported").unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(back, report);
        }
    }

    #[test]
    fn json_export_uses_the_public_field_names() {
        let report = load::embedded().expect("embedded dataset");
        let json: serde_json::Value =
            serde_json::from_str(&export(&report, ExportFormat::Json).expect("export"))
                .expect("json");
        for key in ["id", "title", "sections", "targets", "results"] {
            assert!(json.get(key).is_some(), "missing {key}");
        }
        let target = &json["targets"][0];
        for key in [
            "id",
            "section",
            "subject",
            "value",
            "unit",
            "quote",
            "bound",
            "commitment",
            "category",
        ] {
            assert!(target.get(key).is_some(), "target lacks {key}");
        }
        assert_eq!(json["script"], "zh-Hant");
        let industrial = json["targets"]
            .as_array()
            .and_then(|t| t.iter().find(|t| t["id"] == "industrial-output"));
        assert_eq!(
            industrial.map(|t| t["value"].to_string()),
            Some("1220".to_string())
        );
    }
}
