//! The mentor review views: the agenda, what changed, action items, past sessions.

use std::fmt::Write;

use crate::insight::{Agenda, Changes, Dated};
use crate::printable::one_line;
use crate::progress::Progress;
use crate::report::ActionRow;

pub fn agenda(agenda: &Agenda) -> String {
    let mut out = String::new();
    let since = agenda
        .last_review
        .map_or("no review yet".to_string(), |d| format!("last review {d}"));
    let _ = writeln!(out, "Agenda for a review today ({since})");
    if agenda.items.is_empty() {
        out.push_str(
            "\nNothing pressing: no open actions, disagreements, gaps or overdue milestones.\n",
        );
    }
    let mut section = None;
    for item in &agenda.items {
        if section != Some(item.section) {
            section = Some(item.section);
            let _ = writeln!(out, "\n{}", item.section.title());
        }
        let _ = writeln!(out, "  - {}", one_line(&item.text));
    }
    out
}

pub fn changes(c: &Changes) -> String {
    let mut out = String::new();
    // The first day counted: the changes are those after `since`.
    let from = c.since.and_then(|d| d.succ_opt());
    let span = match (c.since, from, c.until) {
        // Counted after the last day there is (a review held today): no span to name.
        (Some(since), Some(from), Some(until)) if from > until => format!("After {since}"),
        (_, from, until) => format!(
            "From {}{}",
            from.map_or("the start".to_string(), |d| d.to_string()),
            until.map_or(String::new(), |d| format!(" to {d}"))
        ),
    };
    let _ = writeln!(out, "{span}: {}", c.summary());
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n{title}");
            for l in lines {
                let _ = writeln!(out, "  {l}");
            }
        }
    };
    let dated = |items: &[Dated]| {
        items
            .iter()
            .map(|d| format!("{} {}", d.date, one_line(&d.text)))
            .collect()
    };
    section("Items ticked", dated(&c.ticked));
    section(
        "Ratings moved",
        c.ratings
            .iter()
            .map(|m| {
                let from = m.from.map_or("-".to_string(), |l| l.to_string());
                format!(
                    "{} ({}): {from} {} {}",
                    one_line(&m.name),
                    one_line(&m.rater.to_string()),
                    m.arrow(),
                    m.to
                )
            })
            .collect(),
    );
    section("Milestones done", dated(&c.milestones_done));
    section("Milestones slipped", dated(&c.milestones_slipped));
    section("New evidence", dated(&c.evidence));
    section(
        "Journal",
        c.journal
            .iter()
            .map(|(d, first, private)| {
                let mark = if *private { " (private)" } else { "" };
                format!("{d}{mark} {}", one_line(first))
            })
            .collect(),
    );
    out
}

/// Action items, open then done, each with its id.
pub fn actions(rows: &[ActionRow]) -> String {
    if rows.is_empty() {
        return "No action items yet: a review session ends with them.\n".into();
    }
    let width = rows.iter().map(|a| a.id.len()).max().unwrap_or(3);
    let mut out = String::new();
    let mut heading = None;
    for a in rows {
        let done = a.done.is_some();
        if heading != Some(done) {
            heading = Some(done);
            let title = if done { "Done" } else { "Open" };
            let _ = writeln!(out, "{}{title}", if out.is_empty() { "" } else { "\n" });
        }
        let state = match (a.done, a.due) {
            (Some(day), _) => format!("done {day}"),
            (None, Some(due)) => format!("due {due}"),
            (None, None) => "no date".to_string(),
        };
        let session = if a.in_progress {
            "session in progress".to_string()
        } else {
            format!("from {} with {}", a.session, one_line(&a.mentor))
        };
        let _ = writeln!(
            out,
            "  {:<width$}  {} ({}, {state}; {session})",
            a.id,
            one_line(&a.text),
            one_line(&a.owner)
        );
    }
    out
}

pub fn reviews(progress: &Progress) -> String {
    if progress.reviews.is_empty() && progress.packets.is_empty() {
        return "No reviews yet. Hold one in the coach: pivot, then 7 (Review).\n".into();
    }
    let mut reviews: Vec<_> = progress.reviews.iter().collect();
    reviews.sort_by_key(|r| (r.date, r.id));
    let mut out = String::new();
    for r in reviews {
        let open = r.actions.iter().filter(|a| a.done.is_none()).count();
        let draft = match (r.draft, r.amended.last()) {
            (true, Some(_)) => "  (being corrected)".to_string(),
            (true, None) => "  (in progress)".to_string(),
            (false, Some(day)) => format!("  (amended {day})"),
            (false, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "{:>3}  {}  {}  {}, {open} open{draft}",
            r.id,
            r.date,
            one_line(&r.mentor),
            match r.actions.len() {
                1 => "1 action".to_string(),
                n => format!("{n} actions"),
            }
        );
    }
    if !progress.packets.is_empty() {
        out.push_str("\nPackets sent to mentors:\n");
    }
    for p in &progress.packets {
        let state = match &p.imported {
            Some(i) => format!("reply imported {} as review {}", i.date, i.review),
            None => "waiting for the reply (pivot review import REPLY)".into(),
        };
        let _ = writeln!(out, "  {}  to {}  {state}", p.made, one_line(&p.mentor));
    }
    out
}
