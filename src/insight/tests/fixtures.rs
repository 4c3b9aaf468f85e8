//! The dates, packs and progress the insight tests build on.

use chrono::NaiveDate;

use crate::content::{Pack, builtin, item_key};
use crate::progress::{Evidence, EvidenceKind, Level, Progress, Rater};

pub(super) fn day(s: &str) -> NaiveDate {
    crate::clock::parse_date(s).expect("test date")
}

pub(super) fn today() -> NaiveDate {
    day("2026-11-22")
}

pub(super) fn fresh() -> (Pack, Progress) {
    let pack = builtin();
    let progress = Progress::new(&pack);
    (pack, progress)
}

pub(super) fn level(n: u8) -> Level {
    Level::new(n).expect("test level")
}

/// A piece of evidence of `kind`, dated `date`, linked straight to `skill`.
pub(super) fn backed(
    progress: &mut Progress,
    skill: &str,
    kind: EvidenceKind,
    date: NaiveDate,
) -> u32 {
    progress
        .add_evidence(Evidence {
            uid: None,
            extra: Default::default(),
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
pub(super) fn everything_done(pack: &Pack, progress: &mut Progress) {
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
