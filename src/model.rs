//! The report as data: metadata, a tree of sections, targets and results.
//!
//! These types are the on-disk RON schema and the public JSON export; field names are a contract.

use serde::{Deserialize, Serialize};

/// One government work report.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Stable identifier, e.g. `xiuzhou-2023`.
    pub id: String,
    /// Full title, e.g. `2023年嘉興市秀洲區政府工作報告`.
    pub title: String,
    /// The administrative region the report is about.
    #[serde(default)]
    pub region: String,
    /// The year the report plans for.
    pub year: u16,
    /// The date the report was delivered (ISO 8601), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<String>,
    /// The meeting it was delivered at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<String>,
    /// Who delivered it, with their office (`區長 劉德威`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Where and when this text was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Publication>,
    /// The script the text is written in.
    pub script: Script,
    /// The top-level sections, in reading order.
    pub sections: Vec<Section>,
    /// Quantitative commitments for the coming period.
    #[serde(default)]
    pub targets: Vec<Figure>,
    /// Quantitative results reported for the past period.
    #[serde(default)]
    pub results: Vec<Figure>,
}

/// Where a report's text was published.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Publication date (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Publisher or site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Address of the page, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The script of a report's text, written as a BCP 47 tag (`"zh-Hant"`, `"zh-Hans"`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum Script {
    /// Traditional characters (zh-Hant).
    Traditional,
    /// Simplified characters (zh-Hans).
    Simplified,
}

impl Script {
    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Script::Traditional => "zh-Hant",
            Script::Simplified => "zh-Hans",
        }
    }
}

impl TryFrom<String> for Script {
    type Error = String;

    fn try_from(tag: String) -> Result<Self, Self::Error> {
        match tag.as_str() {
            "zh-Hant" => Ok(Script::Traditional),
            "zh-Hans" => Ok(Script::Simplified),
            other => Err(format!(
                "unknown script `{other}`, expected `zh-Hant` or `zh-Hans`"
            )),
        }
    }
}

impl From<Script> for String {
    fn from(script: Script) -> Self {
        script.tag().to_string()
    }
}

/// A section of the report: a heading, its paragraphs, then its sub-sections.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
// A section holds sections: the cache's encoding (rkyv) is told the bounds the recursion needs.
#[rkyv(serialize_bounds(
    __S: rkyv::ser::Writer + rkyv::ser::Allocator,
    __S::Error: rkyv::rancor::Source,
))]
#[rkyv(deserialize_bounds(__D::Error: rkyv::rancor::Source))]
#[rkyv(bytecheck(bounds(__C: rkyv::validation::ArchiveContext, __C::Error: rkyv::rancor::Source)))]
pub struct Section {
    /// Unique id, e.g. `tasks-2023-1-1`.
    pub id: String,
    /// The numbering as printed (`一、`, `(一)`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The title, without the label.
    pub title: String,
    /// Whether the title is a line of the report or was given by the editor.
    #[serde(default, skip_serializing_if = "TitleKind::is_line")]
    pub title_kind: TitleKind,
    /// The paragraphs, verbatim, one per source line.
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// Sub-sections, in reading order.
    #[serde(default)]
    #[rkyv(omit_bounds)]
    pub children: Vec<Section>,
}

/// Where a section's title comes from, which decides whether it is part of the report text.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum TitleKind {
    /// The label and title form a line of the report.
    #[default]
    Line,
    /// The title is the lead phrase opening the section's first paragraph.
    Lead,
    /// The title was given by the editor (a theme, "front matter"); it is not in the text.
    Editorial,
}

impl TitleKind {
    /// True for titles that are lines of the report text.
    pub fn is_line(&self) -> bool {
        *self == TitleKind::Line
    }
}

/// The title the importer gives the sections holding a web page's furniture (buttons, source
/// and time lines, credits) that it sets aside rather than drops, in each script.
pub const PAGE_FURNITURE: [&str; 2] = ["页面信息", "頁面信息"];

impl Section {
    /// True for a section the importer made of a web page's furniture.
    pub fn is_page_furniture(&self) -> bool {
        self.title_kind == TitleKind::Editorial && PAGE_FURNITURE.contains(&self.title.as_str())
    }

    /// The heading as printed: label followed by title.
    pub fn heading(&self) -> String {
        match &self.label {
            Some(label) => format!("{label}{}", self.title),
            None => self.title.clone(),
        }
    }
}

/// Which list of a report a figure is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureKind {
    /// `targets`: a commitment for the coming period.
    Target,
    /// `results`: a figure reported for the past period.
    Result,
}

/// A figure of one of several reports: which report (its place in a list of reports), which
/// list, and its place in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FigureRef {
    /// The report's place in the list of reports.
    pub report: usize,
    /// Target or result.
    pub kind: FigureKind,
    /// Its place in `targets` or `results`.
    pub index: usize,
}

/// A quantitative target or result, quoted from the report.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Unique id, e.g. `gdp-growth`.
    pub id: String,
    /// The id of the section whose paragraph holds the quote.
    pub section: String,
    /// The indicator in the report's words.
    pub subject: String,
    /// The number as written; `None` for a milestone, a commitment with only a deadline.
    #[serde(
        default,
        serialize_with = "bare_optional_number",
        deserialize_with = "optional_number"
    )]
    pub value: Option<f64>,
    /// The upper end when the report gives a range (`5%—5.5%`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "optional_number_as_written"
    )]
    pub value_to: Option<f64>,
    /// The unit as written (`%`, `億元`, `兆瓦`).
    pub unit: String,
    /// The words of the report that state the figure; an exact substring of a paragraph.
    pub quote: String,
    /// Whether the value is a floor, a ceiling, an approximation or exact.
    #[serde(default)]
    pub bound: Bound,
    /// How firmly the report commits to it.
    #[serde(default)]
    pub commitment: Commitment,
    /// The period the figure covers.
    pub period: Period,
    /// The policy area.
    pub category: Category,
    /// When a milestone is due: `2023-06` when a month can be read, else the phrase as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Key linking a past result to the target for the same indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    /// The id of the standard indicator the figure measures (see `assets/indicators.ron`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// True when the figure was extracted automatically and not yet checked by a person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub extracted: bool,
}

/// Writes whole numbers without a fraction (`1220`, not `1220.0`), as the report does.
fn number_as_written<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

fn optional_number_as_written<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_some(&NumberAsWritten(*v)),
        None => serializer.serialize_none(),
    }
}

/// Writes a number bare (`value: 6`, not `Some(6)`), and `None` as null.
fn bare_optional_number<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => number_as_written(v, serializer),
        None => serializer.serialize_none(),
    }
}

/// Reads an optional number written bare (`6`, `3.4`) or as `None`/`Some(6)`, so datasets
/// keep writing `value: 6` while a milestone may leave the value out.
fn optional_number<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<f64>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Option<f64>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a number")
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    }
    deserializer.deserialize_any(Visitor)
}

/// A number serialised as the report writes it: `6`, not `6.0`.
pub struct NumberAsWritten(pub f64);

impl Serialize for NumberAsWritten {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        number_as_written(&self.0, serializer)
    }
}

/// How a figure's value bounds the outcome.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum Bound {
    /// 以上, 不少于, 超, 突破.
    AtLeast,
    /// 以內, 不超過, 控制在.
    AtMost,
    /// 左右.
    About,
    /// The figure as stated.
    #[default]
    Exact,
}

/// How firmly a target is promised.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum Commitment {
    /// 確保: a floor the government ensures.
    Ensure,
    /// 力爭: a level it strives for.
    Strive,
    /// No qualifier.
    #[default]
    Plain,
}

/// The time a figure covers.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum Period {
    /// One year.
    Year(u16),
    /// Every year (每年).
    EachYear,
    /// A span of years, inclusive.
    Span(u16, u16),
}

/// The policy area of a figure.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum Category {
    /// Growth, output, revenue.
    Economy,
    /// Manufacturing and industrial upgrading.
    Industry,
    /// Research, technology, talent.
    Innovation,
    /// Services, trade, consumption.
    ServicesConsumption,
    /// Investment, projects, land and finance for them.
    InvestmentProjects,
    /// Agriculture and rural revitalisation.
    AgricultureRural,
    /// Schools, culture, sport.
    EducationCulture,
    /// Health, care, social welfare.
    HealthWelfare,
    /// Jobs.
    Employment,
    /// Ecology, energy saving, pollution.
    Environment,
    /// Public safety, governance, administration.
    SafetyGovernance,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 11] = [
        Category::Economy,
        Category::Industry,
        Category::Innovation,
        Category::ServicesConsumption,
        Category::InvestmentProjects,
        Category::AgricultureRural,
        Category::EducationCulture,
        Category::HealthWelfare,
        Category::Employment,
        Category::Environment,
        Category::SafetyGovernance,
    ];

    /// The Chinese label shown in the interface.
    pub fn zh(self) -> &'static str {
        match self {
            Category::Economy => "經濟運行",
            Category::Industry => "產業發展",
            Category::Innovation => "科技創新",
            Category::ServicesConsumption => "服務與消費",
            Category::InvestmentProjects => "投資與項目",
            Category::AgricultureRural => "農業農村",
            Category::EducationCulture => "教育文化",
            Category::HealthWelfare => "健康與民生",
            Category::Employment => "就業",
            Category::Environment => "生態環境",
            Category::SafetyGovernance => "安全與治理",
        }
    }

    /// The English name used on the command line (`services-consumption`).
    pub fn slug(self) -> &'static str {
        match self {
            Category::Economy => "economy",
            Category::Industry => "industry",
            Category::Innovation => "innovation",
            Category::ServicesConsumption => "services-consumption",
            Category::InvestmentProjects => "investment-projects",
            Category::AgricultureRural => "agriculture-rural",
            Category::EducationCulture => "education-culture",
            Category::HealthWelfare => "health-welfare",
            Category::Employment => "employment",
            Category::Environment => "environment",
            Category::SafetyGovernance => "safety-governance",
        }
    }
}

impl Report {
    /// How lists and comparisons name the report: its region and year as written
    /// (`湖北省 2026`), or its title when it names no region.
    pub fn label(&self) -> String {
        if self.region.trim().is_empty() {
            self.title.clone()
        } else {
            format!("{} {}", self.region, self.year)
        }
    }

    /// The target or result `kind` at `index`.
    pub fn figure(&self, kind: FigureKind, index: usize) -> Option<&Figure> {
        match kind {
            FigureKind::Target => self.targets.get(index),
            FigureKind::Result => self.results.get(index),
        }
    }

    /// All sections in reading order (pre-order), with their depth (0 for top level).
    pub fn walk(&self) -> Vec<(usize, &Section)> {
        fn visit<'a>(sections: &'a [Section], depth: usize, out: &mut Vec<(usize, &'a Section)>) {
            for section in sections {
                out.push((depth, section));
                visit(&section.children, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        visit(&self.sections, 0, &mut out);
        out
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.walk().into_iter().map(|(_, s)| s).find(|s| s.id == id)
    }

    /// The report text in reading order, one paragraph or printed heading per line.
    pub fn text_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (_, section) in self.walk() {
            if section.title_kind.is_line() {
                lines.push(section.heading());
            }
            lines.extend(section.paragraphs.iter().cloned());
        }
        lines
    }

    /// The 2022-style results linked to a target by its metric key.
    pub fn results_for<'a>(&'a self, target: &'a Figure) -> impl Iterator<Item = &'a Figure> + 'a {
        self.results
            .iter()
            .filter(move |r| r.metric.is_some() && r.metric == target.metric)
    }

    /// This report's sections and figures repeated `times` times, ids made unique: a large
    /// corpus for benchmarks and stress tests.
    pub fn repeated(&self, times: usize) -> Report {
        fn renamed(section: &Section, suffix: &str) -> Section {
            Section {
                id: format!("{}{suffix}", section.id),
                children: section
                    .children
                    .iter()
                    .map(|c| renamed(c, suffix))
                    .collect(),
                ..section.clone()
            }
        }
        let renamed_figures = |list: &[Figure], suffix: &str| -> Vec<Figure> {
            list.iter()
                .map(|f| Figure {
                    id: format!("{}{suffix}", f.id),
                    section: format!("{}{suffix}", f.section),
                    metric: f.metric.as_ref().map(|m| format!("{m}{suffix}")),
                    ..f.clone()
                })
                .collect()
        };
        let mut report = Report {
            sections: Vec::new(),
            targets: Vec::new(),
            results: Vec::new(),
            ..self.clone()
        };
        for copy in 0..times {
            let suffix = format!("-{copy}");
            report
                .sections
                .extend(self.sections.iter().map(|s| renamed(s, &suffix)));
            report
                .targets
                .extend(renamed_figures(&self.targets, &suffix));
            report
                .results
                .extend(renamed_figures(&self.results, &suffix));
        }
        report
    }

    /// This report as copy number `n`: the same text under the id `{id}-{n}`, so that many
    /// copies make a library (for benchmarks and stress tests).
    pub fn numbered(&self, n: usize) -> Report {
        Report {
            id: format!("{}-{n}", self.id),
            title: format!("{} ({n})", self.title),
            ..self.clone()
        }
    }

    /// A report of one untitled section holding `paragraphs`: plain text, one paragraph per
    /// line, with no figures (for searching text that was never curated).
    pub fn plain(id: &str, script: Script, paragraphs: Vec<String>) -> Report {
        Report {
            id: id.to_string(),
            title: id.to_string(),
            region: String::new(),
            year: 0,
            delivered: None,
            meeting: None,
            speaker: None,
            published: None,
            script,
            sections: vec![Section {
                id: id.to_string(),
                label: None,
                title: String::new(),
                title_kind: TitleKind::Editorial,
                paragraphs,
                children: Vec::new(),
            }],
            targets: Vec::new(),
            results: Vec::new(),
        }
    }

    /// Counts used by `check` and status lines.
    pub fn counts(&self) -> Counts {
        let sections = self.walk();
        Counts {
            sections: sections.len(),
            paragraphs: sections.iter().map(|(_, s)| s.paragraphs.len()).sum(),
            targets: self.targets.len(),
            results: self.results.len(),
        }
    }
}

/// How many items a report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Sections at every depth.
    pub sections: usize,
    /// Paragraphs in all sections.
    pub paragraphs: usize,
    /// Targets.
    pub targets: usize,
    /// Results.
    pub results: usize,
}
