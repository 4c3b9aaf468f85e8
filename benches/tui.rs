//! Benchmarks of the TUI without a terminal, on the heavy (about 1 MB) progress file: drawing each
//! screen on a 200×60 `TestBackend`, and keypress → update → frame for a navigation key and for a
//! change that saves the file (Space on the Path screen, tick and untick in turn).
//!
//! DESIGN.md, "Promises on speed": keypress to redrawn frame, save included, under one 60 Hz frame
//! (16 ms) at p99, and a heavy file loads and draws its first frame in under 50 ms. Criterion reports
//! means; p50/p99 of key → frame are measured here too and printed to stderr.
//!
//! `PIVOT_BENCH_DUMP=FILE cargo bench --bench tui` only writes the heavy file to FILE (for
//! `../shared/tools/tuibench.py`) and runs nothing.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use pivot::content::Pack;
use pivot::store::Store;
use pivot::tui::command::{Action, Command};
use pivot::tui::screens::Screen;
use pivot::tui::{App, Start, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

#[path = "heavy/mod.rs"]
mod heavy;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
/// Iterations timed one by one for the percentiles.
const TIMED_KEYS: usize = 300;

/// The heavy file written as `name` in a fresh temporary folder.
fn write_heavy(pack: &Pack, name: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix("pivot-bench-tui-")
        .tempdir()
        .expect("temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, heavy::heavy_json(pack)).expect("write the heavy file");
    (dir, path)
}

/// The app on the heavy file, read-write, as `pivot` starts it (but with a fixed 200×60 size).
fn open_app(pack: &Pack, path: &Path) -> App {
    let opened = Store::open(path, false, pack).expect("the heavy file opens");
    assert!(opened.existed);
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    App::new(
        pack.clone(),
        opened.progress,
        opened.store,
        Start {
            first_run: false,
            theme: Theme::default_theme(),
            ascii: false,
            mouse: false,
            today: heavy::today(),
            warnings: vec![],
            size: (WIDTH, HEIGHT),
            hide_private: false,
            keys: pivot::tui::screens::KEYS,
            kept: None,
        },
    )
}

fn new_terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal")
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>) {
    terminal
        .draw(|f| app.render(f))
        .expect("draws on a test backend");
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// What a real keypress does: resolve it for the current state, update, draw.
fn press(app: &mut App, terminal: &mut Terminal<TestBackend>, code: KeyCode) {
    app.handle(key(code));
    draw(app, terminal);
}

/// Down on even counts, Up on odd ones: the selection moves every time but stays put overall.
fn down_or_up(n: usize) -> KeyCode {
    if n.is_multiple_of(2) {
        KeyCode::Down
    } else {
        KeyCode::Up
    }
}

/// The text shown on the terminal now (for sanity checks).
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    buffer.content().iter().map(|c| c.symbol()).collect()
}

/// Time `TIMED_KEYS` keypresses one by one and print p50, p99 and the worst.
fn percentiles(label: &str, mut once: impl FnMut(usize)) {
    let mut times: Vec<Duration> = (0..TIMED_KEYS)
        .map(|i| {
            let start = Instant::now();
            once(i);
            start.elapsed()
        })
        .collect();
    times.sort();
    // The sample at quantile `q`: its index is the quantile of the last index, to the nearest.
    let last = times.len() - 1;
    let at = |q: f64| {
        let want = last as f64 * q;
        let index = (0..=last).rfind(|&i| i as f64 <= want + 0.5).unwrap_or(0);
        times[index]
    };
    eprintln!(
        "{label}: {TIMED_KEYS} keys: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        at(0.50).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
    );
}

fn tui(c: &mut Criterion) {
    let pack = pivot::content::builtin();
    let (_dir, path) = write_heavy(&pack, "progress.json");
    let mut app = open_app(&pack, &path);
    assert!(app.read_only().is_none(), "the bench needs a writable file");
    let mut terminal = new_terminal();

    // (a) Drawing each screen.
    let mut group = c.benchmark_group("render_200x60_1mb");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    // What ratatui itself costs per frame at this size (clear, diff, flush to the test backend).
    group.bench_function("empty_frame_baseline", |b| {
        b.iter(|| {
            terminal
                .draw(|f| {
                    black_box(f.area());
                })
                .expect("draws on a test backend");
        })
    });
    for screen in Screen::ALL {
        app.update(Action::Command(Command::GoTo(screen)));
        draw(&app, &mut terminal);
        assert!(
            screen_text(&terminal).contains(screen.title()),
            "{screen:?} did not draw"
        );
        group.bench_function(screen.title().to_lowercase(), |b| {
            b.iter(|| draw(black_box(&app), &mut terminal))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("key_to_frame_1mb");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    // (b) A navigation key: Down on the Journal (1,000 entries), from the middle of the list so
    // every press moves; Up now and then keeps it there.
    app.update(Action::Command(Command::GoTo(Screen::Journal)));
    for _ in 0..50 {
        app.update(Action::Command(Command::PageDown));
    }
    let start = app.cursor_of(Screen::Journal).index;
    press(&mut app, &mut terminal, KeyCode::Down);
    assert_eq!(
        app.cursor_of(Screen::Journal).index,
        start + 1,
        "Down moves on the Journal"
    );
    let mut n = 0usize;
    group.bench_function("journal_down", |b| {
        b.iter(|| {
            n += 1;
            press(&mut app, &mut terminal, down_or_up(n))
        })
    });
    percentiles("key_to_frame_1mb/journal_down", |i| {
        press(&mut app, &mut terminal, down_or_up(i))
    });

    // (c) A change: Space on the Path screen ticks the selected item, the next Space unticks it;
    // each one recomputes the insights and saves the 1 MB file atomically.
    app.update(Action::Command(Command::GoTo(Screen::Path)));
    draw(&app, &mut terminal);
    let item = app.selected_item_key().expect("an item is selected");
    let before = std::fs::read(&path).expect("read the file");
    press(&mut app, &mut terminal, KeyCode::Char(' '));
    assert!(app.save_error().is_none(), "{:?}", app.save_error());
    assert_ne!(
        std::fs::read(&path).expect("read the file"),
        before,
        "Space on {item} saved nothing"
    );
    group.bench_function("path_space_tick_save", |b| {
        b.iter(|| press(&mut app, &mut terminal, KeyCode::Char(' ')))
    });
    percentiles("key_to_frame_1mb/path_space_tick_save", |_| {
        press(&mut app, &mut terminal, KeyCode::Char(' '))
    });
    assert!(app.save_error().is_none(), "{:?}", app.save_error());
    assert_eq!(app.selected_item_key().as_deref(), Some(item.as_str()));
    group.finish();
    drop(app);
}

/// Start-up on the 1 MB file.
fn startup(c: &mut Criterion) {
    let pack = pivot::content::builtin();
    let (_dir, path) = write_heavy(&pack, "progress.json");
    // Start-up as far as pivot's own work goes: open (read, parse, validate, lock), build the app
    // (insights, views) and draw the first frame. The promise is under 50 ms.
    let mut group = c.benchmark_group("startup_1mb");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    // Each app is dropped (releasing the file's lock) before the next opens, outside the timing.
    group.bench_function("open_app_first_frame", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let app = open_app(&pack, black_box(&path));
                let mut terminal = new_terminal();
                draw(&app, &mut terminal);
                total += start.elapsed();
                drop((app, terminal));
            }
            total
        })
    });
    group.finish();
}

/// A screen switch, as tuibench presses it: Tab from the dashboard to the Path screen and
/// BackTab back, every cell of the body drawn anew.
fn tab_switch(c: &mut Criterion) {
    let pack = pivot::content::builtin();
    let (_dir, path) = write_heavy(&pack, "progress.json");
    let mut app = open_app(&pack, &path);
    let mut terminal = new_terminal();
    app.update(Action::Command(Command::GoTo(Screen::Dashboard)));
    draw(&app, &mut terminal);
    let mut group = c.benchmark_group("key_to_frame_1mb");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    let mut n = 0usize;
    group.bench_function("tab_dashboard_path", |b| {
        b.iter(|| {
            n += 1;
            let code = if n.is_multiple_of(2) {
                KeyCode::BackTab
            } else {
                KeyCode::Tab
            };
            press(&mut app, &mut terminal, code)
        })
    });
    group.finish();
}

criterion_group!(benches, tui, tab_switch, startup);

fn main() {
    if let Some(target) = std::env::var_os("PIVOT_BENCH_DUMP") {
        let pack = pivot::content::builtin();
        let text = heavy::heavy_json(&pack);
        std::fs::write(&target, &text).expect("write the heavy file");
        eprintln!(
            "wrote {} bytes of heavy progress to {}",
            text.len(),
            Path::new(&target).display()
        );
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
