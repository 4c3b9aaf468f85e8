//! What tests and the event loop read of the app: accessors only, no change of state but the
//! two settings a test or the terminal sets (mouse, link opener).

use chrono::NaiveDate;

use super::{App, ctx};
use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::Progress;
use crate::tui::chrome::Tone;
use crate::tui::form::OpenForm;
use crate::tui::keys::Keymap;
use crate::tui::overlay::Overlay;
use crate::tui::screens::{Cursor, Purpose, Screen, Screens};

impl App {
    pub fn read_only(&self) -> Option<&str> {
        self.keeper.read_only(self.screen)
    }

    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    pub fn insights(&self) -> &Insights {
        &self.insights
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn screens(&self) -> &Screens {
        &self.screens
    }

    /// The key tables in use, with the person's remaps.
    pub fn keys(&self) -> &Keymap {
        &self.keys
    }

    /// What the help lists on the current screen.
    pub(super) fn help_keys(&self) -> crate::tui::overlay::help::Keys<'static> {
        crate::tui::overlay::help::Keys {
            title: self.screen.title(),
            screen: self.keys.screen(self.screen),
            global: self.keys.global(),
        }
    }

    pub fn overlay(&self) -> &Overlay<Purpose> {
        &self.overlay
    }

    /// The open form, if one is.
    pub fn form(&self) -> Option<&OpenForm<Purpose>> {
        match &self.overlay {
            Overlay::Form(form) => Some(form),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<(Tone, &str)> {
        self.status.as_ref().map(|(t, s)| (*t, s.as_str()))
    }

    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    pub fn quit_requested(&self) -> bool {
        self.quit
    }

    pub fn mouse(&self) -> bool {
        self.mouse
    }

    pub fn blind(&self) -> bool {
        self.blind
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// The selection and detail scroll of the current screen's list.
    pub fn cursor(&self) -> Option<Cursor> {
        self.screens.cursor(self.screen)
    }

    /// The current screen's filter.
    pub fn filter(&self) -> Option<&str> {
        self.screens.filter(self.screen)
    }

    /// The selection and detail scroll of a screen's list (the default on screens without one).
    pub fn cursor_of(&self, screen: Screen) -> Cursor {
        self.screens.cursor(screen).unwrap_or_default()
    }

    /// How many rows a screen's list shows.
    pub fn rows(&self, screen: Screen) -> usize {
        self.screens.rows(screen).len()
    }

    /// The rows a screen's list shows, as indices into its data.
    pub fn shown(&self, screen: Screen) -> &[usize] {
        self.screens.rows(screen)
    }

    /// A screen's filter ("" when it has none).
    pub fn filter_of(&self, screen: Screen) -> &str {
        self.screens.filter(screen).unwrap_or_default()
    }

    /// The step shown on the Path screen, as an index into the pack's steps.
    pub fn step_index(&self) -> usize {
        self.screens.path.step_index()
    }

    /// The step shown on the Path screen.
    pub fn current_step(&self) -> Option<&crate::content::Step> {
        self.screens.path.current(&ctx!(self))
    }

    /// The `STEP/ITEM` key of the selected item on the Path screen.
    pub fn selected_item_key(&self) -> Option<String> {
        self.screens.path.selected_key(&ctx!(self))
    }

    pub fn selected_skill(&self) -> Option<&crate::insight::SkillStatus> {
        self.screens.skills.selected(&ctx!(self))
    }

    pub fn selected_milestone(&self) -> Option<&crate::insight::MilestoneView> {
        self.screens.milestones.selected(&ctx!(self))
    }

    pub fn selected_journal(&self) -> Option<&crate::progress::JournalEntry> {
        self.screens.journal.selected(&ctx!(self))
    }

    pub fn selected_evidence(&self) -> Option<&crate::progress::Evidence> {
        self.screens.evidence.selected(&ctx!(self))
    }

    /// The review session in progress: its id, mentor and date.
    pub fn session(&self) -> Option<(u32, &str, NaiveDate)> {
        self.progress
            .draft_review()
            .map(|r| (r.id, r.mentor.as_str(), r.date))
    }

    /// The skill the Review screen's selection points at in a session.
    pub fn session_skill(&self) -> Option<String> {
        self.screens.review.session_skill(&ctx!(self))
    }

    /// The mentor's rating of a skill in the session in progress.
    pub fn session_rating(&self, skill: &str) -> Option<u8> {
        ctx!(self).session_rating(skill)
    }

    /// Whether the person's own rating of a skill shows (not while blind and unrated).
    pub fn own_rating_visible(&self, skill: &str) -> bool {
        ctx!(self).own_rating_visible(skill)
    }

    /// Mouse reports on or off (the terminal is told by `run`).
    pub fn set_mouse(&mut self, on: bool) {
        self.mouse = on;
    }

    /// Where links are opened (tests record them instead).
    pub fn set_opener(&mut self, opener: fn(&str) -> std::io::Result<()>) {
        self.opener = opener;
    }

    /// What a screen reads, as the app holds it now.
    pub fn ctx(&self) -> crate::tui::context::Ctx<'_> {
        ctx!(self)
    }
}
