//! The charts as SVG: readiness over time (the line, the ready line, reviews as circles and
//! finished milestones as diamonds, so shape tells them apart as well as colour) and every
//! skill's self, mentor and target levels at a glance (a dot, a square and a bar). Each chart
//! carries a title and a description that say what it shows in words.

use std::fmt::Write;

use maud::{Markup, html};

use crate::insight::{Journey, MarkKind, SkillStatus, plural};

const W: f64 = 600.0;
const H: f64 = 240.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 30.0;

fn days(from: chrono::NaiveDate, to: chrono::NaiveDate) -> f64 {
    f64::from(i32::try_from((to - from).num_days()).unwrap_or(i32::MAX))
}

/// Readiness over time, from the first point to today.
pub(super) fn journey(journey: &Journey) -> Markup {
    let (Some(first), Some(last)) = (journey.points.first(), journey.points.last()) else {
        return html! {};
    };
    let span = days(first.date, last.date).max(1.0);
    let x = |d: chrono::NaiveDate| LEFT + days(first.date, d) / span * (W - LEFT - RIGHT);
    let y = |score: u8| TOP + (100.0 - f64::from(score)) / 100.0 * (H - TOP - BOTTOM);
    let mut line = String::new();
    for p in &journey.points {
        let _ = write!(line, "{:.1},{:.1} ", x(p.date), y(p.score));
    }
    let ready = y(80);
    let base = y(0);
    let count = |kind: MarkKind| {
        let n = journey.marks.iter().filter(|m| m.kind == kind).count();
        i64::try_from(n).unwrap_or(i64::MAX)
    };
    let description = format!(
        "Readiness went from {} on {} to {} on {}; {} and {} are marked.",
        first.score,
        first.date,
        last.score,
        last.date,
        plural(count(MarkKind::Review), "review"),
        plural(count(MarkKind::Milestone), "finished milestone"),
    );
    html! {
        svg.journey viewBox={"0 0 " (W) " " (H)} role="img" aria-labelledby="journey-title journey-desc" {
            title #journey-title { "Readiness over time" }
            desc #journey-desc { (description) }
            line x1=(LEFT) y1=(base) x2=(W - RIGHT) y2=(base) stroke="#888" {}
            line x1=(LEFT) y1=(TOP) x2=(LEFT) y2=(base) stroke="#888" {}
            line.ready x1=(LEFT) y1=(ready) x2=(W - RIGHT) y2=(ready) stroke="#2e7d32" stroke-dasharray="6 4" {}
            text x=(W - RIGHT) y=(ready - 4.0) text-anchor="end" font-size="11" fill="#2e7d32" { "ready (80)" }
            @for (score, at) in [(0_u8, "0"), (50, "50"), (100, "100")] {
                text x=(LEFT - 6.0) y=(y(score) + 4.0) text-anchor="end" font-size="11" fill="#555" { (at) }
            }
            text x=(LEFT) y=(H - 8.0) font-size="11" fill="#555" { (first.date) }
            text x=(W - RIGHT) y=(H - 8.0) text-anchor="end" font-size="11" fill="#555" { (last.date) }
            polyline.line points=(line) fill="none" stroke="#1565c0" stroke-width="2.5" {}
            @for m in &journey.marks {
                @let (cx, cy) = (x(m.date), y(journey.score_on(m.date).unwrap_or(0)));
                @match m.kind {
                    MarkKind::Review => {
                        circle.review cx=(format!("{cx:.1}")) cy=(format!("{cy:.1}")) r="5" fill="#fff" stroke="#6a1b9a" stroke-width="2" {
                            title { "Review with " (m.label) " on " (m.date) }
                        }
                    }
                    MarkKind::Milestone => {
                        polygon.milestone points=(diamond(cx, cy)) fill="#ef6c00" {
                            title { "Milestone done on " (m.date) ": " (m.label) }
                        }
                    }
                }
            }
        }
        p.legend {
            (swatch_line()) " readiness · "
            (swatch_review()) " a review · "
            (swatch_milestone()) " a milestone done · the dashed line is ready (80)"
        }
    }
}

fn diamond(cx: f64, cy: f64) -> String {
    format!(
        "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
        cx,
        cy - 6.0,
        cx + 6.0,
        cy,
        cx,
        cy + 6.0,
        cx - 6.0,
        cy
    )
}

fn swatch_line() -> Markup {
    html! { svg viewBox="0 0 20 20" aria-hidden="true" { line x1="1" y1="10" x2="19" y2="10" stroke="#1565c0" stroke-width="3" {} } }
}

fn swatch_review() -> Markup {
    html! { svg viewBox="0 0 20 20" aria-hidden="true" { circle cx="10" cy="10" r="6" fill="#fff" stroke="#6a1b9a" stroke-width="2" {} } }
}

fn swatch_milestone() -> Markup {
    html! { svg viewBox="0 0 20 20" aria-hidden="true" { polygon points=(diamond(10.0, 10.0)) fill="#ef6c00" {} } }
}

/// Every skill's latest self and mentor levels against its target, one row each.
pub(super) fn skills(skills: &[SkillStatus]) -> Markup {
    const ROW: f64 = 22.0;
    const NAME: f64 = 200.0;
    let height = ROW * f64::from(u32::try_from(skills.len()).unwrap_or(0)) + 24.0;
    let level_x = |level: u8| NAME + f64::from(level) / 5.0 * (W - NAME - RIGHT);
    let top = |n: usize| 4.0 + ROW * f64::from(u32::try_from(n).unwrap_or(0));
    html! {
        svg.skills viewBox={"0 0 " (W) " " (height)} role="img" aria-labelledby="skills-title skills-desc" {
            title #skills-title { "Skills: self, mentor and target" }
            desc #skills-desc { "For each skill, the bar reaches its target level, the dot is your latest own rating and the square your mentor's, on a scale of 0 to 5." }
            @for level in 0..=5_u8 {
                line x1=(level_x(level)) y1="0" x2=(level_x(level)) y2=(height - 20.0) stroke="#eee" {}
                text x=(level_x(level)) y=(height - 6.0) text-anchor="middle" font-size="11" fill="#555" { (level) }
            }
            @for (n, s) in skills.iter().enumerate() {
                @let mid = top(n) + ROW / 2.0;
                text x="0" y=(mid + 4.0) font-size="12" fill="#1b1b1b" { (s.name) @if s.must_have { " *" } }
                rect.target x=(NAME) y=(mid - 4.0) width=(level_x(s.target) - NAME) height="8" fill="#c8e6c9" {}
                @if let Some(m) = &s.mentor_rating {
                    rect.mentor x=(level_x(m.level) - 5.0) y=(mid - 5.0) width="10" height="10" fill="#fff" stroke="#6a1b9a" stroke-width="2" {
                        title { (m.mentor) ": " (m.level) }
                    }
                }
                @if let Some(r) = &s.self_rating {
                    circle.own cx=(level_x(r.level)) cy=(mid) r="4" fill="#1565c0" {
                        title { "You: " (r.level) }
                    }
                }
            }
        }
        p.legend { "Bar: the target · dot: your rating · square: your mentor's · * a must-have skill" }
    }
}
