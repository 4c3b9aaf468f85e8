//! Markdown pieces every report shares: typed text made safe, table cells, evidence lines.
//!
//! Text a person typed goes through [`inline`] or [`block`] so it reads as they wrote it and can
//! never become structure: a `---` line is not a rule, `# x` is not a heading, `1. x` is not a
//! list, `*x*` is not emphasis and `<b>` is not HTML. Escapes are CommonMark backslashes, never
//! HTML entities, so the raw text stays readable.

use crate::progress::Evidence;

/// "[Title](link) (artifact, 2026-10-02)", or the title alone without a link.
pub(super) fn evidence_line(e: &Evidence) -> String {
    let title = match &e.link {
        Some(link) => format!("[{}]({})", inline(&e.title), link_target(link)),
        None => inline(&e.title),
    };
    format!("{title} ({}, {})", e.kind, e.date)
}

/// A link's destination: spaces and the characters that would end it early, percent-encoded.
fn link_target(link: &str) -> String {
    let mut out = String::with_capacity(link.len());
    for c in link.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A level, or a dash where there is none.
pub(super) fn opt(v: Option<u8>) -> String {
    v.map_or("–".to_string(), |v| v.to_string())
}

/// A heading line: `level` hashes, then the text.
pub(super) fn heading(level: usize, text: &str) -> String {
    format!("{} {text}\n\n", "#".repeat(level))
}

/// One line of text a person typed, safe anywhere in Markdown flow (a heading, a list item,
/// a sentence): line breaks become spaces.
pub(super) fn inline(text: &str) -> String {
    let one_line: Vec<&str> = text.split_whitespace().collect();
    line(&one_line.join(" "))
}

/// Text a person typed, as paragraphs: each line kept (a hard line break), blank lines kept as
/// paragraph breaks, continuation lines indented by `indent` spaces so they stay inside a list
/// item nested that deep.
pub(super) fn block(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    let mut blank = false;
    for raw in text.trim().lines() {
        let l = raw.trim();
        if l.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\\\n" });
            out.push_str(&pad);
        }
        blank = false;
        out.push_str(&line(l));
    }
    out
}

/// A table column: its header and whether its cells are centred.
#[derive(Clone, Copy)]
pub(super) enum Col {
    Left(&'static str),
    Mid(&'static str),
}

/// A table's header and its spaced delimiter row.
pub(super) fn table_head(cols: &[Col]) -> String {
    let (mut names, mut marks) = (String::from("|"), String::from("|"));
    for col in cols {
        let (name, mark) = match col {
            Col::Left(n) => (n, "---"),
            Col::Mid(n) => (n, ":-:"),
        };
        names.push_str(&format!(" {name} |"));
        marks.push_str(&format!(" {mark} |"));
    }
    format!("{names}\n{marks}\n")
}

/// Text in a table cell: one line, pipes escaped; a dash where there is none.
pub(super) fn cell(text: &str) -> String {
    if text.trim().is_empty() {
        return "–".to_string();
    }
    inline(text).replace('|', "\\|")
}

/// One trimmed line, escaped: inline marks everywhere, block marks at its start; a web
/// address becomes a link as it stands (an autolink, whose text is never escaped).
fn line(l: &str) -> String {
    let chars: Vec<char> = l.chars().collect();
    let mut out = String::with_capacity(l.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before = i.checked_sub(1).map(|j| chars[j]);
        if !before.is_some_and(|b| !b.is_whitespace() && b != '(')
            && let Some(len) = address_at(&chars[i..])
        {
            out.push('<');
            out.extend(&chars[i..i + len]);
            out.push('>');
            i += len;
            continue;
        }
        let after = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '~' => true,
            // Only an underscore at a word's edge can start or end emphasis.
            '_' => {
                !before.is_some_and(char::is_alphanumeric)
                    || !after.is_some_and(char::is_alphanumeric)
            }
            '&' => entity_follows(&chars[i + 1..]),
            '#' => i == 0 || (before == Some(' ') && chars[i..].iter().all(|&c| c == '#')),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    escape_block_start(out)
}

/// The length of the web address `rest` starts with, if it does: up to a space or a character
/// an autolink cannot hold, without the punctuation that ends a sentence.
fn address_at(rest: &[char]) -> Option<usize> {
    let starts = |scheme: &str| {
        let scheme: Vec<char> = scheme.chars().collect();
        rest.len() > scheme.len() && rest[..scheme.len()] == scheme[..]
    };
    if !starts("https://") && !starts("http://") {
        return None;
    }
    let mut len = rest
        .iter()
        .position(|c| c.is_whitespace() || matches!(c, '<' | '>' | '`' | '"') || c.is_control())
        .unwrap_or(rest.len());
    while len > 0
        && matches!(
            rest[len - 1],
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\''
        )
    {
        len -= 1;
    }
    let host = rest[..len]
        .iter()
        .skip_while(|&&c| c != '/')
        .skip(2)
        .count();
    (host > 0).then_some(len)
}

/// `&` followed by what would read as an entity (`amp;`, `#38;`).
fn entity_follows(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

/// A line that would open a list, a rule or a setext underline gets its first mark escaped.
fn escape_block_start(l: String) -> String {
    let first = l.chars().next();
    let second = l.chars().nth(1);
    let spaced = second.is_none_or(char::is_whitespace);
    let rule_like = l.chars().all(|c| matches!(c, '-' | '=' | ' '));
    if matches!(first, Some('-' | '+')) && (spaced || rule_like) || first == Some('=') && rule_like
    {
        return format!("\\{l}");
    }
    // "12. x" or "3) x": an ordered list item.
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let mut rest = l[digits..].chars();
        if let Some(mark @ ('.' | ')')) = rest.next()
            && rest.next().is_none_or(char::is_whitespace)
        {
            return format!("{}\\{mark}{}", &l[..digits], &l[digits + 1..]);
        }
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_that_would_be_structure_are_escaped() {
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(inline("- not a bullet"), "\\- not a bullet");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("3) nor this"), "3\\) nor this");
        assert_eq!(inline("---"), "\\---");
        assert_eq!(inline("==="), "\\===");
        assert_eq!(inline("*bold* and `code`"), "\\*bold\\* and \\`code\\`");
        assert_eq!(inline("<b>x</b>"), "\\<b\\>x\\</b\\>");
        assert_eq!(inline("[link](x)"), "\\[link\\](x)");
        assert_eq!(inline("C #"), "C \\#");
    }

    #[test]
    fn ordinary_text_stays_as_typed() {
        for text in [
            "ran 5 interviews, found 3 themes",
            "-4% churn in Q3",
            "R&D and 2024.5",
            "snake_case stays",
            "team #2 won",
            "+1 from the CTO",
        ] {
            assert_eq!(inline(text), text);
        }
    }

    #[test]
    fn entities_and_edge_underscores_are_escaped() {
        assert_eq!(inline("&amp; &#38;"), "\\&amp; \\&#38;");
        assert_eq!(inline("_draft_"), "\\_draft\\_");
    }

    #[test]
    fn a_block_keeps_its_lines_and_paragraphs() {
        assert_eq!(
            block("one\n---\n  three\n\n\nfour", 2),
            "one\\\n  \\---\\\n  three\n\n  four"
        );
        assert_eq!(block("  trailing space  \n", 4), "trailing space");
    }

    #[test]
    fn a_web_address_becomes_a_link_as_it_stands() {
        assert_eq!(
            inline("see https://wiki.example/a_b*c (2024)."),
            "see <https://wiki.example/a_b*c> (2024)."
        );
        assert_eq!(
            inline("(https://x.example/q?a=1)."),
            "(<https://x.example/q?a=1>)."
        );
        assert_eq!(inline("https:// alone"), "https:// alone");
        assert_eq!(inline("nothttps://x.example"), "nothttps://x.example");
    }

    #[test]
    fn a_cell_is_one_line_with_pipes_escaped() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        assert_eq!(cell(" "), "–");
    }

    #[test]
    fn a_link_target_cannot_end_early() {
        assert_eq!(link_target("https://x/a b(c)"), "https://x/a%20b%28c%29");
    }
}
