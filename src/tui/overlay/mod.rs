//! What sits on top of a screen and takes the keys first: help, a form, a question, a filter, a
//! picker. Each has its own key table; none knows which screen opened it.

pub mod confirm;
pub mod filter;
pub mod help;
pub mod picker;

pub use confirm::{CONFIRM, Confirm, render_confirm};
pub use filter::{FILTER, filter_input, render_filter};
pub use help::HELP;

pub use picker::{OpenPicker, PICKER, Picker, item_options, render_picker};

use ratatui_textarea::TextArea;

use super::form::OpenForm;

#[derive(Debug)]
pub enum Overlay<M> {
    None,
    /// The help, scrolled this many lines down.
    Help(u16),
    Form(Box<OpenForm<M>>),
    Confirm(Confirm<M>),
    Filter(Box<TextArea<'static>>),
    Picker(Box<OpenPicker<M>>),
    /// Esc on a form with typed text: it waits here until the person says to drop it.
    Discard(Box<OpenForm<M>>),
}
