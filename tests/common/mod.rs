//! Helpers shared by the integration tests: `cli` for the tests that run the real binary in a
//! sandbox, `tui` for the tests that drive the terminal interface without a terminal.

pub mod cli;
pub mod tui;

use std::fs;
use std::path::Path;
use std::time::SystemTime;

/// "Today" in every test, pinned through PIVOT_TODAY or `Start::today`.
pub const TODAY: &str = "2026-11-22";

/// What "untouched" means for a file: the same bytes and the same modification time.
pub fn fingerprint(path: &Path) -> (Vec<u8>, SystemTime) {
    let bytes = fs::read(path).expect("read the data file");
    let modified = fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("modification time");
    (bytes, modified)
}
