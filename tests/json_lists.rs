//! `--json` on the commands that list: milestones, journal, evidence, reviews. Each prints one
//! JSON document that names itself, with the same entries as the text, in the same order.

use serde_json::Value;

mod common;
use common::cli::Sandbox;

/// The output, checked to name itself `schema` (version 1); lists give their `items`.
fn json(sb: &Sandbox, args: &[&str], schema: &str) -> Value {
    let out: Value = serde_json::from_str(&sb.ok(args)).expect("one JSON document");
    assert_eq!(out["schema"], schema, "{out}");
    assert_eq!(out["schema_version"], 1);
    match out.get("items") {
        Some(items) => items.clone(),
        None => out,
    }
}

#[test]
fn the_lists_print_json_with_the_same_entries_as_their_text() {
    let sb = Sandbox::new();
    sb.ok(&["milestone", "add", "Later", "--due", "2027-03-01"]);
    sb.ok(&["milestone", "add", "Sooner", "--due", "2027-01-01"]);
    sb.ok(&["journal", "add", "First week", "--date", "2026-11-01"]);
    sb.ok(&["journal", "add", "Second week", "--private"]);
    sb.ok(&[
        "evidence",
        "add",
        "Deck",
        "--kind",
        "artifact",
        "--skill",
        "roadmapping",
    ]);
    sb.ok(&[
        "evidence",
        "add",
        "Survey",
        "--kind",
        "metric",
        "--date",
        "2026-10-01",
    ]);

    let milestones = json(&sb, &["milestone", "list", "--json"], "milestones");
    assert_eq!(milestones["open"], 2);
    assert_eq!(milestones["list"][0]["title"], "Sooner", "by due date");

    let journal = json(&sb, &["journal", "list", "--json"], "journal");
    assert_eq!(journal[0]["text"], "Second week", "newest first");
    assert_eq!(journal[0]["private"], true);
    assert_eq!(journal.as_array().map(Vec::len), Some(2));

    let evidence = json(&sb, &["evidence", "list", "--json"], "evidence");
    assert_eq!(evidence[0]["title"], "Deck", "newest first");
    let metrics = json(
        &sb,
        &["evidence", "list", "--kind", "metric", "--json"],
        "evidence",
    );
    assert_eq!(metrics.as_array().map(Vec::len), Some(1));
    assert_eq!(metrics[0]["kind"], "metric");

    sb.ok(&["review", "prepare", "--mentor", "Ana", "--output", "-"]);
    let reviews = json(&sb, &["review", "list", "--json"], "reviews");
    assert_eq!(reviews["reviews"], Value::Array(Vec::new()));
    assert_eq!(reviews["packets"][0]["mentor"], "Ana");
}

#[test]
fn what_a_script_reads_is_data_beside_the_sentence() {
    let sb = Sandbox::new();
    sb.ok(&["rate", "vision-strategy", "2"]);
    sb.ok(&["milestone", "add", "Late", "--due", "2026-11-01"]);
    let status = json(&sb, &["status", "--json"], "status");
    let readiness = &status["readiness"];
    let (sentences, data) = (
        readiness["blocking"].as_array().expect("sentences"),
        readiness["blockers"].as_array().expect("data"),
    );
    assert_eq!(sentences.len(), data.len());
    for (sentence, blocker) in sentences.iter().zip(data) {
        assert_eq!(&blocker["text"], sentence, "in the same order");
    }
    let vision = data
        .iter()
        .find(|b| b["skill"] == "vision-strategy")
        .expect("the skill below target");
    assert_eq!(vision["kind"], "below_target");
    assert_eq!(vision["level"], 2);
    assert_eq!(vision["target"], 3);
    let late = data
        .iter()
        .find(|b| b["kind"] == "milestone_overdue")
        .expect("the overdue milestone");
    assert_eq!(late["milestone"], 1);
    assert_eq!(late["days"], 21);

    let data_file = sb.data.to_string_lossy().into_owned();
    let cohort = json(&sb, &["cohort", "--json", &data_file], "cohort");
    let weakest = &cohort[0]["weakest"];
    assert!(weakest["skill"].is_string(), "{weakest}");
    assert!(weakest["target"].is_u64(), "{weakest}");
    let sentence = cohort[0]["weakest_must_have"]
        .as_str()
        .expect("the sentence");
    assert!(sentence.starts_with(weakest["name"].as_str().expect("a name")));
}

#[test]
fn interview_practice_as_json_has_the_questions_and_stories_the_text_shows() {
    let sb = Sandbox::with(include_str!("fixtures/evidence/library.json"));
    let all = json(&sb, &["interview", "--json"], "interview");
    let pack = common::cli::builtin_pack();
    let skills = pack["skills"].as_array().expect("skills");
    assert_eq!(all.as_array().expect("a list").len(), skills.len());

    let items = json(
        &sb,
        &["interview", "--skill", "business-case", "--json"],
        "interview",
    );
    let [practice] = items.as_array().expect("a list").as_slice() else {
        panic!("one skill asked, one given: {items}");
    };
    let skill = skills
        .iter()
        .find(|s| s["id"] == "business-case")
        .expect("the skill");
    let questions: Vec<&Value> = practice["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| &q["question"])
        .collect();
    let expected: Vec<&Value> = skill["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .collect();
    assert_eq!(questions, expected);

    let text = sb.ok(&["interview", "--skill", "business-case"]);
    let evidence = json(&sb, &["evidence", "list", "--json"], "evidence");
    let mut stories = 0;
    for q in practice["questions"].as_array().expect("questions") {
        for story in q["stories"].as_array().expect("stories") {
            stories += 1;
            let id = &story["evidence"];
            let piece = evidence
                .as_array()
                .expect("evidence")
                .iter()
                .find(|e| &e["id"] == id)
                .unwrap_or_else(|| panic!("story {id} is no piece of evidence"));
            assert_eq!(piece["title"], story["title"]);
            let title = story["title"].as_str().expect("a title");
            assert!(text.contains(title), "{title} is not in the text:\n{text}");
        }
    }
    assert!(
        stories > 0,
        "the library has stories for business-case: {practice}"
    );
}
