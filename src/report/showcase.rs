//! The showcase: a portfolio grouped by PM competency, and interview practice built on the
//! person's own stories.

use std::collections::HashSet;
use std::fmt::Write;

use chrono::NaiveDate;

use crate::content::{Pack, Step};
use crate::insight::{Insights, MilestoneState, SkillStatus, StepProgress, plural};
use crate::progress::{Evidence, EvidenceKind, Progress};

use super::markup::{block, evidence_line, heading, inline};

/// Pieces shown per competency in the showcase.
const PER_SKILL: usize = 3;

/// Something to show someone else: anything but a bare self-report (a self-report with a
/// result in its story will do).
pub fn presentable(e: &Evidence) -> bool {
    e.kind != EvidenceKind::SelfReport || e.story.result.is_some()
}

/// What the portfolio shows of a skill: its strongest presentable pieces.
pub fn shown<'a>(progress: &'a Progress, skill: &SkillStatus) -> Vec<&'a Evidence> {
    pieces(progress, skill)
        .into_iter()
        .filter(|e| presentable(e))
        .take(PER_SKILL)
        .collect()
}

/// The fresh pieces backing a skill, strongest first.
pub(super) fn pieces<'a>(progress: &'a Progress, skill: &SkillStatus) -> Vec<&'a Evidence> {
    skill
        .coverage
        .pieces
        .iter()
        .filter_map(|(id, _)| progress.evidence_piece(*id))
        .collect()
}

fn star(out: &mut String, e: &Evidence) {
    for (label, text) in e.story.parts() {
        let _ = writeln!(out, "- **{label}:** {}", block(text, 2));
    }
}

/// Whose portfolio it is, for its title: the name ("My" without one), its possessive, the role.
pub(super) fn whose<'a>(
    pack: &'a Pack,
    progress: &'a Progress,
) -> (&'a str, &'static str, &'a str) {
    let who = progress.profile.name.as_deref().unwrap_or("My");
    let possessive = if progress.profile.name.is_some() {
        "'s"
    } else {
        ""
    };
    let role = progress
        .profile
        .target_role
        .as_deref()
        .unwrap_or(&pack.to_role);
    (who, possessive, role)
}

/// "1 piece", "4 pieces": how much evidence the portfolio is built from.
pub(super) fn pieces_of(progress: &Progress) -> String {
    plural(
        i64::try_from(progress.evidence.len()).unwrap_or(i64::MAX),
        "piece",
    )
}

/// The metrics achieved, newest first.
pub(super) fn metrics_of(progress: &Progress) -> Vec<&Evidence> {
    let mut metrics: Vec<&Evidence> = progress
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Metric)
        .collect();
    metrics.sort_by_key(|e| std::cmp::Reverse(e.date));
    metrics
}

/// What was reached: the steps completed (with their progress), and the milestones done (their
/// title and day).
pub(super) struct Reached<'a> {
    pub steps: Vec<(&'a Step, &'a StepProgress)>,
    pub milestones: Vec<(&'a str, NaiveDate)>,
}

impl Reached<'_> {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty() && self.milestones.is_empty()
    }
}

/// What was reached, by the pack's order and the milestones'.
pub(super) fn reached_of<'a>(pack: &'a Pack, insights: &'a Insights) -> Reached<'a> {
    let steps = pack
        .steps
        .iter()
        .zip(&insights.steps)
        .filter(|(_, sp)| sp.complete())
        .collect();
    let done = insights
        .milestones
        .iter()
        .filter_map(|m| match m.state {
            MilestoneState::Done(date) => Some((m.title.as_str(), date)),
            _ => None,
        })
        .collect();
    Reached {
        steps,
        milestones: done,
    }
}

/// The skills with no presentable evidence yet.
pub(super) fn not_shown<'a>(progress: &Progress, insights: &'a Insights) -> Vec<&'a SkillStatus> {
    insights
        .skills
        .iter()
        .filter(|s| !pieces(progress, s).into_iter().any(presentable))
        .collect()
}

/// A Markdown portfolio: the strongest evidence per skill with its story, the metrics achieved,
/// the milestones reached, and (unless it is to `share`) the skills with nothing to show yet.
pub fn showcase(pack: &Pack, progress: &Progress, insights: &Insights, share: bool) -> String {
    let mut out = String::new();
    let (who, possessive, role) = whose(pack, progress);
    let _ = writeln!(
        out,
        "# {}{possessive} {} portfolio\n",
        inline(who),
        inline(role)
    );
    let pieces = pieces_of(progress);
    let _ = writeln!(
        out,
        "*Built by pivot on {} from {pieces} of evidence.*\n",
        insights.today,
    );
    competencies(&mut out, progress, insights, share);
    metrics(&mut out, progress);
    reached(&mut out, pack, insights);
    if !share {
        not_yet_shown(&mut out, progress, insights);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Per skill, its strongest presentable pieces with their stories.
fn competencies(out: &mut String, progress: &Progress, insights: &Insights, share: bool) {
    out.push_str("## Competencies\n\n");
    let before = out.len();
    // A story is told in full once; where it backs another competency it is named.
    let mut told: HashSet<u32> = HashSet::new();
    for s in &insights.skills {
        let shown = shown(progress, s);
        // A portfolio shows the work, not the self-assessment or the gaps: competencies
        // without presentable evidence are listed for the person only, at the end.
        if shown.is_empty() {
            continue;
        }
        out.push_str(&heading(3, &inline(&s.name)));
        for e in shown {
            if !told.insert(e.id) {
                let _ = writeln!(out, "- {} (told above)\n", inline(&e.title));
                continue;
            }
            out.push_str(&heading(4, &evidence_line(e)));
            if !e.story.is_empty() {
                star(out, e);
                out.push('\n');
            }
        }
    }
    // A section is never an empty heading: the reader is told, the person told how.
    if out.len() == before {
        out.push_str(if share {
            "None recorded yet.\n\n"
        } else {
            "None yet: evidence shows here once it names a skill it backs \
             (`pivot evidence add \"What you did\" --skill SKILL`, or `s` on the Evidence screen).\n\n"
        });
    }
}

fn metrics(out: &mut String, progress: &Progress) {
    out.push_str("## Metrics achieved\n\n");
    let metrics = metrics_of(progress);
    if metrics.is_empty() {
        out.push_str("None recorded yet.\n\n");
        return;
    }
    for e in metrics {
        let result = e
            .story
            .result
            .as_deref()
            .map(|r| format!(": {}", inline(r)))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{result}", evidence_line(e));
    }
    out.push('\n');
}

/// Steps completed and milestones done.
fn reached(out: &mut String, pack: &Pack, insights: &Insights) {
    out.push_str("## Milestones reached\n\n");
    let reached = reached_of(pack, insights);
    for (step, sp) in &reached.steps {
        let _ = writeln!(
            out,
            "- Completed the step **{}** ({}/{} items)",
            inline(&step.title),
            sp.done,
            sp.total
        );
    }
    for (title, date) in &reached.milestones {
        let _ = writeln!(out, "- {} ({date})", inline(title));
    }
    if reached.is_empty() {
        out.push_str("None yet.\n");
    }
    out.push('\n');
}

/// The skills with no presentable evidence, for the person to fill in before sharing.
fn not_yet_shown(out: &mut String, progress: &Progress, insights: &Insights) {
    let bare = not_shown(progress, insights);
    if bare.is_empty() {
        return;
    }
    out.push_str("## Not yet shown\n\n");
    out.push_str(
        "*For you, not for the reader: `pivot showcase --share` leaves this part out.* \
         These skills have no presentable evidence yet:\n\n",
    );
    for s in bare {
        let _ = writeln!(
            out,
            "- {}{}",
            inline(&s.name),
            if s.must_have { " (must-have)" } else { "" }
        );
    }
    out.push('\n');
}
