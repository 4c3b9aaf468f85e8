//! Folding a mentor's reply into the person's file: checked to answer a packet this file made,
//! as it was made, and not folded in before; then opened as a session in progress.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::{Imported, OpError, Progress};

use super::ExchangeError;
use super::reply::Reply;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The session it opened.
    pub review: u32,
    pub mentor: String,
    pub ratings: usize,
    pub outcomes: usize,
    pub finished: bool,
}

/// Fold `reply` into `progress` as a session in progress held today (finished at once with
/// `finish`). Every check comes first; a refusal leaves `progress` as it was.
pub fn import(
    pack: &Pack,
    progress: &mut Progress,
    reply: &Reply,
    today: NaiveDate,
    finish: bool,
) -> Result<Folded, ExchangeError> {
    let Some(at) = progress
        .packets
        .iter()
        .position(|r| r.uid == reply.packet.id)
    else {
        return Err(match (&reply.packet.person, &progress.profile.name) {
            (Some(theirs), Some(ours)) if theirs != ours => {
                ExchangeError::OtherPerson(theirs.clone())
            }
            _ => ExchangeError::NeverMade(reply.packet.id.clone()),
        });
    };
    let record = &progress.packets[at];
    if record.digest != reply.packet.digest {
        return Err(ExchangeError::PacketChanged);
    }
    if let Some(done) = &record.imported {
        let (date, review) = (done.date, done.review);
        return Err(if done.reply == reply.digest {
            ExchangeError::AlreadyImported { date, review }
        } else {
            ExchangeError::AnotherReplyImported { date, review }
        });
    }
    if let Some(draft) = progress.draft_review() {
        return Err(OpError::ReviewInProgress(draft.date).into());
    }
    // Checked on a copy so a reply refused half way (a skill the pack does not know) leaves
    // nothing behind.
    let mut next = progress.clone();
    let agenda = record.agenda.clone();
    let id = next.start_review(&reply.mentor, today, agenda)?;
    reply.write_into(pack, &mut next, id)?;
    next.packets[at].imported = Some(Imported {
        date: today,
        review: id,
        reply: reply.digest.clone(),
        extra: Default::default(),
    });
    if finish {
        next.finish_review(id)?;
    }
    *progress = next;
    Ok(Folded {
        review: id,
        mentor: reply.mentor.clone(),
        ratings: reply.ratings.len(),
        outcomes: reply.strengths.len() + reply.growth_areas.len() + reply.actions.len(),
        finished: finish,
    })
}
