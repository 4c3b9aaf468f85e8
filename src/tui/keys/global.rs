//! The keys that work on every screen (a screen's own table is checked first, so it may reuse
//! one of these).

use ratatui::crossterm::event::KeyCode as K;

use super::{Binding, bind, ch, ctrl, plain};
use crate::tui::command::Command as C;
use crate::tui::screens::id::Screen;

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
    bind(&[ch('9')], "9", "progress", C::GoTo(Screen::Progress), None),
    bind(&[ch('0')], "0", "showcase", C::GoTo(Screen::Showcase), None),
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
