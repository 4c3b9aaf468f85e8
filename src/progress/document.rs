//! The whole file: `Progress` holds every aggregate, and its methods are the operations the CLI
//! and the TUI apply. Each check and change lives with its aggregate; a method that returns an
//! error has changed nothing, so a bad command never touches the data.
//!
//! Field order here is the key order in the file, and maps are `BTreeMap`s, so the JSON is stable
//! and diffs cleanly. Ids that the pack no longer knows are kept as they are.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::content::Pack;

use super::checklist::{self, ItemState};
use super::error::OpError;
use super::evidence::{self, Evidence};
use super::ids::duplicates;
use super::journal::{self, JournalEntry};
use super::milestones::{self, Milestone};
use super::profile::Profile;
use super::ratings::{self, Assessment, Level, Rater};
use super::reviews::Review;
use super::settings::Settings;

/// The schema this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Read by hand (`read.rs`), written by serde.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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
    /// Review packets made for mentors, and whether their replies are in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packets: Vec<super::packets::PacketRecord>,
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    /// Interview questions answered out loud, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practice: Vec<super::practice::Practice>,
    /// Values two copies changed differently when they were merged: the one kept is in the
    /// data, the other here, until the person clears it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::merge::Conflict>,
    /// Notices the coach shows until the person has acted on them (such as a key that moved),
    /// by name: once here, never shown again, on any machine the file is synced to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices_seen: Vec<String>,
    /// Top-level fields this build does not know (from a newer pivot or added by hand): kept.
    /// `read.rs` reads every field, so the `serde` attributes here are for writing only.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: BTreeMap<String, Value>,
}

/// Which pack (and version of it) the file was last used with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PackRef {
    pub id: String,
    pub version: String,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

impl Progress {
    /// A fresh file for a pack.
    pub fn new(pack: &Pack) -> Progress {
        Progress {
            schema_version: SCHEMA_VERSION,
            pack: PackRef {
                extra: Default::default(),
                id: pack.id.clone(),
                version: pack.version.clone(),
            },
            profile: Profile::default(),
            settings: Settings::default(),
            checklist: BTreeMap::new(),
            evidence: Vec::new(),
            assessments: Vec::new(),
            milestones: Vec::new(),
            reviews: Vec::new(),
            packets: Vec::new(),
            journal: Vec::new(),
            practice: Vec::new(),
            conflicts: Vec::new(),
            notices_seen: Vec::new(),
            extra: BTreeMap::new(),
        }
    }

    /// Problems serde cannot see: ids that must be unique. Each is a path and a message.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        duplicates("milestones", self.milestones.iter().map(|m| m.id), &mut out);
        duplicates("journal", self.journal.iter().map(|j| j.id), &mut out);
        duplicates("reviews", self.reviews.iter().map(|r| r.id), &mut out);
        duplicates("evidence", self.evidence.iter().map(|e| e.id), &mut out);
        out
    }

    /// Whether the person has seen the notice called `name`.
    pub fn has_seen(&self, name: &str) -> bool {
        self.notices_seen.iter().any(|n| n == name)
    }

    /// Record that the person has seen the notice called `name`.
    pub fn seen(&mut self, name: &str) {
        if !self.has_seen(name) {
            self.notices_seen.push(name.to_string());
        }
    }
}

// The checklist.
impl Progress {
    pub fn item(&self, key: &str) -> Option<&ItemState> {
        self.checklist.get(key)
    }

    pub fn is_done(&self, key: &str) -> bool {
        self.checklist.get(key).is_some_and(|s| s.done.is_some())
    }

    /// Tick an item (keeping the first tick date if already ticked).
    pub fn check(&mut self, key: &str, today: NaiveDate) {
        checklist::check(&mut self.checklist, key, today);
    }

    /// Untick an item; its note stays, and so does evidence that names it.
    pub fn uncheck(&mut self, key: &str, today: NaiveDate) {
        checklist::uncheck(&mut self.checklist, key, today);
    }

    /// Record that an interview question of `skill` was practised on `date`, and how it went.
    pub fn practise(&mut self, skill: &str, question: &str, how: &str, date: NaiveDate) {
        super::practice::practise(&mut self.practice, skill, question, how, date);
    }

    /// Set or clear (with blank text) an item's note.
    pub fn set_note(&mut self, key: &str, note: &str) {
        checklist::set_note(&mut self.checklist, key, note);
    }
}

// Ratings.
impl Progress {
    /// Record a rating. Ratings by the same rater on the same date form one assessment; a second
    /// rating of the same skill that day replaces the first.
    pub fn rate(
        &mut self,
        skill: &str,
        level: Level,
        rater: Rater,
        comment: Option<&str>,
        date: NaiveDate,
    ) {
        ratings::rate(
            &mut self.assessments,
            skill,
            (level, comment),
            rater,
            date,
            None,
        );
    }

    /// The latest level `rater` gave `skill` on or before `date`.
    pub fn level_on(&self, skill: &str, rater: &Rater, date: NaiveDate) -> Option<u8> {
        ratings::level_on(&self.assessments, skill, rater, date)
    }
}

// Milestones.
impl Progress {
    pub fn add_milestone(
        &mut self,
        title: &str,
        due: NaiveDate,
        step: Option<String>,
    ) -> Result<u32, OpError> {
        milestones::add(&mut self.milestones, title, due, step)
    }

    pub fn milestone_mut(&mut self, id: u32) -> Result<&mut Milestone, OpError> {
        milestones::find_mut(&mut self.milestones, id)
    }

    pub fn complete_milestone(&mut self, id: u32, today: NaiveDate) -> Result<(), OpError> {
        self.milestone_mut(id)?.done.get_or_insert(today);
        Ok(())
    }

    pub fn reopen_milestone(&mut self, id: u32) -> Result<(), OpError> {
        self.milestone_mut(id)?.done = None;
        Ok(())
    }

    pub fn edit_milestone(
        &mut self,
        id: u32,
        title: &str,
        due: NaiveDate,
        step: Option<String>,
    ) -> Result<(), OpError> {
        milestones::edit(&mut self.milestones, id, title, due, step)
    }

    /// Name the checklist item (`STEP/ITEM`) a milestone serves, or none.
    pub fn serve_item(&mut self, id: u32, item: Option<String>) -> Result<(), OpError> {
        milestones::find_mut(&mut self.milestones, id)?.item = item;
        Ok(())
    }

    pub fn delete_milestone(&mut self, id: u32) -> Result<Milestone, OpError> {
        milestones::delete(&mut self.milestones, id)
    }
}

// The journal.
impl Progress {
    pub fn add_journal(
        &mut self,
        text: &str,
        private: bool,
        date: NaiveDate,
    ) -> Result<u32, OpError> {
        journal::add(&mut self.journal, text, private, date)
    }

    pub fn delete_journal(&mut self, id: u32) -> Result<JournalEntry, OpError> {
        journal::delete(&mut self.journal, id)
    }

    /// Change an entry's text, privacy and date.
    pub fn edit_journal(
        &mut self,
        id: u32,
        text: &str,
        private: bool,
        date: NaiveDate,
    ) -> Result<(), OpError> {
        journal::edit(&mut self.journal, id, text, private, date)
    }
}

// The evidence library.
impl Progress {
    /// Evidence that names a checklist item.
    pub fn evidence_for_item<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Evidence> {
        evidence::for_item(&self.evidence, key)
    }

    pub fn evidence_piece(&self, id: u32) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    /// Add a piece; its id is assigned here. Links to skills and items are taken as given
    /// (callers resolve them against the pack first).
    pub fn add_evidence(&mut self, piece: Evidence) -> Result<u32, OpError> {
        evidence::add(&mut self.evidence, piece)
    }

    /// Quick evidence for a checklist item: a link becomes an artifact titled after the item,
    /// a description becomes a self-report titled with its own words.
    pub fn add_item_evidence(
        &mut self,
        key: &str,
        text: &str,
        item_title: &str,
        date: NaiveDate,
    ) -> Result<u32, OpError> {
        evidence::add_for_item(&mut self.evidence, key, text, item_title, date)
    }

    /// Replace a piece's content (its id stays).
    pub fn edit_evidence(&mut self, id: u32, piece: Evidence) -> Result<(), OpError> {
        evidence::edit(&mut self.evidence, id, piece)
    }

    pub fn delete_evidence(&mut self, id: u32) -> Result<Evidence, OpError> {
        evidence::delete(&mut self.evidence, id)
    }

    /// Set the skills and items a piece backs.
    pub fn link_evidence(
        &mut self,
        id: u32,
        skills: Vec<String>,
        items: Vec<String>,
    ) -> Result<(), OpError> {
        evidence::link(&mut self.evidence, id, skills, items)
    }
}
