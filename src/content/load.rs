use std::path::{Path, PathBuf};

use super::types::Pack;
use super::validate::{Problem, validate};

const BUILTIN: &str = include_str!("../../content/po-to-pm.json");

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read pack {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("pack {origin} is not valid:\n{}", list(.problems))]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The built-in Product Owner → Product Manager pack. It is part of the build and checked
/// whole by tests (`builtin_pack_is_valid`, `pack validate`), so the start-up reads it without
/// the error tracking and the validation a pack file gets (debug builds still validate it).
pub fn builtin() -> Pack {
    match serde_json::from_str::<Pack>(BUILTIN) {
        Ok(pack) => {
            debug_assert_eq!(validate(&pack), vec![], "the built-in pack is invalid");
            pack
        }
        // Reaching this is a build defect: say where, with the pack file's messages.
        Err(_) => panic!("built-in pack is invalid: {:?}", parse(BUILTIN).err()),
    }
}

/// Read and validate a pack from a file.
pub fn load_file(path: &Path) -> Result<Pack, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text).map_err(|problems| LoadError::Invalid {
        origin: path.display().to_string(),
        problems,
    })
}

/// Parse and validate pack text; every problem found is returned, each with where it is.
pub fn parse(text: &str) -> Result<Pack, Vec<Problem>> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let pack: Pack = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        vec![Problem {
            path: if path == "." { String::new() } else { path },
            line: Some((inner.line(), inner.column())),
            message: strip_position(&inner.to_string()),
        }]
    })?;
    let problems = validate(&pack);
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(problems)
    }
}

/// serde_json appends " at line L column C"; we report the position separately.
pub(crate) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
