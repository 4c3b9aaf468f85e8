//! The journey: readiness over time. Each point read by the one-pass sweep is the figure the
//! dashboard's own code gives for the data as it stood that day (`Point::on`), on every point of
//! a five-year record; ticks taken back still count on the days they stood; reviews and finished
//! milestones are marked, each on a day of its own; the number of days read stays bounded.

mod common;
#[path = "../benches/heavy/mod.rs"]
mod heavy;

use chrono::NaiveDate;
use pivot::content::Pack;
use pivot::insight::{Insights, Journey, MOST_POINTS, MarkKind, Point, readiness_on};
use pivot::progress::{ItemState, Level, Progress, Replaced, Undone};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn mentee() -> Progress {
    let mut p: Progress =
        serde_json::from_str(include_str!("fixtures/review/mentee.json")).expect("the fixture");
    p.reviews.retain(|r| !r.draft);
    p
}

fn journey(pack: &Pack, p: &Progress, today: NaiveDate) -> Journey {
    let now = Insights::compute(pack, p, today).readiness;
    Journey::compute(pack, p, &now, today)
}

/// Every point but today's against the reference; today's against the dashboard.
fn check_every_point(pack: &Pack, p: &Progress, today: NaiveDate) -> Journey {
    let j = journey(pack, p, today);
    let (last, past) = j.points.split_last().expect("today's point");
    assert!(!past.is_empty(), "a journey with past days");
    for point in past {
        assert_eq!(*point, Point::on(pack, p, point.date), "on {}", point.date);
    }
    let now = Insights::compute(pack, p, today).readiness;
    assert_eq!((last.date, last.score), (today, now.score));
    let exact: Vec<f64> = now.components.iter().map(|c| c.points()).collect();
    assert_eq!(last.parts, exact);
    j
}

#[test]
fn every_point_of_a_five_year_record_is_the_dashboards_figure_for_that_day() {
    let pack = pivot::content::builtin();
    let mut p = heavy::heavy_progress(&pack);
    // Evidence that goes stale soon, so how fresh it is on each day counts.
    p.settings.evidence_stale_days = 20;
    // Some ticks taken back along the way, so the sweep reads `undone` too.
    for (n, state) in p
        .checklist
        .values_mut()
        .enumerate()
        .filter(|(n, _)| n % 5 == 0)
    {
        if let Some(ticked) = state.done.take() {
            let unticked = ticked + chrono::Days::new(40 + n as u64);
            state.undone.push(Undone { ticked, unticked });
        }
    }
    // Some reviews corrected a month on, so the sweep reads ratings that changed since.
    for (n, a) in p
        .assessments
        .iter_mut()
        .enumerate()
        .filter(|(n, _)| n % 7 == 0)
    {
        for rating in a.ratings.values_mut() {
            rating.replaced.push(Replaced {
                level: Level::new(rating.level.get() % 5 + 1).filter(|_| n % 3 != 0),
                comment: None,
                until: a.date + chrono::Days::new(30),
                extra: Default::default(),
            });
        }
    }
    let j = check_every_point(&pack, &p, heavy::today());
    let scores: Vec<u8> = j.points.iter().map(|p| p.score).collect();
    assert!(
        scores.first() < scores.last(),
        "the record climbs: {scores:?}"
    );
}

#[test]
fn every_point_of_a_mentees_record_is_the_dashboards_figure_for_that_day() {
    let pack = pivot::content::builtin();
    check_every_point(&pack, &mentee(), day("2026-11-22"));
}

#[test]
fn reviews_and_finished_milestones_are_marked_each_on_a_day_read() {
    let pack = pivot::content::builtin();
    let p = heavy::heavy_progress(&pack);
    let j = journey(&pack, &p, heavy::today());
    let reviews = p.reviews.iter().filter(|r| !r.draft).count();
    let finished = p.milestones.iter().filter(|m| m.done.is_some()).count();
    let count = |kind| j.marks.iter().filter(|m| m.kind == kind).count();
    assert_eq!(count(MarkKind::Review), reviews);
    assert_eq!(count(MarkKind::Milestone), finished);
    for mark in &j.marks {
        assert!(
            j.points.iter().any(|p| p.date == mark.date),
            "no point on {} ({})",
            mark.date,
            mark.label
        );
    }
    assert!(j.marks.windows(2).all(|w| w[0].date <= w[1].date));
    // Evenly spaced days, at most MOST_POINTS of them, besides the marked days.
    assert!(
        j.points.len() <= MOST_POINTS + 1 + j.marks.len(),
        "{} points",
        j.points.len()
    );
    assert!(j.points.windows(2).all(|w| w[0].date < w[1].date));
}

#[test]
fn a_tick_taken_back_counts_on_the_days_it_stood_and_not_after() {
    let pack = pivot::content::builtin();
    let mut p = mentee();
    let key = pack.steps[0].items[0].id.clone();
    let key = format!("{}/{key}", pack.steps[0].id);
    p.checklist.remove(&key);
    let without = readiness_on(&pack, &p, day("2026-09-15"));
    // Ticked on 09-01 and taken back on 10-01, by the code the coach and the CLI use.
    p.check(&key, day("2026-09-01"));
    p.uncheck(&key, day("2026-10-01"));
    assert_eq!(
        p.checklist[&key].undone,
        vec![Undone {
            ticked: day("2026-09-01"),
            unticked: day("2026-10-01")
        }]
    );
    assert!(readiness_on(&pack, &p, day("2026-09-15")) > without);
    assert_eq!(readiness_on(&pack, &p, day("2026-08-31")), {
        let mut before = p.clone();
        before.checklist.remove(&key);
        readiness_on(&pack, &before, day("2026-08-31"))
    });
    assert_eq!(
        readiness_on(&pack, &p, day("2026-10-01")),
        readiness_on(&pack, &p, day("2026-10-02"))
    );
    check_every_point(&pack, &p, day("2026-11-22"));
}

#[test]
fn a_tick_taken_back_the_day_it_was_made_leaves_nothing_behind() {
    let mut p = mentee();
    let key = "x/y";
    p.check(key, day("2026-11-22"));
    p.uncheck(key, day("2026-11-22"));
    assert_eq!(p.checklist.get(key), None::<&ItemState>);
}

#[test]
fn a_file_with_undone_ticks_reads_and_writes_them_back_unchanged() {
    let mut p = mentee();
    let key = "cultivate-skills/learn-basics";
    p.check(key, day("2026-09-01"));
    p.uncheck(key, day("2026-10-01"));
    let text = pivot::store::to_json(&p);
    assert!(text.contains("\"undone\""), "{text}");
    let back: Progress = serde_json::from_str(&text).expect("reads back");
    assert_eq!(back, p);
}

#[test]
fn a_move_with_no_start_yet_has_todays_point_alone() {
    let pack = pivot::content::builtin();
    let p = Progress::new(&pack);
    let today = day("2026-11-22");
    let j = journey(&pack, &p, today);
    assert_eq!(j.points.len(), 1);
    assert_eq!(j.points[0].date, today);
    assert!(j.marks.is_empty());
}

#[test]
fn status_json_carries_the_journey_ending_at_todays_readiness() {
    let sb = common::cli::Sandbox::with(include_str!("fixtures/review/mentee.json"));
    let json = sb.status();
    let points = json["journey"]["points"].as_array().expect("points");
    let last = points.last().expect("today's point");
    assert_eq!(last["date"], common::cli::TODAY);
    assert_eq!(last["score"], json["readiness"]["score"]);
    let first = &points[0];
    assert_eq!(first["date"], "2026-06-01", "the profile's start");
    // The parts, to one decimal, add up to the score before it is rounded (and capped).
    let parts = |p: &serde_json::Value| {
        ["checklist", "skills", "milestones"]
            .iter()
            .map(|k| p[k].as_f64().expect("points"))
            .sum::<f64>()
    };
    assert!(points.iter().all(|p| {
        let score = p["score"].as_f64().expect("a score");
        (parts(p) - score).abs() <= 0.65 || p["capped"] == true
    }));
    let marks = json["journey"]["marks"].as_array().expect("marks");
    assert!(
        marks
            .iter()
            .any(|m| m["kind"] == "review" && m["date"] == "2026-11-05"),
        "{marks:?}"
    );
}

#[test]
fn a_review_amended_later_counts_as_it_was_until_the_amendment() {
    let pack = pivot::content::builtin();
    let mut p = mentee();
    let must = pack
        .skills
        .iter()
        .find(|s| s.must_have)
        .expect("a must-have");
    let other = pack
        .skills
        .iter()
        .find(|s| {
            !s.must_have
                && p.level_on(&s.id, &mentor("Ana"), day("2026-11-22"))
                    .is_none()
        })
        .expect("a skill Ana has not rated");
    let (held, amended) = (day("2026-11-10"), day("2026-11-18"));
    let id = p.start_review("Ana", held, Vec::new()).expect("starts");
    p.rate_in_session(id, &must.id, level(1), Some("not yet"))
        .expect("rates");
    p.finish_review(id).expect("finishes");
    let seen = [held, day("2026-11-17")].map(|d| readiness_on(&pack, &p, d));

    // Corrected a week later, by the code the coach and the CLI use: the must-have up, and a
    // skill rated for the first time.
    p.amend_review(id, amended).expect("amends");
    p.rate_in_session(id, &must.id, level(5), Some("on reflection"))
        .expect("corrects");
    p.rate_in_session(id, &other.id, level(4), None)
        .expect("adds");
    p.finish_review(id).expect("finishes");

    let given = &p
        .assessments
        .iter()
        .find(|a| a.date == held && a.rater == mentor("Ana"))
        .expect("Ana's ratings of that day")
        .ratings;
    assert_eq!(given[&must.id].level.get(), 5);
    let before: Vec<_> = given[&must.id]
        .replaced
        .iter()
        .map(|r| (r.level.map(|l| l.get()), r.comment.as_deref(), r.until))
        .collect();
    assert_eq!(before, vec![(Some(1), Some("not yet"), amended)]);
    assert_eq!(given[&other.id].replaced[0].level, None);

    // What the person saw between the review and its correction stays what it was.
    assert_eq!(
        [held, day("2026-11-17")].map(|d| readiness_on(&pack, &p, d)),
        seen
    );
    // Read as if the correction had always stood, the same days move: the test has teeth.
    let mut always = p.clone();
    for a in &mut always.assessments {
        for r in a.ratings.values_mut() {
            r.replaced.clear();
        }
    }
    assert_ne!(readiness_on(&pack, &always, held), seen[0]);
    // From the day of the correction on, it counts.
    assert_eq!(
        readiness_on(&pack, &p, amended),
        readiness_on(&pack, &always, amended)
    );
    check_every_point(&pack, &p, day("2026-11-22"));

    // The skill's history lists both levels, each with the days it stood.
    let past = pivot::insight::past_ratings(&pack, &p);
    let at = pack
        .skills
        .iter()
        .position(|s| s.id == must.id)
        .expect("in the pack");
    let ana: Vec<_> = past[at]
        .iter()
        .filter(|r| r.date == held)
        .map(|r| (r.level, r.from, r.until))
        .collect();
    assert_eq!(ana, vec![(1, held, Some(amended)), (5, amended, None)]);
}

fn mentor(name: &str) -> pivot::progress::Rater {
    pivot::progress::Rater::Mentor(name.to_string())
}

fn level(n: u8) -> Level {
    Level::new(n).expect("a level")
}
