//! `export --format html`: the progress report as a page, from the data that may be shared
//! (private entries are left out before anything is derived, as in the Markdown).

use maud::{Markup, html};

use crate::content::Pack;
use crate::insight::{Insights, Journey};
use crate::progress::Progress;

use super::super::share::{ExportOptions, shareable};
use super::{charts, page};

/// The report as one self-contained HTML page.
pub fn export_html(
    pack: &Pack,
    progress: &Progress,
    insights: &Insights,
    options: ExportOptions,
) -> String {
    let progress = &shareable(progress, options);
    let who = progress
        .profile
        .name
        .as_deref()
        .unwrap_or("Progress report");
    let title = format!("{who}: {}", pack.title);
    let meta = format!(
        "Made by pivot on {} from the pack \"{}\" {}.",
        insights.today, pack.title, pack.version
    );
    let journey = Journey::compute(pack, progress, &insights.readiness, insights.today);
    let body = html! {
        (profile(pack, progress))
        (readiness(insights, &journey))
        (skills(insights))
        (path(insights))
        (milestones(insights))
        (evidence(progress))
        (journal(progress))
    };
    page(&title, &meta, &body)
}

fn profile(pack: &Pack, progress: &Progress) -> Markup {
    let p = &progress.profile;
    html! {
        p {
            strong { "Move: " }
            (p.current_role.as_deref().unwrap_or(&pack.from_role)) " → "
            (p.target_role.as_deref().unwrap_or(&pack.to_role))
            @if let Some(start) = p.start_date { " · started " (start) }
            @if let Some(target) = p.target_date { " · aiming for " (target) }
        }
    }
}

fn readiness(insights: &Insights, journey: &Journey) -> Markup {
    let r = &insights.readiness;
    let points = r.part_points();
    let now = r.score;
    let moved = journey.points.first().filter(|p| p.date < insights.today);
    html! {
        section #readiness {
            h2 { "Readiness" }
            p { span.score { (now) "/100" } " · " (r.verdict()) }
            @if let Some(first) = moved {
                p { "Since the start (" (first.date) "): " (format!("{:+}", i16::from(now) - i16::from(first.score))) " points (from " (first.score) ")." }
            }
            (charts::journey(journey))
            table {
                thead { tr { th { "Part" } th.n { "Points" } th { "What counts" } } }
                tbody {
                    @for (c, p) in r.components.iter().zip(&points) {
                        tr { td { (c.name) } td.n { (p) "/" (c.weight) } td { (c.detail) } }
                    }
                }
            }
            @if !r.blocking.is_empty() {
                h3 { "What holds it back" }
                ul { @for b in &r.blocking { li { (b) } } }
            }
        }
    }
}

fn skills(insights: &Insights) -> Markup {
    let level = |v: Option<u8>| v.map_or("-".to_string(), |v| v.to_string());
    html! {
        section #skills {
            h2 { "Skills" }
            (charts::skills(&insights.skills))
            table {
                thead { tr { th { "Skill" } th.n { "Self" } th.n { "Mentor" } th.n { "Target" } } }
                tbody {
                    @for s in &insights.skills {
                        tr {
                            td { (s.name) @if s.must_have { " *" } }
                            td.n { (level(s.self_rating.as_ref().map(|r| r.level))) }
                            td.n { (level(s.mentor_rating.as_ref().map(|m| m.level))) }
                            td.n { (s.target) }
                        }
                    }
                }
            }
        }
    }
}

fn path(insights: &Insights) -> Markup {
    html! {
        section #path {
            h2 { "Path" }
            table {
                thead { tr { th { "Step" } th.n { "Done" } th { "Still needed" } } }
                tbody {
                    @for s in &insights.steps {
                        tr {
                            td { (s.title) }
                            td.n { (s.done) "/" (s.total) }
                            td { @if s.complete() { "complete" } @else { (s.exit_missing.join("; ")) } }
                        }
                    }
                }
            }
        }
    }
}

fn milestones(insights: &Insights) -> Markup {
    html! {
        section #milestones {
            h2 { "Milestones" }
            @if insights.milestones.is_empty() { p { "None set yet." } }
            ul { @for m in &insights.milestones { li { (m.title) " · due " (m.due) " · " (m.describe()) } } }
        }
    }
}

fn evidence(progress: &Progress) -> Markup {
    let mut pieces: Vec<_> = progress.evidence.iter().collect();
    pieces.sort_by_key(|e| std::cmp::Reverse(e.date));
    html! {
        section #evidence {
            h2 { "Evidence" }
            @if pieces.is_empty() { p { "None recorded yet." } }
            ul {
                @for e in pieces {
                    li {
                        @match e.link.as_deref().filter(|l| l.starts_with("https://") || l.starts_with("http://")) {
                            Some(link) => a href=(link) { (e.title) },
                            None => (e.title),
                        }
                        " · " (e.kind) " · " (e.date)
                        @if let Some(result) = &e.story.result { br; "Result: " (result) }
                    }
                }
            }
        }
    }
}

fn journal(progress: &Progress) -> Markup {
    html! {
        section #journal {
            h2 { "Journal" }
            @if progress.journal.is_empty() { p { "No entries shared." } }
            @for j in progress.journal.iter().rev() {
                article { h3 { (j.date) } @for para in j.text.split("\n\n") { p { (para) } } }
            }
        }
    }
}
