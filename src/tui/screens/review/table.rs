//! The Review screen's keys: the table its footer, its panel titles and `?` help are made from.

use ratatui::crossterm::event::KeyCode as K;

use crate::tui::command::Command as C;
use crate::tui::keys::{Binding, bind, ch, plain};

pub const REVIEW: &[Binding] = &[
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
    bind(&[ch('e')], "e", "change the outcome", C::Edit, None),
    bind(&[ch('d')], "d", "delete the outcome", C::Delete, None),
    bind(
        &[ch('a')],
        "a",
        "amend a finished review",
        C::Amend,
        Some(("a", "amend")),
    ),
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
