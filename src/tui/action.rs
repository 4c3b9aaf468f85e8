//! What can happen in the app. `Command`s are what keys are bound to (and what the help lists);
//! `Action`s add the internal events that carry data (typed text, pasted text, clicks).

use ratatui::crossterm::event::KeyEvent;

/// The screens, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Dashboard,
    Path,
    Skills,
    Milestones,
    Journal,
    Roles,
    Review,
    Evidence,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Dashboard,
        Screen::Path,
        Screen::Skills,
        Screen::Milestones,
        Screen::Journal,
        Screen::Roles,
        Screen::Review,
        Screen::Evidence,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Screen::Dashboard => "Dashboard",
            Screen::Path => "Path",
            Screen::Skills => "Skills",
            Screen::Milestones => "Milestones",
            Screen::Journal => "Journal",
            Screen::Roles => "Roles",
            Screen::Review => "Review",
            Screen::Evidence => "Evidence",
        }
    }

    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Screen {
        Screen::ALL[(self.index() + 1) % Screen::ALL.len()]
    }

    pub fn prev(self) -> Screen {
        Screen::ALL[(self.index() + Screen::ALL.len() - 1) % Screen::ALL.len()]
    }

    /// Screens whose list `/` filters.
    pub fn filterable(self) -> bool {
        matches!(
            self,
            Screen::Path | Screen::Skills | Screen::Milestones | Screen::Journal | Screen::Evidence
        )
    }
}

/// A bindable command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    NextScreen,
    PrevScreen,
    GoTo(Screen),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Top,
    Bottom,
    ScrollUp,
    ScrollDown,
    Help,
    Undo,
    Redo,
    Quit,
    Filter,
    /// Tick / untick, complete / reopen: the main toggle of the screen.
    Toggle,
    Note,
    Evidence,
    Rate(u8),
    Add,
    Edit,
    Delete,
    TogglePrivate,
    /// Go to where the suggested next action is done.
    Follow,
    /// Mentor reviews: start a session, a mentor's rating, blind rating on/off, add a strength,
    /// growth area or action, finish or discard the session, open a past one, close it.
    StartReview,
    MentorRating,
    Blind,
    Outcome,
    Finish,
    Discard,
    Open,
    Back,
    Changes,
    /// Evidence: open its link in the browser, choose the skills or items it backs.
    OpenLink,
    LinkSkills,
    LinkItems,
    /// Drop the screen's filter.
    ClearFilter,
    /// Edit who you are and by when.
    Profile,
    /// Read the file again (read-only: see what the writer saved since).
    Reload,
}

impl Command {
    /// Whether the command changes the data (so a read-only app refuses it, and its footer
    /// does not offer it).
    pub fn changes_data(self) -> bool {
        matches!(
            self,
            Command::Toggle
                | Command::Profile
                | Command::Note
                | Command::Evidence
                | Command::Rate(_)
                | Command::Add
                | Command::Edit
                | Command::Delete
                | Command::TogglePrivate
                | Command::StartReview
                | Command::MentorRating
                | Command::Outcome
                | Command::Finish
                | Command::Discard
                | Command::LinkSkills
                | Command::LinkItems
                | Command::Undo
                | Command::Redo
        )
    }
}

/// Everything `App::update` handles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Command(Command),
    /// A key typed into the open form or filter.
    Input(KeyEvent),
    Paste(String),
    Submit,
    Cancel,
    NextField,
    PrevField,
    /// Toggle the option under the cursor of the open picker.
    Pick,
    /// Answer to a yes/no question.
    Answer(bool),
    /// Close the help overlay.
    CloseHelp,
    /// Mouse click at a cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The terminal's new size.
    Resize {
        width: u16,
        height: u16,
    },
}
