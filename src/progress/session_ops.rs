//! The operations on mentor review sessions: start, rate, note, outcomes, finish, discard,
//! amend, and action items ticked off between sessions. Each checks first and changes nothing
//! when it refuses; the rules are in `reviews.rs`.

use chrono::NaiveDate;

use super::document::Progress;
use super::error::OpError;
use super::ratings::Level;
use super::reviews::{self, Outcome, Review};

impl Progress {
    /// The session in progress, if any.
    pub fn draft_review(&self) -> Option<&Review> {
        reviews::draft(&self.reviews)
    }

    /// Open a session with a mentor; the agenda is kept as it stood at the start.
    pub fn start_review(
        &mut self,
        mentor: &str,
        date: NaiveDate,
        agenda: Vec<String>,
    ) -> Result<u32, OpError> {
        reviews::start(&mut self.reviews, mentor, date, agenda)
    }

    pub fn set_review_notes(&mut self, id: u32, notes: &str, private: &str) -> Result<(), OpError> {
        reviews::set_notes(&mut self.reviews, id, notes, private)
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
        reviews::add_outcome(&mut self.reviews, id, kind, text, owner, due)
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
        let assessments = &mut self.assessments;
        reviews::rate_in_session(&mut self.reviews, assessments, id, skill, level, example)
    }

    /// Change a strength, growth area or action item of a session (by kind and position).
    pub fn edit_outcome(
        &mut self,
        id: u32,
        which: (Outcome, usize),
        text: &str,
        owner: &str,
        due: Option<NaiveDate>,
    ) -> Result<(), OpError> {
        reviews::edit_outcome(&mut self.reviews, id, which, text, owner, due)
    }

    /// Remove a strength, growth area or action item from a session; gives its text.
    pub fn remove_outcome(&mut self, id: u32, which: (Outcome, usize)) -> Result<String, OpError> {
        reviews::remove_outcome(&mut self.reviews, id, which)
    }

    /// Open a finished review again to correct it (marked amended today).
    pub fn amend_review(&mut self, id: u32, today: NaiveDate) -> Result<(), OpError> {
        reviews::amend(&mut self.reviews, &self.assessments, id, today)
    }

    /// End the session: it becomes a review record and its actions go on the next agenda. The
    /// newest review finished plans the next a month after it, unless a later date is set.
    pub fn finish_review(&mut self, id: u32) -> Result<(), OpError> {
        reviews::finish(&mut self.reviews, id)?;
        let finished = self.reviews.iter().filter(|r| !r.draft);
        let newest = finished
            .max_by_key(|r| (r.date, r.id))
            .map(|r| (r.id, r.date));
        if let Some((newest, date)) = newest
            && newest == id
            && self.profile.next_review.is_none_or(|next| next <= date)
        {
            self.profile.next_review = date.checked_add_months(chrono::Months::new(1));
        }
        Ok(())
    }

    /// Drop a session in progress (ratings the mentor gave stay: they are ratings).
    pub fn discard_review(&mut self, id: u32) -> Result<Review, OpError> {
        reviews::discard(&mut self.reviews, id)
    }

    /// Mark action item `index` of review `review` done on a date (one done already keeps its
    /// date), or open again (`None`); gives what it was before. Any time: an action is kept between reviews, not only in a session.
    pub fn set_action_done(
        &mut self,
        review: u32,
        index: usize,
        done: Option<NaiveDate>,
    ) -> Result<Option<NaiveDate>, OpError> {
        reviews::set_action_done(&mut self.reviews, review, index, done)
    }

    /// Mark an action item done today, or open again.
    pub fn toggle_action(
        &mut self,
        review: u32,
        index: usize,
        today: NaiveDate,
    ) -> Result<bool, OpError> {
        reviews::toggle_action(&mut self.reviews, review, index, today)
    }
}
