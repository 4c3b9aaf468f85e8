//! Derived views of progress, all pure functions of (pack, progress, today). The CLI and the TUI
//! both read these, so `pivot status` and the dashboard can never disagree.

mod agenda;
mod changes;
mod coverage;
mod history;
mod journey;
mod milestones;
mod next;
mod readiness;
mod reminders;
mod sessions;
mod skills;
mod steps;
mod sweep;
mod ticks;

pub use agenda::{
    Agenda, AgendaItem, DISAGREEMENT, STALE_DAYS, Section, agenda, agenda_line, last_review,
};
pub use changes::{Changes, Dated, RatingMove, changes};
pub use coverage::{Backing, Coverage, coverage};
pub use history::{Movement, Then, as_of, movement, readiness_on};
pub use journey::{Journey, MOST_POINTS, Mark, MarkKind, Past, past_ratings};
pub(crate) use milestones::plural;
pub use milestones::{DUE_SOON_DAYS, MilestoneCounts, MilestoneState, MilestoneView, milestones};
pub use next::{NextAction, next_action};
pub use readiness::{Blocker, BlockerKind, Component, READY_AT, Readiness, readiness};
pub use reminders::{QUIET_JOURNAL_DAYS, Reminder, ReminderKind, Reminders, SOON_DAYS, reminders};
pub use sessions::{SessionLine, session_ratings};
pub use skills::{MentorPoint, RatingPoint, SkillStatus, Trend, skills};
pub use steps::{StepProgress, steps};
pub use sweep::Point;
pub use ticks::{SelfTick, ticked_by_rating};

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::Progress;

/// Everything derived at once; the TUI recomputes this when data changes, never per frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Insights {
    pub today: NaiveDate,
    pub steps: Vec<StepProgress>,
    pub skills: Vec<SkillStatus>,
    pub milestones: Vec<MilestoneView>,
    pub milestone_counts: MilestoneCounts,
    pub readiness: Readiness,
    pub next: NextAction,
    /// The agenda for a mentor review held today.
    pub agenda: Agenda,
}

/// What readiness is made of, and the score: the part of [`Insights`] that history reads on
/// past days too.
pub struct Standing {
    pub skills: Vec<SkillStatus>,
    pub steps: Vec<StepProgress>,
    pub milestones: Vec<MilestoneView>,
    pub readiness: Readiness,
}

impl Standing {
    pub fn compute(pack: &Pack, progress: &Progress, today: NaiveDate) -> Standing {
        let mut skills = skills(pack, progress);
        let mut covered = coverage(pack, progress, today);
        for s in &mut skills {
            s.coverage = covered.remove(&s.id).unwrap_or_default();
        }
        let steps = steps(pack, progress, &skills);
        let milestones = milestones(progress, today);
        let readiness = readiness(&steps, &skills, &milestones);
        Standing {
            skills,
            steps,
            milestones,
            readiness,
        }
    }
}

impl Insights {
    pub fn compute(pack: &Pack, progress: &Progress, today: NaiveDate) -> Insights {
        let Standing {
            skills,
            steps,
            milestones,
            readiness,
        } = Standing::compute(pack, progress, today);
        let milestone_counts = MilestoneCounts::of(&milestones);
        let next = next_action(pack, progress, &steps, &skills, &milestones);
        let agenda = agenda(pack, progress, &skills, &milestones, today);
        Insights {
            agenda,
            today,
            steps,
            skills,
            milestones,
            milestone_counts,
            readiness,
            next,
        }
    }

    pub fn skill(&self, id: &str) -> Option<&SkillStatus> {
        self.skills.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests;
