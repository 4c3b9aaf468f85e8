//! One key table per screen and mode. The same tables drive dispatch, the footer hints and the
//! help overlay, so help can never drift from the real keys.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::action::{Action, Command, Screen};
use super::app::{App, Overlay};

/// A key with its modifiers (Shift is ignored for characters, which carry their case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// A row of a key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in help and footer.
    pub shown: &'static str,
    pub label: &'static str,
    pub command: Command,
    /// Keys and a short label for the footer, for the keys worth a reminder (help shows
    /// every row).
    pub hint: Option<(&'static str, &'static str)>,
}

const fn bind(
    keys: &'static [Key],
    shown: &'static str,
    label: &'static str,
    command: Command,
    hint: Option<(&'static str, &'static str)>,
) -> Binding {
    Binding {
        keys,
        shown,
        label,
        command,
        hint,
    }
}

use Command as C;
use KeyCode as K;

pub const GLOBAL: &[Binding] = &[
    bind(
        &[plain(K::Tab)],
        "Tab",
        "next screen",
        C::NextScreen,
        Some(("Tab", "screens")),
    ),
    bind(
        &[plain(K::BackTab)],
        "S-Tab",
        "previous screen",
        C::PrevScreen,
        None,
    ),
    bind(
        &[ch('1')],
        "1",
        "dashboard",
        C::GoTo(Screen::Dashboard),
        None,
    ),
    bind(&[ch('2')], "2", "path", C::GoTo(Screen::Path), None),
    bind(&[ch('3')], "3", "skills", C::GoTo(Screen::Skills), None),
    bind(
        &[ch('4')],
        "4",
        "milestones",
        C::GoTo(Screen::Milestones),
        None,
    ),
    bind(&[ch('5')], "5", "journal", C::GoTo(Screen::Journal), None),
    bind(&[ch('6')], "6", "roles", C::GoTo(Screen::Roles), None),
    bind(&[ch('7')], "7", "review", C::GoTo(Screen::Review), None),
    bind(&[ch('8')], "8", "evidence", C::GoTo(Screen::Evidence), None),
    bind(&[plain(K::Up), ch('k')], "↑/k", "up", C::Up, None),
    bind(&[plain(K::Down), ch('j')], "↓/j", "down", C::Down, None),
    bind(&[plain(K::Left), ch('h')], "←/h", "left", C::Left, None),
    bind(&[plain(K::Right), ch('l')], "→/l", "right", C::Right, None),
    bind(&[plain(K::PageUp)], "PgUp", "page up", C::PageUp, None),
    bind(
        &[plain(K::PageDown)],
        "PgDn",
        "page down",
        C::PageDown,
        None,
    ),
    bind(&[plain(K::Home), ch('g')], "Home/g", "first", C::Top, None),
    bind(&[plain(K::End), ch('G')], "End/G", "last", C::Bottom, None),
    bind(&[ch('/')], "/", "filter the list", C::Filter, None),
    bind(
        &[plain(K::Esc)],
        "Esc",
        "clear the filter",
        C::ClearFilter,
        None,
    ),
    bind(&[ch('u')], "u", "undo", C::Undo, Some(("u", "undo"))),
    bind(&[ctrl('r')], "C-r", "redo", C::Redo, None),
    bind(&[ch('?')], "?", "help", C::Help, Some(("?", "help"))),
    bind(&[ch('R')], "R", "read again (read-only)", C::Reload, None),
    bind(
        &[ch('q'), ctrl('c')],
        "q",
        "quit",
        C::Quit,
        Some(("q", "quit")),
    ),
];

const DASHBOARD: &[Binding] = &[
    bind(
        &[plain(K::Enter)],
        "Enter",
        "do the next best action",
        C::Follow,
        Some(("Enter", "do it")),
    ),
    bind(
        &[ch('p')],
        "p",
        "edit your profile",
        C::Profile,
        Some(("p", "profile")),
    ),
];

const PATH: &[Binding] = &[
    bind(
        &[ch(' '), plain(K::Enter)],
        "Space",
        "tick / untick item",
        C::Toggle,
        Some(("Space", "tick")),
    ),
    bind(&[ch('n')], "n", "edit note", C::Note, Some(("n", "note"))),
    bind(
        &[ch('e')],
        "e",
        "add evidence",
        C::Evidence,
        Some(("e", "evidence")),
    ),
    bind(&[ch('J')], "J", "scroll detail down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll detail up", C::ScrollUp, None),
];

const SKILLS: &[Binding] = &[
    bind(
        &[ch('1')],
        "1",
        "rate yourself 1 (Aware)",
        C::Rate(1),
        Some(("1–5", "rate yourself")),
    ),
    bind(
        &[ch('2')],
        "2",
        "rate yourself 2 (Assisted)",
        C::Rate(2),
        None,
    ),
    bind(
        &[ch('3')],
        "3",
        "rate yourself 3 (Independent)",
        C::Rate(3),
        None,
    ),
    bind(
        &[ch('4')],
        "4",
        "rate yourself 4 (Multiplier)",
        C::Rate(4),
        None,
    ),
    bind(
        &[ch('5')],
        "5",
        "rate yourself 5 (Shaper)",
        C::Rate(5),
        None,
    ),
    bind(&[ch('J')], "J", "scroll levels down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll levels up", C::ScrollUp, None),
];

const MILESTONES: &[Binding] = &[
    bind(&[ch('a')], "a", "add", C::Add, Some(("a", "add"))),
    bind(
        &[ch('e'), plain(K::Enter)],
        "e",
        "edit",
        C::Edit,
        Some(("e", "edit")),
    ),
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

const JOURNAL: &[Binding] = &[
    bind(&[ch('a')], "a", "new entry", C::Add, Some(("a", "new"))),
    bind(
        &[ch('e'), plain(K::Enter)],
        "e",
        "edit",
        C::Edit,
        Some(("e", "edit")),
    ),
    bind(
        &[ch('p')],
        "p",
        "private / shared",
        C::TogglePrivate,
        Some(("p", "private")),
    ),
    bind(&[ch('d'), plain(K::Delete)], "d", "delete", C::Delete, None),
    bind(&[ch('J')], "J", "scroll entry down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll entry up", C::ScrollUp, None),
];

const ROLES: &[Binding] = &[];

const EVIDENCE: &[Binding] = &[
    bind(&[ch('a')], "a", "add evidence", C::Add, Some(("a", "add"))),
    bind(&[ch('e'), plain(K::Enter)], "e", "edit", C::Edit, None),
    bind(
        &[ch('s')],
        "s",
        "skills it backs",
        C::LinkSkills,
        Some(("s", "skills")),
    ),
    bind(
        &[ch('i')],
        "i",
        "checklist items it shows",
        C::LinkItems,
        Some(("i", "items")),
    ),
    bind(
        &[ch('o')],
        "o",
        "open the link in the browser",
        C::OpenLink,
        Some(("o", "open")),
    ),
    bind(
        &[ch('d'), plain(K::Delete)],
        "d",
        "delete",
        C::Delete,
        Some(("d", "delete")),
    ),
    bind(&[ch('J')], "J", "scroll details down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll details up", C::ScrollUp, None),
];

const REVIEW: &[Binding] = &[
    bind(
        &[ch('s')],
        "s",
        "start a session",
        C::StartReview,
        Some(("s", "start")),
    ),
    bind(
        &[ch('r')],
        "r",
        "mentor rates a skill",
        C::MentorRating,
        Some(("r", "rate")),
    ),
    bind(&[ch('b')], "b", "blind rating on / off", C::Blind, None),
    bind(
        &[ch('n')],
        "n",
        "session notes",
        C::Note,
        Some(("n", "notes")),
    ),
    bind(
        &[ch('o')],
        "o",
        "add an outcome",
        C::Outcome,
        Some(("o", "outcome")),
    ),
    bind(
        &[ch(' ')],
        "Space",
        "action item done / open",
        C::Toggle,
        None,
    ),
    bind(
        &[ch('f')],
        "f",
        "finish the session",
        C::Finish,
        Some(("f", "finish")),
    ),
    bind(&[ch('x')], "x", "discard the session", C::Discard, None),
    bind(
        &[plain(K::Enter)],
        "Enter",
        "open session, go to skill",
        C::Open,
        None,
    ),
    bind(
        &[ch('c')],
        "c",
        "what changed since last",
        C::Changes,
        Some(("c", "changes")),
    ),
    bind(
        &[plain(K::Esc)],
        "Esc",
        "close what is open",
        C::Back,
        Some(("Esc", "back")),
    ),
];

/// The table of a screen (checked before the global one, so a screen may reuse a key).
pub fn screen_table(screen: Screen) -> &'static [Binding] {
    match screen {
        Screen::Dashboard => DASHBOARD,
        Screen::Path => PATH,
        Screen::Skills => SKILLS,
        Screen::Milestones => MILESTONES,
        Screen::Journal => JOURNAL,
        Screen::Roles => ROLES,
        Screen::Review => REVIEW,
        Screen::Evidence => EVIDENCE,
    }
}

/// Keys of an open form, for the help overlay and the form's own hint line.
pub const FORM_KEYS: &[(&str, &str)] = &[
    ("Enter", "save (new line in long text)"),
    ("C-s", "save"),
    ("Tab/S-Tab", "next / previous field"),
    ("Space", "switch yes/no or choice"),
    ("Esc", "cancel"),
];

/// The key's normal form: characters carry their case, so Shift is dropped for them.
fn normalize(key: &KeyEvent) -> Key {
    let mut mods =
        key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    Key {
        code: key.code,
        mods,
    }
}

/// The command a key runs on a screen, if any.
pub fn command_for(screen: Screen, key: &KeyEvent) -> Option<Command> {
    let key = normalize(key);
    screen_table(screen)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.keys.contains(&key))
        .map(|b| b.command)
}

/// Turn a terminal event into an action for the app's current state.
pub fn resolve(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => resolve_key(app, key),
        Event::Paste(text) => match app.overlay {
            Overlay::Form(_) | Overlay::Filter(_) => Some(Action::Paste(text)),
            _ => None,
        },
        Event::Mouse(mouse) if app.mouse => resolve_mouse(app, mouse),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

fn resolve_key(app: &App, key: KeyEvent) -> Option<Action> {
    let k = normalize(&key);
    let ctrl_c = k == ctrl('c');
    // While the window is too small to show anything, keys could act unseen: only quitting works.
    let (width, height) = app.size;
    if width < super::screens::MIN_WIDTH || height < super::screens::MIN_HEIGHT {
        return (ctrl_c || k == ch('q')).then_some(Action::Command(Command::Quit));
    }
    match &app.overlay {
        Overlay::Help => Some(Action::CloseHelp),
        Overlay::Confirm(_) | Overlay::Discard(_) => match k.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => Some(Action::Answer(true)),
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => Some(Action::Answer(false)),
            _ if ctrl_c => Some(Action::Answer(false)),
            _ => None,
        },
        Overlay::Form(form) => Some(match k.code {
            KeyCode::Esc => Action::Cancel,
            _ if ctrl_c => Action::Cancel,
            KeyCode::Char('s') if k.mods == KeyModifiers::CONTROL => Action::Submit,
            KeyCode::Enter if form.enter_moves_on() => Action::NextField,
            KeyCode::Enter if !form.focused_is_multiline() => Action::Submit,
            KeyCode::Tab => Action::NextField,
            KeyCode::BackTab => Action::PrevField,
            _ => Action::Input(key),
        }),
        Overlay::Picker(_) => Some(match k.code {
            KeyCode::Esc => Action::Cancel,
            _ if ctrl_c => Action::Cancel,
            KeyCode::Enter => Action::Submit,
            KeyCode::Char(' ') | KeyCode::Char('x') => Action::Pick,
            KeyCode::Up | KeyCode::Char('k') => Action::Command(Command::Up),
            KeyCode::Down | KeyCode::Char('j') => Action::Command(Command::Down),
            KeyCode::PageUp => Action::Command(Command::PageUp),
            KeyCode::PageDown => Action::Command(Command::PageDown),
            _ => return None,
        }),
        Overlay::Filter(_) => Some(match k.code {
            KeyCode::Esc => Action::Cancel,
            _ if ctrl_c => Action::Cancel,
            KeyCode::Enter => Action::Submit,
            KeyCode::Up | KeyCode::Down => Action::Command(if k.code == KeyCode::Up {
                Command::Up
            } else {
                Command::Down
            }),
            _ => Action::Input(key),
        }),
        Overlay::None => command_for(app.screen, &key).map(Action::Command),
    }
}

fn resolve_mouse(app: &App, mouse: MouseEvent) -> Option<Action> {
    if !matches!(app.overlay, Overlay::None) {
        return None;
    }
    match mouse.kind {
        MouseEventKind::ScrollUp => Some(Action::Command(Command::Up)),
        MouseEventKind::ScrollDown => Some(Action::Command(Command::Down)),
        MouseEventKind::Down(_) => Some(Action::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_within_a_table() {
        let mut tables: Vec<&[Binding]> = vec![GLOBAL];
        tables.extend(Screen::ALL.iter().map(|s| screen_table(*s)));
        for table in tables {
            let keys: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(k), "{k:?} bound twice");
            }
        }
    }

    #[test]
    fn screen_keys_win_over_global_ones() {
        let one = KeyEvent::new(KeyCode::Char('1'), KeyModifiers::NONE);
        assert_eq!(command_for(Screen::Skills, &one), Some(Command::Rate(1)));
        assert_eq!(
            command_for(Screen::Path, &one),
            Some(Command::GoTo(Screen::Dashboard))
        );
    }

    #[test]
    fn shifted_characters_and_back_tab_match_regardless_of_shift_flag() {
        let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(command_for(Screen::Roles, &big_g), Some(Command::Bottom));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(command_for(Screen::Roles, &back), Some(Command::PrevScreen));
    }
}
