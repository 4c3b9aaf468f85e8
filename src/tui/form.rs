//! Forms: a few labelled fields edited in place. Text fields edit by character through
//! `ratatui-textarea` (any unicode, wide characters laid out by their display width).

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;

use crate::clock::parse_date;

/// What a form is for; decides what submitting it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Welcome,
    Profile,
    Note { key: String },
    Evidence { key: String },
    Rating { skill: String },
    NewMilestone,
    EditMilestone { id: u32 },
    NewJournal,
    EditJournal { id: u32 },
    StartReview,
    MentorRating { skill: String },
    ReviewNotes { id: u32 },
    Outcome { id: u32 },
    NewEvidence,
    EditEvidence { id: u32 },
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
    pub purpose: Purpose,
    pub title: String,
    /// Lines shown above the fields (guidance, prompts).
    pub intro: Vec<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last submit was refused; the typed text stays.
    pub error: Option<String>,
    /// Text was typed or deleted: leaving asks first.
    pub edited: bool,
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
    pub fn new(purpose: Purpose, title: impl Into<String>) -> Form {
        Form {
            purpose,
            title: title.into(),
            intro: Vec::new(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            edited: false,
        }
    }

    pub fn intro(mut self, lines: impl IntoIterator<Item = String>) -> Form {
        self.intro.extend(lines);
        self
    }

    fn push(
        mut self,
        label: &'static str,
        kind: FieldKind,
        value: &str,
        placeholder: &str,
    ) -> Form {
        // A prefilled date is a suggestion: typing a new date replaces it.
        let suggested = matches!(kind, FieldKind::Date) && !value.is_empty();
        self.fields.push(Field {
            label,
            kind,
            input: text_area(value, placeholder),
            suggested,
        });
        self.refresh_cursor();
        self
    }

    /// A line prefilled with a suggestion that typing replaces.
    pub fn suggested_line(mut self, label: &'static str, value: &str, placeholder: &str) -> Form {
        self = self.line(label, value, placeholder);
        if let Some(field) = self.fields.last_mut() {
            field.suggested = !value.is_empty();
        }
        self
    }

    pub fn line(self, label: &'static str, value: &str, placeholder: &str) -> Form {
        self.push(label, FieldKind::Line, value, placeholder)
    }

    pub fn multi(self, label: &'static str, value: &str, placeholder: &str) -> Form {
        self.push(label, FieldKind::Multi, value, placeholder)
    }

    pub fn date(self, label: &'static str, value: Option<NaiveDate>) -> Form {
        let text = value.map(|d| d.to_string()).unwrap_or_default();
        self.push(label, FieldKind::Date, &text, "YYYY-MM-DD")
    }

    pub fn toggle(self, label: &'static str, value: bool) -> Form {
        self.push(label, FieldKind::Toggle(value), "", "")
    }

    pub fn choice(
        self,
        label: &'static str,
        options: Vec<(Option<String>, String)>,
        selected: Option<&str>,
    ) -> Form {
        let index = options
            .iter()
            .position(|(v, _)| v.as_deref() == selected)
            .unwrap_or(0);
        self.push(label, FieldKind::Choice { options, index }, "", "")
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
            FieldKind::Choice { options, index } => {
                let n = options.len().max(1);
                match key.code {
                    // A typed value picks its option directly (a level: 1–5).
                    KeyCode::Char(c)
                        if let Some(i) = options
                            .iter()
                            .position(|(v, _)| v.as_deref() == Some(c.to_string().as_str())) =>
                    {
                        *index = i;
                    }
                    KeyCode::Char(' ') | KeyCode::Right | KeyCode::Down => {
                        *index = (*index + 1) % n
                    }
                    KeyCode::Left | KeyCode::Up => *index = (*index + n - 1) % n,
                    _ => {}
                }
            }
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

    /// The text of field `i`, trimmed.
    pub fn text(&self, i: usize) -> String {
        self.fields
            .get(i)
            .map(|f| f.input.lines().join("\n").trim().to_string())
            .unwrap_or_default()
    }

    /// The date in field `i`: `Ok(None)` when blank.
    pub fn date_value(&self, i: usize) -> Result<Option<NaiveDate>, String> {
        let text = self.text(i);
        if text.is_empty() {
            Ok(None)
        } else {
            parse_date(&text).map(Some)
        }
    }

    pub fn toggle_value(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.kind),
            Some(FieldKind::Toggle(true))
        )
    }

    pub fn choice_value(&self, i: usize) -> Option<String> {
        match self.fields.get(i).map(|f| &f.kind) {
            Some(FieldKind::Choice { options, index }) => {
                options.get(*index).and_then(|(v, _)| v.clone())
            }
            _ => None,
        }
    }

    /// Keep the form open with a message; nothing typed is lost.
    pub fn refuse(&mut self, message: impl Into<String>, field: usize) {
        self.error = Some(message.into());
        self.focus = field.min(self.fields.len().saturating_sub(1));
        self.refresh_cursor();
    }
}
