//! What every screen does. A screen holds its own state (cursor, filter, rows), reads the data
//! from a [`Ctx`], and answers a command with an [`Outcome`]; it never sees the app.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::command::Command;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::outcome::{Outcome, Target};
use crate::tui::overlay::Picker;

use super::list::{Cursor, List};

/// Whether a key acts now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applies {
    /// Acts, and the footer offers it.
    Yes,
    /// Acts, but is not worth a reminder in this state.
    Quietly,
    /// Does nothing now, for this reason.
    No(String),
}

pub trait Page {
    /// What the screen's forms and pickers answer to.
    type Msg;

    /// Whether a command acts in the screen's current state. The footer offers only the keys
    /// that do; dispatch shows the reason for those that do not. Decided here only.
    fn applies(&self, command: Command, _cx: &Ctx) -> Applies {
        // A command on the selected row, with no row to select, is not offered (pressed, the
        // screen says what to do first).
        let on_selection = matches!(
            command,
            Command::Edit
                | Command::Delete
                | Command::Toggle
                | Command::TogglePrivate
                | Command::Note
                | Command::LinkSkills
                | Command::LinkItems
                | Command::OpenLink
        );
        if on_selection && self.list().is_some_and(|l| l.selected().is_none()) {
            return Applies::Quietly;
        }
        Applies::Yes
    }

    /// Answer a command of the screen's table, or a moving key.
    fn handle(&mut self, command: Command, cx: &Ctx) -> Outcome<Self::Msg>;

    /// Submit one of the screen's forms: `Err` keeps it open and names the wrong field.
    fn submit(
        &mut self,
        _msg: Self::Msg,
        _form: &Form,
        _cx: &Ctx,
    ) -> Result<Outcome<Self::Msg>, Refusal> {
        Ok(Outcome::None)
    }

    /// Esc on one of the screen's forms: `Some` when leaving it means something.
    fn cancelled(&mut self, _msg: &Self::Msg, _cx: &Ctx) -> Option<Outcome<Self::Msg>> {
        None
    }

    /// Save what a picker chose.
    fn picked(&mut self, _msg: Self::Msg, _picker: &Picker, _cx: &Ctx) -> Outcome<Self::Msg> {
        Outcome::None
    }

    /// The data changed: rebuild the rows.
    fn refresh(&mut self, cx: &Ctx);

    /// A change the screen asked for was applied (`ok`) or refused.
    fn after_change(&mut self, _ok: bool, _cx: &Ctx) {}

    /// Bring something into view (after arriving from the dashboard).
    fn show(&mut self, _target: &Target, _cx: &Ctx) -> Outcome<Self::Msg> {
        Outcome::None
    }

    /// The screen's filtered list, for screens that have one.
    fn list(&self) -> Option<&List> {
        None
    }

    fn list_mut(&mut self) -> Option<&mut List> {
        None
    }

    /// The list's filter, for screens that have one.
    fn filter(&self) -> Option<&str> {
        self.list().map(|l| l.filter.as_str())
    }

    /// A new filter: the rows are rebuilt for it.
    fn set_filter(&mut self, text: String, cx: &Ctx) {
        if let Some(list) = self.list_mut() {
            list.filter = text;
            self.refresh(cx);
        }
    }

    /// The rows the list shows (after its filter), as indices into its data.
    fn rows(&self) -> &[usize] {
        self.list().map_or(&[], |l| l.rows.as_slice())
    }

    /// The position in the list the arrows move in.
    fn cursor(&self) -> Option<Cursor> {
        self.list().map(|l| l.cursor)
    }

    /// Draw the screen in `area`, and nowhere else, from its state and `cx` alone: the app
    /// reuses what was drawn while neither has changed (`app::drawn`).
    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect);
}
