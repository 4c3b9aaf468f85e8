//! Readiness on a run of days, oldest first, in one pass over the data: each day's parts are
//! made by the same arithmetic as the dashboard's (`readiness::components`, `score_of`, and the
//! skills' own `SkillStatus::fraction`), from what stood at the end of that day. A day read by
//! `history::cut` and `Standing::compute` gives the same point; `tests/history.rs` checks
//! every day of a long record both ways.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::content::{Pack, item_key};
use crate::progress::{ItemState, Progress, Rater};

use super::Coverage;
use super::coverage::weight;
use super::readiness::Readiness;
use super::readiness::{Component, components, score_of};
use super::skills::{MentorPoint, RatingPoint, SkillStatus, Trend};

/// Readiness at the end of one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    pub score: u8,
    /// Each part's points, exact (checklist, skills, milestones, as
    /// [`Readiness::components`]): a part moves only when what it counts moves. They add up to
    /// the score before rounding and the must-have cap.
    pub parts: Vec<f64>,
    /// Held under the ready line by a must-have skill below target.
    pub capped: bool,
}

impl Point {
    pub(super) fn of(date: NaiveDate, readiness: &Readiness) -> Point {
        Point {
            date,
            score: readiness.score,
            parts: readiness.components.iter().map(Component::points).collect(),
            capped: readiness.capped,
        }
    }
}

/// A skill's latest rating of one kind so far: its place in the file (a later one of the same
/// day wins, as on the dashboard), the day and the level, and the mentor's name.
type Latest<'a> = Option<(usize, NaiveDate, u8, &'a str)>;

/// Readiness on days given in order, each read from where the one before left off.
pub(super) struct Sweep<'a> {
    pack: &'a Pack,
    progress: &'a Progress,
    /// Each rating's levels by the day they stood from (a rating corrected since has more
    /// than one), oldest first, and how many are read so far.
    changes: Vec<Change>,
    read: usize,
    own: Vec<Latest<'a>>,
    mentor: Vec<Latest<'a>>,
    /// Each piece of evidence, in the file's order: its day and the skills it backs by how much.
    pieces: Vec<(NaiveDate, Vec<(usize, f64)>)>,
    /// The pack's items as the file has them, and how many the pack has.
    items: Vec<&'a ItemState>,
    item_count: usize,
}

impl<'a> Sweep<'a> {
    pub(super) fn new(pack: &'a Pack, progress: &'a Progress) -> Sweep<'a> {
        let skill_at = pack
            .skills
            .iter()
            .enumerate()
            .map(|(n, s)| (s.id.as_str(), n))
            .collect();
        let changes = changes(&skill_at, progress);
        let pieces = progress
            .evidence
            .iter()
            .map(|piece| {
                let backs = pack
                    .skills
                    .iter()
                    .enumerate()
                    .filter_map(|(n, s)| weight(piece, &s.id).map(|w| (n, w)))
                    .collect();
                (piece.date, backs)
            })
            .collect();
        let keys = pack
            .steps
            .iter()
            .flat_map(|step| step.items.iter().map(|i| item_key(&step.id, &i.id)));
        let item_count = keys.clone().count();
        let items = keys.filter_map(|k| progress.checklist.get(&k)).collect();
        Sweep {
            pack,
            progress,
            changes,
            read: 0,
            own: vec![None; pack.skills.len()],
            mentor: vec![None; pack.skills.len()],
            pieces,
            items,
            item_count,
        }
    }

    /// Readiness at the end of `day`, which is not before the day asked last.
    pub(super) fn point(&mut self, day: NaiveDate) -> Point {
        self.read_ratings(day);
        let skills = self.skills(day);
        let done = self
            .items
            .iter()
            .filter(|s| s.done_on(day).is_some())
            .count();
        let milestones = &self.progress.milestones;
        let finished = milestones
            .iter()
            .filter(|m| m.done.is_some_and(|d| d <= day))
            .count();
        let parts = components(
            (done, self.item_count),
            &skills,
            (finished, milestones.len()),
        );
        let (score, capped) = score_of(&parts, &skills);
        Point {
            date: day,
            score,
            parts: parts.iter().map(Component::points).collect(),
            capped,
        }
    }

    /// Take in the ratings standing by the end of `day`.
    fn read_ratings(&mut self, day: NaiveDate) {
        let assessments = &self.progress.assessments;
        while let Some(change) = self.changes.get(self.read) {
            if change.from > day {
                break;
            }
            self.read += 1;
            let (n, at) = (change.assessment, change.skill);
            let a = &assessments[n];
            let (slot, name) = match &a.rater {
                Rater::Myself => (&mut self.own[at], ""),
                Rater::Mentor(name) => (&mut self.mentor[at], name.as_str()),
            };
            // A later assessment of the same rater wins; a correction of the same one too.
            if slot.is_none_or(|(m, ..)| m <= n) {
                *slot = Some((n, a.date, change.level, name));
            }
        }
    }

    /// Where each skill stood at the end of `day`: the latest ratings and the fresh evidence.
    fn skills(&self, day: NaiveDate) -> Vec<SkillStatus> {
        let stale_after = i64::from(self.progress.settings.evidence_stale_days);
        let mut backing = vec![0.0; self.pack.skills.len()];
        for (date, backs) in &self.pieces {
            if *date <= day && (day - *date).num_days() <= stale_after {
                for &(n, w) in backs {
                    backing[n] += w;
                }
            }
        }
        self.pack
            .skills
            .iter()
            .enumerate()
            .map(|(n, s)| SkillStatus {
                id: s.id.clone(),
                name: s.name.clone(),
                target: s.target,
                must_have: s.must_have,
                self_rating: self.own[n].map(|(_, date, level, _)| RatingPoint {
                    level,
                    date,
                    comment: None,
                }),
                mentor_rating: self.mentor[n].map(|(_, date, level, mentor)| MentorPoint {
                    level,
                    date,
                    mentor: mentor.to_string(),
                    comment: None,
                }),
                history: Vec::new(),
                trend: Trend::New,
                coverage: Coverage {
                    score: backing[n],
                    ..Coverage::default()
                },
            })
            .collect()
    }
}

/// A rating's level from a day on: its assessment's place in the file and the skill's in the
/// pack.
struct Change {
    from: NaiveDate,
    assessment: usize,
    skill: usize,
    level: u8,
}

/// Every rating of a skill of the pack, each level it stood at, by the day it stood from (the
/// file's order kept within a day).
fn changes(skill_at: &HashMap<&str, usize>, progress: &Progress) -> Vec<Change> {
    let mut by_date: Vec<usize> = (0..progress.assessments.len()).collect();
    by_date.sort_by_key(|&n| progress.assessments[n].date);
    let mut changes = Vec::new();
    for n in by_date {
        let a = &progress.assessments[n];
        for (skill, rating) in &a.ratings {
            let Some(&at) = skill_at.get(skill.as_str()) else {
                continue;
            };
            changes.extend(rating.timeline(a.date).into_iter().map(|s| Change {
                from: s.from,
                assessment: n,
                skill: at,
                level: s.level.get(),
            }));
        }
    }
    changes.sort_by_key(|c| c.from);
    changes
}
