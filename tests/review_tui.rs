//! The Review screen end to end, without a terminal: real key events go through
//! `keymap::resolve` into `App::update`, the data file on disk is read back to check what was
//! saved, and screens are drawn on `TestBackend` and pinned with insta snapshots.
//!
//! "Today" is 2026-11-22, passed in through `Start::today`. The fixture
//! (`fixtures/review/mentee.json`) is Jordan Lee with two finished reviews with Priya Shah and one
//! session still in progress; most tests drop that session so they start in the lobby.

use std::path::{Path, PathBuf};

use pivot::progress::{Rater, Review};
use pivot::store::Store;
use pivot::tui::App;
use pivot::tui::chrome::Tone;
use pivot::tui::form::rating::RatingField;
use pivot::tui::overlay::Overlay;
use pivot::tui::screens::Screen;
use pivot::tui::screens::review::forms::OutcomeField;
use ratatui::style::Color;
use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::tui::*;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");
const MENTOR: &str = "Priya Shah";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Jordan's file without the session in progress.
fn without_session() -> String {
    let mut doc: Value = serde_json::from_str(MENTEE).expect("the fixture is JSON");
    if let Some(Value::Array(reviews)) = doc.get_mut("reviews") {
        reviews.retain(|r| r.get("draft") != Some(&Value::Bool(true)));
    }
    serde_json::to_string_pretty(&doc).expect("serialize")
}

/// `text` as the data file of a throwaway folder, opened once for writing first so that a file
/// from an older schema is upgraded on disk before the app under test (and its fingerprint) sees
/// it.
fn upgraded_folder_with(text: &str) -> (TempDir, PathBuf) {
    let (dir, path) = folder_with(text);
    let pack = pivot::content::builtin();
    drop(Store::open(&path, false, &pack).expect("open the fixture"));
    (dir, path)
}

fn session_on(text: &str) -> Session {
    let (dir, path) = upgraded_folder_with(text);
    let app = open_app(&path, false);
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// Jordan on the Review screen: two past sessions, none in progress.
fn lobby() -> Session {
    let mut s = session_on(&without_session());
    press(&mut s.app, "7");
    s
}

/// Jordan on the Review screen with the session of 2026-11-20 still open.
fn mid_session() -> Session {
    let mut s = session_on(MENTEE);
    press(&mut s.app, "7");
    s
}

/// A session with Priya started today from the lobby.
fn started() -> Session {
    let mut s = lobby();
    press(&mut s.app, "s<Enter>");
    assert!(
        s.app.session().is_some(),
        "a session is open: {:?} {:?}",
        s.app.status(),
        s.app.overlay()
    );
    s
}

/// No data file yet; the welcome skipped; on the Review screen.
fn new_user() -> Session {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let mut app = open_app(&path, false);
    press(&mut app, "<Esc>7");
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// The footer (last row) at 80×24.
fn footer(app: &App) -> String {
    row_text(&buffer(app, 80, 24), 23)
}

/// A row of the session's Ratings pane at 80×24: skill, own rating, mentor's, gap.
/// A row of the Ratings pane at 80×24 with the fixture's mentor (a name cut to 7 columns so
/// skills keep 18): the skill (cut with an ellipsis), then own, mentor and gap.
fn rating_row(skill: &str, own: &str, mentor: &str, gap: &str) -> String {
    let skill = if skill.chars().count() > 17 {
        format!("{}…", skill.chars().take(16).collect::<String>())
    } else {
        format!("{skill:<17}")
    };
    format!("{skill}{own:>4}{mentor:>8}{gap:>5}")
}

fn review_on_disk(path: &Path, id: u32) -> Option<Review> {
    on_disk(path).reviews.into_iter().find(|r| r.id == id)
}

fn snapshot_at(name: &str, app: &App, width: u16, height: u16) {
    insta::assert_snapshot!(name, draw(app, width, height).backend());
}

/// The id the session started from the lobby gets (after Jordan's two reviews).
const NEW_ID: u32 = 3;

// ---------------------------------------------------------------------------------------------
// The lobby
// ---------------------------------------------------------------------------------------------

#[test]
fn lobby_of_a_new_user_says_there_is_no_review_yet() {
    let s = new_user();
    assert_eq!(s.app.screen(), Screen::Review);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Past sessions · 0"), "{text}");
    assert!(text.contains("No review yet."), "{text}");
    assert!(text.contains("Agenda for a review today"), "{text}");
    snapshot_at("review_lobby_new_user_80x24", &s.app, 80, 24);
}

#[test]
fn lobby_lists_past_sessions_newest_first_with_their_open_actions() {
    let s = lobby();
    assert_eq!(s.app.rows(Screen::Review), 2);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Past sessions · 2"), "{text}");
    let newer = text
        .find("2026-11-05 Priya Shah")
        .expect("the newer session");
    let older = text
        .find("2026-10-01 Priya Shah")
        .expect("the older session");
    assert!(newer < older, "newest first:\n{text}");
    assert!(text.contains("3 open"), "{text}");
    assert!(text.contains("☐ Draft the pricing note"), "{text}");
    snapshot_at("review_lobby_80x24", &s.app, 80, 24);
}

#[test]
fn lobby_does_not_list_a_session_in_progress_as_a_past_one() {
    let s = mid_session();
    assert_eq!(s.app.rows(Screen::Review), 2);
    let (id, mentor, date) = s.app.session().expect("the draft is open");
    assert_eq!((id, mentor, date), (3, MENTOR, day("2026-11-20")));
    assert!(screen_text(&s.app, 80, 24).contains("Session with Priya Shah · 2026-11-20"));
}

// ---------------------------------------------------------------------------------------------
// Starting a session
// ---------------------------------------------------------------------------------------------

#[test]
fn s_opens_the_start_form_with_the_last_mentor_and_today() {
    let mut s = lobby();
    press(&mut s.app, "s");
    assert!(is_form(&s.app));
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Start a review session"), "{text}");
    assert!(text.contains("Priya Shah"), "{text}");
    assert!(text.contains(TODAY), "{text}");
    snapshot_at("review_start_form_80x24", &s.app, 80, 24);
}

#[test]
fn starting_a_session_saves_a_draft_with_the_agenda_at_once() {
    let mut s = lobby();
    let agenda: Vec<String> = s
        .app
        .insights()
        .agenda
        .items
        .iter()
        .map(|i| format!("{}: {}", i.section.title(), i.text))
        .collect();
    assert!(!agenda.is_empty());
    press(&mut s.app, "s<Enter>");
    assert!(is_none(&s.app));
    assert_eq!(
        status(&s.app),
        (Tone::Info, "Session with Priya Shah started")
    );
    let draft = review_on_disk(&s.path, NEW_ID).expect("the draft is saved at once");
    assert!(draft.draft);
    assert_eq!(draft.date, day(TODAY));
    assert_eq!(draft.mentor, MENTOR);
    assert_eq!(draft.agenda, agenda);
    assert_eq!(
        draft.agenda[0],
        "Open action items: Draft the pricing note (Jordan Lee, 21 days overdue; from 2026-10-01)"
    );
    assert!(draft.notes.is_empty() && draft.actions.is_empty());
    // Its agenda is a snapshot: ticking an action off later does not rewrite it.
    press(&mut s.app, "<Space>");
    assert_eq!(
        review_on_disk(&s.path, NEW_ID).expect("draft").agenda,
        agenda
    );
}

#[test]
fn start_form_refuses_an_empty_mentor_and_saves_nothing() {
    let mut s = lobby();
    let before = fingerprint(&s.path);
    press(&mut s.app, "s");
    erase(&mut s.app, MENTOR.len());
    press(&mut s.app, "<Enter>");
    assert!(is_form(&s.app), "the form stays open");
    assert_eq!(form_error(&s.app), Some("Who is the mentor?"));
    assert_eq!(fingerprint(&s.path), before);
    // What was erased counts as typed: leaving asks first.
    press(&mut s.app, "<Esc>y");
    assert!(is_none(&s.app));
    assert!(s.app.session().is_none());
}

#[test]
fn s_during_a_session_says_one_is_open_instead_of_starting_another() {
    let mut s = mid_session();
    press(&mut s.app, "s");
    assert!(is_none(&s.app));
    assert_eq!(
        status(&s.app),
        (
            Tone::Note,
            "A session with Priya Shah from 2026-11-20 is open: f finishes it"
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Ratings in a session
// ---------------------------------------------------------------------------------------------

#[test]
fn blind_rating_hides_own_ratings_until_the_mentor_rates() {
    let s = started();
    assert!(s.app.blind(), "blind rating is on by default");
    assert!(!s.app.own_rating_visible("customer-insight"));
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("blind rating on (b)"), "{text}");
    // Jordan rated customer insight 3, but it shows as a dot; no mentor rating yet.
    assert!(
        text.contains(&rating_row("Customer insight", "◦", "–", "")),
        "{text}"
    );
    snapshot_at("review_session_80x24", &s.app, 80, 24);
}

#[test]
fn l_then_r_opens_the_mentors_rating_of_the_selected_skill() {
    let mut s = started();
    press(&mut s.app, "r");
    assert!(is_none(&s.app), "an action item has no skill to rate");
    assert_eq!(
        status(&s.app),
        (Tone::Note, "Pick a skill to rate: → moves to the skills")
    );
    press(&mut s.app, "lr");
    assert!(is_form(&s.app));
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Priya Shah rates Customer insight"), "{text}");
    // The form speaks to the mentor, who is the one typing.
    assert!(
        text.contains("what you saw them do at this level"),
        "{text}"
    );
    assert!(!text.contains("what you did"), "{text}");
    snapshot_at("review_mentor_rating_form_80x24", &s.app, 80, 24);
}

#[test]
fn mentor_rating_is_saved_dated_the_session_and_shows_both_ratings_and_the_gap() {
    let mut s = started();
    press(&mut s.app, "lr4<Tab>Ran three interviews alone<Enter>");
    assert!(is_none(&s.app));
    assert_eq!(
        status(&s.app),
        (Tone::Info, "Priya Shah rated Customer insight 4")
    );
    let disk = on_disk(&s.path);
    let given = disk
        .assessments
        .iter()
        .find(|a| a.date == day(TODAY) && a.rater == Rater::Mentor(MENTOR.into()))
        .expect("the mentor's assessment of the session's date");
    let rating = &given.ratings["customer-insight"];
    assert_eq!(rating.level.get(), 4);
    assert_eq!(
        rating.comment.as_deref(),
        Some("Ran three interviews alone")
    );
    assert_eq!(given.ratings.len(), 1);
    assert_eq!(s.app.session_rating("customer-insight"), Some(4));
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains(&rating_row("Customer insight", "3", "4", "-1")),
        "{text}"
    );
    // Other skills stay hidden until rated.
    assert!(
        text.contains(&rating_row("Business case & pri…", "◦", "–", "")),
        "{text}"
    );
    snapshot_at("review_session_rated_80x24", &s.app, 80, 24);
}

#[test]
fn mentor_rating_in_a_backdated_session_carries_the_session_date() {
    let mut s = lobby();
    press(&mut s.app, "s<Tab>");
    erase(&mut s.app, TODAY.len());
    press(&mut s.app, "2026-11-21<Enter>");
    assert_eq!(s.app.session().map(|(_, _, d)| d), Some(day("2026-11-21")));
    press(&mut s.app, "lr2<Enter><Enter>");
    let disk = on_disk(&s.path);
    let mentor = Rater::Mentor(MENTOR.into());
    assert!(
        disk.assessments.iter().any(|a| a.date == day("2026-11-21")
            && a.rater == mentor
            && a.ratings["customer-insight"].level.get() == 2),
        "{:?}",
        disk.assessments
    );
    assert!(
        !disk
            .assessments
            .iter()
            .any(|a| a.date == day(TODAY) && a.rater == mentor),
        "nothing dated today"
    );
}

#[test]
fn enter_on_an_agenda_item_about_a_skill_selects_it_in_the_ratings() {
    let mut s = started();
    let index = s
        .app
        .insights()
        .agenda
        .items
        .iter()
        .position(|i| i.skill.as_deref() == Some("stakeholders"))
        .expect("the disagreement on stakeholders");
    press(&mut s.app, &"j".repeat(index));
    press(&mut s.app, "<Enter>");
    assert_eq!(s.app.session_skill().as_deref(), Some("stakeholders"));
    press(&mut s.app, "r");
    assert!(screen_text(&s.app, 80, 24).contains("Priya Shah rates Stakeholders & influence"));
}

#[test]
fn a_gap_of_two_or_more_is_red_and_a_gap_of_one_yellow() {
    let mut s = started();
    // Stakeholders (Jordan says 4) rated 1; Data, metrics & KPIs (Jordan says 3) rated 2.
    let index = |app: &App, id: &str| {
        app.insights()
            .skills
            .iter()
            .position(|sk| sk.id == id)
            .expect("skill")
    };
    let (stakeholders, data) = (index(&s.app, "stakeholders"), index(&s.app, "data-metrics"));
    press(&mut s.app, "l");
    press(&mut s.app, &"j".repeat(stakeholders));
    press(&mut s.app, "r1<Enter><Enter>g");
    press(&mut s.app, &"j".repeat(data));
    press(&mut s.app, "r2<Enter><Enter>");
    // Tall enough for both rows in the ratings list.
    let buf = buffer(&s.app, 80, 34);
    let text = screen_text(&s.app, 80, 34);
    assert!(
        text.contains(&rating_row("Stakeholders & infl…", "4", "1", "+3")),
        "{text}"
    );
    let (x, y) = find(&buf, "+3").expect("the gap of 3 on screen");
    assert_eq!(buf[(x, y)].fg, Color::Red);
    let (x, y) = find(&buf, "+1").expect("the gap of 1 on screen");
    assert_eq!(buf[(x, y)].fg, Color::Yellow);
}

#[test]
fn b_turns_blind_rating_off_and_shows_both_ratings() {
    let mut s = started();
    press(&mut s.app, "b");
    assert!(!s.app.blind());
    assert_eq!(
        status(&s.app),
        (Tone::Info, "Blind rating off: both ratings show")
    );
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("blind rating off (b)"), "{text}");
    assert!(
        text.contains(&rating_row("Customer insight", "3", "–", "")),
        "{text}"
    );
    assert!(
        text.contains(&rating_row("Vision & strategy", "–", "–", "")),
        "never rated: a dash"
    );
    press(&mut s.app, "b");
    assert!(s.app.blind());
}

#[test]
fn blind_rating_hides_the_own_rating_in_the_agenda_too() {
    let s = started();
    assert!(!s.app.own_rating_visible("stakeholders"));
    let text = screen_text(&s.app, 120, 40);
    assert!(!text.contains("you say 4"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// Notes and outcomes
// ---------------------------------------------------------------------------------------------

#[test]
fn notes_form_saves_notes_and_private_notes() {
    let mut s = started();
    press(&mut s.app, "n");
    assert!(is_form(&s.app));
    assert!(screen_text(&s.app, 80, 24).contains("Private notes"));
    press(
        &mut s.app,
        "Talked pricing<Enter>Then roadmaps<Tab>PRIVATE-TUI worried about the reorg<C-s>",
    );
    assert!(is_none(&s.app));
    assert_eq!(status(&s.app), (Tone::Info, "Notes saved"));
    let draft = review_on_disk(&s.path, NEW_ID).expect("draft");
    assert_eq!(draft.notes, "Talked pricing\nThen roadmaps");
    assert_eq!(draft.private_notes, "PRIVATE-TUI worried about the reorg");
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Notes     Talked pricing"), "{text}");
    // The notes form opens again with what was saved.
    press(&mut s.app, "n");
    assert!(screen_text(&s.app, 80, 24).contains("PRIVATE-TUI worried"));
}

#[test]
fn an_action_item_without_an_owner_is_refused_and_the_form_stays_open() {
    let mut s = started();
    press(&mut s.app, "o<Tab>Write the pricing FAQ<Tab>");
    erase(&mut s.app, "Jordan Lee".len());
    press(&mut s.app, "<Enter>");
    assert!(is_form(&s.app), "the form stays open");
    assert_eq!(form_error(&s.app), Some("An action item needs an owner"));
    let Overlay::Form(form) = s.app.overlay() else {
        unreachable!("checked above")
    };
    assert_eq!(form.form.focus, 2, "the owner field has the focus");
    assert_eq!(
        form.form.text(OutcomeField::Text),
        "Write the pricing FAQ",
        "the text is kept"
    );
    assert!(screen_text(&s.app, 80, 24).contains("An action item needs an owner"));
    snapshot_at("review_outcome_form_error_80x24", &s.app, 80, 24);
    assert!(
        review_on_disk(&s.path, NEW_ID)
            .expect("draft")
            .actions
            .is_empty()
    );
    press(&mut s.app, "Jordan Lee<Tab>2026-12-15<Enter>");
    assert!(is_none(&s.app));
    assert_eq!(status(&s.app), (Tone::Info, "Action item added"));
    let actions = review_on_disk(&s.path, NEW_ID).expect("draft").actions;
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].text, "Write the pricing FAQ");
    assert_eq!(actions[0].owner, "Jordan Lee");
    assert_eq!(actions[0].due, Some(day("2026-12-15")));
    assert_eq!(actions[0].done, None);
}

#[test]
fn typing_an_owner_replaces_the_suggested_name() {
    let mut s = started();
    press(&mut s.app, "o<Tab>Book the pricing review<Tab>");
    let Overlay::Form(form) = s.app.overlay() else {
        unreachable!("o opens the outcome form")
    };
    assert_eq!(
        form.form.text(OutcomeField::Owner),
        "Jordan Lee",
        "suggested"
    );
    press(&mut s.app, "Ana Sørensen<Enter>");
    let actions = review_on_disk(&s.path, NEW_ID).expect("draft").actions;
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].owner, "Ana Sørensen", "replaced, not appended");
}

#[test]
fn o_adds_a_strength_and_a_growth_area_without_an_owner() {
    let mut s = started();
    press(&mut s.app, "o<Space><Tab>Clear writing<Enter>");
    assert_eq!(status(&s.app), (Tone::Info, "Strength added"));
    press(&mut s.app, "o<Space><Space><Tab>Pricing models<Enter>");
    assert_eq!(status(&s.app), (Tone::Info, "Growth area added"));
    let draft = review_on_disk(&s.path, NEW_ID).expect("draft");
    assert_eq!(draft.strengths, ["Clear writing"]);
    assert_eq!(draft.growth_areas, ["Pricing models"]);
    assert!(draft.actions.is_empty());
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Strengths Clear writing"), "{text}");
    assert!(text.contains("Growth    Pricing models"), "{text}");
}

#[test]
fn space_on_an_agenda_action_item_marks_it_done_on_disk() {
    let mut s = started();
    let first = s.app.insights().agenda.items[0].clone();
    assert_eq!(first.action, Some((1, 0)), "Draft the pricing note");
    press(&mut s.app, "<Space>");
    assert_eq!(status(&s.app), (Tone::Info, "Action item done"));
    let review = review_on_disk(&s.path, 1).expect("review 1");
    assert_eq!(review.actions[0].done, Some(day(TODAY)));
    assert!(
        !s.app
            .insights()
            .agenda
            .items
            .iter()
            .any(|i| i.text.starts_with("Draft the pricing note")),
        "a done action leaves the agenda"
    );
}

#[test]
fn space_on_an_agenda_item_that_is_not_an_action_says_what_it_does() {
    let mut s = started();
    let before = fingerprint(&s.path);
    press(&mut s.app, "G<Space>");
    assert_eq!(
        status(&s.app),
        (Tone::Note, "Space ticks off action items on the agenda")
    );
    assert_eq!(fingerprint(&s.path), before);
}

// ---------------------------------------------------------------------------------------------
// Finishing, discarding
// ---------------------------------------------------------------------------------------------

#[test]
fn f_asks_and_y_finishes_the_session_which_the_lobby_then_lists() {
    let mut s = started();
    press(&mut s.app, "f");
    assert!(is_confirm(&s.app));
    assert!(screen_text(&s.app, 80, 24).contains("Finish the session?"));
    assert!(review_on_disk(&s.path, NEW_ID).expect("draft").draft);
    press(&mut s.app, "y");
    assert!(is_none(&s.app));
    let review = review_on_disk(&s.path, NEW_ID).expect("the finished review");
    assert!(!review.draft);
    assert!(s.app.session().is_none());
    assert_eq!(s.app.rows(Screen::Review), 3);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Past sessions · 3"), "{text}");
    let new = text.find("2026-11-22 Priya Shah").expect("the new review");
    let old = text
        .find("2026-11-05 Priya Shah")
        .expect("the previous one");
    assert!(new < old, "newest first:\n{text}");
}

#[test]
fn f_then_n_keeps_the_session_open() {
    let mut s = started();
    let before = fingerprint(&s.path);
    press(&mut s.app, "fn");
    assert!(is_none(&s.app));
    assert!(s.app.session().is_some());
    assert_eq!(fingerprint(&s.path), before);
}

#[test]
fn x_discards_the_session_after_confirmation_and_u_brings_it_back() {
    let mut s = started();
    press(&mut s.app, "n");
    press(&mut s.app, "Keep me<C-s>");
    press(&mut s.app, "x");
    assert!(is_confirm(&s.app));
    assert!(review_on_disk(&s.path, NEW_ID).is_some(), "asked first");
    press(&mut s.app, "y");
    assert_eq!(status(&s.app), (Tone::Info, "Session discarded (u undoes)"));
    assert!(review_on_disk(&s.path, NEW_ID).is_none());
    assert!(s.app.session().is_none());
    press(&mut s.app, "u");
    let back = review_on_disk(&s.path, NEW_ID).expect("undo brings the session back");
    assert!(back.draft);
    assert_eq!(back.notes, "Keep me");
    assert!(s.app.session().is_some());
}

// ---------------------------------------------------------------------------------------------
// Reading: a past session, what changed
// ---------------------------------------------------------------------------------------------

#[test]
fn enter_on_a_past_session_opens_it_read_only_and_esc_closes_it() {
    let mut s = lobby();
    let before = fingerprint(&s.path);
    press(&mut s.app, "<Enter>");
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("Review 2026-11-05 with Priya Shah · a amend · Esc back"),
        "{text}"
    );
    for line in [
        "Agenda",
        "• Open action items: Draft the pricing note",
        "Business case needs sources.",
        "Stakeholders & influence: mentor 2, you 4: Agrees too fast | rarely pushes",
    ] {
        assert!(text.contains(line), "missing {line:?}:\n{text}");
    }
    snapshot_at("review_past_session_80x24", &s.app, 80, 24);
    // The action items are further down.
    press(&mut s.app, "G");
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("• Share the ROI model | with finance (Jordan Lee, due 2026-11-15) · open"),
        "{text}"
    );
    press(&mut s.app, "g");
    press(&mut s.app, "<Esc>");
    assert_eq!(s.app.screens().review.doc(), None);
    assert!(screen_text(&s.app, 80, 24).contains("Past sessions · 2"));
    // The older one is a row further down.
    press(&mut s.app, "j<Enter>");
    assert!(screen_text(&s.app, 80, 24).contains("Review 2026-10-01 with Priya Shah"));
    assert_eq!(fingerprint(&s.path), before, "reading writes nothing");
}

#[test]
fn c_opens_what_changed_since_the_last_review() {
    let mut s = lobby();
    press(&mut s.app, "c");
    let text = screen_text(&s.app, 80, 24);
    assert!(
        text.contains("What changed since 2026-11-05 · Esc back"),
        "{text}"
    );
    for line in [
        "Items ticked",
        "• 2026-11-10 Describe your target users",
        "Ratings moved",
        "• Customer insight (self): 2 ↑ 3",
        "Milestones slipped",
    ] {
        assert!(text.contains(line), "missing {line:?}:\n{text}");
    }
    snapshot_at("review_changes_80x24", &s.app, 80, 24);
    press(&mut s.app, "<Esc>");
    assert_eq!(s.app.screens().review.doc(), None);
}

#[test]
fn keys_the_footer_hides_while_reading_do_nothing() {
    let mut s = lobby();
    let before = fingerprint(&s.path);
    press(&mut s.app, "<Enter>s");
    assert!(is_none(&s.app), "s opened {:?}", s.app.overlay());
    press(&mut s.app, "<Enter>");
    assert!(s.app.session().is_none());
    assert_eq!(fingerprint(&s.path), before);
}

// ---------------------------------------------------------------------------------------------
// Read-only
// ---------------------------------------------------------------------------------------------

#[track_caller]
fn assert_refused(app: &App, keys: &str) {
    assert!(is_none(app), "{keys} opened {:?}", app.overlay());
    let (tone, text) = status(app);
    assert_eq!(tone, Tone::Error, "{keys}: {text}");
    assert!(text.starts_with("Read-only ("), "{keys}: {text}");
}

#[test]
fn read_only_refuses_to_start_a_session_and_leaves_the_file_untouched() {
    let (_dir, path) = upgraded_folder_with(&without_session());
    let before = fingerprint(&path);
    let mut app = open_app(&path, true);
    assert!(app.status().is_none(), "no warning: {:?}", app.status());
    press(&mut app, "7s");
    assert_refused(&app, "s");
    // Reading still works.
    press(&mut app, "<Enter>");
    assert!(app.screens().review.doc().is_some());
    press(&mut app, "<Esc>c<Esc>");
    assert_eq!(fingerprint(&path), before);
}

#[test]
fn read_only_refuses_rating_outcomes_notes_finishing_and_ticking_in_a_session() {
    let (_dir, path) = upgraded_folder_with(MENTEE);
    let before = fingerprint(&path);
    let mut app = open_app(&path, true);
    press(&mut app, "7");
    assert!(app.session().is_some());
    for keys in ["lr", "o", "n", "f", "x"] {
        press(&mut app, keys);
        assert_refused(&app, keys);
    }
    press(&mut app, "l<Space>");
    assert_refused(&app, "<Space>");
    assert_eq!(fingerprint(&path), before);
}

// ---------------------------------------------------------------------------------------------
// The footer
// ---------------------------------------------------------------------------------------------

#[test]
fn footer_in_the_lobby_offers_start_but_not_session_keys() {
    let s = lobby();
    let footer = footer(&s.app);
    assert!(footer.contains("s start"), "{footer}");
    assert!(footer.contains("c changes"), "{footer}");
    for absent in ["f finish", "r rate", "o outcome", "n notes", "Esc back"] {
        assert!(!footer.contains(absent), "{absent:?} in {footer}");
    }
}

#[test]
fn footer_in_a_session_offers_finish_but_not_start() {
    let mut s = started();
    // The start message takes the footer until the next key.
    press(&mut s.app, "j");
    let footer = footer(&s.app);
    for present in ["f finish", "r rate", "n notes", "o outcome"] {
        assert!(footer.contains(present), "{present:?} missing in {footer}");
    }
    assert!(!footer.contains("s start"), "{footer}");
    assert!(!footer.contains("Esc back"), "{footer}");
}

#[test]
fn footer_while_reading_offers_only_esc_back() {
    let mut s = lobby();
    press(&mut s.app, "<Enter>");
    let footer = footer(&s.app);
    assert!(footer.contains("Esc back"), "{footer}");
    for absent in ["s start", "c changes", "f finish"] {
        assert!(!footer.contains(absent), "{absent:?} in {footer}");
    }
}

// ---------------------------------------------------------------------------------------------
// Any size
// ---------------------------------------------------------------------------------------------

#[test]
fn snapshot_session_at_the_smallest_size() {
    let s = started();
    snapshot_at("review_session_60x18", &s.app, 60, 18);
}

/// Every state of the Review screen a person can reach, labelled by how.
fn every_review_state() -> Vec<(String, Session)> {
    let mut out = vec![("new user lobby".to_string(), new_user())];
    for keys in ["", "j", "?", "s", "<Enter>", "<Enter>G", "j<Enter>", "c"] {
        let mut s = lobby();
        press(&mut s.app, keys);
        out.push((format!("lobby {keys}"), s));
    }
    let mut s = lobby();
    press(&mut s.app, "s");
    erase(&mut s.app, MENTOR.len());
    press(&mut s.app, "<Enter>");
    out.push(("start form error".into(), s));
    for keys in [
        "",
        "l",
        "lr",
        "lr4<Tab>An example<Enter>",
        "b",
        "n",
        "nNotes<Enter>more<Tab>private<C-s>",
        "o",
        "o<Tab>x<Tab><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><Enter>",
        "o<Tab>An action with a long text that will not fit the outcomes panel<Enter>",
        "f",
        "x",
        "c",
        "cG",
        "G",
        "?",
    ] {
        let mut s = started();
        press(&mut s.app, keys);
        out.push((format!("session {keys}"), s));
    }
    let mut s = mid_session();
    press(&mut s.app, "fy<Enter>");
    out.push(("finished draft, opened".into(), s));
    let mut s = lobby();
    press(&mut s.app, "s");
    erase(&mut s.app, MENTOR.len());
    press(
        &mut s.app,
        "東京のメンター Maximilian Featherstonehaugh-Ramírez<Enter>",
    );
    out.push(("session with a long wide mentor name".into(), s));
    let (dir, path) = upgraded_folder_with(MENTEE);
    let mut app = open_app(&path, true);
    press(&mut app, "7lr");
    out.push((
        "read-only session".into(),
        Session {
            app,
            path,
            _dir: dir,
        },
    ));
    out
}

#[test]
fn every_review_state_renders_at_any_size() {
    for (label, s) in every_review_state() {
        assert_eq!(s.app.screen(), Screen::Review, "{label}");
        assert_draws_at_every_size(&label, &s.app, 9, 7);
    }
}

#[test]
fn the_mentors_form_suggests_no_level_and_refuses_to_save_without_one() {
    let mut s = started();
    let before = fingerprint(&s.path);
    press(&mut s.app, "lr");
    let Overlay::Form(form) = s.app.overlay() else {
        panic!("r opened {:?}", s.app.overlay());
    };
    assert_eq!(
        form.form.choice_value(RatingField::Level),
        None,
        "no level is suggested"
    );
    press(&mut s.app, "<Tab><Enter>");
    assert_eq!(form_error(&s.app), Some("Pick a level from 1 to 5"));
    assert_eq!(fingerprint(&s.path), before);
}

// ---------------------------------------------------------------------------------------------
// Browsing read-only
// ---------------------------------------------------------------------------------------------

/// Every screen, each journal entry and each past session's notes, as text.
fn everything_shown(app: &mut App) -> String {
    let mut seen = String::new();
    for screen in ["1", "2", "3", "4", "5", "6", "7", "8"] {
        press(app, screen);
        seen += &screen_text(app, 120, 40);
    }
    press(app, "5");
    for _ in 0..6 {
        seen += &screen_text(app, 120, 40);
        press(app, "<Down>");
    }
    press(app, "7");
    for _ in 0..3 {
        press(app, "<Enter>");
        seen += &screen_text(app, 120, 40);
        press(app, "<Esc><Down>");
    }
    seen
}

#[test]
fn a_file_browsed_read_only_shows_private_texts_only_as_private() {
    let (_dir, path) = folder_with(&without_session());
    let before = fingerprint(&path);
    let seen = everything_shown(&mut browse_app(&path, false));
    assert!(!seen.contains("PRIVATE-"), "{seen}");
    assert!(
        seen.contains("P private"),
        "the entry keeps its place: {seen}"
    );
    // Asked for with --include-private: shown.
    let seen = everything_shown(&mut browse_app(&path, true));
    assert!(seen.contains("PRIVATE-JOURNAL-A"), "{seen}");
    assert!(seen.contains("PRIVATE-NOTE-1"), "{seen}");
    assert!(fingerprint(&path) == before, "browsing writes nothing");
}

/// The Skills screen's own rating of a skill (its Self column), as drawn.
fn own_on_skills_screen(app: &mut App, name: &str) -> String {
    // On the Skills screen a digit rates: go there only from elsewhere.
    if app.screen() != Screen::Skills {
        press(app, "3");
    }
    let text = screen_text(app, 120, 40);
    let row = text
        .lines()
        .find_map(|l| {
            // A table row starts at the border, with the must-have mark or a space.
            let (_, rest) = l
                .split_once(&format!("│*{name}"))
                .or_else(|| l.split_once(&format!("│ {name}")))?;
            Some(rest.to_string())
        })
        .expect("the skill's row");
    row.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_blind_session_hides_own_ratings_on_every_screen_until_the_mentor_rates() {
    // Jordan rated customer insight 3; a session has just started, blind.
    let mut s = started();
    press(&mut s.app, "1");
    let dashboard = screen_text(&s.app, 120, 40);
    assert!(dashboard.contains("Skills · yours hidden "), "{dashboard}");
    // Roadmap & priorities has Jordan's rating only: the dashboard does not tell it either.
    assert!(
        dashboard.contains("Roadmap & priorities is not rated yet"),
        "{dashboard}"
    );
    assert_eq!(own_on_skills_screen(&mut s.app, "Customer insight"), "-");
    // Blind off (on the Review screen): shown everywhere; on again: hidden again.
    press(&mut s.app, "7b");
    assert_eq!(own_on_skills_screen(&mut s.app, "Customer insight"), "3");
    press(&mut s.app, "7b");
    assert_eq!(own_on_skills_screen(&mut s.app, "Customer insight"), "-");
    // The mentor rates it: Jordan's own rating is back on every screen.
    press(&mut s.app, "7lr4<C-s>");
    assert_eq!(own_on_skills_screen(&mut s.app, "Customer insight"), "3");
    assert_eq!(
        own_on_skills_screen(&mut s.app, "Business case & pricing"),
        "-",
        "not rated yet"
    );
    let mut lobby = lobby();
    assert_eq!(
        own_on_skills_screen(&mut lobby.app, "Customer insight"),
        "3",
        "no session, nothing hidden"
    );
    press(&mut lobby.app, "7");
    press(&mut lobby.app, "1");
    let dashboard = screen_text(&lobby.app, 120, 40);
    assert!(
        dashboard.contains("Roadmap & priorities is rated 3"),
        "{dashboard}"
    );
}
