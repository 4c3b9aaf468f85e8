//! What a screen is given to read: the data and what derives from it, never the app.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::{Progress, Review};

use super::command::Command;
use super::keys::{Binding, Keymap, labelled, shown};
use super::screens::id::Screen;
use super::theme::Theme;

#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub pack: &'a Pack,
    pub progress: &'a Progress,
    pub insights: &'a Insights,
    pub today: NaiveDate,
    pub theme: &'a Theme,
    /// Why nothing may be written, if so.
    pub read_only: Option<&'a str>,
    /// In a review, the person's own rating stays hidden until the mentor has rated.
    pub blind: bool,
    /// Mentor mode: the coach on a review packet. Only the session is written (into the
    /// reply); it is not finished or discarded here, and blind rating stays on.
    pub mentor: bool,
    /// The terminal's size, for scrolling limits (drawing uses the frame's own size).
    pub size: (u16, u16),
    /// The key tables in use (the person may have remapped keys).
    pub keys: &'a Keymap,
}

impl<'a> Ctx<'a> {
    /// The review session in progress.
    pub fn session(&self) -> Option<&'a Review> {
        self.progress.draft_review()
    }

    /// The mentor's rating of a skill given in the session in progress.
    pub fn session_rating(&self, skill: &str) -> Option<u8> {
        let review = self.session()?;
        review.ratings.get(skill).map(|r| r.mentor.get())
    }

    /// Whether the person's own rating of a skill is shown: not while blind and unrated by the
    /// mentor in this session.
    pub fn own_rating_visible(&self, skill: &str) -> bool {
        !self.blind || self.session_rating(skill).is_some()
    }

    /// Whether a session with blind rating on hides the person's own ratings (every screen but
    /// Review reads insights without them).
    pub fn ratings_hidden(&self) -> bool {
        self.blind && self.session().is_some()
    }

    /// A screen's own keys, as the person has them.
    pub fn table(&self, screen: Screen) -> &'static [Binding] {
        self.keys.screen(screen)
    }

    /// The keys that work everywhere, as the person has them.
    pub fn global(&self) -> &'static [Binding] {
        self.keys.global()
    }

    /// The key of `command` on `screen` (its own table, as the person has it) for the screen to
    /// name in its text; `None` when it is not bound, or when it changes the data and nothing
    /// may be written (read-only, the mentor's read-only screens): a hint is never given for a
    /// key that would be refused.
    pub fn key(&self, screen: Screen, command: Command) -> Option<&'static str> {
        if self.read_only.is_some() && command.changes_data() {
            return None;
        }
        shown(self.table(screen), command)
    }

    /// " (n)": the key in parentheses, for a sentence; empty where [`Ctx::key`] has none.
    pub fn mention(&self, screen: Screen, command: Command) -> String {
        self.key(screen, command)
            .map_or(String::new(), |k| format!(" ({k})"))
    }

    /// "n notes · o add": the keys that work here with their labels, for a panel title.
    pub fn labelled(&self, screen: Screen, commands: &[(Command, &str)]) -> String {
        let usable: Vec<(Command, &str)> = commands
            .iter()
            .copied()
            .filter(|(c, _)| self.key(screen, *c).is_some())
            .collect();
        labelled(self.table(screen), &usable)
    }

    /// A skill's name, or its id when the pack does not know it.
    pub fn skill_name(&self, id: &'a str) -> &'a str {
        self.pack.skill(id).map_or(id, |s| s.name.as_str())
    }
}
