//! What an export may include, and the progress cut down to it.

use crate::progress::{Progress, Rater};

/// What goes into an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportOptions {
    /// Include journal entries and notes marked private.
    pub include_private: bool,
}

/// The progress as a mentor browsing it read-only sees it: a private journal entry keeps its
/// place and date but its text reads "private", and so do private session notes. For showing
/// only: never saved.
pub fn masked(progress: &Progress) -> Progress {
    let mut p = progress.clone();
    for j in p.journal.iter_mut().filter(|j| j.private) {
        j.text = PRIVATE.to_string();
    }
    for review in p.reviews.iter_mut().filter(|r| !r.private_notes.is_empty()) {
        review.private_notes = PRIVATE.to_string();
    }
    p
}

/// The progress as a blind session shows it: while a session is in progress, the person's own
/// ratings of the skills its mentor has not rated yet are left out (history too), so no screen
/// shows them. `None` when no session is in progress. For showing only: never saved.
pub fn blind(progress: &Progress) -> Option<Progress> {
    let session = progress.draft_review()?;
    let mut p = progress.clone();
    for a in p
        .assessments
        .iter_mut()
        .filter(|a| a.rater == Rater::Myself)
    {
        a.ratings
            .retain(|skill, _| session.ratings.contains_key(skill));
    }
    p.assessments.retain(|a| !a.ratings.is_empty());
    Some(p)
}

/// What stands in for a private text that is not shown.
const PRIVATE: &str = "private";

/// The progress as it may be shared: private entries removed unless asked for.
pub fn shareable(progress: &Progress, options: ExportOptions) -> Progress {
    let mut p = progress.clone();
    if !options.include_private {
        p.journal.retain(|j| !j.private);
        for review in &mut p.reviews {
            review.private_notes.clear();
        }
    }
    p
}
