//! A list of options with check boxes: which skills or items a piece of evidence backs.

use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickWhat {
    Skills,
    Items,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub what: PickWhat,
    /// The evidence whose links are being chosen.
    pub evidence: u32,
    pub title: String,
    /// (id, label) in the order shown.
    pub options: Vec<(String, String)>,
    pub chosen: BTreeSet<String>,
    pub cursor: usize,
}

impl Picker {
    pub fn toggle(&mut self) {
        if let Some((id, _)) = self.options.get(self.cursor)
            && !self.chosen.remove(id)
        {
            self.chosen.insert(id.clone());
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.options.len().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + delta).clamp(0, last.max(0)) as usize;
    }

    /// The chosen ids in the order of the options (so the file's order is stable).
    pub fn chosen_in_order(&self) -> Vec<String> {
        self.options
            .iter()
            .filter(|(id, _)| self.chosen.contains(id))
            .map(|(id, _)| id.clone())
            .collect()
    }
}
