//! The journey as JSON (`status --json`'s `journey`): readiness on past days and the days
//! marked on it, for a script or a chart of one's own.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::insight::{Journey, MarkKind};

/// Readiness from the day the move started to today (see `insight::Journey`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JourneyJson {
    /// Oldest first; the last is today, the figure `readiness` gives.
    pub points: Vec<PointJson>,
    /// Finished reviews and milestones, oldest first; each falls on a day in `points`.
    pub marks: Vec<MarkJson>,
}

/// Readiness at the end of one day, and its three parts' points to one decimal (they add up
/// to the score before rounding and the must-have cap).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PointJson {
    pub date: NaiveDate,
    pub score: u8,
    pub checklist: f64,
    pub skills: f64,
    pub milestones: f64,
    /// Held under the ready line by a must-have skill below target.
    pub capped: bool,
}

/// A day marked on the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MarkJson {
    pub date: NaiveDate,
    /// `review` or `milestone`.
    pub kind: String,
    /// The review's mentor, or the milestone's title.
    pub label: String,
}

impl JourneyJson {
    pub fn of(journey: &Journey) -> JourneyJson {
        let part =
            |parts: &[f64], n: usize| (parts.get(n).copied().unwrap_or(0.0) * 10.0).round() / 10.0;
        JourneyJson {
            points: journey
                .points
                .iter()
                .map(|p| PointJson {
                    date: p.date,
                    score: p.score,
                    checklist: part(&p.parts, 0),
                    skills: part(&p.parts, 1),
                    milestones: part(&p.parts, 2),
                    capped: p.capped,
                })
                .collect(),
            marks: journey
                .marks
                .iter()
                .map(|m| MarkJson {
                    date: m.date,
                    kind: match m.kind {
                        MarkKind::Review => "review",
                        MarkKind::Milestone => "milestone",
                    }
                    .to_string(),
                    label: m.label.clone(),
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}
