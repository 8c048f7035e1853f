//! The standard indicators reports speak of (GDP growth, 社零, CPI, PM2.5 …) and the names
//! readers use for them: the vocabulary compiled into the binary, its validation, and lookup
//! of the indicators a query names.
//!
//! Names are compared by [`key`]: Simplified/Traditional, full-width and case folded, white
//! space removed. Every key names one indicator only; [`Vocabulary::resolve`] says how a query
//! is read.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::load::{self, Diagnostic, Format, LoadError, Locator};
use crate::model::{Category, Report, Script};
use crate::search::{PinyinWord, fold_str};

/// The vocabulary compiled into the binary.
pub const EMBEDDED_RON: &str = include_str!("../assets/indicators.ron");

/// The name under which problems in the embedded vocabulary are reported.
pub const EMBEDDED_PATH: &str = "assets/indicators.ron";

/// One standard indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, lower-case words joined by `-` (`gdp-growth`).
    pub id: String,
    /// The name in Simplified characters (`地区生产总值增长`).
    pub name_hans: String,
    /// The name in Traditional characters (`地區生產總值增長`).
    pub name_hant: String,
    /// The English name (`GDP growth`).
    pub name_en: String,
    /// Other names officials and journalists use (`GDP`, `经济增长`, `社零`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What kind of value it takes.
    pub kind: Kind,
    /// The usual units, the most common first (`%`, `亿元`).
    pub units: Vec<String>,
    /// The policy area.
    pub category: Category,
    /// True for the main expected targets (主要预期目标), listed first when a word names several.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// Subjects of figures that measure it without saying one of its names (`增加值增速`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// For a level, the id of the indicator of its growth (`gdp` → `gdp-growth`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth: Option<String>,
    /// True when less is better in the usual unit (CPI, unemployment, PM2.5, deaths): a
    /// target is then met at or below it. A reduction (`Decline`) is never so: more is better.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lower_is_better: bool,
}

/// What kind of value an indicator takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// A change in percent (增长 5%).
    Growth,
    /// A reduction in percent (降低 3%).
    Decline,
    /// An amount (亿元, 万亩, 微克/立方米).
    Level,
    /// A share or rate in percent (比重, 率).
    Share,
    /// A number of things (家, 个, 万人).
    Count,
    /// An amount per person or per thousand people.
    Density,
}

/// Words that may follow the name of an indicator of any kind (`财政收入目标`).
const ANY_KIND_WORDS: [&str; 4] = ["目标", "指标", "预期目标", "任务"];

impl Kind {
    /// The lower-case English name (`growth`).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Growth => "growth",
            Kind::Decline => "decline",
            Kind::Level => "level",
            Kind::Share => "share",
            Kind::Count => "count",
            Kind::Density => "density",
        }
    }

    /// Words (folded) that may follow an indicator's name and still name it (`GDP增长`,
    /// `研发投入比重`).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Kind::Growth => &["增长", "增速", "增幅", "增长率", "涨幅"],
            Kind::Decline => &["降低", "下降", "降幅", "减少", "下降率"],
            Kind::Level => &["总量", "规模", "总额", "水平"],
            Kind::Share => &["比重", "占比", "比例", "比率", "率", "水平"],
            Kind::Count => &["数", "数量", "个数", "总数"],
            Kind::Density => &["数", "水平"],
        }
    }

    /// True when `tail` is a word of this kind, a word for any kind, or the two in that order.
    fn is_tail(self, tail: &str) -> bool {
        let any = |t: &str| ANY_KIND_WORDS.contains(&t);
        any(tail)
            || self.words().iter().any(|word| {
                tail.strip_prefix(word)
                    .is_some_and(|rest| rest.is_empty() || any(rest))
            })
    }
}

/// The form names are compared in: folded (see [`fold_str`]), white space removed.
pub fn key(text: &str) -> String {
    fold_str(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// True when `unit` (a key) is one of `units` (keys) or one of them counted in ten thousands or
/// hundred millions.
fn units_take(units: impl IntoIterator<Item = impl AsRef<str>>, unit: &str) -> bool {
    let base = without_magnitude(unit);
    units
        .into_iter()
        .any(|u| u.as_ref() == unit || without_magnitude(u.as_ref()) == base)
}

/// An indicator's names, subject hints and units as keys, made once for reading figures.
#[derive(Debug, Clone, Default)]
pub struct MatchKeys {
    /// Its names and aliases.
    pub names: Vec<String>,
    /// Its subject hints.
    pub subjects: Vec<String>,
    /// Its usual units.
    units: Vec<String>,
}

impl MatchKeys {
    fn of(indicator: &Indicator) -> MatchKeys {
        let keys = |texts: &mut dyn Iterator<Item = &str>| {
            texts.map(key).filter(|k| !k.is_empty()).collect()
        };
        MatchKeys {
            names: keys(&mut indicator.names()),
            subjects: keys(&mut indicator.subjects.iter().map(String::as_str)),
            units: indicator.units.iter().map(|u| key(u)).collect(),
        }
    }

    /// [`Indicator::takes_unit`] for a unit already made a key.
    pub fn takes_unit(&self, unit: &str) -> bool {
        units_take(&self.units, unit)
    }
}

/// A unit key without the magnitude it opens with (`万户` → `户`); units that are only a
/// magnitude (`万`) stay whole.
fn without_magnitude(unit: &str) -> &str {
    ["万", "亿"]
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .filter(|base| !base.is_empty())
        .unwrap_or(unit)
}

impl Indicator {
    /// Every name it goes by: Simplified, Traditional, English, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [&self.name_hans, &self.name_hant, &self.name_en]
            .into_iter()
            .chain(&self.aliases)
            .map(String::as_str)
    }

    /// The usual unit (the first listed), empty when none is.
    pub fn unit(&self) -> &str {
        self.units.first().map_or("", String::as_str)
    }

    /// True when a figure with this subject can measure the indicator: the subject, folded,
    /// holds one of its names or `subjects` hints.
    pub fn fits_subject(&self, subject: &str) -> bool {
        let subject = key(subject);
        self.names()
            .chain(self.subjects.iter().map(String::as_str))
            .any(|name| subject.contains(&key(name)))
    }

    /// True when less is better for a figure in `unit`: the indicator says so and the unit is
    /// its usual one (a fall in deaths given in `%` is a reduction, where more is better).
    pub fn lower_is_better_in(&self, unit: &str) -> bool {
        self.lower_is_better && key(unit) == key(self.unit())
    }

    /// The name in the script all `reports` are written in: Traditional when every one is,
    /// else Simplified.
    pub fn name_for(&self, reports: &[Report]) -> &str {
        let traditional =
            !reports.is_empty() && reports.iter().all(|r| r.script == Script::Traditional);
        if traditional {
            &self.name_hant
        } else {
            &self.name_hans
        }
    }

    /// True when `unit` is one of its usual units, in either script, or one of them counted in
    /// ten thousands or hundred millions (`万户` for `户`).
    pub fn takes_unit(&self, unit: &str) -> bool {
        units_take(self.units.iter().map(|u| key(u)), &key(unit))
    }
}

/// The standard indicators with an index of their names.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    indicators: Vec<Indicator>,
    /// Every name's [`key`] → index of the indicator it names.
    by_key: HashMap<String, usize>,
    /// Every name's key with the index of its indicator, in vocabulary order.
    keys: Vec<(String, usize)>,
    /// Id → index.
    by_id: HashMap<String, usize>,
    /// The keys of each indicator, in vocabulary order.
    match_keys: Vec<MatchKeys>,
}

impl Vocabulary {
    /// The vocabulary compiled into the binary. A test keeps it valid; were it not, this is
    /// empty (every linked figure then fails validation, and `check --indicators` says why).
    pub fn embedded() -> &'static Vocabulary {
        static EMBEDDED: OnceLock<Vocabulary> = OnceLock::new();
        EMBEDDED.get_or_init(|| Vocabulary::parse(EMBEDDED_RON, EMBEDDED_PATH).unwrap_or_default())
    }

    /// Reads and validates a vocabulary (RON, a list of indicators); `path` names it in
    /// messages.
    pub fn parse(source: &str, path: &str) -> Result<Vocabulary, LoadError> {
        let locator = Locator::new(source, path, Format::Ron);
        let indicators: Vec<Indicator> =
            load::deserialize(source, Format::Ron, &locator).map_err(LoadError::Syntax)?;
        let mut problems = Vec::new();
        let vocabulary = Vocabulary::index(indicators, &locator, &mut problems);
        vocabulary.check(&locator, &mut problems);
        if problems.is_empty() {
            Ok(vocabulary)
        } else {
            problems.sort_by_key(|d| (d.line, d.column));
            Err(LoadError::Invalid(problems))
        }
    }

    /// Indexes ids and names, reporting ids used twice and names shared by two indicators.
    fn index(
        indicators: Vec<Indicator>,
        locator: &Locator,
        problems: &mut Vec<Diagnostic>,
    ) -> Vocabulary {
        let mut by_id = HashMap::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut keys = Vec::new();
        for (i, indicator) in indicators.iter().enumerate() {
            let id = &indicator.id;
            if by_id.insert(id.clone(), i).is_some() {
                let occurrence = indicators[..i].iter().filter(|o| &o.id == id).count();
                problems.push(locator.at_item(
                    id,
                    occurrence,
                    None,
                    &format!("indicator {id}: duplicate id"),
                ));
            }
            for (field, name) in named_fields(indicator) {
                let name_key = key(name);
                match by_key.get(&name_key) {
                    Some(&other) if other != i => problems.push(locator.at_item(
                        id,
                        0,
                        Some(field),
                        &format!(
                            "indicator {id}: `{name}` already names indicator {}",
                            indicators[other].id
                        ),
                    )),
                    Some(_) => {}
                    None if name_key.is_empty() => {}
                    None => {
                        by_key.insert(name_key.clone(), i);
                        keys.push((name_key, i));
                    }
                }
            }
        }
        let match_keys = indicators.iter().map(MatchKeys::of).collect();
        Vocabulary {
            indicators,
            by_key,
            keys,
            by_id,
            match_keys,
        }
    }

    /// The rules each indicator keeps on its own and towards the others.
    fn check(&self, locator: &Locator, problems: &mut Vec<Diagnostic>) {
        for indicator in &self.indicators {
            let id = &indicator.id;
            let mut report = |field: Option<&str>, message: String| {
                problems.push(locator.at_item(id, 0, field, &format!("indicator {id}: {message}")));
            };
            if !is_well_formed_id(id) {
                report(
                    None,
                    "an id is lower-case letters and digits joined by `-`".into(),
                );
            }
            for (field, name) in named_fields(indicator) {
                if name.trim().is_empty() {
                    let what = if field == "aliases" { "alias" } else { field };
                    report(Some(field), format!("empty {what}"));
                }
            }
            if indicator.units.is_empty() || indicator.units.iter().any(|u| u.trim().is_empty()) {
                report(
                    Some("units"),
                    "every indicator has usual units, none empty".into(),
                );
            }
            if indicator.lower_is_better && indicator.kind == Kind::Decline {
                report(
                    Some("lower_is_better"),
                    "a reduction is better the larger it is; lower_is_better contradicts kind Decline"
                        .into(),
                );
            }
            if indicator.subjects.iter().any(|s| s.trim().is_empty()) {
                report(Some("subjects"), "empty subject hint".into());
            }
            if fold_str(&indicator.name_hans) != indicator.name_hans.to_lowercase() {
                report(
                    Some("name_hans"),
                    "name_hans is not in Simplified characters".into(),
                );
            }
            if fold_str(&indicator.name_hant) != fold_str(&indicator.name_hans) {
                report(
                    Some("name_hant"),
                    "name_hant does not fold to name_hans".into(),
                );
            }
            match indicator.growth.as_deref().map(|g| self.get(g)) {
                Some(None) => report(Some("growth"), "growth names no indicator".into()),
                Some(Some(g)) if g.kind != Kind::Growth || indicator.kind == Kind::Growth => {
                    report(
                        Some("growth"),
                        "growth links a level to an indicator of kind Growth".into(),
                    );
                }
                _ => {}
            }
            for name in indicator.names() {
                if let Some(other) = self.suffixed(&key(name)).into_iter().find(|o| o.id != *id) {
                    report(
                        Some("aliases"),
                        format!("`{name}` also reads as a name of {} and a word", other.id),
                    );
                }
            }
        }
    }

    /// Every indicator, in vocabulary order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// Every indicator with its keys, in order.
    pub fn with_keys(&self) -> impl Iterator<Item = (&Indicator, &MatchKeys)> {
        self.indicators.iter().zip(&self.match_keys)
    }

    /// The keys of the indicator with this id.
    pub fn keys_of(&self, id: &str) -> Option<&MatchKeys> {
        self.by_id.get(id).and_then(|&i| self.match_keys.get(i))
    }

    /// The indicator with this id.
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.by_id.get(id).map(|&i| &self.indicators[i])
    }

    /// The indicator this name (any script, case or width) names exactly.
    pub fn named(&self, name: &str) -> Option<&Indicator> {
        self.by_key.get(&key(name)).map(|&i| &self.indicators[i])
    }

    /// The indicators a query names, the best reading first:
    ///
    /// 1. a name or alias (`社零`, `GDP`, `財政收入`, `cpi`): that indicator;
    /// 2. else a name followed by a word of its kind and/or `目标`/`指标` (`GDP增长`,
    ///    `研发投入比重`, `财政收入目标`): those indicators;
    /// 3. else, for Latin letters, pinyin spelling a whole name, by full pinyin, initials or
    ///    both (`shelin`, `sl`, `gdzctz`): those indicators;
    /// 4. else, the indicators with a name holding the query (two characters at least) and
    ///    the indicators of the category the query names (`就业`, `innovation`).
    ///
    /// Within a reading the headline indicators come first, then vocabulary order; a growth
    /// indicator is followed by its level (`社零` → retail sales growth, retail sales).
    pub fn resolve(&self, query: &str) -> Vec<&Indicator> {
        self.read(query, true)
    }

    /// The indicators a search query names, by a whole name (readings 1 to 3 of
    /// [`Vocabulary::resolve`]) in the whole query, else in its words less those that only say
    /// a kind (`增长 GDP`, `目标 财政收入`). Part of a name or a category's name (`光伏`,
    /// `科技创新`) names none here: a search for it is about the text that holds it.
    pub fn lookup(&self, query: &str) -> Vec<&Indicator> {
        let found = self.read(query, false);
        if !found.is_empty() {
            return found;
        }
        let words: Vec<&str> = query.split_whitespace().collect();
        let named: Vec<&str> = words
            .iter()
            .copied()
            .filter(|word| !is_kind_word(&key(word)))
            .collect();
        if named.is_empty() || named.len() == words.len() {
            return Vec::new();
        }
        self.read(&named.concat(), false)
    }

    /// The readings of [`Vocabulary::resolve`], the fourth (part of a name, a category) only
    /// when `partly`.
    fn read(&self, query: &str, partly: bool) -> Vec<&Indicator> {
        let query = key(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<&Indicator> = match self.by_key.get(&query) {
            Some(&i) => vec![&self.indicators[i]],
            None => self.suffixed(&query),
        };
        if found.is_empty() {
            found = self.spelled(&query);
        }
        if found.is_empty() && partly {
            found = self.partly_named(&query);
        }
        found.sort_by_key(|i| !i.headline);
        self.with_levels(found)
    }

    /// Indicators with a name that `query` is, followed by a word of their kind.
    fn suffixed(&self, query: &str) -> Vec<&Indicator> {
        self.named_where(|name, indicator| {
            query
                .strip_prefix(name)
                .is_some_and(|tail| !tail.is_empty() && indicator.kind.is_tail(tail))
        })
    }

    /// Indicators with a name the query spells as pinyin.
    fn spelled(&self, query: &str) -> Vec<&Indicator> {
        match PinyinWord::parse(query) {
            Some(word) => self.named_where(|name, _| !name.is_ascii() && word.spells(name)),
            None => Vec::new(),
        }
    }

    /// Indicators with a name holding the query, and those of the category it names.
    fn partly_named(&self, query: &str) -> Vec<&Indicator> {
        let category = Category::ALL
            .into_iter()
            .find(|c| key(c.zh()) == query || c.slug() == query);
        let long_enough = query.chars().count() >= 2;
        self.named_where(|name, indicator| {
            Some(indicator.category) == category || long_enough && name.contains(query)
        })
    }

    /// Indicators with a name (as its key) for which `test` holds, in vocabulary order.
    fn named_where(&self, test: impl Fn(&str, &Indicator) -> bool) -> Vec<&Indicator> {
        let mut found: Vec<&Indicator> = Vec::new();
        // `keys` holds each indicator's names together, so a repeat follows its first.
        for (name, i) in &self.keys {
            let indicator = &self.indicators[*i];
            if found.last().is_none_or(|last| last.id != indicator.id) && test(name, indicator) {
                found.push(indicator);
            }
        }
        found
    }

    /// `found` with each growth indicator followed by its levels, every indicator once.
    fn with_levels<'a>(&'a self, found: Vec<&'a Indicator>) -> Vec<&'a Indicator> {
        let mut out: Vec<&Indicator> = Vec::new();
        for indicator in found {
            let levels = self
                .indicators
                .iter()
                .filter(|level| level.growth.as_deref() == Some(indicator.id.as_str()));
            for one in std::iter::once(indicator).chain(levels) {
                if !out.iter().any(|o| o.id == one.id) {
                    out.push(one);
                }
            }
        }
        out
    }
}

/// True for a word (a [`key`]) that only says what kind of value is meant (`增长`, `目标`).
fn is_kind_word(word: &str) -> bool {
    const KINDS: [Kind; 6] = [
        Kind::Growth,
        Kind::Decline,
        Kind::Level,
        Kind::Share,
        Kind::Count,
        Kind::Density,
    ];
    ANY_KIND_WORDS.contains(&word) || KINDS.iter().any(|kind| kind.words().contains(&word))
}

/// The name fields of an indicator with the RON field each comes from.
fn named_fields(indicator: &Indicator) -> impl Iterator<Item = (&'static str, &str)> {
    [
        ("name_hans", &indicator.name_hans),
        ("name_hant", &indicator.name_hant),
        ("name_en", &indicator.name_en),
    ]
    .into_iter()
    .chain(indicator.aliases.iter().map(|a| ("aliases", a)))
    .map(|(field, name)| (field, name.as_str()))
}

/// Lower-case ASCII letters and digits in words joined by single `-`.
fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests;
