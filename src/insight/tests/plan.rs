//! Milestones against today, and the next action they lead to.

use crate::content::item_key;
use crate::insight::*;
use crate::progress::Rater;

use super::fixtures::{day, fresh, level, today};

#[test]
fn milestones_are_overdue_due_soon_or_open_relative_to_today_and_sorted() {
    let (pack, mut progress) = fresh();
    progress
        .add_milestone("later", day("2027-03-01"), None)
        .expect("m");
    progress
        .add_milestone("late", day("2026-11-20"), None)
        .expect("m");
    progress
        .add_milestone("soon", day("2026-12-06"), None)
        .expect("m");
    let done = progress
        .add_milestone("done", day("2026-10-01"), None)
        .expect("m");
    progress
        .complete_milestone(done, day("2026-09-30"))
        .expect("done");
    let i = Insights::compute(&pack, &progress, today());
    let states: Vec<(&str, MilestoneState)> = i
        .milestones
        .iter()
        .map(|m| (m.title.as_str(), m.state))
        .collect();
    assert_eq!(
        states,
        vec![
            ("done", MilestoneState::Done(day("2026-09-30"))),
            ("late", MilestoneState::Overdue(2)),
            ("soon", MilestoneState::DueSoon(14)),
            ("later", MilestoneState::Open(99)),
        ]
    );
    assert_eq!(
        i.milestone_counts,
        MilestoneCounts {
            open: 3,
            due_soon: 1,
            overdue: 1,
            done: 1
        }
    );
    assert!(
        i.readiness
            .blocking
            .contains(&"Milestone \"late\" is 2 days overdue".to_string())
    );
}

#[test]
fn next_action_rates_unrated_must_haves_first_then_overdue_then_the_path() {
    let (pack, mut progress) = fresh();
    let i = Insights::compute(&pack, &progress, today());
    let first_must = pack.skills.iter().find(|s| s.must_have).expect("must-have");
    assert!(matches!(&i.next, NextAction::RateSkill { skill, .. } if *skill == first_must.id));

    for skill in &pack.skills {
        progress.rate(&skill.id, level(1), Rater::Myself, None, today());
    }
    let id = progress
        .add_milestone("late", day("2026-11-01"), None)
        .expect("m");
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(
        i.next,
        NextAction::OverdueMilestone {
            id,
            title: "late".into()
        }
    );

    progress.complete_milestone(id, today()).expect("done");
    let i = Insights::compute(&pack, &progress, today());
    let first = &pack.steps[0].items[0];
    assert_eq!(
        i.next,
        NextAction::TickItem {
            key: item_key(&pack.steps[0].id, &first.id),
            text: first.text.clone()
        }
    );
}
