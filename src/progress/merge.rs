//! A three-way merge of two copies of one file: what both started from (the base), this copy
//! (ours) and the other (theirs). It works on the JSON itself, so fields this build does not know
//! merge too. Nothing from either side is lost:
//!
//! - a change on one side only is taken;
//! - lists of entries (journal, milestones, evidence, reviews, ratings by date and rater) are
//!   merged entry by entry; an entry both sides added under the same number keeps ours under it
//!   and theirs under a new one;
//! - lists of plain values (tags, agenda lines) keep what either side added and drop what one
//!   side removed and the other left alone;
//! - where both sides changed one value differently, ours is kept (this copy is the one saving)
//!   and theirs is recorded as a [`Conflict`], shown to the person until they clear it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A value both copies changed differently: which was kept, and the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Conflict {
    /// Where in the file, as a path (`milestones[id=3].title`).
    pub path: String,
    pub kept: Value,
    pub other: Value,
}

/// The merged document and the conflicts the rule decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
}

/// Merge `ours` and `theirs`, both made from `base`.
pub fn merge(base: &Value, ours: &Value, theirs: &Value) -> Merged {
    let mut conflicts = Vec::new();
    let value =
        merge_at("", Some(base), Some(ours), Some(theirs), &mut conflicts).unwrap_or(Value::Null);
    Merged { value, conflicts }
}

/// One place in the document; `None` is "not there".
fn merge_at(
    path: &str,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if ours == base {
        return theirs.cloned();
    }
    if theirs == base {
        return ours.cloned();
    }
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            Some(Value::Object(merge_objects(path, b, o, t, conflicts)))
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            let empty = Vec::new();
            let b = base.and_then(Value::as_array).unwrap_or(&empty);
            Some(Value::Array(merge_arrays(path, b, o, t, conflicts)))
        }
        // One side removed what the other changed: the change is kept (nothing is lost).
        (None, Some(kept)) | (Some(kept), None) => Some(kept.clone()),
        (Some(kept), Some(other)) => {
            conflicts.push(Conflict {
                path: path.trim_start_matches('.').to_string(),
                kept: kept.clone(),
                other: other.clone(),
            });
            Some(kept.clone())
        }
        (None, None) => None,
    }
}

fn merge_objects(
    path: &str,
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let mut keys: Vec<&String> = ours.keys().chain(theirs.keys()).collect();
    if let Some(b) = base {
        keys.extend(b.keys());
    }
    keys.sort();
    keys.dedup();
    let mut out = Map::new();
    for key in keys {
        let at = format!("{path}.{key}");
        let b = base.and_then(|b| b.get(key));
        if let Some(v) = merge_at(&at, b, ours.get(key), theirs.get(key), conflicts) {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// What identifies an entry of a list across copies: its number, or for ratings its date and
/// rater; `None` for a plain value.
fn identity(v: &Value) -> Option<String> {
    let o = v.as_object()?;
    // Made when the entry was: the same on every copy, and never reused.
    if let Some(uid) = o.get("uid").and_then(Value::as_str) {
        return Some(format!("uid={uid}"));
    }
    if let Some(id) = o.get("id").and_then(Value::as_u64) {
        return Some(format!("id={id}"));
    }
    match (o.get("date"), o.get("rater")) {
        (Some(d), Some(r)) => Some(format!("date={d},rater={r}")),
        _ => None,
    }
}

fn merge_arrays(
    path: &str,
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let entries = ours
        .iter()
        .chain(theirs)
        .chain(base)
        .all(|v| identity(v).is_some());
    if entries {
        merge_entries(path, base, ours, theirs, conflicts)
    } else {
        merge_values(base, ours, theirs)
    }
}

/// Lists of plain values: additions from both sides, removals from either.
fn merge_values(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed = |side: &[Value], v: &Value| base.contains(v) && !side.contains(v);
    let mut out: Vec<Value> = ours
        .iter()
        .filter(|v| !removed(theirs, v))
        .cloned()
        .collect();
    for v in theirs {
        if !out.contains(v) && !removed(ours, v) && !base.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

fn find<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|v| identity(v).as_deref() == Some(id))
}

/// Lists of entries, merged entry by entry; ours' order first, then what only theirs has.
fn merge_entries(
    path: &str,
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let mut ids: Vec<String> = ours.iter().filter_map(identity).collect();
    for id in theirs.iter().chain(base).filter_map(identity) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut next = ours
        .iter()
        .chain(theirs)
        .chain(base)
        .filter_map(|v| v.get("id").and_then(Value::as_u64))
        .max()
        .unwrap_or(0);
    let mut out: Vec<Value> = Vec::new();
    for id in ids {
        let (b, o, t) = (find(base, &id), find(ours, &id), find(theirs, &id));
        if let (None, Some(o), Some(t)) = (b, o, t)
            && o != t
            && o.get("id").is_some()
        {
            // Both copies added an entry under the same number: two entries, theirs renumbered.
            out.push(o.clone());
            next += 1;
            let mut t = t.clone();
            t["id"] = Value::from(next);
            out.push(t);
            continue;
        }
        let at = format!("{path}[{id}]");
        if let Some(v) = merge_at(&at, b, o, t, conflicts) {
            out.push(v);
        }
    }
    renumber_repeats(&mut out, next);
    out
}

/// Two entries (each with its own identity) may carry one short number, when both copies added
/// one: the later keeps its identity and gets the next free number, so `id` stays unique.
fn renumber_repeats(entries: &mut [Value], mut next: u64) {
    let mut seen = std::collections::BTreeSet::new();
    for entry in entries.iter_mut() {
        let Some(id) = entry.get("id").and_then(Value::as_u64) else {
            continue;
        };
        if !seen.insert(id) {
            next += 1;
            entry["id"] = Value::from(next);
            seen.insert(next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_change_on_one_side_is_taken_from_either() {
        let base = json!({"a": 1, "b": 1});
        let m = merge(&base, &json!({"a": 2, "b": 1}), &json!({"a": 1, "b": 3}));
        assert_eq!(m.value, json!({"a": 2, "b": 3}));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn entries_added_on_both_sides_under_one_number_are_both_kept() {
        let base = json!({"journal": [{"id": 1, "text": "old"}]});
        let ours = json!({"journal": [{"id": 1, "text": "old"}, {"id": 2, "text": "mine"}]});
        let theirs = json!({"journal": [{"id": 1, "text": "old"}, {"id": 2, "text": "yours"}]});
        let m = merge(&base, &ours, &theirs);
        let texts: Vec<&str> = m.value["journal"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        assert_eq!(texts, ["old", "mine", "yours"]);
        let ids: Vec<u64> = m.value["journal"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_u64().unwrap())
            .collect();
        assert_eq!(ids, [1, 2, 3]);
    }

    #[test]
    fn both_changing_one_value_keeps_ours_and_records_theirs() {
        let base = json!({"milestones": [{"id": 3, "title": "A"}]});
        let ours = json!({"milestones": [{"id": 3, "title": "B"}]});
        let theirs = json!({"milestones": [{"id": 3, "title": "C"}]});
        let m = merge(&base, &ours, &theirs);
        assert_eq!(m.value["milestones"][0]["title"], "B");
        assert_eq!(
            m.conflicts,
            [Conflict {
                path: "milestones[id=3].title".into(),
                kept: json!("B"),
                other: json!("C"),
            }]
        );
    }

    #[test]
    fn a_removal_on_one_side_is_taken_unless_the_other_changed_it() {
        let base = json!({"m": [{"id": 1, "t": "a"}, {"id": 2, "t": "b"}]});
        let ours = json!({"m": [{"id": 2, "t": "b"}]});
        let theirs = json!({"m": [{"id": 1, "t": "a"}, {"id": 2, "t": "b2"}]});
        let m = merge(&base, &ours, &theirs);
        assert_eq!(m.value, json!({"m": [{"id": 2, "t": "b2"}]}));
    }

    #[test]
    fn plain_lists_keep_both_additions_and_either_removal() {
        let base = json!({"skills": ["a", "b"]});
        let ours = json!({"skills": ["a", "b", "c"]});
        let theirs = json!({"skills": ["b", "d"]});
        assert_eq!(
            merge(&base, &ours, &theirs).value,
            json!({"skills": ["b", "c", "d"]})
        );
    }

    #[test]
    fn a_number_reused_after_a_delete_is_told_apart_by_identity() {
        let base = json!({"m": [{"id": 3, "uid": "a", "t": "old"}]});
        // Ours deleted the entry and added another, which took the freed number.
        let ours = json!({"m": [{"id": 3, "uid": "b", "t": "new"}]});
        let theirs = json!({"m": [{"id": 3, "uid": "a", "t": "old, edited"}]});
        let m = merge(&base, &ours, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(
            m.value,
            json!({"m": [{"id": 3, "uid": "b", "t": "new"}, {"id": 4, "uid": "a", "t": "old, edited"}]})
        );
    }

    #[test]
    fn merging_a_copy_with_itself_changes_nothing() {
        let base = json!({"a": [{"id": 1, "x": 1}]});
        let ours = json!({"a": [{"id": 1, "x": 2}], "b": true});
        assert_eq!(merge(&base, &ours, &ours).value, ours);
    }
}
