//! No text a file holds reaches a terminal raw: control characters show as escapes in every text
//! and Markdown output, a line break in a one-line field cannot fake a line, and JSON stays the
//! exact data.

mod common;

use common::cli::Sandbox;
use serde_json::Value;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

/// Sets the window title, clears the screen, writes the clipboard, moves by C1 CSI, reverses text.
const TITLE: &str = "\u{1b}]0;pwned\u{7}";
const CLEAR: &str = "\u{1b}[2J\u{1b}[H";
const CLIPBOARD: &str = "\u{1b}]52;c;cHduZWQ=\u{7}";
const C1: &str = "\u{9b}2J";
const BIDI: &str = "\u{202e}";

/// The mentee's file, crafted: control sequences in names, titles, texts; a fake row in a title.
fn crafted() -> String {
    let mut doc: Value = serde_json::from_str(MENTEE).expect("fixture parses");
    doc["profile"]["name"] = format!("Jordan{TITLE}").into();
    doc["milestones"][1]["title"] = "Business case\n 99  2099-01-01  Fake milestone".into();
    doc["milestones"][2]["title"] = format!("Interviews{CLEAR}").into();
    doc["evidence"][1]["title"] = format!("Personas{CLIPBOARD}").into();
    doc["journal"][0]["text"] = format!("A week{C1} of work").into();
    for review in doc["reviews"].as_array_mut().expect("reviews") {
        review["mentor"] = format!("Priya{BIDI} Shah").into();
    }
    serde_json::to_string_pretty(&doc).expect("encodes")
}

fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[test]
fn no_text_or_markdown_output_carries_a_raw_control_character() {
    let sb = Sandbox::with(&crafted());
    let cohort = sb.data.to_string_lossy().into_owned();
    for args in [
        vec!["status"],
        vec!["profile"],
        vec!["milestone", "list"],
        vec!["journal", "list"],
        vec!["evidence", "list"],
        vec!["review", "list"],
        vec!["review", "agenda"],
        vec!["review", "changes"],
        vec!["review", "report"],
        vec!["showcase"],
        vec!["interview"],
        vec!["export"],
        vec!["export", "--include-private"],
        vec!["cohort", cohort.as_str()],
    ] {
        let out = sb.ok(&args);
        assert!(
            raw_controls(&out).is_empty(),
            "`pivot {}` printed {:?} raw:\n{out}",
            args.join(" "),
            raw_controls(&out)
        );
    }
}

#[test]
fn escapes_are_visible_where_the_text_was() {
    let sb = Sandbox::with(&crafted());
    let status = sb.ok(&["status"]);
    assert!(status.contains("Jordan\\u{1b}]0;pwned\\u{7}"), "{status}");
    let reviews = sb.ok(&["review", "list"]);
    assert!(reviews.contains("Priya\\u{202e} Shah"), "{reviews}");
}

#[test]
fn a_line_break_in_a_title_cannot_fake_a_row() {
    let sb = Sandbox::with(&crafted());
    let list = sb.ok(&["milestone", "list"]);
    assert!(
        list.contains("Business case\\n 99  2099-01-01  Fake milestone"),
        "{list}"
    );
    assert!(
        !list
            .lines()
            .any(|l| l.trim_start().starts_with("99  2099-01-01")),
        "a row was faked:\n{list}"
    );
}

#[test]
fn json_output_is_the_exact_data() {
    let sb = Sandbox::with(&crafted());
    let status: Value = serde_json::from_str(&sb.ok(&["status", "--json"])).expect("JSON");
    assert_eq!(
        status["profile"]["name"],
        format!("Jordan{TITLE}"),
        "{status}"
    );
    let export: Value =
        serde_json::from_str(&sb.ok(&["export", "--format", "json"])).expect("JSON");
    let text = export.to_string();
    assert!(text.contains("Personas"), "{text}");
    let pieces = export["data"]["evidence"]
        .as_array()
        .expect("the export holds the evidence");
    assert!(
        pieces
            .iter()
            .any(|e| e["title"] == format!("Personas{CLIPBOARD}")),
        "{text}"
    );
}
