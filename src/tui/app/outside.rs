//! Text written outside the coach, in the person's own editor: the app asks, the event loop
//! hands the terminal over and back (`tui::run`), and what came of it lands in the field.

use super::App;
use crate::editor::NoText;
use crate::tui::overlay::Overlay;

impl App {
    /// The text of the field the person asked to write in their editor, once: the event loop
    /// opens the editor on it.
    pub fn take_editor_request(&mut self) -> Option<String> {
        self.editor_request.take()
    }

    /// What the editor gave back: the field's new text, or why nothing changed.
    pub fn editor_returned(&mut self, result: Result<String, NoText>) {
        self.drawn.forget();
        match result {
            Ok(text) => {
                if let Overlay::Form(open) = &mut self.overlay {
                    open.form.replace_focused_text(&text);
                    self.info("Text from your editor is in the field; save the form to keep it");
                }
            }
            Err(why) => self.note(format!("The field is as it was: {why}")),
        }
    }
}
