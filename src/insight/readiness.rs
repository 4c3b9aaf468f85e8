use super::milestones::{MilestoneState, MilestoneView, plural};
use super::skills::SkillStatus;
use super::steps::StepProgress;

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
    /// The detail where room is short: "8/35 items", "7/13 at target", "1/4 done".
    pub short: String,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.score >= READY_AT
    }

    /// Each part's points as whole numbers that add up to the (uncapped) score: rounded by
    /// largest remainder, so the parts shown never sum to a score that is not shown.
    pub fn part_points(&self) -> Vec<u32> {
        part_points(&self.components)
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

/// Each part's points as whole numbers adding up to the (uncapped) score (see
/// [`Readiness::part_points`]).
pub(super) fn part_points(components: &[Component]) -> Vec<u32> {
    let exact: Vec<f64> = components.iter().map(Component::points).collect();
    let total = u32::from(whole_score(exact.iter().sum()));
    let mut parts: Vec<u32> = exact.iter().map(|p| whole(p.floor())).collect();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    let short = total.saturating_sub(parts.iter().sum());
    for &i in order
        .iter()
        .cycle()
        .take(usize::try_from(short).unwrap_or(0))
    {
        parts[i] += 1;
    }
    parts
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
    /// The same, as data a script can read: one per sentence, in the same order.
    pub blockers: Vec<Blocker>,
}

/// One thing that blocks readiness: what it is about, and the sentence that says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    pub kind: BlockerKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockerKind {
    /// A must-have skill below its target (`level` is `None` when not rated).
    BelowTarget {
        skill: String,
        level: Option<u8>,
        target: u8,
    },
    /// A must-have skill whose level no fresh evidence backs.
    Unbacked {
        skill: String,
        level: u8,
    },
    MilestoneOverdue {
        milestone: u32,
        days: i64,
    },
    NoMilestones,
    /// The first step not complete, and what it still needs.
    StepIncomplete {
        step: String,
        missing: Vec<String>,
    },
}

/// Checklist progress, skill levels against targets (with must-have floors) and milestones, in one
/// score that explains itself.
pub fn readiness(
    steps: &[StepProgress],
    skills: &[SkillStatus],
    milestones: &[MilestoneView],
) -> Readiness {
    let items = (
        steps.iter().map(|s| s.done).sum(),
        steps.iter().map(|s| s.total).sum(),
    );
    let finished = (
        milestones.iter().filter(|m| !m.is_open()).count(),
        milestones.len(),
    );
    let components = components(items, skills, finished);
    let (score, capped) = score_of(&components, skills);
    let must_gaps = must_have_gaps(skills);
    let mut blockers = skill_blockers(skills, &must_gaps);
    blockers.extend(plan_blockers(steps, milestones));
    let blocking = blockers.iter().map(|b| b.text.clone()).collect();
    Readiness {
        score,
        components,
        capped,
        blocking,
        blockers,
    }
}

/// The three parts of the score, from the items done (of all), the skills, and the milestones
/// done (of all): the arithmetic the dashboard and the journey's past days share.
pub(super) fn components(
    items: (usize, usize),
    skills: &[SkillStatus],
    milestones: (usize, usize),
) -> Vec<Component> {
    vec![
        checklist_part(items),
        skills_part(skills),
        milestones_part(milestones),
    ]
}

/// The score the parts make, and whether a must-have skill below target holds it under
/// [`READY_AT`].
pub(super) fn score_of(components: &[Component], skills: &[SkillStatus]) -> (u8, bool) {
    let raw = whole_score(components.iter().map(Component::points).sum::<f64>());
    let held = skills.iter().any(|s| s.must_have && s.below_target());
    let capped = held && raw >= READY_AT;
    (if capped { READY_AT - 1 } else { raw }, capped)
}

fn checklist_part((done, total): (usize, usize)) -> Component {
    Component {
        name: "Checklist",
        weight: CHECKLIST_WEIGHT,
        fraction: ratio(done, total),
        detail: format!("{done} of {total} items done"),
        short: format!("{done}/{total} items"),
    }
}

fn skills_part(skills: &[SkillStatus]) -> Component {
    let at_target = skills.iter().filter(|s| !s.below_target()).count();
    let fraction = if skills.is_empty() {
        0.0
    } else {
        skills.iter().map(SkillStatus::fraction).sum::<f64>() / skills.len() as f64
    };
    Component {
        name: "Skills",
        weight: SKILLS_WEIGHT,
        fraction,
        detail: format!("{at_target} of {} skills at target", skills.len()),
        short: format!("{at_target}/{} at target", skills.len()),
    }
}

fn milestones_part((done, total): (usize, usize)) -> Component {
    Component {
        name: "Milestones",
        weight: MILESTONES_WEIGHT,
        fraction: ratio(done, total),
        detail: if total == 0 {
            "no milestones set yet".to_string()
        } else {
            format!("{done} of {total} milestones done")
        },
        short: if total == 0 {
            "none set yet".to_string()
        } else {
            format!("{done}/{total} done")
        },
    }
}

/// Must-have skills below target, the furthest behind first.
fn must_have_gaps(skills: &[SkillStatus]) -> Vec<&SkillStatus> {
    let mut gaps: Vec<&SkillStatus> = skills
        .iter()
        .filter(|s| s.must_have && s.below_target())
        .collect();
    gaps.sort_by_key(|s| std::cmp::Reverse(s.gap().unwrap_or(s.target)));
    gaps
}

/// What holds the must-have skills back: levels below target, then evidence that does not back
/// the level.
fn skill_blockers(skills: &[SkillStatus], must_gaps: &[&SkillStatus]) -> Vec<Blocker> {
    let mut blocking = Vec::new();
    for s in must_gaps {
        let text = match s.level() {
            Some(level) => format!(
                "{} is at {level}{}, a new PM needs {}",
                s.name,
                s.whose(),
                s.target
            ),
            None => format!("{} is not rated yet, a new PM needs {}", s.name, s.target),
        };
        let kind = BlockerKind::BelowTarget {
            skill: s.id.clone(),
            level: s.level(),
            target: s.target,
        };
        blocking.push(Blocker { kind, text });
    }
    for s in skills.iter().filter(|s| s.must_have && s.unbacked()) {
        let level = s.level().unwrap_or(0);
        let c = &s.coverage;
        let text = if c.fresh == 0 && c.stale > 0 {
            format!(
                "{} is rated {level} but its evidence has gone stale",
                s.name
            )
        } else if c.fresh == 0 {
            format!("{} is rated {level} but no evidence backs it", s.name)
        } else {
            format!("{} is rated {level} but its evidence is thin", s.name)
        };
        let kind = BlockerKind::Unbacked {
            skill: s.id.clone(),
            level,
        };
        blocking.push(Blocker { kind, text });
    }
    blocking
}

/// What holds the plan back: overdue or missing milestones, then the first unfinished step.
fn plan_blockers(steps: &[StepProgress], milestones: &[MilestoneView]) -> Vec<Blocker> {
    let mut blocking = Vec::new();
    for m in milestones {
        if let MilestoneState::Overdue(days) = m.state {
            let text = format!(
                "Milestone \"{}\" is {} overdue",
                m.title,
                plural(days, "day")
            );
            let kind = BlockerKind::MilestoneOverdue {
                milestone: m.id,
                days,
            };
            blocking.push(Blocker { kind, text });
        }
    }
    if milestones.is_empty() {
        blocking.push(Blocker {
            kind: BlockerKind::NoMilestones,
            text: "No milestones yet: set one with a date to aim for".into(),
        });
    }
    if let Some(step) = steps.iter().find(|s| !s.complete()) {
        let text = format!(
            "{} is not complete: {}",
            step.title,
            step.exit_missing.join("; ")
        );
        let kind = BlockerKind::StepIncomplete {
            step: step.id.clone(),
            missing: step.exit_missing.clone(),
        };
        blocking.push(Blocker { kind, text });
    }
    blocking
}

/// Points as a whole score from 0 to 100, rounded (a NaN, which no part gives, counts as 0).
fn whole_score(points: f64) -> u8 {
    let rounded = points.round().clamp(0.0, 100.0);
    // The rounded points are a whole number in 0–100, so the largest score not above them is
    // exactly them; finding it needs no truncating cast.
    (0..=100)
        .rev()
        .find(|&n| f64::from(n) <= rounded)
        .unwrap_or(0)
}

/// A whole, non-negative number of points as an integer (points are at most 100).
fn whole(points: f64) -> u32 {
    u32::from(whole_score(points))
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
