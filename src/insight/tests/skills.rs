//! Step progress and each skill's ratings and trend.

use crate::content::item_key;
use crate::insight::*;
use crate::progress::Rater;

use super::fixtures::{day, fresh, level, today};

#[test]
fn step_progress_counts_ticked_items_and_ignores_unknown_keys() {
    let (pack, mut progress) = fresh();
    let step = &pack.steps[1];
    progress.check(&item_key(&step.id, &step.items[0].id), today());
    progress.check(&item_key(&step.id, &step.items[2].id), today());
    progress.check("retired-step/old-item", today());
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!((i.steps[1].done, i.steps[1].total), (2, step.items.len()));
    assert_eq!(i.steps[0].done, 0);
    assert!(!i.steps[1].complete());
}

#[test]
fn skill_status_takes_latest_self_and_mentor_ratings_and_the_trend() {
    let (pack, mut progress) = fresh();
    progress.rate(
        "roadmapping",
        level(1),
        Rater::Myself,
        None,
        day("2026-01-01"),
    );
    progress.rate(
        "roadmapping",
        level(3),
        Rater::Myself,
        Some("ran planning"),
        day("2026-06-01"),
    );
    progress.rate(
        "roadmapping",
        level(2),
        Rater::Mentor("Ana".into()),
        None,
        day("2026-06-02"),
    );
    // Back-dated: must not become the latest.
    progress.rate(
        "roadmapping",
        level(5),
        Rater::Myself,
        None,
        day("2025-01-01"),
    );
    let i = Insights::compute(&pack, &progress, today());
    let s = i.skill("roadmapping").expect("skill");
    let own = s.self_rating.as_ref().expect("self");
    assert_eq!(
        (own.level, own.comment.as_deref()),
        (3, Some("ran planning"))
    );
    assert_eq!(
        s.mentor_rating
            .as_ref()
            .map(|m| (m.level, m.mentor.as_str())),
        Some((2, "Ana"))
    );
    assert_eq!(
        s.history.iter().map(|h| h.1).collect::<Vec<_>>(),
        vec![5, 1, 3]
    );
    assert_eq!(s.trend, Trend::Up);
    // The lower of self (3) and mentor (2) counts: a gap of 1 to target 3.
    assert_eq!((s.level(), s.gap()), (Some(2), Some(1)));
}

#[test]
fn trend_goes_down_and_flat() {
    let (pack, mut progress) = fresh();
    progress.rate(
        "communication",
        level(3),
        Rater::Myself,
        None,
        day("2026-01-01"),
    );
    progress.rate(
        "communication",
        level(2),
        Rater::Myself,
        None,
        day("2026-02-01"),
    );
    progress.rate(
        "stakeholders",
        level(2),
        Rater::Myself,
        None,
        day("2026-01-01"),
    );
    progress.rate(
        "stakeholders",
        level(2),
        Rater::Myself,
        None,
        day("2026-02-01"),
    );
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.skill("communication").map(|s| s.trend), Some(Trend::Down));
    assert_eq!(i.skill("stakeholders").map(|s| s.trend), Some(Trend::Flat));
    assert_eq!(i.skill("roadmapping").map(|s| s.trend), Some(Trend::New));
}

#[test]
fn same_day_rating_replaces_the_earlier_one() {
    let (pack, mut progress) = fresh();
    progress.rate("communication", level(2), Rater::Myself, None, today());
    progress.rate("communication", level(4), Rater::Myself, None, today());
    assert_eq!(progress.assessments.len(), 1);
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(i.skill("communication").map(|s| s.history.len()), Some(1));
}
