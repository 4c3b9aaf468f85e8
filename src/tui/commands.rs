//! What the screens' own keys do: ticking, forms, deleting, following the next action.

use crate::insight::NextAction;

use super::action::Screen;
use super::app::{App, Confirm, Cursor, OnYes, Overlay};
use super::form::Form;
use super::forms;

impl App {
    pub(super) fn toggle(&mut self) {
        match self.screen {
            Screen::Review => self.toggle_action(),
            Screen::Path => {
                let Some(key) = self.selected_item_key() else {
                    return;
                };
                let today = self.today;
                if self.progress.is_done(&key) {
                    self.change("Item reopened", |p| {
                        p.uncheck(&key);
                        Ok(())
                    });
                } else {
                    self.change(format!("Ticked on {today}"), |p| {
                        p.check(&key, today);
                        Ok(())
                    });
                }
            }
            Screen::Milestones => {
                let Some(m) = self.selected_milestone() else {
                    return;
                };
                let (id, open) = (m.id, m.is_open());
                let today = self.today;
                if open {
                    self.change("Milestone done", |p| p.complete_milestone(id, today));
                } else {
                    self.change("Milestone reopened", |p| p.reopen_milestone(id));
                }
            }
            _ => {}
        }
    }

    pub(super) fn open_form(&mut self, form: Form) {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be changed");
            return self.error(message);
        }
        self.overlay = Overlay::Form(Box::new(form));
    }

    pub(super) fn open_item_form(&mut self, build: fn(&App, &str) -> Form) {
        if self.screen != Screen::Path {
            return;
        }
        if let Some(key) = self.selected_item_key() {
            let form = build(self, &key);
            self.open_form(form);
        }
    }

    pub(super) fn open_rating(&mut self, level: u8) {
        if let Some(skill) = self.selected_skill() {
            let form = forms::rating(self, &skill.id.clone(), level);
            self.open_form(form);
        }
    }

    pub(super) fn open_add(&mut self) {
        let form = match self.screen {
            Screen::Milestones => forms::milestone(self, None),
            Screen::Journal => forms::journal(self, None),
            Screen::Evidence => return self.open_evidence_form(None),
            _ => return,
        };
        self.open_form(form);
    }

    pub(super) fn open_edit(&mut self) {
        let form = match self.screen {
            Screen::Milestones => match self.selected_milestone() {
                Some(m) => forms::milestone(self, Some(m.id)),
                None => return,
            },
            Screen::Journal => match self.selected_journal() {
                Some(j) => forms::journal(self, Some(j.id)),
                None => return,
            },
            Screen::Evidence => match self.selected_evidence() {
                Some(e) => return self.open_evidence_form(Some(e.id)),
                None => return,
            },
            _ => return,
        };
        self.open_form(form);
    }

    pub(super) fn ask_delete(&mut self) {
        if self.screen == Screen::Evidence {
            return self.ask_delete_evidence();
        }
        if self.screen == Screen::Journal {
            if let Some(reason) = self.read_only() {
                let message = format!("Read-only ({reason}): nothing can be deleted");
                return self.error(message);
            }
            if let Some(j) = self.selected_journal() {
                let first = j.text.lines().next().unwrap_or("").to_string();
                self.overlay = Overlay::Confirm(Confirm {
                    question: format!("Delete the entry of {}, \"{first}\"?", j.date),
                    on_yes: OnYes::DeleteJournal(j.id),
                });
            }
            return;
        }
        if self.screen != Screen::Milestones {
            return;
        }
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be deleted");
            return self.error(message);
        }
        if let Some(m) = self.selected_milestone() {
            self.overlay = Overlay::Confirm(Confirm {
                question: format!("Delete milestone \"{}\"?", m.title),
                on_yes: OnYes::DeleteMilestone(m.id),
            });
        }
    }

    pub(super) fn toggle_private(&mut self) {
        if self.screen != Screen::Journal {
            return;
        }
        if let Some(j) = self.selected_journal() {
            let (id, text, private) = (j.id, j.text.clone(), !j.private);
            let done = if private {
                "Entry is private: left out of exports"
            } else {
                "Entry is shared: included in exports"
            };
            self.change(done, |p| p.edit_journal(id, &text, private));
        }
    }

    pub(super) fn follow_next(&mut self) {
        match self.insights.next.clone() {
            NextAction::RateSkill { skill, .. } | NextAction::GrowSkill { skill, .. } => {
                self.screen = Screen::Skills;
                self.filters.skills.clear();
                self.refresh_views();
                if let Some(i) = self
                    .views
                    .skills
                    .iter()
                    .position(|&i| self.insights.skills[i].id == skill)
                {
                    self.pos.skill.index = i;
                }
            }
            NextAction::OverdueMilestone { id, .. } => {
                self.screen = Screen::Milestones;
                self.filters.milestones.clear();
                self.refresh_views();
                if let Some(i) = self
                    .views
                    .milestones
                    .iter()
                    .position(|&i| self.insights.milestones[i].id == id)
                {
                    self.pos.milestone.index = i;
                }
            }
            NextAction::PlanMilestone => {
                self.screen = Screen::Milestones;
                self.open_add();
            }
            NextAction::TickItem { key, .. } => {
                self.screen = Screen::Path;
                self.filters.path.clear();
                if let Some((step, item)) = key.split_once('/')
                    && let Some(si) = self.pack.steps.iter().position(|s| s.id == step)
                {
                    self.pos.step = si;
                    self.refresh_views();
                    let items = &self.pack.steps[si].items;
                    if let Some(i) = self.views.items.iter().position(|&i| items[i].id == item) {
                        self.pos.item = Cursor {
                            index: i,
                            scroll: 0,
                        };
                    }
                }
            }
            NextAction::Ready => self.screen = Screen::Journal,
        }
    }
}
