//! Keys by name: how `config.toml` names a key (read with the crokey crate, which also takes
//! the names help writes), and how help, the footer and `config.toml` write one.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::Key;

/// A key as `config.toml` names it: a character (its case counts, so "G" is shift-g), crokey's
/// names (`ctrl-r`, `alt-x`, `enter`, `pagedown`, `f5`, …), or the names help and the footer
/// write (`C-r`, `S-Tab`, `PgDn`, `Del`).
pub fn parse_key(name: &str) -> Result<Key, String> {
    let refused = || {
        format!(
            "\"{name}\" is not a key; write a character (\"G\" is shift-g, \"!\" is itself), or \
             one of enter, esc, tab, backtab, space, backspace, delete, insert, up, down, left, \
             right, home, end, pageup, pagedown, f1 to f12, with ctrl-, alt- or shift- before it \
             if need be"
        )
    };
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && !c.is_control()
        && !"↑↓←→".contains(c)
    {
        return Ok(super::ch(c));
    }
    let combo = crokey::parse(&crokey_spelling(name)).map_err(|_| refused())?;
    let crokey::OneToThree::One(code) = combo.normalized().codes else {
        return Err(refused());
    };
    let mut mods = combo.modifiers;
    if mods.contains(KeyModifiers::SUPER) {
        return Err(format!(
            "\"{name}\": terminals do not send cmd- keys; use ctrl- or alt-"
        ));
    }
    if let KeyCode::Char(c) = code {
        if mods.contains(KeyModifiers::SHIFT) && !c.is_alphabetic() {
            return Err(format!(
                "\"{name}\": write the character Shift gives (\"!\" for shift-1), which is what \
                 the terminal sends"
            ));
        }
        // A terminal sends these Ctrl keys as other keys: pivot could never tell them apart.
        let alike = match c {
            'i' => Some("Tab"),
            'm' => Some("Enter"),
            '[' => Some("Esc"),
            _ => None,
        };
        if let (Some(other), true) = (alike, mods == KeyModifiers::CONTROL) {
            return Err(format!(
                "\"{name}\" reaches pivot as {other} (terminals send the two alike); choose \
                 another key"
            ));
        }
    }
    // Characters carry their case; Shift is dropped for them, as when a key is pressed.
    if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    Ok(Key { code, mods })
}

/// `name` as crokey spells it: the prefixes and names help writes ("C-", "S-Tab", "PgDn", "Bksp")
/// in crokey's words, and shift-tab as the back-tab terminals send.
fn crokey_spelling(name: &str) -> String {
    let mut rest = name;
    let mut prefixes = String::new();
    'strip: loop {
        for (given, meant) in [
            ("ctrl-", "ctrl-"),
            ("control-", "ctrl-"),
            ("c-", "ctrl-"),
            ("alt-", "alt-"),
            ("meta-", "alt-"),
            ("shift-", "shift-"),
            ("s-", "shift-"),
            ("cmd-", "cmd-"),
        ] {
            if rest.len() > given.len()
                && rest.is_char_boundary(given.len())
                && rest[..given.len()].eq_ignore_ascii_case(given)
            {
                prefixes.push_str(meant);
                rest = &rest[given.len()..];
                continue 'strip;
            }
        }
        break;
    }
    let lower = rest.to_ascii_lowercase();
    let key = match lower.as_str() {
        "pgup" => "pageup",
        "pgdn" | "pgdown" => "pagedown",
        "bksp" | "bs" => "backspace",
        "ins" => "insert",
        "return" => "enter",
        "escape" => "esc",
        "↑" => "up",
        "↓" => "down",
        "←" => "left",
        "→" => "right",
        "tab" if prefixes.contains("shift-") => {
            prefixes = prefixes.replace("shift-", "");
            "backtab"
        }
        _ => rest,
    };
    prefixes + key
}

/// How help and footer write a key: "a", "C-r", "Alt-x", "Enter", "↑", "PgDn".
pub fn describe(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Backspace => "Bksp".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Insert => "Ins".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => format!("{other:?}"),
    };
    with_mods(key.mods, ["C-", "Alt-", "S-"], &name)
}

/// How `config.toml` writes a key (what [`parse_key`] reads back): "G", "ctrl-r", "pagedown".
pub fn config_name(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("f{n}"),
        KeyCode::BackTab => "backtab".into(),
        KeyCode::PageUp => "pageup".into(),
        KeyCode::PageDown => "pagedown".into(),
        other => format!("{other:?}").to_ascii_lowercase(),
    };
    with_mods(key.mods, ["ctrl-", "alt-", "shift-"], &name)
}

/// `name` after the prefixes of the modifiers held (Control, Alt, Shift, in that order).
fn with_mods(mods: KeyModifiers, prefixes: [&str; 3], name: &str) -> String {
    let held = [
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
        KeyModifiers::SHIFT,
    ];
    let mut out: String = held
        .iter()
        .zip(prefixes)
        .filter(|(m, _)| mods.contains(**m))
        .map(|(_, prefix)| prefix)
        .collect();
    out.push_str(name);
    out
}
