//! Interview practice: each time a question was answered out loud, and how it went.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::input::optional;

/// One practice of one question: the skill it is asked for, the question as the pack asked it
/// (so a later pack that reorders its questions still finds it), the day, and how it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Practice {
    pub skill: String,
    pub question: String,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    /// Fields this build does not know (added by hand or by another tool): kept as they are.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: BTreeMap<String, Value>,
}

/// Record a practice of `question` (of `skill`) on `date`.
pub(super) fn practise(
    list: &mut Vec<Practice>,
    skill: &str,
    question: &str,
    how: &str,
    date: NaiveDate,
) {
    list.push(Practice {
        skill: skill.to_string(),
        question: question.to_string(),
        date,
        how: optional(how),
        extra: BTreeMap::new(),
    });
    list.sort_by_key(|p| p.date);
}

/// How often `question` of `skill` was practised, and the last time (with how it went).
pub fn practised<'a>(
    list: &'a [Practice],
    skill: &str,
    question: &str,
) -> (usize, Option<&'a Practice>) {
    let mut times = list
        .iter()
        .filter(|p| p.skill == skill && p.question == question);
    let count = times.clone().count();
    (count, times.next_back())
}
