//! The evidence library: newest first, each piece in full. Its keys add, edit and delete pieces,
//! choose what they back, and open their links.

pub mod forms;
mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::progress::Evidence;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, EDIT, bind, ch, plain, shown};
use crate::tui::layout;
use crate::tui::outcome::{Change, Outcome};
use crate::tui::overlay::Picker;
use crate::tui::screens::Screen;

use super::list::{List, matcher, max_scroll, navigate};
use super::page::Page;

pub use forms::{Msg, PickWhat};

pub const EVIDENCE: &[Binding] = &[
    bind(&[ch('a')], "a", "add evidence", C::Add, Some(("a", "add"))),
    EDIT,
    bind(
        &[ch('s')],
        "s",
        "skills it backs",
        C::LinkSkills,
        Some(("s", "skills")),
    ),
    bind(
        &[ch('i')],
        "i",
        "checklist items it shows",
        C::LinkItems,
        Some(("i", "items")),
    ),
    bind(
        &[ch('o')],
        "o",
        "open the link in the browser",
        C::OpenLink,
        Some(("o", "open")),
    ),
    bind(
        &[ch('d'), plain(K::Delete)],
        "d",
        "delete",
        C::Delete,
        Some(("d", "delete")),
    ),
    bind(&[ch('J')], "J", "scroll details down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll details up", C::ScrollUp, None),
];

/// What to select once a change the screen asked for has landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Select {
    /// The piece just added: the highest id.
    Newest,
    /// A piece wherever it sorts now (after an edit moved its date, say).
    Piece(u32),
}

#[derive(Debug, Default)]
pub struct EvidenceScreen {
    /// Rows are indices into the library, newest first.
    list: List,
    pending: Option<Select>,
}

impl EvidenceScreen {
    pub fn selected<'a>(&self, cx: &Ctx<'a>) -> Option<&'a Evidence> {
        cx.progress.evidence.get(self.list.selected()?)
    }

    fn select(&mut self, id: u32, cx: &Ctx) {
        if let Some(i) = cx.progress.evidence.iter().position(|e| e.id == id) {
            self.list.select(i);
        }
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let pane = view::panes(layout::body(cx.size))[1];
        let lines = self.selected(cx).map_or_else(Vec::new, |e| {
            view::detail_lines(cx, e, pane.width.saturating_sub(2))
        });
        max_scroll(lines, pane)
    }

    fn on_selected(&self, command: C, cx: &Ctx) -> Outcome<Msg> {
        let Some(e) = self.selected(cx) else {
            return match command {
                C::LinkSkills | C::LinkItems => Outcome::info(format!(
                    "Add a piece of evidence first{}",
                    crate::tui::keys::mention(cx.table(Screen::Evidence), C::Add)
                )),
                _ => Outcome::None,
            };
        };
        let id = e.id;
        match command {
            C::Edit => forms::evidence_form(cx, Some(id)),
            C::Delete => Outcome::confirm(
                format!("Delete the evidence \"{}\"?", e.title),
                Outcome::Change(
                    Change::new("Evidence deleted", move |p| {
                        p.delete_evidence(id).map(|_| ())
                    })
                    .undoable(),
                ),
            ),
            C::OpenLink => match &e.link {
                Some(link) => Outcome::OpenLink(link.clone()),
                None => Outcome::info(match shown(cx.table(Screen::Evidence), C::Edit) {
                    Some(key) => format!("This piece has no link ({key} adds one)"),
                    None => "This piece has no link".to_string(),
                }),
            },
            C::LinkSkills => forms::picker(cx, e, PickWhat::Skills),
            C::LinkItems => forms::picker(cx, e, PickWhat::Items),
            _ => Outcome::None,
        }
    }
}

impl Page for EvidenceScreen {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        match command {
            C::Add => forms::evidence_form(cx, None),
            _ => self.on_selected(command, cx),
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        let mut piece = forms::read_piece(form, cx)?;
        Ok(match msg {
            Msg::Edit(id) => {
                if let Some(old) = cx.progress.evidence_piece(id) {
                    piece.skills = old.skills.clone();
                    piece.items = old.items.clone();
                }
                self.pending = Some(Select::Piece(id));
                Outcome::change("Evidence updated", move |p| p.edit_evidence(id, piece))
            }
            Msg::New => {
                self.pending = Some(Select::Newest);
                Outcome::change(forms::added_message(cx), move |p| {
                    p.add_evidence(piece).map(|_| ())
                })
            }
            Msg::Pick(..) => Outcome::None,
        })
    }

    fn picked(&mut self, msg: Msg, picker: &Picker, cx: &Ctx) -> Outcome<Msg> {
        match msg {
            Msg::Pick(what, id) => forms::save_links(cx, what, id, picker),
            Msg::New | Msg::Edit(_) => Outcome::None,
        }
    }

    fn after_change(&mut self, ok: bool, cx: &Ctx) {
        match self.pending.take() {
            Some(Select::Newest) if ok => {
                self.list.filter.clear();
                self.refresh(cx);
                if let Some(newest) = cx.progress.evidence.iter().map(|e| e.id).max() {
                    self.select(newest, cx);
                }
            }
            Some(Select::Piece(id)) if ok => self.select(id, cx),
            _ => {}
        }
    }

    fn refresh(&mut self, cx: &Ctx) {
        // Evidence matches on its title, kind, link, story and the names of what it backs.
        let keep = matcher(&self.list.filter);
        let pieces = &cx.progress.evidence;
        let mut rows: Vec<usize> = (0..pieces.len())
            .filter(|&i| {
                let e = &pieces[i];
                let kind = e.kind.to_string();
                let mut fields: Vec<&str> = vec![&e.title, &kind, e.link.as_deref().unwrap_or("")];
                fields.extend(e.story.parts().map(|(_, text)| text));
                fields.extend(e.skills.iter().map(|s| cx.skill_name(s)));
                keep(&fields)
            })
            .collect();
        rows.sort_by(|&a, &b| (pieces[b].date, pieces[b].id).cmp(&(pieces[a].date, pieces[a].id)));
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
