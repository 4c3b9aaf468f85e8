//! Readiness on past days, from the dated data and through the code the dashboard uses: what
//! was rated, ticked, finished or recorded after a day does not count on it, and `status` says
//! how readiness moved since the last review and since the start.

mod common;

use chrono::NaiveDate;
use pivot::insight::{Insights, as_of, movement, readiness_on};
use pivot::progress::Progress;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn mentee() -> Progress {
    serde_json::from_str(include_str!("fixtures/review/mentee.json")).expect("the fixture")
}

#[test]
fn today_the_history_is_the_dashboards_own_figure() {
    let pack = pivot::content::builtin();
    let p = mentee();
    let today = day("2026-11-22");
    let finished = {
        let mut p = p.clone();
        p.reviews.retain(|r| !r.draft);
        p
    };
    assert_eq!(
        readiness_on(&pack, &p, today),
        Insights::compute(&pack, &finished, today).readiness.score
    );
}

#[test]
fn what_came_after_a_day_does_not_count_on_it() {
    let p = mentee();
    let on = day("2026-10-01");
    let then = as_of(&p, on);
    assert!(then.assessments.iter().all(|a| a.date <= on));
    assert!(
        then.assessments.len() < p.assessments.len(),
        "later ratings are left out"
    );
    assert!(then.evidence.iter().all(|e| e.date <= on));
    assert!(then.reviews.iter().all(|r| r.date <= on && !r.draft));
    assert!(
        then.checklist
            .values()
            .all(|s| s.done.is_none_or(|d| d <= on))
    );
    // A milestone finished after the day was still open on it.
    for (now, was) in p.milestones.iter().zip(&then.milestones) {
        match now.done {
            Some(d) if d > on => assert_eq!(was.done, None, "{}", now.title),
            done => assert_eq!(was.done, done, "{}", now.title),
        }
    }
}

#[test]
fn a_rating_replaced_later_counts_as_it_was_until_then() {
    let pack = pivot::content::builtin();
    let mut p = mentee();
    p.reviews.retain(|r| !r.draft);
    let before = readiness_on(&pack, &p, day("2026-11-21"));
    // Every skill rated 1 by the person the next day (the lower of theirs and the mentor's
    // counts): readiness falls from then on, not before.
    let mut low = p
        .assessments
        .iter()
        .rfind(|a| a.rater == pivot::progress::Rater::Myself)
        .expect("an own rating")
        .clone();
    low.date = day("2026-11-22");
    for r in low.ratings.values_mut() {
        r.level = pivot::progress::parse_level("1").expect("a level");
    }
    p.assessments.push(low);
    assert_eq!(readiness_on(&pack, &p, day("2026-11-21")), before);
    assert!(readiness_on(&pack, &p, day("2026-11-22")) < before);
}

#[test]
fn movement_is_measured_from_the_last_finished_review_and_the_start() {
    let pack = pivot::content::builtin();
    let p = mentee();
    let m = movement(&pack, &p, day("2026-11-22"));
    let review = m.last_review.expect("a finished review before today");
    assert_eq!(
        review.date,
        day("2026-11-05"),
        "the draft of 2026-11-20 is not finished"
    );
    assert_eq!(review.score, readiness_on(&pack, &p, review.date));
    let start = m.start.expect("a start date");
    assert_eq!(Some(start.date), p.profile.start_date);
    assert!(start.score <= review.score);
}

#[test]
fn status_says_how_readiness_moved_and_its_json_carries_it() {
    let sb = common::cli::Sandbox::with(include_str!("fixtures/review/mentee.json"));
    let text = sb.ok(&["status"]);
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Since the review of"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("since the start ("), "{line}");
    let json = sb.status();
    let moved = &json["moved"];
    assert!(moved["since_review"]["date"].is_string(), "{moved}");
    assert!(moved["since_start"]["score"].is_u64(), "{moved}");
}

#[test]
fn the_exported_report_says_how_readiness_moved() {
    let sb = common::cli::Sandbox::with(include_str!("fixtures/review/mentee.json"));
    let report = sb.ok(&["export", "--format", "markdown"]);
    let section = &report[report.find("## Readiness: ").expect("readiness")..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |n| n + 3)];
    let now = pivot::insight::readiness_on(
        &pivot::content::builtin(),
        &mentee(),
        day(common::cli::TODAY),
    );
    let then = readiness_on(&pivot::content::builtin(), &mentee(), day("2026-11-05"));
    let change = i16::from(now) - i16::from(then);
    assert!(
        section.contains(&format!(
            "- Since the review of 2026-11-05: {change:+} points (from {then})"
        )),
        "{section}"
    );
    assert!(
        section.contains("- Since the start (2026-06-01): "),
        "{section}"
    );
}
