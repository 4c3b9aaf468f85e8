//! The form engine: a few labelled fields edited in place. Text fields edit by character through
//! `ratatui-textarea` (any unicode, wide characters laid out by their display width). Fields are
//! named by each form's own field enum (see [`fields!`]), never by position, and a refused
//! submit names the field that is wrong. The engine knows nothing of any screen.

mod field;
mod keys;
pub mod rating;
mod view;

pub use field::{Field, FieldId, FieldKind, Refusal};
pub use keys::{FORM, hint_spans};
pub use view::{render_form, render_form_in};

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};

use crate::clock::parse_date;
use field::{choose, text_area};

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

    /// The focused field's text, when it is a text field (a date is not written in an editor).
    pub fn focused_text(&self) -> Option<String> {
        let field = self.fields.get(self.focus)?;
        matches!(field.kind, FieldKind::Line | FieldKind::Multi)
            .then(|| field.input.lines().join("\n"))
    }

    /// Put `text` in the focused text field in place of what it held (a one-line field takes
    /// it on one line).
    pub fn replace_focused_text(&mut self, text: &str) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        if !matches!(field.kind, FieldKind::Line | FieldKind::Multi) {
            return;
        }
        field.clear();
        field.suggested = false;
        self.edited = true;
        self.paste(text);
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
