//! Milestones: dated goals the person sets themselves, open until done.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::OpError;
use super::ids::{new_uid, next_id};
use super::input::non_empty;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Milestone {
    /// Who this entry is across copies of the file (the short `id` people type may be
    /// renumbered by a merge; this never is). Entries from before it existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub id: u32,
    pub title: String,
    pub due: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    /// The checklist item (`STEP/ITEM`) this milestone serves: finishing it offers to tick it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(default)]
    pub done: Option<NaiveDate>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

pub(super) fn add(
    milestones: &mut Vec<Milestone>,
    title: &str,
    due: NaiveDate,
    step: Option<String>,
) -> Result<u32, OpError> {
    let title = non_empty(title, "milestone title")?;
    let id = next_id("milestones", milestones.iter().map(|m| m.id))?;
    milestones.push(Milestone {
        uid: Some(new_uid()),
        extra: Default::default(),
        id,
        title,
        due,
        step,
        item: None,
        done: None,
    });
    Ok(id)
}

pub(super) fn find_mut(milestones: &mut [Milestone], id: u32) -> Result<&mut Milestone, OpError> {
    milestones
        .iter_mut()
        .find(|m| m.id == id)
        .ok_or(OpError::UnknownMilestone(id))
}

pub(super) fn edit(
    milestones: &mut [Milestone],
    id: u32,
    title: &str,
    due: NaiveDate,
    step: Option<String>,
) -> Result<(), OpError> {
    let title = non_empty(title, "milestone title")?;
    let m = find_mut(milestones, id)?;
    m.title = title;
    m.due = due;
    m.step = step;
    Ok(())
}

pub(super) fn delete(milestones: &mut Vec<Milestone>, id: u32) -> Result<Milestone, OpError> {
    let at = milestones
        .iter()
        .position(|m| m.id == id)
        .ok_or(OpError::UnknownMilestone(id))?;
    Ok(milestones.remove(at))
}
