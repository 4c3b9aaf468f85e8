//! Pure operations on progress. Each checks its input against the pack and changes nothing when
//! it returns an error, so a bad command never touches the data.

use chrono::NaiveDate;

use super::{
    Assessment, ItemState, JournalEntry, Level, Milestone, Progress, Rater, Rating, closest,
    next_id,
};
use crate::content::{Pack, item_key};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    #[error("unknown item '{typed}'{}. Items are named STEP/ITEM, e.g. '{example}'; `pivot pack show` lists them", hint(.suggestion))]
    UnknownItem {
        typed: String,
        suggestion: Option<String>,
        example: String,
    },
    #[error("unknown step '{typed}'{}. Steps: {}", hint(.suggestion), .known.join(", "))]
    UnknownStep {
        typed: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    #[error("unknown skill '{typed}'{}. Skills: {}", hint(.suggestion), .known.join(", "))]
    UnknownSkill {
        typed: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    #[error("level must be a whole number from 1 to 5, got '{0}'")]
    BadLevel(String),
    #[error("no milestone with id {0}; `pivot milestone list` shows the ids")]
    UnknownMilestone(u32),
    #[error("no journal entry with id {0}")]
    UnknownJournal(u32),
    #[error("no evidence with id {0}; `pivot evidence list` shows the ids")]
    UnknownEvidence(u32),
    #[error("no review with id {0}")]
    UnknownReview(u32),
    #[error("no action item {index} in review {review}")]
    UnknownAction { review: u32, index: usize },
    #[error("a review session is already in progress (from {0}); finish or discard it first")]
    ReviewInProgress(chrono::NaiveDate),
    #[error("{0} must not be empty")]
    Empty(&'static str),
}

fn hint(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map(|s| format!(" (did you mean '{s}'?)"))
        .unwrap_or_default()
}

/// Parse a level typed by a person ("3").
pub fn parse_level(text: &str) -> Result<Level, OpError> {
    text.trim()
        .parse::<u8>()
        .ok()
        .and_then(Level::new)
        .ok_or_else(|| OpError::BadLevel(text.to_string()))
}

/// Resolve `STEP/ITEM` against the pack, or say what exists.
pub fn resolve_item(pack: &Pack, key: &str) -> Result<String, OpError> {
    let (step_id, item_id) = key.split_once('/').unwrap_or((key, ""));
    if let Some(step) = pack.step(step_id)
        && step.item(item_id).is_some()
    {
        return Ok(item_key(step_id, item_id));
    }
    let all: Vec<String> = pack
        .steps
        .iter()
        .flat_map(|s| s.items.iter().map(|i| item_key(&s.id, &i.id)))
        .collect();
    let suggestion = closest(key, all.iter().map(String::as_str)).map(str::to_string);
    Err(OpError::UnknownItem {
        typed: key.to_string(),
        suggestion,
        example: all.first().cloned().unwrap_or_default(),
    })
}

pub fn resolve_step(pack: &Pack, id: &str) -> Result<String, OpError> {
    if pack.step(id).is_some() {
        return Ok(id.to_string());
    }
    let known: Vec<String> = pack.steps.iter().map(|s| s.id.clone()).collect();
    Err(OpError::UnknownStep {
        typed: id.to_string(),
        suggestion: closest(id, known.iter().map(String::as_str)).map(str::to_string),
        known,
    })
}

pub fn resolve_skill(pack: &Pack, id: &str) -> Result<String, OpError> {
    if pack.skill(id).is_some() {
        return Ok(id.to_string());
    }
    let known: Vec<String> = pack.skills.iter().map(|s| s.id.clone()).collect();
    Err(OpError::UnknownSkill {
        typed: id.to_string(),
        suggestion: closest(id, known.iter().map(String::as_str)).map(str::to_string),
        known,
    })
}

pub(super) fn non_empty(text: &str, what: &'static str) -> Result<String, OpError> {
    let t = text.trim();
    if t.is_empty() {
        Err(OpError::Empty(what))
    } else {
        Ok(t.to_string())
    }
}

/// Blank text clears an optional field.
pub(super) fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl Progress {
    /// Tick an item (keeping the first tick date if already ticked).
    pub fn check(&mut self, key: &str, today: NaiveDate) {
        let state = self.checklist.entry(key.to_string()).or_default();
        state.done.get_or_insert(today);
    }

    /// Untick an item; its note stays, and so does evidence that names it.
    pub fn uncheck(&mut self, key: &str) {
        if let Some(state) = self.checklist.get_mut(key) {
            state.done = None;
        }
        self.drop_if_empty(key);
    }

    /// Set or clear (with blank text) an item's note.
    pub fn set_note(&mut self, key: &str, note: &str) {
        self.checklist.entry(key.to_string()).or_default().note = optional(note);
        self.drop_if_empty(key);
    }

    fn drop_if_empty(&mut self, key: &str) {
        if self.checklist.get(key) == Some(&ItemState::default()) {
            self.checklist.remove(key);
        }
    }

    /// Record a rating. Ratings by the same rater on the same date form one assessment; a second
    /// rating of the same skill that day replaces the first.
    pub fn rate(
        &mut self,
        skill: &str,
        level: Level,
        rater: Rater,
        comment: Option<&str>,
        date: NaiveDate,
    ) {
        let rating = Rating {
            level,
            comment: comment.and_then(optional),
        };
        let existing = self
            .assessments
            .iter()
            .rposition(|a| a.date == date && a.rater == rater);
        let index = existing.unwrap_or_else(|| {
            // Keep assessments in date order even when back-dated.
            let at = self.assessments.partition_point(|a| a.date <= date);
            self.assessments.insert(
                at,
                Assessment {
                    date,
                    rater,
                    ratings: Default::default(),
                },
            );
            at
        });
        self.assessments[index]
            .ratings
            .insert(skill.to_string(), rating);
    }

    pub fn add_milestone(
        &mut self,
        title: &str,
        due: NaiveDate,
        step: Option<String>,
    ) -> Result<u32, OpError> {
        let title = non_empty(title, "milestone title")?;
        let id = next_id(self.milestones.iter().map(|m| m.id));
        self.milestones.push(Milestone {
            id,
            title,
            due,
            step,
            done: None,
        });
        Ok(id)
    }

    pub fn milestone_mut(&mut self, id: u32) -> Result<&mut Milestone, OpError> {
        self.milestones
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or(OpError::UnknownMilestone(id))
    }

    pub fn complete_milestone(&mut self, id: u32, today: NaiveDate) -> Result<(), OpError> {
        self.milestone_mut(id)?.done.get_or_insert(today);
        Ok(())
    }

    pub fn reopen_milestone(&mut self, id: u32) -> Result<(), OpError> {
        self.milestone_mut(id)?.done = None;
        Ok(())
    }

    pub fn edit_milestone(
        &mut self,
        id: u32,
        title: &str,
        due: NaiveDate,
        step: Option<String>,
    ) -> Result<(), OpError> {
        let title = non_empty(title, "milestone title")?;
        let m = self.milestone_mut(id)?;
        m.title = title;
        m.due = due;
        m.step = step;
        Ok(())
    }

    pub fn delete_milestone(&mut self, id: u32) -> Result<Milestone, OpError> {
        let at = self
            .milestones
            .iter()
            .position(|m| m.id == id)
            .ok_or(OpError::UnknownMilestone(id))?;
        Ok(self.milestones.remove(at))
    }

    pub fn add_journal(
        &mut self,
        text: &str,
        private: bool,
        date: NaiveDate,
    ) -> Result<u32, OpError> {
        let text = non_empty(text, "journal text")?;
        let id = next_id(self.journal.iter().map(|j| j.id));
        self.journal.push(JournalEntry {
            id,
            date,
            text,
            private,
        });
        Ok(id)
    }

    pub fn delete_journal(&mut self, id: u32) -> Result<JournalEntry, OpError> {
        let at = self
            .journal
            .iter()
            .position(|j| j.id == id)
            .ok_or(OpError::UnknownJournal(id))?;
        Ok(self.journal.remove(at))
    }

    pub fn edit_journal(&mut self, id: u32, text: &str, private: bool) -> Result<(), OpError> {
        let text = non_empty(text, "journal text")?;
        let entry = self
            .journal
            .iter_mut()
            .find(|j| j.id == id)
            .ok_or(OpError::UnknownJournal(id))?;
        entry.text = text;
        entry.private = private;
        Ok(())
    }
}
