//! Key tables. Every context (the screens, the keys that work everywhere, each overlay and form)
//! has one table of `Binding`s; the same table resolves a key, writes the footer and the help,
//! and names keys in panel titles, so no text can name a key that does not work.

mod global;
pub mod map;
pub mod names;

pub use global::GLOBAL;
pub use map::Keymap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::command::Command;

/// A key with its modifiers (Shift is ignored for characters, which carry their case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

pub const fn ctrl(c: char) -> Key {
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

pub const fn bind(
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

/// The key's normal form: characters carry their case, so Shift is dropped for them.
pub fn normalize(key: &KeyEvent) -> Key {
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

/// The command `key` runs in the first of `tables` that binds it.
pub fn lookup(tables: &[&'static [Binding]], key: &KeyEvent) -> Option<Command> {
    let key = normalize(key);
    tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.keys.contains(&key))
        .map(|b| b.command)
}

/// Edit the selected entry: `e` or Enter, on every list screen that edits.
pub const EDIT: Binding = bind(
    &[ch('e'), plain(KeyCode::Enter)],
    "e",
    "edit",
    Command::Edit,
    Some(("e", "edit")),
);

/// How the first key bound to `command` in `table` is written, for text that names it.
pub fn shown(table: &[Binding], command: Command) -> Option<&'static str> {
    table
        .iter()
        .find(|b| b.command == command)
        .map(|b| b.hint.map_or(b.shown, |(keys, _)| keys))
}

/// "←/→": the first keys of two commands, for a title that names a pair; empty when either is
/// unbound.
pub fn pair(table: &[Binding], a: Command, b: Command) -> String {
    let first = |c| shown(table, c).and_then(|s| s.split('/').next());
    match (first(a), first(b)) {
        (Some(a), Some(b)) => format!("{a}/{b}"),
        _ => String::new(),
    }
}

/// " (2)": the key of `command` in parentheses, to name it in a sentence; empty when unbound.
pub fn mention(table: &[Binding], command: Command) -> String {
    shown(table, command).map_or(String::new(), |k| format!(" ({k})"))
}

/// "n notes · o add": each command's key with the given label, for a panel title; commands the
/// table does not bind are left out.
pub fn labelled(table: &[Binding], commands: &[(Command, &str)]) -> String {
    commands
        .iter()
        .filter_map(|(c, label)| shown(table, *c).map(|k| format!("{k} {label}")))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_characters_and_back_tab_match_regardless_of_shift_flag() {
        let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&[GLOBAL], &big_g), Some(Command::Bottom));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(lookup(&[GLOBAL], &back), Some(Command::PrevScreen));
    }

    #[test]
    fn earlier_tables_win() {
        const FIRST: &[Binding] = &[bind(&[ch('1')], "1", "note", Command::Note, None)];
        let one = KeyEvent::new(KeyCode::Char('1'), KeyModifiers::NONE);
        assert_eq!(lookup(&[FIRST, GLOBAL], &one), Some(Command::Note));
        assert!(matches!(lookup(&[GLOBAL], &one), Some(Command::GoTo(_))));
    }

    #[test]
    fn names_come_from_the_table() {
        assert_eq!(shown(GLOBAL, Command::Undo), Some("u"));
        assert_eq!(shown(GLOBAL, Command::Toggle), None);
        assert_eq!(
            labelled(GLOBAL, &[(Command::Undo, "undo"), (Command::Help, "help")]),
            "u undo · ? help"
        );
    }
}
