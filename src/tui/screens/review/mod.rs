//! Mentor reviews: past sessions and the next agenda, a session in progress with the two ratings
//! side by side, and documents to read (a past session, what changed since the last one).

mod agenda_view;
mod applies;
mod commands;
mod doc;
pub mod forms;
mod lobby_view;
mod outcomes_view;
mod rows;
mod table;
mod view;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::insight::Section;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::shown;
use crate::tui::layout;
use crate::tui::outcome::Outcome;
use crate::tui::screens::Screen;

use super::list::{Cursor, List, max_scroll_unwrapped, step_of};
use super::page::{Applies, Page};

pub use forms::Msg;
pub use table::REVIEW;

/// Which list of a session the arrows move in (←/→ go round them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Agenda,
    Skills,
    Outcomes,
}

/// Which list of the lobby (no session in progress) the arrows move in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LobbyPane {
    #[default]
    Sessions,
    /// Every action item, to tick off or open again between sessions.
    Actions,
}

/// What the Review screen can open to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// A past session.
    Past(u32),
    /// What changed since the last finished review.
    Changes,
}

#[derive(Debug, Default)]
pub struct Review {
    pane: Pane,
    agenda: Cursor,
    skill: Cursor,
    /// The session's outcomes, one row each.
    outcome: Cursor,
    lobby: LobbyPane,
    /// Every action item of a finished review, as (review id, position).
    actions: Vec<(u32, usize)>,
    action: Cursor,
    /// Finished sessions, newest first.
    past: List,
    /// A document open for reading, and its scroll.
    doc: Option<Doc>,
    view: Cursor,
}

/// The key of `command` on this screen, to name it in a sentence.
fn key(cx: &Ctx, command: C) -> &'static str {
    shown(cx.table(Screen::Review), command).unwrap_or_default()
}

impl Review {
    /// The skill the session's selection points at: the selected skill, or the skill of the
    /// selected agenda item.
    pub fn session_skill(&self, cx: &Ctx) -> Option<String> {
        match self.pane {
            Pane::Skills => cx
                .insights
                .skills
                .get(self.skill.index)
                .map(|s| s.id.clone()),
            Pane::Agenda => cx
                .insights
                .agenda
                .items
                .get(self.agenda.index)
                .and_then(|i| i.skill.clone()),
            Pane::Outcomes => None,
        }
    }

    /// The session's outcome selected in the outcomes pane, as (kind, position).
    pub fn selected_outcome(&self, cx: &Ctx) -> Option<(crate::progress::Outcome, usize)> {
        if self.pane != Pane::Outcomes {
            return None;
        }
        rows::outcomes(cx.session()?)
            .get(self.outcome.index)
            .copied()
    }

    /// The action item selected in the lobby's list, as (review id, position).
    pub fn selected_action(&self) -> Option<(u32, usize)> {
        match self.lobby {
            LobbyPane::Actions => self.actions.get(self.action.index).copied(),
            LobbyPane::Sessions => None,
        }
    }

    pub fn lobby_pane(&self) -> LobbyPane {
        self.lobby
    }

    /// The past session selected in the list.
    pub fn selected_past<'a>(&self, cx: &Ctx<'a>) -> Option<&'a crate::progress::Review> {
        cx.progress.reviews.get(self.past.selected()?)
    }

    /// Where a session's selection is: its pane and the cursor in it.
    pub fn session_cursor(&self) -> (Pane, Cursor) {
        match self.pane {
            Pane::Agenda => (Pane::Agenda, self.agenda),
            Pane::Skills => (Pane::Skills, self.skill),
            Pane::Outcomes => (Pane::Outcomes, self.outcome),
        }
    }

    pub fn pane(&self) -> Pane {
        self.pane
    }

    pub fn doc(&self) -> Option<Doc> {
        self.doc
    }

    fn open_doc(&mut self, doc: Doc) -> Outcome<Msg> {
        self.doc = Some(doc);
        self.view = Cursor::default();
        Outcome::None
    }

    fn move_by(&mut self, delta: isize, cx: &Ctx) {
        if self.doc.is_some() {
            // A document scrolls, no further than its last line.
            let pane = layout::body(cx.size);
            let lines = doc::open_doc(self, cx, pane.width.saturating_sub(2))
                .map_or(0, |(_, lines)| lines.len());
            let max = max_scroll_unwrapped(lines, pane);
            let delta = i32::try_from(delta.clamp(-0x7fff_ffff, 0x7fff_ffff)).unwrap_or(0);
            self.view.scroll_by(delta, max);
            return;
        }
        match (cx.session(), self.pane) {
            (Some(_), Pane::Agenda) => self.agenda.move_by(delta, cx.insights.agenda.items.len()),
            (Some(_), Pane::Skills) => self.skill.move_by(delta, cx.insights.skills.len()),
            (Some(r), Pane::Outcomes) => self.outcome.move_by(delta, rows::outcomes(r).len()),
            (None, _) if self.lobby == LobbyPane::Actions => {
                self.action.move_by(delta, self.actions.len());
            }
            (None, _) => self.past.move_by(delta),
        }
    }

    /// ←/→: round a session's lists, or between the lobby's two.
    fn switch_pane(&mut self, forward: bool, cx: &Ctx) {
        if cx.session().is_none() {
            self.lobby = match self.lobby {
                LobbyPane::Sessions => LobbyPane::Actions,
                LobbyPane::Actions => LobbyPane::Sessions,
            };
            return;
        }
        let order = [Pane::Agenda, Pane::Skills, Pane::Outcomes];
        let at = order.iter().position(|&p| p == self.pane).unwrap_or(0);
        let next = if forward {
            at + 1
        } else {
            at + order.len() - 1
        };
        self.pane = order[next % order.len()];
    }

    /// Enter: open the selected past session; in a session, go to the agenda item's skill (or
    /// open what changed, on that item).
    fn open_selected(&mut self, cx: &Ctx) -> Outcome<Msg> {
        if cx.session().is_none() {
            return match self.selected_past(cx).map(|r| r.id) {
                Some(id) => self.open_doc(Doc::Past(id)),
                None => Outcome::None,
            };
        }
        if self.pane == Pane::Outcomes {
            return self.edit_outcome(cx);
        }
        // A correction's agenda is the one it had: nothing on it to open.
        let correcting = cx.session().is_some_and(|r| !r.amended.is_empty());
        if self.pane != Pane::Agenda || correcting {
            return Outcome::None;
        }
        let item = cx.insights.agenda.items.get(self.agenda.index);
        if item.is_some_and(|i| i.section == Section::Changes) {
            return self.open_doc(Doc::Changes);
        }
        if let Some(skill) = self.session_skill(cx)
            && let Some(i) = cx.insights.skills.iter().position(|s| s.id == skill)
        {
            self.pane = Pane::Skills;
            self.skill = Cursor {
                index: i,
                scroll: 0,
            };
        }
        Outcome::None
    }
}

impl Page for Review {
    type Msg = Msg;

    fn applies(&self, command: C, cx: &Ctx) -> Applies {
        self.which_apply(command, cx)
    }

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if let Some(delta) = step_of(command) {
            self.move_by(delta, cx);
            return Outcome::None;
        }
        match command {
            C::ScrollUp | C::ScrollDown if self.doc.is_some() => {
                self.move_by(if command == C::ScrollUp { -3 } else { 3 }, cx);
                Outcome::None
            }
            C::Left | C::Right => {
                if self.doc.is_none() {
                    self.switch_pane(command == C::Right, cx);
                }
                Outcome::None
            }
            C::Back => {
                self.doc = None;
                Outcome::None
            }
            C::Changes => self.open_doc(Doc::Changes),
            C::Open => self.open_selected(cx),
            C::StartReview => forms::start(cx),
            C::Amend => self.amend(cx),
            C::Toggle if cx.session().is_none() => self.toggle_action(cx),
            _ => match cx.session() {
                Some(r) => self.session_command(command, r.id, cx),
                None => Outcome::None,
            },
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        forms::submit(msg, form, cx)
    }

    fn refresh(&mut self, cx: &Ctx) {
        let all = &cx.progress.reviews;
        let mut rows: Vec<usize> = (0..all.len()).filter(|&i| !all[i].draft).collect();
        rows.sort_by(|&a, &b| (all[b].date, all[b].id).cmp(&(all[a].date, all[a].id)));
        self.past.set_rows(rows);
        self.agenda.clamp(cx.insights.agenda.items.len());
        self.skill.clamp(cx.insights.skills.len());
        self.outcome
            .clamp(cx.session().map_or(0, |r| rows::outcomes(r).len()));
        // The selected action item stays selected when ticking it moves it in the list.
        let selected = self.actions.get(self.action.index).copied();
        self.actions = rows::actions(cx.progress);
        if let Some(at) = selected.and_then(|s| self.actions.iter().position(|&a| a == s)) {
            self.action.index = at;
        }
        self.action.clamp(self.actions.len());
        // A session amended (a draft again) or gone is no longer there to read.
        if let Some(Doc::Past(id)) = self.doc
            && !all.iter().any(|r| r.id == id && !r.draft)
        {
            self.doc = None;
        }
    }

    /// The document's scroll while one is open, else the past sessions' list (the lists of a
    /// session in progress: [`Review::session_cursor`]).
    fn rows(&self) -> &[usize] {
        &self.past.rows
    }

    fn cursor(&self) -> Option<Cursor> {
        Some(match self.doc {
            Some(_) => self.view,
            None => self.past.cursor,
        })
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(self, cx, frame, area);
    }
}
