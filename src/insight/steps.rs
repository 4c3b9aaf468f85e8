use crate::content::{Pack, item_key};
use crate::progress::Progress;

use super::skills::SkillStatus;

/// How far along one step is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepProgress {
    pub id: String,
    pub title: String,
    pub done: usize,
    pub total: usize,
    /// What the exit criteria still need, as sentences; empty when the step is complete.
    pub exit_missing: Vec<String>,
}

impl StepProgress {
    pub fn complete(&self) -> bool {
        self.exit_missing.is_empty()
    }

    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// Items ticked per step, and what each step's exit criteria still need.
pub fn steps(pack: &Pack, progress: &Progress, skills: &[SkillStatus]) -> Vec<StepProgress> {
    pack.steps
        .iter()
        .map(|step| {
            let done = step
                .items
                .iter()
                .filter(|i| progress.is_done(&item_key(&step.id, &i.id)))
                .count();
            let mut missing = Vec::new();
            let open_items = step
                .exit
                .items
                .iter()
                .filter(|id| !progress.is_done(&item_key(&step.id, id)))
                .count();
            let required = step.exit.items.len();
            match open_items {
                0 => {}
                n if n == required && n == 1 => missing.push("the required item is open".into()),
                n if n == required => missing.push(format!("all {n} required items are open")),
                1 => missing.push(format!("1 of the {required} required items is open")),
                n => missing.push(format!("{n} of the {required} required items are open")),
            }
            for req in &step.exit.skills {
                let Some(status) = skills.iter().find(|s| s.id == req.skill) else {
                    continue;
                };
                match status.level() {
                    Some(level) if level >= req.level => {}
                    Some(level) => {
                        missing.push(format!(
                            "{} at {level}{}, this step needs {}",
                            status.name,
                            status.whose(),
                            req.level
                        ));
                    }
                    None => missing.push(format!(
                        "{} not rated, this step needs {}",
                        status.name, req.level
                    )),
                }
            }
            StepProgress {
                id: step.id.clone(),
                title: step.title.clone(),
                done,
                total: step.items.len(),
                exit_missing: missing,
            }
        })
        .collect()
}
