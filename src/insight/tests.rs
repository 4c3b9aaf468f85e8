//! Insight tests on the built-in pack with small hand-made progress.

use chrono::NaiveDate;

use super::*;
use crate::content::{Pack, builtin, item_key};
use crate::progress::{Evidence, EvidenceKind, Level, Progress, Rater};

fn day(s: &str) -> NaiveDate {
    crate::clock::parse_date(s).expect("test date")
}

fn today() -> NaiveDate {
    day("2026-11-22")
}

fn fresh() -> (Pack, Progress) {
    let pack = builtin();
    let progress = Progress::new(&pack);
    (pack, progress)
}

fn level(n: u8) -> Level {
    Level::new(n).expect("test level")
}

/// A piece of evidence of `kind`, dated `date`, linked straight to `skill`.
fn backed(progress: &mut Progress, skill: &str, kind: EvidenceKind, date: NaiveDate) -> u32 {
    progress
        .add_evidence(Evidence {
            id: 0,
            title: format!("{kind} for {skill}"),
            date,
            kind,
            link: None,
            story: Default::default(),
            skills: vec![skill.to_string()],
            items: vec![],
        })
        .expect("evidence")
}

/// Every item ticked, every skill at target and backed, every milestone done.
fn everything_done(pack: &Pack, progress: &mut Progress) {
    for step in &pack.steps {
        for item in &step.items {
            progress.check(&item_key(&step.id, &item.id), today());
        }
    }
    for skill in &pack.skills {
        progress.rate(&skill.id, level(skill.target), Rater::Myself, None, today());
        backed(progress, &skill.id, EvidenceKind::Artifact, today());
    }
    let id = progress
        .add_milestone("Land a PM role", day("2027-01-01"), None)
        .expect("milestone");
    progress.complete_milestone(id, today()).expect("done");
}

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
    assert_eq!(
        i.readiness.blocking,
        vec!["Vision & strategy is at 2, a new PM needs 3".to_string()]
    );
}

#[test]
fn non_must_have_gap_lowers_the_score_without_capping() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    progress.rate(
        "communication",
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

#[test]
fn coverage_weighs_evidence_by_kind_and_counts_only_linked_skills() {
    let (pack, mut progress) = fresh();
    backed(
        &mut progress,
        "communication",
        EvidenceKind::SelfReport,
        today(),
    );
    backed(
        &mut progress,
        "communication",
        EvidenceKind::Feedback,
        today(),
    );
    backed(&mut progress, "roadmapping", EvidenceKind::Metric, today());
    // An artifact linked only to an item of the step that grows business-case backs no skill.
    let step = pack
        .skill("business-case")
        .map(|s| s.step.clone())
        .expect("skill");
    let first = &pack.step(&step).expect("step").items[0];
    progress
        .add_item_evidence(&item_key(&step, &first.id), "https://deck", "Deck", today())
        .expect("evidence");
    let i = Insights::compute(&pack, &progress, today());
    let score = |id: &str| i.skill(id).map(|s| s.coverage.score).expect("skill");
    assert_eq!(score("communication"), 0.25 + 0.75);
    assert_eq!(score("roadmapping"), 1.0);
    assert_eq!(score("business-case"), 0.0);
    assert_eq!(
        i.skill("roadmapping").map(|s| s.coverage.backing()),
        Some(Backing::Backed)
    );
    assert_eq!(
        i.skill("communication").map(|s| s.coverage.backing()),
        Some(Backing::Backed)
    );
    assert_eq!(
        i.skill("business-case").map(|s| s.coverage.backing()),
        Some(Backing::None)
    );
    assert_eq!(
        i.skill("stakeholders").map(|s| s.coverage.backing()),
        Some(Backing::None)
    );
}

#[test]
fn evidence_goes_stale_after_the_files_setting() {
    let (pack, mut progress) = fresh();
    backed(
        &mut progress,
        "communication",
        EvidenceKind::Artifact,
        day("2026-05-01"),
    );
    let i = Insights::compute(&pack, &progress, today());
    let c = &i.skill("communication").expect("skill").coverage;
    assert_eq!(
        (c.fresh, c.stale, c.score),
        (0, 1, 0.0),
        "205 days old is past 180"
    );
    progress.settings.evidence_stale_days = 365;
    let i = Insights::compute(&pack, &progress, today());
    let c = &i.skill("communication").expect("skill").coverage;
    assert_eq!((c.fresh, c.stale, c.score), (1, 0, 1.0));
}

#[test]
fn a_must_have_at_target_without_evidence_blocks_and_earns_three_quarters() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    progress.evidence.retain(|e| e.skills != ["business-case"]);
    let i = Insights::compute(&pack, &progress, today());
    assert_eq!(
        i.readiness.blocking,
        vec!["Business case & pricing is rated 3 but no evidence backs it".to_string()]
    );
    let skills = &i.readiness.components[1];
    let expected = 1.0 - 0.25 / pack.skills.len() as f64;
    assert!(
        (skills.fraction - expected).abs() < 1e-9,
        "{}",
        skills.fraction
    );
}

#[test]
fn stale_or_thin_evidence_is_named_as_such() {
    let (pack, mut progress) = fresh();
    everything_done(&pack, &mut progress);
    progress
        .evidence
        .retain(|e| e.skills != ["business-case"] && e.skills != ["roadmapping"]);
    backed(
        &mut progress,
        "business-case",
        EvidenceKind::Artifact,
        day("2025-01-01"),
    );
    backed(
        &mut progress,
        "roadmapping",
        EvidenceKind::SelfReport,
        today(),
    );
    let i = Insights::compute(&pack, &progress, today());
    assert!(i.readiness.blocking.contains(
        &"Business case & pricing is rated 3 but its evidence has gone stale".to_string()
    ));
    assert!(
        i.readiness
            .blocking
            .contains(&"Roadmap & priorities is rated 3 but its evidence is thin".to_string())
    );
}
