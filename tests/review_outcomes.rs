//! What a review leaves behind, kept right at any time: action items ticked off and opened
//! again between sessions from the Review screen, a session's outcomes changed and deleted,
//! and a finished review amended (marked so, never rewritten silently). Real key events on
//! `TestBackend`, the data file read back from disk.
//!
//! "Today" is 2026-11-22. The fixture (`fixtures/review/mentee.json`) is Jordan Lee with two
//! finished reviews with Priya Shah and one session still in progress.

use pivot::progress::{Outcome, Review};
use pivot::store::Store;
use pivot::tui::screens::Screen;
use serde_json::Value;

mod common;
use common::TODAY;
use common::tui::*;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

/// Jordan's file, with or without the session in progress, opened on the Review screen.
fn jordan(with_session: bool) -> Session {
    let mut doc: Value = serde_json::from_str(MENTEE).expect("the fixture is JSON");
    if !with_session && let Some(Value::Array(reviews)) = doc.get_mut("reviews") {
        reviews.retain(|r| r.get("draft") != Some(&Value::Bool(true)));
    }
    let (dir, path) = folder_with(&serde_json::to_string_pretty(&doc).expect("encode"));
    drop(Store::open(&path, false, &pivot::content::builtin()).expect("upgrade the fixture"));
    let mut app = open_app(&path, false);
    press(&mut app, "7");
    assert_eq!(app.screen(), Screen::Review);
    Session {
        app,
        path,
        _dir: dir,
    }
}

fn review(s: &Session, id: u32) -> Review {
    on_disk(&s.path)
        .reviews
        .into_iter()
        .find(|r| r.id == id)
        .expect("the review is on disk")
}

#[test]
fn an_action_item_is_ticked_off_and_opened_again_between_sessions() {
    let mut s = jordan(false);
    // → moves to the action items; the first is the open one due first: review 1's pricing note.
    press(&mut s.app, "<Right>");
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("▸ Action items · 4 open"), "{text}");
    press(&mut s.app, "<Space>");
    assert_eq!(s.app.status().map(|(_, t)| t), Some("Action item done"));
    let done = &review(&s, 1).actions[0];
    assert_eq!(done.text, "Draft the pricing note");
    assert_eq!(done.done, Some(day(TODAY)));
    // The selection follows it to the done ones; Space opens it again.
    press(&mut s.app, "<Space>");
    assert_eq!(review(&s, 1).actions[0].done, None);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Action items · 4 open"), "{text}");
}

#[test]
fn space_on_the_past_sessions_says_where_the_action_items_are() {
    let mut s = jordan(false);
    press(&mut s.app, "<Space>");
    let (_, said) = s.app.status().expect("a hint");
    assert!(said.contains("moves to the action items"), "{said}");
    assert!(review(&s, 1).actions[0].done.is_none());
}

#[test]
fn a_sessions_outcome_is_changed_and_deleted_and_undo_brings_it_back() {
    let mut s = jordan(true);
    // Two → from the agenda: the outcomes. The session holds one action item and nothing else.
    press(&mut s.app, "<Right><Right>");
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("▸ Outcomes · e change · d delete"), "{text}");
    press(&mut s.app, "e<Tab>");
    erase(&mut s.app, 40);
    press(&mut s.app, "Book the pricing workshop<C-s>");
    let session = review(&s, 3);
    assert_eq!(session.actions.len(), 1);
    assert_eq!(session.actions[0].text, "Book the pricing workshop");
    assert_eq!(session.actions[0].owner, "Jordan Lee", "the owner is kept");
    // Deleted after asking; undo brings it back.
    press(&mut s.app, "d");
    assert!(screen_text(&s.app, 80, 24).contains("Delete the action item"));
    press(&mut s.app, "y");
    assert!(review(&s, 3).actions.is_empty());
    press(&mut s.app, "u");
    assert_eq!(review(&s, 3).actions[0].text, "Book the pricing workshop");
}

#[test]
fn a_strength_becomes_a_growth_area_when_its_kind_is_changed() {
    let mut s = jordan(true);
    press(&mut s.app, "o<Right>");
    press(&mut s.app, "<Tab>Clear writing<C-s>");
    assert_eq!(review(&s, 3).strengths, ["Clear writing"]);
    // The strength is the first outcome; its kind is stepped on to growth area.
    press(&mut s.app, "<Right><Right>e<Right><C-s>");
    let session = review(&s, 3);
    assert!(session.strengths.is_empty(), "{session:?}");
    assert_eq!(session.growth_areas, ["Clear writing"]);
}

#[test]
fn a_finished_review_is_amended_marked_so_and_finished_again() {
    let mut s = jordan(false);
    // The newest past session is selected: review 2.
    press(&mut s.app, "a");
    assert!(screen_text(&s.app, 80, 24).contains("Correct the review of 2026-11-05"));
    press(&mut s.app, "y");
    let amending = review(&s, 2);
    assert!(amending.draft);
    assert_eq!(amending.amended, [day(TODAY)]);
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("Correcting the review with Priya Shah"),
        "{text}"
    );
    // Finished again with a change, it stays marked amended.
    let changed = "Revisit pricing with finance";
    press(&mut s.app, "o<Right>");
    press(&mut s.app, &format!("<Tab>{changed}<C-s>fy"));
    let done = review(&s, 2);
    assert!(!done.draft);
    assert!(done.strengths.iter().any(|t| t == changed));
    assert_eq!(done.amended, [day(TODAY)]);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("amended"), "the list marks it: {text}");
}

#[test]
fn a_past_session_being_read_offers_amending_and_closes_when_it_is_amended() {
    let mut s = jordan(false);
    // The older session, opened to read (the list is newest first).
    press(&mut s.app, "j<Enter>");
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("a amend"),
        "the title and footer offer it: {text}"
    );
    press(&mut s.app, "a");
    assert!(screen_text(&s.app, 80, 24).contains("Correct the review of 2026-10-01"));
    press(&mut s.app, "y");
    assert!(review(&s, 1).draft, "the session read is the one amended");
    assert!(!review(&s, 2).draft);
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("Correcting the review with Priya Shah"),
        "the session is open, the document closed: {text}"
    );
}

#[test]
fn amending_is_refused_while_a_session_is_in_progress() {
    let mut s = jordan(true);
    press(&mut s.app, "a");
    let (_, said) = s.app.status().expect("refused");
    assert!(said.contains("finishes it first"), "{said}");
    assert!(review(&s, 2).amended.is_empty());
}

#[test]
fn outcome_operations_refuse_a_position_that_is_not_there() {
    let mut p = on_disk(&jordan(true).path);
    let e = p
        .edit_outcome(3, (Outcome::Strength, 4), "x", "", None)
        .expect_err("no fifth strength");
    assert!(
        e.to_string()
            .contains("no such outcome (number 5) in review 3"),
        "{e}"
    );
    assert!(p.remove_outcome(3, (Outcome::Action, 9)).is_err());
    let before = p.clone();
    assert!(p.amend_review(2, day(TODAY)).is_err(), "a session is open");
    assert_eq!(p, before, "a refusal changes nothing");
}

#[test]
fn a_correction_shows_the_mentors_ratings_of_that_day_and_the_agenda_it_had() {
    let mut s = jordan(false);
    let before = on_disk(&s.path);
    let day2 = review(&s, 2).date;
    let given: Vec<(String, u8)> = before
        .assessments
        .iter()
        .filter(|a| {
            a.date == day2 && a.rater == pivot::progress::Rater::Mentor("Priya Shah".into())
        })
        .flat_map(|a| a.ratings.iter().map(|(k, r)| (k.clone(), r.level.get())))
        .collect();
    assert!(
        !given.is_empty(),
        "the fixture has Priya's ratings of that day"
    );
    press(&mut s.app, "ay");
    let amending = review(&s, 2);
    for (skill, level) in &given {
        assert_eq!(amending.ratings[skill].mentor.get(), *level, "{skill}");
    }
    let text = screen_text(&s.app, 100, 30);
    assert!(text.contains("Agenda as it was"), "{text}");
    let kept = amending.agenda.first().expect("an agenda was kept");
    let start: String = kept.chars().take(20).collect();
    assert!(text.contains(&start), "{start} in {text}");
}

#[test]
fn a_correction_that_changes_nothing_or_is_dropped_leaves_the_review_as_it_was() {
    let mut s = jordan(false);
    let before = review(&s, 2);
    press(&mut s.app, "ayfy");
    let after = review(&s, 2);
    assert!(
        after.amended.is_empty(),
        "nothing changed, nothing marked: {after:?}"
    );
    assert_eq!(after.strengths, before.strengths);
    // Dropped after a change: back as it was, unmarked.
    press(&mut s.app, "ay");
    press(&mut s.app, "o<Right><Tab>Dropped idea<C-s>");
    assert!(review(&s, 2).strengths.iter().any(|t| t == "Dropped idea"));
    press(&mut s.app, "x");
    assert!(screen_text(&s.app, 80, 24).contains("Drop this correction?"));
    press(&mut s.app, "y");
    let dropped = review(&s, 2);
    assert!(!dropped.draft);
    assert!(dropped.amended.is_empty());
    assert!(!dropped.strengths.iter().any(|t| t == "Dropped idea"));
}

#[test]
fn while_blind_the_dashboard_does_not_ask_the_person_to_rate_a_hidden_skill() {
    let mut s = jordan(true);
    press(&mut s.app, "1");
    let text = screen_text(&s.app, 100, 30);
    assert!(!text.contains("Rate yourself"), "{text}");
    assert!(text.contains("A session with Priya Shah is on"), "{text}");
    press(&mut s.app, "<Enter>");
    assert_eq!(s.app.screen(), Screen::Review);
}
