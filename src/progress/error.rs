//! Why an operation on progress was refused, in words that say how to get it right.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    #[error("no new {0} can be added: the highest id is at its limit ({max}); renumber them in the file first", max = u32::MAX)]
    IdsExhausted(&'static str),
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
    #[error("no action item {review}.{n} (review {review} has fewer; pivot review action list shows them)", n = .index + 1)]
    UnknownAction { review: u32, index: usize },
    #[error("no such outcome (number {n}) in review {review}", n = .index + 1)]
    UnknownOutcome { review: u32, index: usize },
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
