//! Milestones: dated promises, by due date. Its keys add, edit, finish and delete them.

mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::insight::MilestoneView;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, EDIT, bind, ch, plain};
use crate::tui::outcome::{Change, Outcome, Target};
use crate::tui::overlay::{OpenPicker, Picker, item_options};

use super::list::{List, matcher, navigate};
use super::page::Page;

pub const MILESTONES: &[Binding] = &[
    bind(&[ch('a')], "a", "add", C::Add, Some(("a", "add"))),
    EDIT,
    bind(
        &[ch(' '), ch('x')],
        "Space",
        "done / reopen",
        C::Toggle,
        Some(("Space", "done")),
    ),
    bind(
        &[ch('i')],
        "i",
        "the checklist item it serves",
        C::LinkItems,
        None,
    ),
    bind(
        &[ch('d'), plain(K::Delete)],
        "d",
        "delete",
        C::Delete,
        Some(("d", "delete")),
    ),
];

crate::fields!(MilestoneField { Title, Due, Step });

/// The milestone form: a new one, or an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    New,
    Edit(u32),
    /// The item picker for milestone `id`.
    Serve(u32),
}

#[derive(Debug, Default)]
pub struct Milestones {
    /// Rows are indices into the insights' milestones (already by due date).
    list: List,
    /// The milestone to select once the change the screen asked for has landed (`None`
    /// inside: the one just added, the highest id), so what was changed is in view.
    pending: Option<Option<u32>>,
}

fn milestone_form(cx: &Ctx, id: Option<u32>) -> Form {
    let existing = id.and_then(|id| cx.progress.milestones.iter().find(|m| m.id == id));
    let mut options = vec![(None, "(no step)".to_string())];
    options.extend(
        cx.pack
            .steps
            .iter()
            .map(|s| (Some(s.id.clone()), s.title.clone())),
    );
    let title = if existing.is_some() {
        "Edit milestone"
    } else {
        "New milestone"
    };
    Form::new(title)
        .line(
            MilestoneField::Title,
            "Title",
            existing.map_or("", |m| m.title.as_str()),
            "e.g. Finish the PM course",
        )
        .date(MilestoneField::Due, "Due", existing.map(|m| m.due))
        .choice(
            MilestoneField::Step,
            "Step",
            options,
            existing.and_then(|m| m.step.as_deref()),
        )
}

/// Finish a milestone; one that serves an open checklist item asks whether to tick it too.
fn finish(cx: &Ctx, m: &MilestoneView) -> Outcome<Msg> {
    let (id, today) = (m.id, cx.today);
    let done = || Outcome::change("Milestone done", move |p| p.complete_milestone(id, today));
    let Some((key, text)) = m
        .item
        .as_deref()
        .filter(|key| !cx.progress.is_done(key))
        .and_then(|key| Some((key.to_string(), cx.pack.item_at(key)?.1.text.clone())))
    else {
        return done();
    };
    Outcome::ask(
        format!(
            "\"{}\" serves \"{text}\", still open. Tick it too? n finishes only the milestone.",
            m.title
        ),
        Outcome::change(format!("Milestone done, and \"{text}\" ticked"), move |p| {
            p.complete_milestone(id, today)?;
            p.check(&key, today);
            Ok(())
        }),
        done(),
    )
}

/// The one checklist item a milestone serves, picked from all of them.
fn serves_picker(cx: &Ctx, m: &MilestoneView) -> Outcome<Msg> {
    Outcome::Picker(Box::new(OpenPicker {
        picker: Picker {
            title: format!("The checklist item \"{}\" serves", m.title),
            options: item_options(cx.pack),
            chosen: m.item.iter().cloned().collect(),
            cursor: 0,
            single: true,
        },
        purpose: Msg::Serve(m.id),
    }))
}

impl Milestones {
    pub fn selected<'a>(&self, cx: &Ctx<'a>) -> Option<&'a MilestoneView> {
        cx.insights.milestones.get(self.list.selected()?)
    }

    fn add(cx: &Ctx) -> Outcome<Msg> {
        Outcome::form(milestone_form(cx, None).purpose(Msg::New))
    }
}

impl Page for Milestones {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |_| 0) {
            return Outcome::None;
        }
        if command == C::Add {
            return Self::add(cx);
        }
        let Some(m) = self.selected(cx) else {
            return Outcome::None;
        };
        let id = m.id;
        match command {
            C::Edit => Outcome::form(milestone_form(cx, Some(id)).purpose(Msg::Edit(id))),
            C::Toggle if m.is_open() => finish(cx, m),
            C::Toggle => Outcome::change("Milestone reopened", move |p| p.reopen_milestone(id)),
            C::LinkItems => serves_picker(cx, m),
            C::Delete => Outcome::confirm(
                format!("Delete milestone \"{}\"?", m.title),
                Outcome::Change(
                    Change::new("Milestone deleted", move |p| {
                        p.delete_milestone(id).map(|_| ())
                    })
                    .undoable(),
                ),
            ),
            _ => Outcome::None,
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, _cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        let Some(title) = form.optional(MilestoneField::Title) else {
            return Err(Refusal::new(
                MilestoneField::Title,
                "A milestone needs a title",
            ));
        };
        let Some(due) = form.date_value(MilestoneField::Due)? else {
            return Err(Refusal::new(
                MilestoneField::Due,
                "A milestone needs a due date (YYYY-MM-DD)",
            ));
        };
        let step = form.choice_value(MilestoneField::Step);
        self.pending = Some(match msg {
            Msg::Edit(id) | Msg::Serve(id) => Some(id),
            Msg::New => None,
        });
        Ok(match msg {
            Msg::Edit(id) => Outcome::change("Milestone updated", move |p| {
                p.edit_milestone(id, &title, due, step)
            }),
            Msg::New => Outcome::change(format!("Milestone added, due {due}"), move |p| {
                p.add_milestone(&title, due, step).map(|_| ())
            }),
            Msg::Serve(_) => Outcome::None,
        })
    }

    fn picked(&mut self, msg: Msg, picker: &Picker, _cx: &Ctx) -> Outcome<Msg> {
        let Msg::Serve(id) = msg else {
            return Outcome::None;
        };
        let item = picker.chosen_in_order().into_iter().next();
        self.pending = Some(Some(id));
        let said = if item.is_some() {
            "Milestone linked to the item it serves"
        } else {
            "Milestone serves no item now"
        };
        Outcome::change(said, move |p| p.serve_item(id, item))
    }

    fn refresh(&mut self, cx: &Ctx) {
        let keep = matcher(&self.list.filter);
        let rows = cx
            .insights
            .milestones
            .iter()
            .enumerate()
            .filter(|(_, m)| keep(&[&m.title, m.step.as_deref().unwrap_or("")]))
            .map(|(n, _)| n)
            .collect();
        self.list.set_rows(rows);
    }

    fn after_change(&mut self, ok: bool, cx: &Ctx) {
        let Some(which) = self.pending.take().filter(|_| ok) else {
            return;
        };
        let newest = || cx.progress.milestones.iter().map(|m| m.id).max();
        if let Some(id) = which.or_else(newest) {
            self.show(&Target::Milestone(id), cx);
        }
    }

    fn show(&mut self, target: &Target, cx: &Ctx) -> Outcome<Msg> {
        match target {
            Target::Milestone(id) => {
                self.list.filter.clear();
                self.refresh(cx);
                if let Some(i) = cx.insights.milestones.iter().position(|m| m.id == *id) {
                    self.list.select(i);
                }
                Outcome::None
            }
            Target::New => Self::add(cx),
            Target::Skill(_) | Target::Item(_) => Outcome::None,
        }
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
