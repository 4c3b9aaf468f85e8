//! The data file's JSON Schema (`schemas/progress.schema.json`, derived from the types) holds
//! for every fixture of the current schema and for a file pivot itself wrote.

use std::path::Path;

use serde_json::Value;

mod common;
use common::cli::Sandbox;

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("JSON")
}

/// The errors of `value` against the data file's schema.
fn errors(value: &Value) -> Vec<String> {
    errors_against("progress.schema.json", value)
}

#[test]
fn every_fixture_of_the_current_schema_follows_the_data_files_schema() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for folder in std::fs::read_dir(&fixtures).expect("fixtures") {
        for file in std::fs::read_dir(folder.expect("a folder").path()).expect("files") {
            let path = file.expect("a file").path();
            let Ok(value) =
                serde_json::from_str::<Value>(&std::fs::read_to_string(&path).expect("read"))
            else {
                continue; // a fixture that is not JSON on purpose
            };
            let current = value["schema_version"] == pivot::progress::SCHEMA_VERSION;
            // The corrupt fixture is corrupt on purpose; older schemas are migrated, not read.
            if !current || path.ends_with("corrupt.json") {
                continue;
            }
            let problems = errors(&value);
            assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} fixtures checked");
}

#[test]
fn a_file_pivot_wrote_follows_the_schema_and_a_broken_one_does_not() {
    let sb = Sandbox::new();
    sb.ok(&["profile", "--name", "Sam", "--target-date", "2027-06-30"]);
    sb.ok(&["rate", "vision-strategy", "3", "--comment", "drafted it"]);
    sb.ok(&["milestone", "add", "Ship", "--due", "2027-01-31"]);
    sb.ok(&["journal", "add", "A week", "--private"]);
    sb.ok(&["review", "prepare", "--mentor", "Ana", "--output", "-"]);
    let mut data = sb.data();
    assert!(errors(&data).is_empty(), "{:#?}", errors(&data));
    // A rating out of the scale is caught.
    data["assessments"][0]["ratings"]["vision-strategy"]["level"] = Value::from(9);
    assert!(!errors(&data).is_empty(), "level 9 must not pass");
}

/// `value` against `schemas/FILE`.
fn errors_against(file: &str, value: &Value) -> Vec<String> {
    let schema = json(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schemas")
            .join(file),
    );
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_json_output_names_its_schema_and_follows_it() {
    let sb = Sandbox::with(include_str!("fixtures/review/mentee.json"));
    let data = sb.data.to_string_lossy().into_owned();
    let runs: [&[&str]; 16] = [
        &["conflicts", "--json"],
        &["profile", "--json"],
        &["pack", "show", "--json"],
        &["review", "changes", "--since", "2026-10-01", "--json"],
        &["status", "--json"],
        &["review", "agenda", "--json"],
        &["export", "--format", "json"],
        &["milestone", "list", "--json"],
        &["journal", "list", "--json"],
        &["evidence", "list", "--json"],
        &["review", "list", "--json"],
        &["review", "action", "list", "--json"],
        &["cohort", "--json", &data],
        &["export", "--format", "json", "--include-private"],
        &["interview", "--json"],
        // Jordan's session of 2026-11-20 is in progress.
        &["review", "session", "show", "--json"],
    ];
    for args in runs {
        let out: Value = serde_json::from_str(&sb.ok(args)).expect("JSON");
        let name = out["schema"]
            .as_str()
            .unwrap_or_else(|| panic!("{args:?} names no schema"));
        assert_eq!(out["schema_version"], 1, "{args:?}");
        let problems = errors_against(&format!("output-{name}.schema.json"), &out);
        assert!(problems.is_empty(), "{args:?}: {problems:#?}");
    }
    // `remind` ends with exit 4 here (Jordan has overdue actions), its JSON printed all the same.
    let remind = sb
        .pivot()
        .args(["remind", "--json"])
        .output()
        .expect("run remind");
    assert_eq!(remind.status.code(), Some(4));
    let out: Value = serde_json::from_slice(&remind.stdout).expect("JSON");
    assert_eq!(out["schema"], "remind");
    let problems = errors_against("output-remind.schema.json", &out);
    assert!(problems.is_empty(), "remind: {problems:#?}");
    // The schemas hold something: a status without its readiness does not pass.
    let mut status: Value = serde_json::from_str(&sb.ok(&["status", "--json"])).expect("JSON");
    status
        .as_object_mut()
        .expect("an object")
        .remove("readiness");
    assert!(!errors_against("output-status.schema.json", &status).is_empty());
}
