//! A newer pack renames or merges ids: the person's ticks, notes, ratings, practice and links follow
//! them, so a file made with the older pack loses nothing.

use std::collections::BTreeMap;

use crate::content::Renamed;

use super::checklist::ItemState;
use super::document::Progress;

impl Progress {
    /// Move everything filed under an old id to its new one. Where both are there (two items
    /// merged into one), the two are joined: the earlier tick, both notes. Says whether anything
    /// moved.
    pub fn follow_renames(&mut self, renamed: &Renamed) -> bool {
        let mut moved = false;
        for (old, new) in &renamed.items {
            if let Some(state) = self.checklist.remove(old) {
                moved = true;
                match self.checklist.get_mut(new) {
                    Some(kept) => join(kept, state),
                    None => {
                        self.checklist.insert(new.clone(), state);
                    }
                }
            }
        }
        for a in &mut self.assessments {
            moved |= rekey(&mut a.ratings, &renamed.skills);
        }
        for r in &mut self.reviews {
            moved |= rekey(&mut r.ratings, &renamed.skills);
            // The copy kept of a review before it was amended, too.
            if let Some(before) = r.correcting.as_mut() {
                moved |= rekey(&mut before.ratings, &renamed.skills);
            }
        }
        for e in &mut self.evidence {
            moved |= rename_all(&mut e.skills, &renamed.skills);
            moved |= rename_all(&mut e.items, &renamed.items);
        }
        for p in &mut self.practice {
            if let Some(new) = renamed.skills.get(&p.skill) {
                p.skill = new.clone();
                moved = true;
            }
        }
        for m in &mut self.milestones {
            if let Some(new) = m.item.as_ref().and_then(|i| renamed.items.get(i)) {
                m.item = Some(new.clone());
                moved = true;
            }
        }
        moved
    }
}

/// One item's state where two items became one.
fn join(kept: &mut ItemState, other: ItemState) {
    kept.done = match (kept.done, other.done) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    kept.note = match (kept.note.take(), other.note) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}\n\n{b}")),
        (a, b) => a.or(b),
    };
    kept.undone.extend(other.undone);
    kept.undone.sort_by_key(|u| (u.ticked, u.unticked));
    kept.undone.dedup();
    for (key, value) in other.extra {
        kept.extra.entry(key).or_insert(value);
    }
}

/// A map's old keys under their new names; a value already under the new name stays.
fn rekey<T>(map: &mut BTreeMap<String, T>, renamed: &BTreeMap<String, String>) -> bool {
    let mut moved = false;
    for (old, new) in renamed {
        if let Some(value) = map.remove(old) {
            moved = true;
            map.entry(new.clone()).or_insert(value);
        }
    }
    moved
}

/// A list of ids with old ones renamed, each id once, in the order first seen.
fn rename_all(ids: &mut Vec<String>, renamed: &BTreeMap<String, String>) -> bool {
    if !ids.iter().any(|id| renamed.contains_key(id)) {
        return false;
    }
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids.drain(..) {
        let id = renamed.get(&id).cloned().unwrap_or(id);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    *ids = out;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_date;

    fn renamed() -> Renamed {
        Renamed {
            skills: [("old-skill".to_string(), "new-skill".to_string())].into(),
            items: [
                ("s/a".to_string(), "s/c".to_string()),
                ("s/b".to_string(), "s/c".to_string()),
            ]
            .into(),
        }
    }

    fn state(done: Option<&str>, note: Option<&str>) -> ItemState {
        ItemState {
            done: done.map(|d| parse_date(d).expect("date")),
            note: note.map(str::to_string),
            ..ItemState::default()
        }
    }

    #[test]
    fn merged_items_keep_the_earlier_tick_and_both_notes() {
        let mut p = Progress::new(&crate::content::builtin());
        p.checklist.insert(
            "s/a".into(),
            state(Some("2026-05-02"), Some("went to two meetups")),
        );
        p.checklist.insert(
            "s/b".into(),
            state(Some("2026-04-01"), Some("met five PMs")),
        );
        assert!(p.follow_renames(&renamed()));
        assert_eq!(p.checklist.len(), 1);
        let c = &p.checklist["s/c"];
        assert_eq!(c.done, Some(parse_date("2026-04-01").expect("date")));
        assert_eq!(
            c.note.as_deref(),
            Some("went to two meetups\n\nmet five PMs")
        );
        // Nothing left to follow the second time.
        assert!(!p.follow_renames(&renamed()));
    }

    #[test]
    fn an_open_item_merged_into_a_ticked_one_keeps_the_tick() {
        let mut p = Progress::new(&crate::content::builtin());
        p.checklist
            .insert("s/a".into(), state(None, Some("planned")));
        p.checklist
            .insert("s/c".into(), state(Some("2026-03-03"), None));
        p.follow_renames(&renamed());
        let c = &p.checklist["s/c"];
        assert_eq!(c.done, Some(parse_date("2026-03-03").expect("date")));
        assert_eq!(c.note.as_deref(), Some("planned"));
    }

    #[test]
    fn lists_of_ids_are_renamed_without_repeating_one() {
        let mut ids = vec!["s/a".to_string(), "x".to_string(), "s/b".to_string()];
        assert!(rename_all(&mut ids, &renamed().items));
        assert_eq!(ids, ["s/c", "x"]);
        let mut map: BTreeMap<String, u8> = [("old-skill".to_string(), 2)].into();
        assert!(rekey(&mut map, &renamed().skills));
        assert_eq!(map, [("new-skill".to_string(), 2)].into());
    }
}
