//! The documents the Review screen opens to read: a past session and what changed since the
//! last review.

use ratatui::text::Line;

use super::{Doc, Review as State};
use crate::progress::Review;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::shown;
use crate::tui::screens::Screen;
use crate::tui::screens::page::{Applies, Page};
use crate::tui::widgets::bullet;

/// The document open on the Review screen, as its title and lines wrapped to `width`.
pub(super) fn open_doc(
    state: &State,
    cx: &Ctx,
    width: u16,
) -> Option<(String, Vec<Line<'static>>)> {
    let back =
        shown(cx.table(Screen::Review), C::Back).map_or(String::new(), |k| format!(" · {k} back"));
    match state.doc? {
        Doc::Past(id) => {
            let review = cx.progress.reviews.iter().find(|r| r.id == id)?;
            let amended = review
                .amended
                .last()
                .map_or(String::new(), |d| format!(" · amended {d}"));
            // Read-only unless it can be amended from here (not by a mentor, nor while a
            // session is open).
            let amend = match state.applies(C::Amend, cx) {
                Applies::Yes => cx
                    .key(Screen::Review, C::Amend)
                    .map_or("read-only".to_string(), |k| format!("{k} amend")),
                _ => "read-only".to_string(),
            };
            Some((
                format!(
                    " Review {} with {}{amended} · {amend}{back} ",
                    review.date, review.mentor
                ),
                document(cx, review, width),
            ))
        }
        Doc::Changes => {
            let since = cx
                .insights
                .agenda
                .last_review
                .map_or("the start".to_string(), |d| d.to_string());
            Some((
                format!(" What changed since {since}{back} "),
                changes_document(cx, width),
            ))
        }
    }
}

/// Bulleted sections; each item wraps under its bullet.
fn sections(cx: &Ctx, width: usize, parts: Vec<(String, Vec<String>)>) -> Vec<Line<'static>> {
    let t = cx.theme;
    let mut lines = Vec::new();
    for (title, items) in parts.into_iter().filter(|(_, items)| !items.is_empty()) {
        lines.push(Line::styled(title, t.title));
        for item in items {
            lines.extend(bullet(&item, width, t.text));
        }
        lines.push(Line::default());
    }
    lines
}

/// What changed since the last finished review: ticks, ratings with arrows, milestones,
/// evidence and journal entries.
fn changes_document(cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let c = &cx.insights.agenda.changes;
    let dated = |items: &[crate::insight::Dated]| -> Vec<String> {
        items
            .iter()
            .map(|d| format!("{} {}", d.date, d.text))
            .collect()
    };
    let ratings = c
        .ratings
        .iter()
        .map(|m| {
            // A blind session does not give away an own rating the mentor has not rated.
            let hidden = cx.session().is_some()
                && m.rater == crate::progress::Rater::Myself
                && !cx.own_rating_visible(&m.skill);
            if hidden {
                return format!("{} ({}): moved, shown once rated", m.name, m.rater);
            }
            let from = m.from.map_or("–".to_string(), |l| l.to_string());
            format!("{} ({}): {from} {} {}", m.name, m.rater, m.arrow(), m.to)
        })
        .collect();
    let journal = c
        .journal
        .iter()
        .map(|(date, first, private)| {
            let mark = if *private { " (private)" } else { "" };
            format!("{date}{mark} {first}")
        })
        .collect();
    let mut lines = sections(
        cx,
        usize::from(width),
        vec![
            ("Items ticked".into(), dated(&c.ticked)),
            ("Ratings moved".into(), ratings),
            ("Milestones done".into(), dated(&c.milestones_done)),
            ("Milestones slipped".into(), dated(&c.milestones_slipped)),
            ("New evidence".into(), dated(&c.evidence)),
            ("Journal".into(), journal),
        ],
    );
    if lines.is_empty() {
        lines.push(Line::styled("Nothing recorded in this time.", cx.theme.dim));
    }
    lines
}

/// A finished session as lines wrapped to `width`.
fn document(cx: &Ctx, review: &Review, width: u16) -> Vec<Line<'static>> {
    let ratings: Vec<String> = crate::insight::session_ratings(cx.progress, review)
        .into_iter()
        .map(|line| {
            let name = cx
                .pack
                .skill(&line.skill)
                .map_or(line.skill.clone(), |s| s.name.clone());
            let own = line.own.map_or("–".to_string(), |l| l.to_string());
            let example = line.example.map(|c| format!(": {c}")).unwrap_or_default();
            format!("{name}: mentor {}, you {own}{example}", line.mentor)
        })
        .collect();
    // A session without ratings says so: "the mentor did not rate" is worth knowing.
    let ratings = if ratings.is_empty() {
        vec!["None given in this session.".to_string()]
    } else {
        ratings
    };
    let actions = review
        .actions
        .iter()
        .map(|a| {
            let due = a.due.map_or(String::new(), |d| format!(", due {d}"));
            let state = a.done.map_or("open".to_string(), |d| format!("done {d}"));
            format!("{} ({}{due}) · {state}", a.text, a.owner)
        })
        .collect();
    let lines_of = |text: &str| text.lines().map(str::to_string).collect::<Vec<_>>();
    let mut lines = sections(
        cx,
        usize::from(width),
        vec![
            ("Agenda".into(), review.agenda.clone()),
            ("Notes".into(), lines_of(&review.notes)),
            (
                "Private notes (only here and with --include-private)".into(),
                lines_of(&review.private_notes),
            ),
            ("Mentor's ratings".into(), ratings),
            ("Strengths".into(), review.strengths.clone()),
            ("Growth areas".into(), review.growth_areas.clone()),
            ("Action items".into(), actions),
        ],
    );
    if lines.is_empty() {
        lines.push(Line::styled("This session recorded nothing.", cx.theme.dim));
    }
    lines
}
