//! Moving around: selections, scrolling, steps, filters, quitting.

use ratatui_textarea::TextArea;

use crate::content::item_key;

use super::action::Screen;
use super::app::{App, Confirm, Cursor, OnYes, Overlay};
use super::views::Views;

impl App {
    pub fn refresh_views(&mut self) {
        self.views = Views::build(self);
        self.clamp_positions();
    }

    pub(super) fn clamp_positions(&mut self) {
        let clamp = |c: &mut Cursor, len: usize| c.index = c.index.min(len.saturating_sub(1));
        clamp(&mut self.pos.item, self.views.items.len());
        clamp(&mut self.pos.skill, self.views.skills.len());
        clamp(&mut self.pos.milestone, self.views.milestones.len());
        clamp(&mut self.pos.journal, self.views.journal.len());
        clamp(&mut self.pos.review.past, self.views.reviews.len());
        clamp(&mut self.pos.evidence, self.views.evidence.len());
        clamp(
            &mut self.pos.review.agenda,
            self.insights.agenda.items.len(),
        );
        clamp(&mut self.pos.review.skill, self.insights.skills.len());
        if let Some(super::review::Doc::Past(id)) = self.pos.review.doc
            && !self.progress.reviews.iter().any(|r| r.id == id)
        {
            self.pos.review.doc = None;
        }
    }

    pub(super) fn cursor_mut(&mut self) -> Option<(&mut Cursor, usize)> {
        let v = &self.views;
        match self.screen {
            Screen::Path => Some((&mut self.pos.item, v.items.len())),
            Screen::Skills => Some((&mut self.pos.skill, v.skills.len())),
            Screen::Milestones => Some((&mut self.pos.milestone, v.milestones.len())),
            Screen::Journal => Some((&mut self.pos.journal, v.journal.len())),
            Screen::Roles => Some((&mut self.pos.roles, usize::MAX)),
            Screen::Review => Some(self.review_cursor()),
            Screen::Evidence => Some((&mut self.pos.evidence, v.evidence.len())),
            Screen::Dashboard => None,
        }
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        // The roles comparison and a past review are documents: arrows scroll them.
        let document = self.screen == Screen::Roles
            || (self.screen == Screen::Review && self.pos.review.doc.is_some());
        if let Some((cursor, len)) = self.cursor_mut() {
            if document {
                cursor.scroll = (cursor.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                return self.clamp_document_scroll();
            }
            let last = len.saturating_sub(1) as isize;
            let index = (cursor.index as isize)
                .saturating_add(delta)
                .clamp(0, last.max(0));
            if index as usize != cursor.index {
                cursor.index = index as usize;
                cursor.scroll = 0;
            }
        }
    }

    pub(super) fn scroll_by(&mut self, delta: i32) {
        let cursor = match self.screen {
            Screen::Path => &mut self.pos.item,
            Screen::Skills => &mut self.pos.skill,
            Screen::Journal => &mut self.pos.journal,
            Screen::Roles => &mut self.pos.roles,
            Screen::Review => &mut self.pos.review.view,
            Screen::Evidence => &mut self.pos.evidence,
            Screen::Dashboard | Screen::Milestones => return,
        };
        cursor.scroll = (i32::from(cursor.scroll) + delta).clamp(0, i32::from(u16::MAX)) as u16;
        self.clamp_document_scroll();
    }

    /// Documents scroll no further than their last line.
    pub(super) fn clamp_document_scroll(&mut self) {
        let (width, height) = self.size;
        match self.screen {
            Screen::Roles => {
                let max = super::screens::roles::max_scroll(self, width, height);
                self.pos.roles.scroll = self.pos.roles.scroll.min(max);
            }
            Screen::Review => {
                let max = super::screens::review_doc::max_scroll(self, width, height);
                self.pos.review.view.scroll = self.pos.review.view.scroll.min(max);
            }
            Screen::Path | Screen::Skills | Screen::Journal | Screen::Evidence => {
                // Detail panes stop at their last line too, so K always scrolls back at once.
                let max = super::screens::detail_max_scroll(self, width, height);
                let cursor = match self.screen {
                    Screen::Path => &mut self.pos.item,
                    Screen::Skills => &mut self.pos.skill,
                    Screen::Journal => &mut self.pos.journal,
                    _ => &mut self.pos.evidence,
                };
                cursor.scroll = cursor.scroll.min(max);
            }
            Screen::Dashboard | Screen::Milestones => {}
        }
    }

    pub(super) fn step_by(&mut self, delta: isize) {
        if self.screen == Screen::Review {
            return self.switch_pane();
        }
        if self.screen != Screen::Path || self.pack.steps.is_empty() {
            return;
        }
        let last = self.pack.steps.len() as isize - 1;
        let step = (self.pos.step as isize + delta).clamp(0, last) as usize;
        if step != self.pos.step {
            self.pos.step = step;
            self.pos.item = Cursor::default();
            self.refresh_views();
        }
    }

    /// The Path screen opens on the first unfinished step with its first open item selected.
    pub(super) fn open_path_at_first_open_item(&mut self) {
        let found = self.pack.steps.iter().enumerate().find_map(|(si, step)| {
            step.items
                .iter()
                .position(|i| !self.progress.is_done(&item_key(&step.id, &i.id)))
                .map(|ii| (si, ii))
        });
        let (step, item) = found.unwrap_or((0, 0));
        self.pos.step = step;
        self.pos.item = Cursor {
            index: item,
            scroll: 0,
        };
    }

    pub(super) fn open_filter(&mut self) {
        if !self.screen.filterable() {
            return self.info("This screen has no list to filter");
        }
        let mut input = TextArea::new(vec![self.filters.get(self.screen).to_string()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(ratatui::style::Style::default());
        self.overlay = Overlay::Filter(Box::new(input));
    }

    pub(super) fn set_filter(&mut self, text: String) {
        let screen = self.screen;
        if let Some(filter) = self.filters.get_mut(screen) {
            *filter = text;
        }
        self.refresh_views();
    }

    pub(super) fn request_quit(&mut self) {
        if self.save_error.is_some() {
            self.overlay = Overlay::Confirm(Confirm {
                question: "Your last change could not be saved. Quit and lose it?".into(),
                on_yes: OnYes::Quit,
            });
        } else {
            self.quit = true;
        }
    }

    pub(super) fn confirmed(&mut self, on_yes: OnYes) {
        match on_yes {
            OnYes::Quit => self.quit = true,
            OnYes::DeleteMilestone(id) => {
                self.change("Milestone deleted (u undoes)", |p| {
                    p.delete_milestone(id).map(|_| ())
                });
            }
            OnYes::DeleteJournal(id) => {
                self.change("Entry deleted (u undoes)", |p| {
                    p.delete_journal(id).map(|_| ())
                });
            }
            OnYes::DeleteEvidence(id) => {
                self.change("Evidence deleted (u undoes)", |p| {
                    p.delete_evidence(id).map(|_| ())
                });
            }
            OnYes::FinishReview(id) => {
                self.change(
                    "Review saved; pivot review report writes it to share",
                    |p| p.finish_review(id),
                );
            }
            OnYes::DiscardReview(id) => {
                self.change("Session discarded (u undoes)", |p| {
                    p.discard_review(id).map(|_| ())
                });
            }
        }
    }
}
