//! The Evidence screen (8) end to end, without a terminal: real key events go through
//! `keymap::resolve` into `App::update`, the data file on disk is read back to check what was
//! saved, and screens are drawn on `TestBackend` and pinned with insta snapshots. Links are
//! "opened" by a recorder put in `App::opener`, so no browser starts.
//!
//! "Today" is 2026-11-22, passed in through `Start::today`. Two fixtures: Sam Rivera's file of the
//! TUI tests (`fixtures/tui/progress.json`, three pieces linked to items only) and Alex Morgan's
//! library (`fixtures/evidence/library.json`, nine pieces of every kind, described at the top of
//! `evidence_cli.rs`). Alex's list, newest first, shows the ids 5, 4, 3, 2, 1, 9, 6, 8, 7.

use std::path::Path;
use std::sync::Mutex;

use pivot::progress::{Evidence, EvidenceKind};
use pivot::tui::App;
use pivot::tui::chrome::Tone;
use pivot::tui::outcome::Outcome;
use pivot::tui::overlay::Overlay;
use pivot::tui::screens::Screen;
use pivot::tui::screens::evidence::forms::EvidenceField;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use serde_json::{Value, json};
use tempfile::TempDir;

mod common;
use common::tui::*;

const SAM: &str = include_str!("fixtures/tui/progress.json");
const LIBRARY: &str = include_str!("fixtures/evidence/library.json");

/// Alex's list as shown, newest first.
const LISTED: [u32; 9] = [5, 4, 3, 2, 1, 9, 6, 8, 7];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// `text` as the data file, opened for writing, on the Evidence screen.
fn session_on(text: &str) -> Session {
    let (dir, path) = folder_with(text);
    let mut app = open_app(&path, false);
    press(&mut app, "8");
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// Alex's library on the Evidence screen.
fn library() -> Session {
    session_on(LIBRARY)
}

/// Alex's library with `change` applied to the JSON first.
fn library_with(change: impl FnOnce(&mut Value)) -> Session {
    let mut doc: Value = serde_json::from_str(LIBRARY).expect("the fixture is JSON");
    change(&mut doc);
    session_on(&serde_json::to_string_pretty(&doc).expect("serialize"))
}

/// No data file yet; the welcome skipped; on the Evidence screen.
fn new_user() -> Session {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let mut app = open_app(&path, false);
    press(&mut app, "<Esc>8");
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// Alex's library opened read-only (`--read-only`), on the Evidence screen.
fn read_only_library() -> Session {
    let (dir, path) = folder_with(LIBRARY);
    let mut app = open_app(&path, true);
    press(&mut app, "8");
    Session {
        app,
        path,
        _dir: dir,
    }
}

fn snapshot_at(name: &str, app: &App, width: u16, height: u16) {
    insta::assert_snapshot!(name, draw(app, width, height).backend());
}

fn piece_on_disk(path: &Path, id: u32) -> Option<Evidence> {
    on_disk(path).evidence.into_iter().find(|e| e.id == id)
}

/// The ids of the pieces the list shows, in order.
fn listed(app: &App) -> Vec<u32> {
    app.shown(Screen::Evidence)
        .iter()
        .map(|&i| app.progress().evidence[i].id)
        .collect()
}

fn selected_id(app: &App) -> u32 {
    app.selected_evidence().expect("a selected piece").id
}

/// Move the selection to the piece `id` with `j`.
fn select(app: &mut App, id: u32) {
    press(app, "g");
    let row = listed(app)
        .iter()
        .position(|&e| e == id)
        .unwrap_or_else(|| panic!("piece {id} is listed"));
    press(app, &"j".repeat(row));
    assert_eq!(selected_id(app), id);
}

/// The picker's ticked ids, and how many options it offers.
fn picker_state(app: &App) -> (Vec<String>, usize) {
    match app.overlay() {
        Overlay::Picker(p) => (
            p.picker.chosen.iter().cloned().collect(),
            p.picker.options.len(),
        ),
        other => panic!("expected a picker, got {other:?}"),
    }
}

/// The text of a checklist item of the pack.
fn item_text(app: &App, step: &str, item: &str) -> String {
    app.pack()
        .step(step)
        .and_then(|s| s.item(item))
        .map(|i| i.text.clone())
        .unwrap_or_else(|| panic!("{step}/{item} in the pack"))
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------------------------
// The list and the detail pane
// ---------------------------------------------------------------------------------------------

#[test]
fn snapshot_evidence_screen_with_the_tui_fixture() {
    let s = session_on(SAM);
    assert_eq!(s.app.screen(), Screen::Evidence);
    // Newest first: the course certificate, the gap plan, the job-ads notes.
    assert_eq!(listed(&s.app), [3, 1, 2]);
    snapshot_at("evidence_screen_80x24", &s.app, 80, 24);
}

#[test]
fn list_is_newest_first_and_the_detail_shows_the_selected_piece_in_full() {
    let mut s = library();
    assert_eq!(listed(&s.app), LISTED);
    select(&mut s.app, 1);
    let text = screen_text(&s.app, 200, 40);
    let shows = format!(
        "• {}",
        item_text(&s.app, "cultivate-skills", "pricing-note")
    );
    for expected in [
        "▲ metric · 2026-10-12 · 41 days old",
        "https://dash.example/pricing  o opens",
        "Situation: Trial users stalled on the pricing page",
        "Result: Trial-to-paid conversion rose from 3.1% to 4.0%",
        "Backs (s): Business case & pricing · Data, metrics & KPIs",
        &shows,
    ] {
        assert!(text.contains(expected), "{expected:?} not in\n{text}");
    }
    snapshot_at("evidence_story_80x24", &s.app, 80, 24);
}

#[test]
fn snapshot_evidence_story_at_the_smallest_size() {
    let mut s = library();
    select(&mut s.app, 1);
    snapshot_at("evidence_story_60x18", &s.app, 60, 18);
}

#[test]
fn a_stale_piece_says_so_and_its_date_is_yellow_in_the_list() {
    let mut s = library();
    select(&mut s.app, 7);
    let buf = buffer(&s.app, 120, 40);
    let text = (0..40).map(|y| row_text(&buf, y)).collect::<String>();
    assert!(text.contains("stale (356 days old)"), "{text}");
    // Selected rows take the selection colour; look at the stale row when another is selected.
    press(&mut s.app, "k");
    let buf = buffer(&s.app, 120, 40);
    let (x, y) = find(&buf, "2025-12-01 ▣").expect("the stale row");
    assert_eq!(buf[(x, y)].fg, Color::Yellow, "stale date");
    let (x, y) = find(&buf, "2026-11-15 ▣").expect("a fresh row");
    assert_eq!(buf[(x, y)].fg, Color::DarkGray, "fresh date");
}

#[test]
fn a_bare_piece_asks_for_a_story_a_link_and_a_skill() {
    let s = library();
    assert_eq!(selected_id(&s.app), 5);
    let text = screen_text(&s.app, 120, 40);
    for expected in [
        "No link",
        "No story yet: e adds situation, task, action, result.",
        "no checklist item",
    ] {
        assert!(text.contains(expected), "{expected:?} not in\n{text}");
    }
}

#[test]
fn capital_j_and_k_scroll_the_detail_and_moving_resets_it() {
    let mut s = library();
    // A small window, so the story does not fit its pane.
    send(&mut s.app, ratatui::crossterm::event::Event::Resize(60, 18));
    select(&mut s.app, 1);
    press(&mut s.app, "J");
    assert_eq!(s.app.cursor_of(Screen::Evidence).scroll, 3);
    press(&mut s.app, "K");
    assert_eq!(s.app.cursor_of(Screen::Evidence).scroll, 0);
    // Scrolling stops at the last line, so one K always moves the text back.
    press(&mut s.app, &"J".repeat(30));
    let end = s.app.cursor_of(Screen::Evidence).scroll;
    assert!((3..30).contains(&end), "{end}");
    press(&mut s.app, "K");
    assert_eq!(s.app.cursor_of(Screen::Evidence).scroll, end - 3);
    press(&mut s.app, "JJj");
    assert_eq!(s.app.cursor_of(Screen::Evidence).scroll, 0);
    assert_eq!(selected_id(&s.app), 9);
}

#[test]
fn a_new_user_sees_how_to_start_and_how_evidence_counts() {
    let mut s = new_user();
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Evidence · 0"), "{text}");
    assert!(text.contains("a adds the first piece."), "{text}");
    assert!(text.contains("How evidence counts"), "{text}");
    assert!(text.contains("older than 180 days goes stale"), "{text}");
    snapshot_at("evidence_new_user_80x24", &s.app, 80, 24);
    // Keys that need a piece say so or do nothing.
    for key in ["s", "i"] {
        press(&mut s.app, key);
        assert!(is_none(&s.app), "{key}");
        assert_eq!(
            status(&s.app),
            (Tone::Note, "Add a piece of evidence first (a)"),
            "{key}"
        );
    }
    for key in ["e", "d"] {
        press(&mut s.app, key);
        assert!(is_none(&s.app), "{key} opened {:?}", s.app.overlay());
    }
}

// ---------------------------------------------------------------------------------------------
// Adding and editing
// ---------------------------------------------------------------------------------------------

#[test]
fn a_opens_the_new_evidence_form_dated_today_as_an_artifact() {
    let mut s = library();
    press(&mut s.app, "a");
    let Overlay::Form(form) = s.app.overlay() else {
        panic!("a opened {:?}", s.app.overlay());
    };
    assert_eq!(form.form.title, "New evidence");
    assert_eq!(form.form.text(EvidenceField::Title), "");
    assert_eq!(
        form.form.choice_value(EvidenceField::Kind).as_deref(),
        Some("artifact")
    );
    assert_eq!(form.form.text(EvidenceField::Date), TODAY);
    snapshot_at("evidence_form_80x24", &s.app, 80, 24);
}

#[test]
fn enter_saves_a_new_piece_of_the_chosen_kind_dated_today_and_selects_it() {
    let mut s = library();
    // Enter on the kind moves on to the date; Enter there saves.
    press(&mut s.app, "aChurn analysis<Tab><Right><Enter>");
    assert!(is_form(&s.app), "Enter on a choice moves on");
    press(&mut s.app, "<Enter>");
    assert!(is_none(&s.app), "the form closed: {:?}", s.app.overlay());
    assert_eq!(
        status(&s.app),
        (Tone::Info, "Evidence added: s links the skills it backs")
    );
    let saved = piece_on_disk(&s.path, 10).expect("saved with the next id");
    assert_eq!(saved.title, "Churn analysis");
    assert_eq!(saved.kind, EvidenceKind::Metric);
    assert_eq!(saved.date, day(TODAY));
    assert_eq!(saved.link, None);
    assert!(saved.story.is_empty() && saved.skills.is_empty() && saved.items.is_empty());
    assert_eq!(selected_id(&s.app), 10);
    assert_eq!(
        s.app.cursor_of(Screen::Evidence).index,
        0,
        "today's piece sorts first"
    );
}

#[test]
fn a_new_piece_with_a_story_and_an_older_date_is_selected_where_it_sorts() {
    let mut s = library();
    press(&mut s.app, "/roadmap<Enter>");
    assert_eq!(listed(&s.app), [4, 7]);
    press(&mut s.app, "aKickoff deck<Tab><Tab>");
    erase(&mut s.app, TODAY.len());
    press(
        &mut s.app,
        "2026-01-10<Tab>https://docs.example/kickoff<Tab>New team<Tab><Tab>Ran the kickoff<Tab>Aligned in a day<Enter>",
    );
    assert!(is_none(&s.app), "{:?}", form_error(&s.app));
    let saved = piece_on_disk(&s.path, 10).expect("saved");
    assert_eq!(saved.date, day("2026-01-10"));
    assert_eq!(saved.kind, EvidenceKind::Artifact);
    assert_eq!(saved.link.as_deref(), Some("https://docs.example/kickoff"));
    assert_eq!(saved.story.situation.as_deref(), Some("New team"));
    assert_eq!(saved.story.task, None);
    assert_eq!(saved.story.action.as_deref(), Some("Ran the kickoff"));
    assert_eq!(saved.story.result.as_deref(), Some("Aligned in a day"));
    // The filter is cleared so the new piece shows, selected in its place by date.
    assert!(s.app.filter_of(Screen::Evidence).is_empty());
    assert_eq!(listed(&s.app).len(), 10);
    assert_eq!(selected_id(&s.app), 10);
    assert_eq!(s.app.cursor_of(Screen::Evidence).index, 8);
}

#[test]
fn a_bad_date_keeps_the_form_open_with_an_error_and_writes_nothing() {
    let mut s = library();
    let before = fingerprint(&s.path);
    press(&mut s.app, "aDeck<Tab><Tab>");
    erase(&mut s.app, TODAY.len());
    press(&mut s.app, "2026-02-30<Enter>");
    assert!(is_form(&s.app));
    let error = form_error(&s.app).expect("an error in the form");
    assert!(error.contains("'2026-02-30' is not a date"), "{error}");
    assert_eq!(fingerprint(&s.path), before);
    assert_eq!(s.app.progress().evidence.len(), 9);
    snapshot_at("evidence_form_error_80x24", &s.app, 80, 24);
    // A blank date means today.
    erase(&mut s.app, 10);
    press(&mut s.app, "<Enter>");
    assert!(is_none(&s.app));
    assert_eq!(piece_on_disk(&s.path, 10).expect("saved").date, day(TODAY));
}

#[test]
fn an_empty_title_keeps_the_form_open_and_writes_nothing() {
    let mut s = library();
    let before = fingerprint(&s.path);
    press(&mut s.app, "a   <Enter>");
    assert!(is_form(&s.app));
    assert_eq!(form_error(&s.app), Some("Give it a title"));
    assert_eq!(fingerprint(&s.path), before);
}

#[test]
fn esc_closes_the_form_and_writes_nothing() {
    let mut s = library();
    let before = fingerprint(&s.path);
    // An untouched form closes at once.
    press(&mut s.app, "a<Esc>");
    assert!(is_none(&s.app));
    // Typed text asks first: n goes back to the form with the text, y drops it.
    press(&mut s.app, "aHalf typed<Esc>");
    assert!(matches!(s.app.overlay(), Overlay::Discard(_)));
    press(&mut s.app, "n");
    assert!(is_form(&s.app));
    press(&mut s.app, "<Esc>y");
    assert!(is_none(&s.app));
    assert_eq!(fingerprint(&s.path), before);
}

#[test]
fn e_edits_the_selected_piece_and_keeps_its_links() {
    let mut s = library();
    select(&mut s.app, 1);
    let before = piece_on_disk(&s.path, 1).expect("piece 1");
    press(&mut s.app, "e");
    let Overlay::Form(form) = s.app.overlay() else {
        panic!("e opened {:?}", s.app.overlay());
    };
    assert_eq!(form.form.title, "Edit evidence");
    assert_eq!(
        form.form.text(EvidenceField::Title),
        "Pricing page experiment"
    );
    assert_eq!(
        form.form.choice_value(EvidenceField::Kind).as_deref(),
        Some("metric")
    );
    assert_eq!(form.form.text(EvidenceField::Date), "2026-10-12");
    assert_eq!(
        form.form.text(EvidenceField::Link),
        "https://dash.example/pricing"
    );
    assert_eq!(
        form.form.text(EvidenceField::Result),
        "Trial-to-paid conversion rose from 3.1% to 4.0%"
    );
    press(&mut s.app, " (2nd run)<Enter>");
    assert!(is_none(&s.app), "{:?}", form_error(&s.app));
    assert_eq!(status(&s.app), (Tone::Info, "Evidence updated"));
    let after = piece_on_disk(&s.path, 1).expect("piece 1");
    assert_eq!(after.title, "Pricing page experiment (2nd run)");
    assert_eq!(
        Evidence {
            title: before.title.clone(),
            ..after.clone()
        },
        before,
        "everything else is kept, links included"
    );
    assert_eq!(after.skills, strings(&["business-case", "data-metrics"]));
    assert_eq!(after.items, strings(&["cultivate-skills/pricing-note"]));
    assert_eq!(on_disk(&s.path).evidence.len(), 9);
}

#[test]
fn enter_on_the_list_also_edits() {
    let mut s = library();
    press(&mut s.app, "<Enter>");
    let Overlay::Form(form) = s.app.overlay() else {
        panic!("Enter opened {:?}", s.app.overlay());
    };
    assert_eq!(form.form.title, "Edit evidence");
    assert_eq!(
        form.form.text(EvidenceField::Title),
        "Ran the sprint review"
    );
}

// ---------------------------------------------------------------------------------------------
// Linking skills and items
// ---------------------------------------------------------------------------------------------

#[test]
fn s_opens_the_skills_picker_with_the_pieces_skills_ticked() {
    let mut s = library();
    select(&mut s.app, 1);
    press(&mut s.app, "s");
    let (chosen, options) = picker_state(&s.app);
    assert_eq!(chosen, strings(&["business-case", "data-metrics"]));
    assert_eq!(options, s.app.pack().skills.len());
    snapshot_at("skills_picker_80x24", &s.app, 80, 24);
}

#[test]
fn skills_picked_are_saved_on_disk_in_pack_order() {
    let mut s = library();
    assert_eq!(selected_id(&s.app), 5);
    // Tick Business case (fourth), then Customer insight (first); Space and x both tick.
    press(&mut s.app, "s");
    press(&mut s.app, "jjj<Space>kkkx");
    let (chosen, _) = picker_state(&s.app);
    assert_eq!(chosen.len(), 3);
    press(&mut s.app, "<Enter>");
    assert!(is_none(&s.app));
    assert_eq!(status(&s.app), (Tone::Info, "Links saved"));
    assert_eq!(
        piece_on_disk(&s.path, 5).expect("piece 5").skills,
        strings(&["customer-insight", "business-case", "communication"])
    );
    // Untick one again.
    press(&mut s.app, "s<Space><Enter>");
    assert_eq!(
        piece_on_disk(&s.path, 5).expect("piece 5").skills,
        strings(&["business-case", "communication"])
    );
}

#[test]
fn esc_discards_what_was_ticked_in_the_picker() {
    let mut s = library();
    let before = fingerprint(&s.path);
    press(&mut s.app, "s<Space>jj<Space><Esc>");
    assert!(is_none(&s.app));
    assert_eq!(fingerprint(&s.path), before);
    assert_eq!(
        s.app.selected_evidence().expect("piece 5").skills,
        strings(&["communication"])
    );
    press(&mut s.app, "i<Space><Esc>");
    assert_eq!(fingerprint(&s.path), before);
}

#[test]
fn the_picker_keeps_links_to_skills_the_pack_no_longer_has() {
    let mut s = library_with(|doc| {
        doc["evidence"][4]["skills"] = json!(["communication", "retired-skill"]);
    });
    press(&mut s.app, "s<Space><Enter>");
    assert_eq!(
        piece_on_disk(&s.path, 5).expect("piece 5").skills,
        strings(&["customer-insight", "communication", "retired-skill"])
    );
}

#[test]
fn i_picks_checklist_items_saved_in_pack_order_and_leaves_the_skills() {
    let mut s = library();
    select(&mut s.app, 1);
    press(&mut s.app, "i");
    let (chosen, options) = picker_state(&s.app);
    assert_eq!(chosen, strings(&["cultivate-skills/pricing-note"]));
    let items: usize = s.app.pack().steps.iter().map(|st| st.items.len()).sum();
    assert_eq!(options, items);
    snapshot_at("items_picker_80x24", &s.app, 80, 24);
    // The fifth item of the first step is the course.
    press(&mut s.app, "jjjj<Space><Enter>");
    let saved = piece_on_disk(&s.path, 1).expect("piece 1");
    assert_eq!(
        saved.items,
        strings(&[
            "cultivate-skills/take-course",
            "cultivate-skills/pricing-note"
        ])
    );
    assert_eq!(saved.skills, strings(&["business-case", "data-metrics"]));
    let text = screen_text(&s.app, 200, 40);
    let course = format!("• {}", item_text(&s.app, "cultivate-skills", "take-course"));
    assert!(text.contains(&course), "{course:?} not in\n{text}");
}

#[test]
fn linking_a_skill_raises_its_coverage_at_once() {
    let mut s = library();
    let coverage = |app: &App| {
        app.insights()
            .skills
            .iter()
            .find(|k| k.id == "market-analysis")
            .expect("market-analysis")
            .coverage
            .score
    };
    select(&mut s.app, 3);
    assert_eq!(coverage(&s.app), 0.0);
    // Market & competition is the third skill.
    press(&mut s.app, "sjj<Space><Enter>");
    assert_eq!(coverage(&s.app), 1.0);
}

// ---------------------------------------------------------------------------------------------
// Opening links
// ---------------------------------------------------------------------------------------------

static OPENED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record_opened(link: &str) -> std::io::Result<()> {
    OPENED.lock().expect("recorder").push(link.to_string());
    Ok(())
}

static OPENED_WITHOUT_LINK: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record_opened_without_link(link: &str) -> std::io::Result<()> {
    OPENED_WITHOUT_LINK
        .lock()
        .expect("recorder")
        .push(link.to_string());
    Ok(())
}

fn refuse_to_open(_link: &str) -> std::io::Result<()> {
    Err(std::io::Error::other("no browser here"))
}

#[test]
fn o_opens_the_link_with_the_opener_and_reports_it() {
    let mut s = library();
    s.app.set_opener(record_opened);
    select(&mut s.app, 3);
    press(&mut s.app, "o");
    assert_eq!(
        *OPENED.lock().expect("recorder"),
        ["https://docs.example/interviews"]
    );
    assert_eq!(
        status(&s.app),
        (Tone::Info, "Opened https://docs.example/interviews")
    );
}

#[test]
fn o_on_a_piece_without_a_link_says_so_and_opens_nothing() {
    let mut s = library();
    s.app.set_opener(record_opened_without_link);
    assert_eq!(selected_id(&s.app), 5);
    press(&mut s.app, "o");
    assert!(OPENED_WITHOUT_LINK.lock().expect("recorder").is_empty());
    assert_eq!(
        status(&s.app),
        (Tone::Note, "This piece has no link (e adds one)")
    );
}

#[test]
fn o_reports_when_the_link_cannot_be_opened() {
    let mut s = library();
    s.app.set_opener(refuse_to_open);
    select(&mut s.app, 2);
    press(&mut s.app, "o");
    let (tone, text) = status(&s.app);
    assert_eq!(tone, Tone::Error);
    assert!(
        text.starts_with("Cannot open https://docs.example/onboarding-case"),
        "{text}"
    );
    assert!(text.contains("no browser here"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// Deleting
// ---------------------------------------------------------------------------------------------

#[test]
fn d_asks_n_keeps_y_deletes_and_u_brings_it_back() {
    let mut s = library();
    select(&mut s.app, 4);
    let original = piece_on_disk(&s.path, 4).expect("piece 4");
    press(&mut s.app, "d");
    match s.app.overlay() {
        Overlay::Confirm(c) => {
            assert_eq!(
                c.question,
                "Delete the evidence \"Priya's note on the roadmap review\"?"
            );
            assert!(
                matches!(&*c.on_yes, Outcome::Change(change) if change.done == "Evidence deleted"),
                "yes deletes it: {:?}",
                c.on_yes
            );
        }
        other => panic!("d opened {other:?}"),
    }
    snapshot_at("delete_confirm_80x24", &s.app, 80, 24);
    press(&mut s.app, "n");
    assert!(is_none(&s.app));
    assert!(piece_on_disk(&s.path, 4).is_some(), "n keeps it");

    press(&mut s.app, "dy");
    assert!(is_none(&s.app));
    assert_eq!(status(&s.app), (Tone::Info, "Evidence deleted (u undoes)"));
    assert!(piece_on_disk(&s.path, 4).is_none(), "y deletes it");
    assert_eq!(listed(&s.app), [5, 3, 2, 1, 9, 6, 8, 7]);

    press(&mut s.app, "u");
    assert_eq!(piece_on_disk(&s.path, 4), Some(original));
    assert_eq!(listed(&s.app), LISTED);
}

#[test]
fn deleting_the_last_row_selects_the_row_above() {
    let mut s = library();
    press(&mut s.app, "G");
    assert_eq!(selected_id(&s.app), 7);
    press(&mut s.app, "dy");
    assert_eq!(selected_id(&s.app), 8);
}

// ---------------------------------------------------------------------------------------------
// Filtering
// ---------------------------------------------------------------------------------------------

#[test]
fn slash_filters_by_title_text() {
    let mut s = library();
    press(&mut s.app, "/interview");
    assert_eq!(listed(&s.app), [3]);
    press(&mut s.app, "<Enter>");
    assert_eq!(listed(&s.app), [3]);
    assert_eq!(selected_id(&s.app), 3);
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Evidence · filter \"interview\""), "{text}");
}

#[test]
fn slash_filters_by_kind_word() {
    let mut s = library();
    press(&mut s.app, "/metric<Enter>");
    assert_eq!(listed(&s.app), [1, 8]);
    // `/` opens with the current filter; Esc clears it.
    press(&mut s.app, "/<Esc>/self-report<Enter>");
    assert_eq!(listed(&s.app), [5, 6]);
}

#[test]
fn slash_filters_by_the_name_of_a_skill_the_piece_backs() {
    let mut s = library();
    press(&mut s.app, "/roadmap<Enter>");
    assert_eq!(listed(&s.app), [4, 7]);
    // Only piece 4 backs "Roadmap & priorities"; piece 7 just has "roadmap" in its title.
    press(&mut s.app, "/<Esc>/Roadmap & priorities<Enter>");
    assert_eq!(listed(&s.app), [4]);
}

#[test]
fn a_filter_matching_nothing_says_so_and_esc_clears_it() {
    let mut s = library();
    press(&mut s.app, "/zzz");
    assert!(listed(&s.app).is_empty());
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Nothing matches the filter"), "{text}");
    assert!(s.app.selected_evidence().is_none());
    press(&mut s.app, "<Esc>");
    assert_eq!(listed(&s.app), LISTED);
}

// ---------------------------------------------------------------------------------------------
// Coverage on the Skills screen
// ---------------------------------------------------------------------------------------------

/// The row of the Skills table that names `skill`.
fn skill_row(buf: &Buffer, skill: &str) -> (u16, String) {
    let (_, y) = find(buf, skill).unwrap_or_else(|| panic!("{skill} on screen"));
    (y, row_text(buf, y))
}

#[test]
fn skills_screen_marks_coverage_and_lists_the_strongest_evidence() {
    let mut s = library();
    // Business case & pricing is the fourth skill.
    press(&mut s.app, "3jjj");
    assert_eq!(s.app.selected_skill().expect("a skill").id, "business-case");
    let buf = buffer(&s.app, 160, 50);
    let (_, row) = skill_row(&buf, "*Business case & pricing");
    assert!(row.contains('●'), "strong: {row}");
    let (_, row) = skill_row(&buf, " Market & competition");
    assert!(row.contains('○'), "none: {row}");
    let (_, row) = skill_row(&buf, " Go-to-market & launch");
    assert!(row.contains('◔'), "thin: {row}");
    let text = (0..50).map(|y| row_text(&buf, y)).collect::<Vec<_>>();
    let text = text.join("\n");
    for expected in [
        "Evidence ● strong · 2 fresh",
        "• Onboarding business case (artifact)",
        "• Pricing page experiment (metric)",
    ] {
        assert!(text.contains(expected), "{expected:?} not in\n{text}");
    }
    snapshot_at("skills_coverage_80x24", &s.app, 80, 24);
}

#[test]
fn skills_screen_colours_a_must_have_without_evidence_red_and_a_backed_one_green() {
    let mut s = library();
    press(&mut s.app, "3");
    let buf = buffer(&s.app, 160, 50);
    let mark_colour = |skill: &str, mark: &str| {
        let (_, y) = find(&buf, skill).unwrap_or_else(|| panic!("{skill}"));
        let x = (0..buf.area.width)
            .find(|&x| buf[(x, y)].symbol() == mark)
            .unwrap_or_else(|| panic!("{mark} in the row of {skill}"));
        buf[(x, y)].fg
    };
    // Vision & strategy is a must-have whose only evidence is stale.
    assert_eq!(mark_colour("*Vision & strategy", "○"), Color::Red);
    assert_eq!(mark_colour("*Business case & pricing", "●"), Color::Green);
    assert_eq!(mark_colour(" Go-to-market & launch", "◔"), Color::Yellow);
}

// ---------------------------------------------------------------------------------------------
// Read-only
// ---------------------------------------------------------------------------------------------

#[test]
fn read_only_refuses_adding_editing_linking_and_deleting_and_leaves_the_file_untouched() {
    let mut s = read_only_library();
    let before = fingerprint(&s.path);
    for key in ["a", "e", "<Enter>", "s", "i", "d"] {
        press(&mut s.app, key);
        assert!(is_none(&s.app), "{key} opened {:?}", s.app.overlay());
        let (tone, text) = status(&s.app);
        assert_eq!(tone, Tone::Error, "{key}: {text}");
        assert!(text.starts_with("Read-only ("), "{key}: {text}");
    }
    // Reading still works.
    press(&mut s.app, "j/metric<Enter>");
    assert_eq!(listed(&s.app), [1, 8]);
    assert_eq!(fingerprint(&s.path), before);
}

// ---------------------------------------------------------------------------------------------
// Any size
// ---------------------------------------------------------------------------------------------

/// Every state of the Evidence screen a person can reach, labelled by how.
fn every_evidence_state() -> Vec<(String, Session)> {
    let mut out = vec![
        ("new user".to_string(), new_user()),
        ("sam".to_string(), session_on(SAM)),
        ("read-only".to_string(), read_only_library()),
    ];
    for keys in [
        "",
        "jjjj",
        "G",
        "JJJJJJJJ",
        "?",
        "a",
        "aA title that is far too long to fit on one row of any form at all<Tab><Tab><BS><BS>x<Enter>",
        "<Enter>",
        "jjjje",
        "s",
        "sG<PageDown>",
        "i",
        "i<PageDown><PageDown><PageDown>",
        "d",
        "/road",
        "/zzz<Enter>",
        "jdy",
    ] {
        let mut s = library();
        press(&mut s.app, keys);
        out.push((format!("library {keys}"), s));
    }
    let mut s = library_with(|doc| {
        doc["evidence"][4]["title"] = json!(
            "東京のお客様とのインタビュー：「使いやすさ」が機能より大事 🎯 and a very long English tail"
        );
        doc["evidence"][4]["link"] =
            json!("https://example.com/a/very/long/link/that/does/not/fit/anywhere/at/all?x=1");
    });
    press(&mut s.app, "s");
    out.push(("wide title picker".into(), s));
    out
}

#[test]
fn every_evidence_state_renders_at_any_size() {
    for (label, s) in every_evidence_state() {
        assert_eq!(s.app.screen(), Screen::Evidence, "{label}");
        assert_draws_at_every_size(&label, &s.app, 9, 7);
    }
}

#[test]
fn the_selection_follows_a_piece_whose_new_date_moves_it_in_the_list() {
    let mut s = library();
    select(&mut s.app, 1);
    let row = s.app.cursor_of(Screen::Evidence).index;
    // Move it to the oldest date of all: it sorts to the end, and stays selected.
    press(&mut s.app, "e<Tab><Tab>2024-01-01<Enter>");
    assert!(is_none(&s.app), "{:?}", form_error(&s.app));
    assert_eq!(selected_id(&s.app), 1);
    assert_ne!(s.app.cursor_of(Screen::Evidence).index, row);
    assert_eq!(listed(&s.app).last(), Some(&1));
}
