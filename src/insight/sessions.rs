//! The ratings a review session recorded.

use crate::progress::{Progress, Rater, Review};

/// One skill rated in a session: the mentor's level, the person's own at the time, the example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLine {
    pub skill: String,
    pub own: Option<u8>,
    pub mentor: u8,
    pub example: Option<String>,
}

/// What a session recorded, in skill-id order. Sessions kept their ratings since they were
/// introduced; for a session without them (written by hand or before), the mentor's assessment
/// of that day stands in.
pub fn session_ratings(progress: &Progress, review: &Review) -> Vec<SessionLine> {
    if !review.ratings.is_empty() {
        return review
            .ratings
            .iter()
            .map(|(skill, r)| SessionLine {
                skill: skill.clone(),
                own: r.own.map(|l| l.get()),
                mentor: r.mentor.get(),
                example: r.example.clone(),
            })
            .collect();
    }
    let mentor = Rater::Mentor(review.mentor.clone());
    progress
        .assessments
        .iter()
        .filter(|a| a.date == review.date && a.rater == mentor)
        .flat_map(|a| a.ratings.iter())
        .map(|(skill, r)| SessionLine {
            skill: skill.clone(),
            own: progress.level_on(skill, &Rater::Myself, review.date),
            mentor: r.level.get(),
            example: r.comment.clone(),
        })
        .collect()
}
