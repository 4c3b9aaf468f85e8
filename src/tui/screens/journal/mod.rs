//! The journal: dated reflections, newest first. Its keys write, edit, share and delete entries.

mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::progress::JournalEntry;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, EDIT, bind, ch, plain};
use crate::tui::layout;
use crate::tui::outcome::{Change, Outcome};

use super::list::{List, matcher, max_scroll, navigate};
use super::page::Page;

pub const JOURNAL: &[Binding] = &[
    bind(&[ch('a')], "a", "new entry", C::Add, Some(("a", "new"))),
    EDIT,
    bind(
        &[ch('p')],
        "p",
        "private / shared",
        C::TogglePrivate,
        Some(("p", "private")),
    ),
    bind(&[ch('d'), plain(K::Delete)], "d", "delete", C::Delete, None),
    bind(&[ch('J')], "J", "scroll entry down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll entry up", C::ScrollUp, None),
];

crate::fields!(JournalField {
    Entry,
    Date,
    Private
});

/// The journal form: a new entry, or an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    New,
    Edit(u32),
}

#[derive(Debug, Default)]
pub struct Journal {
    /// Rows are indices into the journal, newest first.
    list: List,
    /// The entry to select once the change the screen asked for has landed (`None` inside:
    /// the one just added, the highest id), so what was written is in view wherever its
    /// date puts it.
    pending: Option<Option<u32>>,
}

fn journal_form(cx: &Ctx, existing: Option<&JournalEntry>) -> Form {
    let practice = cx
        .pack
        .practices
        .iter()
        .find(|p| p.id == "reflect-and-adjust")
        .or(cx.pack.practices.first());
    let intro: Vec<String> = practice
        .map(|p| {
            let mut lines = vec![p.text.clone()];
            lines.extend(p.prompts.iter().take(3).map(|q| format!("• {q}")));
            lines
        })
        .unwrap_or_default();
    let title = match existing {
        Some(j) => format!("Edit entry of {}", j.date),
        None => "New entry".to_string(),
    };
    Form::new(title)
        .intro(intro)
        .multi(
            JournalField::Entry,
            "Entry",
            existing.map_or("", |j| j.text.as_str()),
            "reflect: what went well, what to adjust",
        )
        .date(
            JournalField::Date,
            "Date",
            Some(existing.map_or(cx.today, |j| j.date)),
        )
        .toggle(
            JournalField::Private,
            "Private",
            existing.is_some_and(|j| j.private),
        )
}

impl Journal {
    pub fn selected<'a>(&self, cx: &Ctx<'a>) -> Option<&'a JournalEntry> {
        cx.progress.journal.get(self.list.selected()?)
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let pane = view::panes(layout::body(cx.size))[1];
        max_scroll(view::entry_lines(self, cx), pane)
    }
}

impl Page for Journal {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        if command == C::Add {
            return Outcome::form(journal_form(cx, None).purpose(Msg::New));
        }
        let Some(j) = self.selected(cx) else {
            return Outcome::None;
        };
        let id = j.id;
        match command {
            C::Edit => Outcome::form(journal_form(cx, Some(j)).purpose(Msg::Edit(id))),
            C::TogglePrivate => {
                let (text, private, date) = (j.text.clone(), !j.private, j.date);
                let done = if private {
                    "Entry is private: left out of exports"
                } else {
                    "Entry is shared: included in exports"
                };
                Outcome::change(done, move |p| p.edit_journal(id, &text, private, date))
            }
            C::Delete => {
                let first = j.text.lines().next().unwrap_or("");
                Outcome::confirm(
                    format!("Delete the entry of {}, \"{first}\"?", j.date),
                    Outcome::Change(
                        Change::new("Entry deleted", move |p| p.delete_journal(id).map(|_| ()))
                            .undoable(),
                    ),
                )
            }
            _ => Outcome::None,
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        let Some(text) = form.optional(JournalField::Entry) else {
            return Err(Refusal::new(
                JournalField::Entry,
                "Write something, or Esc to cancel",
            ));
        };
        let private = form.toggle_value(JournalField::Private);
        // A reflection can be written down later than the week it is about, never ahead.
        let date = match form.date_value(JournalField::Date)? {
            Some(d) => crate::clock::not_in_future(d, cx.today, "a journal entry")
                .map_err(|e| Refusal::new(JournalField::Date, e))?,
            None => cx.today,
        };
        self.pending = Some(match msg {
            Msg::Edit(id) => Some(id),
            Msg::New => None,
        });
        Ok(match msg {
            Msg::Edit(id) => Outcome::change("Entry updated", move |p| {
                p.edit_journal(id, &text, private, date)
            }),
            Msg::New => Outcome::change(format!("Entry added, dated {date}"), move |p| {
                p.add_journal(&text, private, date).map(|_| ())
            }),
        })
    }

    fn after_change(&mut self, ok: bool, cx: &Ctx) {
        let Some(which) = self.pending.take().filter(|_| ok) else {
            return;
        };
        let entries = &cx.progress.journal;
        let Some(id) = which.or_else(|| entries.iter().map(|j| j.id).max()) else {
            return;
        };
        self.list.filter.clear();
        self.refresh(cx);
        if let Some(at) = entries.iter().position(|j| j.id == id) {
            self.list.select(at);
        }
    }

    fn refresh(&mut self, cx: &Ctx) {
        let keep = matcher(&self.list.filter);
        let entries = &cx.progress.journal;
        let mut rows: Vec<usize> = (0..entries.len())
            .filter(|&i| keep(&[&entries[i].text]))
            .collect();
        rows.sort_by(|&a, &b| {
            (entries[b].date, entries[b].id).cmp(&(entries[a].date, entries[a].id))
        });
        self.list.set_rows(rows);
    }

    fn list(&self) -> Option<&List> {
        Some(&self.list)
    }

    fn list_mut(&mut self) -> Option<&mut List> {
        Some(&mut self.list)
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(self, cx, frame, area);
    }
}
