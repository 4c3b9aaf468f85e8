//! `showcase --format html`: the portfolio as a page, with the same parts and rules as the
//! Markdown: each competency's strongest presentable evidence with its story, the metrics
//! achieved, what was reached, and (unless it is to share) the skills with nothing to show yet.
//! Like the Markdown it shows the work, never the ratings or the gaps, so it has no skills chart.

use maud::{Markup, html};

use crate::content::Pack;
use crate::insight::{Insights, MilestoneState};
use crate::progress::{Evidence, EvidenceKind, Progress};

use super::super::showcase::{pieces, pieces_of, presentable, shown, whose};
use super::page;

/// The portfolio as one self-contained HTML page.
pub fn showcase_html(pack: &Pack, progress: &Progress, insights: &Insights, share: bool) -> String {
    let (who, possessive, role) = whose(pack, progress);
    let title = format!("{who}{possessive} {role} portfolio");
    let count = pieces_of(progress);
    let meta = format!(
        "Made by pivot on {} from {count} of evidence.",
        insights.today
    );
    let body = html! {
        (competencies(progress, insights))
        (metrics(progress))
        (reached(pack, insights))
        @if !share { (not_yet(progress, insights)) }
    };
    page(&title, &meta, &body)
}

fn story(e: &Evidence) -> Markup {
    html! {
        @if !e.story.is_empty() {
            dl { @for (label, text) in e.story.parts() { dt { (label) } dd { (text) } } }
        }
    }
}

fn piece(e: &Evidence) -> Markup {
    html! {
        @match e.link.as_deref().filter(|l| l.starts_with("https://") || l.starts_with("http://")) {
            Some(link) => a href=(link) { (e.title) },
            None => (e.title),
        }
        " · " (e.kind) " · " (e.date)
    }
}

fn competencies(progress: &Progress, insights: &Insights) -> Markup {
    let mut told = std::collections::HashSet::new();
    html! {
        section #competencies {
            h2 { "Competencies" }
            @for s in &insights.skills {
                @let pieces = shown(progress, s);
                @if !pieces.is_empty() {
                    h3 { (s.name) }
                    @for e in pieces {
                        @if told.insert(e.id) {
                            h4 { (piece(e)) }
                            (story(e))
                        } @else {
                            p { (e.title) " (told above)" }
                        }
                    }
                }
            }
        }
    }
}

fn metrics(progress: &Progress) -> Markup {
    let mut metrics: Vec<&Evidence> = progress
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Metric)
        .collect();
    metrics.sort_by_key(|e| std::cmp::Reverse(e.date));
    html! {
        section #metrics {
            h2 { "Metrics achieved" }
            @if metrics.is_empty() { p { "None recorded yet." } }
            ul { @for e in metrics { li { (piece(e)) @if let Some(r) = &e.story.result { ": " (r) } } } }
        }
    }
}

fn reached(pack: &Pack, insights: &Insights) -> Markup {
    let steps: Vec<_> = pack
        .steps
        .iter()
        .zip(&insights.steps)
        .filter(|(_, sp)| sp.complete())
        .collect();
    let done: Vec<_> = insights
        .milestones
        .iter()
        .filter_map(|m| match m.state {
            MilestoneState::Done(date) => Some((m, date)),
            _ => None,
        })
        .collect();
    html! {
        section #reached {
            h2 { "Milestones reached" }
            @if steps.is_empty() && done.is_empty() { p { "None yet." } }
            ul {
                @for (step, sp) in &steps { li { "Completed the step " strong { (step.title) } " (" (sp.done) "/" (sp.total) " items)" } }
                @for (m, date) in &done { li { (m.title) " (" (date) ")" } }
            }
        }
    }
}

fn not_yet(progress: &Progress, insights: &Insights) -> Markup {
    let bare: Vec<_> = insights
        .skills
        .iter()
        .filter(|s| !pieces(progress, s).into_iter().any(presentable))
        .collect();
    html! {
        @if !bare.is_empty() {
            section #not-yet {
                h2 { "Not yet shown" }
                p { em { "For you, not for the reader: " code { "pivot showcase --share" } " leaves this part out." } " These skills have no presentable evidence yet:" }
                ul { @for s in bare { li { (s.name) @if s.must_have { " (must-have)" } } } }
            }
        }
    }
}
