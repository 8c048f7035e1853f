//! How the interface speaks and draws: its language, the script a report is shown in, how
//! wide ambiguous characters are and whether borders are ASCII. Each comes from the command
//! line, else the config file, else the environment, else a default.

use serde::Deserialize;

use crate::convert::ScriptChoice;
use crate::i18n::Lang;
use crate::text::AmbiguousWidth;

/// How wide to take East Asian Ambiguous characters: as `--ambiwidth` and the config say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AmbiwidthChoice {
    /// One column (most terminals' default).
    #[default]
    Narrow,
    /// Two columns: borders turn ASCII, every ambiguous character counts two.
    Wide,
    /// Ask the terminal at start-up; narrow if it does not answer.
    Auto,
}

/// What the command line says about the interface (each unset when not given).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Asked {
    /// `--lang`.
    pub lang: Option<Lang>,
    /// `--script`.
    pub script: Option<ScriptChoice>,
    /// `--ambiwidth` or `BAOGAO_AMBIWIDTH`.
    pub ambiwidth: Option<AmbiwidthChoice>,
    /// `--ascii`.
    pub ascii: bool,
}

/// The interface settings in force.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Preferences {
    /// The language of labels, hints and table headers.
    pub lang: Lang,
    /// The script reports are shown in.
    pub script: ScriptChoice,
    /// How wide ambiguous characters are (auto: still to be asked).
    pub ambiwidth: AmbiwidthChoice,
    /// Borders of ASCII characters.
    pub ascii: bool,
}

impl Preferences {
    /// The preferences for this run: `asked` (the command line) over the config file over
    /// the environment. A bad config file is ignored here; the explorer reports it.
    pub fn load(asked: Asked) -> Preferences {
        let config = crate::config::path()
            .map(|path| crate::config::load(&path).0.interface)
            .unwrap_or_default();
        Preferences::resolve(asked, config, |name| std::env::var(name).ok())
    }

    /// How wide ambiguous characters are, asking the terminal with `probe` if auto.
    pub fn ambiguous_width(
        &self,
        probe: impl FnOnce() -> Option<AmbiguousWidth>,
    ) -> AmbiguousWidth {
        match self.ambiwidth {
            AmbiwidthChoice::Narrow => AmbiguousWidth::Narrow,
            AmbiwidthChoice::Wide => AmbiguousWidth::Wide,
            AmbiwidthChoice::Auto => probe().unwrap_or_default(),
        }
    }

    /// The command line over the config file over the environment (`var` reads a variable).
    pub fn resolve(
        asked: Asked,
        config: Asked,
        var: impl Fn(&str) -> Option<String>,
    ) -> Preferences {
        Preferences {
            lang: asked
                .lang
                .or(config.lang)
                .unwrap_or_else(|| Lang::from_env(var)),
            script: asked.script.or(config.script).unwrap_or_default(),
            ambiwidth: asked.ambiwidth.or(config.ambiwidth).unwrap_or_default(),
            ascii: asked.ascii || config.ascii,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn the_command_line_outranks_the_config_which_outranks_the_locale() {
        let zh_tw = |name: &str| (name == "LANG").then(|| "zh_TW.UTF-8".to_owned());
        let config = Asked {
            lang: Some(Lang::Hans),
            ambiwidth: Some(AmbiwidthChoice::Wide),
            ..Asked::default()
        };
        let cli = Asked {
            lang: Some(Lang::En),
            ..Asked::default()
        };
        assert_eq!(Preferences::resolve(cli, config, zh_tw).lang, Lang::En);
        let from_config = Preferences::resolve(Asked::default(), config, zh_tw);
        assert_eq!(from_config.lang, Lang::Hans);
        assert_eq!(from_config.ambiwidth, AmbiwidthChoice::Wide);
        let from_env = Preferences::resolve(Asked::default(), Asked::default(), zh_tw);
        assert_eq!(from_env.lang, Lang::Hant);
        assert_eq!(
            Preferences::resolve(Asked::default(), Asked::default(), no_env),
            Preferences::default()
        );
    }

    #[test]
    fn ascii_borders_are_asked_for_by_either_source() {
        let on = Asked {
            ascii: true,
            ..Asked::default()
        };
        assert!(Preferences::resolve(on, Asked::default(), no_env).ascii);
        assert!(Preferences::resolve(Asked::default(), on, no_env).ascii);
    }
}
