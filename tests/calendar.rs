//! `pivot calendar`: an iCalendar file (RFC 5545) of milestones, dated action items and the
//! next review, read back here by a real iCalendar parser (the `icalendar` crate's). UIDs are
//! stable, so a second import updates rather than doubles.

use icalendar::{Calendar, Component, DatePerhapsTime};

mod common;
use common::cli::*;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

fn parsed(text: &str) -> Calendar {
    text.parse()
        .unwrap_or_else(|e| panic!("not iCalendar: {e}\n{text}"))
}

/// Each event as (UID, SUMMARY, the all-day date it starts on).
fn events(cal: &Calendar) -> Vec<(String, String, String)> {
    cal.events()
        .map(|e| {
            let day = match e.get_start() {
                Some(DatePerhapsTime::Date(d)) => d.to_string(),
                other => panic!("not an all-day event: {other:?}"),
            };
            (
                e.get_uid().expect("a UID").to_string(),
                e.get_summary().expect("a summary").to_string(),
                day,
            )
        })
        .collect()
}

#[test]
fn the_calendar_holds_milestones_dated_actions_and_the_next_review() {
    let sb = Sandbox::with(MENTEE);
    sb.ok(&["review", "next", "2026-12-18"]);
    let text = sb.ok(&["calendar"]);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//pivot//"),
        "{text}"
    );
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );
    let cal = parsed(&text);
    let all = events(&cal);
    let summaries: Vec<&str> = all.iter().map(|(_, s, _)| s.as_str()).collect();
    for expected in [
        "Milestone: Business case for self-serve onboarding",
        "Milestone done: Pricing note reviewed",
        "Action: Draft the pricing note",
        "Mentor review with Priya Shah",
    ] {
        assert!(
            summaries.contains(&expected),
            "{expected:?} in {summaries:?}"
        );
    }
    let review = all
        .iter()
        .find(|(_, s, _)| s.starts_with("Mentor review"))
        .expect("the review");
    assert_eq!(review.2, "2026-12-18");
    // Actions without a due date have no day to be on; a session in progress agreed nothing yet.
    assert!(
        !summaries.iter().any(|s| s.contains("Introduce Jordan")),
        "{summaries:?}"
    );
    assert!(
        !summaries.iter().any(|s| s.contains("DRAFT-ONLY")),
        "{summaries:?}"
    );
    let uids: std::collections::BTreeSet<&str> = all.iter().map(|(u, _, _)| u.as_str()).collect();
    assert_eq!(uids.len(), all.len(), "every UID once");
}

#[test]
fn the_same_entries_keep_their_uids_when_they_change_so_an_import_updates_them() {
    let sb = Sandbox::with(MENTEE);
    sb.ok(&["review", "next", "2026-12-18"]);
    let before = events(&parsed(&sb.ok(&["calendar"])));
    sb.ok(&[
        "milestone",
        "edit",
        "2",
        "--due",
        "2026-12-01",
        "--title",
        "Business case, second go",
    ]);
    sb.ok(&["review", "next", "2027-01-08"]);
    let after = events(&parsed(&sb.ok(&["calendar"])));
    assert_eq!(before.len(), after.len());
    let uid_of = |list: &[(String, String, String)], start: &str| {
        list.iter()
            .find(|(_, s, _)| s.starts_with(start))
            .map(|(u, _, d)| (u.clone(), d.clone()))
            .unwrap_or_else(|| panic!("{start} in {list:?}"))
    };
    let (old, _) = uid_of(&before, "Milestone: Business case for self-serve");
    let (new, day) = uid_of(&after, "Milestone: Business case, second go");
    assert_eq!((old, day.as_str()), (new, "2026-12-01"));
    assert_eq!(
        uid_of(&before, "Mentor review").0,
        uid_of(&after, "Mentor review").0
    );
    // The same data on the same day is the same file, byte for byte.
    assert_eq!(sb.ok(&["calendar"]), sb.ok(&["calendar"]));
}

#[test]
fn calendar_output_writes_the_file_and_text_is_escaped_as_the_rfc_asks() {
    let sb = Sandbox::new();
    sb.ok(&[
        "milestone",
        "add",
        "Pitch; then, a \\ demo",
        "--due",
        "2027-02-01",
    ]);
    let file = sb.path("pivot.ics");
    assert_eq!(
        sb.ok(&["calendar", "--output", file.to_str().expect("path")]),
        ""
    );
    let text = std::fs::read_to_string(&file).expect("the file");
    assert!(
        text.contains("SUMMARY:Milestone: Pitch\\; then\\, a \\\\ demo\r\n"),
        "{text}"
    );
    let all = events(&parsed(&text));
    assert_eq!(all[0].1, "Milestone: Pitch; then, a \\ demo");
    assert_eq!(all[0].2, "2027-02-01");
}
