//! The app's state that is not the data: overlays, positions, filters, messages.

use ratatui_textarea::TextArea;

use super::action::Screen;
use super::form::Form;

/// What sits on top of the current screen and takes the keys.
#[derive(Debug, Clone)]
pub enum Overlay {
    None,
    Help,
    Form(Box<Form>),
    Confirm(Confirm),
    Filter(Box<TextArea<'static>>),
    Picker(Box<super::picker::Picker>),
    /// Esc on a form with typed text: it waits here until the person says to drop it.
    Discard(Box<Form>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: OnYes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnYes {
    DeleteMilestone(u32),
    DeleteEvidence(u32),
    DeleteJournal(u32),
    FinishReview(u32),
    DiscardReview(u32),
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
    pub review: super::review::ReviewPos,
    pub evidence: Cursor,
}

/// The text of each screen's `/` filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub path: String,
    pub skills: String,
    pub milestones: String,
    pub journal: String,
    pub evidence: String,
}

impl Filters {
    pub fn get(&self, screen: Screen) -> &str {
        match screen {
            Screen::Path => &self.path,
            Screen::Skills => &self.skills,
            Screen::Milestones => &self.milestones,
            Screen::Journal => &self.journal,
            Screen::Evidence => &self.evidence,
            Screen::Dashboard | Screen::Roles | Screen::Review => "",
        }
    }

    pub(super) fn get_mut(&mut self, screen: Screen) -> Option<&mut String> {
        match screen {
            Screen::Path => Some(&mut self.path),
            Screen::Skills => Some(&mut self.skills),
            Screen::Milestones => Some(&mut self.milestones),
            Screen::Journal => Some(&mut self.journal),
            Screen::Evidence => Some(&mut self.evidence),
            Screen::Dashboard | Screen::Roles | Screen::Review => None,
        }
    }
}
