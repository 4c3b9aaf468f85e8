//! Every Markdown output reads as the document it claims to be, whatever a person typed: real
//! headings, spaced table delimiters, no HTML and no entities, and typed text that cannot become
//! structure. Parsed with a CommonMark parser (pulldown-cmark, as GitHub's renderer would see
//! it); and, where markdownlint is installed, linted with its default rules but line length —
//! when it is not, the test says SKIPPED on standard error, never a silent pass.

use std::io::Write;
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

mod common;
use common::cli::Sandbox;

/// Text built to become structure if it went into Markdown raw: every line of it carries the
/// word HOSTILE, so the parsed document shows where it went.
const HOSTILE: &str = "HOSTILE one *starred* _under_ `tick` <b>tag</b> [x](y) &amp; ~~gone~~\n\
---\n\
# HOSTILE heading\n\
- HOSTILE bullet\n\
1. HOSTILE numbered\n\
> HOSTILE quote\n\
    HOSTILE indented\n\
HOSTILE last | piped\n\
===";

/// The lines a reader must see, each as typed (the rule-like ones included).
const SEEN: [&str; 9] = [
    "HOSTILE one *starred* _under_ `tick` <b>tag</b> [x](y) &amp; ~~gone~~",
    "---",
    "# HOSTILE heading",
    "- HOSTILE bullet",
    "1. HOSTILE numbered",
    "> HOSTILE quote",
    "HOSTILE indented",
    "HOSTILE last | piped",
    "===",
];

/// A person with hostile text in every field a report shows, one finished review (held with a
/// mentor elsewhere, so its notes and outcomes came through a reply) and journal entries written
/// out of date order.
fn hostile() -> Sandbox {
    let sb = Sandbox::new();
    let one_line = HOSTILE.lines().next().expect("a first line");
    sb.ok(&["profile", "--name", one_line, "--current", one_line]);
    sb.ok(&["rate", "customer-insight", "3", "--comment", HOSTILE]);
    sb.ok(&[
        "check",
        "cultivate-skills/study-pm-role",
        "--note",
        HOSTILE,
        "--evidence",
        "https://wiki.example/ads (2024)",
    ]);
    sb.ok(&["milestone", "add", one_line, "--due", "2026-12-20"]);
    for (date, text) in [
        ("2026-11-10", format!("third {HOSTILE}")),
        ("2026-11-02", "first".to_string()),
        ("2026-11-05", "second".to_string()),
        ("2026-11-05", "second, later that day".to_string()),
    ] {
        sb.ok(&["journal", "add", "--date", date, &text]);
    }
    sb.ok(&[
        "evidence",
        "add",
        one_line,
        "--kind",
        "metric",
        "--skill",
        "customer-insight",
        "--situation",
        HOSTILE,
        "--task",
        HOSTILE,
        "--action",
        HOSTILE,
        "--result",
        HOSTILE,
    ]);
    sb.ok(&[
        "review", "prepare", "--mentor", one_line, "--output", "p.json",
    ]);
    for args in [
        vec!["rate", "customer-insight", "2", "--example", HOSTILE],
        vec!["rate", "business-case", "2"],
        vec!["notes", HOSTILE],
        vec!["strength", HOSTILE],
        vec!["growth", HOSTILE],
        vec!["action", HOSTILE, "--owner", one_line],
    ] {
        let mut all = vec!["review", "reply", "p.json"];
        all.extend(args);
        sb.ok(&all);
    }
    sb.ok(&["review", "import", "p.reply.json", "--finish"]);
    sb
}

/// Every Markdown output pivot writes, by the command that writes it.
fn outputs(sb: &Sandbox) -> Vec<(String, String)> {
    [
        vec!["export"],
        vec!["export", "--include-private"],
        vec!["showcase"],
        vec!["showcase", "--share"],
        vec!["interview"],
        vec!["review", "report"],
    ]
    .into_iter()
    .map(|args| (args.join(" "), sb.ok(&args)))
    .collect()
}

/// What a CommonMark reader makes of a document: its headings' text, the plain text of every
/// paragraph, list item, cell and heading, and anything that should never be there.
#[derive(Default)]
struct Read {
    headings: Vec<String>,
    text: String,
    /// Structure the typed text must never make: HTML, rules, block quotes, code, strikethrough,
    /// emphasis or list items that hold the word HOSTILE.
    leaks: Vec<String>,
    /// Paragraphs that are nothing but bold text (a heading in disguise).
    bold_paragraphs: Vec<String>,
}

fn read(markdown: &str) -> Read {
    let mut r = Read::default();
    let mut heading: Option<String> = None;
    let mut open: Vec<(Tag, String)> = Vec::new();
    let events: Vec<Event> = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .collect();
    r.bold_paragraphs = bold_paragraphs(&events);
    for event in events {
        match event {
            Event::Start(tag) => {
                if let Tag::Heading { .. } = tag {
                    heading = Some(String::new());
                }
                open.push((tag, String::new()));
            }
            Event::End(end) => {
                let (tag, inner) = open.pop().expect("balanced events");
                if let Some(parent) = open.last_mut() {
                    parent.1.push_str(&inner);
                }
                let hostile = inner.contains("HOSTILE");
                match (&tag, end) {
                    (Tag::Heading { .. }, TagEnd::Heading(_)) => {
                        r.headings.push(heading.take().unwrap_or_default());
                    }
                    (Tag::Emphasis | Tag::Strong | Tag::Strikethrough, _) if hostile => {
                        r.leaks.push(format!("{tag:?}: {inner}"));
                    }
                    (Tag::Item, _)
                        if inner.starts_with("HOSTILE bullet")
                            || inner.starts_with("HOSTILE numbered") =>
                    {
                        r.leaks.push(format!("list item: {inner}"));
                    }
                    (Tag::Link { .. }, _) if inner == "x" => {
                        r.leaks.push(format!("a link: {inner}"));
                    }
                    (Tag::BlockQuote(_) | Tag::CodeBlock(_), _) => {
                        r.leaks.push(format!("{tag:?}: {inner}"));
                    }
                    _ => {}
                }
                r.text.push('\n');
            }
            Event::Code(t) if t.contains("tick") => r.leaks.push(format!("code: {t}")),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
                if let Some((_, inner)) = open.last_mut() {
                    inner.push_str(&t);
                }
                r.text.push_str(&t);
            }
            // A soft break is a space to a reader: lines a person typed that Markdown would
            // join show up joined.
            Event::SoftBreak => {
                if let Some((_, inner)) = open.last_mut() {
                    inner.push(' ');
                }
                r.text.push(' ');
            }
            Event::HardBreak => {
                if let Some((_, inner)) = open.last_mut() {
                    inner.push('\n');
                }
                r.text.push('\n');
            }
            Event::Html(h) | Event::InlineHtml(h) => r.leaks.push(format!("HTML: {h}")),
            Event::Rule => r.leaks.push("a rule".into()),
            _ => {}
        }
    }
    r
}

/// Paragraphs that are one bold run and nothing else: headings in disguise.
fn bold_paragraphs(events: &[Event]) -> Vec<String> {
    let mut found = Vec::new();
    for (at, e) in events.iter().enumerate() {
        if let (Event::Start(Tag::Paragraph), Some(Event::Start(Tag::Strong))) =
            (e, events.get(at + 1))
        {
            let close = events[at + 1..]
                .iter()
                .position(|e| matches!(e, Event::End(TagEnd::Strong)))
                .map(|p| at + 1 + p);
            if let Some(close) = close
                && matches!(events.get(close + 1), Some(Event::End(TagEnd::Paragraph)))
            {
                found.push(format!("{:?}", &events[at + 2..close]));
            }
        }
    }
    found
}

#[test]
fn typed_text_reads_as_typed_and_never_becomes_structure() {
    let sb = hostile();
    for (command, md) in outputs(&sb) {
        let r = read(&md);
        assert!(r.leaks.is_empty(), "{command}: {:#?}\n{md}", r.leaks);
        for h in &r.headings {
            assert!(
                h != "HOSTILE heading",
                "{command}: typed text became the heading {h:?}\n{md}"
            );
        }
        // Every output shows the typed lines somewhere: the notes and the journal, or (the
        // showcase, interview practice) the stories.
        for line in SEEN {
            assert!(
                r.text.lines().any(|l| l.trim().ends_with(line)),
                "{command}: a reader does not see {line:?}:\n{}",
                r.text
            );
        }
    }
}

#[test]
fn the_raw_text_has_no_html_entities_and_spaced_table_delimiters() {
    let sb = hostile();
    for (command, md) in outputs(&sb) {
        for entity in ["&lt;", "&gt;", "&quot;", "&#"] {
            assert!(!md.contains(entity), "{command}: {entity} in\n{md}");
        }
        // The one `&amp;` is typed text, escaped so it shows as typed.
        assert!(
            !md.replace("\\&amp;", "").contains("&amp;"),
            "{command}:\n{md}"
        );
        for row in md.lines().filter(|l| l.starts_with("| ")) {
            assert!(!row.contains("|  |"), "{command}: an empty cell: {row:?}");
        }
        let delimiters: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains("---") || l.starts_with("|-"))
            .filter(|l| l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')))
            .collect();
        for row in delimiters {
            let cells: Vec<&str> = row.trim_matches('|').split('|').collect();
            for cell in cells {
                assert!(
                    cell.starts_with(' ') && cell.ends_with(' ') && cell.trim().len() == 3,
                    "{command}: delimiter row not spaced: {row:?}"
                );
            }
        }
    }
}

#[test]
fn section_titles_are_real_headings_not_bold_lines() {
    let sb = hostile();
    for (command, md) in outputs(&sb) {
        let r = read(&md);
        assert!(
            r.bold_paragraphs.is_empty(),
            "{command}: bold lines used as headings: {:?}",
            r.bold_paragraphs
        );
    }
    let report = read(&sb.ok(&["review", "report"]));
    for title in [
        "Notes",
        "Ratings in this session",
        "Strengths",
        "Growth areas",
        "Action items",
    ] {
        assert!(
            report.headings.iter().any(|h| h == title),
            "no {title:?} heading in {:?}",
            report.headings
        );
    }
}

#[test]
fn the_journal_is_exported_in_date_order_one_heading_a_day() {
    let sb = hostile();
    let md = sb.ok(&["export"]);
    let journal = &md[md.find("\n## Journal\n").expect("a journal section")..];
    let days: Vec<&str> = journal
        .lines()
        .filter_map(|l| l.strip_prefix("### "))
        .collect();
    assert_eq!(
        days,
        ["2026-11-02", "2026-11-05", "2026-11-10"],
        "{journal}"
    );
    let first = journal.find("\nfirst\n").expect("first");
    let second = journal.find("\nsecond\n").expect("second");
    let later = journal.find("\nsecond, later that day\n").expect("later");
    let third = journal.find("\nthird HOSTILE").expect("third");
    assert!(
        first < second && second < later && later < third,
        "{journal}"
    );
}

#[test]
fn a_showcase_to_share_leaves_out_the_part_for_the_person() {
    let sb = hostile();
    let mine = sb.ok(&["showcase"]);
    let shared = sb.ok(&["showcase", "--share"]);
    assert!(mine.contains("\n## Not yet shown\n"), "{mine}");
    assert!(
        mine.contains("`pivot showcase --share` leaves this part out"),
        "{mine}"
    );
    assert!(!shared.contains("Not yet shown"), "{shared}");
    assert!(!shared.contains("Market & competition"), "{shared}");
    // All else is the same document.
    let cut = mine.find("\n## Not yet shown\n").expect("the section");
    assert_eq!(shared.trim_end(), mine[..cut].trim_end());
}

/// markdownlint's command line, when one is installed: `markdownlint-cli2`, or `markdownlint`.
fn markdownlint() -> Option<&'static str> {
    ["markdownlint-cli2", "markdownlint"]
        .into_iter()
        .find(|tool| {
            Command::new(tool)
                .arg("--help")
                .output()
                .is_ok_and(|o| !o.stdout.is_empty() || !o.stderr.is_empty())
        })
}

#[test]
fn markdownlint_finds_nothing_but_line_length() {
    let Some(tool) = markdownlint() else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED the markdownlint check of the Markdown outputs: neither markdownlint-cli2 \
             nor markdownlint is installed here"
        );
        return;
    };
    let sb = hostile();
    let dir = tempfile::TempDir::new().expect("temp dir");
    let mut files = Vec::new();
    for (n, (_, md)) in outputs(&sb).into_iter().enumerate() {
        let name = format!("output-{n}.md");
        std::fs::write(dir.path().join(&name), md).expect("write");
        files.push(name);
    }
    std::fs::write(
        dir.path().join(".markdownlint-cli2.jsonc"),
        r#"{ "config": { "MD013": false } }"#,
    )
    .expect("write the config");
    let mut cmd = Command::new(tool);
    cmd.current_dir(dir.path());
    if tool == "markdownlint" {
        cmd.args(["--disable", "MD013", "--"]);
    }
    let out = cmd.args(&files).output().expect("run markdownlint");
    let outputs = outputs(&sb);
    assert!(
        out.status.success(),
        "{tool} complains ({files:?} are {:?}):\n{}{}",
        outputs.iter().map(|(c, _)| c).collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
