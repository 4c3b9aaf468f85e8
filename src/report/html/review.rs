//! `review report --format html`: one session as a page for the mentor and the person to read
//! and print: the ratings side by side with their gaps, the outcomes, the action items, and
//! readiness over time with this review marked, from what may be shared.

use maud::{Markup, html};

use crate::content::Pack;
use crate::insight::{Insights, Journey, session_ratings};
use crate::progress::{Progress, Review};

use super::super::share::{ExportOptions, shareable};
use super::{charts, page};

/// The review `id` as a page; `None` when there is no such review.
pub fn review_html(
    pack: &Pack,
    progress: &Progress,
    id: u32,
    today: chrono::NaiveDate,
    options: ExportOptions,
) -> Option<String> {
    let progress = &shareable(progress, options);
    let r = progress.reviews.iter().find(|r| r.id == id)?;
    let who = progress.profile.name.as_deref().unwrap_or("Mentor review");
    let draft = if r.draft { " (in progress)" } else { "" };
    let title = format!("{who}: review {} with {}{draft}", r.date, r.mentor);
    let mut meta = format!(
        "Made by pivot on {today} from the pack \"{}\" {}.",
        pack.title, pack.version
    );
    if !r.amended.is_empty() {
        let days: Vec<String> = r.amended.iter().map(ToString::to_string).collect();
        meta.push_str(&format!(" Amended on {}.", days.join(", ")));
    }
    let insights = Insights::compute(pack, progress, today);
    let journey = Journey::compute(pack, progress, &insights.readiness, today);
    let body = html! {
        (standing(&journey, r))
        (ratings(pack, progress, r))
        (outcomes(r))
    };
    Some(page(&title, &meta, &body))
}

/// Readiness on the review's day and since the one before, and the chart with it marked.
fn standing(journey: &Journey, r: &Review) -> Markup {
    let then = journey.score_on(r.date);
    let before = journey
        .marks
        .iter()
        .filter(|m| m.kind == crate::insight::MarkKind::Review && m.date < r.date)
        .map(|m| m.date)
        .max();
    let earlier = before.and_then(|d| journey.score_on(d).map(|s| (d, s)));
    html! {
        section #standing {
            h2 { "Readiness" }
            @if let Some(score) = then {
                p {
                    "On the day of this review: " strong { (score) "/100" }
                    @if let Some((day, was)) = earlier {
                        " (" (format!("{:+}", i16::from(score) - i16::from(was))) " since the review of " (day) ")"
                    }
                    "."
                }
            }
            (charts::journey(journey))
        }
    }
}

fn ratings(pack: &Pack, progress: &Progress, r: &Review) -> Markup {
    let given = session_ratings(progress, r);
    let level = |v: Option<u8>| v.map_or("-".to_string(), |v| v.to_string());
    html! {
        section #ratings {
            h2 { "Ratings in this session" }
            @if given.is_empty() { p { "No ratings were given." } }
            @else {
                table {
                    thead { tr { th { "Skill" } th.n { "You" } th.n { "Mentor" } th.n { "You − mentor" } th { "Mentor's example" } } }
                    tbody {
                        @for line in &given {
                            tr {
                                td { (pack.skill(&line.skill).map_or(line.skill.as_str(), |s| s.name.as_str())) }
                                td.n { (level(line.own)) }
                                td.n { (line.mentor) }
                                td.n { (line.own.map_or("-".to_string(), |o| format!("{:+}", i16::from(o) - i16::from(line.mentor)))) }
                                td { (line.example.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn outcomes(r: &Review) -> Markup {
    let list = |title: &str, items: &[String]| {
        html! {
            @if !items.is_empty() { h3 { (title) } ul { @for i in items { li { (i) } } } }
        }
    };
    html! {
        section #outcomes {
            h2 { "Outcomes" }
            (list("Agenda", &r.agenda))
            @for (title, text) in [("Notes", &r.notes), ("Private notes", &r.private_notes)] {
                @if !text.trim().is_empty() {
                    h3 { (title) }
                    @for para in text.split("\n\n") { p { (para) } }
                }
            }
            (list("Strengths", &r.strengths))
            (list("Growth areas", &r.growth_areas))
            @if !r.actions.is_empty() {
                h3 { "Action items" }
                table {
                    thead { tr { th { "Action" } th { "Owner" } th { "Due" } th { "Status" } } }
                    tbody {
                        @for a in &r.actions {
                            tr {
                                td { (a.text) } td { (a.owner) }
                                td { (a.due.map_or("–".to_string(), |d| d.to_string())) }
                                td { (a.done.map_or("open".to_string(), |d| format!("done {d}"))) }
                            }
                        }
                    }
                }
            }
        }
    }
}
