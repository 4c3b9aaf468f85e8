//! How evidence backs skills, and what readiness says when it does not.

use crate::content::item_key;
use crate::insight::*;
use crate::progress::EvidenceKind;

use super::fixtures::{backed, day, everything_done, fresh, today};

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
