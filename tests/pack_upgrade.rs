//! A file made with pack 1.2 opened with pack 1.3: every tick, note, rating and link is kept,
//! under the ids 1.3 gives them (a skill renamed, two pairs of items merged), and `pack show`
//! says what changed.

use serde_json::{Value, json};

mod common;
use common::cli::*;

const MADE_WITH_1_2: &str = include_str!("fixtures/pack/made-with-1.2.json");

#[test]
fn a_file_from_pack_1_2_keeps_everything_under_the_new_ids() {
    let sb = Sandbox::with(MADE_WITH_1_2);
    let before = sb.bytes();
    // Reading follows the renames without writing anything.
    let status = sb.status();
    assert_eq!(
        status_skill(&status, "tech-fluency")["self"],
        json!(2),
        "{status}"
    );
    assert_eq!(sb.bytes(), before, "a read never writes");
    // The first change saves them.
    sb.ok(&["check", "cultivate-skills/study-pm-role"]);
    let data = sb.data();
    assert_eq!(data["pack"]["version"], "1.3.0");
    let checklist = &data["checklist"];
    for gone in [
        "gather-experience/attend-events",
        "showcase-success/quantify-outcomes",
    ] {
        assert!(
            checklist.get(gone).is_none(),
            "{gone} is merged: {checklist}"
        );
    }
    // Two ticks become one: the earlier date, both notes.
    assert_eq!(
        checklist["gather-experience/peer-network"],
        json!({"done": "2026-06-12", "note": "Met three so far\n\nTwo meetups in June"})
    );
    assert_eq!(
        checklist["showcase-success/build-portfolio"],
        json!({"done": "2026-09-15", "note": "NPS and adoption for each case"})
    );
    assert_eq!(
        checklist["cultivate-skills/take-course"]["note"],
        "Pricing course, modules 1-4"
    );
    // The renamed skill's rating, its comment and the mentor's rating in a review.
    assert_eq!(
        data["assessments"][0]["ratings"]["tech-fluency"],
        json!({"level": 2, "comment": "Can follow the architecture talks"})
    );
    assert!(
        data["assessments"][0]["ratings"]
            .get("tech-ux-fluency")
            .is_none()
    );
    assert_eq!(
        data["reviews"][0]["ratings"]["tech-fluency"]["example"],
        "Explained the caching trade-off well"
    );
    // Evidence links follow, each once.
    let evidence = &data["evidence"][0];
    assert_eq!(evidence["skills"], json!(["tech-fluency", "data-metrics"]));
    assert_eq!(
        evidence["items"],
        json!([
            "cultivate-skills/tech-walkthrough",
            "gather-experience/peer-network"
        ])
    );
    assert_eq!(data["milestones"][0]["done"], "2026-09-30");
    assert_eq!(data["profile"]["name"], "Robin Hale");
}

#[test]
fn every_old_id_the_fixture_uses_is_one_pack_1_3_renames() {
    // The fixture is only a test of the renames if what it names is gone from 1.3.
    let pack = builtin_pack();
    let skills: Vec<&str> = pack["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert!(!skills.contains(&"tech-ux-fluency"));
    assert_eq!(pack["renamed"]["skills"]["tech-ux-fluency"], "tech-fluency");
    assert_eq!(
        pack["renamed"]["items"]["gather-experience/attend-events"],
        "gather-experience/peer-network"
    );
    let fixture: Value = serde_json::from_str(MADE_WITH_1_2).expect("JSON");
    assert_eq!(fixture["pack"]["version"], "1.2.0");
}

#[test]
fn pack_show_says_what_is_new_in_this_version() {
    let out = Sandbox::new().ok(&["pack", "show"]);
    let new = out
        .split("New in 1.3.0\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no changes listed:\n{out}"));
    let listed: Vec<&str> = new.lines().take_while(|l| l.starts_with("  - ")).collect();
    let pack = builtin_pack();
    assert_eq!(
        listed.len(),
        pack["changes"].as_array().expect("changes").len()
    );
    assert!(listed[0].contains("Discovery & experiments"), "{listed:?}");
}
