//! The JSON Schemas of what pivot writes for others to read: the data file, the review packet
//! and the reply, and every `--json` output (`output-NAME`, the name each output gives in its
//! `schema` field). Kept in `schemas/`: `tests/mentor_review.rs` checks them against the types
//! and `tests/schemas.rs` real files and outputs against them.

/// The JSON Schemas, by file name under `schemas/`, derived from the types so they cannot drift.
pub fn schemas() -> Vec<(String, String)> {
    let pretty = |schema: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    };
    use crate::content::Pack;
    use crate::progress::{Evidence, JournalEntry, Profile};
    use crate::report::ChangesJson;
    use crate::report::{ActionRow, CohortRow, Export, Items, Named, ReviewList, Status};
    use crate::report::{AgendaJson, MilestonesJson};
    let outputs = [
        ("status", pretty(schemars::schema_for!(Named<Status>))),
        ("agenda", pretty(schemars::schema_for!(Named<AgendaJson>))),
        ("export", pretty(schemars::schema_for!(Named<Export>))),
        (
            "milestones",
            pretty(schemars::schema_for!(Named<MilestonesJson>)),
        ),
        (
            "journal",
            pretty(schemars::schema_for!(Named<Items<JournalEntry>>)),
        ),
        (
            "evidence",
            pretty(schemars::schema_for!(Named<Items<Evidence>>)),
        ),
        ("reviews", pretty(schemars::schema_for!(Named<ReviewList>))),
        (
            "session",
            pretty(schemars::schema_for!(Named<crate::progress::Review>)),
        ),
        (
            "actions",
            pretty(schemars::schema_for!(Named<Items<ActionRow>>)),
        ),
        (
            "cohort",
            pretty(schemars::schema_for!(Named<Items<CohortRow>>)),
        ),
        ("changes", pretty(schemars::schema_for!(Named<ChangesJson>))),
        (
            "interview",
            pretty(schemars::schema_for!(
                Named<Items<crate::report::PracticeSkill>>
            )),
        ),
        ("profile", pretty(schemars::schema_for!(Named<Profile>))),
        (
            "remind",
            pretty(schemars::schema_for!(Named<crate::insight::Reminders>)),
        ),
        ("pack", pretty(schemars::schema_for!(Named<Pack>))),
        (
            "conflicts",
            pretty(schemars::schema_for!(
                Named<Items<crate::progress::Conflict>>
            )),
        ),
    ];
    let mut all = vec![
        (
            "progress.schema.json".to_string(),
            pretty(schemars::schema_for!(crate::progress::Progress)),
        ),
        (
            "review-packet.schema.json".to_string(),
            pretty(schemars::schema_for!(crate::exchange::Packet)),
        ),
        (
            "review-reply.schema.json".to_string(),
            pretty(schemars::schema_for!(crate::exchange::Reply)),
        ),
    ];
    all.extend(outputs.map(|(name, schema)| (format!("output-{name}.schema.json"), schema)));
    all
}
