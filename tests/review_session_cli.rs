//! A whole mentor review held from the command line, on the person's own file, as the Review
//! screen holds it: `review session start`, `show`, `rate`, `notes`, `strength`, `growth`,
//! `action`, then `review finish`. For scripts and screen readers.

use serde_json::Value;

mod common;
use common::cli::*;

#[test]
fn a_session_is_started_rated_noted_given_outcomes_and_finished_from_the_cli() {
    let sb = Sandbox::new();
    sb.ok(&["rate", "business-case", "3"]);
    let out = sb.ok(&["review", "session", "start", "--mentor", "Priya Shah"]);
    assert!(
        out.starts_with("Session 1 with Priya Shah started"),
        "{out}"
    );
    let shown = sb.ok(&["review", "session", "show"]);
    assert!(
        shown.starts_with("Session 1 with Priya Shah on 2026-11-22 (in progress)\n\nAgenda\n"),
        "{shown}"
    );
    sb.ok(&[
        "review",
        "session",
        "rate",
        "business-case",
        "2",
        "--example",
        "The ROI page",
    ]);
    sb.ok(&[
        "review",
        "session",
        "notes",
        "Good first case.\nNumbers need sources.",
        "--private",
        "Nervous",
    ]);
    sb.ok(&["review", "session", "strength", "Writes clearly"]);
    sb.ok(&["review", "session", "growth", "Pricing"]);
    sb.ok(&[
        "review",
        "session",
        "action",
        "Book five interviews",
        "--owner",
        "Sam",
        "--due",
        "2026-12-05",
    ]);
    let json: Value =
        serde_json::from_str(&sb.ok(&["review", "session", "show", "--json"])).expect("JSON");
    assert_eq!(json["schema"], "session");
    assert_eq!(json["ratings"]["business-case"]["mentor"], 2);
    assert_eq!(
        json["ratings"]["business-case"]["own"], 3,
        "beside the person's own"
    );
    sb.ok(&["review", "finish"]);
    let data = sb.data();
    let review = &data["reviews"][0];
    assert!(review.get("draft").is_none(), "finished: {review}");
    assert_eq!(review["notes"], "Good first case.\nNumbers need sources.");
    assert_eq!(review["private_notes"], "Nervous");
    assert_eq!(review["strengths"], serde_json::json!(["Writes clearly"]));
    assert_eq!(review["growth_areas"], serde_json::json!(["Pricing"]));
    assert_eq!(review["actions"][0]["owner"], "Sam");
    assert_eq!(review["actions"][0]["due"], "2026-12-05");
    assert_eq!(data["profile"]["next_review"], "2026-12-22", "a month on");
    // The mentor's rating is an assessment of the session's day, as in the coach.
    let mentor = data["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .find(|a| a["rater"]["mentor"] == "Priya Shah")
        .expect("the mentor's ratings");
    assert_eq!(mentor["ratings"]["business-case"]["level"], 2);
}

#[test]
fn session_commands_refuse_without_a_session_and_a_second_start_and_change_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["journal", "add", "x"]);
    let before = sb.bytes();
    let err = sb.fails(&["review", "session", "strength", "Calm"]);
    assert!(
        err.contains("no session is in progress: `pivot review session start --mentor NAME`"),
        "{err}"
    );
    assert_eq!(sb.bytes(), before);
    sb.ok(&[
        "review",
        "session",
        "start",
        "--mentor",
        "Ana",
        "--date",
        "2026-11-20",
    ]);
    let before = sb.bytes();
    let err = sb.fails(&["review", "session", "start", "--mentor", "Bo"]);
    assert!(
        err.contains("a session with Ana from 2026-11-20 is in progress"),
        "{err}"
    );
    let err = sb.fails(&["review", "session", "rate", "no-such-skill", "2"]);
    assert!(err.contains("unknown skill"), "{err}");
    let err = sb.fails(&["review", "session", "action", "Do it", "--owner", " "]);
    assert!(!err.is_empty());
    assert_eq!(sb.bytes(), before);
    sb.usage_error(&["review", "session", "rate", "business-case", "6"]);
    sb.ok(&["review", "discard"]);
    assert!(sb.data()["reviews"].as_array().expect("reviews").is_empty());
}

#[test]
fn a_finished_review_is_amended_from_the_cli_and_a_done_milestone_reopened() {
    let sb = Sandbox::with(include_str!("fixtures/review/mentee.json"));
    sb.ok(&["review", "discard"]);
    let out = sb.ok(&["review", "amend", "2"]);
    assert!(
        out.starts_with("Review 2 is open to correct (marked amended 2026-11-22)"),
        "{out}"
    );
    sb.ok(&["review", "session", "strength", "Clear writing"]);
    sb.ok(&["review", "finish"]);
    let data = sb.data();
    let review = data["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .find(|r| r["id"] == 2)
        .expect("review 2");
    assert_eq!(review["amended"], serde_json::json!(["2026-11-22"]));
    assert!(
        review["strengths"]
            .as_array()
            .expect("strengths")
            .iter()
            .any(|s| s == "Clear writing")
    );
    // Milestone 1 of the fixture is done: reopened, it is open again.
    assert!(data["milestones"][0]["done"].is_string());
    sb.ok(&["milestone", "reopen", "1"]);
    assert!(sb.data()["milestones"][0]["done"].is_null());
    sb.fails(&["milestone", "reopen", "99"]);
}

#[test]
fn an_outcome_of_the_session_is_changed_or_deleted_by_its_number_in_show() {
    let sb = Sandbox::new();
    sb.ok(&["review", "session", "start", "--mentor", "Ana"]);
    sb.ok(&["review", "session", "strength", "Clear writing"]);
    sb.ok(&["review", "session", "strength", "Calm"]);
    sb.ok(&[
        "review",
        "session",
        "action",
        "Draft the brief",
        "--owner",
        "Sam",
        "--due",
        "2026-12-01",
    ]);
    let shown = sb.ok(&["review", "session", "show"]);
    assert!(
        shown.contains("Strengths\n  1. Clear writing\n  2. Calm\n"),
        "{shown}"
    );
    assert!(
        shown.contains("Action items\n  1. Draft the brief (Sam, due 2026-12-01)\n"),
        "{shown}"
    );
    sb.ok(&[
        "review",
        "session",
        "change",
        "strength",
        "2",
        "Calm under pressure",
    ]);
    // An action keeps its owner and due date unless they are given.
    sb.ok(&[
        "review",
        "session",
        "change",
        "action",
        "1",
        "Draft and share the brief",
    ]);
    let out = sb.ok(&["review", "session", "delete", "strength", "1"]);
    assert_eq!(out, "Strength 1 deleted: Clear writing\n");
    let review = &sb.data()["reviews"][0];
    assert_eq!(
        review["strengths"],
        serde_json::json!(["Calm under pressure"])
    );
    assert_eq!(review["actions"][0]["text"], "Draft and share the brief");
    assert_eq!(review["actions"][0]["owner"], "Sam");
    assert_eq!(review["actions"][0]["due"], "2026-12-01");
    let before = sb.bytes();
    let err = sb.fails(&["review", "session", "delete", "growth", "1"]);
    assert!(err.contains("no such outcome"), "{err}");
    let err = sb.fails(&["review", "session", "delete", "strength", "0"]);
    assert!(err.contains("numbered from 1"), "{err}");
    assert_eq!(sb.bytes(), before);
}
