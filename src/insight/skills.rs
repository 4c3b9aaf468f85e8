use std::collections::HashMap;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::{Progress, Rater, Rating};

use super::coverage::Coverage;

/// The share of a skill's readiness points that waits for evidence.
pub const UNBACKED_DISCOUNT: f64 = 0.25;

/// A self rating at a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingPoint {
    pub level: u8,
    pub date: NaiveDate,
    pub comment: Option<String>,
}

/// A mentor's rating at a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorPoint {
    pub level: u8,
    pub date: NaiveDate,
    pub mentor: String,
    pub comment: Option<String>,
}

/// Direction of the self ratings: the latest against the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Fewer than two ratings.
    New,
    Up,
    Flat,
    Down,
}

impl Trend {
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::New => "·",
            Trend::Up => "↑",
            Trend::Flat => "→",
            Trend::Down => "↓",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Trend::New => "new",
            Trend::Up => "up",
            Trend::Flat => "flat",
            Trend::Down => "down",
        }
    }
}

/// Where a person stands on one skill.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillStatus {
    pub id: String,
    pub name: String,
    pub target: u8,
    pub must_have: bool,
    pub self_rating: Option<RatingPoint>,
    pub mentor_rating: Option<MentorPoint>,
    /// Self ratings, oldest first.
    pub history: Vec<(NaiveDate, u8)>,
    pub trend: Trend,
    /// The evidence behind it (filled in by `Insights::compute`, which knows today).
    pub coverage: Coverage,
}

impl SkillStatus {
    /// The level used for readiness: the lower of the latest self and mentor ratings, so an
    /// optimistic self-view alone does not clear a gap the mentor sees.
    pub fn level(&self) -> Option<u8> {
        let own = self.self_rating.as_ref().map(|r| r.level);
        let mentor = self.mentor_rating.as_ref().map(|r| r.level);
        match (own, mentor) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Whose rating [`SkillStatus::level`] is, said where it is not simply the person's own:
    /// " (self 3, Ana 2: the lower counts)", " (Ana's rating; not self-rated)"; empty otherwise.
    pub fn whose(&self) -> String {
        match (&self.self_rating, &self.mentor_rating) {
            (Some(own), Some(m)) if own.level != m.level => format!(
                " (self {}, {} {}: the lower counts)",
                own.level, m.mentor, m.level
            ),
            (None, Some(m)) => format!(" ({}'s rating; not self-rated)", m.mentor),
            _ => String::new(),
        }
    }

    /// How far below target (0 when at or above); `None` when unrated.
    pub fn gap(&self) -> Option<u8> {
        self.level().map(|l| self.target.saturating_sub(l))
    }

    pub fn below_target(&self) -> bool {
        self.gap() != Some(0)
    }

    /// The level a new PM needs, met or not, as a fraction (unrated counts as 0).
    /// Reached level against target (unrated counts as 0), of which a quarter depends on
    /// evidence backing it: a rating alone earns three quarters of its points.
    pub fn fraction(&self) -> f64 {
        let level = f64::from(self.level().unwrap_or(0).min(self.target));
        let reached = level / f64::from(self.target.max(1));
        reached * (1.0 - UNBACKED_DISCOUNT * (1.0 - self.coverage.score.min(1.0)))
    }

    /// At or above target by its rating, with no fresh evidence enough to back it.
    pub fn unbacked(&self) -> bool {
        !self.below_target() && self.coverage.score < 1.0
    }
}

/// Latest self and mentor ratings, history and trend for each skill of the pack, in pack order.
/// Ratings of skills the pack no longer has are ignored here (and kept in the file).
pub fn skills(pack: &Pack, progress: &Progress) -> Vec<SkillStatus> {
    let mut by_id: HashMap<&str, SkillStatus> = pack
        .skills
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                SkillStatus {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    target: s.target,
                    must_have: s.must_have,
                    self_rating: None,
                    mentor_rating: None,
                    history: Vec::new(),
                    trend: Trend::New,
                    coverage: Default::default(),
                },
            )
        })
        .collect();
    // The latest of each kind, kept by reference until the end (a long history would otherwise
    // copy every comment it has). Assessments are kept in date order; a later one of the same
    // date wins.
    let mut latest: HashMap<&str, Latest> = HashMap::new();
    for assessment in &progress.assessments {
        for (skill, rating) in &assessment.ratings {
            let Some(status) = by_id.get_mut(skill.as_str()) else {
                continue;
            };
            let last = latest.entry(skill.as_str()).or_default();
            match &assessment.rater {
                Rater::Myself => {
                    status.history.push((assessment.date, rating.level.get()));
                    last.own = Some((assessment.date, rating));
                }
                Rater::Mentor(name) => last.mentor = Some((assessment.date, name, rating)),
            }
        }
    }
    pack.skills
        .iter()
        .filter_map(|s| by_id.remove(s.id.as_str()))
        .map(|mut status| {
            let last = latest.remove(status.id.as_str()).unwrap_or_default();
            status.self_rating = last.own.map(|(date, r)| RatingPoint {
                level: r.level.get(),
                date,
                comment: r.comment.clone(),
            });
            status.mentor_rating = last.mentor.map(|(date, mentor, r)| MentorPoint {
                level: r.level.get(),
                date,
                mentor: mentor.clone(),
                comment: r.comment.clone(),
            });
            status.trend = trend(&status.history);
            status
        })
        .collect()
}

/// A skill's latest own and mentor ratings, with their dates (and the mentor's name).
#[derive(Default)]
struct Latest<'a> {
    own: Option<(NaiveDate, &'a Rating)>,
    mentor: Option<(NaiveDate, &'a String, &'a Rating)>,
}

fn trend(history: &[(NaiveDate, u8)]) -> Trend {
    match history {
        [.., (_, before), (_, latest)] => match latest.cmp(before) {
            std::cmp::Ordering::Greater => Trend::Up,
            std::cmp::Ordering::Equal => Trend::Flat,
            std::cmp::Ordering::Less => Trend::Down,
        },
        _ => Trend::New,
    }
}
