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

    fn table(&self) -> &'static [Binding] {
        MILESTONES
    }

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
        let (id, today) = (m.id, cx.today);
        match command {
            C::Edit => Outcome::form(milestone_form(cx, Some(id)).purpose(Msg::Edit(id))),
            C::Toggle if m.is_open() => {
                Outcome::change("Milestone done", move |p| p.complete_milestone(id, today))
            }
            C::Toggle => Outcome::change("Milestone reopened", move |p| p.reopen_milestone(id)),
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
            Msg::Edit(id) => Some(id),
            Msg::New => None,
        });
        Ok(match msg {
            Msg::Edit(id) => Outcome::change("Milestone updated", move |p| {
                p.edit_milestone(id, &title, due, step)
            }),
            Msg::New => Outcome::change(format!("Milestone added, due {due}"), move |p| {
                p.add_milestone(&title, due, step).map(|_| ())
            }),
        })
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
