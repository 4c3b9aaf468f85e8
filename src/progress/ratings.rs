//! Ratings of skills on the 1–5 scale, by the person or a mentor, grouped by date and rater.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::OpError;
use super::input::optional;

/// A rating on the 1–5 scale; anything else is refused when the file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Level> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Level(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// In a schema: a whole number from 1 to 5.
impl JsonSchema for Level {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "integer", "minimum": Level::MIN, "maximum": Level::MAX})
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Level::new(value).ok_or_else(|| format!("level {value} is outside 1–5"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Parse a level typed by a person ("3").
pub fn parse_level(text: &str) -> Result<Level, OpError> {
    text.trim()
        .parse::<u8>()
        .ok()
        .and_then(Level::new)
        .ok_or_else(|| OpError::BadLevel(text.to_string()))
}

/// Who gave a set of ratings: the person themselves or a named mentor.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Rater {
    #[serde(rename = "self")]
    Myself,
    Mentor(String),
}

impl fmt::Display for Rater {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rater::Myself => f.write_str("self"),
            Rater::Mentor(name) => write!(f, "mentor {name}"),
        }
    }
}

/// The ratings one rater gave on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    pub date: NaiveDate,
    pub rater: Rater,
    /// Keyed by skill id, each once.
    #[serde(deserialize_with = "super::unique::unique")]
    pub ratings: BTreeMap<String, Rating>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Rating {
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// What this rating replaced when its review was amended on a later day, oldest first:
    /// each stood until the day it was replaced, so readiness on the days between reads what
    /// the person saw then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced: Vec<Replaced>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// A rating as it stood before a correction made on `until` (no level: none had been given).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Replaced {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The day it was replaced: it stood to the end of the day before.
    pub until: NaiveDate,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// One stretch of a rating's life: from the day it stood, its level and comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stood<'a> {
    pub from: NaiveDate,
    pub level: Level,
    pub comment: Option<&'a str>,
}

impl Rating {
    /// The levels this rating, given on `date`, has stood at, oldest first: each what it
    /// replaced, then itself. A stretch with no level (none given yet) is left out, and a day
    /// out of order reads as the day before it.
    pub fn timeline(&self, date: NaiveDate) -> Vec<Stood<'_>> {
        let mut from = date;
        let mut out = Vec::with_capacity(self.replaced.len() + 1);
        for r in &self.replaced {
            if let Some(level) = r.level {
                out.push(Stood {
                    from,
                    level,
                    comment: r.comment.as_deref(),
                });
            }
            from = from.max(r.until);
        }
        out.push(Stood {
            from,
            level: self.level,
            comment: self.comment.as_deref(),
        });
        out
    }

    /// The rating, given on `date`, as it stood at the end of `day`: none before it was given.
    pub fn on(&self, date: NaiveDate, day: NaiveDate) -> Option<Stood<'_>> {
        self.timeline(date)
            .into_iter()
            .take_while(|s| s.from <= day)
            .last()
    }
}

/// Record a rating. Ratings by the same rater on the same date form one assessment; a second
/// rating of the same skill that day replaces the first. `correcting` is the day a correction
/// of that date's review is made: a rating replaced (or first given) on a later day than its
/// own keeps what stood before, so history still reads it.
pub(super) fn rate(
    assessments: &mut Vec<Assessment>,
    skill: &str,
    (level, comment): (Level, Option<&str>),
    rater: Rater,
    date: NaiveDate,
    correcting: Option<NaiveDate>,
) {
    let mut rating = Rating {
        extra: Default::default(),
        level,
        comment: comment.and_then(optional),
        replaced: Vec::new(),
    };
    let existing = assessments
        .iter()
        .rposition(|a| a.date == date && a.rater == rater);
    let index = existing.unwrap_or_else(|| {
        // Keep assessments in date order even when back-dated.
        let at = assessments.partition_point(|a| a.date <= date);
        assessments.insert(
            at,
            Assessment {
                extra: Default::default(),
                date,
                rater,
                ratings: Default::default(),
            },
        );
        at
    });
    let ratings = &mut assessments[index].ratings;
    let before = ratings.get(skill);
    if let Some(old) = before {
        if old.level == rating.level && old.comment == rating.comment {
            return;
        }
        rating.replaced.clone_from(&old.replaced);
    }
    if let Some(day) = correcting.filter(|d| *d > date)
        && rating.replaced.last().is_none_or(|r| r.until < day)
    {
        rating.replaced.push(Replaced {
            level: before.map(|b| b.level),
            comment: before.and_then(|b| b.comment.clone()),
            until: day,
            extra: Default::default(),
        });
    }
    ratings.insert(skill.to_string(), rating);
}

/// The latest level `rater` gave `skill` on or before `date`.
pub(super) fn level_on(
    assessments: &[Assessment],
    skill: &str,
    rater: &Rater,
    date: NaiveDate,
) -> Option<u8> {
    assessments
        .iter()
        .filter(|a| a.date <= date && &a.rater == rater)
        .filter_map(|a| a.ratings.get(skill).map(|r| r.level.get()))
        .next_back()
}
