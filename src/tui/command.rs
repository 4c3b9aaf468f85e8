//! What keys are bound to. One `Command` enum for every context (screens, overlays, forms), so
//! every key a person can press resolves through a table of them; `Action` adds the events that
//! carry data (typed text, pasted text, clicks, a new size).

use ratatui::crossterm::event::KeyEvent;

use super::screens::id::Screen;

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
    /// Rate the selected skill (the level is picked in the form).
    Rate,
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
    /// Open a finished review again to correct it.
    Amend,
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
    /// Progress: switch between readiness and the skills over time; show readiness's parts.
    View,
    Parts,
    /// Read the file again (read-only: see what the writer saved since).
    Reload,
    // ----- overlays -----
    /// Save a form or picker; keep a filter.
    Submit,
    /// Close a form, picker or filter without saving.
    Cancel,
    /// Enter on a form: next field on a choice, save on a line, a new line in long text.
    FormEnter,
    /// Write the focused text field in the person's own editor.
    Editor,
    NextField,
    PrevField,
    /// Tick the option under the cursor of a picker; on a form, switch a toggle or choice.
    Pick,
    /// Step through a form's choice (the key also moves in text).
    Choose,
    /// Answers to a yes/no question.
    Yes,
    No,
    /// Close the help.
    CloseHelp,
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
                | Command::Rate
                | Command::Add
                | Command::Edit
                | Command::Delete
                | Command::TogglePrivate
                | Command::StartReview
                | Command::MentorRating
                | Command::Outcome
                | Command::Finish
                | Command::Discard
                | Command::Amend
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
