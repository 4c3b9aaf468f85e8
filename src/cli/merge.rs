//! `pivot merge BASE OURS THEIRS`: the three-way merge pivot does before every save, for git (as
//! a merge driver) and for a sync tool's conflict copy.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::printable::printable;
use crate::store::{merge_documents, to_json, write_atomic};

use super::context::CliError;

fn read(path: &Path, what: &str) -> Result<Value, CliError> {
    let text = fs::read_to_string(path)
        .map_err(|e| CliError::Message(format!("cannot read {what} {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        CliError::Message(format!(
            "{what} {} is not a pivot file: {e}",
            path.display()
        ))
    })
}

pub(super) fn run(base: &Path, ours: &Path, theirs: &Path) -> Result<(), CliError> {
    // No common ancestor (a file added on both branches): both are additions to nothing.
    let base = match fs::read_to_string(base) {
        Ok(text) if !text.trim().is_empty() => serde_json::from_str(&text).map_err(|e| {
            CliError::Message(format!(
                "the base {} is not a pivot file: {e}",
                base.display()
            ))
        })?,
        _ => Value::Object(serde_json::Map::new()),
    };
    let (mine, other) = (read(ours, "ours")?, read(theirs, "theirs")?);
    let (progress, conflicts) = merge_documents(&base, &mine, &other).map_err(CliError::Message)?;
    write_atomic(ours, to_json(&progress).as_bytes())?;
    let both = match conflicts {
        0 => "nothing was changed on both sides".to_string(),
        n => format!("{n} changed on both sides: ours kept, the others listed by `pivot status`"),
    };
    eprintln!(
        "pivot: merged into {}; {both}",
        printable(&ours.display().to_string())
    );
    Ok(())
}
