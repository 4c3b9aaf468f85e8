use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::content::Pack;
use crate::insight::{Agenda, Insights, MilestoneState, MilestoneView, Readiness, SkillStatus};
use crate::progress::{Profile, Progress};

use super::journey::JourneyJson;

/// The `pivot status --json` object: a stable contract for scripts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Status {
    pub today: NaiveDate,
    pub pack: PackInfo,
    pub profile: Profile,
    pub readiness: ReadinessJson,
    pub steps: Vec<StepJson>,
    pub skills: Vec<SkillJson>,
    pub milestones: MilestonesJson,
    pub next: String,
    /// The agenda for a mentor review held today.
    pub agenda: AgendaJson,
    /// Values two copies changed differently when they were merged (the kept one is in the data).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<crate::progress::Conflict>,
    /// How readiness moved: its score on the day of the last finished review and on the day the
    /// move started, from the dated data (absent where there is no such day before today).
    #[serde(default, skip_serializing_if = "MovedJson::is_empty")]
    pub moved: MovedJson,
    /// Readiness over time, from the start to today (`status --json` only).
    #[serde(default, skip_serializing_if = "JourneyJson::is_empty")]
    pub journey: JourneyJson,
}

/// Readiness on past days (see [`Status::moved`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MovedJson {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_review: Option<ThenJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_start: Option<ThenJson>,
}

/// The score readiness had on a day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ThenJson {
    pub date: NaiveDate,
    pub score: u8,
}

impl MovedJson {
    fn is_empty(&self) -> bool {
        self.since_review.is_none() && self.since_start.is_none()
    }
}

impl Status {
    /// With how readiness moved since the last review and since the start.
    pub fn with_movement(mut self, pack: &Pack, progress: &Progress) -> Status {
        let m = crate::insight::movement(pack, progress, self.today);
        let json = |t: crate::insight::Then| ThenJson {
            date: t.date,
            score: t.score,
        };
        self.moved = MovedJson {
            since_review: m.last_review.map(json),
            since_start: m.start.map(json),
        };
        self
    }

    /// With readiness over time, from the start to today.
    pub fn with_journey(mut self, pack: &Pack, progress: &Progress, insights: &Insights) -> Status {
        let journey =
            crate::insight::Journey::compute(pack, progress, &insights.readiness, self.today);
        self.journey = JourneyJson::of(&journey);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgendaJson {
    pub last_review: Option<NaiveDate>,
    pub items: Vec<AgendaItemJson>,
    pub since_last_review: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgendaItemJson {
    pub section: String,
    pub text: String,
    pub skill: Option<String>,
}

/// The agenda as JSON.
pub fn agenda_json(agenda: &Agenda) -> AgendaJson {
    AgendaJson {
        last_review: agenda.last_review,
        items: agenda
            .items
            .iter()
            .map(|i| AgendaItemJson {
                section: i.section.title().to_string(),
                text: i.text.clone(),
                skill: i.skill.clone(),
            })
            .collect(),
        since_last_review: agenda.changes.summary(),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReadinessJson {
    pub score: u8,
    pub ready: bool,
    pub capped: bool,
    pub components: Vec<ComponentJson>,
    /// What blocks readiness, as sentences.
    pub blocking: Vec<String>,
    /// The same, as data: one per sentence, in the same order.
    #[serde(default)]
    pub blockers: Vec<BlockerJson>,
}

/// One thing that blocks readiness. `kind` says which fields are set: `below_target` (skill,
/// level — absent when not rated — and target), `unbacked` (skill, level), `milestone_overdue`
/// (milestone, days), `no_milestones`, `step_incomplete` (step, missing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BlockerJson {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// The sentence, as in `blocking`.
    pub text: String,
}

fn blocker_json(b: &crate::insight::Blocker) -> BlockerJson {
    use crate::insight::BlockerKind as K;
    let mut out = BlockerJson {
        kind: String::new(),
        skill: None,
        level: None,
        target: None,
        milestone: None,
        days: None,
        step: None,
        missing: Vec::new(),
        text: b.text.clone(),
    };
    out.kind = match &b.kind {
        K::BelowTarget {
            skill,
            level,
            target,
        } => {
            (out.skill, out.level, out.target) = (Some(skill.clone()), *level, Some(*target));
            "below_target"
        }
        K::Unbacked { skill, level } => {
            (out.skill, out.level) = (Some(skill.clone()), Some(*level));
            "unbacked"
        }
        K::MilestoneOverdue { milestone, days } => {
            (out.milestone, out.days) = (Some(*milestone), Some(*days));
            "milestone_overdue"
        }
        K::NoMilestones => "no_milestones",
        K::StepIncomplete { step, missing } => {
            (out.step, out.missing) = (Some(step.clone()), missing.clone());
            "step_incomplete"
        }
    }
    .to_string();
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ComponentJson {
    pub name: String,
    pub weight: f64,
    pub points: f64,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StepJson {
    pub id: String,
    pub title: String,
    pub done: usize,
    pub total: usize,
    pub complete: bool,
    pub exit_missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SkillJson {
    pub id: String,
    pub name: String,
    #[serde(rename = "self")]
    pub own: Option<u8>,
    pub mentor: Option<u8>,
    pub target: u8,
    pub gap: Option<u8>,
    pub must_have: bool,
    pub trend: String,
    pub coverage: CoverageJson,
}

/// How well evidence backs a skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CoverageJson {
    /// "none", "thin", "backed" or "strong".
    pub backing: String,
    /// Weighted fresh evidence (1.0 = one fresh artifact linked to the skill).
    pub score: f64,
    pub fresh: usize,
    pub stale: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MilestonesJson {
    pub open: usize,
    pub due_soon: usize,
    pub overdue: usize,
    pub done: usize,
    pub list: Vec<MilestoneJson>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MilestoneJson {
    pub id: u32,
    pub title: String,
    pub due: NaiveDate,
    pub step: Option<String>,
    /// The checklist item (`STEP/ITEM`) it serves, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub state: String,
    pub done: Option<NaiveDate>,
}

/// Build the status object from the insights.
pub fn status(pack: &Pack, progress: &Progress, insights: &Insights) -> Status {
    Status {
        today: insights.today,
        pack: PackInfo {
            id: pack.id.clone(),
            version: pack.version.clone(),
            title: pack.title.clone(),
        },
        profile: progress.profile.clone(),
        readiness: readiness_json(&insights.readiness),
        steps: insights
            .steps
            .iter()
            .map(|s| StepJson {
                id: s.id.clone(),
                title: s.title.clone(),
                done: s.done,
                total: s.total,
                complete: s.complete(),
                exit_missing: s.exit_missing.clone(),
            })
            .collect(),
        skills: insights.skills.iter().map(skill_json).collect(),
        milestones: MilestonesJson {
            open: insights.milestone_counts.open,
            due_soon: insights.milestone_counts.due_soon,
            overdue: insights.milestone_counts.overdue,
            done: insights.milestone_counts.done,
            list: insights.milestones.iter().map(milestone_json).collect(),
        },
        next: insights.next.sentence(),
        agenda: agenda_json(&insights.agenda),
        conflicts: progress.conflicts.clone(),
        moved: MovedJson::default(),
        journey: JourneyJson::default(),
    }
}

fn readiness_json(r: &Readiness) -> ReadinessJson {
    ReadinessJson {
        score: r.score,
        ready: r.is_ready(),
        capped: r.capped,
        components: r
            .components
            .iter()
            .map(|c| ComponentJson {
                name: c.name.to_string(),
                weight: c.weight,
                points: (c.points() * 10.0).round() / 10.0,
                detail: c.detail.clone(),
            })
            .collect(),
        blocking: r.blocking.clone(),
        blockers: r.blockers.iter().map(blocker_json).collect(),
    }
}

fn skill_json(s: &SkillStatus) -> SkillJson {
    SkillJson {
        id: s.id.clone(),
        name: s.name.clone(),
        own: s.self_rating.as_ref().map(|r| r.level),
        mentor: s.mentor_rating.as_ref().map(|r| r.level),
        target: s.target,
        gap: s.gap(),
        must_have: s.must_have,
        trend: s.trend.word().to_string(),
        coverage: CoverageJson {
            backing: s.coverage.backing().word().to_string(),
            score: (s.coverage.score * 100.0).round() / 100.0,
            fresh: s.coverage.fresh,
            stale: s.coverage.stale,
        },
    }
}

fn milestone_json(m: &MilestoneView) -> MilestoneJson {
    MilestoneJson {
        id: m.id,
        title: m.title.clone(),
        due: m.due,
        step: m.step.clone(),
        item: m.item.clone(),
        state: match m.state {
            MilestoneState::Done(_) => "done",
            MilestoneState::Overdue(_) => "overdue",
            MilestoneState::DueSoon(_) => "due_soon",
            MilestoneState::Open(_) => "open",
        }
        .to_string(),
        done: match m.state {
            MilestoneState::Done(d) => Some(d),
            _ => None,
        },
    }
}
