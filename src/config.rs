//! The config file: TOML at `$XDG_CONFIG_HOME/baogao/config.toml` (`BAOGAO_CONFIG` names
//! another file). Every option is optional; a bad file is reported at `path:line:column` and
//! the explorer starts with the defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::convert::ScriptChoice;
use crate::i18n::Lang;
use crate::keymap::{BadKey, Keymap, KeymapError, SPECS};
use crate::load::Diagnostic;
use crate::paths::{self, Folder};
use crate::preferences::{AmbiwidthChoice, Asked};
use crate::theme::{Borders, Preset, STYLE_NAMES, StyleSpec, Theme};

/// The config file's name inside the config folder.
pub const FILE_NAME: &str = "config.toml";

/// Everything the config file can set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The built-in theme to start from.
    pub theme: Option<Preset>,
    /// How pane borders are drawn.
    pub borders: Option<Borders>,
    /// The interface's language: `zh-Hans`, `zh-Hant` or `en`.
    pub language: Option<Lang>,
    /// The script reports are shown in: `original`, `zh-Hans` or `zh-Hant`.
    pub script: Option<ScriptChoice>,
    /// How wide ambiguous characters are: `narrow`, `wide` or `auto`.
    pub ambiwidth: Option<AmbiwidthChoice>,
    /// Borders of ASCII characters, for fonts without box drawing.
    #[serde(default)]
    pub ascii: bool,
    /// Keys for commands: command name = key or list of keys.
    #[serde(default)]
    pub keys: BTreeMap<String, Keys>,
    /// Styles that replace the theme's: style name = spec (`"black on yellow bold"`).
    #[serde(default)]
    pub styles: BTreeMap<String, StyleSpec>,
}

/// One key or several, as the `[keys]` table allows.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Keys {
    /// `quit = "x"`
    One(String),
    /// `quit = ["x", "ctrl-c"]`
    Many(Vec<String>),
}

impl Keys {
    fn into_vec(self) -> Vec<String> {
        match self {
            Keys::One(key) => vec![key],
            Keys::Many(keys) => keys,
        }
    }
}

/// A config ready to use: the keymap, theme and borders it makes, and what it asks of the
/// interface.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Keys to commands.
    pub keymap: Keymap,
    /// Every style the explorer draws with.
    pub theme: Theme,
    /// How pane borders are drawn.
    pub borders: Borders,
    /// Language, script, width and border options, each unset when the file says nothing.
    pub interface: Asked,
}

impl Settings {
    /// The defaults, in the no-colour theme when `no_color` (NO_COLOR is set).
    pub fn defaults(no_color: bool) -> Settings {
        Settings {
            theme: fallback_preset(no_color).theme(),
            ..Settings::default()
        }
    }
}

/// The theme used when the config file names none: `no-colour` when NO_COLOR is set.
fn fallback_preset(no_color: bool) -> Preset {
    if no_color {
        Preset::NoColour
    } else {
        Preset::Default
    }
}

/// True when the NO_COLOR convention asks for no colour (set and not empty).
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The config file's path: `$BAOGAO_CONFIG`, else `config.toml` in the config folder.
pub fn path() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os("BAOGAO_CONFIG").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(file));
    }
    paths::folder(Folder::Config).map(|dir| dir.join(FILE_NAME))
}

/// Reads the config file at `path`: a missing file gives the defaults, a bad one the
/// defaults and the located problem. Without a `theme` in the file, NO_COLOR chooses the
/// no-colour theme.
pub fn load(path: &Path) -> (Settings, Option<Diagnostic>) {
    let no_color = no_color_requested();
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (Settings::defaults(no_color), None);
        }
        Err(e) => {
            let problem = diagnostic(path, "", 0, &format!("cannot read the config file: {e}"));
            return (Settings::defaults(no_color), Some(problem));
        }
    };
    match parse_with(&text, path, fallback_preset(no_color)) {
        Ok(settings) => (settings, None),
        Err(problem) => (Settings::defaults(no_color), Some(problem)),
    }
}

/// Parses config text; `path` names it in messages.
pub fn parse(text: &str, path: &Path) -> Result<Settings, Diagnostic> {
    parse_with(text, path, Preset::Default)
}

/// Parses config text, starting from the `fallback` theme when the text names none.
fn parse_with(text: &str, path: &Path, fallback: Preset) -> Result<Settings, Diagnostic> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |span| span.start);
        diagnostic(path, text, at, e.message().trim_end())
    })?;
    let interface = Asked {
        lang: config.language,
        script: config.script,
        ambiwidth: config.ambiwidth,
        ascii: config.ascii,
    };
    let keys = config
        .keys
        .into_iter()
        .map(|(name, keys)| (name, keys.into_vec()))
        .collect();
    let keymap = Keymap::with_overrides(&keys).map_err(|e| {
        let needle = match &e {
            KeymapError::UnknownCommand(name) => format!("\n{name}"),
            KeymapError::BadKey(BadKey(key)) => format!("\"{key}\""),
            KeymapError::Clash { second, .. } => format!("\n{second}"),
        };
        let at = text
            .find(&needle)
            .map(|i| i + usize::from(needle.starts_with('\n')))
            .or_else(|| text.find("[keys]"))
            .unwrap_or(0);
        diagnostic(path, text, at, &e.to_string())
    })?;
    let mut theme = config.theme.unwrap_or(fallback).theme();
    for (name, StyleSpec(style)) in config.styles {
        match theme.style_mut(&name) {
            Some(slot) => *slot = style,
            None => {
                let names: Vec<&str> = STYLE_NAMES.iter().map(|(n, _)| *n).collect();
                let at = text.find(&format!("\n{name}")).map_or(0, |i| i + 1);
                let message = format!(
                    "unknown style `{name}`; the styles are {}",
                    names.join(", ")
                );
                return Err(diagnostic(path, text, at, &message));
            }
        }
    }
    Ok(Settings {
        keymap,
        theme,
        borders: config.borders.unwrap_or_default(),
        interface,
    })
}

/// A problem at byte `at` of `text`.
fn diagnostic(path: &Path, text: &str, at: usize, message: &str) -> Diagnostic {
    let at = (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let clean = |s: &str| crate::text::sanitize(s).into_owned();
    Diagnostic {
        path: clean(&path.display().to_string()),
        line: text[..at].matches('\n').count() + 1,
        column: text[line_start..at].chars().count() + 1,
        message: clean(message),
        source_line: clean(text[line_start..line_end].trim_end_matches('\r')),
        hint: None,
    }
}

/// A config file with every option commented out at its default, for `baogao config
/// --default`.
pub fn default_file() -> String {
    let mut out = String::from(
        "# baogao's config file. Every option is optional: uncomment what you want to change.\n\
         # Its place: $BAOGAO_CONFIG, else $XDG_CONFIG_HOME/baogao/config.toml\n\
         # (~/.config/baogao/config.toml; `baogao config --path` prints it).\n\
         \n\
         # The colours: \"default\", \"no-colour\" (bold, underline and reverse only; chosen\n\
         # when NO_COLOR is set and no theme is named here) or \"high-contrast\".\n\
         # theme = \"default\"\n\
         \n\
         # Pane borders: \"plain\", \"rounded\", \"double\" or \"thick\".\n\
         # borders = \"plain\"\n\
         # The interface's language: \"zh-Hans\", \"zh-Hant\" or \"en\" (default: from the locale).\n\
         # language = \"en\"\n\
         # The script reports are shown in: \"original\", \"zh-Hans\" or \"zh-Hant\".\n\
         # script = \"original\"\n\
         # How wide the terminal draws ambiguous characters (“ ” · — ─): \"narrow\", \"wide\",\n\
         # or \"auto\" to ask the terminal at start-up.\n\
         # ambiwidth = \"narrow\"\n\
         # Borders of ASCII characters, for fonts without box drawing.\n\
         # ascii = false\n\
         \n\
         # Keys: command = \"key\" or [\"key\", …]. A key is a character (q, G, 、), a name\n\
         # (enter, esc, tab, shift-tab, backspace, up, down, left, right, home, end, pageup,\n\
         # pagedown, space, f1…f12), optionally after ctrl- and alt-. Naming a command\n\
         # replaces its default keys; the help screen and hint line show the keys you set.\n\
         [keys]\n",
    );
    for spec in SPECS {
        let keys: Vec<String> = spec
            .keys
            .iter()
            .map(|k| format!("\"{}\"", k.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        out.push_str(&format!(
            "# {}\n# {} = [{}]\n",
            spec.help,
            spec.name,
            keys.join(", ")
        ));
    }
    out.push_str(
        "\n# Styles: replace one style of the theme. A style is colours and attributes in\n\
         # any order: a colour name (red, lightcyan, darkgray), a number 0-255 or #rrggbb,\n\
         # `on COLOUR` for the background, and bold, dim, italic, underlined, reversed.\n\
         # The values below are the default theme's.\n\
         [styles]\n",
    );
    let theme = Preset::Default.theme();
    for (name, help) in STYLE_NAMES {
        let style = theme.style(name).unwrap_or_default();
        out.push_str(&format!("# {help}\n# {name} = \"{}\"\n", StyleSpec(style)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::keymap::Mode;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn press(settings: &Settings, c: char) -> Option<Action> {
        let event = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        settings.keymap.action_for(Mode::Browse, event)
    }

    #[test]
    fn a_file_with_one_setting_is_valid() {
        let settings = parse("[keys]\nquit = \"x\"\n", Path::new("c.toml")).expect("valid");
        assert_eq!(press(&settings, 'x'), Some(Action::Quit));
        assert_eq!(press(&settings, 'q'), None);
        // Everything not named keeps its default.
        assert_eq!(press(&settings, 'j'), Some(Action::Move(1)));
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let settings = parse("", Path::new("c.toml")).expect("valid");
        assert_eq!(settings.keymap, Keymap::default());
    }

    #[test]
    fn the_default_file_parses_and_uncommented_gives_the_default_keymap() {
        let file = default_file();
        assert!(parse(&file, Path::new("c.toml")).is_ok());
        let uncommented: String = file
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if rest.split_once(" = ").is_some_and(|(name, _)| {
                        name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    }) =>
                {
                    rest
                }
                _ => l,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let settings = parse(&uncommented, Path::new("c.toml")).expect("uncommented");
        assert_eq!(settings.keymap, Keymap::default());
        assert_eq!(settings.theme, Theme::default());
        assert_eq!(settings.borders, Borders::default());
        assert!(
            uncommented.contains("\ntheme = \"default\"\n"),
            "{uncommented}"
        );
        assert!(
            uncommented.contains("\nhighlight = \"black on yellow\"\n"),
            "{uncommented}"
        );
        assert!(
            uncommented.contains("\nquit = [\"q\", \"ctrl-c\"]\n"),
            "{uncommented}"
        );
    }

    #[test]
    fn a_syntax_error_is_located() {
        let text = "[keys]\nquit = [\"x\"\ndown = \"j\"\n";
        let problem = parse(text, Path::new("c.toml")).expect_err("bad");
        assert_eq!((problem.path.as_str(), problem.line), ("c.toml", 3));
        assert_eq!(problem.source_line, "down = \"j\"");
    }

    #[test]
    fn an_unknown_option_is_located_and_named() {
        let text = "# mine\ncolour = \"red\"\n";
        let problem = parse(text, Path::new("c.toml")).expect_err("bad");
        assert_eq!((problem.line, problem.column), (2, 1));
        assert!(
            problem.message.contains("unknown field `colour`"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn a_bad_key_names_the_key_and_points_at_it() {
        let text = "\n[keys]\nquit = \"pagesideways\"\n";
        let problem = parse(text, Path::new("c.toml")).expect_err("bad");
        assert_eq!((problem.line, problem.column), (3, 8));
        assert!(
            problem.message.contains("`pagesideways` is not a key"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn a_theme_and_single_styles_are_chosen() {
        let text = "theme = \"high-contrast\"\nborders = \"rounded\"\n[styles]\nheading = \"red on #102030 underlined\"\n";
        let settings = parse(text, Path::new("c.toml")).expect("valid");
        let high = Preset::HighContrast.theme();
        assert_eq!(settings.theme.selected, high.selected);
        assert_eq!(
            settings.theme.heading,
            ratatui::style::Style::new()
                .fg(ratatui::style::Color::Red)
                .bg(ratatui::style::Color::Rgb(16, 32, 48))
                .add_modifier(ratatui::style::Modifier::UNDERLINED)
        );
        assert_eq!(settings.borders, Borders::Rounded);
    }

    #[test]
    fn bad_theme_values_are_located() {
        let cases = [
            ("theme = \"pink\"\n", 1, "unknown variant `pink`"),
            (
                "[styles]\nkey = \"cyan blink\"\n",
                2,
                "`blink` is not a colour",
            ),
            (
                "\n[styles]\nheadings = \"red\"\n",
                3,
                "unknown style `headings`",
            ),
            ("borders = \"dotted\"\n", 1, "unknown variant `dotted`"),
        ];
        for (text, line, words) in cases {
            let problem = parse(text, Path::new("c.toml")).expect_err(text);
            assert_eq!(problem.line, line, "{text}: {problem}");
            assert!(problem.message.contains(words), "{text}: {problem}");
        }
    }

    #[test]
    fn no_color_chooses_the_no_colour_theme_unless_the_file_names_one() {
        let path = Path::new("c.toml");
        let plain = parse_with("", path, fallback_preset(true)).expect("valid");
        assert_eq!(plain.theme, Preset::NoColour.theme());
        let named = parse_with("theme = \"default\"", path, fallback_preset(true)).expect("valid");
        assert_eq!(named.theme, Preset::Default.theme());
        assert_eq!(Settings::defaults(true).theme, Preset::NoColour.theme());
    }

    #[test]
    fn interface_options_are_read_and_bad_values_located() {
        let text =
            "language = \"zh-Hant\"\nscript = \"zh-Hans\"\nambiwidth = \"auto\"\nascii = true\n";
        let settings = parse(text, Path::new("c.toml")).expect("valid");
        assert_eq!(
            settings.interface,
            Asked {
                lang: Some(Lang::Hant),
                script: Some(ScriptChoice::Simplified),
                ambiwidth: Some(AmbiwidthChoice::Auto),
                ascii: true,
            }
        );
        let problem = parse("\nlanguage = \"fr\"\n", Path::new("c.toml")).expect_err("bad");
        assert_eq!(problem.line, 2);
        assert!(
            problem.message.contains("`fr` is not a language"),
            "{}",
            problem.message
        );
        let problem = parse("ambiwidth = \"huge\"\n", Path::new("c.toml")).expect_err("bad");
        assert!(problem.message.contains("huge"), "{}", problem.message);
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_no_warning() {
        let (settings, problem) = load(Path::new("/nonexistent/baogao/config.toml"));
        assert_eq!(settings.keymap, Keymap::default());
        assert!(problem.is_none());
    }
}
