//! The user's progress: types, the checks a loaded file must pass, and the pure operations the
//! CLI and the TUI apply to it.

mod evidence;
mod evidence_ops;
mod migrate;
mod ops;
mod review_ops;
pub use ops::{parse_level, resolve_item, resolve_skill, resolve_step};
mod suggest;
mod types;

pub use migrate::{ORIGINAL_SUFFIX, migrate};
pub use ops::OpError;
pub use review_ops::Outcome;
pub use suggest::closest;
pub use types::*;

use std::collections::{BTreeMap, HashSet};

use crate::content::Pack;

impl Progress {
    /// A fresh file for a pack.
    pub fn new(pack: &Pack) -> Progress {
        Progress {
            schema_version: SCHEMA_VERSION,
            pack: PackRef {
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
            journal: Vec::new(),
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

    pub fn item(&self, key: &str) -> Option<&ItemState> {
        self.checklist.get(key)
    }

    /// The latest level `rater` gave `skill` on or before `date`.
    pub fn level_on(&self, skill: &str, rater: &Rater, date: chrono::NaiveDate) -> Option<u8> {
        self.assessments
            .iter()
            .filter(|a| a.date <= date && &a.rater == rater)
            .filter_map(|a| a.ratings.get(skill).map(|r| r.level.get()))
            .next_back()
    }

    pub fn is_done(&self, key: &str) -> bool {
        self.checklist.get(key).is_some_and(|s| s.done.is_some())
    }
}

fn duplicates(what: &str, ids: impl Iterator<Item = u32>, out: &mut Vec<String>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(format!("{what}[{i}].id: duplicate id {id}"));
        }
    }
}

/// The next free numeric id in a list.
pub(crate) fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |m| m.saturating_add(1))
}
