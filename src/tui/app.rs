//! The app's state and the one place it changes: `App::update(action)`.

use std::collections::VecDeque;

use chrono::NaiveDate;
use ratatui_textarea::TextArea;

use crate::content::{Pack, item_key};
use crate::insight::{Insights, NextAction};
use crate::progress::{OpError, Progress, Rater};
use crate::store::{Store, to_json};

use super::action::{Action, Command, Screen};
use super::form::{Form, Purpose};
use super::forms;
use super::theme::Theme;
use super::views::Views;

/// How many changes `u` can take back in one session…
const UNDO_DEPTH: usize = 50;
/// …within this much memory: each step keeps the file's text as it was before the change.
const UNDO_BUDGET: usize = 64 * 1024 * 1024;
/// Steps always kept, however large the file.
const UNDO_MIN: usize = 3;

/// What sits on top of the current screen and takes the keys.
#[derive(Debug, Clone)]
pub enum Overlay {
    None,
    Help,
    Form(Box<Form>),
    Confirm(Confirm),
    Filter(Box<TextArea<'static>>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: OnYes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnYes {
    DeleteMilestone(u32),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

/// A list position and the scroll of its detail pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub index: usize,
    pub scroll: u16,
}

/// Per-screen positions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positions {
    /// Index into the pack's steps.
    pub step: usize,
    /// Index into the filtered items of the step.
    pub item: Cursor,
    pub skill: Cursor,
    pub milestone: Cursor,
    pub journal: Cursor,
    pub roles: Cursor,
}

/// The text of each screen's `/` filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub path: String,
    pub skills: String,
    pub milestones: String,
    pub journal: String,
}

impl Filters {
    pub fn get(&self, screen: Screen) -> &str {
        match screen {
            Screen::Path => &self.path,
            Screen::Skills => &self.skills,
            Screen::Milestones => &self.milestones,
            Screen::Journal => &self.journal,
            Screen::Dashboard | Screen::Roles => "",
        }
    }

    fn get_mut(&mut self, screen: Screen) -> Option<&mut String> {
        match screen {
            Screen::Path => Some(&mut self.path),
            Screen::Skills => Some(&mut self.skills),
            Screen::Milestones => Some(&mut self.milestones),
            Screen::Journal => Some(&mut self.journal),
            Screen::Dashboard | Screen::Roles => None,
        }
    }
}

pub struct App {
    pub pack: Pack,
    pub progress: Progress,
    /// Derived from `progress`; recomputed on every change, never while drawing.
    pub insights: Insights,
    pub views: Views,
    store: Store,
    pub today: NaiveDate,
    pub theme: Theme,
    pub mouse: bool,
    pub screen: Screen,
    pub overlay: Overlay,
    pub pos: Positions,
    pub filters: Filters,
    /// The data as saved (or as it would have been saved): the state undo returns to.
    text: String,
    undo: VecDeque<String>,
    redo: Vec<String>,
    pub status: Option<(Tone, String)>,
    /// The terminal's size, for scrolling limits (drawing uses the frame's own size).
    pub size: (u16, u16),
    /// The last save failed: what is on screen is not on disk.
    pub save_error: Option<String>,
    pub quit: bool,
}

/// Options the app starts with.
pub struct Start {
    pub first_run: bool,
    pub theme: Theme,
    pub mouse: bool,
    pub today: NaiveDate,
    pub warnings: Vec<String>,
    /// The terminal's size at start.
    pub size: (u16, u16),
}

impl App {
    pub fn new(pack: Pack, progress: Progress, store: Store, start: Start) -> App {
        let insights = Insights::compute(&pack, &progress, start.today);
        let text = to_json(&progress);
        let mut app = App {
            text,
            views: Views::default(),
            insights,
            pack,
            progress,
            store,
            today: start.today,
            theme: start.theme,
            mouse: start.mouse,
            screen: Screen::Dashboard,
            overlay: Overlay::None,
            pos: Positions::default(),
            filters: Filters::default(),
            undo: VecDeque::new(),
            redo: Vec::new(),
            status: start.warnings.first().map(|w| (Tone::Error, w.clone())),
            save_error: None,
            size: start.size,
            quit: false,
        };
        app.open_path_at_first_open_item();
        app.refresh_views();
        if start.first_run && app.read_only().is_none() {
            app.overlay = Overlay::Form(Box::new(forms::welcome(&app.pack)));
        }
        app
    }

    pub fn read_only(&self) -> Option<&str> {
        self.store.read_only_reason()
    }

    pub fn data_path(&self) -> &std::path::Path {
        self.store.path()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// The one place state changes.
    pub fn update(&mut self, action: Action) {
        // A message stays until the next thing the person does (a resize is not that).
        if !matches!(action, Action::Resize { .. }) {
            self.status = None;
        }
        match action {
            Action::Command(command) => self.command(command),
            Action::Input(key) => match &mut self.overlay {
                Overlay::Form(form) => form.input(key),
                Overlay::Filter(input) => {
                    input.input(key);
                    let text = input.lines().join(" ");
                    self.set_filter(text);
                }
                _ => {}
            },
            Action::Paste(text) => match &mut self.overlay {
                Overlay::Form(form) => form.paste(&text),
                Overlay::Filter(input) => {
                    input.insert_str(text.replace(['\r', '\n'], " "));
                    let text = input.lines().join(" ");
                    self.set_filter(text);
                }
                _ => {}
            },
            Action::Submit => match std::mem::replace(&mut self.overlay, Overlay::None) {
                Overlay::Form(form) => self.submit(*form),
                Overlay::Filter(_) => {}
                other => self.overlay = other,
            },
            Action::Cancel => match std::mem::replace(&mut self.overlay, Overlay::None) {
                Overlay::Form(form) if form.purpose == Purpose::Welcome => self.skip_welcome(),
                Overlay::Filter(_) => self.set_filter(String::new()),
                _ => {}
            },
            Action::NextField => {
                if let Overlay::Form(form) = &mut self.overlay {
                    form.next_field();
                }
            }
            Action::PrevField => {
                if let Overlay::Form(form) = &mut self.overlay {
                    form.prev_field();
                }
            }
            Action::Answer(yes) => {
                if let Overlay::Confirm(confirm) =
                    std::mem::replace(&mut self.overlay, Overlay::None)
                    && yes
                {
                    self.confirmed(confirm.on_yes);
                }
            }
            Action::CloseHelp => self.overlay = Overlay::None,
            Action::Resize { width, height } => {
                self.size = (width, height);
            }
            Action::Click { column, row } => {
                let (width, read_only) = (self.size.0, self.read_only().is_some());
                if row == 0
                    && let Some(screen) = super::screens::tab_at(column, width, read_only)
                {
                    self.screen = screen;
                }
            }
        }
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::NextScreen => self.screen = self.screen.next(),
            Command::PrevScreen => self.screen = self.screen.prev(),
            Command::GoTo(screen) => self.screen = screen,
            Command::Up => self.move_by(-1),
            Command::Down => self.move_by(1),
            Command::PageUp => self.move_by(-10),
            Command::PageDown => self.move_by(10),
            Command::Top => self.move_by(isize::MIN / 2),
            Command::Bottom => self.move_by(isize::MAX / 2),
            Command::Left => self.step_by(-1),
            Command::Right => self.step_by(1),
            Command::ScrollUp => self.scroll_by(-3),
            Command::ScrollDown => self.scroll_by(3),
            Command::Help => self.overlay = Overlay::Help,
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Quit => self.request_quit(),
            Command::Filter => self.open_filter(),
            Command::Toggle => self.toggle(),
            Command::Note => self.open_item_form(forms::note),
            Command::Evidence => self.open_item_form(forms::evidence),
            Command::Rate(level) => self.open_rating(level),
            Command::Add => self.open_add(),
            Command::Edit => self.open_edit(),
            Command::Delete => self.ask_delete(),
            Command::TogglePrivate => self.toggle_private(),
            Command::Follow => self.follow_next(),
        }
    }

    // ----- changing data -----

    /// Apply a change to the data: refused when read-only; on success it can be undone, the
    /// insights are recomputed and the file is saved at once.
    fn change(
        &mut self,
        done: impl Into<String>,
        apply: impl FnOnce(&mut Progress) -> Result<(), OpError>,
    ) -> bool {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing was changed");
            self.error(message);
            return false;
        }
        // Operations check their input first and change nothing when they fail.
        if let Err(e) = apply(&mut self.progress) {
            self.error(e.to_string());
            return false;
        }
        let before = self.data_changed();
        let limit = (UNDO_BUDGET / before.len().max(1)).clamp(UNDO_MIN, UNDO_DEPTH);
        self.undo.push_back(before);
        while self.undo.len() > limit {
            self.undo.pop_front();
        }
        self.redo.clear();
        if self.save_error.is_none() {
            self.info(done);
        }
        true
    }

    /// Recompute what derives from the data and save it; returns the text it replaced.
    fn data_changed(&mut self) -> String {
        self.progress.pack.id.clone_from(&self.pack.id);
        self.progress.pack.version.clone_from(&self.pack.version);
        self.insights = Insights::compute(&self.pack, &self.progress, self.today);
        self.refresh_views();
        let before = std::mem::replace(&mut self.text, to_json(&self.progress));
        self.save();
        before
    }

    fn save(&mut self) {
        match self.store.save_text(&self.text) {
            Ok(()) => self.save_error = None,
            Err(e) => {
                let message = format!("Not saved, your changes are kept on screen: {e}");
                self.status = Some((Tone::Error, message.clone()));
                self.save_error = Some(message);
            }
        }
    }

    fn undo(&mut self) {
        if self.read_only().is_some() {
            return self.error("Read-only: nothing to undo".to_string());
        }
        match self.undo.pop_back() {
            Some(previous) => {
                if self.restore(&previous) {
                    let current = self.data_changed();
                    self.redo.push(current);
                    self.info("Undone (C-r redoes)");
                }
            }
            None => self.info("Nothing to undo in this session"),
        }
    }

    fn redo(&mut self) {
        match self.redo.pop() {
            Some(next) => {
                if self.restore(&next) {
                    let current = self.data_changed();
                    self.undo.push_back(current);
                    self.info("Redone");
                }
            }
            None => self.info("Nothing to redo"),
        }
    }

    /// Go back to a state kept as text (text this app wrote, so it parses).
    fn restore(&mut self, text: &str) -> bool {
        match serde_json::from_str(text) {
            Ok(progress) => {
                self.progress = progress;
                true
            }
            Err(e) => {
                self.error(format!("Cannot restore that state: {e}"));
                false
            }
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        if self
            .status
            .as_ref()
            .is_none_or(|(tone, _)| *tone != Tone::Error)
        {
            self.status = Some((Tone::Info, text.into()));
        }
    }

    fn error(&mut self, text: String) {
        self.status = Some((Tone::Error, text));
    }

    // ----- navigation -----

    pub fn refresh_views(&mut self) {
        self.views = Views::build(self);
        self.clamp_positions();
    }

    fn clamp_positions(&mut self) {
        let clamp = |c: &mut Cursor, len: usize| c.index = c.index.min(len.saturating_sub(1));
        clamp(&mut self.pos.item, self.views.items.len());
        clamp(&mut self.pos.skill, self.views.skills.len());
        clamp(&mut self.pos.milestone, self.views.milestones.len());
        clamp(&mut self.pos.journal, self.views.journal.len());
    }

    fn cursor_mut(&mut self) -> Option<(&mut Cursor, usize)> {
        let v = &self.views;
        match self.screen {
            Screen::Path => Some((&mut self.pos.item, v.items.len())),
            Screen::Skills => Some((&mut self.pos.skill, v.skills.len())),
            Screen::Milestones => Some((&mut self.pos.milestone, v.milestones.len())),
            Screen::Journal => Some((&mut self.pos.journal, v.journal.len())),
            Screen::Roles => Some((&mut self.pos.roles, usize::MAX)),
            Screen::Dashboard => None,
        }
    }

    fn move_by(&mut self, delta: isize) {
        let roles = self.screen == Screen::Roles;
        if let Some((cursor, len)) = self.cursor_mut() {
            if roles {
                // The roles screen is a document: arrows scroll it.
                cursor.scroll = (cursor.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                return self.clamp_roles_scroll();
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

    fn scroll_by(&mut self, delta: i32) {
        let cursor = match self.screen {
            Screen::Path => &mut self.pos.item,
            Screen::Skills => &mut self.pos.skill,
            Screen::Journal => &mut self.pos.journal,
            Screen::Roles => &mut self.pos.roles,
            Screen::Dashboard | Screen::Milestones => return,
        };
        cursor.scroll = (i32::from(cursor.scroll) + delta).clamp(0, i32::from(u16::MAX)) as u16;
        if self.screen == Screen::Roles {
            self.clamp_roles_scroll();
        }
    }

    fn clamp_roles_scroll(&mut self) {
        let (width, height) = self.size;
        let max = super::screens::roles::max_scroll(self, width, height);
        self.pos.roles.scroll = self.pos.roles.scroll.min(max);
    }

    fn step_by(&mut self, delta: isize) {
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
    fn open_path_at_first_open_item(&mut self) {
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

    fn open_filter(&mut self) {
        if !self.screen.filterable() {
            return self.info("This screen has no list to filter");
        }
        let mut input = TextArea::new(vec![self.filters.get(self.screen).to_string()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(ratatui::style::Style::default());
        self.overlay = Overlay::Filter(Box::new(input));
    }

    fn set_filter(&mut self, text: String) {
        let screen = self.screen;
        if let Some(filter) = self.filters.get_mut(screen) {
            *filter = text;
        }
        self.refresh_views();
    }

    fn request_quit(&mut self) {
        if self.save_error.is_some() {
            self.overlay = Overlay::Confirm(Confirm {
                question: "Your last change could not be saved. Quit and lose it?".into(),
                on_yes: OnYes::Quit,
            });
        } else {
            self.quit = true;
        }
    }

    fn confirmed(&mut self, on_yes: OnYes) {
        match on_yes {
            OnYes::Quit => self.quit = true,
            OnYes::DeleteMilestone(id) => {
                self.change("Milestone deleted (u undoes)", |p| {
                    p.delete_milestone(id).map(|_| ())
                });
            }
        }
    }

    // ----- selections -----

    /// The step shown on the Path screen.
    pub fn current_step(&self) -> Option<&crate::content::Step> {
        self.pack.steps.get(self.pos.step)
    }

    /// The `STEP/ITEM` key of the selected item on the Path screen.
    pub fn selected_item_key(&self) -> Option<String> {
        let step = self.current_step()?;
        let item = step
            .items
            .get(*self.views.items.get(self.pos.item.index)?)?;
        Some(item_key(&step.id, &item.id))
    }

    pub fn selected_skill(&self) -> Option<&crate::insight::SkillStatus> {
        self.insights
            .skills
            .get(*self.views.skills.get(self.pos.skill.index)?)
    }

    pub fn selected_milestone(&self) -> Option<&crate::insight::MilestoneView> {
        self.insights
            .milestones
            .get(*self.views.milestones.get(self.pos.milestone.index)?)
    }

    pub fn selected_journal(&self) -> Option<&crate::progress::JournalEntry> {
        self.progress
            .journal
            .get(*self.views.journal.get(self.pos.journal.index)?)
    }

    // ----- screen commands -----

    fn toggle(&mut self) {
        match self.screen {
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

    fn open_form(&mut self, form: Form) {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be changed");
            return self.error(message);
        }
        self.overlay = Overlay::Form(Box::new(form));
    }

    fn open_item_form(&mut self, build: fn(&App, &str) -> Form) {
        if self.screen != Screen::Path {
            return;
        }
        if let Some(key) = self.selected_item_key() {
            let form = build(self, &key);
            self.open_form(form);
        }
    }

    fn open_rating(&mut self, level: u8) {
        if let Some(skill) = self.selected_skill() {
            let form = forms::rating(self, &skill.id.clone(), level);
            self.open_form(form);
        }
    }

    fn open_add(&mut self) {
        let form = match self.screen {
            Screen::Milestones => forms::milestone(self, None),
            Screen::Journal => forms::journal(self, None),
            _ => return,
        };
        self.open_form(form);
    }

    fn open_edit(&mut self) {
        let form = match self.screen {
            Screen::Milestones => match self.selected_milestone() {
                Some(m) => forms::milestone(self, Some(m.id)),
                None => return,
            },
            Screen::Journal => match self.selected_journal() {
                Some(j) => forms::journal(self, Some(j.id)),
                None => return,
            },
            _ => return,
        };
        self.open_form(form);
    }

    fn ask_delete(&mut self) {
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

    fn toggle_private(&mut self) {
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

    fn follow_next(&mut self) {
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

    // ----- forms -----

    fn submit(&mut self, mut form: Form) {
        match forms::apply(self, &mut form) {
            Ok(()) => {}
            // Refused: the form stays open with its text and the reason.
            Err(()) => self.overlay = Overlay::Form(Box::new(form)),
        }
    }

    fn skip_welcome(&mut self) {
        let today = self.today;
        self.change("Welcome! Start on the Path screen (2)", |p| {
            p.profile.start_date.get_or_insert(today);
            Ok(())
        });
        // Skipping is not something to undo.
        self.undo.clear();
    }

    /// Used by forms: apply a change and report whether it was accepted.
    pub(super) fn apply_change(
        &mut self,
        done: impl Into<String>,
        apply: impl FnOnce(&mut Progress) -> Result<(), OpError>,
    ) -> bool {
        self.change(done, apply)
    }

    pub(super) fn after_welcome(&mut self) {
        self.undo.clear();
    }

    /// A self rating: the pack's name for the level, for messages.
    pub(super) fn rate_self(&mut self, skill: &str, level: u8, comment: &str) -> bool {
        let Some(level) = crate::progress::Level::new(level) else {
            return false;
        };
        let today = self.today;
        let name = self
            .pack
            .skill(skill)
            .map_or(skill.to_string(), |s| s.name.clone());
        let label = self.pack.level_name(level.get());
        self.change(format!("{name} rated {level} ({label}) today"), |p| {
            p.rate(skill, level, Rater::Myself, Some(comment), today);
            Ok(())
        })
    }
}
