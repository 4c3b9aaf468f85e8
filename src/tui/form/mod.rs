//! The form engine: a few labelled fields edited in place. Text fields edit by character through
//! `ratatui-textarea` (any unicode, wide characters laid out by their display width). Fields are
//! named by each form's own field enum (see [`fields!`]), never by position, and a refused
//! submit names the field that is wrong. The engine knows nothing of any screen.

mod keys;
pub mod rating;
mod view;

pub use keys::{FORM, hint_spans};
pub use view::{render_form, render_form_in};

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;

use crate::clock::parse_date;

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
    fn clear(&mut self) {
        let placeholder = self.input.placeholder_text().to_string();
        let cursor = self.input.cursor_style();
        self.input = text_area("", &placeholder);
        self.input.set_cursor_style(cursor);
    }
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    /// Lines shown above the fields (guidance, prompts).
    pub intro: Vec<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last submit was refused; the typed text stays.
    pub error: Option<String>,
    /// Text was typed or deleted: leaving asks first.
    pub edited: bool,
    /// Drawn over the whole window rather than as a popup (the welcome).
    pub full_window: bool,
}

/// A form open over a screen, with what its owner needs to know to submit it.
#[derive(Debug, Clone)]
pub struct OpenForm<M> {
    pub form: Form,
    pub purpose: M,
}

fn text_area(value: &str, placeholder: &str) -> TextArea<'static> {
    let lines: Vec<String> = value.split('\n').map(str::to_string).collect();
    let mut input = TextArea::new(lines);
    input.set_cursor_line_style(Style::default());
    input.set_placeholder_text(placeholder);
    input.move_cursor(ratatui_textarea::CursorMove::Bottom);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input
}

impl Form {
    pub fn new(title: impl Into<String>) -> Form {
        Form {
            title: title.into(),
            intro: Vec::new(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            edited: false,
            full_window: false,
        }
    }

    /// Pair the form with what its owner needs to submit it.
    pub fn purpose<M>(self, purpose: M) -> OpenForm<M> {
        OpenForm {
            form: self,
            purpose,
        }
    }

    pub fn intro(mut self, lines: impl IntoIterator<Item = String>) -> Form {
        self.intro.extend(lines);
        self
    }

    pub fn full_window(mut self) -> Form {
        self.full_window = true;
        self
    }

    fn push(
        mut self,
        id: FieldId,
        label: &'static str,
        kind: FieldKind,
        value: &str,
        placeholder: &str,
    ) -> Form {
        // A prefilled date is a suggestion: typing a new date replaces it.
        let suggested = matches!(kind, FieldKind::Date) && !value.is_empty();
        self.fields.push(Field {
            id,
            label,
            kind,
            input: text_area(value, placeholder),
            suggested,
        });
        self.refresh_cursor();
        self
    }

    /// A line prefilled with a suggestion that typing replaces.
    pub fn suggested_line(
        mut self,
        id: impl Into<FieldId>,
        label: &'static str,
        value: &str,
        placeholder: &str,
    ) -> Form {
        self = self.line(id, label, value, placeholder);
        if let Some(field) = self.fields.last_mut() {
            field.suggested = !value.is_empty();
        }
        self
    }

    pub fn line(
        self,
        id: impl Into<FieldId>,
        label: &'static str,
        value: &str,
        placeholder: &str,
    ) -> Form {
        self.push(id.into(), label, FieldKind::Line, value, placeholder)
    }

    pub fn multi(
        self,
        id: impl Into<FieldId>,
        label: &'static str,
        value: &str,
        placeholder: &str,
    ) -> Form {
        self.push(id.into(), label, FieldKind::Multi, value, placeholder)
    }

    pub fn date(
        self,
        id: impl Into<FieldId>,
        label: &'static str,
        value: Option<NaiveDate>,
    ) -> Form {
        let text = value.map(|d| d.to_string()).unwrap_or_default();
        self.push(id.into(), label, FieldKind::Date, &text, "YYYY-MM-DD")
    }

    pub fn toggle(self, id: impl Into<FieldId>, label: &'static str, value: bool) -> Form {
        self.push(id.into(), label, FieldKind::Toggle(value), "", "")
    }

    pub fn choice(
        self,
        id: impl Into<FieldId>,
        label: &'static str,
        options: Vec<(Option<String>, String)>,
        selected: Option<&str>,
    ) -> Form {
        let index = options
            .iter()
            .position(|(v, _)| v.as_deref() == selected)
            .unwrap_or(0);
        self.push(
            id.into(),
            label,
            FieldKind::Choice { options, index },
            "",
            "",
        )
    }

    /// Enter on a choice that is not the last field moves on instead of saving, so a digit
    /// and Enter pressed by habit do not submit a form that was opened by mistake.
    pub fn enter_moves_on(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.kind),
            Some(FieldKind::Choice { .. } | FieldKind::Toggle(_))
        ) && self.focus + 1 < self.fields.len()
    }

    pub fn focused_is_multiline(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.kind),
            Some(FieldKind::Multi)
        )
    }

    pub fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
        }
        self.refresh_cursor();
    }

    pub fn prev_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        }
        self.refresh_cursor();
    }

    /// Only the focused text field shows a cursor.
    fn refresh_cursor(&mut self) {
        for (i, field) in self.fields.iter_mut().enumerate() {
            let style = if i == self.focus {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            field.input.set_cursor_style(style);
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.kind {
            FieldKind::Toggle(value) => {
                if matches!(
                    key.code,
                    KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right | KeyCode::Enter
                ) {
                    *value = !*value;
                }
            }
            FieldKind::Choice { options, index } => choose(options, index, key.code),
            FieldKind::Line | FieldKind::Multi | FieldKind::Date => {
                let typed = matches!(key.code, KeyCode::Char(_))
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                if field.suggested && typed {
                    field.clear();
                }
                field.suggested = false;
                if field.input.input(key) {
                    self.edited = true;
                }
            }
        }
        self.error = None;
    }

    pub fn paste(&mut self, text: &str) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        if field.suggested {
            field.clear();
            field.suggested = false;
        }
        self.edited = true;
        match field.kind {
            FieldKind::Multi => {
                field.input.insert_str(text.replace("\r\n", "\n"));
            }
            FieldKind::Line | FieldKind::Date => {
                field.input.insert_str(text.replace(['\r', '\n'], " "));
            }
            FieldKind::Toggle(_) | FieldKind::Choice { .. } => {}
        }
    }

    fn field(&self, id: impl Into<FieldId>) -> Option<&Field> {
        let id = id.into();
        self.fields.iter().find(|f| f.id == id)
    }

    /// The text of a field, trimmed.
    pub fn text(&self, id: impl Into<FieldId>) -> String {
        self.field(id)
            .map(|f| f.input.lines().join("\n").trim().to_string())
            .unwrap_or_default()
    }

    /// The text of a field, `None` when blank.
    pub fn optional(&self, id: impl Into<FieldId>) -> Option<String> {
        Some(self.text(id)).filter(|t| !t.is_empty())
    }

    /// The date in a field: `Ok(None)` when blank; a bad date is refused on that field.
    pub fn date_value(&self, id: impl Into<FieldId> + Copy) -> Result<Option<NaiveDate>, Refusal> {
        let text = self.text(id);
        if text.is_empty() {
            Ok(None)
        } else {
            parse_date(&text).map(Some).map_err(|e| Refusal::new(id, e))
        }
    }

    pub fn toggle_value(&self, id: impl Into<FieldId>) -> bool {
        matches!(
            self.field(id).map(|f| &f.kind),
            Some(FieldKind::Toggle(true))
        )
    }

    pub fn choice_value(&self, id: impl Into<FieldId>) -> Option<String> {
        match self.field(id).map(|f| &f.kind) {
            Some(FieldKind::Choice { options, index }) => {
                options.get(*index).and_then(|(v, _)| v.clone())
            }
            _ => None,
        }
    }

    /// Keep the form open with the reason, the wrong field focused; nothing typed is lost.
    pub fn refuse(&mut self, refusal: Refusal) {
        self.error = Some(refusal.message);
        if let Some(i) = self.fields.iter().position(|f| f.id == refusal.field) {
            self.focus = i;
        }
        self.refresh_cursor();
    }
}

/// A key on a choice: a typed value picks its option directly (a level: 1–5); Space and the
/// arrows step through them.
fn choose(options: &[(Option<String>, String)], index: &mut usize, code: KeyCode) {
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
