use super::milestones::MilestoneState;
use super::{MilestoneView, SkillStatus, StepProgress};

/// A score at or above this reads as ready to apply for PM roles.
pub const READY_AT: u8 = 80;

/// Weights of the three parts of the score; they add up to 100.
const CHECKLIST_WEIGHT: f64 = 40.0;
const SKILLS_WEIGHT: f64 = 45.0;
const MILESTONES_WEIGHT: f64 = 15.0;

/// One part of the score, shown so a person can see where the points come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Component {
    pub name: &'static str,
    pub weight: f64,
    /// 0.0–1.0 of this part achieved.
    pub fraction: f64,
    pub detail: String,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.score >= READY_AT
    }

    /// "ready" or "not ready yet".
    pub fn verdict(&self) -> &'static str {
        if self.is_ready() {
            "ready"
        } else {
            "not ready yet"
        }
    }
}

impl Component {
    pub fn points(&self) -> f64 {
        self.weight * self.fraction
    }
}

/// An explainable 0–100 readiness score and what holds it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    pub score: u8,
    pub components: Vec<Component>,
    /// Set when a must-have skill below target holds the score under `READY_AT`.
    pub capped: bool,
    /// What blocks readiness, most important first, as sentences a person can act on.
    pub blocking: Vec<String>,
}

/// Checklist progress, skill levels against targets (with must-have floors) and milestones, in one
/// score that explains itself.
pub fn readiness(
    steps: &[StepProgress],
    skills: &[SkillStatus],
    milestones: &[MilestoneView],
) -> Readiness {
    let done: usize = steps.iter().map(|s| s.done).sum();
    let total: usize = steps.iter().map(|s| s.total).sum();
    let checklist = Component {
        name: "Checklist",
        weight: CHECKLIST_WEIGHT,
        fraction: ratio(done, total),
        detail: format!("{done} of {total} items done"),
    };

    let at_target = skills.iter().filter(|s| !s.below_target()).count();
    let skill_fraction = if skills.is_empty() {
        0.0
    } else {
        skills.iter().map(SkillStatus::fraction).sum::<f64>() / skills.len() as f64
    };
    let skills_part = Component {
        name: "Skills",
        weight: SKILLS_WEIGHT,
        fraction: skill_fraction,
        detail: format!("{at_target} of {} skills at target", skills.len()),
    };

    let ms_done = milestones.iter().filter(|m| !m.is_open()).count();
    let milestones_part = Component {
        name: "Milestones",
        weight: MILESTONES_WEIGHT,
        fraction: ratio(ms_done, milestones.len()),
        detail: format!("{ms_done} of {} milestones done", milestones.len()),
    };

    let mut blocking = Vec::new();
    let mut must_gaps: Vec<&SkillStatus> = skills
        .iter()
        .filter(|s| s.must_have && s.below_target())
        .collect();
    must_gaps.sort_by_key(|s| std::cmp::Reverse(s.gap().unwrap_or(s.target)));
    for s in &must_gaps {
        blocking.push(match s.level() {
            Some(level) => format!("{} is at {level}, a new PM needs {}", s.name, s.target),
            None => format!("{} is not rated yet, a new PM needs {}", s.name, s.target),
        });
    }
    for s in skills.iter().filter(|s| s.must_have && s.unbacked()) {
        let level = s.level().unwrap_or(0);
        let c = &s.coverage;
        blocking.push(if c.fresh == 0 && c.stale > 0 {
            format!(
                "{} is rated {level} but its evidence has gone stale",
                s.name
            )
        } else if c.fresh == 0 {
            format!("{} is rated {level} but no evidence backs it", s.name)
        } else {
            format!("{} is rated {level} but its evidence is thin", s.name)
        });
    }
    for m in milestones {
        if let MilestoneState::Overdue(days) = m.state {
            blocking.push(format!(
                "Milestone \"{}\" is {} overdue",
                m.title,
                super::milestones::plural(days, "day")
            ));
        }
    }
    if milestones.is_empty() {
        blocking.push("No milestones yet: set one with a date to aim for".into());
    }
    if let Some(step) = steps.iter().find(|s| !s.complete()) {
        blocking.push(format!(
            "{} is not complete: {}",
            step.title,
            step.exit_missing.join("; ")
        ));
    }

    let components = vec![checklist, skills_part, milestones_part];
    let raw = components
        .iter()
        .map(Component::points)
        .sum::<f64>()
        .round();
    let raw = raw.clamp(0.0, 100.0) as u8;
    let capped = !must_gaps.is_empty() && raw >= READY_AT;
    let score = if capped { READY_AT - 1 } else { raw };
    Readiness {
        score,
        components,
        capped,
        blocking,
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
