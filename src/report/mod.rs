//! Exports built from insight: the `status --json` object, the JSON export and the Markdown report.

mod actions;
mod calendar;
mod cohort;
mod html;
mod interview;
mod journey;
mod markdown;
mod markup;
mod outputs;
mod review;
mod share;
mod showcase;
mod status;

pub use actions::{ActionRow, action_list};
pub use calendar::calendar;
pub use cohort::{CohortRow, cohort_row, cohort_text};
pub use html::{export_html, review_html, showcase_html};
pub use interview::{PracticeQuestion, PracticeSkill, interview, practice};
pub use journey::{JourneyJson, MarkJson, PointJson};
pub use markdown::markdown;
pub use outputs::{
    ChangesJson, Export, Items, Named, OUTPUT_VERSION, ReviewList, changes_json, export_json,
    listed, named,
};
pub use review::review_markdown;
pub use share::{ExportOptions, blind, masked, shareable};
pub use showcase::{presentable, showcase, shown};
pub use status::{AgendaJson, MilestonesJson, MovedJson, Status, ThenJson, agenda_json, status};
