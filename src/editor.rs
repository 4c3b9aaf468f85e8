//! Long text written in the person's own editor ($VISUAL, else $EDITOR, else a system default,
//! found by the `edit` crate), or read from standard input. Whatever comes back is checked the
//! same way everywhere: an editor that fails, or text left empty, changes nothing and says so.

use std::io::Read;

/// Why no text came back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoText {
    #[error("the editor did not finish ({0}); nothing was changed")]
    Failed(String),
    #[error("the text was left empty; nothing was changed")]
    Empty,
}

/// Text as written, without the blank lines and spaces editors leave at its ends.
pub fn tidy(text: &str) -> Result<String, NoText> {
    let text = text
        .trim_matches(|c: char| c == '\n' || c == '\r')
        .trim_end();
    if text.trim().is_empty() {
        Err(NoText::Empty)
    } else {
        Ok(text.to_string())
    }
}

/// Open the editor on `text` and give back what was saved.
pub fn edit(text: &str) -> Result<String, NoText> {
    // A text file ends in a newline, as editors expect (and add) it.
    let file = if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    };
    let written = edit::edit(file).map_err(|e| NoText::Failed(e.to_string()))?;
    tidy(&written)
}

/// All of standard input, as text.
pub fn stdin() -> Result<String, NoText> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| NoText::Failed(format!("cannot read standard input: {e}")))?;
    tidy(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ends_editors_leave_are_trimmed_and_empty_text_is_refused() {
        assert_eq!(
            tidy("\nLine one\n\n  indented two  \n\n").as_deref(),
            Ok("Line one\n\n  indented two")
        );
        assert_eq!(tidy(" \n\t\n"), Err(NoText::Empty));
        assert_eq!(tidy(""), Err(NoText::Empty));
    }
}
