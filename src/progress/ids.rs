//! The numeric ids of milestones, journal entries, reviews and evidence: new ones, and the check
//! that a loaded file has no id twice.

use std::collections::HashSet;

/// The next free numeric id in a list.
pub(super) fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |m| m.saturating_add(1))
}

/// A problem for each id seen before in the list, named by its path.
pub(super) fn duplicates(what: &str, ids: impl Iterator<Item = u32>, out: &mut Vec<String>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(format!("{what}[{i}].id: duplicate id {id}"));
        }
    }
}
