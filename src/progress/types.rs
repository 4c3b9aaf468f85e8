//! The user's data, exactly as stored in `progress.json`.
//!
//! Field order here is the key order in the file, and maps are `BTreeMap`s, so the JSON is stable
//! and diffs cleanly. Ids that the pack no longer knows are kept as they are.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use super::evidence::{Evidence, EvidenceKind, Settings, Star};

/// The schema this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub schema_version: u32,
    pub pack: PackRef,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
    /// Checklist state keyed by `STEP/ITEM`.
    #[serde(default)]
    pub checklist: BTreeMap<String, ItemState>,
    /// The evidence library (since schema 2; item evidence of schema 1 moved here).
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Dated sets of ratings, oldest first.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    /// Top-level fields this build does not know (from a newer pivot or added by hand): kept.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// Which pack (and version of it) the file was last used with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub target_role: Option<String>,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub target_date: Option<NaiveDate>,
}

/// The state of one checklist item. Unticking keeps the note; evidence lives in the library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemState {
    /// The date it was ticked; `None` when open.
    #[serde(default)]
    pub done: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields this build does not know (added by hand or by another tool): kept as they are.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

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

/// Who gave a set of ratings: the person themselves or a named mentor.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub date: NaiveDate,
    pub rater: Rater,
    /// Keyed by skill id.
    pub ratings: BTreeMap<String, Rating>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: u32,
    pub title: String,
    pub due: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(default)]
    pub done: Option<NaiveDate>,
}

/// A mentor review session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: u32,
    pub date: NaiveDate,
    pub mentor: String,
    /// Still in progress: saved as it goes so nothing is lost, finished when the session ends.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// Notes only the person sees; left out of exports unless asked for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub private_notes: String,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub growth_areas: Vec<String>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// The ratings given in this session, kept with it so later ratings cannot change what was
    /// said here. Keyed by skill id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, SessionRating>,
}

/// A mentor's rating in a session, beside the person's own rating at that moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRating {
    pub mentor: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub text: String,
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: u32,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub private: bool,
}
