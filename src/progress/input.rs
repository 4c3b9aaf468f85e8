//! Text as a person typed it, trimmed into what is stored.

use super::error::OpError;

/// Trimmed text that must say something.
pub(super) fn non_empty(text: &str, what: &'static str) -> Result<String, OpError> {
    let t = text.trim();
    if t.is_empty() {
        Err(OpError::Empty(what))
    } else {
        Ok(t.to_string())
    }
}

/// Blank text clears an optional field.
pub(super) fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}
