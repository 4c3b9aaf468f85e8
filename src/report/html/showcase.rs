//! `showcase --format html`: the portfolio as a page, with the same parts and rules as the
//! Markdown: each competency's strongest presentable evidence with its story, the metrics
//! achieved, what was reached, and (unless it is to share) the skills with nothing to show yet.
//! Like the Markdown it shows the work, never the ratings or the gaps, so it has no skills chart.

use maud::{Markup, html};

use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::{Evidence, Progress};

use super::super::showcase::{metrics_of, not_shown, pieces_of, reached_of, shown, whose};
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
    let metrics = metrics_of(progress);
    html! {
        section #metrics {
            h2 { "Metrics achieved" }
            @if metrics.is_empty() { p { "None recorded yet." } }
            ul { @for e in metrics { li { (piece(e)) @if let Some(r) = &e.story.result { ": " (r) } } } }
        }
    }
}

fn reached(pack: &Pack, insights: &Insights) -> Markup {
    let reached = reached_of(pack, insights);
    html! {
        section #reached {
            h2 { "Milestones reached" }
            @if reached.is_empty() { p { "None yet." } }
            ul {
                @for (step, sp) in &reached.steps { li { "Completed the step " strong { (step.title) } " (" (sp.done) "/" (sp.total) " items)" } }
                @for (title, date) in &reached.milestones { li { (title) " (" (date) ")" } }
            }
        }
    }
}

fn not_yet(progress: &Progress, insights: &Insights) -> Markup {
    let bare = not_shown(progress, insights);
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
