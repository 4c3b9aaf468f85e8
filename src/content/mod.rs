//! The coaching content: a pack of steps, checklist items, skills and the role comparison.
//!
//! Packs are plain JSON. The default one is compiled into the binary; a user may point pivot at
//! their own. Every pack is validated before use so that the rest of pivot can trust its ids.

mod load;
mod rules;
mod types;
mod validate;

pub(crate) use load::strip_position;
pub use load::{LoadError, builtin, load_file, parse};
pub use types::*;
pub use validate::{Problem, validate};

impl Pack {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    /// The checklist item `STEP/ITEM`, with its step's place on the path (0 for the first).
    pub fn item_at(&self, key: &str) -> Option<(usize, &Item)> {
        let (step, item) = key.split_once('/')?;
        let n = self.steps.iter().position(|s| s.id == step)?;
        Some((n, self.steps[n].item(item)?))
    }

    /// The name of level 1..=5 on this pack's scale ("Independent"), or the number as text.
    pub fn level_name(&self, level: u8) -> String {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .map_or_else(|| level.to_string(), |l| l.name.clone())
    }
}

impl Step {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// The key of a checklist item in progress data: `STEP/ITEM`.
pub fn item_key(step: &str, item: &str) -> String {
    format!("{step}/{item}")
}
