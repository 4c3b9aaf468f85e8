//! Readiness as it stood on a past day, from the dated data: what had been ticked, rated,
//! finished, recorded and reviewed by then, read through the same `Insights::compute` the
//! dashboard uses, so a past figure is the one the dashboard showed for that record. What the
//! data no longer holds (a tick undone since) is not in it.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::Progress;

use super::Insights;

/// The data as it stood at the end of `day`.
pub fn as_of(progress: &Progress, day: NaiveDate) -> Progress {
    let on = |d: &NaiveDate| *d <= day;
    let mut p = Progress {
        assessments: progress
            .assessments
            .iter()
            .filter(|a| on(&a.date))
            .cloned()
            .collect(),
        evidence: progress
            .evidence
            .iter()
            .filter(|e| on(&e.date))
            .cloned()
            .collect(),
        reviews: progress
            .reviews
            .iter()
            .filter(|r| !r.draft && on(&r.date))
            .cloned()
            .collect(),
        journal: progress
            .journal
            .iter()
            .filter(|j| on(&j.date))
            .cloned()
            .collect(),
        ..progress_without_lists(progress)
    };
    for state in p.checklist.values_mut() {
        state.done = state.done.filter(on);
    }
    for m in &mut p.milestones {
        m.done = m.done.filter(on);
    }
    for review in &mut p.reviews {
        for action in &mut review.actions {
            action.done = action.done.filter(on);
        }
    }
    p
}

/// The data but its long dated lists (copied apart, filtered).
fn progress_without_lists(progress: &Progress) -> Progress {
    Progress {
        schema_version: progress.schema_version,
        pack: progress.pack.clone(),
        profile: progress.profile.clone(),
        settings: progress.settings.clone(),
        checklist: progress.checklist.clone(),
        evidence: Vec::new(),
        assessments: Vec::new(),
        milestones: progress.milestones.clone(),
        reviews: Vec::new(),
        packets: Vec::new(),
        journal: Vec::new(),
        conflicts: Vec::new(),
        notices_seen: progress.notices_seen.clone(),
        extra: Default::default(),
    }
}

/// The readiness score at the end of `day`.
pub fn readiness_on(pack: &Pack, progress: &Progress, day: NaiveDate) -> u8 {
    Insights::compute(pack, &as_of(progress, day), day)
        .readiness
        .score
}

/// A past point of readiness: the day and the score then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Then {
    pub date: NaiveDate,
    pub score: u8,
}

/// How readiness moved: its score on the day of the last finished review and on the day the
/// move started (the profile's start date, else the first dated entry), when before today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Movement {
    pub last_review: Option<Then>,
    pub start: Option<Then>,
}

impl Movement {
    /// How `now` differs from each past point there is: what it is since ("the review of
    /// 2026-11-05", "the start (2026-06-01)"), the change, and the score then.
    pub fn changes(&self, now: u8) -> Vec<(String, i16, u8)> {
        [
            self.last_review
                .map(|t| (format!("the review of {}", t.date), t)),
            self.start.map(|t| (format!("the start ({})", t.date), t)),
        ]
        .into_iter()
        .flatten()
        .map(|(since, t)| (since, i16::from(now) - i16::from(t.score), t.score))
        .collect()
    }
}

/// How readiness moved by `today` (see [`Movement`]).
pub fn movement(pack: &Pack, progress: &Progress, today: NaiveDate) -> Movement {
    let then = |date: Option<NaiveDate>| {
        date.filter(|d| *d < today).map(|date| Then {
            date,
            score: readiness_on(pack, progress, date),
        })
    };
    let last_review = progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .map(|r| r.date)
        .max();
    let first = [
        progress.assessments.iter().map(|a| a.date).min(),
        progress.evidence.iter().map(|e| e.date).min(),
        progress.checklist.values().filter_map(|s| s.done).min(),
    ]
    .into_iter()
    .flatten()
    .min();
    // The day before the first entry: readiness before anything was done.
    let start = progress
        .profile
        .start_date
        .or_else(|| first.and_then(|d| d.pred_opt()));
    Movement {
        last_review: then(last_review),
        start: then(start),
    }
}
