//! Long text from outside: `pivot journal add` with no text opens $VISUAL/$EDITOR (here a fake
//! editor, a shell script), `-` reads standard input; an editor that fails or leaves the text
//! empty changes nothing and says so.

use std::io::Write as _;
use std::path::{Path, PathBuf};

mod common;
use common::cli::*;

/// A fake editor: a shell script running `body` with the file to edit as `$1`. `None` where
/// there is no `/bin/sh` to run it (the test says it skipped).
fn fake_editor(sb: &Sandbox, name: &str, body: &str) -> Option<PathBuf> {
    if !Path::new("/bin/sh").exists() {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED a fake-editor check: /bin/sh is not here to run it"
        );
        return None;
    }
    let path = sb.path(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    Some(path)
}

fn with_editor(sb: &Sandbox, editor: &Path) -> assert_cmd::Command {
    let mut cmd = sb.pivot();
    cmd.env("EDITOR", editor).env_remove("VISUAL");
    cmd
}

#[test]
fn journal_add_dash_reads_the_entry_from_standard_input() {
    let sb = Sandbox::new();
    sb.pivot()
        .args(["journal", "add", "-"])
        .write_stdin("Ran the first interview.\nNext: ask about onboarding.\n\n")
        .assert()
        .success();
    let entry = &sb.data()["journal"][0];
    assert_eq!(
        entry["text"],
        "Ran the first interview.\nNext: ask about onboarding."
    );
    // Empty input adds nothing.
    let err = stderr(
        &sb.pivot()
            .args(["journal", "add", "-"])
            .write_stdin("\n  \n")
            .assert()
            .code(1),
    );
    assert!(
        err.contains("journal entry not added: the text was left empty"),
        "{err}"
    );
    assert_eq!(sb.data()["journal"].as_array().expect("journal").len(), 1);
}

#[test]
fn journal_add_without_text_opens_the_editor_and_keeps_what_was_saved() {
    let sb = Sandbox::new();
    let Some(editor) = fake_editor(
        &sb,
        "ed.sh",
        r#"printf 'Written in my editor\nsecond line\n' > "$1""#,
    ) else {
        return;
    };
    with_editor(&sb, &editor)
        .args(["journal", "add", "--private"])
        .assert()
        .success();
    let entry = &sb.data()["journal"][0];
    assert_eq!(entry["text"], "Written in my editor\nsecond line");
    assert_eq!(entry["private"], true);
}

#[test]
fn an_editor_that_fails_or_leaves_nothing_changes_nothing_and_says_so() {
    let sb = Sandbox::new();
    let Some(failing) = fake_editor(&sb, "fail.sh", "exit 3") else {
        return;
    };
    let err = stderr(
        &with_editor(&sb, &failing)
            .args(["journal", "add"])
            .assert()
            .code(1),
    );
    assert!(
        err.contains("journal entry not added: the editor did not finish"),
        "{err}"
    );
    assert!(!sb.data.exists(), "nothing written");
    let Some(empty) = fake_editor(&sb, "empty.sh", r#": > "$1""#) else {
        return;
    };
    let err = stderr(
        &with_editor(&sb, &empty)
            .args(["journal", "add"])
            .assert()
            .code(1),
    );
    assert!(
        err.contains("the text was left empty; nothing was changed"),
        "{err}"
    );
    assert!(!sb.data.exists(), "nothing written");
}

// ---------------------------------------------------------------------------------------------
// The coach: C-o in a text field asks for the editor; what comes back lands in the field
// ---------------------------------------------------------------------------------------------

mod coach {
    use pivot::editor::NoText;

    use super::common::tui::*;

    const FIXTURE: &str = include_str!("fixtures/tui/progress.json");

    fn journal_form() -> Session {
        let (dir, path) = folder_with(FIXTURE);
        let mut app = open_app(&path, false);
        press(&mut app, "5aFirst draft");
        Session {
            app,
            path,
            _dir: dir,
        }
    }

    #[test]
    fn c_o_hands_the_fields_text_to_the_editor_and_its_text_is_saved_with_the_form() {
        let mut s = journal_form();
        assert!(
            screen_text(&s.app, 80, 24).contains("C-o editor"),
            "offered on a text field"
        );
        press(&mut s.app, "<C-o>");
        assert_eq!(s.app.take_editor_request().as_deref(), Some("First draft"));
        assert_eq!(s.app.take_editor_request(), None, "asked once");
        s.app
            .editor_returned(Ok("Rewritten in vim\nwith a second line".to_string()));
        assert!(
            status(&s.app)
                .1
                .starts_with("Text from your editor is in the field")
        );
        press(&mut s.app, "<C-s>");
        let disk = on_disk(&s.path);
        let entry = disk.journal.last().expect("an entry");
        assert_eq!(entry.text, "Rewritten in vim\nwith a second line");
    }

    #[test]
    fn an_editor_that_fails_or_leaves_nothing_keeps_the_field_as_it_was() {
        let mut s = journal_form();
        press(&mut s.app, "<C-o>");
        let _ = s.app.take_editor_request();
        s.app.editor_returned(Err(NoText::Empty));
        let (_, said) = status(&s.app);
        assert_eq!(
            said,
            "The field is as it was: the text was left empty; nothing was changed"
        );
        press(&mut s.app, "<C-s>");
        assert_eq!(
            on_disk(&s.path).journal.last().expect("entry").text,
            "First draft"
        );
    }

    #[test]
    fn a_date_field_or_a_toggle_is_not_handed_to_the_editor() {
        let mut s = journal_form();
        // The journal form: text, date, private.
        for _ in ["date", "private"] {
            press(&mut s.app, "<Tab>");
            assert!(!screen_text(&s.app, 80, 24).contains("C-o editor"));
            press(&mut s.app, "<C-o>");
            assert_eq!(s.app.take_editor_request(), None);
        }
        // Back on the text, it is offered again.
        press(&mut s.app, "<Tab>");
        assert!(screen_text(&s.app, 80, 24).contains("C-o editor"));
    }
}

// ---------------------------------------------------------------------------------------------
// Editing from the command line: journal entries and evidence
// ---------------------------------------------------------------------------------------------

#[test]
fn journal_edit_changes_what_is_given_and_opens_the_editor_on_the_text_when_nothing_is() {
    let sb = Sandbox::new();
    sb.ok(&["journal", "add", "First go"]);
    sb.ok(&["journal", "edit", "1", "Second go", "--private"]);
    let entry = &sb.data()["journal"][0];
    assert_eq!(
        (entry["text"].as_str(), entry["private"].as_bool()),
        (Some("Second go"), Some(true))
    );
    // Only the date: the text and privacy stay.
    sb.ok(&["journal", "edit", "1", "--date", "2026-11-01"]);
    let entry = &sb.data()["journal"][0];
    assert_eq!(entry["date"], "2026-11-01");
    assert_eq!(entry["text"], "Second go");
    assert_eq!(entry["private"], true);
    sb.ok(&["journal", "edit", "1", "--shared"]);
    assert_eq!(sb.data()["journal"][0]["private"], false);
    // Nothing given: the editor opens on the entry's text (this one appends a line).
    let Some(editor) = fake_editor(&sb, "append.sh", r#"printf 'and a third\n' >> "$1""#) else {
        return;
    };
    with_editor(&sb, &editor)
        .args(["journal", "edit", "1"])
        .assert()
        .success();
    assert_eq!(sb.data()["journal"][0]["text"], "Second go\nand a third");
    // A missing entry is refused before any editor opens.
    let err = sb.fails(&["journal", "edit", "9"]);
    assert!(err.contains("no journal entry with id 9"), "{err}");
}

#[test]
fn evidence_edit_replaces_the_fields_given_and_keeps_the_rest() {
    let sb = Sandbox::new();
    sb.ok(&[
        "evidence",
        "add",
        "Pricing test",
        "--kind",
        "metric",
        "--skill",
        "business-case",
        "--link",
        "https://dash/old",
        "--situation",
        "Trials stalled",
    ]);
    sb.ok(&[
        "evidence",
        "edit",
        "1",
        "--result",
        "+4% conversion",
        "--skill",
        "data-metrics",
        "--skill",
        "business-case",
        "--item",
        "cultivate-skills/pricing-note",
        "--link",
        "",
    ]);
    let piece = &sb.data()["evidence"][0];
    assert_eq!(piece["title"], "Pricing test");
    assert_eq!(piece["kind"], "metric");
    assert_eq!(piece["story"]["situation"], "Trials stalled");
    assert_eq!(piece["story"]["result"], "+4% conversion");
    assert_eq!(
        piece["skills"],
        serde_json::json!(["data-metrics", "business-case"])
    );
    assert_eq!(
        piece["items"],
        serde_json::json!(["cultivate-skills/pricing-note"])
    );
    assert!(
        piece.get("link").is_none(),
        "an empty link clears it: {piece}"
    );
    sb.ok(&["evidence", "edit", "1", "--no-skills", "--situation", ""]);
    let piece = &sb.data()["evidence"][0];
    assert!(piece.get("skills").is_none(), "no skill left: {piece}");
    assert!(piece["story"].get("situation").is_none(), "{piece}");
    // Bad input is refused and changes nothing.
    let before = sb.bytes();
    let err = sb.fails(&["evidence", "edit", "1", "--kind", "rumour"]);
    assert!(err.contains("unknown kind 'rumour'"), "{err}");
    sb.fails(&["evidence", "edit", "1", "--skill", "no-such-skill"]);
    sb.fails(&["evidence", "edit", "7", "--title", "X"]);
    assert_eq!(sb.bytes(), before);
}
