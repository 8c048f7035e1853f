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

/// The config file's name inside the config folder.
pub const FILE_NAME: &str = "config.toml";

/// Everything the config file can set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
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

/// A config ready to use: the keymap it makes and what it asks of the interface.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Keys to commands.
    pub keymap: Keymap,
    /// Language, script, width and border options, each unset when the file says nothing.
    pub interface: Asked,
}

/// The config file's path: `$BAOGAO_CONFIG`, else `config.toml` in the config folder.
pub fn path() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os("BAOGAO_CONFIG").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(file));
    }
    paths::folder(Folder::Config).map(|dir| dir.join(FILE_NAME))
}

/// Reads the config file at `path`: a missing file gives the defaults, a bad one the
/// defaults and the located problem.
pub fn load(path: &Path) -> (Settings, Option<Diagnostic>) {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
        Err(e) => {
            let problem = diagnostic(path, "", 0, &format!("cannot read the config file: {e}"));
            return (Settings::default(), Some(problem));
        }
    };
    match parse(&text, path) {
        Ok(settings) => (settings, None),
        Err(problem) => (Settings::default(), Some(problem)),
    }
}

/// Parses config text; `path` names it in messages.
pub fn parse(text: &str, path: &Path) -> Result<Settings, Diagnostic> {
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
    Ok(Settings { keymap, interface })
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
                Some(rest) if rest.contains(" = [") => rest,
                _ => l,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let settings = parse(&uncommented, Path::new("c.toml")).expect("uncommented");
        assert_eq!(settings.keymap, Keymap::default());
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
