//! The key tables in use: the built-in ones, or those with the keys the person chose in
//! `config.toml` (`[keys.<screen>]`, `[keys.global]`). Resolving a key, the footer, the help and
//! every text that names a key read their tables from here, so all of them follow a remap.

use std::collections::BTreeMap;

use super::names::{config_name, describe, parse_key};
use super::{Binding, Key};
use crate::config::KeyNames;
use crate::tui::command::Command as C;
use crate::tui::screens::id::Screen;

/// The table of every screen and the one that works everywhere.
#[derive(Debug, Clone, Copy)]
pub struct Keymap {
    global: &'static [Binding],
    screens: [&'static [Binding]; Screen::ALL.len()],
}

/// Where a table applies: everywhere (`None`) or on one screen.
type Place = Option<Screen>;

impl Keymap {
    pub const fn new(
        global: &'static [Binding],
        screens: [&'static [Binding]; Screen::ALL.len()],
    ) -> Keymap {
        Keymap { global, screens }
    }

    /// The keys that work everywhere.
    pub fn global(&self) -> &'static [Binding] {
        self.global
    }

    /// A screen's own keys (checked before the global ones).
    pub fn screen(&self, screen: Screen) -> &'static [Binding] {
        self.screens[screen.index()]
    }

    /// Every table with the name `config.toml` gives it, the global one first.
    pub fn named(&self) -> Vec<(String, &'static [Binding])> {
        std::iter::once(None)
            .chain(Screen::ALL.map(Some))
            .map(|place| (table_name(place), self.table(place)))
            .collect()
    }

    /// How many rows give other keys than they do in `built_in`.
    pub fn moved_from(&self, built_in: &Keymap) -> usize {
        self.named()
            .iter()
            .zip(built_in.named())
            .flat_map(|((_, mine), (_, theirs))| mine.iter().zip(theirs.iter()))
            .filter(|(a, b)| a.keys != b.keys)
            .count()
    }

    fn table(&self, place: Place) -> &'static [Binding] {
        place.map_or(self.global, |s| self.screen(s))
    }

    /// These tables with the keys `remaps` chooses, or every reason they cannot be used (then
    /// none of them is: half a remap could leave a command with no key).
    pub fn remapped(
        self,
        remaps: &BTreeMap<String, BTreeMap<String, KeyNames>>,
    ) -> Result<Keymap, Vec<String>> {
        if remaps.is_empty() {
            return Ok(self);
        }
        let mut tables: Vec<(Place, Vec<Binding>)> = self
            .named()
            .into_iter()
            .zip(std::iter::once(None).chain(Screen::ALL.map(Some)))
            .map(|((_, table), place)| (place, table.to_vec()))
            .collect();
        let mut errors = Vec::new();
        let mut changed: Vec<(usize, usize)> = Vec::new();
        for (name, actions) in remaps {
            let Some(t) = tables.iter().position(|(p, _)| table_name(*p) == *name) else {
                let names: Vec<String> = tables
                    .iter()
                    .filter(|(_, rows)| !rows.is_empty())
                    .map(|(p, _)| table_name(*p))
                    .collect();
                errors.push(format!(
                    "keys.{name}: no such screen; the tables are {}",
                    names.join(", ")
                ));
                continue;
            };
            if tables[t].1.is_empty() && !actions.is_empty() {
                errors.push(format!(
                    "keys.{name}: the {} screen has no keys of its own (the global ones work there)",
                    tables[t].0.map_or("", Screen::title)
                ));
                continue;
            }
            for (action, keys) in actions {
                let at = format!("keys.{name}.{action}");
                let rows = &mut tables[t].1;
                let Some(row) = rows.iter().position(|b| action_name(b.command) == action) else {
                    errors.push(format!(
                        "{at}: no such action; the actions there are {}",
                        action_names(rows).join(", ")
                    ));
                    continue;
                };
                match parse_keys(keys.names()) {
                    Ok(keys) => {
                        rows[row] = with_keys(rows[row], keys);
                        changed.push((t, row));
                    }
                    Err(why) => errors.push(format!("{at}: {why}")),
                }
            }
        }
        let built_in = self.named();
        for &(t, row) in &changed {
            errors.extend(collisions(&tables, &built_in, t, row));
        }
        errors.dedup();
        if !errors.is_empty() {
            return Err(errors);
        }
        // Built once per run, the remapped tables live as long as the program.
        let mut leaked = tables
            .into_iter()
            .map(|(_, rows)| &*Box::leak(rows.into_boxed_slice()));
        let global = leaked.next().unwrap_or(self.global);
        let mut screens = self.screens;
        for (slot, table) in screens.iter_mut().zip(leaked) {
            *slot = table;
        }
        Ok(Keymap { global, screens })
    }
}

/// What the remapped row `row` of table `t` takes from another command: a key of the same
/// table, or of a table active with it (a screen's and the global one). Where the built-in
/// tables already share a key on purpose (a screen's own use of a global key), it stays shared.
fn collisions(
    tables: &[(Place, Vec<Binding>)],
    built_in: &[(String, &'static [Binding])],
    t: usize,
    row: usize,
) -> Vec<String> {
    let (place, rows) = &tables[t];
    let mine = rows[row];
    let mut found = Vec::new();
    for (o, (other_place, other_rows)) in tables.iter().enumerate() {
        let shared = other_place == place || place.is_none() || other_place.is_none();
        if !shared {
            continue;
        }
        for (r, other) in other_rows.iter().enumerate() {
            if other.command == mine.command {
                continue;
            }
            let as_built =
                |k: &Key| built_in[t].1[row].keys.contains(k) && built_in[o].1[r].keys.contains(k);
            for key in mine
                .keys
                .iter()
                .filter(|k| other.keys.contains(k) && !as_built(k))
            {
                let name = action_name(other.command);
                let what = if other.label == name {
                    name.to_string()
                } else {
                    format!("\"{}\" ({name})", other.label)
                };
                found.push(format!(
                    "keys.{}.{}: \"{}\" is already {what} {}",
                    table_name(*place),
                    action_name(mine.command),
                    config_name(*key),
                    other_place.map_or("everywhere".to_string(), |s| format!("on {}", s.title())),
                ));
            }
        }
    }
    found
}

/// The row with its new keys, written as help and footer show keys.
fn with_keys(row: Binding, keys: Vec<Key>) -> Binding {
    let shown: &'static str = Box::leak(
        keys.iter()
            .map(|k| describe(*k))
            .collect::<Vec<_>>()
            .join("/")
            .into_boxed_str(),
    );
    Binding {
        keys: Box::leak(keys.into_boxed_slice()),
        shown,
        hint: row.hint.map(|(_, label)| (shown, label)),
        ..row
    }
}

/// The keys `names` name, each once.
fn parse_keys(names: &[String]) -> Result<Vec<Key>, String> {
    if names.is_empty() {
        return Err("give at least one key".to_string());
    }
    let mut keys = Vec::new();
    for name in names {
        let key = parse_key(name)?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// The name `config.toml` gives a table.
pub fn table_name(place: Place) -> String {
    place.map_or("global".to_string(), |s| s.title().to_ascii_lowercase())
}

/// The actions of a table, each once, in the table's order.
pub fn action_names(rows: &[Binding]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for row in rows {
        let name = action_name(row.command);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The name `config.toml` gives a command.
pub fn action_name(command: C) -> &'static str {
    match command {
        C::NextScreen => "next-screen",
        C::PrevScreen => "previous-screen",
        C::GoTo(screen) => go_to_name(screen),
        C::Up => "up",
        C::Down => "down",
        C::Left => "left",
        C::Right => "right",
        C::PageUp => "page-up",
        C::PageDown => "page-down",
        C::Top => "first",
        C::Bottom => "last",
        C::ScrollUp => "scroll-up",
        C::ScrollDown => "scroll-down",
        C::Help => "help",
        C::Undo => "undo",
        C::Redo => "redo",
        C::Quit => "quit",
        C::Filter => "filter",
        C::Toggle => "toggle",
        C::Note => "note",
        C::Evidence => "evidence",
        C::Rate => "rate",
        C::Add => "add",
        C::Edit => "edit",
        C::Delete => "delete",
        C::TogglePrivate => "private",
        C::Follow => "follow",
        C::StartReview => "start-review",
        C::MentorRating => "mentor-rating",
        C::Blind => "blind",
        C::Outcome => "outcome",
        C::Finish => "finish",
        C::Discard => "discard",
        C::Amend => "amend",
        C::Open => "open",
        C::Back => "back",
        C::Changes => "changes",
        C::OpenLink => "open-link",
        C::LinkSkills => "link-skills",
        C::LinkItems => "link-items",
        C::ClearFilter => "clear-filter",
        C::Profile => "profile",
        C::View => "view",
        C::Parts => "parts",
        C::Reload => "reload",
        C::Submit => "submit",
        C::Cancel => "cancel",
        C::FormEnter => "enter",
        C::Editor => "editor",
        C::NextField => "next-field",
        C::PrevField => "previous-field",
        C::Pick => "pick",
        C::Choose => "choose",
        C::Yes => "yes",
        C::No => "no",
        C::CloseHelp => "close-help",
    }
}

fn go_to_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Dashboard => "go-dashboard",
        Screen::Path => "go-path",
        Screen::Skills => "go-skills",
        Screen::Milestones => "go-milestones",
        Screen::Journal => "go-journal",
        Screen::Roles => "go-roles",
        Screen::Review => "go-review",
        Screen::Evidence => "go-evidence",
        Screen::Progress => "go-progress",
        Screen::Showcase => "go-showcase",
    }
}
