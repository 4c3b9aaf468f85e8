//! Agenda and "since last review" tests: fixed dates, hand-made progress.

use crate::content::{Pack, builtin, item_key};
use crate::insight::*;
use crate::progress::{ActionItem, Progress, Rater, Review};

use super::fixtures::{day, level};

fn review(id: u32, date: &str, actions: Vec<ActionItem>) -> Review {
    Review {
        uid: None,
        extra: Default::default(),
        id,
        date: day(date),
        mentor: "Ana".into(),
        draft: false,
        amended: Vec::new(),
        correcting: None,
        agenda: vec![],
        notes: String::new(),
        private_notes: String::new(),
        strengths: vec![],
        growth_areas: vec![],
        actions,
        ratings: Default::default(),
    }
}

fn action(text: &str, due: Option<&str>, done: Option<&str>) -> ActionItem {
    ActionItem {
        uid: None,
        extra: Default::default(),
        text: text.into(),
        owner: "Sam".into(),
        due: due.map(day),
        done: done.map(day),
    }
}

fn setup() -> (Pack, Progress) {
    let pack = builtin();
    let mut p = Progress::new(&pack);
    // Every skill at target so only what a test adds shows up.
    for s in &pack.skills {
        p.rate(
            &s.id,
            level(s.target),
            Rater::Myself,
            None,
            day("2026-10-01"),
        );
    }
    (pack, p)
}

fn agenda_of(pack: &Pack, p: &Progress, today: &str) -> Agenda {
    Insights::compute(pack, p, day(today)).agenda
}

fn sections(a: &Agenda) -> Vec<Section> {
    a.items.iter().map(|i| i.section).collect()
}

#[test]
fn nothing_to_discuss_gives_an_empty_agenda() {
    let (pack, p) = setup();
    let a = agenda_of(&pack, &p, "2026-11-22");
    assert_eq!(a.items, vec![]);
    assert_eq!(a.last_review, None);
}

#[test]
fn open_actions_come_first_with_overdue_before_the_rest() {
    let (pack, mut p) = setup();
    p.reviews.push(review(
        1,
        "2026-10-15",
        vec![
            action("later", Some("2026-12-20"), None),
            action("done already", Some("2026-10-20"), Some("2026-10-19")),
            action("late", Some("2026-11-01"), None),
            action("no date", None, None),
        ],
    ));
    let a = agenda_of(&pack, &p, "2026-11-22");
    let texts: Vec<&str> = a
        .items
        .iter()
        .filter(|i| i.section == Section::Actions)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        texts,
        vec![
            "late (Sam, 21 days overdue; from 2026-10-15)",
            "later (Sam, due 2026-12-20; from 2026-10-15)",
            "no date (Sam; from 2026-10-15)",
        ]
    );
    assert_eq!(a.items[0].section, Section::Actions);
}

#[test]
fn ratings_two_apart_are_a_disagreement_one_apart_is_not() {
    let (pack, mut p) = setup();
    p.rate(
        "communication",
        level(4),
        Rater::Myself,
        None,
        day("2026-11-01"),
    );
    p.rate(
        "communication",
        level(2),
        Rater::Mentor("Ana".into()),
        None,
        day("2026-11-02"),
    );
    p.rate(
        "stakeholders",
        level(4),
        Rater::Myself,
        None,
        day("2026-11-01"),
    );
    p.rate(
        "stakeholders",
        level(3),
        Rater::Mentor("Ana".into()),
        None,
        day("2026-11-02"),
    );
    let a = agenda_of(&pack, &p, "2026-11-22");
    let d: Vec<&AgendaItem> = a
        .items
        .iter()
        .filter(|i| i.section == Section::Disagreements)
        .collect();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, "Communication: you say 4, Ana says 2");
    assert_eq!(d[0].skill.as_deref(), Some("communication"));
}

#[test]
fn must_haves_below_target_and_overdue_milestones_are_listed() {
    let (pack, mut p) = setup();
    p.rate(
        "vision-strategy",
        level(2),
        Rater::Myself,
        None,
        day("2026-11-20"),
    );
    p.add_milestone("Course", day("2026-11-10"), None)
        .expect("m");
    p.add_milestone("Future", day("2027-01-10"), None)
        .expect("m");
    let a = agenda_of(&pack, &p, "2026-11-22");
    assert_eq!(sections(&a), vec![Section::MustHaves, Section::Overdue]);
    assert_eq!(a.items[0].text, "Vision & strategy: at 2, a new PM needs 3");
    assert_eq!(a.items[1].text, "Course (due 2026-11-10, 12 days overdue)");
}

#[test]
fn below_target_skill_with_only_old_evidence_is_stale() {
    let (pack, mut p) = setup();
    // Below target and rated long ago: stale. Rated recently: not stale.
    p.rate(
        "communication",
        level(2),
        Rater::Myself,
        None,
        day("2026-10-01"),
    );
    p.rate(
        "outcome-ownership",
        level(2),
        Rater::Myself,
        None,
        day("2027-02-20"),
    );
    let a = agenda_of(&pack, &p, "2027-02-22");
    let stale: Vec<&str> = a
        .items
        .iter()
        .filter(|i| i.section == Section::Stale)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        stale,
        vec!["Communication: below target and its newest evidence is 144 days old"]
    );
}

#[test]
fn changes_since_last_review_cover_ticks_ratings_milestones_evidence_and_journal() {
    let (pack, mut p) = setup();
    p.reviews.push(review(1, "2026-10-15", vec![]));
    let first = &pack.steps[0];
    let before = item_key(&first.id, &first.items[0].id);
    let after = item_key(&first.id, &first.items[1].id);
    p.check(&before, day("2026-10-10"));
    p.check(&after, day("2026-11-05"));
    p.add_item_evidence(&after, "https://doc", "Doc", day("2026-11-05"))
        .expect("evidence");
    p.rate(
        "roadmapping",
        level(4),
        Rater::Myself,
        None,
        day("2026-11-06"),
    );
    p.rate(
        "roadmapping",
        level(2),
        Rater::Mentor("Ana".into()),
        None,
        day("2026-11-07"),
    );
    let done = p
        .add_milestone("Done one", day("2026-11-30"), None)
        .expect("m");
    p.complete_milestone(done, day("2026-11-08")).expect("done");
    p.add_milestone("Slipped", day("2026-11-01"), None)
        .expect("m");
    p.add_journal("Reflected\nsecond line", true, day("2026-11-09"))
        .expect("j");
    p.add_journal("Old", false, day("2026-10-01")).expect("j");

    let c = changes(&pack, &p, Some(day("2026-10-15")), day("2026-11-22"));
    assert_eq!(
        c.ticked.iter().map(|d| d.text.as_str()).collect::<Vec<_>>(),
        vec![first.items[1].text.as_str()]
    );
    let moves: Vec<(String, Option<u8>, u8, &str)> = c
        .ratings
        .iter()
        .map(|m| (m.rater.to_string(), m.from, m.to, m.arrow()))
        .collect();
    assert_eq!(
        moves,
        vec![
            ("self".to_string(), Some(3), 4, "↑"),
            ("mentor Ana".to_string(), None, 2, "→"),
        ]
    );
    assert_eq!(c.milestones_done[0].text, "Done one");
    assert_eq!(c.milestones_slipped[0].text, "Slipped");
    assert_eq!(c.evidence[0].text, "Doc");
    assert_eq!(
        c.journal,
        vec![(day("2026-11-09"), "Reflected".to_string(), true)]
    );
    assert_eq!(
        c.summary(),
        "1 item ticked, 2 ratings moved, 1 milestone done, 1 milestone slipped, 1 piece of evidence, 1 journal entry"
    );

    let a = agenda_of(&pack, &p, "2026-11-22");
    let last = a.items.last().expect("changes item");
    assert_eq!(last.section, Section::Changes);
    assert!(
        last.text.starts_with("Since 2026-10-15: 1 item ticked"),
        "{}",
        last.text
    );
}

#[test]
fn draft_reviews_do_not_count_as_the_last_review() {
    let (pack, mut p) = setup();
    p.reviews.push(review(1, "2026-10-15", vec![]));
    let mut draft = review(2, "2026-11-20", vec![action("draft action", None, None)]);
    draft.draft = true;
    p.reviews.push(draft);
    let a = agenda_of(&pack, &p, "2026-11-22");
    assert_eq!(a.last_review, Some(day("2026-10-15")));
    assert!(a.items.iter().all(|i| !i.text.contains("draft action")));
}
