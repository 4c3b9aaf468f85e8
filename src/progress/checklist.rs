//! The checklist: which items of the pack are ticked, when, and with what note.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::input::optional;

/// Checklist state keyed by `STEP/ITEM`.
pub(super) type Checklist = BTreeMap<String, ItemState>;

/// The state of one checklist item. Unticking keeps the note; evidence lives in the library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ItemState {
    /// The date it was ticked; `None` when open.
    #[serde(default)]
    pub done: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Ticks since taken back, oldest first: what lets history say the item stood ticked then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undone: Vec<Undone>,
    /// Fields this build does not know (added by hand or by another tool): kept as they are.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: BTreeMap<String, Value>,
}

/// A tick taken back: the day it was ticked and the day it was unticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Undone {
    pub ticked: NaiveDate,
    pub unticked: NaiveDate,
}

impl ItemState {
    /// The tick as it stood at the end of `day`: the date it was ticked then, or `None` if it
    /// was open (a tick taken back later still counts on the days it stood).
    pub fn done_on(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.done.filter(|d| *d <= day).or_else(|| {
            self.undone
                .iter()
                .find(|u| u.ticked <= day && day < u.unticked)
                .map(|u| u.ticked)
        })
    }
}

/// Tick an item (keeping the first tick date if already ticked).
pub(super) fn check(checklist: &mut Checklist, key: &str, today: NaiveDate) {
    let state = checklist.entry(key.to_string()).or_default();
    state.done.get_or_insert(today);
}

/// Untick an item; its note stays, and a tick that stood at the end of a day is kept in
/// `undone` (one made today never stood, so nothing is kept).
pub(super) fn uncheck(checklist: &mut Checklist, key: &str, today: NaiveDate) {
    if let Some(state) = checklist.get_mut(key)
        && let Some(ticked) = state.done.take().filter(|d| *d < today)
    {
        state.undone.push(Undone {
            ticked,
            unticked: today,
        });
    }
    drop_if_empty(checklist, key);
}

/// Set or clear (with blank text) an item's note.
pub(super) fn set_note(checklist: &mut Checklist, key: &str, note: &str) {
    checklist.entry(key.to_string()).or_default().note = optional(note);
    drop_if_empty(checklist, key);
}

/// An item with nothing to say is left out of the file.
fn drop_if_empty(checklist: &mut Checklist, key: &str) {
    if checklist.get(key) == Some(&ItemState::default()) {
        checklist.remove(key);
    }
}
