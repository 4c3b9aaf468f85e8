use crate::content::{Pack, item_key};
use crate::progress::Progress;

use super::milestones::{MilestoneState, MilestoneView};
use super::skills::SkillStatus;
use super::steps::StepProgress;

/// The one thing most worth doing next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextAction {
    /// Rate yourself on a skill never rated.
    RateSkill { skill: String, name: String },
    /// Deal with an overdue milestone.
    OverdueMilestone { id: u32, title: String },
    /// Set a first milestone.
    PlanMilestone,
    /// Tick the next open item on the current step.
    TickItem { key: String, text: String },
    /// Grow the must-have skill with the largest gap.
    GrowSkill {
        skill: String,
        name: String,
        level: u8,
        target: u8,
    },
    /// Everything is in place.
    Ready,
}

impl NextAction {
    pub fn sentence(&self) -> String {
        match self {
            NextAction::RateSkill { name, .. } => {
                format!("Rate yourself on {name} to see where you stand")
            }
            NextAction::OverdueMilestone { title, .. } => {
                format!("\"{title}\" is overdue: finish it or re-date it")
            }
            NextAction::PlanMilestone => "Set a first milestone with a date to aim for".into(),
            NextAction::TickItem { text, .. } => format!("On your path: {text}"),
            NextAction::GrowSkill {
                name,
                level,
                target,
                ..
            } => format!("Grow {name} from {level} to {target}: it is a must-have"),
            NextAction::Ready => {
                "You meet the bar: update your portfolio and start applying".into()
            }
        }
    }
}

/// Unrated skills first (you cannot see a gap you have not measured), then overdue milestones,
/// then the first open item on the path, then must-have gaps.
pub fn next_action(
    pack: &Pack,
    progress: &Progress,
    steps: &[StepProgress],
    skills: &[SkillStatus],
    milestones: &[MilestoneView],
) -> NextAction {
    let unrated = |s: &&SkillStatus| s.level().is_none();
    let first_unrated = skills
        .iter()
        .filter(unrated)
        .find(|s| s.must_have)
        .or_else(|| skills.iter().find(unrated));
    if let Some(s) = first_unrated {
        return NextAction::RateSkill {
            skill: s.id.clone(),
            name: s.name.clone(),
        };
    }
    if let Some(m) = milestones
        .iter()
        .find(|m| matches!(m.state, MilestoneState::Overdue(_)))
    {
        return NextAction::OverdueMilestone {
            id: m.id,
            title: m.title.clone(),
        };
    }
    if milestones.is_empty() {
        return NextAction::PlanMilestone;
    }
    let open_item = steps
        .iter()
        .filter(|s| !s.complete() || s.done < s.total)
        .filter_map(|s| pack.step(&s.id))
        .flat_map(|step| step.items.iter().map(move |i| (step, i)))
        .find(|(step, i)| !progress.is_done(&item_key(&step.id, &i.id)));
    if let Some((step, item)) = open_item {
        return NextAction::TickItem {
            key: item_key(&step.id, &item.id),
            text: item.text.clone(),
        };
    }
    if let Some(s) = skills
        .iter()
        .filter(|s| s.must_have && s.below_target())
        .min_by_key(|s| std::cmp::Reverse(s.gap()))
    {
        return NextAction::GrowSkill {
            skill: s.id.clone(),
            name: s.name.clone(),
            level: s.level().unwrap_or(0),
            target: s.target,
        };
    }
    NextAction::Ready
}
