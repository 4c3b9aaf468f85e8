//! Every `--json` output names itself: which output it is (its JSON Schema is
//! `schemas/output-NAME.schema.json`) and the version of its shape, then its fields. A list is
//! an object too, its entries under `items`, so it can name itself like the rest.

use schemars::JsonSchema;
use serde::Serialize;

use crate::progress::{PacketRecord, Progress, Review};

use crate::content::Pack;
use crate::insight::Insights;

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
            status: status(pack, progress, insights),
            data: shareable(progress, options),
        },
    );
    let mut text = serde_json::to_string_pretty(&export).unwrap_or_default();
    text.push('\n');
    text
}
