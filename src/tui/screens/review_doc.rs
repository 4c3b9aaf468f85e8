//! The documents the Review screen opens to read: a past session and what changed since the
//! last review.

use ratatui::text::Line;

use crate::progress::Review;
use crate::tui::app::App;
use crate::tui::review::Doc;
use crate::tui::widgets::wrap;

/// The document open on the Review screen, as its title and lines wrapped to `width`.
pub(super) fn open_doc(app: &App, width: u16) -> Option<(String, Vec<Line<'static>>)> {
    match app.pos.review.doc? {
        Doc::Past(id) => {
            let review = app.progress.reviews.iter().find(|r| r.id == id)?;
            Some((
                format!(
                    " Review {} with {} · read-only · Esc back ",
                    review.date, review.mentor
                ),
                document(app, review, width),
            ))
        }
        Doc::Changes => {
            let since = app
                .insights
                .agenda
                .last_review
                .map_or("the start".to_string(), |d| d.to_string());
            Some((
                format!(" What changed since {since} · Esc back "),
                changes_document(app, width),
            ))
        }
    }
}

/// How far the open document can scroll in a window of `width`×`height`.
pub fn max_scroll(app: &App, width: u16, height: u16) -> u16 {
    // The body loses the tab bar, the footer and the panel's borders.
    open_doc(app, width.saturating_sub(2)).map_or(0, |(_, lines)| {
        (lines.len() as u16).saturating_sub(height.saturating_sub(4))
    })
}

/// Bulleted sections; each item wraps under its bullet.
fn sections(app: &App, width: usize, parts: Vec<(String, Vec<String>)>) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut lines = Vec::new();
    for (title, items) in parts.into_iter().filter(|(_, items)| !items.is_empty()) {
        lines.push(Line::styled(title, t.title));
        for item in items {
            for (i, chunk) in wrap(&item, width.saturating_sub(2)).into_iter().enumerate() {
                let lead = if i == 0 { "• " } else { "  " };
                lines.push(Line::styled(format!("{lead}{chunk}"), t.text));
            }
        }
        lines.push(Line::default());
    }
    lines
}

/// What changed since the last finished review: ticks, ratings with arrows, milestones,
/// evidence and journal entries.
fn changes_document(app: &App, width: u16) -> Vec<Line<'static>> {
    let c = &app.insights.agenda.changes;
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
        app,
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
        lines.push(Line::styled(
            "Nothing recorded in this time.",
            app.theme.dim,
        ));
    }
    lines
}

/// A finished session as lines wrapped to `width`.
fn document(app: &App, review: &Review, width: u16) -> Vec<Line<'static>> {
    let ratings: Vec<String> = crate::insight::session_ratings(&app.progress, review)
        .into_iter()
        .map(|line| {
            let name = app
                .pack
                .skill(&line.skill)
                .map_or(line.skill.clone(), |s| s.name.clone());
            let own = line.own.map_or("–".to_string(), |l| l.to_string());
            let example = line.example.map(|c| format!(": {c}")).unwrap_or_default();
            format!("{name}: mentor {}, you {own}{example}", line.mentor)
        })
        .collect();
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
        app,
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
        lines.push(Line::styled(
            "This session recorded nothing.",
            app.theme.dim,
        ));
    }
    lines
}
