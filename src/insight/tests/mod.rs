//! Insight tests on the built-in pack with small hand-made progress, one module per topic.

mod agenda;
mod coverage;
mod fixtures;
mod plan;
mod readiness;
mod skills;
