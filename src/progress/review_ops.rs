//! Operations on mentor review sessions. A session is saved as a draft from its first moment,
//! so nothing said in it is lost, and becomes a finished review when it ends.

use chrono::NaiveDate;

use super::ops::non_empty;
use super::{ActionItem, Level, OpError, Progress, Rater, Review, SessionRating, next_id};

/// What a session ends with, besides notes and ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Strength,
    GrowthArea,
    Action,
}

impl Progress {
    /// The session in progress, if any.
    pub fn draft_review(&self) -> Option<&Review> {
        self.reviews.iter().find(|r| r.draft)
    }

    fn review_mut(&mut self, id: u32) -> Result<&mut Review, OpError> {
        self.reviews
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(OpError::UnknownReview(id))
    }

    /// Open a session with a mentor; the agenda is kept as it stood at the start.
    pub fn start_review(
        &mut self,
        mentor: &str,
        date: NaiveDate,
        agenda: Vec<String>,
    ) -> Result<u32, OpError> {
        if let Some(draft) = self.draft_review() {
            return Err(OpError::ReviewInProgress(draft.date));
        }
        let mentor = non_empty(mentor, "the mentor's name")?;
        let id = next_id(self.reviews.iter().map(|r| r.id));
        self.reviews.push(Review {
            id,
            date,
            mentor,
            draft: true,
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

    pub fn set_review_notes(&mut self, id: u32, notes: &str, private: &str) -> Result<(), OpError> {
        let review = self.review_mut(id)?;
        review.notes = notes.trim().to_string();
        review.private_notes = private.trim().to_string();
        Ok(())
    }

    /// Add a strength, a growth area or an action item (which needs an owner; the due date is
    /// optional).
    pub fn add_outcome(
        &mut self,
        id: u32,
        kind: Outcome,
        text: &str,
        owner: &str,
        due: Option<NaiveDate>,
    ) -> Result<(), OpError> {
        let text = non_empty(text, "the text")?;
        let owner = match kind {
            Outcome::Action => non_empty(owner, "an action item's owner")?,
            Outcome::Strength | Outcome::GrowthArea => String::new(),
        };
        let review = self.review_mut(id)?;
        match kind {
            Outcome::Strength => review.strengths.push(text),
            Outcome::GrowthArea => review.growth_areas.push(text),
            Outcome::Action => review.actions.push(ActionItem {
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
    pub fn rate_in_session(
        &mut self,
        id: u32,
        skill: &str,
        level: Level,
        example: Option<&str>,
    ) -> Result<(), OpError> {
        let review = self
            .reviews
            .iter()
            .find(|r| r.id == id)
            .ok_or(OpError::UnknownReview(id))?;
        let (mentor, date) = (review.mentor.clone(), review.date);
        let own = self
            .level_on(skill, &Rater::Myself, date)
            .and_then(Level::new);
        let example = example.map(str::trim).filter(|e| !e.is_empty());
        self.rate(skill, level, Rater::Mentor(mentor), example, date);
        self.review_mut(id)?.ratings.insert(
            skill.to_string(),
            SessionRating {
                mentor: level,
                own,
                example: example.map(str::to_string),
            },
        );
        Ok(())
    }

    /// End the session: it becomes a review record and its actions go on the next agenda.
    pub fn finish_review(&mut self, id: u32) -> Result<(), OpError> {
        self.review_mut(id)?.draft = false;
        Ok(())
    }

    /// Drop a session in progress (ratings the mentor gave stay: they are ratings).
    pub fn discard_review(&mut self, id: u32) -> Result<Review, OpError> {
        let at = self
            .reviews
            .iter()
            .position(|r| r.id == id)
            .ok_or(OpError::UnknownReview(id))?;
        Ok(self.reviews.remove(at))
    }

    /// Mark an action item done today, or open again.
    pub fn toggle_action(
        &mut self,
        review: u32,
        index: usize,
        today: NaiveDate,
    ) -> Result<bool, OpError> {
        let action = self
            .review_mut(review)?
            .actions
            .get_mut(index)
            .ok_or(OpError::UnknownAction { review, index })?;
        action.done = match action.done {
            Some(_) => None,
            None => Some(today),
        };
        Ok(action.done.is_some())
    }
}
