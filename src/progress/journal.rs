//! The journal: dated notes, some private.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::OpError;
use super::ids::{new_uid, next_id};
use super::input::non_empty;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct JournalEntry {
    /// Who this entry is across copies of the file (the short `id` people type may be
    /// renumbered by a merge; this never is). Entries from before it existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub id: u32,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub private: bool,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

pub(super) fn add(
    journal: &mut Vec<JournalEntry>,
    text: &str,
    private: bool,
    date: NaiveDate,
) -> Result<u32, OpError> {
    let text = non_empty(text, "journal text")?;
    let id = next_id("journal entries", journal.iter().map(|j| j.id))?;
    journal.push(JournalEntry {
        uid: Some(new_uid()),
        extra: Default::default(),
        id,
        date,
        text,
        private,
    });
    Ok(id)
}

pub(super) fn delete(journal: &mut Vec<JournalEntry>, id: u32) -> Result<JournalEntry, OpError> {
    let at = journal
        .iter()
        .position(|j| j.id == id)
        .ok_or(OpError::UnknownJournal(id))?;
    Ok(journal.remove(at))
}

pub(super) fn edit(
    journal: &mut [JournalEntry],
    id: u32,
    text: &str,
    private: bool,
    date: NaiveDate,
) -> Result<(), OpError> {
    let text = non_empty(text, "journal text")?;
    let entry = journal
        .iter_mut()
        .find(|j| j.id == id)
        .ok_or(OpError::UnknownJournal(id))?;
    entry.text = text;
    entry.private = private;
    entry.date = date;
    Ok(())
}
