//! The path: the steps, each step's checklist, and the coaching behind each item. Its keys tick
//! items and add notes and evidence to them.

mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::content::{Item, Pack, Step, item_key};
use crate::progress::Progress;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, bind, ch, plain, shown};
use crate::tui::layout;
use crate::tui::outcome::{Outcome, Target};

use super::id::Screen;
use super::list::{Cursor, List, matcher, max_scroll, navigate};
use super::page::Page;

pub const PATH: &[Binding] = &[
    bind(
        &[ch(' '), plain(K::Enter)],
        "Space",
        "tick / untick item",
        C::Toggle,
        Some(("Space", "tick")),
    ),
    bind(&[ch('n')], "n", "edit note", C::Note, Some(("n", "note"))),
    bind(
        &[ch('e')],
        "e",
        "add evidence",
        C::Evidence,
        Some(("e", "evidence")),
    ),
    bind(&[ch('J')], "J", "scroll detail down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll detail up", C::ScrollUp, None),
];

crate::fields!(NoteField { Note });
crate::fields!(EvidenceField { Link });

/// The path's forms, each on an item (`STEP/ITEM`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Note(String),
    Evidence(String),
}

#[derive(Debug, Default)]
pub struct Path {
    /// Index into the pack's steps.
    step: usize,
    /// The step's items the filter keeps.
    list: List,
}

fn item<'a>(pack: &'a Pack, key: &str) -> Option<&'a Item> {
    let (step, item) = key.split_once('/')?;
    pack.step(step)?.item(item)
}

fn item_text(pack: &Pack, key: &str) -> String {
    item(pack, key).map_or(key.to_string(), |i| format!("\"{}\"", i.text))
}

fn note_form(cx: &Ctx, key: &str) -> Form {
    let note = cx
        .progress
        .item(key)
        .and_then(|s| s.note.clone())
        .unwrap_or_default();
    Form::new(format!("Note on {}", item_text(cx.pack, key)))
        .intro(["Leave the note empty to remove it.".to_string()])
        .multi(
            NoteField::Note,
            "Note",
            &note,
            "what you did, learned, or still need",
        )
}

fn evidence_form(cx: &Ctx, key: &str) -> Form {
    let prompt = item(cx.pack, key)
        .and_then(|i| i.evidence_prompt.clone())
        .unwrap_or_else(|| "What shows this was done?".into());
    Form::new(format!("Evidence for {}", item_text(cx.pack, key)))
        .intro([prompt])
        .line(
            EvidenceField::Link,
            "Link or description",
            "",
            "https://… or a short description",
        )
}

impl Path {
    /// The step shown.
    pub fn current<'a>(&self, cx: &Ctx<'a>) -> Option<&'a Step> {
        cx.pack.steps.get(self.step)
    }

    /// The `STEP/ITEM` key of the selected item.
    pub fn selected_key(&self, cx: &Ctx) -> Option<String> {
        let step = self.current(cx)?;
        let item = step.items.get(self.list.selected()?)?;
        Some(item_key(&step.id, &item.id))
    }

    /// The path opens on the first unfinished step with its first open item selected.
    pub fn open_at_first_open_item(&mut self, pack: &Pack, progress: &Progress) {
        let found = pack.steps.iter().enumerate().find_map(|(si, step)| {
            step.items
                .iter()
                .position(|i| !progress.is_done(&item_key(&step.id, &i.id)))
                .map(|ii| (si, ii))
        });
        let (step, item) = found.unwrap_or((0, 0));
        self.step = step;
        self.list.cursor = Cursor {
            index: item,
            scroll: 0,
        };
    }

    fn step_by(&mut self, delta: isize, cx: &Ctx) {
        let last = cx.pack.steps.len().saturating_sub(1);
        let step = self.step.saturating_add_signed(delta).min(last);
        if step != self.step {
            self.step = step;
            self.list.cursor = Cursor::default();
            self.refresh(cx);
        }
    }

    fn toggle(&self, cx: &Ctx) -> Outcome<Msg> {
        let Some(key) = self.selected_key(cx) else {
            return Outcome::None;
        };
        let today = cx.today;
        if cx.progress.is_done(&key) {
            Outcome::change("Item reopened", move |p| {
                p.uncheck(&key, today);
                Ok(())
            })
        } else {
            Outcome::change(format!("Ticked on {today}"), move |p| {
                p.check(&key, today);
                Ok(())
            })
        }
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let pane = view::panes(layout::body(cx.size))[1];
        max_scroll(view::detail_lines(self, cx), pane)
    }
}

impl Page for Path {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        let selected = self.selected_key(cx);
        match command {
            C::Left | C::Right => {
                self.step_by(if command == C::Left { -1 } else { 1 }, cx);
                Outcome::None
            }
            C::Toggle => self.toggle(cx),
            C::Note => selected.map_or(Outcome::None, |key| {
                Outcome::form(note_form(cx, &key).purpose(Msg::Note(key)))
            }),
            C::Evidence => selected.map_or(Outcome::None, |key| {
                Outcome::form(evidence_form(cx, &key).purpose(Msg::Evidence(key)))
            }),
            _ => Outcome::None,
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        Ok(match msg {
            Msg::Note(key) => {
                let note = form.text(NoteField::Note);
                Outcome::change("Note saved", move |p| {
                    p.set_note(&key, &note);
                    Ok(())
                })
            }
            Msg::Evidence(key) => {
                let Some(evidence) = form.optional(EvidenceField::Link) else {
                    return Err(Refusal::new(
                        EvidenceField::Link,
                        "Type a link or a short description, or Esc to cancel",
                    ));
                };
                let title = item(cx.pack, &key).map_or(key.clone(), |i| i.text.clone());
                let today = cx.today;
                let (link, go) = (
                    shown(cx.table(Screen::Evidence), C::LinkSkills).unwrap_or_default(),
                    shown(cx.global(), C::GoTo(Screen::Evidence)).unwrap_or_default(),
                );
                Outcome::change(
                    format!("Evidence added: link it to skills on {go} ({link})"),
                    move |p| {
                        p.add_item_evidence(&key, &evidence, &title, today)
                            .map(|_| ())
                    },
                )
            }
        })
    }

    fn refresh(&mut self, cx: &Ctx) {
        let rows = self
            .current(cx)
            .map(|step| {
                let keep = matcher(&self.list.filter);
                step.items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| keep(&[&i.text, &i.id, &i.hint]))
                    .map(|(n, _)| n)
                    .collect()
            })
            .unwrap_or_default();
        self.list.set_rows(rows);
    }

    fn show(&mut self, target: &Target, cx: &Ctx) -> Outcome<Msg> {
        let Target::Item(key) = target else {
            return Outcome::None;
        };
        self.list.filter.clear();
        self.refresh(cx);
        if let Some((step, item)) = key.split_once('/')
            && let Some(si) = cx.pack.steps.iter().position(|s| s.id == step)
        {
            self.step = si;
            self.refresh(cx);
            if let Some(ii) = cx.pack.steps[si].items.iter().position(|i| i.id == item) {
                self.list.select(ii);
            }
        }
        Outcome::None
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

impl Path {
    /// The step shown, as an index into the pack's steps.
    pub fn step_index(&self) -> usize {
        self.step
    }
}
