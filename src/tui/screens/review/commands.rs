//! What the Review screen's commands do: tick an action item off, change, delete or add to a
//! session's outcomes, amend a finished review, and a session's own commands.

use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::shown;
use crate::tui::outcome::{Change, Outcome};

use super::{Msg, Pane, Review, forms, key, rows};

impl Review {
    /// Space: the selected action item is done (or open again): on a session's agenda or in
    /// its outcomes, or in the lobby's list of every action item.
    pub(super) fn toggle_action(&self, cx: &Ctx) -> Outcome<Msg> {
        let selected = match (cx.session(), self.pane) {
            (None, _) => self.selected_action(),
            (Some(r), Pane::Outcomes) => match self.selected_outcome(cx) {
                Some((crate::progress::Outcome::Action, i)) => Some((r.id, i)),
                _ => None,
            },
            (Some(r), Pane::Agenda) if !r.amended.is_empty() => None,
            (Some(_), Pane::Agenda) => cx
                .insights
                .agenda
                .items
                .get(self.agenda.index)
                .and_then(|i| i.action),
            (Some(_), Pane::Skills) => None,
        };
        let Some((review, index)) = selected else {
            return Outcome::info(format!(
                "{} ticks off action items on the agenda",
                key(cx, C::Toggle)
            ));
        };
        let today = cx.today;
        let done = cx
            .progress
            .reviews
            .iter()
            .find(|r| r.id == review)
            .and_then(|r| r.actions.get(index))
            .is_some_and(|a| a.done.is_some());
        let said = if done {
            "Action item open again"
        } else {
            "Action item done"
        };
        Outcome::change(said, move |p| {
            p.toggle_action(review, index, today).map(|_| ())
        })
    }

    /// e (or Enter) on a session's outcome: its form, filled in.
    pub(super) fn edit_outcome(&self, cx: &Ctx) -> Outcome<Msg> {
        match (cx.session(), self.selected_outcome(cx)) {
            (Some(r), Some(which)) => forms::edit_outcome(cx, r.id, which),
            _ => Outcome::None,
        }
    }

    /// d on a session's outcome: asked first; undo brings it back.
    pub(super) fn delete_outcome(&self, cx: &Ctx) -> Outcome<Msg> {
        let (Some(review), Some(which)) = (cx.session(), self.selected_outcome(cx)) else {
            return Outcome::None;
        };
        let name = forms::kind_name(which.0);
        let text = rows::outcome_text(review, which).unwrap_or_default();
        let id = review.id;
        Outcome::confirm(
            format!("Delete the {} \"{text}\"?", name.to_lowercase()),
            Outcome::Change(
                Change::new(format!("{name} deleted"), move |p| {
                    p.remove_outcome(id, which).map(|_| ())
                })
                .undoable(),
            ),
        )
    }

    /// a in the lobby: the selected finished review opens again to be corrected.
    pub(super) fn amend(&self, cx: &Ctx) -> Outcome<Msg> {
        let read = match self.doc() {
            Some(super::Doc::Past(id)) => cx.progress.reviews.iter().find(|r| r.id == id),
            _ => None,
        };
        let Some(review) = read.or_else(|| self.selected_past(cx)) else {
            return Outcome::None;
        };
        let (id, today) = (review.id, cx.today);
        Outcome::confirm(
            format!(
                "Correct the review of {} with {}? It is marked amended today; {} finishes it again.",
                review.date,
                review.mentor,
                key(cx, C::Finish)
            ),
            Outcome::change(
                format!("Amending the review of {}", review.date),
                move |p| p.amend_review(id, today),
            ),
        )
    }

    pub(super) fn session_command(&mut self, command: C, id: u32, cx: &Ctx) -> Outcome<Msg> {
        match command {
            C::MentorRating => match self.session_skill(cx) {
                Some(skill) => forms::mentor_rating(cx, &skill),
                None => Outcome::info(format!(
                    "Pick a skill to rate: {} moves to the skills",
                    shown(cx.global(), C::Right)
                        .and_then(|k| k.split('/').next())
                        .unwrap_or_default()
                )),
            },
            C::Blind => Outcome::Blind(!cx.blind),
            C::Note => forms::notes(cx, id),
            C::Outcome => forms::outcome(cx, id),
            C::Toggle => self.toggle_action(cx),
            C::Edit => self.edit_outcome(cx),
            C::Delete => self.delete_outcome(cx),
            C::Finish => Outcome::confirm(
                "Finish the session? It is saved as a review and its actions go on the next agenda.",
                Outcome::change(
                    "Review saved; pivot review report writes it to share",
                    move |p| p.finish_review(id),
                ),
            ),
            C::Discard => {
                let undo = shown(cx.global(), C::Undo).unwrap_or_default();
                let correcting = cx.session().is_some_and(|r| r.correcting.is_some());
                let (question, done) = if correcting {
                    (
                        format!(
                            "Drop this correction? The review goes back to how it was ({undo} undoes)."
                        ),
                        "Correction dropped",
                    )
                } else {
                    (
                        format!(
                            "Discard this session's notes and outcomes? (The mentor's ratings stay; {undo} undoes.)"
                        ),
                        "Session discarded",
                    )
                };
                Outcome::confirm(
                    question,
                    Outcome::Change(
                        Change::new(done, move |p| p.discard_review(id).map(|_| ())).undoable(),
                    ),
                )
            }
            _ => Outcome::None,
        }
    }
}
