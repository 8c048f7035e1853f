//! Year tracking in the explorer: a target of one report beside the result that the same
//! region's report of the next year gives for it (met, missed or no result), when that report
//! is open, and `o` to jump to that result. The judging is [`compare::follow`]'s.

use super::{App, Overlay};
use crate::compare::{self, Outcome, Track};
use crate::figure_format::{figure_value, period_label};
use crate::i18n::Msg;
use crate::indicators::Vocabulary;
use crate::model::{FigureKind, FigureRef};
use crate::text;

/// A target followed into its region's next-year report.
#[derive(Debug, Clone, Copy)]
pub struct Followed<'a> {
    /// The target, the next report, the result it gives and the outcome.
    pub track: Track<'a>,
    /// The result as a reference among the opened reports, if the next report gives one.
    pub result: Option<FigureRef>,
}

/// What the targets pane shows of a followed target, sanitised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeEntry {
    /// Met, missed, no result or not comparable.
    pub outcome: Outcome,
    /// The outcome in words and what it rests on: `missed · 2025: 5.2%`, `no result · 甲省 2026`.
    pub summary: String,
    /// The target's quote and the result's (when there is one), each after its report's
    /// label: `甲省 2025 「地区生产总值增长5.5%以上」`.
    pub quotes: Vec<String>,
}

impl OutcomeEntry {
    /// The quotes wrapped to `columns`, as the selected entry shows them under its outcome.
    pub fn quote_lines(&self, columns: usize) -> Vec<String> {
        self.quotes
            .iter()
            .flat_map(|quote| {
                text::wrap(quote, columns, false)
                    .into_iter()
                    .map(|line| line.visible(quote).to_owned())
            })
            .collect()
    }
}

impl App {
    /// What became of target `figure` by its region's next-year report: `None` for a result,
    /// a target of no known indicator, a target other than the year's target of its
    /// indicator (or its 力争 aim), or when no next-year report of the region is open.
    pub fn followed(&self, figure: FigureRef) -> Option<Followed<'_>> {
        if figure.kind != FigureKind::Target {
            return None;
        }
        let opened = self.reports.get(figure.report)?;
        let target = opened.report().targets.get(figure.index)?;
        let indicator = Vocabulary::embedded().get(target.indicator.as_deref()?)?;
        // Only the next year's reports are candidates (and so converted, when shown
        // converted): the year is the same in either script.
        let next_year = opened.summary().year.checked_add(1)?;
        let reports = self
            .reports
            .iter()
            .filter(|o| o.summary().year == next_year)
            .map(|o| &**o.report());
        let track = compare::follow(reports, opened.report(), indicator)?;
        // The year's target of the indicator is judged: shown on its row (with its 力争 aim).
        let mut members = opened.groups().members(figure.index).iter();
        if !members.any(|&i| std::ptr::eq(&opened.report().targets[i], track.target)) {
            return None;
        }
        let next = self.reports.iter().position(|o| {
            o.summary().year == next_year && std::ptr::eq(&**o.report(), track.next)
        })?;
        let result = track.result.and_then(|result| {
            let index = track
                .next
                .results
                .iter()
                .position(|r| std::ptr::eq(r, result))?;
            Some(FigureRef {
                report: next,
                kind: FigureKind::Result,
                index,
            })
        });
        Some(Followed { track, result })
    }

    /// The pane's words for a followed target, in the interface's language.
    pub(super) fn outcome_entry(&self, followed: &Followed) -> OutcomeEntry {
        let track = &followed.track;
        let lang = self.prefs.lang;
        let word = lang.outcome(track.outcome);
        let basis = match track.result {
            Some(result) => format!(
                "{}: {}",
                period_label(result.period, lang),
                figure_value(result, lang)
            ),
            None => track.next.label(),
        };
        let quoted = |label: String, quote: &str| format!("{label} 「{quote}」");
        let mut quotes = vec![quoted(track.report.label(), &track.target.quote)];
        quotes.extend(track.result.map(|r| quoted(track.next.label(), &r.quote)));
        OutcomeEntry {
            outcome: track.outcome,
            summary: text::sanitize(&format!("{word} · {basis}")).into_owned(),
            quotes: quotes
                .iter()
                .map(|q| text::sanitize(q).into_owned())
                .collect(),
        }
    }

    /// The target selected in the targets table, or else in the targets pane.
    fn selected_target(&self) -> Option<FigureRef> {
        match &self.overlay {
            Overlay::Table(table) => table.selected_target(),
            Overlay::None => self
                .pane_figures()
                .get(self.view().targets.selected)
                .copied(),
            _ => None,
        }
    }

    /// `o`: jumps to the result the region's next-year report gives for the selected target
    /// (highlighted, in that report); says in the status line why not when it cannot.
    pub(super) fn follow_selected(&mut self) {
        let Some(target) = self.selected_target() else {
            return;
        };
        let lang = self.prefs.lang;
        let (result, reason) = match self.followed(target) {
            Some(Followed {
                result: Some(result),
                ..
            }) => (Some(result), None),
            Some(followed) => (
                None,
                Some(format!(
                    "{}: {}",
                    followed.track.next.label(),
                    lang.text(Msg::OutcomeNoResult)
                )),
            ),
            None => (None, Some(lang.text(Msg::NoNextReport).to_owned())),
        };
        match result {
            Some(result) => {
                self.overlay = Overlay::None;
                let from = self.place();
                self.jump_to_figure(result);
                self.leave(from);
            }
            None => self.message = reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, Pane};
    use crate::model::Report;
    use ratatui::layout::Rect;

    /// The fixture library of the tests (甲省 2024–2026, 乙市 and 丙縣 2026), at 120x40.
    fn library() -> App {
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
        let reports: Vec<Report> = crate::library::dataset_files(&folder)
            .expect("fixture library")
            .iter()
            .map(|file| crate::load::load_file(file).expect("fixture report"))
            .collect();
        let mut app = App::with_reports(reports, Rect::default());
        app.update(Action::Resize(120, 40));
        app
    }

    /// `app` showing report `id` at its expected targets, the targets pane focused.
    fn at_goals(app: &mut App, id: &str) {
        let number = app
            .reports
            .iter()
            .position(|o| o.summary().id == id)
            .expect("report");
        app.switch_to(number);
        let goals = app.view().doc().section_index("goals").expect("goals");
        app.jump_to_section(goals);
        app.update(Action::Focus(Pane::Targets));
    }

    /// (subject, outcome summary) of each entry of the targets pane.
    fn outcomes(app: &App) -> Vec<(String, Option<String>)> {
        app.pane_entries()
            .into_iter()
            .map(|e| (e.subject, e.outcome.map(|o| o.summary)))
            .collect()
    }

    #[test]
    fn each_target_shows_what_the_next_years_report_says_of_it() {
        let mut app = library();
        at_goals(&mut app, "jia-2025");
        let shown = outcomes(&app);
        let summary = |subject: &str| {
            shown
                .iter()
                .find(|(s, _)| s == subject)
                .and_then(|(_, o)| o.clone())
        };
        assert_eq!(
            summary("地区生产总值增长").as_deref(),
            Some("missed · 2025: 5.2%")
        );
        assert_eq!(
            summary("居民消费价格涨幅").as_deref(),
            Some("missed · 2025: 2.3%")
        );
        assert_eq!(
            summary("一般公共预算收入增长").as_deref(),
            Some("met · 2025: 4.6%")
        );
        let gdp = app.pane_entries().remove(0);
        let gdp = gdp.outcome.expect("followed");
        assert_eq!(gdp.outcome, Outcome::Missed);
        assert_eq!(
            gdp.quotes,
            [
                "甲省 2025 「地区生产总值增长5.5%以上」",
                "甲省 2026 「地区生产总值增长5.2%」"
            ]
        );
    }

    #[test]
    fn a_target_without_a_result_next_year_says_so_and_the_last_year_is_not_followed() {
        let mut app = library();
        at_goals(&mut app, "jia-2024");
        let revenue = outcomes(&app)
            .into_iter()
            .find(|(s, _)| s == "一般公共预算收入增长")
            .and_then(|(_, o)| o);
        assert_eq!(revenue.as_deref(), Some("no result · 甲省 2025"));
        at_goals(&mut app, "jia-2026");
        assert!(
            outcomes(&app).iter().all(|(_, o)| o.is_none()),
            "no 2027 report: {:?}",
            outcomes(&app)
        );
        at_goals(&mut app, "yi-2026");
        assert!(outcomes(&app).iter().all(|(_, o)| o.is_none()));
    }

    #[test]
    fn o_jumps_to_the_result_in_the_next_report_and_back_returns() {
        let mut app = library();
        at_goals(&mut app, "jia-2025");
        let from = app.current;
        app.update(Action::FollowTarget);
        assert_eq!(app.view().summary().id, "jia-2026");
        let highlight = app.view().reader.highlight.clone().expect("highlight");
        let quote = &app.view().doc().blocks[highlight.block].text[highlight.range];
        assert_eq!(quote, "地区生产总值增长5.2%");
        app.update(Action::Travel { forward: false });
        assert_eq!(app.current, from);
    }

    #[test]
    fn o_in_the_targets_table_follows_the_selected_row() {
        let mut app = library();
        at_goals(&mut app, "jia-2025");
        app.open_table("财政收入");
        app.update(Action::FollowTarget);
        assert!(matches!(app.overlay, Overlay::None));
        assert_eq!(app.view().summary().id, "jia-2026");
        let highlight = app.view().reader.highlight.clone().expect("highlight");
        let quote = &app.view().doc().blocks[highlight.block].text[highlight.range];
        assert_eq!(quote, "一般公共预算收入增长4.6%");
    }

    #[test]
    fn o_without_a_result_or_a_next_report_stays_and_says_why() {
        let mut app = library();
        at_goals(&mut app, "jia-2024");
        let row = outcomes(&app)
            .iter()
            .position(|(s, _)| s == "一般公共预算收入增长")
            .expect("revenue");
        app.view_mut().targets.selected = row;
        app.update(Action::FollowTarget);
        assert_eq!(app.view().summary().id, "jia-2024");
        assert_eq!(app.message.as_deref(), Some("甲省 2025: no result"));
        at_goals(&mut app, "jia-2026");
        app.update(Action::FollowTarget);
        assert_eq!(app.view().summary().id, "jia-2026");
        assert_eq!(
            app.message.as_deref(),
            Some(app.prefs.lang.text(Msg::NoNextReport))
        );
    }

    #[test]
    fn the_selected_target_is_taller_by_its_quotes() {
        let mut app = library();
        at_goals(&mut app, "jia-2025");
        let list = app.targets_list().expect("targets pane");
        let entries = app.pane_entries();
        let selected = app.figure_slots(&entries, list)[0].height;
        app.update(Action::Move(1));
        let unselected = app.figure_slots(&entries, list)[0].height;
        let quotes = entries[0]
            .outcome
            .as_ref()
            .expect("followed")
            .quote_lines(usize::from(list.width) - crate::layout::FIGURE_INDENT);
        assert!(quotes.len() >= 2, "both quotes: {quotes:?}");
        assert_eq!(usize::from(selected - unselected), quotes.len());
        // At least the subject, the value (with last year's result) and the outcome.
        assert!(unselected >= 3, "{unselected}");
    }
}
