//! Undo and redo: going back to a state the session's history kept, and forward again.

use super::App;
use crate::tui::command::Command as C;
use crate::tui::keys::shown;

impl App {
    pub(super) fn undo(&mut self) {
        if self.read_only().is_some() {
            return self.error("Read-only: nothing to undo".to_string());
        }
        match self.history.take_undo() {
            Some((previous, what)) => {
                let current = self.saved_text();
                if self.restore(&previous) {
                    self.data_changed();
                    let redo = shown(self.keys.global(), C::Redo)
                        .map_or(String::new(), |k| format!(" ({k} redoes)"));
                    self.info(format!("Undone: {what}{redo}"));
                    self.history.undone(current, what);
                } else {
                    self.text = Some(current);
                }
            }
            None => self.note("Nothing to undo in this session"),
        }
    }

    pub(super) fn redo(&mut self) {
        match self.history.take_redo() {
            Some((next, what)) => {
                let current = self.saved_text();
                if self.restore(&next) {
                    self.data_changed();
                    self.info(format!("Redone: {what}"));
                    self.history.redone(current, what);
                } else {
                    self.text = Some(current);
                }
            }
            None => self.note("Nothing to redo"),
        }
    }

    /// Go back to a state kept as text (text this app wrote, so it parses).
    fn restore(&mut self, text: &str) -> bool {
        match serde_json::from_str(text) {
            Ok(progress) => {
                self.progress = progress;
                true
            }
            Err(e) => {
                self.error(format!("Cannot restore that state: {e}"));
                false
            }
        }
    }
}
