//! Readiness: the score, its parts and what blocks it.

use crate::insight::*;
use crate::progress::Rater;

use super::fixtures::{day, everything_done, fresh, level, today};

#[test]
fn fresh_progress_scores_zero_and_every_must_have_blocks() {
    let (pack, progress) = fresh();
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.readiness.score, 0);
    let must = pack.skills.iter().filter(|s| s.must_have).count();
    let unrated = i
        .readiness
        .blocking
        .iter()
        .filter(|b| b.contains("is not rated yet"))
        .count();
    assert_eq!(unrated, must);
    assert!(
        i.readiness
            .blocking
            .iter()
            .any(|b| b.starts_with("No milestones"))
    );
}

#[test]
fn everything_done_scores_one_hundred_with_nothing_blocking() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.readiness.score, 100);
    assert!(!i.readiness.capped);
    assert_eq!(i.readiness.blocking, Vec::<String>::new());
    assert!(i.steps.iter().all(StepProgress::complete));
    assert_eq!(i.next, NextAction::Ready);
}

#[test]
fn must_have_below_target_caps_readiness_and_says_why() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    progress.rate(
        "vision-strategy",
        level(2),
        Rater::Myself,
        None,
        day("2026-11-23"),
    );
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.readiness.score, READY_AT - 1);
    assert!(i.readiness.capped);
    // The must-have caps readiness; the step whose exit asks for it at 3 is open again too.
    assert_eq!(
        i.readiness.blocking,
        vec![
            "Vision & strategy is at 2, a new PM needs 3".to_string(),
            "Develop strategy is not complete: Vision & strategy at 2, this step needs 3"
                .to_string()
        ]
    );
}

#[test]
fn non_must_have_gap_lowers_the_score_without_capping() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    // Product sense is neither a must-have nor asked for by a step's exit.
    progress.rate(
        "product-sense",
        level(1),
        Rater::Myself,
        None,
        day("2026-11-23"),
    );
    let i = Insights::compute(&pack, &progress, today());
    assert!(!i.readiness.capped);
    assert!(
        i.readiness.score < 100 && i.readiness.score >= 95,
        "{}",
        i.readiness.score
    );
}

#[test]
fn score_combines_checklist_skills_and_milestones_by_weight() {
    let (pack, mut progress) = fresh();
    // Half the milestones done, nothing else: 15 * 0.5 = 7.5 → 8.
    let a = progress
        .add_milestone("a", day("2027-01-01"), None)
        .expect("a");
    progress
        .add_milestone("b", day("2027-02-01"), None)
        .expect("b");
    progress.complete_milestone(a, today()).expect("done");
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.readiness.score, 8);
    let points: Vec<f64> = i
        .readiness
        .components
        .iter()
        .map(Component::points)
        .collect();
    assert_eq!(points, vec![0.0, 0.0, 7.5]);
}
