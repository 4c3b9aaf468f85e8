//! Plain-text views for the terminal (no colour, so they pipe and diff cleanly). The mentor
//! review views are in `review.rs`.

mod packet;
mod review;

pub use packet::packet;
pub use review::{actions, agenda, changes, reviews};

use crate::printable::one_line;
use std::fmt::Write;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::insight::{Insights, MilestoneState, READY_AT};
use crate::progress::{Profile, Progress};

pub fn pack(pack: &Pack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} {})\n", pack.title, pack.id, pack.version);
    let _ = writeln!(out, "{}\n", pack.summary);
    if !pack.changes.is_empty() {
        let _ = writeln!(out, "New in {}", pack.version);
        for change in &pack.changes {
            let _ = writeln!(out, "  - {change}");
        }
        out.push('\n');
    }
    out.push_str("Levels\n");
    for l in &pack.levels {
        let _ = writeln!(out, "  {} {:<12} {}", l.level, l.name, l.summary);
    }
    out.push_str("\nSteps\n");
    for (n, step) in pack.steps.iter().enumerate() {
        let _ = writeln!(out, "  {}. {} ({})", n + 1, step.title, step.id);
        let _ = writeln!(out, "     {}", step.goal);
        for item in &step.items {
            let _ = writeln!(out, "     - {:<24} {}", item.id, item.text);
        }
        let _ = writeln!(out, "     Done when: {}", step.exit.summary);
    }
    out.push_str("\nSkills (target level for a new PM; * must-have)\n");
    for s in &pack.skills {
        let must = if s.must_have { "*" } else { " " };
        let _ = writeln!(out, "  {must} {:<28} {:<30} {}", s.id, s.name, s.target);
    }
    out
}

pub fn profile(pack: &Pack, profile: &Profile, today: NaiveDate) -> String {
    let or_unset = |v: &Option<String>| {
        v.as_deref()
            .map_or("(not set)".into(), |v| one_line(v).into_owned())
    };
    let mut out = String::new();
    let _ = writeln!(out, "Name:         {}", or_unset(&profile.name));
    let _ = writeln!(
        out,
        "Current role: {}",
        one_line(profile.current_role.as_deref().unwrap_or(&pack.from_role))
    );
    let _ = writeln!(
        out,
        "Target role:  {}",
        one_line(profile.target_role.as_deref().unwrap_or(&pack.to_role))
    );
    let _ = writeln!(
        out,
        "Started:      {}",
        profile
            .start_date
            .map_or("(not set)".into(), |d| d.to_string())
    );
    let _ = writeln!(
        out,
        "Target date:  {}",
        profile.target_date.map_or("(not set)".into(), |d| {
            format!("{d} ({})", days_left(d, today))
        })
    );
    out
}

fn days_left(date: NaiveDate, today: NaiveDate) -> String {
    let days = (date - today).num_days();
    match days {
        0 => "today".into(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("{d} days left"),
    }
}

fn bar(fraction: f64, width: u16) -> String {
    let lit = fraction.clamp(0.0, 1.0) * f64::from(width);
    // A cell is filled once `lit` reaches its middle, which rounds `lit` without a cast.
    (0..width)
        .map(|n| {
            if f64::from(n) + 0.5 <= lit {
                '█'
            } else {
                '░'
            }
        })
        .collect()
}

fn or_dash(v: Option<u8>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

/// Where the person stands. `plain` spells out what bars and marks show (a screen reader reads
/// `░` as "light shade").
pub fn status(pack: &Pack, progress: &Progress, insights: &Insights, plain: bool) -> String {
    let mut out = String::new();
    let p = &progress.profile;
    let who = p.name.as_deref().unwrap_or("You");
    let from = p.current_role.as_deref().unwrap_or(&pack.from_role);
    let to = p.target_role.as_deref().unwrap_or(&pack.to_role);
    let by = p
        .target_date
        .map(|d| format!(" by {d} ({})", days_left(d, insights.today)))
        .unwrap_or_default();
    let (who, from, to) = (one_line(who), one_line(from), one_line(to));
    let _ = writeln!(out, "{who}: {from} → {to}{by}\n");
    conflicts_into(&mut out, progress);
    let movement = crate::insight::movement(pack, progress, insights.today);
    readiness(&mut out, insights, movement);
    steps(&mut out, insights, plain);
    skills(&mut out, insights, plain);
    milestone_summary(&mut out, insights);
    let _ = writeln!(
        out,
        "\nNext best action: {}",
        one_line(&insights.next.sentence())
    );
    if !insights.agenda.items.is_empty() {
        let _ = writeln!(
            out,
            "Next review: {} agenda items (pivot review agenda)",
            insights.agenda.items.len()
        );
    }
    out
}

/// Values two copies changed differently when they were merged: the kept one is in the data.
pub fn conflicts(progress: &Progress) -> String {
    let mut out = String::new();
    conflicts_into(&mut out, progress);
    out
}

fn conflicts_into(out: &mut String, progress: &Progress) {
    if progress.conflicts.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "Changed on both sides when copies were merged ({}); this copy's value was kept:",
        progress.conflicts.len()
    );
    for c in &progress.conflicts {
        let _ = writeln!(
            out,
            "  - {}: kept {}, the other was {}",
            one_line(&c.path),
            one_line(&c.kept.to_string()),
            one_line(&c.other.to_string())
        );
    }
    out.push_str("(`pivot conflicts --clear` once you have looked at them)\n\n");
}

/// "Since the review of 2026-10-01: +14 (from 32)", and since the start.
fn moved(out: &mut String, now: u8, movement: crate::insight::Movement) {
    let parts: Vec<String> = movement
        .changes(now)
        .into_iter()
        .map(|(since, change, then)| format!("since {since}: {change:+} (from {then})"))
        .collect();
    if !parts.is_empty() {
        let mut text = parts.join("; ");
        if let Some(first) = text.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let _ = writeln!(out, "  {text}");
    }
}

fn readiness(out: &mut String, insights: &Insights, movement: crate::insight::Movement) {
    let r = &insights.readiness;
    let verdict = r.verdict();
    let _ = writeln!(out, "Readiness {}/100 ({verdict})", r.score);
    for (c, points) in r.components.iter().zip(r.part_points()) {
        let _ = writeln!(
            out,
            "  {:<11} {points:>2}/{:<3.0} {}",
            c.name, c.weight, c.detail
        );
    }
    if r.capped {
        let _ = writeln!(
            out,
            "  Held below {READY_AT} until every must-have skill reaches its target."
        );
    }
    moved(out, r.score, movement);
    if !r.blocking.is_empty() {
        out.push_str("\nWhat blocks readiness\n");
        for b in &r.blocking {
            let _ = writeln!(out, "  - {}", one_line(b));
        }
    }
}

fn steps(out: &mut String, insights: &Insights, plain: bool) {
    out.push_str("\nSteps\n");
    for (n, s) in insights.steps.iter().enumerate() {
        let mark = if s.complete() { "  complete" } else { "" };
        let done = if plain {
            format!("{} of {} items", s.done, s.total)
        } else {
            format!("{} {}/{}", bar(s.fraction(), 10), s.done, s.total)
        };
        let _ = writeln!(out, "  {}. {:<20} {done}{mark}", n + 1, s.title);
    }
}

fn skills(out: &mut String, insights: &Insights, plain: bool) {
    out.push_str("\nSkills                          self mentor target gap trend evidence\n");
    for s in &insights.skills {
        let must = if s.must_have { "*" } else { " " };
        let _ = writeln!(
            out,
            " {must}{:<30} {:>4} {:>6} {:>6} {:>3} {:>5} {} {}",
            s.name,
            or_dash(s.self_rating.as_ref().map(|r| r.level)),
            or_dash(s.mentor_rating.as_ref().map(|r| r.level)),
            s.target,
            or_dash(s.gap()),
            if plain {
                s.trend.word()
            } else {
                s.trend.arrow()
            },
            if plain {
                ""
            } else {
                s.coverage.backing().mark()
            },
            s.coverage.backing().word()
        );
    }
    out.push_str(if plain {
        "  * must-have   evidence: fresh, weighted by kind\n"
    } else {
        "  * must-have   evidence: ○ none  ◔ thin  ◑ backed  ● strong (fresh, weighted by kind)\n"
    });
}

/// The counts, then every open milestone by due date, marked like the Milestones screen.
fn milestone_summary(out: &mut String, insights: &Insights) {
    let c = insights.milestone_counts;
    let _ = writeln!(
        out,
        "\nMilestones: {} open ({} overdue, {} due soon), {} done",
        c.open, c.overdue, c.due_soon, c.done
    );
    for m in insights.milestones.iter().filter(|m| m.is_open()) {
        let mark = match m.state {
            MilestoneState::Overdue(_) => "!",
            MilestoneState::DueSoon(_) => "◷",
            _ => " ",
        };
        let _ = writeln!(
            out,
            "  {mark} {} {} ({})",
            m.due,
            one_line(&m.title),
            m.describe()
        );
    }
}

pub fn milestones(pack: &Pack, insights: &Insights) -> String {
    if insights.milestones.is_empty() {
        return "No milestones yet. Add one: pivot milestone add \"TITLE\" --due YYYY-MM-DD\n"
            .into();
    }
    let mut out = String::new();
    for m in &insights.milestones {
        let step = m
            .step
            .as_deref()
            .map(|id| format!("  [{}]", pack.step(id).map_or(id, |s| s.title.as_str())))
            .unwrap_or_default();
        let serves = m
            .item
            .as_deref()
            .map(|key| format!(", serves {key}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>3}  {}  {}{step}  ({}{serves})",
            m.id,
            m.due,
            one_line(&m.title),
            m.describe()
        );
    }
    out
}

pub fn journal(progress: &Progress) -> String {
    if progress.journal.is_empty() {
        return "No journal entries yet. Add one: pivot journal add \"TEXT\"\n".into();
    }
    let mut out = String::new();
    for j in progress.journal.iter().rev() {
        let private = if j.private { "  (private)" } else { "" };
        let _ = writeln!(
            out,
            "{:>3}  {}{private}\n     {}\n",
            j.id,
            j.date,
            j.text.replace('\r', "\\r").replace('\n', "\n     ")
        );
    }
    out
}
