//! The journey: readiness over time, from the day the move started to today, with the days of
//! finished reviews and milestones marked. Each point is readiness as it stood at the end of its
//! day (read in one pass, `sweep.rs`, by the arithmetic of `Standing::compute`), so the line goes through the figures the
//! dashboard showed on those days; today's point is the dashboard's own.

use chrono::{Duration, NaiveDate};

use crate::content::Pack;
use crate::progress::Progress;

use super::Standing;
use super::history::{cut, start_day};
use super::readiness::Readiness;
use super::sweep::{Point, Sweep};

/// At most this many evenly spaced days are read between the start and today (a day a review
/// was held or a milestone finished is read too), so the cost stays flat however long the
/// journey: a terminal chart has fewer columns than this, and a page's chart no more room.
pub const MOST_POINTS: usize = 60;

impl Point {
    /// Readiness at the end of `day` as the dashboard computes it on that day (the reference the
    /// journey's sweep is tested against).
    pub fn on(pack: &Pack, progress: &Progress, day: NaiveDate) -> Point {
        Point::of(
            day,
            &Standing::compute(pack, &cut(progress, day), day).readiness,
        )
    }
}

/// A day marked on the journey: a review finished, or a milestone finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub date: NaiveDate,
    pub kind: MarkKind,
    /// The review's mentor, or the milestone's title.
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Review,
    Milestone,
}

/// Readiness from the start to today, oldest first, and the marked days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journey {
    pub points: Vec<Point>,
    pub marks: Vec<Mark>,
}

impl Journey {
    /// The journey by `today`, whose point is `now` (the dashboard's readiness): nothing when
    /// the move has no start before today.
    pub fn compute(pack: &Pack, progress: &Progress, now: &Readiness, today: NaiveDate) -> Journey {
        let marks = marks(progress, today);
        let Some(start) = start_day(progress).filter(|d| *d < today) else {
            return Journey {
                points: vec![Point::of(today, now)],
                marks,
            };
        };
        let mut days = spaced(start, today);
        days.extend(marks.iter().map(|m| m.date).filter(|d| *d >= start));
        days.sort_unstable();
        days.dedup();
        let mut sweep = Sweep::new(pack, progress);
        let mut points: Vec<Point> = days
            .into_iter()
            .filter(|d| *d < today)
            .map(|day| sweep.point(day))
            .collect();
        points.push(Point::of(today, now));
        Journey { points, marks }
    }

    /// The score on `day`: that of the last point on or before it.
    pub fn score_on(&self, day: NaiveDate) -> Option<u8> {
        self.points
            .iter()
            .take_while(|p| p.date <= day)
            .last()
            .map(|p| p.score)
    }
}

/// Up to [`MOST_POINTS`] days from `start` to `today`, both included, evenly spaced.
fn spaced(start: NaiveDate, today: NaiveDate) -> Vec<NaiveDate> {
    let span = (today - start).num_days().max(0);
    let most = i64::try_from(MOST_POINTS).unwrap_or(i64::MAX).max(2) - 1;
    let step = (span + most - 1) / most;
    let step = step.max(1);
    let mut days: Vec<NaiveDate> = (0..=span / step)
        .map(|n| start + Duration::days(n * step))
        .collect();
    days.push(today);
    days
}

/// Finished reviews and milestones up to `today`, oldest first.
fn marks(progress: &Progress, today: NaiveDate) -> Vec<Mark> {
    let reviews = progress
        .reviews
        .iter()
        .filter(|r| !r.draft && r.date <= today)
        .map(|r| Mark {
            date: r.date,
            kind: MarkKind::Review,
            label: r.mentor.clone(),
        });
    let milestones = progress.milestones.iter().filter_map(|m| {
        m.done.filter(|d| *d <= today).map(|date| Mark {
            date,
            kind: MarkKind::Milestone,
            label: m.title.clone(),
        })
    });
    let mut marks: Vec<Mark> = reviews.chain(milestones).collect();
    marks.sort_by_key(|m| (m.date, m.kind == MarkKind::Milestone));
    marks
}

/// One rating given: when, by whom (`None`: the person), the level and the example written.
/// A rating corrected when its review was amended gives one of these for each level it stood
/// at: `from` the day it stood from, `until` the day it was replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Past {
    pub date: NaiveDate,
    pub mentor: Option<String>,
    pub level: u8,
    pub example: Option<String>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// Every rating of each skill of the pack (in the pack's order), oldest first; a later one of
/// the same day and rater replaces the one before, as on the dashboard.
pub fn past_ratings(pack: &Pack, progress: &Progress) -> Vec<Vec<Past>> {
    let at: std::collections::HashMap<&str, usize> = pack
        .skills
        .iter()
        .enumerate()
        .map(|(n, s)| (s.id.as_str(), n))
        .collect();
    let mut out = vec![Vec::new(); pack.skills.len()];
    for a in &progress.assessments {
        let mentor = match &a.rater {
            crate::progress::Rater::Myself => None,
            crate::progress::Rater::Mentor(name) => Some(name.clone()),
        };
        for (skill, rating) in &a.ratings {
            let Some(&n) = at.get(skill.as_str()) else {
                continue;
            };
            let list: &mut Vec<Past> = &mut out[n];
            list.retain(|p| !(p.date == a.date && p.mentor == mentor));
            let stood = rating.timeline(a.date);
            let untils = stood.iter().skip(1).map(|s| Some(s.from)).chain([None]);
            list.extend(stood.iter().zip(untils).map(|(s, until)| Past {
                date: a.date,
                mentor: mentor.clone(),
                level: s.level.get(),
                example: s.comment.map(str::to_string),
                from: s.from,
                until,
            }));
        }
    }
    for list in &mut out {
        list.sort_by_key(|p| (p.from, p.date));
    }
    out
}
