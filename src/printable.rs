//! Text that is safe to show in a terminal. Whatever a person (or a crafted file) typed reaches
//! the screen with its control characters shown as escapes, so it cannot move the cursor, clear
//! the screen, set the window title, write the clipboard (OSC 52) or reorder what follows.

use std::borrow::Cow;
use std::fmt::Write;

/// Characters that are never shown raw: C0 controls (but newline and tab), DEL, C1 controls, and
/// the bidirectional overrides and isolates.
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_into(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// `text` with every hidden character written as `\u{1b}`; newlines and tabs stay.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            escape_into(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A one-line field (a title, a name): as [`printable`], and a line break or tab inside it shows
/// as `\n`, `\r` or `\t`, so it cannot fake a line of its own.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| hidden(c) || c == '\n' || c == '\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => escape_into(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_show_as_escapes() {
        assert_eq!(
            printable("a\u{1b}]0;pwned\u{7}b"),
            "a\\u{1b}]0;pwned\\u{7}b"
        );
        assert_eq!(printable("x\u{9b}2J"), "x\\u{9b}2J");
        assert_eq!(printable("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(printable("two\nlines\tok"), "two\nlines\tok");
        assert!(matches!(printable("plain café"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_one_line_field_cannot_break_the_line() {
        assert_eq!(
            one_line("Title\n2026-12-01 Fake row"),
            "Title\\n2026-12-01 Fake row"
        );
        assert_eq!(one_line("a\r\nb\tc\u{1b}"), "a\\r\\nb\\tc\\u{1b}");
        assert_eq!(one_line("fine"), "fine");
    }
}
