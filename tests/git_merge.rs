//! A real `git merge` of two branches that each changed the data file, with pivot as git's merge
//! driver: everything both sides added, edited and ticked is there after the merge.

mod common;

use std::path::Path;
use std::process::Command;

use pivot::progress::Progress;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn pivot(repo: &Path, args: &[&str]) {
    let data = repo.join("progress.json");
    assert_cmd::Command::cargo_bin("pivot")
        .expect("pivot binary")
        .args(args)
        .env("PIVOT_DATA", &data)
        .env("PIVOT_TODAY", common::TODAY)
        .env("HOME", repo)
        .env_remove("PIVOT_PACK")
        .assert()
        .success();
}

#[test]
fn git_merges_two_branches_that_each_changed_the_file_and_keeps_all_of_both() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("SKIPPED git_merges_two_branches…: git is not installed here");
        return;
    }
    let dir = repo_with_pivot_as_merge_driver();
    let repo = dir.path();

    git(repo, &["checkout", "-qb", "laptop"]);
    pivot(repo, &["journal", "add", "Written on the laptop"]);
    pivot(repo, &["check", "cultivate-skills/study-pm-role"]);
    pivot(
        repo,
        &[
            "milestone",
            "add",
            "Laptop milestone",
            "--due",
            "2027-02-01",
        ],
    );
    pivot(
        repo,
        &[
            "milestone",
            "edit",
            "2",
            "--title",
            "Business case, edited on the laptop",
        ],
    );
    git(repo, &["commit", "-qam", "laptop"]);

    git(repo, &["checkout", "-q", "main"]);
    pivot(repo, &["journal", "add", "Written on the desktop"]);
    pivot(repo, &["check", "develop-strategy/company-model"]);
    pivot(
        repo,
        &[
            "milestone",
            "add",
            "Desktop milestone",
            "--due",
            "2027-03-01",
        ],
    );
    pivot(repo, &["milestone", "edit", "3", "--due", "2027-04-01"]);
    git(repo, &["commit", "-qam", "desktop"]);

    git(repo, &["merge", "-q", "--no-edit", "laptop"]);
    assert_all_of_both(repo);
}

#[test]
fn conflicts_are_listed_by_status_and_cleared_on_request() {
    let mut doc: serde_json::Value = serde_json::from_str(MENTEE).expect("fixture parses");
    doc["conflicts"] = serde_json::json!([
        {"path": "profile.name", "kept": "Jordan Lee", "other": "J. Lee"}
    ]);
    let sb = common::cli::Sandbox::with(&serde_json::to_string_pretty(&doc).expect("encodes"));
    let status = sb.ok(&["status"]);
    assert!(status.contains("Changed on both sides"), "{status}");
    assert!(
        status.contains("profile.name: kept \"Jordan Lee\", the other was \"J. Lee\""),
        "{status}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&sb.ok(&["status", "--json"])).expect("JSON");
    assert_eq!(json["conflicts"][0]["other"], "J. Lee");
    assert!(sb.ok(&["conflicts"]).contains("profile.name"));
    assert_eq!(sb.ok(&["conflicts", "--clear"]), "Cleared 1 conflicts.\n");
    assert!(sb.ok(&["conflicts"]).starts_with("No conflicts"));
    assert!(!sb.ok(&["status"]).contains("Changed on both sides"));
}

/// A repository holding the mentee's file, with pivot as the merge driver for it.
fn repo_with_pivot_as_merge_driver() -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let repo = dir.path();
    git(repo, &["init", "-q", "-b", "main"]);
    std::fs::write(repo.join("progress.json"), MENTEE).expect("write");
    std::fs::write(repo.join(".gitattributes"), "progress.json merge=pivot\n").expect("attrs");
    let driver = format!(
        "{} merge %O %A %B",
        assert_cmd::cargo::cargo_bin("pivot").display()
    );
    git(repo, &["config", "merge.pivot.driver", &driver]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "base"]);
    dir
}

/// Everything each branch added, edited and ticked is in the merged file, no id twice.
fn assert_all_of_both(repo: &Path) {
    let merged: Progress =
        serde_json::from_str(&std::fs::read_to_string(repo.join("progress.json")).expect("read"))
            .expect("the merged file reads");
    let journal: Vec<&str> = merged.journal.iter().map(|j| j.text.as_str()).collect();
    for text in ["Written on the laptop", "Written on the desktop"] {
        assert!(journal.contains(&text), "{text} lost: {journal:?}");
    }
    for title in ["Laptop milestone", "Desktop milestone"] {
        assert!(
            merged.milestones.iter().any(|m| m.title == title),
            "{title} lost"
        );
    }
    let edited = merged
        .milestones
        .iter()
        .find(|m| m.id == 2)
        .expect("milestone 2");
    assert_eq!(edited.title, "Business case, edited on the laptop");
    let moved = merged
        .milestones
        .iter()
        .find(|m| m.id == 3)
        .expect("milestone 3");
    assert_eq!(moved.due.to_string(), "2027-04-01");
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let mut ids: Vec<u32> = merged.milestones.iter().map(|m| m.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), merged.milestones.len(), "no id twice");
    for item in [
        "cultivate-skills/study-pm-role",
        "develop-strategy/company-model",
    ] {
        assert!(merged.is_done(item), "{item} is not ticked");
    }
}
