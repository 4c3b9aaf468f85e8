//! Mentor reviews: past sessions and the next agenda, a session in progress with the two ratings
//! side by side, and documents to read (a past session, what changed since the last one).

mod doc;
pub mod forms;
mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::insight::Section;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, GLOBAL, bind, ch, plain, shown};
use crate::tui::layout;
use crate::tui::outcome::{Change, Outcome};

use super::list::{Cursor, List, max_scroll_unwrapped, step_of};
use super::page::{Applies, Page};

pub use forms::Msg;

pub const REVIEW: &[Binding] = &[
    bind(
        &[ch('s')],
        "s",
        "start a session",
        C::StartReview,
        Some(("s", "start")),
    ),
    bind(
        &[ch('r')],
        "r",
        "mentor rates a skill",
        C::MentorRating,
        Some(("r", "rate")),
    ),
    bind(&[ch('b')], "b", "blind rating on / off", C::Blind, None),
    bind(
        &[ch('n')],
        "n",
        "session notes",
        C::Note,
        Some(("n", "notes")),
    ),
    bind(
        &[ch('o')],
        "o",
        "add an outcome",
        C::Outcome,
        Some(("o", "outcome")),
    ),
    bind(
        &[ch(' ')],
        "Space",
        "action item done / open",
        C::Toggle,
        None,
    ),
    bind(
        &[ch('f')],
        "f",
        "finish the session",
        C::Finish,
        Some(("f", "finish")),
    ),
    bind(&[ch('x')], "x", "discard the session", C::Discard, None),
    bind(
        &[plain(K::Enter)],
        "Enter",
        "open session, go to skill",
        C::Open,
        None,
    ),
    bind(
        &[ch('c')],
        "c",
        "what changed since last",
        C::Changes,
        Some(("c", "changes")),
    ),
    bind(
        &[plain(K::Esc)],
        "Esc",
        "close what is open",
        C::Back,
        Some(("Esc", "back")),
    ),
];

/// Which list of a session the arrows move in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Agenda,
    Skills,
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
    /// Finished sessions, newest first.
    past: List,
    /// A document open for reading, and its scroll.
    doc: Option<Doc>,
    view: Cursor,
}

/// The key of `command` on this screen, to name it in a sentence.
fn key(command: C) -> &'static str {
    shown(REVIEW, command).unwrap_or_default()
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
        }
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
        match (cx.session().is_some(), self.pane) {
            (true, Pane::Agenda) => self.agenda.move_by(delta, cx.insights.agenda.items.len()),
            (true, Pane::Skills) => self.skill.move_by(delta, cx.insights.skills.len()),
            (false, _) => self.past.move_by(delta),
        }
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
        if self.pane != Pane::Agenda {
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

    /// Space in a session's agenda: an action item is done (or open again).
    fn toggle_action(&self, cx: &Ctx) -> Outcome<Msg> {
        if self.pane != Pane::Agenda {
            return Outcome::None;
        }
        let Some((review, index)) = cx
            .insights
            .agenda
            .items
            .get(self.agenda.index)
            .and_then(|i| i.action)
        else {
            return Outcome::info(format!(
                "{} ticks off action items on the agenda",
                key(C::Toggle)
            ));
        };
        let today = cx.today;
        Outcome::change("Action item done", move |p| {
            p.toggle_action(review, index, today).map(|_| ())
        })
    }

    fn session_command(&mut self, command: C, id: u32, cx: &Ctx) -> Outcome<Msg> {
        match command {
            C::MentorRating => match self.session_skill(cx) {
                Some(skill) => forms::mentor_rating(cx, &skill),
                None => Outcome::info(format!(
                    "Pick a skill to rate: {} moves to the skills",
                    shown(GLOBAL, C::Right)
                        .and_then(|k| k.split('/').next())
                        .unwrap_or_default()
                )),
            },
            C::Blind => Outcome::Blind(!cx.blind),
            C::Note => forms::notes(cx, id),
            C::Outcome => forms::outcome(cx, id),
            C::Toggle => self.toggle_action(cx),
            C::Finish => Outcome::confirm(
                "Finish the session? It is saved as a review and its actions go on the next agenda.",
                Outcome::change(
                    "Review saved; pivot review report writes it to share",
                    move |p| p.finish_review(id),
                ),
            ),
            C::Discard => Outcome::confirm(
                format!(
                    "Discard this session's notes and outcomes? (The mentor's ratings stay; {} undoes.)",
                    shown(GLOBAL, C::Undo).unwrap_or_default()
                ),
                Outcome::Change(
                    Change::new("Session discarded", move |p| {
                        p.discard_review(id).map(|_| ())
                    })
                    .undoable(),
                ),
            ),
            _ => Outcome::None,
        }
    }
}

/// What a mentor on a packet may not do: the session is the person's to finish, their action
/// items theirs to tick, and blind rating stays on.
fn mentor_refuses(command: C) -> Option<&'static str> {
    match command {
        C::Finish | C::Discard => Some(
            "Your reply is saved as you go; the person finishes the session when they import it",
        ),
        C::Toggle => Some("Action items are the person's to tick off"),
        C::Blind => {
            Some("Blind rating stays on for a mentor: the person's rating shows once you rate")
        }
        C::StartReview => Some("Your session on this packet is open already"),
        _ => None,
    }
}

impl Page for Review {
    type Msg = Msg;

    fn table(&self) -> &'static [Binding] {
        REVIEW
    }

    fn applies(&self, command: C, cx: &Ctx) -> Applies {
        let viewing = self.doc.is_some();
        let moving = step_of(command).is_some()
            || matches!(command, C::ScrollUp | C::ScrollDown | C::Left | C::Right);
        if viewing {
            return match command {
                C::Back => Applies::Yes,
                _ if moving => Applies::Yes,
                _ => Applies::No("Esc closes what is open first".to_string()),
            };
        }
        let session = cx.session();
        if cx.mentor
            && let Some(why) = mentor_refuses(command)
        {
            return Applies::No(why.to_string());
        }
        match command {
            C::Back => Applies::Quietly,
            C::StartReview => match session {
                Some(r) => Applies::No(format!(
                    "A session with {} from {} is open: {} finishes it",
                    r.mentor,
                    r.date,
                    key(C::Finish)
                )),
                None => Applies::Yes,
            },
            C::MentorRating
            | C::Note
            | C::Outcome
            | C::Finish
            | C::Discard
            | C::Blind
            | C::Toggle => match session {
                Some(_) => Applies::Yes,
                None => Applies::No(format!(
                    "No session in progress: {} starts one",
                    key(C::StartReview)
                )),
            },
            C::Changes if session.is_some() => Applies::Quietly,
            _ => Applies::Yes,
        }
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
                if cx.session().is_some() && self.doc.is_none() {
                    self.pane = match self.pane {
                        Pane::Agenda => Pane::Skills,
                        Pane::Skills => Pane::Agenda,
                    };
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
        if let Some(Doc::Past(id)) = self.doc
            && !all.iter().any(|r| r.id == id)
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
