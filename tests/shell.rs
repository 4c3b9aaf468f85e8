//! At home in the shell: completion scripts for every shell clap_complete knows and the man
//! pages, made from the command definitions. Where an outside tool is the honest check (bash -n,
//! zsh -n, fish --no-execute, groff), it runs when installed; when it is not, the test says
//! SKIPPED on standard error (written past the test harness's capture), never a silent pass.

use std::io::Write;
use std::path::Path;
use std::process::Command;

mod common;
use common::cli::{Sandbox, stdout};

/// Whether `tool` can be run here.
fn installed(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

/// Say plainly that a check did not run (not captured, so it shows in every test run).
fn skipped(what: &str, tool: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {what}: {tool} is not installed here"
    );
}

fn completions(shell: &str) -> String {
    let sb = Sandbox::new();
    stdout(&sb.bare().args(["completions", shell]).assert().success())
}

#[test]
fn every_shell_gets_a_script_that_knows_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = completions(shell);
        for word in ["pivot", "review", "prepare", "data", "milestone"] {
            assert!(script.contains(word), "{shell}: no {word} in the script");
        }
    }
}

/// `shell`'s syntax check of its script, when the shell is here.
fn syntax_check(shell: &str, args: &[&str]) {
    if !installed(shell) {
        return skipped(
            &format!("the {shell} syntax check of its completions"),
            shell,
        );
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let file = dir.path().join(format!("pivot.{shell}"));
    std::fs::write(&file, completions(shell)).expect("write the script");
    let out = Command::new(shell)
        .args(args)
        .arg(&file)
        .output()
        .expect("run the shell");
    assert!(
        out.status.success(),
        "{shell} refuses the script: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_bash_zsh_and_fish_scripts_parse_in_their_shells() {
    syntax_check("bash", &["-n"]);
    syntax_check("zsh", &["-n"]);
    syntax_check("fish", &["--no-execute"]);
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let sb = Sandbox::new();
    sb.bare().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_man_page_names_pivot_and_its_commands() {
    let sb = Sandbox::new();
    let page = stdout(&sb.bare().arg("man").assert().success());
    assert!(page.contains(".TH pivot 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "no {section}");
    }
    assert!(page.contains("review"));
}

#[test]
fn man_dir_writes_a_page_per_command_and_groff_reads_them_cleanly() {
    let sb = Sandbox::new();
    let dir = sb.path("man");
    sb.bare()
        .args(["man", "--dir"])
        .arg(&dir)
        .assert()
        .success();
    for page in [
        "pivot.1",
        "pivot-review.1",
        "pivot-review-prepare.1",
        "pivot-milestone-add.1",
    ] {
        assert!(dir.join(page).is_file(), "no {page}");
    }
    if !installed("groff") {
        return skipped("reading the man pages with groff", "groff");
    }
    for entry in std::fs::read_dir(&dir).expect("the folder") {
        let path = entry.expect("an entry").path();
        check_with_groff(&path);
    }
}

/// groff formats the page with every warning on, and warns of nothing.
fn check_with_groff(page: &Path) {
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-K", "utf8", "-z", "-ww"])
        .arg(page)
        .output()
        .expect("run groff");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && warnings.trim().is_empty(),
        "{}: {warnings}",
        page.display()
    );
}

#[test]
fn a_reader_that_stops_reading_is_not_an_error() {
    // A journal long enough that its listing cannot sit in the pipe's buffer.
    let entries: Vec<serde_json::Value> = (1..=3000)
        .map(|n| serde_json::json!({"id": n, "date": "2026-11-01", "text": format!("entry {n} of a long journal kept for a year")}))
        .collect();
    let file = serde_json::json!({
        "schema_version": 2,
        "pack": {"id": "po-to-pm", "version": "1.2.0"},
        "journal": entries,
    });
    let sb = Sandbox::with(&file.to_string());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pivot"))
        .args(["journal", "list"])
        .env("PIVOT_DATA", &sb.data)
        .env("PIVOT_TODAY", common::TODAY)
        .env("HOME", sb.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run pivot");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().expect("stdout"), &mut first).expect("read");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("pivot ends");
    assert!(out.status.success(), "exit {:?}", out.status.code());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
