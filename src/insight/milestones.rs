use chrono::NaiveDate;

use crate::progress::Progress;

/// A milestone due within this many days counts as due soon.
pub const DUE_SOON_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MilestoneState {
    Done(NaiveDate),
    /// Days past the due date.
    Overdue(i64),
    /// Days left (0 = due today).
    DueSoon(i64),
    /// Days left.
    Open(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneView {
    pub id: u32,
    pub title: String,
    pub due: NaiveDate,
    pub step: Option<String>,
    /// The checklist item (`STEP/ITEM`) it serves.
    pub item: Option<String>,
    pub state: MilestoneState,
}

impl MilestoneView {
    pub fn is_open(&self) -> bool {
        !matches!(self.state, MilestoneState::Done(_))
    }

    /// "5 days overdue", "due today", "due in 3 days", "done 2026-10-01".
    pub fn describe(&self) -> String {
        match self.state {
            MilestoneState::Done(date) => format!("done {date}"),
            MilestoneState::Overdue(days) => format!("{} overdue", plural(days, "day")),
            MilestoneState::DueSoon(0) => "due today".into(),
            MilestoneState::DueSoon(days) | MilestoneState::Open(days) => {
                format!("due in {}", plural(days, "day"))
            }
        }
    }
}

pub(crate) fn plural(n: i64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MilestoneCounts {
    /// Not done yet (includes overdue and due soon).
    pub open: usize,
    pub due_soon: usize,
    pub overdue: usize,
    pub done: usize,
}

impl MilestoneCounts {
    pub fn of(views: &[MilestoneView]) -> MilestoneCounts {
        let mut c = MilestoneCounts::default();
        for v in views {
            match v.state {
                MilestoneState::Done(_) => c.done += 1,
                MilestoneState::Overdue(_) => {
                    c.open += 1;
                    c.overdue += 1;
                }
                MilestoneState::DueSoon(_) => {
                    c.open += 1;
                    c.due_soon += 1;
                }
                MilestoneState::Open(_) => c.open += 1,
            }
        }
        c
    }
}

/// Every milestone with its state relative to today, sorted by due date (then id).
pub fn milestones(progress: &Progress, today: NaiveDate) -> Vec<MilestoneView> {
    let mut views: Vec<MilestoneView> = progress
        .milestones
        .iter()
        .map(|m| {
            let days = (m.due - today).num_days();
            let state = match m.done {
                Some(date) => MilestoneState::Done(date),
                None if days < 0 => MilestoneState::Overdue(-days),
                None if days <= DUE_SOON_DAYS => MilestoneState::DueSoon(days),
                None => MilestoneState::Open(days),
            };
            MilestoneView {
                id: m.id,
                title: m.title.clone(),
                due: m.due,
                step: m.step.clone(),
                item: m.item.clone(),
                state,
            }
        })
        .collect();
    views.sort_by_key(|v| (v.due, v.id));
    views
}
