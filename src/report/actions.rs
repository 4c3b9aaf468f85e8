//! Every action item a review left, wherever it is kept: what `pivot review action list` shows.

use chrono::NaiveDate;
use serde::Serialize;

use crate::progress::Progress;

/// One action item with the id people type for it (REVIEW.N, N from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ActionRow {
    pub id: String,
    pub review: u32,
    /// The date of the session it came from, and with whom.
    pub session: NaiveDate,
    pub mentor: String,
    /// From the session still in progress.
    pub in_progress: bool,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
}

/// Open items first, soonest due first (undated last); then done ones, latest first.
pub fn action_list(progress: &Progress) -> Vec<ActionRow> {
    let mut rows: Vec<ActionRow> = progress
        .reviews
        .iter()
        .flat_map(|r| {
            r.actions.iter().zip(1..).map(move |(a, n)| ActionRow {
                id: format!("{}.{n}", r.id),
                review: r.id,
                session: r.date,
                mentor: r.mentor.clone(),
                in_progress: r.draft,
                text: a.text.clone(),
                owner: a.owner.clone(),
                due: a.due,
                done: a.done,
            })
        })
        .collect();
    rows.sort_by_key(|a| {
        (
            a.done.is_some(),
            std::cmp::Reverse(a.done),
            a.due.is_none(),
            a.due,
            a.review,
        )
    });
    rows
}
