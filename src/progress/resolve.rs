//! Ids a person typed, checked against the pack; a miss says what exists and the likely typo.

use crate::content::{Pack, item_key};

use super::error::OpError;
use super::suggest::closest;

/// Resolve `STEP/ITEM` against the pack, or say what exists.
pub fn resolve_item(pack: &Pack, key: &str) -> Result<String, OpError> {
    let (step_id, item_id) = key.split_once('/').unwrap_or((key, ""));
    if let Some(step) = pack.step(step_id)
        && step.item(item_id).is_some()
    {
        return Ok(item_key(step_id, item_id));
    }
    let all: Vec<String> = pack
        .steps
        .iter()
        .flat_map(|s| s.items.iter().map(|i| item_key(&s.id, &i.id)))
        .collect();
    let suggestion = closest(key, all.iter().map(String::as_str)).map(str::to_string);
    Err(OpError::UnknownItem {
        typed: key.to_string(),
        suggestion,
        example: all.first().cloned().unwrap_or_default(),
    })
}

pub fn resolve_step(pack: &Pack, id: &str) -> Result<String, OpError> {
    if pack.step(id).is_some() {
        return Ok(id.to_string());
    }
    let known: Vec<String> = pack.steps.iter().map(|s| s.id.clone()).collect();
    Err(OpError::UnknownStep {
        typed: id.to_string(),
        suggestion: closest(id, known.iter().map(String::as_str)).map(str::to_string),
        known,
    })
}

pub fn resolve_skill(pack: &Pack, id: &str) -> Result<String, OpError> {
    if pack.skill(id).is_some() {
        return Ok(id.to_string());
    }
    let known: Vec<String> = pack.skills.iter().map(|s| s.id.clone()).collect();
    Err(OpError::UnknownSkill {
        typed: id.to_string(),
        suggestion: closest(id, known.iter().map(String::as_str)).map(str::to_string),
        known,
    })
}
