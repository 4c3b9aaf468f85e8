//! The numeric ids of milestones, journal entries, reviews and evidence: new ones, and the check
//! that a loaded file has no id twice.

use std::collections::HashSet;

use super::error::OpError;

/// The next numeric id of a list (one past the highest, so an id is never given twice); at the
/// limit of the counter the add is refused rather than reusing an id.
pub(super) fn next_id(what: &'static str, ids: impl Iterator<Item = u32>) -> Result<u32, OpError> {
    match ids.max() {
        None => Ok(1),
        Some(highest) => highest.checked_add(1).ok_or(OpError::IdsExhausted(what)),
    }
}

/// A new identity for an entry, unique across copies of the file: 64 bits from the clock, the
/// process and a per-process random seed (std's `RandomState` is seeded from the OS).
pub fn new_uid() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    h.write_u64(COUNT.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", h.finish())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_highest_and_stop_at_the_limit() {
        assert_eq!(next_id("milestones", [].into_iter()).ok(), Some(1));
        assert_eq!(next_id("milestones", [3, 7, 5].into_iter()).ok(), Some(8));
        let err = next_id("milestones", [u32::MAX].into_iter()).expect_err("no id left");
        assert!(err.to_string().contains("milestones"), "{err}");
    }
}
