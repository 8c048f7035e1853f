//! What the help screen and the hint lines say, as commands: the keys shown are whatever the
//! keymap binds them to, so a remapped key is shown where it is used.

use super::{Command, Keymap};
use crate::i18n::{Lang, Msg};
use Command as C;
use Msg as M;

/// One line of help or one hint: the commands it names and what they do.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    /// The commands, whose keys are shown; none for a hint about typing itself.
    pub commands: &'static [Command],
    /// What they do.
    pub label: Msg,
}

const fn hint(commands: &'static [Command], label: Msg) -> Hint {
    Hint { commands, label }
}

/// The help screen, in the order of the README's key table.
pub const HELP: &[Hint] = &[
    hint(&[C::Down, C::Up], M::HelpMove),
    hint(&[C::PageDown, C::PageUp], M::HelpPage),
    hint(&[C::HalfPageDown, C::HalfPageUp], M::HelpHalfPage),
    hint(&[C::First, C::Last], M::HelpFirstLast),
    hint(&[C::NextPane, C::PrevPane], M::HelpPane),
    hint(&[C::Open], M::HelpOpen),
    hint(&[C::Fold], M::HelpFold),
    hint(&[C::Collapse, C::Expand], M::HelpCollapse),
    hint(&[C::PrevSection, C::NextSection], M::HelpSection),
    hint(&[C::Targets], M::HelpTargets),
    hint(&[C::Reports], M::HelpReports),
    hint(&[C::Compare], M::HelpCompare),
    hint(&[C::Chart], M::HelpChart),
    hint(&[C::Follow], M::HelpFollow),
    hint(&[C::NextCategory, C::PrevCategory], M::HelpCategory),
    hint(&[C::Search], M::HelpSearch),
    hint(&[C::NextResult, C::PrevResult], M::HelpResult),
    hint(&[C::Copy, C::CopyWhole], M::HelpCopy),
    hint(&[C::Back, C::Forward], M::HelpBack),
    hint(&[C::Bookmark, C::Bookmarks], M::HelpBookmark),
    hint(&[C::DeleteBookmark], M::HelpDeleteBookmark),
    hint(&[C::Close], M::HelpClose),
    hint(&[C::Script], M::HelpScript),
    hint(&[C::Help], M::HelpHelp),
    hint(&[C::Quit], M::HelpQuit),
    hint(&[C::Redraw], M::HelpRedraw),
    hint(&[C::WordLeft, C::WordRight], M::HelpInputWord),
    hint(&[C::LineStart, C::LineEnd], M::HelpInputLine),
    hint(&[C::DeleteWord, C::ClearLine], M::HelpInputDelete),
];

/// The hint line of the panes.
pub const BROWSE: &[Hint] = &[
    hint(&[C::Up, C::Down], M::HintMove),
    hint(&[C::NextPane], M::HintPane),
    hint(&[C::Open], M::HintOpen),
    hint(&[C::PrevSection, C::NextSection], M::HintSection),
    hint(&[C::Targets], M::HintTargets),
    hint(&[C::Reports], M::HintReports),
    hint(&[C::Search], M::HintSearch),
    hint(&[C::Copy], M::HintCopy),
    hint(&[C::Help], M::HintHelp),
    hint(&[C::Quit], M::HintQuit),
];

/// The hint line of the targets table.
pub const TABLE: &[Hint] = &[
    hint(&[C::Up, C::Down], M::HintMove),
    hint(&[C::Open], M::HintJump),
    hint(&[C::Search], M::HintFilter),
    hint(&[C::NextCategory, C::PrevCategory], M::HintCategory),
    hint(&[C::Close], M::HintBack),
    hint(&[C::Copy], M::HintCopy),
    hint(&[C::Follow], M::HintFollow),
    hint(&[C::Quit], M::HintQuit),
];

/// The hint line while typing the table's filter.
pub const TABLE_FILTER: &[Hint] = &[
    hint(&[], M::HintFilter),
    hint(&[C::PrevItem, C::NextItem], M::HintMove),
    hint(&[C::Open], M::HintJump),
    hint(&[C::DeleteWord], M::HintWord),
    hint(&[C::Close], M::HintDone),
];

/// The hint line of the comparison view.
pub const COMPARE: &[Hint] = &[
    hint(&[C::Up, C::Down], M::HintMove),
    hint(&[C::Collapse, C::Expand], M::HintAcross),
    hint(&[C::Open], M::HintJump),
    hint(&[C::Search], M::HintFilter),
    hint(&[C::Chart], M::HintChart),
    hint(&[C::Close], M::HintBack),
];

/// The hint line of the chart of one indicator.
pub const CHART: &[Hint] = &[
    hint(&[C::Up, C::Down], M::HintMove),
    hint(&[C::Collapse, C::Expand], M::HintIndicator),
    hint(&[C::Open], M::HintJump),
    hint(&[C::Chart], M::HintTable),
    hint(&[C::Close], M::HintBack),
];

/// The hint line of the report list.
pub const REPORTS: &[Hint] = &[
    hint(&[], M::HintFilter),
    hint(&[C::PrevItem, C::NextItem], M::HintSelect),
    hint(&[C::Open], M::HintOpen),
    hint(&[C::Close], M::HintBack),
];

/// The hint line of the bookmark list.
pub const BOOKMARKS: &[Hint] = &[
    hint(&[], M::HintFilter),
    hint(&[C::PrevItem, C::NextItem], M::HintSelect),
    hint(&[C::Open], M::HintJump),
    hint(&[C::DeleteBookmark], M::HintDelete),
    hint(&[C::Close], M::HintBack),
];

/// The hint line of the search overlay.
pub const SEARCH: &[Hint] = &[
    hint(&[], M::HintSearch),
    hint(&[C::PrevItem, C::NextItem], M::HintSelect),
    hint(&[C::Open], M::HintJump),
    hint(&[C::SearchScope], M::HintScope),
    hint(&[C::DeleteWord], M::HintWord),
    hint(&[C::Close], M::HintBack),
];

impl Keymap {
    /// The keys a hint line shows for `hint`: the first key of each command (`↑↓`, `[ ]`),
    /// or "type" (in `lang`) for typing itself.
    pub fn hint_keys(&self, hint: &Hint, lang: Lang) -> String {
        if hint.commands.is_empty() {
            return lang.text(Msg::Type).to_owned();
        }
        let firsts: Vec<String> = hint
            .commands
            .iter()
            .filter_map(|&c| self.keys(c).first().map(ToString::to_string))
            .collect();
        let arrows = firsts
            .iter()
            .all(|k| ["↑", "↓", "←", "→"].contains(&k.as_str()));
        firsts.join(if arrows { "" } else { " " })
    }

    /// The keys the help screen shows for `hint`: every key of each command (`↓ j / ↑ k`).
    pub fn help_keys(&self, hint: &Hint) -> String {
        let each: Vec<String> = hint.commands.iter().map(|&c| self.shown(c)).collect();
        each.join(" / ")
    }

    /// A hint line as (keys, what they do), with this keymap's keys, in `lang`.
    pub fn hint_line(&self, hints: &[Hint], lang: Lang) -> Vec<(String, &'static str)> {
        hints
            .iter()
            .map(|h| (self.hint_keys(h, lang), lang.text(h.label)))
            .collect()
    }

    /// The help screen's lines as (keys, what they do), with this keymap's keys, in `lang`.
    pub fn help_lines(&self, lang: Lang) -> Vec<(String, &'static str)> {
        HELP.iter()
            .map(|h| (self.help_keys(h), lang.text(h.label)))
            .chain([(lang.text(Msg::Mouse).to_owned(), lang.text(Msg::MouseHelp))])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_a_user_can_press_outside_typing_is_in_the_help() {
        for spec in super::super::SPECS {
            let listed = HELP.iter().any(|h| h.commands.contains(&spec.command));
            let typing_only = !spec.scope.contains(super::super::Mode::Browse)
                && !spec.scope.contains(super::super::Mode::Table);
            assert!(
                listed || typing_only,
                "{} is missing from the help",
                spec.name
            );
        }
    }

    #[test]
    fn hints_show_the_first_key_of_each_command() {
        let keymap = Keymap::default();
        assert_eq!(keymap.hint_keys(&BROWSE[0], Lang::En), "↑↓");
        assert_eq!(keymap.hint_keys(&BROWSE[3], Lang::En), "[ ]");
        assert_eq!(keymap.hint_keys(&SEARCH[0], Lang::Hans), "输入");
        assert_eq!(keymap.help_keys(&HELP[0]), "↓ j / ↑ k");
    }
}
