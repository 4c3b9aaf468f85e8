//! Undo and redo: each step keeps the file's text as it was before the change (no clone of the
//! data), within a memory budget.

use std::collections::VecDeque;

/// How many changes `u` can take back in one session…
const UNDO_DEPTH: usize = 50;
/// …within this much memory: each step keeps the file's text as it was before the change.
const UNDO_BUDGET: usize = 64 * 1024 * 1024;
/// Steps always kept, however large the file.
const UNDO_MIN: usize = 3;

/// Earlier and later states as text, each with what the change did (for "Undone: …").
#[derive(Debug, Default)]
pub struct History {
    undo: VecDeque<(String, String)>,
    redo: Vec<(String, String)>,
}

impl History {
    /// A change was made: `before` is the text it replaced.
    pub fn record(&mut self, before: String, what: String) {
        let limit = (UNDO_BUDGET / before.len().max(1)).clamp(UNDO_MIN, UNDO_DEPTH);
        self.undo.push_back((before, what));
        while self.undo.len() > limit {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn take_undo(&mut self) -> Option<(String, String)> {
        self.undo.pop_back()
    }

    pub fn take_redo(&mut self) -> Option<(String, String)> {
        self.redo.pop()
    }

    /// An undone change can be redone: `current` is the text undo replaced.
    pub fn undone(&mut self, current: String, what: String) {
        self.redo.push((current, what));
    }

    /// A redone change can be undone again.
    pub fn redone(&mut self, current: String, what: String) {
        self.undo.push_back((current, what));
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
