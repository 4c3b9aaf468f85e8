//! Mentor review sessions. A session is saved as a draft from its first moment, so nothing said
//! in it is lost, and becomes a finished review when it ends.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::OpError;
use super::ids::{new_uid, next_id};
use super::input::non_empty;
use super::ratings::{self, Assessment, Level, Rater};

/// A mentor review session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Review {
    /// Who this entry is across copies of the file (the short `id` people type may be
    /// renumbered by a merge; this never is). Entries from before it existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub id: u32,
    pub date: NaiveDate,
    pub mentor: String,
    /// Still in progress: saved as it goes so nothing is lost, finished when the session ends.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// The days a finished review was opened again to correct it, oldest first: a review is
    /// never rewritten without saying so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amended: Vec<NaiveDate>,
    /// While a finished review is being corrected: the review as it was, so the correction
    /// can be dropped, and one that changed nothing leaves no mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correcting: Option<Box<Review>>,
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// Notes only the person sees; left out of exports unless asked for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub private_notes: String,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub growth_areas: Vec<String>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// The ratings given in this session, kept with it so later ratings cannot change what was
    /// said here. Keyed by skill id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "super::unique::unique"
    )]
    pub ratings: BTreeMap<String, SessionRating>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// A mentor's rating in a session, beside the person's own rating at that moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SessionRating {
    pub mentor: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ActionItem {
    /// Who this entry is across copies of the file (the short `id` people type may be
    /// renumbered by a merge; this never is). Entries from before it existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub text: String,
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: Option<NaiveDate>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// What a session ends with, besides notes and ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Strength,
    GrowthArea,
    Action,
}

/// The session in progress, if any.
pub(super) fn draft(reviews: &[Review]) -> Option<&Review> {
    reviews.iter().find(|r| r.draft)
}

pub(super) fn find_mut(reviews: &mut [Review], id: u32) -> Result<&mut Review, OpError> {
    reviews
        .iter_mut()
        .find(|r| r.id == id)
        .ok_or(OpError::UnknownReview(id))
}

/// Open a session with a mentor; the agenda is kept as it stood at the start.
pub(super) fn start(
    reviews: &mut Vec<Review>,
    mentor: &str,
    date: NaiveDate,
    agenda: Vec<String>,
) -> Result<u32, OpError> {
    if let Some(draft) = draft(reviews) {
        return Err(OpError::ReviewInProgress(draft.date));
    }
    let mentor = non_empty(mentor, "the mentor's name")?;
    let id = next_id("reviews", reviews.iter().map(|r| r.id))?;
    reviews.push(Review {
        uid: Some(new_uid()),
        extra: Default::default(),
        id,
        date,
        mentor,
        draft: true,
        amended: Vec::new(),
        correcting: None,
        agenda,
        notes: String::new(),
        private_notes: String::new(),
        strengths: Vec::new(),
        growth_areas: Vec::new(),
        actions: Vec::new(),
        ratings: Default::default(),
    });
    Ok(id)
}

pub(super) fn set_notes(
    reviews: &mut [Review],
    id: u32,
    notes: &str,
    private: &str,
) -> Result<(), OpError> {
    let review = find_mut(reviews, id)?;
    review.notes = notes.trim().to_string();
    review.private_notes = private.trim().to_string();
    Ok(())
}

/// An outcome's text and owner, checked: text always, an owner for an action item only.
fn outcome_input(kind: Outcome, text: &str, owner: &str) -> Result<(String, String), OpError> {
    let text = non_empty(text, "the text")?;
    let owner = match kind {
        Outcome::Action => non_empty(owner, "an action item's owner")?,
        Outcome::Strength | Outcome::GrowthArea => String::new(),
    };
    Ok((text, owner))
}

/// Add a strength, a growth area or an action item (which needs an owner; the due date is
/// optional).
pub(super) fn add_outcome(
    reviews: &mut [Review],
    id: u32,
    kind: Outcome,
    text: &str,
    owner: &str,
    due: Option<NaiveDate>,
) -> Result<(), OpError> {
    let (text, owner) = outcome_input(kind, text, owner)?;
    let review = find_mut(reviews, id)?;
    match kind {
        Outcome::Strength => review.strengths.push(text),
        Outcome::GrowthArea => review.growth_areas.push(text),
        Outcome::Action => review.actions.push(ActionItem {
            uid: Some(new_uid()),
            extra: Default::default(),
            text,
            owner,
            due,
            done: None,
        }),
    }
    Ok(())
}

/// The mentor rates a skill in a session: kept with the session (beside the person's own
/// latest rating) and recorded as the mentor's assessment on the session's date.
pub(super) fn rate_in_session(
    reviews: &mut [Review],
    assessments: &mut Vec<Assessment>,
    id: u32,
    skill: &str,
    level: Level,
    example: Option<&str>,
) -> Result<(), OpError> {
    let review = find_mut(reviews, id)?;
    let own =
        ratings::level_on(assessments, skill, &Rater::Myself, review.date).and_then(Level::new);
    let example = example.map(str::trim).filter(|e| !e.is_empty());
    let mentor = Rater::Mentor(review.mentor.clone());
    // A correction is made on the day it was opened: what stood before stays in history.
    let correcting = review
        .correcting
        .is_some()
        .then(|| review.amended.last().copied())
        .flatten();
    let given = (level, example);
    ratings::rate(assessments, skill, given, mentor, review.date, correcting);
    review.ratings.insert(
        skill.to_string(),
        SessionRating {
            extra: Default::default(),
            mentor: level,
            own,
            example: example.map(str::to_string),
        },
    );
    Ok(())
}

/// Drop a session in progress (ratings the mentor gave stay: they are ratings).
/// A correction of a finished review goes back to the review as it was.
pub(super) fn discard(reviews: &mut Vec<Review>, id: u32) -> Result<Review, OpError> {
    let at = reviews
        .iter()
        .position(|r| r.id == id)
        .ok_or(OpError::UnknownReview(id))?;
    match reviews[at].correcting.take() {
        Some(before) => Ok(std::mem::replace(&mut reviews[at], *before)),
        None => Ok(reviews.remove(at)),
    }
}

/// End the session; a correction that changed nothing leaves the review as it was, unmarked.
pub(super) fn finish(reviews: &mut [Review], id: u32) -> Result<(), OpError> {
    let review = find_mut(reviews, id)?;
    if let Some(before) = review.correcting.take() {
        let mut now = review.clone();
        now.draft = false;
        now.amended.clone_from(&before.amended);
        if now == *before {
            *review = *before;
            return Ok(());
        }
    }
    review.draft = false;
    Ok(())
}

/// Mark an action item done on a date (one done already keeps its date), or open again
/// (`None`); gives what it was before.
pub(super) fn set_action_done(
    reviews: &mut [Review],
    review: u32,
    index: usize,
    done: Option<NaiveDate>,
) -> Result<Option<NaiveDate>, OpError> {
    let action = find_mut(reviews, review)?
        .actions
        .get_mut(index)
        .ok_or(OpError::UnknownAction { review, index })?;
    let before = action.done;
    if before.is_none() || done.is_none() {
        action.done = done;
    }
    Ok(before)
}

/// Mark an action item done today, or open again; says whether it is now done.
pub(super) fn toggle_action(
    reviews: &mut [Review],
    review: u32,
    index: usize,
    today: NaiveDate,
) -> Result<bool, OpError> {
    let action = find_mut(reviews, review)?
        .actions
        .get_mut(index)
        .ok_or(OpError::UnknownAction { review, index })?;
    action.done = match action.done {
        Some(_) => None,
        None => Some(today),
    };
    Ok(action.done.is_some())
}

/// The list an outcome of `kind` lives in, and what it is called.
fn outcomes_mut(
    review: &mut Review,
    kind: Outcome,
) -> Result<&mut Vec<String>, &mut Vec<ActionItem>> {
    match kind {
        Outcome::Strength => Ok(&mut review.strengths),
        Outcome::GrowthArea => Ok(&mut review.growth_areas),
        Outcome::Action => Err(&mut review.actions),
    }
}

/// Change outcome `index` of `kind` in session `id`: its text, and an action item's owner and
/// due date (its done date stays).
pub(super) fn edit_outcome(
    reviews: &mut [Review],
    id: u32,
    (kind, index): (Outcome, usize),
    text: &str,
    owner: &str,
    due: Option<NaiveDate>,
) -> Result<(), OpError> {
    let (text, owner) = outcome_input(kind, text, owner)?;
    let missing = OpError::UnknownOutcome { review: id, index };
    match outcomes_mut(find_mut(reviews, id)?, kind) {
        Ok(list) => *list.get_mut(index).ok_or(missing)? = text,
        Err(actions) => {
            let action = actions.get_mut(index).ok_or(missing)?;
            action.text = text;
            action.owner = owner;
            action.due = due;
        }
    }
    Ok(())
}

/// Remove outcome `index` of `kind` from session `id`; gives its text.
pub(super) fn remove_outcome(
    reviews: &mut [Review],
    id: u32,
    (kind, index): (Outcome, usize),
) -> Result<String, OpError> {
    let missing = OpError::UnknownOutcome { review: id, index };
    match outcomes_mut(find_mut(reviews, id)?, kind) {
        Ok(list) if index < list.len() => Ok(list.remove(index)),
        Err(actions) if index < actions.len() => Ok(actions.remove(index).text),
        _ => Err(missing),
    }
}

/// Open finished review `id` again to correct it, as the session in progress: it is marked
/// amended today, and finishing it ends the correction. A review from before sessions kept
/// their ratings gets them from the mentor's ratings of its day, so they show and can be
/// corrected.
pub(super) fn amend(
    reviews: &mut [Review],
    assessments: &[Assessment],
    id: u32,
    today: NaiveDate,
) -> Result<(), OpError> {
    if let Some(draft) = draft(reviews) {
        return Err(OpError::ReviewInProgress(draft.date));
    }
    let review = find_mut(reviews, id)?;
    let mentor = Rater::Mentor(review.mentor.clone());
    let given = assessments
        .iter()
        .filter(|a| a.date == review.date && a.rater == mentor)
        .flat_map(|a| &a.ratings);
    for (skill, rating) in given {
        let own = ratings::level_on(assessments, skill, &Rater::Myself, review.date);
        review
            .ratings
            .entry(skill.clone())
            .or_insert_with(|| SessionRating {
                mentor: rating.level,
                own: own.and_then(Level::new),
                example: rating.comment.clone(),
                extra: Default::default(),
            });
    }
    // As it was, with the ratings of its day: what a correction that changes nothing returns to.
    review.correcting = Some(Box::new(review.clone()));
    review.draft = true;
    if review.amended.last() != Some(&today) {
        review.amended.push(today);
    }
    Ok(())
}
