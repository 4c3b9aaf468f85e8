//! The app's state and the one place it changes: `App::update(action)`.

use std::collections::VecDeque;

use chrono::NaiveDate;

use crate::content::{Pack, item_key};
use crate::insight::Insights;
use crate::progress::{OpError, Progress, Rater};
use crate::store::{Store, to_json};

use super::action::{Action, Command, Screen};
use super::form::{Form, Purpose};
use super::forms;
use super::theme::Theme;
use super::views::Views;

pub use super::state::{Confirm, Cursor, Filters, OnYes, Overlay, Positions, Tone};

/// How many changes `u` can take back in one session…
const UNDO_DEPTH: usize = 50;
/// …within this much memory: each step keeps the file's text as it was before the change.
const UNDO_BUDGET: usize = 64 * 1024 * 1024;
/// Steps always kept, however large the file.
const UNDO_MIN: usize = 3;

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
    /// In a review, the person's own rating stays hidden until the mentor has rated.
    pub blind: bool,
    /// Opens a link in the browser (tests put a recorder here).
    pub opener: fn(&str) -> std::io::Result<()>,
    pub screen: Screen,
    pub overlay: Overlay,
    pub pos: Positions,
    pub filters: Filters,
    /// The data as saved (or as it would have been saved): the state undo returns to.
    text: String,
    /// Earlier states as text, each with what the change after it did (for "Undone: …").
    undo: VecDeque<(String, String)>,
    redo: Vec<(String, String)>,
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
            blind: true,
            opener: super::evidence::open_in_browser,
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

    /// Read-only: read the file again, to see what the one who writes it has saved since.
    fn reload(&mut self) {
        if self.read_only().is_none() {
            return self.info("Your changes are saved as you go; R is for read-only files");
        }
        match Store::open(self.store.path(), true, &self.pack) {
            Ok(opened) => {
                self.progress = opened.progress;
                self.insights = Insights::compute(&self.pack, &self.progress, self.today);
                self.text = to_json(&self.progress);
                self.refresh_views();
                self.info("Read the file again");
            }
            Err(e) => self.error(format!("Cannot read it again: {e}")),
        }
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
                Overlay::Picker(picker) => self.save_picker(*picker),
                Overlay::Filter(_) => {}
                other => self.overlay = other,
            },
            Action::Cancel => match std::mem::replace(&mut self.overlay, Overlay::None) {
                Overlay::Form(form) if form.purpose == Purpose::Welcome => self.skip_welcome(),
                // Typed text is not thrown away on one key.
                Overlay::Form(form) if form.edited => self.overlay = Overlay::Discard(form),
                Overlay::Filter(_) => self.set_filter(String::new()),
                _ => {}
            },
            Action::Pick => {
                if let Overlay::Picker(picker) = &mut self.overlay {
                    picker.toggle();
                }
            }
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
            Action::Answer(yes) => match std::mem::replace(&mut self.overlay, Overlay::None) {
                Overlay::Confirm(confirm) if yes => self.confirmed(confirm.on_yes),
                Overlay::Discard(_) if yes => self.info("Discarded"),
                Overlay::Discard(form) => self.overlay = Overlay::Form(form),
                _ => {}
            },
            Action::CloseHelp => self.overlay = Overlay::None,
            Action::Resize { width, height } => {
                self.size = (width, height);
            }
            Action::Click { column, row } => {
                let (width, read_only) = (self.size.0, self.read_only().is_some());
                if row == 0
                    && let Some(screen) =
                        super::screens::tab_at(column, width, read_only, self.screen)
                {
                    self.screen = screen;
                }
            }
        }
    }

    fn command(&mut self, command: Command) {
        // An open picker takes the moving keys.
        if let Overlay::Picker(picker) = &mut self.overlay {
            match command {
                Command::Up => picker.move_by(-1),
                Command::Down => picker.move_by(1),
                Command::PageUp => picker.move_by(-10),
                Command::PageDown => picker.move_by(10),
                _ => {}
            }
            return;
        }
        // While a document is open on the Review screen, only moving, leaving and the keys that
        // work everywhere act; the rest would act on what the document hides.
        let passes = matches!(
            command,
            Command::Back
                | Command::Up
                | Command::Down
                | Command::PageUp
                | Command::PageDown
                | Command::Top
                | Command::Bottom
                | Command::ScrollUp
                | Command::ScrollDown
                | Command::Help
                | Command::Quit
                | Command::NextScreen
                | Command::PrevScreen
                | Command::GoTo(_)
                | Command::Undo
                | Command::Redo
        );
        if self.screen == Screen::Review && self.pos.review.doc.is_some() && !passes {
            return self.info("Esc closes what is open first");
        }
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
            Command::Note if self.screen == Screen::Review => self.review_notes(),
            Command::Note => self.open_item_form(forms::note),
            Command::Evidence => self.open_item_form(forms::evidence),
            Command::Rate(level) => self.open_rating(level),
            Command::Add => self.open_add(),
            Command::Edit => self.open_edit(),
            Command::Delete => self.ask_delete(),
            Command::TogglePrivate => self.toggle_private(),
            Command::Follow => self.follow_next(),
            Command::StartReview => self.start_review(),
            Command::MentorRating => self.mentor_rating(),
            Command::Blind => self.toggle_blind(),
            Command::Outcome => self.add_outcome(),
            Command::Finish => self.ask_finish(),
            Command::Discard => self.ask_discard(),
            Command::Open => self.open_selected(),
            Command::Back => self.close_view(),
            Command::Changes if self.screen == Screen::Review => {
                self.open_doc(super::review::Doc::Changes)
            }
            Command::Changes => {}
            Command::OpenLink => self.open_link(),
            Command::LinkSkills => self.open_picker(super::picker::PickWhat::Skills),
            Command::LinkItems => self.open_picker(super::picker::PickWhat::Items),
            Command::Profile if self.screen == Screen::Dashboard => {
                let form = forms::profile(self);
                self.open_form(form);
            }
            Command::Profile => {}
            Command::Reload => self.reload(),
            Command::ClearFilter => {
                if !self.filters.get(self.screen).is_empty() {
                    self.set_filter(String::new());
                    self.info("Filter cleared");
                }
            }
        }
    }

    // ----- changing data -----

    /// Apply a change to the data: refused when read-only; on success it can be undone, the
    /// insights are recomputed and the file is saved at once.
    pub(super) fn change(
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
        let done = done.into();
        let before = self.data_changed();
        let limit = (UNDO_BUDGET / before.len().max(1)).clamp(UNDO_MIN, UNDO_DEPTH);
        let label = done.trim_end_matches(" (u undoes)").to_string();
        self.undo.push_back((before, label));
        while self.undo.len() > limit {
            self.undo.pop_front();
        }
        self.redo.clear();
        // A notice from the save (an upgrade of an older file) is worth more than "done".
        if self.save_error.is_none() && self.status.is_none() {
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
            Ok(()) => {
                self.save_error = None;
                if let Some(notice) = self.store.take_notice() {
                    self.status = Some((Tone::Info, notice));
                }
            }
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
            Some((previous, what)) => {
                if self.restore(&previous) {
                    let current = self.data_changed();
                    self.info(format!("Undone: {what} (C-r redoes)"));
                    self.redo.push((current, what));
                }
            }
            None => self.info("Nothing to undo in this session"),
        }
    }

    fn redo(&mut self) {
        match self.redo.pop() {
            Some((next, what)) => {
                if self.restore(&next) {
                    let current = self.data_changed();
                    self.info(format!("Redone: {what}"));
                    self.undo.push_back((current, what));
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

    pub(super) fn info(&mut self, text: impl Into<String>) {
        if self
            .status
            .as_ref()
            .is_none_or(|(tone, _)| *tone != Tone::Error)
        {
            self.status = Some((Tone::Info, text.into()));
        }
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Some((Tone::Error, text));
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
