// Each CLI test binary uses a different subset of these helpers.
#![allow(dead_code)]

//! The command line run as the real binary in a throwaway folder: the `Sandbox` and the checks
//! on what a command printed.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use serde_json::Value;
use tempfile::TempDir;

// Not every test binary checks that a file was left untouched.
#[allow(unused_imports)]
pub use super::{TODAY, fingerprint};

/// A throwaway folder with a data file path inside it. Every command built from it is isolated:
/// PIVOT_DATA points into the folder, today is pinned, HOME and XDG_DATA_HOME are the folder, the
/// terminal and locale are UTF-8, and PIVOT_PACK is removed.
pub struct Sandbox {
    pub dir: TempDir,
    pub data: PathBuf,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = TempDir::new().expect("create temp dir");
        let data = dir.path().join("progress.json");
        Sandbox { dir, data }
    }

    /// A sandbox whose data file holds `text`.
    pub fn with(text: &str) -> Sandbox {
        let sb = Sandbox::new();
        fs::write(&sb.data, text).expect("write the fixture");
        sb
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `pivot` with everything isolated but no data file chosen (PIVOT_DATA removed).
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("pivot").expect("pivot binary");
        cmd.current_dir(self.root())
            .env("PIVOT_TODAY", TODAY)
            .env("HOME", self.root())
            .env("XDG_DATA_HOME", self.root().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.root().join("xdg-config"))
            .env("NO_COLOR", "1")
            // A UTF-8 terminal, whatever the machine's: plain mode is tested on its own.
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env_remove("PIVOT_PACK")
            .env_remove("PIVOT_DATA")
            // An editor opened by mistake fails at once instead of waiting for a person.
            .env("EDITOR", "false")
            .env_remove("VISUAL");
        cmd
    }

    /// `pivot` using this sandbox's data file through PIVOT_DATA.
    pub fn pivot(&self) -> Command {
        let mut cmd = self.bare();
        cmd.env("PIVOT_DATA", &self.data);
        cmd
    }

    /// Run with these arguments, expect exit 0, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        stdout(&self.pivot().args(args).assert().success())
    }

    /// Run with these arguments, expect exit 1, return stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        stderr(&self.pivot().args(args).assert().code(1))
    }

    /// Run with these arguments, expect a usage error (exit 2, clap's message naming the bad
    /// value), return stderr.
    pub fn usage_error(&self, args: &[&str]) -> String {
        let err = stderr(&self.pivot().args(args).assert().code(2));
        assert!(err.starts_with("error: invalid value"), "{err}");
        err
    }

    pub fn bytes(&self) -> Vec<u8> {
        fs::read(&self.data).expect("read data file")
    }

    pub fn data(&self) -> Value {
        serde_json::from_slice(&self.bytes()).expect("data file is JSON")
    }

    /// The data file, each entry's `uid` checked (16 hex digits, one per entry) and taken out so
    /// the rest can be compared exactly. For files whose every entry this build made.
    pub fn data_made_here(&self) -> Value {
        let mut data = self.data();
        let mut seen = std::collections::BTreeSet::new();
        for list in ["journal", "milestones", "evidence", "reviews"] {
            for entry in data[list].as_array_mut().into_iter().flatten() {
                let uid = entry
                    .as_object_mut()
                    .and_then(|o| o.remove("uid"))
                    .unwrap_or_else(|| panic!("a {list} entry without a uid: {entry}"));
                let uid = uid.as_str().expect("a uid is text").to_string();
                assert!(
                    uid.len() == 16 && uid.chars().all(|c| c.is_ascii_hexdigit()),
                    "{uid}"
                );
                assert!(seen.insert(uid.clone()), "uid {uid} twice");
            }
        }
        data
    }

    /// The data file with the `uid` of every entry that has one taken out (each checked as 16
    /// hex digits), for files that mix entries made before uids with entries made here.
    pub fn data_without_uids(&self) -> Value {
        let mut data = self.data();
        for list in ["journal", "milestones", "evidence", "reviews"] {
            for entry in data[list].as_array_mut().into_iter().flatten() {
                if let Some(uid) = entry.as_object_mut().and_then(|o| o.remove("uid")) {
                    let uid = uid.as_str().expect("a uid is text");
                    assert!(
                        uid.len() == 16 && uid.chars().all(|c| c.is_ascii_hexdigit()),
                        "{uid}"
                    );
                }
            }
        }
        data
    }

    pub fn write_data(&self, value: &Value) {
        write_json(&self.data, value);
    }

    pub fn status(&self) -> Value {
        let out = self.ok(&["status", "--json"]);
        serde_json::from_str(&out).expect("status --json prints JSON")
    }

    /// Names of everything in the sandbox folder (hidden files included).
    pub fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.root())
            .expect("list sandbox")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

pub fn stdout(assert: &Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(assert: &Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("stderr is UTF-8")
}

/// The error contract: exactly one line, prefixed with the program name.
#[track_caller]
pub fn assert_one_line(stderr: &str) {
    let text = stderr.trim_end();
    assert!(text.starts_with("pivot: "), "stderr: {stderr:?}");
    assert_eq!(
        text.lines().count(),
        1,
        "expected one line, got: {stderr:?}"
    );
}

/// Byte-for-byte equality, shown as text when it fails.
#[track_caller]
pub fn assert_same(actual: &[u8], expected: &[u8], context: &str) {
    if actual != expected {
        panic!(
            "bytes differ {context}\n--- expected ({} bytes)\n{}\n--- actual ({} bytes)\n{}",
            expected.len(),
            String::from_utf8_lossy(expected),
            actual.len(),
            String::from_utf8_lossy(actual)
        );
    }
}

pub fn write_json(path: &Path, value: &Value) {
    let text = serde_json::to_string_pretty(value).expect("serialize");
    fs::write(path, text).expect("write json");
}

/// The built-in pack's file.
pub fn pack_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content/po-to-pm.json")
}

/// The built-in pack as JSON, so expectations and broken copies follow the real content.
pub fn builtin_pack() -> Value {
    let text = fs::read_to_string(pack_file()).expect("read built-in pack");
    serde_json::from_str(&text).expect("built-in pack is JSON")
}

/// The skill `id` in the output of `status --json`.
pub fn status_skill<'a>(status: &'a Value, id: &str) -> &'a Value {
    status["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("skill {id} in status"))
}
