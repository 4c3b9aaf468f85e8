//! The JSON Schemas of the files pivot writes for others to read: the data file, the review
//! packet and the reply. Kept in `schemas/` and checked there by `tests/mentor_review.rs`.

/// The JSON Schemas of the data file and the exchanged files, by file name under `schemas/`,
/// derived from the types so they cannot drift (a test checks the files in the repository
/// against these).
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    };
    vec![
        (
            "progress.schema.json",
            pretty(schemars::schema_for!(crate::progress::Progress)),
        ),
        (
            "review-packet.schema.json",
            pretty(schemars::schema_for!(crate::exchange::Packet)),
        ),
        (
            "review-reply.schema.json",
            pretty(schemars::schema_for!(crate::exchange::Reply)),
        ),
    ]
}
