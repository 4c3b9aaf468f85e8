//! Every safety promise of the data file, each pinned by a test that fails if it breaks.

use std::fs;
use std::path::{Path, PathBuf};

use pivot::content::{Pack, builtin};
use pivot::progress::{Level, Progress, Rater};
use pivot::store::{Access, Store, StoreError, backup_path, original_path, to_json};
use tempfile::TempDir;

fn day(s: &str) -> chrono::NaiveDate {
    pivot::clock::parse_date(s).expect("test date")
}

fn level(n: u8) -> Level {
    Level::new(n).expect("test level")
}

fn setup() -> (TempDir, PathBuf, Pack) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    (dir, path, builtin())
}

fn open_rw(path: &Path, pack: &Pack) -> (Store, Progress) {
    let opened = Store::open(path, false, pack).expect("open");
    assert_eq!(opened.store.access(), &Access::ReadWrite);
    (opened.store, opened.progress)
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn missing_file_opens_fresh_and_is_written_on_first_save() {
    let (_dir, path, pack) = setup();
    let mut opened = Store::open(&path, false, &pack).expect("open");
    assert!(!opened.existed);
    assert!(!path.exists(), "opening must not create the data file");
    opened.store.save(&opened.progress).expect("save");
    let text = fs::read_to_string(&path).expect("read");
    assert_eq!(text, to_json(&opened.progress));
}

#[test]
fn saved_file_is_pretty_with_one_trailing_newline_and_stable_across_round_trips() {
    let (_dir, path, pack) = setup();
    let (mut store, mut progress) = open_rw(&path, &pack);
    progress.rate(
        "communication",
        level(3),
        Rater::Myself,
        None,
        day("2026-11-22"),
    );
    progress.check("cultivate-skills/study-pm-role", day("2026-11-22"));
    store.save(&progress).expect("save");
    let first = fs::read_to_string(&path).expect("read");
    assert!(first.ends_with("}\n") && !first.ends_with("\n\n"));
    assert!(first.starts_with("{\n  \"schema_version\": 2,\n"));
    drop(store);
    let (mut store, progress) = open_rw(&path, &pack);
    store.save(&progress).expect("save again");
    assert_eq!(fs::read_to_string(&path).expect("read"), first);
}

#[test]
fn save_replaces_the_file_by_rename_never_in_place() {
    let (dir, path, pack) = setup();
    let (mut store, mut progress) = open_rw(&path, &pack);
    store.save(&progress).expect("first save");
    let before = fs::read(&path).expect("read");
    // A second name for the old file's inode: an in-place write would change what it shows.
    let observer = dir.path().join("observer");
    fs::hard_link(&path, &observer).expect("link");
    progress
        .add_journal("a new entry", false, day("2026-11-22"))
        .expect("journal");
    store.save(&progress).expect("second save");
    assert_eq!(fs::read(&observer).expect("observer"), before);
    assert_ne!(fs::read(&path).expect("read"), before);
    fs::remove_file(&observer).expect("cleanup");
    // No temporary files are left behind.
    assert_eq!(
        names_in(dir.path()),
        [".progress.json.lock", "progress.json", "progress.json.bak"]
    );
}

#[test]
fn previous_good_version_is_kept_as_backup() {
    let (_dir, path, pack) = setup();
    let (mut store, mut progress) = open_rw(&path, &pack);
    store.save(&progress).expect("save 1");
    assert!(
        !backup_path(&path).exists(),
        "nothing to back up before the first save"
    );
    let v1 = fs::read(&path).expect("read v1");
    progress
        .add_journal("second", false, day("2026-11-22"))
        .expect("journal");
    store.save(&progress).expect("save 2");
    let v2 = fs::read(&path).expect("read v2");
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), v1);
    progress
        .add_journal("third", false, day("2026-11-22"))
        .expect("journal");
    store.save(&progress).expect("save 3");
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), v2);
}

fn assert_corrupt_untouched(path: &Path, bytes: &[u8], pack: &Pack) -> String {
    fs::write(path, bytes).expect("write");
    let err = Store::open(path, false, pack).expect_err("must refuse");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(
        fs::read(path).expect("read"),
        bytes,
        "file must be byte-for-byte unchanged"
    );
    err.to_string()
}

#[test]
fn truncated_file_is_refused_with_line_and_column_and_left_untouched() {
    let (_dir, path, pack) = setup();
    let mut progress = Progress::new(&pack);
    progress
        .add_journal("hello", false, day("2026-11-22"))
        .expect("journal");
    let text = to_json(&progress);
    let cut = &text.as_bytes()[..text.len() / 2];
    let message = assert_corrupt_untouched(&path, cut, &pack);
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(
        message.contains("line ") && message.contains("column "),
        "{message}"
    );
    assert!(message.contains("left exactly as it was"), "{message}");
}

#[test]
fn corrupt_file_message_points_at_the_backup_when_there_is_one() {
    let (_dir, path, pack) = setup();
    let (mut store, progress) = open_rw(&path, &pack);
    store.save(&progress).expect("save");
    store.save(&progress).expect("save makes a backup");
    drop(store);
    let message = assert_corrupt_untouched(&path, b"{ not json", &pack);
    assert!(
        message.contains(&format!("cp '{}'", backup_path(&path).display())),
        "{message}"
    );
}

#[test]
fn level_outside_the_scale_is_refused_with_its_json_path() {
    let (_dir, path, pack) = setup();
    let mut progress = Progress::new(&pack);
    progress.rate(
        "communication",
        level(3),
        Rater::Myself,
        None,
        day("2026-11-22"),
    );
    let text = to_json(&progress).replace("\"level\": 3", "\"level\": 9");
    let message = assert_corrupt_untouched(&path, text.as_bytes(), &pack);
    assert!(
        message.contains("assessments[0].ratings.communication.level"),
        "{message}"
    );
    assert!(message.contains("outside 1–5"), "{message}");
}

#[test]
fn duplicate_milestone_ids_are_refused() {
    let (_dir, path, pack) = setup();
    let mut progress = Progress::new(&pack);
    progress
        .add_milestone("a", day("2027-01-01"), None)
        .expect("a");
    progress
        .add_milestone("b", day("2027-01-02"), None)
        .expect("b");
    progress.milestones[1].id = progress.milestones[0].id;
    let message = assert_corrupt_untouched(&path, to_json(&progress).as_bytes(), &pack);
    assert!(
        message.contains("milestones[1].id: duplicate id 1"),
        "{message}"
    );
}

#[test]
fn newer_schema_opens_read_only_and_refuses_to_save() {
    let (_dir, path, pack) = setup();
    let mut progress = Progress::new(&pack);
    progress.schema_version = 99;
    let text =
        to_json(&progress).replace("\"profile\"", "\"future_field\": [1, 2],\n  \"profile\"");
    fs::write(&path, &text).expect("write");
    let mut opened = Store::open(&path, false, &pack).expect("a newer file still opens");
    assert!(matches!(opened.store.access(), Access::ReadOnly(r) if r.contains("newer pivot")));
    assert!(opened.warnings.iter().any(|w| w.contains("newer pivot")));
    let err = opened.store.save(&opened.progress).expect_err("read-only");
    assert!(matches!(err, StoreError::ReadOnly { .. }));
    assert_eq!(fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn second_opener_gets_read_only_while_the_first_holds_the_lock() {
    let (_dir, path, pack) = setup();
    let (mut first, progress) = open_rw(&path, &pack);
    first.save(&progress).expect("save");
    let mut second = Store::open(&path, false, &pack).expect("open");
    assert!(
        matches!(second.store.access(), Access::ReadOnly(r) if r.contains("another pivot")),
        "{:?}",
        second.store.access()
    );
    assert!(second.store.save(&second.progress).is_err());
    drop(second);
    drop(first);
    let third = Store::open(&path, false, &pack).expect("open");
    assert_eq!(
        third.store.access(),
        &Access::ReadWrite,
        "lock is released on drop"
    );
}

#[test]
fn read_only_open_takes_no_lock_and_never_writes() {
    let (dir, path, pack) = setup();
    let (mut first, progress) = open_rw(&path, &pack);
    first.save(&progress).expect("save");
    let before = names_in(dir.path());
    let mut ro = Store::open(&path, true, &pack).expect("open");
    assert!(matches!(ro.store.access(), Access::ReadOnly(_)));
    assert!(ro.store.save(&ro.progress).is_err());
    assert_eq!(names_in(dir.path()), before);
}

#[test]
fn ids_and_fields_unknown_to_the_pack_survive_a_save() {
    let (_dir, path, pack) = setup();
    let mut progress = Progress::new(&pack);
    progress.check("retired-step/old-item", day("2025-01-01"));
    progress.rate(
        "retired-skill",
        level(2),
        Rater::Myself,
        Some("kept"),
        day("2025-01-01"),
    );
    let text = to_json(&progress).replace(
        "\"profile\"",
        "\"x_custom\": {\n    \"kept\": true\n  },\n  \"profile\"",
    );
    fs::write(&path, &text).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    progress.check("cultivate-skills/study-pm-role", day("2026-11-22"));
    store.save(&progress).expect("save");
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
    assert_eq!(
        saved["checklist"]["retired-step/old-item"]["done"],
        "2025-01-01"
    );
    assert_eq!(
        saved["assessments"][0]["ratings"]["retired-skill"]["comment"],
        "kept"
    );
    assert_eq!(saved["x_custom"]["kept"], true);
    assert_eq!(
        saved["checklist"]["cultivate-skills/study-pm-role"]["done"],
        "2026-11-22"
    );
}

#[test]
fn failed_save_is_reported_and_the_in_memory_state_is_kept() {
    let (dir, path, pack) = setup();
    let mut opened = Store::open(&path, false, &pack).expect("a missing file opens fresh");
    // A folder with something in it where the file should go: no rename can replace it, not even
    // as root (as on CI), while the lock is held as usual.
    fs::create_dir(&path).expect("a folder in the way");
    fs::write(path.join("inside"), "x").expect("fill it");
    let mut progress = opened.progress;
    progress
        .add_journal("not lost", false, day("2026-11-22"))
        .expect("journal");
    let snapshot = progress.clone();
    let err = opened.store.save(&progress).expect_err("save must fail");
    assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    assert_eq!(progress, snapshot);
    drop(dir);
}

#[test]
fn a_lock_that_cannot_be_taken_opens_read_only_and_says_why() {
    let pack = builtin();
    // Nothing, not even root, can create a folder or file under /proc.
    let path = Path::new("/proc/pivot-cannot-exist/progress.json");
    let opened = Store::open(path, false, &pack).expect("a missing file opens fresh");
    match opened.store.access() {
        Access::ReadOnly(reason) => assert!(reason.contains("lock"), "{reason}"),
        Access::ReadWrite => panic!("opened for writing without a lock"),
    }
    assert!(
        opened.warnings.iter().any(|w| w.contains("read-only")),
        "{:?}",
        opened.warnings
    );
}

const V1: &str = include_str!("fixtures/migrate/v1.json");

#[test]
fn schema_1_file_is_migrated_keeping_the_original_byte_for_byte() {
    let (dir, path, pack) = setup();
    fs::write(&path, V1).expect("write");
    let mut opened = Store::open(&path, false, &pack).expect("open");
    // Opening upgrades in memory only: a command that then fails leaves the file as it was.
    assert_eq!(fs::read_to_string(&path).expect("read"), V1);
    assert!(!original_path(&path, 1).exists());
    assert_eq!(opened.progress.schema_version, 2);
    // The first save keeps the original and writes schema 2, and says so once.
    opened.store.save(&opened.progress).expect("save");
    let notice = opened.store.take_notice().expect("a notice of the upgrade");
    assert!(
        notice.contains("upgraded") && notice.contains(".v1.bak"),
        "{notice}"
    );
    assert_eq!(opened.store.take_notice(), None);
    assert_eq!(
        fs::read_to_string(original_path(&path, 1)).expect("original"),
        V1
    );
    // The file on disk is now schema 2, with the item evidence in the library.
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
    assert_eq!(saved["schema_version"], 2);
    assert_eq!(saved["evidence"].as_array().map(Vec::len), Some(4));
    assert!(
        saved["checklist"]["cultivate-skills/take-course"]
            .get("evidence")
            .is_none()
    );
    assert_eq!(
        saved["checklist"]["cultivate-skills/study-pm-role"]["note"],
        "Read twelve job ads"
    );
    let p = &opened.progress;
    let titles: Vec<(&str, Option<&str>)> = p
        .evidence
        .iter()
        .map(|e| (e.title.as_str(), e.link.as_deref()))
        .collect();
    assert_eq!(titles[1].1, Some("https://learn.example.com/cert/123"));
    assert_eq!(titles[2], ("Presented the course summary to my team", None));
    assert_eq!(titles[3], ("draft comparison table", None));
    assert_eq!(
        p.evidence[3].date.to_string(),
        "2026-09-01",
        "undated item: start date"
    );
    assert_eq!(p.journal.len(), 1);
    assert_eq!(p.assessments.len(), 1);
    // Opening again finds nothing to migrate.
    drop(opened);
    let again = Store::open(&path, false, &pack).expect("open");
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(
        names_in(dir.path()),
        [
            ".progress.json.lock",
            "progress.json",
            "progress.json.v1.bak"
        ]
    );
}

#[test]
fn read_only_open_of_a_schema_1_file_migrates_in_memory_and_writes_nothing() {
    let (dir, path, pack) = setup();
    fs::write(&path, V1).expect("write");
    let opened = Store::open(&path, true, &pack).expect("open");
    assert_eq!(opened.progress.schema_version, 2);
    assert_eq!(opened.progress.evidence.len(), 4);
    assert!(opened.warnings.iter().any(|w| w.contains("in memory only")));
    assert_eq!(fs::read_to_string(&path).expect("read"), V1);
    assert_eq!(names_in(dir.path()), ["progress.json"]);
}

// ---------------------------------------------------------------------------------------------
// The lock fails closed, and what cannot be a data file is refused
// ---------------------------------------------------------------------------------------------

fn lock_of(path: &Path) -> PathBuf {
    path.with_file_name(".progress.json.lock")
}

#[test]
fn a_lock_file_removed_while_open_stops_the_next_save() {
    let (_dir, path, pack) = setup();
    let (mut store, progress) = open_rw(&path, &pack);
    store.save(&progress).expect("first save");
    let before = fs::read(&path).expect("read");
    fs::remove_file(lock_of(&path)).expect("remove the lock file");
    let err = store.save(&progress).expect_err("no save without the lock");
    assert!(matches!(err, StoreError::LockLost { .. }), "{err:?}");
    assert!(err.to_string().contains("gone"), "{err}");
    assert_eq!(
        fs::read(&path).expect("read"),
        before,
        "the file is untouched"
    );
}

#[test]
fn a_lock_file_replaced_while_open_stops_the_next_save() {
    let (_dir, path, pack) = setup();
    let (mut store, progress) = open_rw(&path, &pack);
    fs::remove_file(lock_of(&path)).expect("remove");
    fs::write(lock_of(&path), "an export written over it").expect("replace");
    let err = store
        .save(&progress)
        .expect_err("no save on a lock that is not ours");
    assert!(err.to_string().contains("replaced"), "{err}");
    assert!(!path.exists(), "nothing was written");
}

#[cfg(unix)]
#[test]
fn the_lock_file_is_open_to_its_owner_alone() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path, pack) = setup();
    fs::write(lock_of(&path), "").expect("an old lock file");
    fs::set_permissions(lock_of(&path), fs::Permissions::from_mode(0o644)).expect("chmod");
    let _open = open_rw(&path, &pack);
    let mode = fs::metadata(lock_of(&path))
        .expect("lock")
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "others could lock the owner out: {mode:o}");
}

#[cfg(unix)]
#[test]
fn a_data_file_with_another_hard_link_opens_read_only() {
    let (dir, path, pack) = setup();
    fs::write(&path, to_json(&Progress::new(&pack))).expect("write");
    fs::hard_link(&path, dir.path().join("other-name.json")).expect("link");
    let opened = Store::open(&path, false, &pack).expect("open");
    match opened.store.access() {
        Access::ReadOnly(reason) => assert!(reason.contains("hard links"), "{reason}"),
        Access::ReadWrite => panic!("two names would each have a lock of their own"),
    }
}

#[test]
fn a_folder_as_the_data_file_is_refused() {
    let (_dir, path, pack) = setup();
    fs::create_dir(&path).expect("a folder");
    let err = Store::open(&path, false, &pack).expect_err("a folder is no data file");
    assert!(matches!(err, StoreError::NotAFile { .. }), "{err:?}");
    assert!(err.to_string().contains("a folder"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_data_file_is_refused_without_waiting() {
    let (_dir, path, pack) = setup();
    match std::process::Command::new("mkfifo").arg(&path).status() {
        Ok(status) if status.success() => {}
        _ => {
            eprintln!("SKIPPED a_fifo_as_the_data_file_is_refused_without_waiting: no mkfifo here");
            return;
        }
    }
    // Opening a FIFO to read would block until a writer came; the check must not open it.
    let err = Store::open(&path, false, &pack).expect_err("a FIFO is no data file");
    assert!(err.to_string().contains("named pipe"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_missing_file_is_refused_and_left_a_link() {
    let (dir, path, pack) = setup();
    let target = dir.path().join("not-mounted/progress.json");
    std::os::unix::fs::symlink(&target, &path).expect("link");
    let err = Store::open(&path, false, &pack).expect_err("no blank profile over a link");
    assert!(matches!(err, StoreError::MissingTarget { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&target.display().to_string()),
        "{err}"
    );
    let meta = fs::symlink_metadata(&path).expect("still there");
    assert!(meta.file_type().is_symlink(), "the link was not replaced");
}

// ---------------------------------------------------------------------------------------------
// Nothing silently dropped
// ---------------------------------------------------------------------------------------------

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

/// The mentee's file with a field no pivot knows at every level it has.
fn with_unknown_fields() -> String {
    let mut doc: serde_json::Value = serde_json::from_str(MENTEE).expect("fixture parses");
    let mark = |v: &mut serde_json::Value, name: &str| {
        v[format!("x_{name}")] = serde_json::json!({"kept": name});
    };
    mark(&mut doc, "top");
    mark(&mut doc["profile"], "profile");
    mark(&mut doc["pack"], "pack");
    mark(&mut doc["journal"][0], "journal");
    mark(&mut doc["milestones"][0], "milestone");
    mark(&mut doc["evidence"][0], "evidence");
    mark(&mut doc["evidence"][0]["story"], "story");
    mark(&mut doc["assessments"][0], "assessment");
    mark(&mut doc["reviews"][0], "review");
    mark(&mut doc["reviews"][0]["actions"][0], "action");
    mark(&mut doc["settings"], "settings");
    serde_json::to_string_pretty(&doc).expect("encodes")
}

#[test]
fn unknown_fields_survive_a_save_at_every_level() {
    let (_dir, path, pack) = setup();
    fs::write(&path, with_unknown_fields()).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    progress
        .add_journal("a change, so the file is written", false, day("2026-11-22"))
        .expect("journal");
    store.save(&progress).expect("save");
    let saved = fs::read_to_string(&path).expect("read");
    for name in [
        "top",
        "profile",
        "pack",
        "journal",
        "milestone",
        "evidence",
        "story",
        "assessment",
        "review",
        "action",
        "settings",
    ] {
        assert!(
            saved.contains(&format!("\"x_{name}\"")),
            "the {name} field was dropped"
        );
    }
}

#[test]
fn editing_a_piece_of_evidence_keeps_what_this_build_does_not_know() {
    let (_dir, path, pack) = setup();
    fs::write(&path, with_unknown_fields()).expect("write");
    let (_store, mut progress) = open_rw(&path, &pack);
    let mut piece = progress.evidence[0].clone();
    let id = piece.id;
    piece.extra.clear();
    piece.story.extra.clear();
    piece.title = "Renamed".into();
    progress.edit_evidence(id, piece).expect("edit");
    let edited = progress.evidence_piece(id).expect("still there");
    assert!(edited.extra.contains_key("x_evidence"));
    assert!(edited.story.extra.contains_key("x_story"));
}

#[test]
fn a_key_given_twice_in_a_map_is_refused() {
    let (_dir, path, pack) = setup();
    let item = r#""cultivate-skills/study-pm-role": {"done": "2026-11-01"}"#;
    let twice = MENTEE.replacen(
        "\"checklist\": {",
        &format!("\"checklist\": {{{item}, {item},"),
        1,
    );
    assert_ne!(twice, MENTEE, "the fixture has a checklist");
    fs::write(&path, &twice).expect("write");
    let err = Store::open(&path, false, &pack).expect_err("the checklist names an item twice");
    assert!(err.to_string().contains("given twice"), "{err}");
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        twice,
        "left as it was"
    );
}

#[test]
fn temporary_copies_a_crash_left_are_cleared_by_the_next_pivot_that_holds_the_lock() {
    let (dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let stale = dir.path().join(".progress.json.AbC123.tmp");
    let other = dir.path().join(".other.json.XyZ789.tmp");
    fs::write(&stale, "private entries").expect("stale copy");
    fs::write(&other, "another file's copy").expect("another copy");
    let read_only = Store::open(&path, true, &pack).expect("open read-only");
    assert!(stale.exists(), "a reader without the lock leaves it");
    drop(read_only);
    let _writer = open_rw(&path, &pack);
    assert!(!stale.exists(), "the stale copy is gone");
    assert!(other.exists(), "another file's copy is not ours to clear");
}

#[cfg(unix)]
#[test]
fn root_saving_another_users_file_keeps_its_owner() {
    use std::os::unix::fs::MetadataExt;
    let (dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let mine = fs::metadata(&path).expect("meta");
    if mine.uid() != 0 {
        eprintln!("SKIPPED root_saving_another_users_file_keeps_its_owner: not running as root");
        return;
    }
    std::os::unix::fs::chown(&path, Some(4242), Some(4242)).expect("give it to another user");
    let (mut store, progress) = open_rw(&path, &pack);
    store.save(&progress).expect("save");
    let after = fs::metadata(&path).expect("meta");
    assert_eq!(
        (after.uid(), after.gid()),
        (4242, 4242),
        "the owner was changed"
    );
    drop(dir);
}

// ---------------------------------------------------------------------------------------------
// Check before every save: a change made elsewhere is merged, never overwritten
// ---------------------------------------------------------------------------------------------

/// Edit the file on disk as another program would (a git pull, a sync client, an editor).
fn edit_on_disk(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut doc: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("parses");
    edit(&mut doc);
    fs::write(path, serde_json::to_string_pretty(&doc).expect("encodes")).expect("write");
}

#[test]
fn a_journal_entry_written_elsewhere_survives_this_pivots_save() {
    let (_dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    edit_on_disk(&path, |doc| {
        doc["journal"]
            .as_array_mut()
            .expect("journal")
            .push(serde_json::json!({"id": 90, "date": "2026-11-21", "text": "from the laptop"}));
    });
    progress
        .add_journal("from the desktop", false, day("2026-11-22"))
        .expect("journal");
    let saved = store.save(&progress).expect("save");
    assert!(
        matches!(saved, pivot::store::Saved::Merged { conflicts: 0, .. }),
        "{saved:?}"
    );
    let on_disk: Progress =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("the merge parses");
    let texts: Vec<&str> = on_disk.journal.iter().map(|j| j.text.as_str()).collect();
    assert!(texts.contains(&"from the laptop"), "{texts:?}");
    assert!(texts.contains(&"from the desktop"), "{texts:?}");
}

#[test]
fn entries_both_copies_added_under_one_number_are_both_kept_apart() {
    let (_dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    let next = progress.milestones.iter().map(|m| m.id).max().unwrap_or(0) + 1;
    edit_on_disk(&path, |doc| {
        doc["milestones"]
            .as_array_mut()
            .expect("milestones")
            .push(serde_json::json!(
                {"id": next, "title": "Theirs", "due": "2027-02-01"}
            ));
    });
    let ours = progress
        .add_milestone("Ours", day("2027-03-01"), None)
        .expect("add");
    assert_eq!(ours, next, "both copies chose the same number");
    store.save(&progress).expect("save");
    let on_disk: Progress =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("parses");
    let ids: Vec<u32> = on_disk.milestones.iter().map(|m| m.id).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "no id twice: {ids:?}");
    for title in ["Ours", "Theirs"] {
        assert!(
            on_disk.milestones.iter().any(|m| m.title == title),
            "{title} was lost"
        );
    }
}

#[test]
fn a_value_both_changed_keeps_this_copys_and_records_the_other() {
    let (_dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    edit_on_disk(&path, |doc| {
        doc["profile"]["name"] = "Name from the laptop".into()
    });
    progress.profile.name = Some("Name from here".into());
    let saved = store.save(&progress).expect("save");
    assert!(
        matches!(saved, pivot::store::Saved::Merged { conflicts: 1, .. }),
        "{saved:?}"
    );
    let on_disk: Progress =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("parses");
    assert_eq!(on_disk.profile.name.as_deref(), Some("Name from here"));
    assert_eq!(on_disk.conflicts.len(), 1);
    assert_eq!(on_disk.conflicts[0].path, "profile.name");
    assert_eq!(on_disk.conflicts[0].other, "Name from the laptop");
}

#[test]
fn a_file_made_unreadable_elsewhere_is_not_saved_over() {
    let (_dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let (mut store, progress) = open_rw(&path, &pack);
    fs::write(&path, "{ half a file").expect("a broken sync");
    let err = store.save(&progress).expect_err("no save over it");
    assert!(
        matches!(err, StoreError::ChangedElsewhere { .. }),
        "{err:?}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), "{ half a file");
}

#[test]
fn an_unchanged_file_is_simply_written() {
    let (_dir, path, pack) = setup();
    fs::write(&path, MENTEE).expect("write");
    let (mut store, mut progress) = open_rw(&path, &pack);
    progress.profile.name = Some("Same machine".into());
    assert!(matches!(
        store.save(&progress).expect("save"),
        pivot::store::Saved::Written
    ));
    progress.profile.name = Some("Again".into());
    assert!(
        matches!(
            store.save(&progress).expect("save"),
            pivot::store::Saved::Written
        ),
        "its own last save is the new base"
    );
}

#[test]
fn a_key_given_twice_inside_an_unknown_field_is_refused_too() {
    let (_dir, path, pack) = setup();
    let twice = MENTEE.replacen('{', r#"{"x_from_a_tool": {"k": 1, "k": 2},"#, 1);
    fs::write(&path, &twice).expect("write");
    let err =
        Store::open(&path, false, &pack).expect_err("k twice, deep in a field pivot does not know");
    assert!(err.to_string().contains("\"k\" is given twice"), "{err}");
}

#[test]
fn corrupt_file_message_never_offers_a_backup_that_does_not_read_either() {
    let (_dir, path, pack) = setup();
    let (mut store, progress) = open_rw(&path, &pack);
    store.save(&progress).expect("save");
    store.save(&progress).expect("save makes a backup");
    drop(store);
    fs::write(backup_path(&path), b"{ also broken").expect("break the backup");
    let message = assert_corrupt_untouched(&path, b"{ not json", &pack);
    assert!(!message.contains("cp '"), "{message}");
    assert!(
        message.contains(&format!(
            "The backup beside it, {}, does not read either",
            backup_path(&path).display()
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("mv '{0}' '{0}.broken'", path.display())),
        "{message}"
    );
}

#[test]
fn corrupt_file_message_without_a_backup_says_how_to_move_it_aside() {
    let (_dir, path, pack) = setup();
    let message = assert_corrupt_untouched(&path, b"{ not json", &pack);
    assert!(!backup_path(&path).exists());
    assert!(
        message.contains(&format!(
            "move it aside to start afresh:\n    mv '{0}' '{0}.broken'",
            path.display()
        )),
        "{message}"
    );
}
