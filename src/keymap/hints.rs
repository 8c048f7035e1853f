//! What the help screen and the hint lines say, as commands: the keys shown are whatever the
//! keymap binds them to, so a remapped key is shown where it is used.

use super::{Command, Keymap};
use Command as C;

/// One line of help or one hint: the commands it names and what they do.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    /// The commands, whose keys are shown; none for a hint about typing itself.
    pub commands: &'static [Command],
    /// What they do.
    pub label: &'static str,
}

const fn hint(commands: &'static [Command], label: &'static str) -> Hint {
    Hint { commands, label }
}

/// The help screen, in the order of the README's key table.
pub const HELP: &[Hint] = &[
    hint(&[C::Down, C::Up], "move the selection, scroll the reader"),
    hint(&[C::PageDown, C::PageUp], "page down / up"),
    hint(&[C::HalfPageDown, C::HalfPageUp], "half a page down / up"),
    hint(&[C::First, C::Last], "first / last"),
    hint(&[C::NextPane, C::PrevPane], "next / previous pane"),
    hint(&[C::Open], "open a section, jump to a target"),
    hint(&[C::Fold], "fold / unfold (outline), page (reader)"),
    hint(
        &[C::Collapse, C::Expand],
        "collapse / expand (outline), left / right (comparison)",
    ),
    hint(&[C::PrevSection, C::NextSection], "previous / next section"),
    hint(&[C::Targets], "targets table"),
    hint(&[C::Reports], "reports: switch to another opened report"),
    hint(
        &[C::Compare],
        "compare indicators across the opened reports",
    ),
    hint(&[C::Chart], "comparison: chart of the selected indicator"),
    hint(
        &[C::NextCategory, C::PrevCategory],
        "table: next / previous category",
    ),
    hint(&[C::Search], "search (in the table: filter)"),
    hint(
        &[C::NextResult, C::PrevResult],
        "next / previous search result",
    ),
    hint(
        &[C::Copy, C::CopyWhole],
        "copy with its source / quote or whole paragraph",
    ),
    hint(&[C::Back, C::Forward], "back / forward past jumps"),
    hint(&[C::Close], "close an overlay, clear a highlight"),
    hint(&[C::Help], "this help"),
    hint(&[C::Quit], "quit"),
    hint(&[C::WordLeft, C::WordRight], "input: word left / right"),
    hint(&[C::LineStart, C::LineEnd], "input: start / end"),
    hint(
        &[C::DeleteWord, C::ClearLine],
        "input: delete word / to start",
    ),
];

/// The hint line of the panes.
pub const BROWSE: &[Hint] = &[
    hint(&[C::Up, C::Down], "move"),
    hint(&[C::NextPane], "pane"),
    hint(&[C::Open], "open"),
    hint(&[C::PrevSection, C::NextSection], "section"),
    hint(&[C::Targets], "targets"),
    hint(&[C::Reports], "reports"),
    hint(&[C::Search], "search"),
    hint(&[C::Copy], "copy"),
    hint(&[C::Help], "help"),
    hint(&[C::Quit], "quit"),
];

/// The hint line of the targets table.
pub const TABLE: &[Hint] = &[
    hint(&[C::Up, C::Down], "move"),
    hint(&[C::Open], "jump"),
    hint(&[C::Search], "filter"),
    hint(&[C::NextCategory, C::PrevCategory], "category"),
    hint(&[C::Close], "back"),
    hint(&[C::Copy], "copy"),
    hint(&[C::Quit], "quit"),
];

/// The hint line while typing the table's filter.
pub const TABLE_FILTER: &[Hint] = &[
    hint(&[], "filter"),
    hint(&[C::PrevItem, C::NextItem], "move"),
    hint(&[C::Open], "jump"),
    hint(&[C::DeleteWord], "word"),
    hint(&[C::Close], "done"),
];

/// The hint line of the comparison view.
pub const COMPARE: &[Hint] = &[
    hint(&[C::Up, C::Down], "move"),
    hint(&[C::Collapse, C::Expand], "across"),
    hint(&[C::Open], "jump"),
    hint(&[C::Search], "filter"),
    hint(&[C::Chart], "chart"),
    hint(&[C::Close], "back"),
];

/// The hint line of the chart of one indicator.
pub const CHART: &[Hint] = &[
    hint(&[C::Collapse, C::Expand], "indicator"),
    hint(&[C::Chart], "table"),
    hint(&[C::Close], "back"),
];

/// The hint line of the report list.
pub const REPORTS: &[Hint] = &[
    hint(&[], "filter"),
    hint(&[C::PrevItem, C::NextItem], "select"),
    hint(&[C::Open], "open"),
    hint(&[C::Close], "back"),
];

/// The hint line of the search overlay.
pub const SEARCH: &[Hint] = &[
    hint(&[], "search"),
    hint(&[C::PrevItem, C::NextItem], "select"),
    hint(&[C::Open], "jump"),
    hint(&[C::SearchScope], "this report/all"),
    hint(&[C::DeleteWord], "word"),
    hint(&[C::Close], "back"),
];

impl Keymap {
    /// The keys a hint line shows for `hint`: the first key of each command (`↑↓`, `[ ]`),
    /// or "type" for typing itself.
    pub fn hint_keys(&self, hint: &Hint) -> String {
        if hint.commands.is_empty() {
            return "type".to_owned();
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

    /// A hint line as (keys, what they do), with this keymap's keys.
    pub fn hint_line(&self, hints: &[Hint]) -> Vec<(String, &'static str)> {
        hints.iter().map(|h| (self.hint_keys(h), h.label)).collect()
    }

    /// The help screen's lines as (keys, what they do), with this keymap's keys.
    pub fn help_lines(&self) -> Vec<(String, &'static str)> {
        HELP.iter()
            .map(|h| (self.help_keys(h), h.label))
            .chain([("mouse".to_owned(), "click selects, wheel scrolls")])
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
        assert_eq!(keymap.hint_keys(&BROWSE[0]), "↑↓");
        assert_eq!(keymap.hint_keys(&BROWSE[3]), "[ ]");
        assert_eq!(keymap.help_keys(&HELP[0]), "↓ j / ↑ k");
    }
}
