//! Benchmarks of the core, without a terminal: load + validate, save, insights and reports on a
//! heavy (about 1 MB) progress file, and a load of a 20 MB one ("still works").
//!
//! DESIGN.md, "Promises on speed": a heavy file loads, validates and draws its first frame in under
//! 50 ms, and per-key work (save included) fits in one 16 ms frame.

use std::cell::OnceCell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use pivot::content::Pack;
use pivot::insight::{Insights, Journey};
use pivot::progress::Progress;
use pivot::report::{ExportOptions, export_json, status};
use pivot::store::{Store, to_json};
use tempfile::TempDir;

#[path = "heavy/mod.rs"]
mod heavy;

/// Scale of the journal and assessments that makes the file about 20 MB.
const SCALE_20MB: usize = 25;

/// Write `text` as `progress.json` in a fresh temporary folder.
fn write_file(text: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix("pivot-bench-")
        .tempdir()
        .expect("temporary folder");
    let path = dir.path().join("progress.json");
    std::fs::write(&path, text).expect("write the heavy file");
    (dir, path)
}

fn describe(label: &str, text: &str, p: &Progress) {
    eprintln!(
        "{label}: {} bytes ({:.2} MB) of JSON: {} assessments, {} journal entries, {} reviews, \
         {} milestones, {} checklist items, {} pieces of evidence",
        text.len(),
        text.len() as f64 / 1_000_000.0,
        p.assessments.len(),
        p.journal.len(),
        p.reviews.len(),
        p.milestones.len(),
        p.checklist.len(),
        p.evidence.len(),
    );
}

/// Open read-only and check the file round-trips exactly and opens without warnings.
fn check_loads(path: &Path, pack: &Pack, expected: &Progress) {
    let opened = Store::open(path, true, pack).expect("the heavy file opens");
    assert!(opened.existed);
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    assert!(
        opened.progress == *expected,
        "the heavy file does not round-trip"
    );
}

fn core(c: &mut Criterion) {
    let pack = pivot::content::builtin();
    let today = heavy::today();
    let progress = heavy::heavy_progress(&pack);
    let text = heavy::heavy_json(&pack);
    assert_eq!(text, to_json(&progress), "the generator is deterministic");
    describe("heavy file", &text, &progress);
    let (_dir, path) = write_file(&text);
    check_loads(&path, &pack, &progress);

    let mut group = c.benchmark_group("heavy_1mb");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    group.bench_function("load_validate_1mb", |b| {
        b.iter_with_large_drop(|| Store::open(black_box(&path), true, &pack).expect("opens"))
    });

    // A second copy, so the read-only loads above never see a file being replaced.
    let (_save_dir, save_path) = write_file(&text);
    let opened = Store::open(&save_path, false, &pack).expect("opens read-write");
    assert!(opened.store.read_only_reason().is_none());
    let mut store = opened.store;
    group.bench_function("save_1mb", |b| {
        b.iter(|| store.save(black_box(&progress)).expect("saves"))
    });
    drop(store);

    group.bench_function("to_json_1mb", |b| {
        b.iter_with_large_drop(|| to_json(black_box(&progress)))
    });

    group.bench_function("insights_1mb", |b| {
        b.iter_with_large_drop(|| Insights::compute(&pack, black_box(&progress), today))
    });

    let insights = Insights::compute(&pack, &progress, today);
    group.bench_function("journey_1mb", |b| {
        b.iter_with_large_drop(|| {
            Journey::compute(&pack, black_box(&progress), &insights.readiness, today)
        })
    });
    group.bench_function("movement_1mb", |b| {
        b.iter(|| pivot::insight::movement(&pack, black_box(&progress), today))
    });

    group.bench_function("status_json_1mb", |b| {
        b.iter_with_large_drop(|| {
            let s = status(&pack, black_box(&progress), &insights);
            serde_json::to_string(&s).expect("serializes")
        })
    });

    group.bench_function("export_json_1mb", |b| {
        b.iter_with_large_drop(|| {
            export_json(
                &pack,
                black_box(&progress),
                &insights,
                ExportOptions::default(),
            )
        })
    });
    group.finish();

    // The 20 MB file is built only if its bench is selected.
    let big: OnceCell<(TempDir, PathBuf)> = OnceCell::new();
    let mut group = c.benchmark_group("heavy_20mb");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("load_validate_20mb", |b| {
        let (_, path) = big.get_or_init(|| {
            let progress = heavy::heavy_progress_scaled(&pack, SCALE_20MB);
            let text = heavy::heavy_json_scaled(&pack, SCALE_20MB);
            describe("20 MB file", &text, &progress);
            let file = write_file(&text);
            check_loads(&file.1, &pack, &progress);
            file
        });
        b.iter_with_large_drop(|| Store::open(black_box(path), true, &pack).expect("opens"))
    });
    group.finish();
}

criterion_group!(benches, core);
criterion_main!(benches);
