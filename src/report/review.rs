//! Mentor reviews in Markdown: one session's report, and the history in the full export.

use std::fmt::Write;

use crate::content::Pack;
use crate::insight::{Insights, changes, session_ratings};
use crate::progress::{Progress, Rater, Review};

use super::markup::{Col, block, cell, heading, inline, opt, table_head};
use super::share::{ExportOptions, shareable};

fn gap(own: Option<u8>, mentor: Option<u8>) -> String {
    match (own, mentor) {
        (Some(a), Some(b)) if a == b => "0".into(),
        (Some(a), Some(b)) => format!("{:+}", i16::from(a) - i16::from(b)),
        _ => "–".into(),
    }
}

fn bullets(out: &mut String, level: usize, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str(&heading(level, title));
    for i in items {
        let _ = writeln!(out, "- {}", block(i, 2));
    }
    out.push('\n');
}

/// The body of one session under a heading of `level` that starts with `label`: agenda,
/// notes, ratings side by side, decisions and actions, each a heading one level down.
fn session(
    out: &mut String,
    pack: &Pack,
    progress: &Progress,
    r: &Review,
    (level, label): (usize, &str),
) {
    let draft = if r.draft { " (in progress)" } else { "" };
    let title = format!("{label}Review {} with {}{draft}", r.date, inline(&r.mentor));
    out.push_str(&heading(level, &title));
    let level = level + 1;
    if !r.amended.is_empty() {
        let days: Vec<String> = r.amended.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "*Amended on {}.*\n", days.join(", "));
    }
    bullets(out, level, "Agenda", &r.agenda);
    for (title, text) in [("Notes", &r.notes), ("Private notes", &r.private_notes)] {
        if !text.trim().is_empty() {
            out.push_str(&heading(level, title));
            let _ = writeln!(out, "{}\n", block(text, 0));
        }
    }
    let given = session_ratings(progress, r);
    if !given.is_empty() {
        out.push_str(&heading(level, "Ratings in this session"));
        out.push_str(&table_head(&[
            Col::Left("Skill"),
            Col::Mid("You"),
            Col::Mid("Mentor"),
            Col::Mid("You − mentor"),
            Col::Left("Mentor's example"),
        ]));
        for line in given {
            let name = pack
                .skill(&line.skill)
                .map_or(line.skill.as_str(), |s| s.name.as_str());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(name),
                opt(line.own),
                line.mentor,
                gap(line.own, Some(line.mentor)),
                cell(line.example.as_deref().unwrap_or(""))
            );
        }
        out.push('\n');
    }
    bullets(out, level, "Strengths", &r.strengths);
    bullets(out, level, "Growth areas", &r.growth_areas);
    if !r.actions.is_empty() {
        out.push_str(&heading(level, "Action items"));
        out.push_str(&table_head(&[
            Col::Left("Action"),
            Col::Left("Owner"),
            Col::Left("Due"),
            Col::Left("Status"),
        ]));
        for a in &r.actions {
            let status = a.done.map_or("open".to_string(), |d| format!("done {d}"));
            let due = a.due.map_or("–".to_string(), |d| d.to_string());
            let _ = writeln!(
                out,
                "| {} | {} | {due} | {status} |",
                cell(&a.text),
                cell(&a.owner)
            );
        }
        out.push('\n');
    }
}

/// Review history, the latest session, the next agenda and the self-vs-mentor gaps, for the
/// full export.
pub(super) fn history(out: &mut String, pack: &Pack, progress: &Progress, insights: &Insights) {
    out.push_str("## Mentor reviews\n\n");
    let mut reviews: Vec<&Review> = progress.reviews.iter().collect();
    reviews.sort_by_key(|r| (r.date, r.id));
    if reviews.is_empty() {
        out.push_str("No mentor review yet.\n\n");
    } else {
        out.push_str(&table_head(&[
            Col::Left("#"),
            Col::Left("Date"),
            Col::Left("Mentor"),
            Col::Mid("Actions open"),
        ]));
        for r in &reviews {
            let open = r.actions.iter().filter(|a| a.done.is_none()).count();
            let draft = if r.draft { " (in progress)" } else { "" };
            let _ = writeln!(
                out,
                "| {} | {}{draft} | {} | {open} |",
                r.id,
                r.date,
                cell(&r.mentor)
            );
        }
        out.push('\n');
    }
    if let Some(latest) = crate::insight::last_review(progress) {
        session(out, pack, progress, latest, (3, "Latest: "));
    }

    out.push_str("### Agenda for the next review\n\n");
    if insights.agenda.items.is_empty() {
        out.push_str("Nothing pressing: no open actions, disagreements or gaps.\n\n");
    }
    let mut section = None;
    for item in &insights.agenda.items {
        if section != Some(item.section) {
            if section.is_some() {
                out.push('\n');
            }
            section = Some(item.section);
            out.push_str(&heading(4, item.section.title()));
        }
        let _ = writeln!(out, "- {}", inline(&item.text));
    }
    if !insights.agenda.items.is_empty() {
        out.push('\n');
    }

    gap_history(out, pack, progress);
}

/// Every mentor rating beside the person's own rating at that date.
fn gap_history(out: &mut String, pack: &Pack, progress: &Progress) {
    let mut rows = Vec::new();
    for skill in &pack.skills {
        for a in &progress.assessments {
            let (Rater::Mentor(name), Some(rating)) = (&a.rater, a.ratings.get(&skill.id)) else {
                continue;
            };
            let own = progress.level_on(&skill.id, &Rater::Myself, a.date);
            let level = rating.level.get();
            rows.push(format!(
                "| {} | {} | {} | {} | {level} | {} |",
                cell(&skill.name),
                a.date,
                cell(name),
                opt(own),
                gap(own, Some(level))
            ));
        }
    }
    if rows.is_empty() {
        return;
    }
    out.push_str("### Self vs mentor over time\n\n");
    out.push_str(&table_head(&[
        Col::Left("Skill"),
        Col::Left("Date"),
        Col::Left("Mentor"),
        Col::Mid("You"),
        Col::Mid("Their rating"),
        Col::Mid("You − mentor"),
    ]));
    for row in rows {
        out.push_str(&row);
        out.push('\n');
    }
    out.push('\n');
}

/// One session's report to share: `None` when there is no review with that id.
pub fn review_markdown(
    pack: &Pack,
    progress: &Progress,
    id: u32,
    options: ExportOptions,
) -> Option<String> {
    let progress = &shareable(progress, options);
    let r = progress.reviews.iter().find(|r| r.id == id)?;
    let who = progress.profile.name.as_deref().unwrap_or("Mentor review");
    let mut out = format!("# {}: {}\n\n", inline(who), inline(&pack.title));
    session(&mut out, pack, progress, r, (2, ""));
    let previous = progress
        .reviews
        .iter()
        .filter(|p| !p.draft && (p.date, p.id) < (r.date, r.id))
        .map(|p| p.date)
        .max();
    let c = changes(pack, progress, previous, r.date);
    let since = previous.map_or("the start".to_string(), |d| d.to_string());
    let _ = writeln!(out, "## What changed since {since}\n\n{}\n", c.summary());
    for t in &c.ticked {
        let _ = writeln!(out, "- Ticked {}: {}", t.date, inline(&t.text));
    }
    for m in &c.ratings {
        let _ = writeln!(
            out,
            "- {} ({}): {} {} {}",
            inline(&m.name),
            inline(&m.rater.to_string()),
            opt(m.from),
            m.arrow(),
            m.to
        );
    }
    for m in &c.milestones_done {
        let _ = writeln!(out, "- Milestone done {}: {}", m.date, inline(&m.text));
    }
    for m in &c.milestones_slipped {
        let _ = writeln!(
            out,
            "- Milestone slipped (due {}): {}",
            m.date,
            inline(&m.text)
        );
    }
    for e in &c.evidence {
        let _ = writeln!(out, "- Evidence: {}", inline(&e.text));
    }
    for (date, first, _) in &c.journal {
        let _ = writeln!(out, "- Journal {date}: {}", inline(first));
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Some(out)
}
