//! The rows the Review screen's lists hold beyond the data's own order: a session's outcomes
//! one by one, and every action item for ticking off between sessions.

use crate::progress::{Outcome as Kind, Progress, Review};

/// A session's outcomes in the order the panel shows them: strengths, growth areas, actions.
pub fn outcomes(review: &Review) -> Vec<(Kind, usize)> {
    let strengths = (0..review.strengths.len()).map(|i| (Kind::Strength, i));
    let growth = (0..review.growth_areas.len()).map(|i| (Kind::GrowthArea, i));
    let actions = (0..review.actions.len()).map(|i| (Kind::Action, i));
    strengths.chain(growth).chain(actions).collect()
}

/// The text of outcome `(kind, index)` of a session.
pub fn outcome_text(review: &Review, (kind, index): (Kind, usize)) -> Option<&str> {
    match kind {
        Kind::Strength => review.strengths.get(index).map(String::as_str),
        Kind::GrowthArea => review.growth_areas.get(index).map(String::as_str),
        Kind::Action => review.actions.get(index).map(|a| a.text.as_str()),
    }
}

/// Every action item of a finished review as (review id, position): open ones first (oldest
/// due first), then done ones (latest first).
pub fn actions(progress: &Progress) -> Vec<(u32, usize)> {
    // Each key made once from the action itself (a large file has hundreds of them).
    let mut rows: Vec<_> = progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .flat_map(|r| {
            r.actions.iter().enumerate().map(move |(i, a)| {
                let key = (
                    a.done.is_some(),
                    a.done.map(std::cmp::Reverse),
                    a.due.is_none(),
                    a.due,
                );
                (key, (r.id, i))
            })
        })
        .collect();
    rows.sort_unstable();
    rows.into_iter().map(|(_, at)| at).collect()
}
