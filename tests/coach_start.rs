//! How the coach starts on a large file: the first frame is drawn from everything but the
//! journal (which it does not show), the journal is read right after, before any key, and no
//! change is ever saved without it.

use pivot::store::Store;
use pivot::tui::App;
use serde_json::Value;

mod common;
use common::tui::*;

/// The TUI fixture grown past the size read in two goes, with a journal of 200 entries.
fn large() -> String {
    let fixture = include_str!("fixtures/tui/progress.json");
    let mut doc: Value = serde_json::from_str(fixture).expect("fixture parses");
    let ratings = doc["assessments"].as_array().expect("ratings").clone();
    let mut many = Vec::new();
    while serde_json::to_string(&many).expect("encodes").len() < 300 * 1024 {
        many.extend(ratings.iter().cloned());
    }
    doc["assessments"] = Value::Array(many);
    let journal: Vec<Value> = (1..=200)
        .map(|n| serde_json::json!({"id": n, "date": "2026-11-01", "text": format!("entry {n}")}))
        .collect();
    doc["journal"] = Value::Array(journal);
    serde_json::to_string_pretty(&doc).expect("encodes")
}

#[test]
fn the_journal_is_read_after_the_first_frame_and_saved_with_the_next_change() {
    let (_dir, path) = folder_with(&large());
    let pack = pivot::content::builtin();
    let opened = Store::open_for_coach(&path, false, &pack).expect("open");
    let start = start(opened.warnings, (80, 24));
    let mut app = App::new(pack, opened.progress, opened.store, start);
    assert!(
        app.progress().journal.is_empty(),
        "the first frame goes without it"
    );
    let first = screen_text(&app, 80, 24);
    assert!(first.contains("Readiness"), "{first}");
    assert!(app.read_rest(), "the journal was still to read");
    assert_eq!(app.progress().journal.len(), 200);
    assert!(!app.read_rest(), "read once");
    press(&mut app, "5");
    assert!(screen_text(&app, 80, 24).contains("entry 200"));
    // A change now saves the whole file, journal included.
    press(&mut app, "4a");
    press(&mut app, "Ship it<Tab>2027-01-31<C-s>");
    let saved = on_disk(&path);
    assert_eq!(saved.journal.len(), 200);
    assert!(saved.milestones.iter().any(|m| m.title == "Ship it"));
}

#[test]
fn a_screen_drawn_before_the_journal_was_read_is_drawn_again_after() {
    let (_dir, path) = folder_with(&large());
    let pack = pivot::content::builtin();
    let opened = Store::open_for_coach(&path, false, &pack).expect("open");
    let mut app = App::new(
        pack,
        opened.progress,
        opened.store,
        start(opened.warnings, (80, 24)),
    );
    press(&mut app, "5");
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("test terminal");
    let mut frame_text = |app: &App| {
        let buffer = &terminal.draw(|f| app.render(f)).expect("draws").buffer;
        (0..24)
            .map(|y| row_text(buffer, y))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let before = frame_text(&app);
    assert!(!before.contains("entry 200"), "{before}");
    assert!(app.read_rest(), "the journal was still to read");
    let after = frame_text(&app);
    assert!(after.contains("entry 200"), "{after}");
}
