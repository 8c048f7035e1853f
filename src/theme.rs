//! The explorer's colours as data: a [`Theme`] of named styles, three presets (the default
//! colours, `no-colour` for terminals or readers that want none, `high-contrast`), and style
//! specs such as `"black on yellow bold"` that the config file uses to change one style.

use std::fmt;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// Every style the explorer draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Body text.
    pub text: Style,
    /// Secondary text: hints, paths, last year's figures.
    pub dim: Style,
    /// Headings that are lines of the report.
    pub heading: Style,
    /// Headings given by the editor (themes, front matter), not part of the text.
    pub editorial: Style,
    /// The lead phrase opening a paragraph.
    pub lead: Style,
    /// Quoted or found words in the reader.
    pub highlight: Style,
    /// Matched characters in search results and filters.
    pub matched: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list without focus: the current section.
    pub current: Style,
    /// Target values.
    pub value: Style,
    /// Border of the focused pane.
    pub focus_border: Style,
    /// Border of other panes.
    pub border: Style,
    /// The status line.
    pub status: Style,
    /// Keys in the hint line and help.
    pub key: Style,
    /// Group headings in the targets table.
    pub group: Style,
    /// A target the next year's report says was met.
    pub met: Style,
    /// A target the next year's report says was missed.
    pub missed: Style,
}

/// The built-in themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// The colours baogao ships with.
    #[default]
    Default,
    /// No colour at all: bold, underline and reverse video only.
    NoColour,
    /// Bright colours and white on black for low vision and washed-out projectors.
    HighContrast,
}

impl Preset {
    /// The theme this preset stands for.
    pub fn theme(self) -> Theme {
        match self {
            Preset::Default => DEFAULT,
            Preset::NoColour => NO_COLOUR,
            Preset::HighContrast => HIGH_CONTRAST,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        DEFAULT
    }
}

const BOLD: Modifier = Modifier::BOLD;

/// The colours baogao ships with.
const DEFAULT: Theme = Theme {
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    heading: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    editorial: Style::new().fg(Color::Blue).add_modifier(Modifier::ITALIC),
    lead: Style::new().add_modifier(BOLD),
    highlight: Style::new().fg(Color::Black).bg(Color::Yellow),
    matched: Style::new().fg(Color::Yellow).add_modifier(BOLD),
    selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    current: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    value: Style::new().fg(Color::Green),
    focus_border: Style::new().fg(Color::Cyan),
    border: Style::new().fg(Color::DarkGray),
    status: Style::new().fg(Color::Black).bg(Color::Gray),
    key: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    group: Style::new().fg(Color::Magenta).add_modifier(BOLD),
    met: Style::new().fg(Color::Green).add_modifier(BOLD),
    missed: Style::new().fg(Color::Red).add_modifier(BOLD),
};

/// Attributes only: every distinction the colours make is made by bold, underline or reverse.
const NO_COLOUR: Theme = Theme {
    text: Style::new(),
    dim: Style::new().add_modifier(Modifier::DIM),
    heading: Style::new().add_modifier(BOLD),
    editorial: Style::new().add_modifier(Modifier::ITALIC),
    lead: Style::new().add_modifier(BOLD),
    highlight: Style::new().add_modifier(Modifier::REVERSED),
    matched: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    current: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    value: Style::new(),
    focus_border: Style::new().add_modifier(BOLD),
    border: Style::new(),
    status: Style::new().add_modifier(Modifier::REVERSED),
    key: Style::new().add_modifier(BOLD),
    group: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    met: Style::new().add_modifier(BOLD),
    missed: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
};

/// Bright foregrounds, white or yellow backgrounds with black text, no dark gray.
const HIGH_CONTRAST: Theme = Theme {
    text: Style::new().fg(Color::White),
    dim: Style::new().fg(Color::Gray),
    heading: Style::new().fg(Color::LightCyan).add_modifier(BOLD),
    editorial: Style::new()
        .fg(Color::LightBlue)
        .add_modifier(BOLD.union(Modifier::ITALIC)),
    lead: Style::new().fg(Color::White).add_modifier(BOLD),
    highlight: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(BOLD),
    matched: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(BOLD.union(Modifier::UNDERLINED)),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::White)
        .add_modifier(BOLD),
    current: Style::new()
        .fg(Color::LightCyan)
        .add_modifier(BOLD.union(Modifier::UNDERLINED)),
    value: Style::new().fg(Color::LightGreen).add_modifier(BOLD),
    focus_border: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    border: Style::new().fg(Color::White),
    status: Style::new().fg(Color::Black).bg(Color::White),
    key: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    group: Style::new().fg(Color::LightMagenta).add_modifier(BOLD),
    met: Style::new().fg(Color::LightGreen).add_modifier(BOLD),
    missed: Style::new().fg(Color::LightRed).add_modifier(BOLD),
};

/// How pane borders are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Borders {
    /// `┌─┐` thin lines with square corners.
    #[default]
    Plain,
    /// `╭─╮` thin lines with round corners.
    Rounded,
    /// `╔═╗` double lines.
    Double,
    /// `┏━┓` thick lines.
    Thick,
}

impl Borders {
    /// The ratatui border type that draws them.
    pub fn border_type(self) -> ratatui::widgets::BorderType {
        use ratatui::widgets::BorderType;
        match self {
            Borders::Plain => BorderType::Plain,
            Borders::Rounded => BorderType::Rounded,
            Borders::Double => BorderType::Double,
            Borders::Thick => BorderType::Thick,
        }
    }
}

/// The style names the config file's `[styles]` table accepts, with what each is for.
pub const STYLE_NAMES: [(&str, &str); 17] = [
    ("text", "body text"),
    ("dim", "hints, paths, last year's figures"),
    ("heading", "headings that are lines of the report"),
    ("editorial", "headings given by the editor"),
    ("lead", "the lead phrase opening a paragraph"),
    ("highlight", "quoted or found words in the reader"),
    (
        "matched",
        "matched characters in search results and filters",
    ),
    ("selected", "the selected row of the focused list"),
    (
        "current",
        "the current section in the outline without focus",
    ),
    ("value", "target values"),
    ("focus_border", "border of the focused pane"),
    ("border", "border of other panes"),
    ("status", "the status line"),
    ("key", "keys in the hint line and help"),
    ("group", "group headings in the targets table"),
    ("met", "a target the next year's report says was met"),
    ("missed", "a target the next year's report says was missed"),
];

impl Theme {
    /// The style called `name` in the config file.
    pub fn style_mut(&mut self, name: &str) -> Option<&mut Style> {
        Some(match name {
            "text" => &mut self.text,
            "dim" => &mut self.dim,
            "heading" => &mut self.heading,
            "editorial" => &mut self.editorial,
            "lead" => &mut self.lead,
            "highlight" => &mut self.highlight,
            "matched" => &mut self.matched,
            "selected" => &mut self.selected,
            "current" => &mut self.current,
            "value" => &mut self.value,
            "focus_border" => &mut self.focus_border,
            "border" => &mut self.border,
            "status" => &mut self.status,
            "key" => &mut self.key,
            "group" => &mut self.group,
            "met" => &mut self.met,
            "missed" => &mut self.missed,
            _ => return None,
        })
    }

    /// The style called `name` in the config file.
    pub fn style(&self, name: &str) -> Option<Style> {
        let mut copy = *self;
        copy.style_mut(name).map(|s| *s)
    }
}

/// A style as the config file writes it: colours and attributes in any order, `on` before the
/// background: `"cyan bold"`, `"black on yellow"`, `"#ff8800 underlined"`, `"default"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct StyleSpec(pub Style);

/// A style spec that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a colour or attribute; use a colour name (red, lightcyan, darkgray), a \
     number 0-255, #rrggbb, `on COLOUR` for the background, or bold, dim, italic, \
     underlined, reversed"
)]
pub struct BadStyle(pub String);

/// The attributes a spec may name.
const MODIFIERS: [(&str, Modifier); 5] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
];

impl FromStr for StyleSpec {
    type Err = BadStyle;

    fn from_str(spec: &str) -> Result<Self, BadStyle> {
        let mut style = Style::new();
        let mut words = spec.split_whitespace();
        while let Some(word) = words.next() {
            let lower = word.to_lowercase();
            if lower == "default" {
                continue;
            }
            if lower == "on" {
                let colour = words.next().ok_or_else(|| BadStyle(spec.to_string()))?;
                style = style.bg(parse_colour(colour)?);
            } else if let Some((_, modifier)) = MODIFIERS.iter().find(|(n, _)| *n == lower) {
                style = style.add_modifier(*modifier);
            } else {
                style = style.fg(parse_colour(word)?);
            }
        }
        Ok(StyleSpec(style))
    }
}

impl TryFrom<String> for StyleSpec {
    type Error = BadStyle;

    fn try_from(spec: String) -> Result<Self, BadStyle> {
        spec.parse()
    }
}

/// A colour name, index or `#rrggbb`.
fn parse_colour(word: &str) -> Result<Color, BadStyle> {
    Color::from_str(word).map_err(|_| BadStyle(word.to_string()))
}

impl fmt::Display for StyleSpec {
    /// The spec that reads back as this style: `cyan bold`, `black on yellow`, `default`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut words = Vec::new();
        if let Some(fg) = self.0.fg {
            words.push(fg.to_string().to_lowercase());
        }
        if let Some(bg) = self.0.bg {
            words.push(format!("on {}", bg.to_string().to_lowercase()));
        }
        for (name, modifier) in MODIFIERS {
            if self.0.add_modifier.contains(modifier) {
                words.push(name.to_string());
            }
        }
        if words.is_empty() {
            words.push("default".to_string());
        }
        f.write_str(&words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_read_colours_backgrounds_and_attributes() {
        let spec: StyleSpec = "black on LightYellow bold".parse().expect("valid");
        assert_eq!(
            spec.0,
            Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD)
        );
        let hex: StyleSpec = "#ff8800 underlined".parse().expect("valid");
        assert_eq!(hex.0.fg, Some(Color::Rgb(255, 136, 0)));
        assert_eq!("default".parse::<StyleSpec>(), Ok(StyleSpec(Style::new())));
        assert_eq!(
            "blink".parse::<StyleSpec>(),
            Err(BadStyle("blink".to_string()))
        );
        assert!("red on".parse::<StyleSpec>().is_err());
    }

    #[test]
    fn every_style_of_every_preset_reads_back_from_its_spec() {
        for preset in [Preset::Default, Preset::NoColour, Preset::HighContrast] {
            let theme = preset.theme();
            for (name, _) in STYLE_NAMES {
                let style = theme.style(name).expect("named");
                let spec = StyleSpec(style).to_string();
                assert_eq!(
                    spec.parse::<StyleSpec>().map(|s| s.0),
                    Ok(style),
                    "{preset:?} {name}: {spec}"
                );
            }
        }
    }

    #[test]
    fn the_no_colour_theme_has_no_colour_and_keeps_the_selection_visible() {
        let theme = Preset::NoColour.theme();
        for (name, _) in STYLE_NAMES {
            let style = theme.style(name).expect("named");
            assert_eq!((style.fg, style.bg), (None, None), "{name}");
        }
        assert!(theme.selected.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(theme.selected, theme.text);
        assert_ne!(theme.highlight, theme.text);
    }

    #[test]
    fn the_high_contrast_theme_avoids_dark_gray() {
        let theme = Preset::HighContrast.theme();
        for (name, _) in STYLE_NAMES {
            let style = theme.style(name).expect("named");
            assert_ne!(style.fg, Some(Color::DarkGray), "{name}");
        }
    }
}
