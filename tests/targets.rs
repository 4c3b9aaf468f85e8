//! Where a report may go: a regular file or standard output, never a device, a FIFO, a folder,
//! the data file, its backup or its lock, however the path is spelled. Nothing is written when
//! it is refused.

mod common;

use std::fs;

use common::cli::Sandbox;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

fn refused(sb: &Sandbox, output: &str) -> String {
    let before = sb.bytes();
    let err = sb.fails(&["export", "--output", output]);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert_eq!(sb.bytes(), before, "the data file is untouched");
    err
}

#[test]
fn a_device_is_refused_and_stays_a_device() {
    let sb = Sandbox::with(MENTEE);
    let err = refused(&sb, "/dev/null");
    assert!(err.contains("a device"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = fs::metadata("/dev/null").expect("/dev/null").file_type();
        assert!(kind.is_char_device(), "/dev/null was replaced");
    }
}

#[test]
fn the_lock_file_is_refused_however_spelled() {
    let sb = Sandbox::with(MENTEE);
    sb.ok(&["check", "cultivate-skills/study-pm-role"]);
    for spelled in [
        sb.path(".progress.json.lock").display().to_string(),
        "./.progress.json.lock".to_string(),
        format!(
            "{}/../{}/.progress.json.lock",
            sb.root().display(),
            sb.root().file_name().unwrap().to_string_lossy()
        ),
    ] {
        let err = refused(&sb, &spelled);
        assert!(err.contains("will not export over"), "{spelled}: {err}");
    }
}

#[test]
fn a_dash_writes_to_standard_output() {
    let sb = Sandbox::with(MENTEE);
    let out = sb.ok(&["export", "--output", "-"]);
    assert!(out.starts_with("# "), "the report on stdout: {out}");
    assert!(!sb.path("-").exists(), "no file called -");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_waiting_for_a_reader() {
    let sb = Sandbox::with(MENTEE);
    let fifo = sb.path("pipe");
    match std::process::Command::new("mkfifo").arg(&fifo).status() {
        Ok(status) if status.success() => {}
        _ => {
            eprintln!("SKIPPED a_fifo_is_refused_without_waiting_for_a_reader: no mkfifo here");
            return;
        }
    }
    let err = refused(&sb, fifo.to_str().expect("utf-8 path"));
    assert!(err.contains("named pipe"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_data_file_is_refused_at_once() {
    let sb = Sandbox::new();
    match std::process::Command::new("mkfifo").arg(&sb.data).status() {
        Ok(status) if status.success() => {}
        _ => {
            eprintln!("SKIPPED a_fifo_as_the_data_file_is_refused_at_once: no mkfifo here");
            return;
        }
    }
    let assert = sb
        .pivot()
        .arg("status")
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains("named pipe"), "{err}");
}

/// The coach too: what it reads before the store (for its kept first frame) must not wait on a
/// pipe either.
#[cfg(unix)]
#[test]
fn a_fifo_as_the_data_file_is_refused_at_once_by_the_coach() {
    let sb = Sandbox::new();
    match std::process::Command::new("mkfifo").arg(&sb.data).status() {
        Ok(status) if status.success() => {}
        _ => {
            eprintln!(
                "SKIPPED a_fifo_as_the_data_file_is_refused_at_once_by_the_coach: no mkfifo here"
            );
            return;
        }
    }
    let assert = sb
        .pivot()
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains("named pipe"), "{err}");
}

#[test]
fn an_id_counter_at_its_limit_refuses_the_add_and_changes_nothing() {
    let mut doc: serde_json::Value = serde_json::from_str(MENTEE).expect("fixture parses");
    doc["milestones"][0]["id"] = serde_json::json!(u32::MAX);
    let sb = Sandbox::with(&serde_json::to_string_pretty(&doc).expect("encodes"));
    let before = sb.bytes();
    let err = sb.fails(&["milestone", "add", "One more", "--due", "2027-01-31"]);
    assert!(err.contains("limit"), "{err}");
    assert_eq!(sb.bytes(), before, "nothing was written");
    sb.ok(&["milestone", "list"]);
}
