//! Markdown pieces every report shares: typed text made safe, table cells, evidence lines.

use crate::progress::Evidence;

/// "[Title](link) (artifact, 2026-10-02)", or the title alone without a link.
pub(super) fn evidence_line(e: &Evidence) -> String {
    let title = match &e.link {
        Some(link) => format!("[{}]({})", escape(&e.title), link.replace(' ', "%20")),
        None => escape(&e.title),
    };
    format!("{title} ({}, {})", e.kind, e.date)
}

/// A level, or a dash where there is none.
pub(super) fn opt(v: Option<u8>) -> String {
    v.map_or("–".to_string(), |v| v.to_string())
}

/// Text a person typed, made safe to sit in Markdown flow: no accidental headings or HTML.
pub(super) fn escape(text: &str) -> String {
    escape_at(text, 2)
}

/// As [`escape`], continuing lines indented by `indent` spaces (so they stay inside a list item
/// nested that deep).
pub(super) fn escape_at(text: &str, indent: usize) -> String {
    let continuation = format!("\n{}", " ".repeat(indent));
    text.replace('\\', "\\\\")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .lines()
        .map(|l| {
            if l.starts_with('#') {
                format!("\\{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(&continuation)
}

/// Text in a table cell: one line, pipes escaped.
pub(super) fn cell(text: &str) -> String {
    escape(&text.replace('\n', " ")).replace('|', "\\|")
}
