//! Which commands of the Review screen do something now: in a document, in a session, in the
//! lobby, and for a mentor on a packet; and why not, where they do not.

use super::{Doc, LobbyPane, Review, key};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::shown;
use crate::tui::screens::list::step_of;
use crate::tui::screens::page::Applies;

/// What a mentor on a packet may not do: the session is the person's to finish, their action
/// items theirs to tick, and blind rating stays on.
fn mentor_refuses(command: C) -> Option<&'static str> {
    match command {
        C::Finish | C::Discard => {
            Some("The person finishes the session when they import your reply")
        }
        C::Toggle => Some("Action items are the person's to tick off"),
        C::Blind => {
            Some("Blind rating stays on for a mentor: the person's rating shows once you rate")
        }
        C::StartReview => Some("Your session on this packet is open already"),
        C::Amend => Some("Past reviews are the person's to correct"),
        _ => None,
    }
}

impl Review {
    /// Whether `command` does something now, and if not, why (or nothing said).
    pub(super) fn which_apply(&self, command: C, cx: &Ctx) -> Applies {
        let viewing = self.doc.is_some();
        let moving = step_of(command).is_some()
            || matches!(command, C::ScrollUp | C::ScrollDown | C::Left | C::Right);
        // A past session being read can be amended from where it is read.
        let amending = command == C::Amend && matches!(self.doc, Some(Doc::Past(_)));
        if viewing && !amending {
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
                    key(cx, C::Finish)
                )),
                None => Applies::Yes,
            },
            C::Toggle if session.is_none() => match self.selected_action() {
                Some(_) => Applies::Yes,
                None => Applies::No(format!(
                    "{} moves to the action items; {} ticks one off or opens it again",
                    shown(cx.global(), C::Right).unwrap_or_default(),
                    key(cx, C::Toggle)
                )),
            },
            C::Edit | C::Delete => match (session, self.selected_outcome(cx)) {
                (Some(_), Some(_)) => Applies::Yes,
                (Some(_), None) => Applies::No(format!(
                    "Pick an outcome first: {} moves to the outcomes",
                    shown(cx.global(), C::Right).unwrap_or_default()
                )),
                (None, _) => Applies::Quietly,
            },
            C::Amend => match session {
                Some(r) => Applies::No(format!(
                    "The session from {} is open: {} finishes it first",
                    r.date,
                    key(cx, C::Finish)
                )),
                None if amending
                    || (self.lobby == LobbyPane::Sessions && self.past.selected().is_some()) =>
                {
                    Applies::Yes
                }
                None => Applies::No("Pick a past session to amend".to_string()),
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
                    key(cx, C::StartReview)
                )),
            },
            C::Changes if session.is_some() => Applies::Quietly,
            _ => Applies::Yes,
        }
    }
}
