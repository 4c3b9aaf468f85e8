//! The Review screen's state and commands: a session with a mentor, from agenda to actions.

use super::action::{Command, Screen};
use super::app::{App, Confirm, Cursor, OnYes, Overlay};
use super::forms;

/// Which list of a session the arrows move in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Agenda,
    Skills,
}

/// Positions on the Review screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewPos {
    pub pane: Pane,
    pub agenda: Cursor,
    pub skill: Cursor,
    /// In the list of past sessions.
    pub past: Cursor,
    /// A document open for reading, and its scroll.
    pub doc: Option<Doc>,
    pub view: Cursor,
}

/// What the Review screen can open to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// A past session.
    Past(u32),
    /// What changed since the last finished review.
    Changes,
}

impl App {
    /// The session in progress: its id, mentor and date.
    pub fn session(&self) -> Option<(u32, &str, chrono::NaiveDate)> {
        self.progress
            .draft_review()
            .map(|r| (r.id, r.mentor.as_str(), r.date))
    }

    /// Whether the footer offers a Review key in the screen's current state.
    pub fn review_key_applies(&self, command: Command) -> bool {
        let viewing = self.pos.review.doc.is_some();
        let session = self.session().is_some() && !viewing;
        match command {
            Command::StartReview => !session && !viewing,
            Command::MentorRating
            | Command::Note
            | Command::Outcome
            | Command::Finish
            | Command::Discard
            | Command::Blind
            | Command::Toggle => session,
            Command::Back => viewing,
            Command::Changes => !viewing && !session,
            _ => true,
        }
    }

    /// The mentor's rating of a skill given in the session in progress.
    pub fn session_rating(&self, skill: &str) -> Option<u8> {
        let review = self.progress.draft_review()?;
        review.ratings.get(skill).map(|r| r.mentor.get())
    }

    /// Whether the person's own rating of a skill is shown: not while blind and unrated by the
    /// mentor in this session.
    pub fn own_rating_visible(&self, skill: &str) -> bool {
        !self.blind || self.session_rating(skill).is_some()
    }

    /// The skill the session's selection points at: the selected skill, or the skill of the
    /// selected agenda item.
    pub fn session_skill(&self) -> Option<String> {
        let pos = &self.pos.review;
        match pos.pane {
            Pane::Skills => self
                .insights
                .skills
                .get(pos.skill.index)
                .map(|s| s.id.clone()),
            Pane::Agenda => self
                .insights
                .agenda
                .items
                .get(pos.agenda.index)
                .and_then(|i| i.skill.clone()),
        }
    }

    /// The past session selected in the list.
    pub fn selected_past_review(&self) -> Option<&crate::progress::Review> {
        self.progress
            .reviews
            .get(*self.views.reviews.get(self.pos.review.past.index)?)
    }

    pub(super) fn review_cursor(&mut self) -> (&mut Cursor, usize) {
        let has_session = self.session().is_some();
        let (agenda, skills, past) = (
            self.insights.agenda.items.len(),
            self.insights.skills.len(),
            self.views.reviews.len(),
        );
        let pos = &mut self.pos.review;
        match (pos.doc, has_session, pos.pane) {
            (Some(_), _, _) => (&mut pos.view, usize::MAX),
            (None, true, Pane::Agenda) => (&mut pos.agenda, agenda),
            (None, true, Pane::Skills) => (&mut pos.skill, skills),
            (None, false, _) => (&mut pos.past, past),
        }
    }

    pub(super) fn switch_pane(&mut self) {
        if self.session().is_some() && self.pos.review.doc.is_none() {
            self.pos.review.pane = match self.pos.review.pane {
                Pane::Agenda => Pane::Skills,
                Pane::Skills => Pane::Agenda,
            };
        }
    }

    pub(super) fn start_review(&mut self) {
        if self.screen != Screen::Review {
            return;
        }
        if let Some((_, mentor, date)) = self.session() {
            let message = format!("A session with {mentor} from {date} is open: f finishes it");
            return self.info(message);
        }
        let form = forms::start_review(self);
        self.open_form(form);
    }

    /// Needs a session in progress; says so otherwise.
    fn in_session(&mut self) -> Option<u32> {
        let id = self.session().map(|(id, _, _)| id);
        if id.is_none() {
            self.info("No session in progress: s starts one");
        }
        id
    }

    pub(super) fn mentor_rating(&mut self) {
        if self.in_session().is_none() {
            return;
        }
        match self.session_skill() {
            Some(skill) => {
                let form = forms::mentor_rating(self, &skill);
                self.open_form(form);
            }
            None => self.info("Pick a skill to rate: → moves to the skills"),
        }
    }

    pub(super) fn toggle_blind(&mut self) {
        self.blind = !self.blind;
        self.info(if self.blind {
            "Blind rating on: your own rating shows once the mentor has rated"
        } else {
            "Blind rating off: both ratings show"
        });
    }

    pub(super) fn review_notes(&mut self) {
        if let Some(id) = self.in_session() {
            let form = forms::review_notes(self, id);
            self.open_form(form);
        }
    }

    pub(super) fn add_outcome(&mut self) {
        if let Some(id) = self.in_session() {
            let form = forms::outcome(self, id);
            self.open_form(form);
        }
    }

    pub(super) fn ask_finish(&mut self) {
        if let Some(id) = self.in_session() {
            self.confirm_change(
                "Finish the session? It is saved as a review and its actions go on the next agenda.",
                OnYes::FinishReview(id),
            );
        }
    }

    pub(super) fn ask_discard(&mut self) {
        if let Some(id) = self.in_session() {
            self.confirm_change(
                "Discard this session's notes and outcomes? (The mentor's ratings stay; u undoes.)",
                OnYes::DiscardReview(id),
            );
        }
    }

    fn confirm_change(&mut self, question: &str, on_yes: OnYes) {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be changed");
            return self.error(message);
        }
        self.overlay = Overlay::Confirm(Confirm {
            question: question.to_string(),
            on_yes,
        });
    }

    /// Enter: open the selected past session; in a session, go to the agenda item's skill (or
    /// open what changed, on that item).
    pub(super) fn open_selected(&mut self) {
        if self.session().is_some() {
            if self.pos.review.pane != Pane::Agenda {
                return;
            }
            let item = self.insights.agenda.items.get(self.pos.review.agenda.index);
            if item.is_some_and(|i| i.section == crate::insight::Section::Changes) {
                return self.open_doc(Doc::Changes);
            }
            if let Some(skill) = self.session_skill()
                && let Some(i) = self.insights.skills.iter().position(|s| s.id == skill)
            {
                self.pos.review.pane = Pane::Skills;
                self.pos.review.skill = Cursor {
                    index: i,
                    scroll: 0,
                };
            }
            return;
        }
        if let Some(id) = self.selected_past_review().map(|r| r.id) {
            self.open_doc(Doc::Past(id));
        }
    }

    pub(super) fn open_doc(&mut self, doc: Doc) {
        self.pos.review.doc = Some(doc);
        self.pos.review.view = Cursor::default();
    }

    pub(super) fn close_view(&mut self) {
        self.pos.review.doc = None;
    }

    /// Space in a session's agenda: an action item is done (or open again).
    pub(super) fn toggle_action(&mut self) {
        if self.session().is_none() || self.pos.review.pane != Pane::Agenda {
            return;
        }
        let Some((review, index)) = self
            .insights
            .agenda
            .items
            .get(self.pos.review.agenda.index)
            .and_then(|i| i.action)
        else {
            return self.info("Space ticks off action items on the agenda");
        };
        let today = self.today;
        self.change("Action item done", |p| {
            p.toggle_action(review, index, today).map(|_| ())
        });
    }
}
