//! The first frame at once: at quit the coach keeps the frame the next start on the same file
//! draws first, under a key of everything it depends on; the next start finds it only when
//! nothing changed, and it is the very frame that start then draws.

mod common;

use common::tui::*;
use pivot::store::Store;
use pivot::tui::App;
use pivot::tui::kept::FrameCache;
use ratatui::crossterm::event::Event;

fn app_with(path: &std::path::Path, cache: &FrameCache, read_only: bool) -> App {
    let pack = pivot::content::builtin();
    let opened = Store::open(path, read_only, &pack).expect("open");
    let start = pivot::tui::Start {
        kept: Some(cache.clone()),
        ..start(opened.warnings, (80, 24))
    };
    App::new(pack, opened.progress, opened.store, start)
}

fn key_now(cache: &FrameCache, path: &std::path::Path, size: (u16, u16)) -> u64 {
    cache.key(&std::fs::read(path).expect("the file"), size, day(TODAY))
}

#[test]
fn the_frame_kept_at_quit_is_the_one_the_next_start_draws_first() {
    let (dir, path) = folder_with(include_str!("fixtures/tui/progress.json"));
    let cache = FrameCache::at(&dir.path().join("cache/first-frame"), 1);
    let mut app = app_with(&path, &cache, false);
    send(&mut app, Event::Resize(100, 30));
    // A session's worth of moving about and changing things, ending elsewhere with a form open.
    press(
        &mut app,
        "2<Space>4aShip the pricing test<Tab>2027-01-31<C-s>5a",
    );
    assert!(app.form().is_some());
    app.keep_start_frame();
    drop(app);
    let kept = cache
        .load(key_now(&cache, &path, (100, 30)))
        .expect("kept under the key of the file as saved");
    // The next start, on the same file in the same terminal, draws exactly that first.
    let mut next = app_with(&path, &cache, false);
    send(&mut next, Event::Resize(100, 30));
    assert_eq!(
        next.start_frame().expect("draws"),
        kept,
        "the kept frame is the start's own first frame"
    );
    assert_eq!(
        cache.load(key_now(&cache, &path, (80, 24))),
        None,
        "another size"
    );
}

#[test]
fn nothing_is_kept_for_a_file_that_changed_since_or_one_not_written_normally() {
    let (dir, path) = folder_with(include_str!("fixtures/tui/progress.json"));
    let cache = FrameCache::at(&dir.path().join("cache/first-frame"), 1);
    let mut app = app_with(&path, &cache, false);
    app.keep_start_frame();
    drop(app);
    assert!(cache.load(key_now(&cache, &path, (80, 24))).is_some());
    // Another machine's sync (or the command line) changes the file: its key is another.
    let mut text = std::fs::read_to_string(&path).expect("read");
    text = text.replacen("\"name\": \"", "\"name\": \"Dr ", 1);
    std::fs::write(&path, &text).expect("write");
    assert_eq!(cache.load(key_now(&cache, &path, (80, 24))), None);
    // Read-only, or with a session in progress, nothing is kept.
    let mut browsing = app_with(&path, &cache, true);
    browsing.keep_start_frame();
    drop(browsing);
    assert_eq!(cache.load(key_now(&cache, &path, (80, 24))), None);
    let mut session = app_with(&path, &cache, false);
    press(&mut session, "7s<Enter>");
    assert!(session.progress().draft_review().is_some());
    session.keep_start_frame();
    drop(session);
    assert_eq!(cache.load(key_now(&cache, &path, (80, 24))), None);
}
