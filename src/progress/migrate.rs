//! Moving files written by older pivots forward, one schema at a time, as JSON values.
//!
//! Each step is a pure function of the document (and the pack, for names), so it is tested on
//! fixture files without touching a disk. The store keeps the original file beside the new one.

use chrono::NaiveDate;
use serde_json::{Map, Value, json};

use super::document::SCHEMA_VERSION;
use super::evidence::looks_like_link;
use crate::content::Pack;

/// The original of a migrated file is kept as `<file>.v<N>.bak`.
pub const ORIGINAL_SUFFIX: &str = ".bak";

/// Bring a document of `from` up to the current schema. `today` dates evidence whose item has
/// no date of its own.
pub fn migrate(mut doc: Value, from: u32, pack: &Pack, today: NaiveDate) -> Result<Value, String> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        doc = match version {
            1 => v1_to_v2(doc, pack, today)?,
            other => {
                return Err(format!(
                    "schema_version {other} is not one pivot has ever written"
                ));
            }
        };
        version += 1;
    }
    if let Some(root) = doc.as_object_mut() {
        root.insert("schema_version".into(), json!(SCHEMA_VERSION));
    }
    Ok(doc)
}

/// Schema 2 keeps evidence in a library: each string of a checklist item's `evidence` becomes a
/// piece linked to that item, dated when the item was ticked (else when the person started).
fn v1_to_v2(mut doc: Value, pack: &Pack, today: NaiveDate) -> Result<Value, String> {
    let root = doc.as_object_mut().ok_or("the file is not a JSON object")?;
    let started = root
        .get("profile")
        .and_then(|p| p.get("start_date"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| today.to_string());
    let mut library: Vec<Value> = match root.remove("evidence") {
        Some(Value::Array(existing)) => existing,
        _ => Vec::new(),
    };
    let mut next = library
        .iter()
        .filter_map(|e| e.get("id").and_then(Value::as_u64))
        .max()
        .unwrap_or(0)
        + 1;
    if let Some(Value::Object(checklist)) = root.get_mut("checklist") {
        for (key, state) in checklist.iter_mut() {
            let Some(state) = state.as_object_mut() else {
                continue;
            };
            let Some(Value::Array(pieces)) = state.remove("evidence") else {
                continue;
            };
            let date = state
                .get("done")
                .and_then(Value::as_str)
                .map_or(started.clone(), str::to_string);
            for text in pieces.iter().filter_map(Value::as_str) {
                library.push(piece(next, key, text, &date, pack));
                next += 1;
            }
        }
    }
    root.insert("evidence".into(), Value::Array(library));
    Ok(doc)
}

fn piece(id: u64, key: &str, text: &str, date: &str, pack: &Pack) -> Value {
    let item_text = key
        .split_once('/')
        .and_then(|(step, item)| pack.step(step)?.item(item))
        .map_or(key.to_string(), |i| i.text.clone());
    let mut piece = Map::new();
    piece.insert("id".into(), json!(id));
    if looks_like_link(text) {
        piece.insert("title".into(), json!(item_text));
        piece.insert("date".into(), json!(date));
        piece.insert("kind".into(), json!("artifact"));
        piece.insert("link".into(), json!(text.trim()));
    } else {
        piece.insert("title".into(), json!(text.trim()));
        piece.insert("date".into(), json!(date));
        piece.insert("kind".into(), json!("self_report"));
    }
    piece.insert("items".into(), json!([key]));
    Value::Object(piece)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;
    use crate::progress::{EvidenceKind, Progress};

    fn day(s: &str) -> NaiveDate {
        crate::clock::parse_date(s).expect("date")
    }

    fn v1() -> Value {
        json!({
            "schema_version": 1,
            "pack": {"id": "po-to-pm", "version": "1.0.0"},
            "profile": {"name": "Sam", "start_date": "2026-09-01"},
            "checklist": {
                "cultivate-skills/take-course": {
                    "done": "2026-10-02",
                    "note": "kept",
                    "evidence": ["https://learn.example/cert", "Presented the summary to the team"]
                },
                "develop-strategy/competitor-scan": {"done": null, "evidence": ["draft table"]},
                "retired/item": {"done": "2025-01-01", "evidence": ["old proof"]}
            },
            "x_custom": {"kept": true}
        })
    }

    #[test]
    fn item_evidence_moves_into_the_library_linked_to_its_item() {
        let pack = builtin();
        let doc = migrate(v1(), 1, &pack, day("2026-11-22")).expect("migrates");
        let p: Progress = serde_json::from_value(doc).expect("a valid schema 2 file");
        assert_eq!(p.schema_version, 2);
        type Row<'a> = (
            u32,
            &'a str,
            EvidenceKind,
            Option<&'a str>,
            &'a str,
            Vec<&'a str>,
        );
        let got: Vec<Row> = p
            .evidence
            .iter()
            .map(|e| {
                (
                    e.id,
                    e.title.as_str(),
                    e.kind,
                    e.link.as_deref(),
                    e.date.to_string().leak() as &str,
                    e.items.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        let course = pack
            .step("cultivate-skills")
            .and_then(|s| s.item("take-course"))
            .expect("item")
            .text
            .as_str();
        assert_eq!(
            got,
            vec![
                (
                    1,
                    course,
                    EvidenceKind::Artifact,
                    Some("https://learn.example/cert"),
                    "2026-10-02",
                    vec!["cultivate-skills/take-course"]
                ),
                (
                    2,
                    "Presented the summary to the team",
                    EvidenceKind::SelfReport,
                    None,
                    "2026-10-02",
                    vec!["cultivate-skills/take-course"]
                ),
                (
                    3,
                    "draft table",
                    EvidenceKind::SelfReport,
                    None,
                    "2026-09-01",
                    vec!["develop-strategy/competitor-scan"]
                ),
                (
                    4,
                    "old proof",
                    EvidenceKind::SelfReport,
                    None,
                    "2025-01-01",
                    vec!["retired/item"]
                ),
            ]
        );
        assert_eq!(
            p.checklist["cultivate-skills/take-course"].note.as_deref(),
            Some("kept")
        );
        assert_eq!(p.extra["x_custom"], json!({"kept": true}));
    }

    #[test]
    fn a_file_without_item_evidence_gets_an_empty_library() {
        let doc = json!({"schema_version": 1, "pack": {"id": "po-to-pm", "version": "1.0.0"}});
        let doc = migrate(doc, 1, &builtin(), day("2026-11-22")).expect("migrates");
        assert_eq!(doc["evidence"], json!([]));
        assert_eq!(doc["schema_version"], json!(2));
    }

    #[test]
    fn an_unknown_old_schema_is_refused() {
        let doc = json!({"schema_version": 0});
        assert!(migrate(doc, 0, &builtin(), day("2026-11-22")).is_err());
    }
}
