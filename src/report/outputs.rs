//! Every `--json` output names itself: which output it is (its JSON Schema is
//! `schemas/output-NAME.schema.json`) and the version of its shape, then its fields. A list is
//! an object too, its entries under `items`, so it can name itself like the rest.

use schemars::JsonSchema;
use serde::Serialize;

use crate::progress::{PacketRecord, Progress, Review};

use crate::content::Pack;
use crate::insight::{Changes, Dated, Insights, RatingMove};

use super::share::{ExportOptions, shareable};
use super::status::{Status, status};

/// The version of every output's shape; it goes up when a field changes meaning or goes away.
pub const OUTPUT_VERSION: u32 = 1;

#[derive(Debug, Serialize, JsonSchema)]
pub struct Named<T> {
    /// Which output this is: its schema is `schemas/output-<schema>.schema.json`.
    pub schema: String,
    /// The version of this output's shape.
    pub schema_version: u32,
    #[serde(flatten)]
    pub body: T,
}

/// A list, as an output: its entries in order.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Items<T> {
    pub items: Vec<T>,
}

/// The mentor reviews and the packets sent (`review list --json`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReviewList {
    pub reviews: Vec<Review>,
    pub packets: Vec<PacketRecord>,
}

/// The JSON export: the status object and the (shareable) data itself.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Export {
    pub status: Status,
    pub data: Progress,
}

/// What changed between two dates (`review changes --json`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ChangesJson {
    /// Changes counted after this day (none: from the start).
    pub after: Option<chrono::NaiveDate>,
    pub until: Option<chrono::NaiveDate>,
    pub ticked: Vec<Dated>,
    pub ratings: Vec<RatingMove>,
    pub milestones_done: Vec<Dated>,
    /// Milestones whose due date passed in the period without being done by then.
    pub milestones_slipped: Vec<Dated>,
    pub evidence: Vec<Dated>,
    pub journal: Vec<JournalLine>,
    /// One line, as the text gives it.
    pub summary: String,
}

/// A journal entry among what changed: its date, its first line, whether it is private.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JournalLine {
    pub date: chrono::NaiveDate,
    pub first_line: String,
    pub private: bool,
}

/// What changed, as data.
pub fn changes_json(c: &Changes) -> ChangesJson {
    ChangesJson {
        after: c.since,
        until: c.until,
        ticked: c.ticked.clone(),
        ratings: c.ratings.clone(),
        milestones_done: c.milestones_done.clone(),
        milestones_slipped: c.milestones_slipped.clone(),
        evidence: c.evidence.clone(),
        journal: c
            .journal
            .iter()
            .map(|(date, first_line, private)| JournalLine {
                date: *date,
                first_line: first_line.clone(),
                private: *private,
            })
            .collect(),
        summary: c.summary(),
    }
}

/// `body` as the output called `schema`.
pub fn named<T>(schema: &str, body: T) -> Named<T> {
    Named {
        schema: schema.to_string(),
        schema_version: OUTPUT_VERSION,
        body,
    }
}

/// `items` as the list output called `schema`.
pub fn listed<T>(schema: &str, items: Vec<T>) -> Named<Items<T>> {
    named(schema, Items { items })
}

/// The JSON export: the status object and the (shareable) data itself.
pub fn export_json(
    pack: &Pack,
    progress: &Progress,
    insights: &Insights,
    options: ExportOptions,
) -> String {
    let export = named(
        "export",
        Export {
            status: status(pack, progress, insights)
                .with_movement(pack, progress)
                .with_journey(pack, progress, insights),
            data: shareable(progress, options),
        },
    );
    let mut text = serde_json::to_string_pretty(&export).unwrap_or_default();
    text.push('\n');
    text
}
