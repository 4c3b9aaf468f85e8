//! Readiness as it stood on a past day, from the dated data: what had been ticked, rated,
//! finished, recorded and reviewed by then, read through the same `Standing::compute` the
//! dashboard's `Insights::compute` uses, so a past figure is the one the dashboard showed for that record. A tick
//! taken back since still counts on the days it stood (the item keeps it in `undone`).

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::Progress;

use super::Standing;
use super::sweep::Sweep;

/// The data as it stood at the end of `day`.
pub fn as_of(progress: &Progress, day: NaiveDate) -> Progress {
    let mut p = cut(progress, day);
    p.journal = progress
        .journal
        .iter()
        .filter(|j| j.date <= day)
        .cloned()
        .collect();
    p
}

/// The data as it stood at the end of `day`, but the journal, which readiness does not read.
pub(super) fn cut(progress: &Progress, day: NaiveDate) -> Progress {
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
        ..progress_without_lists(progress)
    };
    // A rating corrected since reads as it stood that day (none, if first given since).
    for a in &mut p.assessments {
        let date = a.date;
        a.ratings.retain(|_, rating| {
            let Some(stood) = rating.on(date, day) else {
                return false;
            };
            let (level, comment) = (stood.level, stood.comment.map(str::to_string));
            rating.level = level;
            rating.comment = comment;
            rating.replaced.clear();
            true
        });
    }
    for state in p.checklist.values_mut() {
        state.done = state.done_on(day);
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
        practice: Vec::new(),
        conflicts: Vec::new(),
        notices_seen: progress.notices_seen.clone(),
        extra: Default::default(),
    }
}

/// The readiness score at the end of `day`.
pub fn readiness_on(pack: &Pack, progress: &Progress, day: NaiveDate) -> u8 {
    Standing::compute(pack, &cut(progress, day), day)
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
    let (review, start) = (last_review_day(progress), start_day(progress));
    let mut days: Vec<NaiveDate> = [review, start].into_iter().flatten().collect();
    days.retain(|d| *d < today);
    days.sort_unstable();
    let mut sweep = Sweep::new(pack, progress);
    let read: Vec<Then> = days
        .into_iter()
        .map(|date| Then {
            date,
            score: sweep.point(date).score,
        })
        .collect();
    let then = |day: Option<NaiveDate>| read.iter().copied().find(|t| Some(t.date) == day);
    Movement {
        last_review: then(review),
        start: then(start),
    }
}

/// The day of the last finished review.
pub(super) fn last_review_day(progress: &Progress) -> Option<NaiveDate> {
    progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .map(|r| r.date)
        .max()
}

/// The day the move started: the profile's start date, else the day before the first dated
/// entry (readiness before anything was done).
pub(super) fn start_day(progress: &Progress) -> Option<NaiveDate> {
    let first = [
        progress.assessments.iter().map(|a| a.date).min(),
        progress.evidence.iter().map(|e| e.date).min(),
        progress
            .checklist
            .values()
            .flat_map(|s| s.done.into_iter().chain(s.undone.iter().map(|u| u.ticked)))
            .min(),
    ]
    .into_iter()
    .flatten()
    .min();
    progress
        .profile
        .start_date
        .or_else(|| first.and_then(|d| d.pred_opt()))
}
