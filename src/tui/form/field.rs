//! A form's fields: their names (each form's own enum), kinds and values, and a refusal that
//! names the wrong one.

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Style;
use ratatui_textarea::TextArea;

/// A field's name within its form: each form declares its fields as an enum with [`fields!`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldId(pub u8);

/// Declare a form's fields: `fields!(MilestoneField { Title, Due, Step })` makes a `Copy` enum
/// that names them, usable wherever a [`FieldId`] is asked for.
#[macro_export]
macro_rules! fields {
    ($vis:vis $name:ident { $($field:ident),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        $vis enum $name { $($field),+ }
        impl From<$name> for $crate::tui::form::FieldId {
            fn from(f: $name) -> Self {
                $crate::tui::form::FieldId(f as u8)
            }
        }
    };
}

/// Why a submit was refused, and which field to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: FieldId,
    pub message: String,
}

impl Refusal {
    pub fn new(field: impl Into<FieldId>, message: impl Into<String>) -> Refusal {
        Refusal {
            field: field.into(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone)]
pub enum FieldKind {
    Line,
    Multi,
    Date,
    Toggle(bool),
    /// Options as (value, label); `None` is "no choice".
    Choice {
        options: Vec<(Option<String>, String)>,
        index: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: FieldId,
    pub label: &'static str,
    pub kind: FieldKind,
    pub input: TextArea<'static>,
    /// A suggested value (a date, the last mentor): the first character typed replaces it,
    /// while a move or a delete keeps it for editing.
    pub suggested: bool,
}

impl Field {
    /// Empty the text, keeping the placeholder.
    pub(super) fn clear(&mut self) {
        let placeholder = self.input.placeholder_text().to_string();
        let cursor = self.input.cursor_style();
        self.input = text_area("", &placeholder);
        self.input.set_cursor_style(cursor);
    }
}

pub(super) fn text_area(value: &str, placeholder: &str) -> TextArea<'static> {
    let lines: Vec<String> = value.split('\n').map(str::to_string).collect();
    let mut input = TextArea::new(lines);
    input.set_cursor_line_style(Style::default());
    input.set_placeholder_text(placeholder);
    input.move_cursor(ratatui_textarea::CursorMove::Bottom);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input
}

/// A key on a choice: a typed value picks its option directly (a level: 1–5); Space and the
/// arrows step through them.
pub(super) fn choose(options: &[(Option<String>, String)], index: &mut usize, code: KeyCode) {
    let n = options.len().max(1);
    match code {
        KeyCode::Char(c)
            if let Some(i) = options
                .iter()
                .position(|(v, _)| v.as_deref() == Some(c.to_string().as_str())) =>
        {
            *index = i;
        }
        KeyCode::Char(' ') | KeyCode::Right | KeyCode::Down => *index = (*index + 1) % n,
        KeyCode::Left | KeyCode::Up => *index = (*index + n - 1) % n,
        _ => {}
    }
}
