//! What the integration tests cannot reach: a save whose text is missing must not touch the file.

use std::fs;

use crate::content::builtin;

use super::{Store, StoreError, backup_path};

#[test]
fn empty_text_is_refused_and_the_file_and_backup_stay_as_they_were() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let pack = builtin();
    let mut opened = Store::open(&path, false, &pack).expect("open");
    opened.store.save(&opened.progress).expect("first save");
    opened
        .store
        .save(&opened.progress)
        .expect("second save makes a backup");
    let file = fs::read(&path).expect("file");
    let backup = fs::read(backup_path(&path)).expect("backup");
    for text in ["", "\n"] {
        let err = opened.store.save_text(text).expect_err("nothing to write");
        assert!(matches!(err, StoreError::Encode { .. }), "{err:?}");
        assert!(err.to_string().contains("left exactly as it was"), "{err}");
    }
    assert_eq!(fs::read(&path).expect("file"), file);
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), backup);
}

/// A file large enough to be read in two goes by the coach: the TUI fixture with its ratings
/// repeated, and `journal` as its journal.
fn large_file(journal: serde_json::Value) -> String {
    let fixture = include_str!("../../tests/fixtures/tui/progress.json");
    let mut doc: serde_json::Value = serde_json::from_str(fixture).expect("fixture parses");
    let ratings = doc["assessments"].as_array().expect("ratings").clone();
    let mut many = Vec::new();
    while serde_json::to_string(&many).expect("encodes").len() < 300 * 1024 {
        many.extend(ratings.iter().cloned());
    }
    doc["assessments"] = serde_json::Value::Array(many);
    doc["journal"] = journal;
    serde_json::to_string_pretty(&doc).expect("encodes")
}

#[test]
fn the_coach_reads_a_large_files_journal_after_the_rest_and_saves_nothing_before() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let journal = serde_json::json!([
        {"id": 1, "date": "2026-10-01", "text": "first", "private": true},
        {"id": 2, "date": "2026-10-02", "text": "second", "kept": "unknown field"}
    ]);
    fs::write(&path, large_file(journal)).expect("write");
    let pack = builtin();
    let whole = Store::open(&path, true, &pack)
        .expect("open whole")
        .progress;
    let mut opened = Store::open_for_coach(&path, false, &pack).expect("open for the coach");
    assert!(opened.store.journal_pending());
    assert!(opened.progress.journal.is_empty());
    let before = fs::read(&path).expect("file");
    let err = opened
        .store
        .save(&opened.progress)
        .expect_err("no save before the journal is read");
    assert!(
        err.to_string().contains("journal is still being read"),
        "{err}"
    );
    assert_eq!(fs::read(&path).expect("file"), before, "untouched");
    opened
        .store
        .read_journal(&mut opened.progress)
        .expect("the journal reads");
    assert_eq!(opened.progress, whole);
    opened.store.save(&opened.progress).expect("saves now");
    let saved = Store::open(&path, true, &pack)
        .expect("open again")
        .progress;
    assert_eq!(saved.journal, whole.journal, "the journal is saved whole");
}

#[test]
fn a_journal_that_does_not_read_later_leaves_the_file_read_only_and_untouched() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let twice = serde_json::json!([
        {"id": 1, "date": "2026-10-01", "text": "a"},
        {"id": 1, "date": "2026-10-02", "text": "b"}
    ]);
    fs::write(&path, large_file(twice)).expect("write");
    let before = fs::read(&path).expect("file");
    let pack = builtin();
    let mut opened = Store::open_for_coach(&path, false, &pack).expect("the rest reads");
    let err = opened
        .store
        .read_journal(&mut opened.progress)
        .expect_err("an id twice");
    assert!(err.to_string().contains("journal"), "{err}");
    assert!(opened.store.read_only_reason().is_some());
    assert!(opened.store.save(&opened.progress).is_err());
    assert_eq!(fs::read(&path).expect("file"), before);
}
