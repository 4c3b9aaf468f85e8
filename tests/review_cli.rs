//! Mentor reviews on the command line, run as the real binary in a throwaway folder with "today"
//! pinned to 2026-11-22 and the home directory out of reach: `review agenda|list|changes|report`,
//! the review part of `export --format markdown`, and `cohort`.
//!
//! The fixture (`fixtures/review/mentee.json`) is Jordan Lee, written by hand for these tests:
//! two finished reviews with Priya Shah (2026-10-01 and 2026-11-05) and one still in progress
//! (2026-11-20); open actions overdue and not; a self/mentor disagreement of 2 on stakeholders;
//! must-haves below target (one never rated); an overdue milestone; a skill whose only rating is
//! from June (stale); private notes on every review and private journal entries on both sides of
//! the last review. Every private text carries the marker `PRIVATE-` so leaks are easy to see.

use std::fs;

use serde_json::Value;

mod common;
use common::cli::*;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");
const PEER: &str = include_str!("fixtures/review/peer.json");
const CORRUPT: &str = include_str!("fixtures/review/corrupt.json");

/// Every private text in the fixture starts with this.
const PRIVATE: &str = "PRIVATE-";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

impl Sandbox {
    /// A sandbox whose data file is Jordan's.
    fn mentee() -> Sandbox {
        Sandbox::with(MENTEE)
    }

    /// Run with these arguments, expect exit 1 and one error line on stderr, return that line.
    fn error_line(&self, args: &[&str]) -> String {
        let err = errors(&stderr(&self.pivot().args(args).assert().code(1)));
        assert_one_line(&err);
        err
    }
}

/// Stderr without its warnings (`pivot: warning: …`, e.g. about an older schema read in
/// memory): what is left is the error.
fn errors(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.starts_with("pivot: warning: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Where each of `needles` first appears in `text`; fails on a missing one.
#[track_caller]
fn positions(text: &str, needles: &[&str]) -> Vec<usize> {
    needles
        .iter()
        .map(|n| {
            text.find(n)
                .unwrap_or_else(|| panic!("{n:?} is missing from:\n{text}"))
        })
        .collect()
}

#[track_caller]
fn assert_in_order(text: &str, needles: &[&str]) {
    let at = positions(text, needles);
    for (pair, window) in needles.windows(2).zip(at.windows(2)) {
        assert!(
            window[0] < window[1],
            "{:?} should come before {:?} in:\n{text}",
            pair[0],
            pair[1]
        );
    }
}

#[track_caller]
fn assert_no_private(text: &str, context: &str) {
    assert!(
        !text.contains(PRIVATE),
        "{context} shows something private:\n{text}"
    );
}

/// The `|` that separate the cells of a Markdown table row (a `\|` is text, not a separator).
fn cell_count(row: &str) -> usize {
    let mut pipes: usize = 0;
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '|' => pipes += 1,
            _ => {}
        }
    }
    pipes.saturating_sub(1)
}

fn is_delimiter_row(line: &str) -> bool {
    line.starts_with('|')
        && line.contains("---")
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// GitHub's table rules as far as a report can break them: every table starts with a header and
/// a delimiter row, and every row starts and ends with `|` and has the header's number of cells.
/// Returns how many tables were checked.
#[track_caller]
fn assert_tables_well_formed(markdown: &str) -> usize {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut tables = 0;
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('|') {
            i += 1;
            continue;
        }
        let header = lines[i];
        let delimiter = lines.get(i + 1).copied().unwrap_or("");
        assert!(
            is_delimiter_row(delimiter),
            "table at line {} has no delimiter row after {header:?}:\n{markdown}",
            i + 1
        );
        let cells = cell_count(header);
        assert!(cells > 0, "empty header {header:?}");
        let mut j = i + 1;
        while j < lines.len() && lines[j].starts_with('|') {
            let row = lines[j];
            assert!(row.ends_with('|'), "row does not end with |: {row:?}");
            assert_eq!(
                cell_count(row),
                cells,
                "row {row:?} has a different number of cells than {header:?}"
            );
            j += 1;
        }
        tables += 1;
        i = j;
    }
    tables
}

/// The agenda's section titles, in the order a session walks them.
const SECTIONS: [&str; 6] = [
    "Open action items",
    "Where you and your mentor disagree",
    "Must-have skills below target",
    "Overdue milestones",
    "Stale evidence",
    "Since the last review",
];

// ---------------------------------------------------------------------------------------------
// review agenda
// ---------------------------------------------------------------------------------------------

#[test]
fn agenda_lists_its_sections_in_order_with_overdue_actions_first() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "agenda"]);
    assert!(
        out.starts_with("Agenda for a review today (last review 2026-11-05)\n"),
        "{out}"
    );
    assert_in_order(&out, &SECTIONS);
    // Overdue first (most overdue first), then by due date, then undated.
    assert_in_order(
        &out,
        &[
            "  - Draft the pricing note (Jordan Lee, 21 days overdue; from 2026-10-01)",
            "  - Share the ROI model | with finance (Jordan Lee, 7 days overdue; from 2026-11-05)",
            "  - Book five customer interviews (Jordan Lee, due 2026-12-10; from 2026-11-05)",
            "  - Introduce Jordan to the payments PM (Priya Shah; from 2026-11-05)",
            "Where you and your mentor disagree",
        ],
    );
    assert!(out.contains("  - Stakeholders & influence: you say 4, Priya Shah says 2\n"));
    // A gap of one is not a disagreement.
    assert!(!out.contains("Data, metrics & KPIs: you say"), "{out}");
    assert_in_order(
        &out,
        &[
            "Must-have skills below target",
            "  - Customer insight: at 2 (self 3, Priya Shah 2: the lower counts), a new PM needs 3",
            "  - Vision & strategy: not rated yet, a new PM needs 3",
            "  - Stakeholders & influence: at 2 (self 4, Priya Shah 2: the lower counts), a new PM needs 3",
            "Overdue milestones",
            "  - Business case for self-serve onboarding (due 2026-11-15, 7 days overdue)",
            "Stale evidence",
            "  - Go-to-market & launch: below target and its newest evidence is",
            "Since the last review",
            "  - Since 2026-11-05: 2 items ticked, 1 rating moved",
        ],
    );
    // Done actions and milestones are not on it.
    assert!(!out.contains("Read Escaping the Build Trap"), "{out}");
    assert!(!out.contains("Pricing note reviewed"), "{out}");
}

#[test]
fn agenda_leaves_out_the_actions_of_a_session_still_in_progress() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "agenda"]);
    assert!(!out.contains("DRAFT-ONLY"), "{out}");
    assert!(
        out.contains("(last review 2026-11-05)"),
        "a draft is not a review: {out}"
    );
}

#[test]
fn agenda_json_has_items_with_section_text_and_skill_and_the_since_summary() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "agenda", "--json"]);
    let agenda: Value = serde_json::from_str(&out).expect("review agenda --json prints JSON");
    assert_eq!(agenda["last_review"], "2026-11-05");
    let items = agenda["items"].as_array().expect("items is an array");
    // Four actions, one disagreement, six must-haves below target, an overdue milestone, stale
    // evidence and the since summary.
    assert_eq!(items.len(), 14, "{out}");
    for item in items {
        assert!(item["section"].is_string(), "{item}");
        assert!(item["text"].is_string(), "{item}");
        assert!(
            item["skill"].is_string() || item["skill"].is_null(),
            "{item}"
        );
    }
    // Sections appear in walking order, each in one run.
    let mut sections: Vec<&str> = items
        .iter()
        .map(|i| i["section"].as_str().unwrap_or_default())
        .collect();
    sections.dedup();
    assert_eq!(sections, SECTIONS);
    let first = &items[0];
    assert_eq!(first["section"], "Open action items");
    assert_eq!(
        first["text"],
        "Draft the pricing note (Jordan Lee, 21 days overdue; from 2026-10-01)"
    );
    assert_eq!(first["skill"], Value::Null);
    let disagreement = items
        .iter()
        .find(|i| i["section"] == "Where you and your mentor disagree")
        .expect("a disagreement");
    assert_eq!(disagreement["skill"], "stakeholders");
    let stale = items
        .iter()
        .find(|i| i["section"] == "Stale evidence")
        .expect("stale evidence");
    assert_eq!(stale["skill"], "go-to-market");
    let summary = agenda["since_last_review"]
        .as_str()
        .expect("since_last_review is text");
    assert!(
        summary.starts_with("2 items ticked, 1 rating moved, 1 milestone slipped"),
        "{summary}"
    );
}

#[test]
fn agenda_before_any_review_has_no_since_section() {
    let sb = Sandbox::new();
    let out = sb.ok(&["review", "agenda"]);
    assert!(
        out.starts_with("Agenda for a review today (no review yet)\n"),
        "{out}"
    );
    assert!(!out.contains("Since the last review"), "{out}");
    assert!(out.contains("Must-have skills below target"), "{out}");
    assert!(!sb.data.exists(), "reading the agenda writes nothing");
}

// ---------------------------------------------------------------------------------------------
// review list
// ---------------------------------------------------------------------------------------------

#[test]
fn list_shows_ids_dates_mentors_and_open_action_counts_oldest_first() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "list"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[0], "  1  2026-10-01  Priya Shah  2 actions, 1 open");
    assert_eq!(lines[1], "  2  2026-11-05  Priya Shah  3 actions, 3 open");
    assert!(
        lines[2].starts_with("  3  2026-11-20  Priya Shah  ")
            && lines[2].ends_with("(in progress)"),
        "{out}"
    );
}

#[test]
fn list_counts_a_single_action_in_the_singular() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "list"]);
    assert!(out.contains("  1 action, 1 open"), "{out}");
}

#[test]
fn list_without_reviews_says_how_to_hold_one() {
    let sb = Sandbox::new();
    let out = sb.ok(&["review", "list"]);
    assert_eq!(
        out,
        "No reviews yet. Hold one in the coach: pivot, then 7 (Review).\n"
    );
}

// ---------------------------------------------------------------------------------------------
// review report
// ---------------------------------------------------------------------------------------------

#[test]
fn report_without_an_id_is_the_latest_finished_review() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "report"]);
    assert!(
        out.starts_with(
            "# Jordan Lee: Product Owner → Product Manager\n\n## Review 2026-11-05 with Priya Shah\n"
        ),
        "the session in progress (2026-11-20) is not the latest review:\n{out}"
    );
    assert_eq!(out, sb.ok(&["review", "report", "2"]));
}

#[test]
fn report_has_the_agenda_notes_ratings_strengths_growth_areas_and_action_items() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "report", "2"]);
    assert_in_order(
        &out,
        &[
            "\n### Agenda\n",
            "- Open action items: Draft the pricing note",
            "\n### Notes\n",
            "Business case needs sources.",
            "Next time: a stakeholder map.",
            "\n### Ratings in this session\n",
            "| Skill | You | Mentor | You − mentor | Mentor's example |",
            "\n### Strengths\n",
            "- Clear writing",
            "\n### Growth areas\n",
            "- Pushing back on scope",
            "\n### Action items\n",
            "| Action | Owner | Due | Status |",
            "## What changed since 2026-10-01",
        ],
    );
    // Both ratings side by side, as they stood on the review's date.
    for row in [
        "| Business case & pricing | 2 | 2 | 0 | Structure is there; sources are not |",
        "| Data, metrics & KPIs | 3 | 2 | +1 |",
        "| Stakeholders & influence | 4 | 2 | +2 | Agrees too fast \\| rarely pushes back |",
        "| Share the ROI model \\| with finance | Jordan Lee | 2026-11-15 | open |",
        "| Introduce Jordan to the payments PM | Priya Shah | – | open |",
    ] {
        assert!(out.contains(row), "missing {row:?} in:\n{out}");
    }
    // A session's ratings are the mentor's of that day only.
    assert!(!out.contains("| Customer insight | "), "{out}");
    assert!(out.contains("- Milestone done 2026-10-12: Pricing note reviewed"));
    assert!(out.contains("- Journal 2026-10-10: Shadowed a pricing review."));
}

#[test]
fn report_by_id_shows_that_session_with_the_ratings_of_its_day() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "report", "1"]);
    assert!(
        out.contains("## Review 2026-10-01 with Priya Shah\n"),
        "{out}"
    );
    for line in [
        "- Set up the skill ratings",
        "Kick-off. Agreed to rate together every month.",
        "| Business case & pricing | 1 | 1 | 0 | No numbers yet |",
        "| Customer insight | 1 | 2 | -1 | Talks to users every sprint |",
        "- Knows the users well",
        "- Pricing",
        "| Draft the pricing note | Jordan Lee | 2026-11-01 | open |",
        "| Read Escaping the Build Trap | Jordan Lee | 2026-10-20 | done 2026-10-18 |",
        "## What changed since the start",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    assert!(!out.contains("Stakeholders & influence"), "{out}");
}

#[test]
fn report_never_shows_private_notes_or_private_journal_entries() {
    let sb = Sandbox::mentee();
    for args in [
        vec!["review", "report"],
        vec!["review", "report", "1"],
        vec!["review", "report", "2"],
        vec!["review", "report", "3"],
    ] {
        let out = sb.ok(&args);
        assert_no_private(&out, &args.join(" "));
        assert!(!out.contains("Private notes"), "{out}");
    }
}

#[test]
fn report_with_include_private_shows_private_notes_and_journal_entries() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "report", "2", "--include-private"]);
    assert_in_order(
        &out,
        &[
            "\n### Notes\n",
            "\n### Private notes\n",
            "PRIVATE-NOTE-2 ask about the payments opening",
            "## What changed since 2026-10-01",
            "- Journal 2026-10-20: PRIVATE-JOURNAL-A felt out of my depth",
        ],
    );
    assert!(
        !out.contains("PRIVATE-NOTE-1"),
        "another session's notes stay out"
    );
}

#[test]
fn report_of_an_unknown_id_exits_1_with_one_line() {
    let sb = Sandbox::mentee();
    let err = sb.error_line(&["review", "report", "9"]);
    assert_eq!(
        err,
        "pivot: no review with id 9; `pivot review list` shows the ids\n"
    );
}

#[test]
fn report_without_any_review_exits_1_with_a_clear_message() {
    let sb = Sandbox::new();
    let expected = "pivot: there is no review yet; hold one in the coach (7 Review)\n";
    assert_eq!(sb.error_line(&["review", "report"]), expected);
    assert!(!sb.data.exists(), "no data file is created");
    sb.ok(&["profile", "--name", "Kim"]);
    assert_eq!(sb.error_line(&["review", "report"]), expected);
}

#[test]
fn report_output_writes_the_file_and_nothing_to_stdout() {
    let sb = Sandbox::mentee();
    let printed = sb.ok(&["review", "report", "2"]);
    let before = fingerprint(&sb.data);
    let target = sb.path("session.md");
    let assert = sb
        .pivot()
        .args(["review", "report", "2", "--output"])
        .arg(&target)
        .assert()
        .success();
    assert_eq!(stdout(&assert), "");
    let err = errors(&stderr(&assert));
    assert!(err.starts_with("Wrote "), "{err}");
    assert_eq!(
        fs::read_to_string(&target).expect("report written"),
        printed
    );
    assert_eq!(fingerprint(&sb.data), before, "the data file is untouched");
}

#[test]
fn report_output_refuses_the_data_file_however_it_is_spelled() {
    let sb = Sandbox::mentee();
    let before = fingerprint(&sb.data);
    let absolute = sb.data.to_string_lossy().into_owned();
    for output in [absolute.as_str(), "progress.json", "./progress.json"] {
        let err = sb.error_line(&["review", "report", "--output", output]);
        assert!(err.contains("will not export over the data file"), "{err}");
        assert_eq!(fingerprint(&sb.data), before, "--output {output}");
    }
    // The backup is the data file's last good copy: also refused.
    fs::write(sb.path("progress.json.bak"), MENTEE).expect("write a backup");
    let backup = fingerprint(&sb.path("progress.json.bak"));
    let err = sb.error_line(&["review", "report", "--output", "progress.json.bak"]);
    assert!(err.contains("will not export over the data file"), "{err}");
    assert_eq!(fingerprint(&sb.path("progress.json.bak")), backup);
}

#[test]
fn report_output_refuses_the_backup_path_before_the_backup_exists() {
    let sb = Sandbox::mentee();
    let err = sb.error_line(&["review", "report", "--output", "./progress.json.bak"]);
    assert!(err.contains("will not export over the data file"), "{err}");
    assert!(!sb.path("progress.json.bak").exists());
}

#[test]
fn report_markdown_tables_have_as_many_cells_as_their_header() {
    let sb = Sandbox::mentee();
    // Each has its session's ratings and action items; the session in progress has no ratings.
    for (args, expected) in [
        (vec!["review", "report", "1"], 2),
        (vec!["review", "report", "2"], 2),
        (vec!["review", "report", "2", "--include-private"], 2),
        (vec!["review", "report", "3"], 1),
    ] {
        let out = sb.ok(&args);
        let tables = assert_tables_well_formed(&out);
        assert_eq!(tables, expected, "{}:\n{out}", args.join(" "));
    }
}

#[test]
fn report_escapes_a_pipe_typed_into_a_table_cell() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "report", "2"]);
    assert!(
        out.contains("Share the ROI model \\| with finance"),
        "{out}"
    );
    assert!(
        out.contains("Agrees too fast \\| rarely pushes back"),
        "{out}"
    );
    assert!(
        !out.contains("Share the ROI model | with finance"),
        "an unescaped pipe splits the cell: {out}"
    );
}

#[test]
fn the_checker_catches_a_row_with_an_extra_cell() {
    let good = "| A | B |\n|---|---|\n| x \\| y | z |\n";
    assert_eq!(assert_tables_well_formed(good), 1);
    let bad = "| A | B |\n|---|---|\n| x | y | z |\n";
    let caught = std::panic::catch_unwind(|| assert_tables_well_formed(bad));
    assert!(caught.is_err(), "an extra cell must fail the check");
}

// ---------------------------------------------------------------------------------------------
// review changes
// ---------------------------------------------------------------------------------------------

#[test]
fn changes_default_to_since_the_last_finished_review() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "changes"]);
    assert!(
        out.starts_with(
            "From 2026-11-06 to 2026-11-22: 2 items ticked, 1 rating moved, 1 milestone slipped, \
             1 piece of evidence, 1 journal entry\n"
        ),
        "{out}"
    );
    assert_in_order(
        &out,
        &[
            "Items ticked",
            "  2026-11-10 Describe your target users",
            "  2026-11-19 Compare three alternatives",
            "Ratings moved",
            "  Customer insight (self): 2 ↑ 3",
            "Milestones slipped",
            "  2026-11-15 Business case for self-serve onboarding",
            "New evidence",
            "  2026-11-10 Personas page shared with the team",
            "Journal",
            "  2026-11-08 Ran the first customer interview.",
        ],
    );
    // Before the last review: not in it.
    assert!(
        !out.contains("Write one page on how your company earns"),
        "{out}"
    );
}

#[test]
fn changes_since_and_until_are_both_included() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&[
        "review",
        "changes",
        "--since",
        "2026-11-10",
        "--until",
        "2026-11-19",
    ]);
    assert!(out.starts_with("From 2026-11-10 to 2026-11-19: "), "{out}");
    assert!(
        out.contains("  2026-11-19 Compare three alternatives"),
        "{out}"
    );
    // Ticked on the day --since names: in it, as the header says.
    assert!(
        out.contains("  2026-11-10 Describe your target users"),
        "{out}"
    );
    let out = sb.ok(&[
        "review",
        "changes",
        "--since",
        "2026-11-11",
        "--until",
        "2026-11-19",
    ]);
    assert!(!out.contains("Describe your target users"), "{out}");
    assert!(out.contains("  Customer insight (self): 2 ↑ 3"), "{out}");
    let out = sb.ok(&[
        "review",
        "changes",
        "--since",
        "2026-10-01",
        "--until",
        "2026-11-05",
    ]);
    assert!(out.starts_with("From 2026-10-01 to 2026-11-05: "), "{out}");
    assert!(out.contains("  2026-10-12 Pricing note reviewed"), "{out}");
    assert!(
        out.contains("  Stakeholders & influence (mentor Priya Shah): - → 2"),
        "{out}"
    );
    assert!(!out.contains("Ran the first customer interview"), "{out}");
    // --since alone runs to today.
    let out = sb.ok(&["review", "changes", "--since", "2026-06-30"]);
    assert!(out.starts_with("From 2026-06-30 to 2026-11-22: "), "{out}");
    assert!(
        out.contains("  2026-07-01 Collect five PM job ads"),
        "{out}"
    );
}

#[test]
fn changes_refuse_a_bad_date_as_a_usage_error() {
    let sb = Sandbox::mentee();
    for (flag, date) in [
        ("--since", "2026-13-01"),
        ("--until", "yesterday"),
        ("--since", "2026-02-30"),
    ] {
        let err = sb.usage_error(&["review", "changes", flag, date]);
        assert!(err.contains(&format!("'{date}' is not a date")), "{err}");
    }
}

#[test]
fn changes_refuse_since_after_until() {
    let sb = Sandbox::mentee();
    let err = sb.error_line(&[
        "review",
        "changes",
        "--since",
        "2026-11-10",
        "--until",
        "2026-11-01",
    ]);
    assert_eq!(err, "pivot: --since must not be after --until (or today)\n");
    let err = sb.error_line(&["review", "changes", "--since", "2026-12-01"]);
    assert!(err.contains("--since must not be after"), "{err}");
}

#[test]
fn changes_on_the_day_of_a_review_report_nothing_instead_of_failing() {
    let sb = Sandbox::mentee();
    let out = stdout(
        &sb.pivot()
            .env("PIVOT_TODAY", "2026-11-05")
            .args(["review", "changes"])
            .assert()
            .success(),
    );
    assert!(out.contains("nothing recorded"), "{out}");
}

#[test]
fn changes_hide_private_journal_entries_unless_asked() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "changes", "--since", "2026-10-01"]);
    assert_no_private(&out, "review changes");
    assert!(
        out.contains("  2026-10-10 Shadowed a pricing review."),
        "{out}"
    );
    let out = sb.ok(&[
        "review",
        "changes",
        "--since",
        "2026-10-01",
        "--include-private",
    ]);
    assert!(
        out.contains("  2026-10-20 (private) PRIVATE-JOURNAL-A felt out of my depth"),
        "{out}"
    );
    assert!(
        out.contains("  2026-11-15 (private) PRIVATE-JOURNAL-B"),
        "{out}"
    );
    assert!(
        !out.contains("Second line."),
        "only the first line of an entry: {out}"
    );
}

// ---------------------------------------------------------------------------------------------
// export --format markdown
// ---------------------------------------------------------------------------------------------

#[test]
fn export_markdown_has_the_review_history_latest_session_agenda_and_gaps() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["export", "--format", "markdown"]);
    assert_in_order(
        &out,
        &[
            "## Mentor reviews",
            "| # | Date | Mentor | Actions open |",
            "| 1 | 2026-10-01 | Priya Shah | 1 |",
            "| 2 | 2026-11-05 | Priya Shah | 3 |",
            "| 3 | 2026-11-20 (in progress) | Priya Shah | 1 |",
            // The latest finished session, as `review report` shows it.
            "### Latest: Review 2026-11-05 with Priya Shah",
            "### Agenda for the next review",
            "\n#### Open action items\n",
            "- Draft the pricing note (Jordan Lee, 21 days overdue; from 2026-10-01)",
            "\n#### Since the last review\n",
            "### Self vs mentor over time",
            "| Skill | Date | Mentor | You | Their rating | You − mentor |",
            "| Customer insight | 2026-10-01 | Priya Shah | 1 | 2 | -1 |",
            "| Stakeholders & influence | 2026-11-05 | Priya Shah | 4 | 2 | +2 |",
            "## Journal",
        ],
    );
    assert!(assert_tables_well_formed(&out) >= 4);
}

#[test]
fn export_markdown_never_shows_private_notes() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["export", "--format", "markdown"]);
    assert_no_private(&out, "export --format markdown");
    assert!(!out.contains("Private notes"), "{out}");
}

#[test]
fn export_agenda_counts_only_the_journal_entries_it_shares() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["export", "--format", "markdown"]);
    let since = out
        .lines()
        .find(|l| l.starts_with("- Since 2026-11-05: "))
        .expect("the since line");
    assert!(since.ends_with("1 journal entry"), "{since}");
}

// ---------------------------------------------------------------------------------------------
// cohort
// ---------------------------------------------------------------------------------------------

/// Two readable files, a corrupt one and the name of a missing one, in a sandbox.
fn cohort_sandbox() -> Sandbox {
    let sb = Sandbox::new();
    fs::write(sb.path("a.json"), MENTEE).expect("write a.json");
    fs::write(sb.path("b.json"), PEER).expect("write b.json");
    fs::write(sb.path("corrupt.json"), CORRUPT).expect("write corrupt.json");
    sb
}

const COHORT_ARGS: [&str; 5] = ["cohort", "a.json", "b.json", "corrupt.json", "missing.json"];

/// `status --json` of one of the sandbox's files.
fn status_of(sb: &Sandbox, file: &str) -> Value {
    let out = stdout(
        &sb.pivot()
            .args(["--data", file, "status", "--json"])
            .assert()
            .success(),
    );
    serde_json::from_str(&out).expect("status JSON")
}

#[test]
fn cohort_prints_one_table_lists_unreadable_files_and_exits_1() {
    let sb = cohort_sandbox();
    let status = |file: &str| status_of(&sb, file);
    let readiness = |file: &str| {
        status(file)["readiness"]["score"]
            .as_u64()
            .expect("a score")
    };
    let late = |file: &str| {
        status(file)["milestones"]["overdue"]
            .as_u64()
            .expect("a count")
    };
    let (ready_a, ready_b) = (readiness("a.json"), readiness("b.json"));
    let (late_a, late_b) = (late("a.json"), late("b.json"));
    assert!(
        late_a + late_b > 0,
        "the fixtures have an overdue milestone to count"
    );
    let assert = sb.pivot().args(COHORT_ARGS).assert().code(1);
    let (out, err) = (stdout(&assert), errors(&stderr(&assert)));
    assert_one_line(&err);
    assert_eq!(
        err,
        "pivot: 2 of 4 files could not be read (listed above)\n"
    );
    let (note, out) = out.split_once('\n').expect("a note above the table");
    assert_eq!(
        note,
        "Overdue counts the milestones and review action items past their due date, not done."
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines[0].starts_with("Name  ")
            && lines[0].contains("Ready")
            && lines[0].contains("Weakest must-have")
            && lines[0].contains("Last review")
            && lines[0].contains("Overdue")
            && lines[0].ends_with("File"),
        "{out}"
    );
    let jordan = lines[1];
    assert!(jordan.starts_with("Jordan Lee "), "{out}");
    assert!(jordan.contains(&format!(" {ready_a}  ")), "{out}");
    assert!(jordan.contains("Vision & strategy –/3"), "{out}");
    assert!(
        jordan.contains("2026-11-05"),
        "the draft is not the last review: {out}"
    );
    assert!(
        jordan.ends_with(&format!(" {}  a.json", 2 + late_a)),
        "two overdue actions (not the draft's) and the overdue milestones, then the file: {out}"
    );
    let lea = lines[2];
    assert!(lea.starts_with("Léa Chen 陳 "), "{out}");
    assert!(lea.contains(&format!(" {ready_b}  ")), "{out}");
    assert!(
        lea.contains("Communication –/3"),
        "a must-have not rated yet: {out}"
    );
    assert!(lea.contains("2026-09-30"), "{out}");
    assert!(lea.ends_with(&format!(" {late_b}  b.json")), "{out}");
    assert!(
        lines[3].starts_with("unreadable: corrupt.json: cannot read corrupt.json: line "),
        "{out}"
    );
    assert_eq!(lines[4], "unreadable: missing.json: no such file");
    // The readiness column lines up across a wide-character name.
    let column = |line: &str, needle: &str| {
        let at = line.find(needle).expect("needle in line");
        unicode_width::UnicodeWidthStr::width(&line[..at + needle.len()])
    };
    assert_eq!(
        column(lines[0], "Ready"),
        column(jordan, &ready_a.to_string())
    );
    assert_eq!(column(lines[0], "Ready"), column(lea, &ready_b.to_string()));
}

#[test]
fn cohort_json_names_itself_and_lists_rows_with_a_null_error_for_good_ones() {
    let sb = cohort_sandbox();
    let mut args = COHORT_ARGS.to_vec();
    args.push("--json");
    let assert = sb.pivot().args(&args).assert().code(1);
    let out: Value = serde_json::from_str(&stdout(&assert)).expect("cohort --json prints JSON");
    assert_eq!(out["schema"], "cohort");
    assert_eq!(out["schema_version"], 1);
    let rows = out["items"].as_array().expect("its rows");
    assert_eq!(rows.len(), 4);
    let files: Vec<&str> = rows
        .iter()
        .map(|r| r["file"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(files, ["a.json", "b.json", "corrupt.json", "missing.json"]);
    let a = &rows[0];
    assert_eq!(a["error"], Value::Null);
    assert_eq!(a["name"], "Jordan Lee");
    assert!(a["readiness"].is_u64(), "{a}");
    assert_eq!(a["weakest_must_have"], "Vision & strategy –/3");
    assert_eq!(a["last_review"], "2026-11-05");
    assert_eq!(a["overdue_actions"], 2);
    assert_eq!(
        a["overdue"],
        a["overdue_actions"].as_u64().unwrap_or(0) + a["overdue_milestones"].as_u64().unwrap_or(99)
    );
    assert_eq!(rows[1]["error"], Value::Null);
    assert_eq!(rows[1]["name"], "Léa Chen 陳");
    let corrupt = rows[2]["error"]
        .as_str()
        .expect("an error for corrupt.json");
    assert!(
        corrupt.starts_with("cannot read corrupt.json: line "),
        "{corrupt}"
    );
    assert_eq!(rows[2]["name"], Value::Null);
    assert_eq!(rows[2]["readiness"], Value::Null);
    assert_eq!(rows[3]["error"], "no such file");
}

#[test]
fn cohort_never_writes_any_file_or_creates_lock_files() {
    let sb = cohort_sandbox();
    let files = ["a.json", "b.json", "corrupt.json"];
    let before: Vec<_> = files.iter().map(|f| fingerprint(&sb.path(f))).collect();
    let listed = sb.entries();
    sb.pivot().args(COHORT_ARGS).assert().code(1);
    let mut args = COHORT_ARGS.to_vec();
    args.push("--json");
    sb.pivot().args(&args).assert().code(1);
    let after: Vec<_> = files.iter().map(|f| fingerprint(&sb.path(f))).collect();
    assert!(before == after, "cohort changed a file");
    assert_eq!(
        sb.entries(),
        listed,
        "no lock, backup or missing file created"
    );
}

#[test]
fn cohort_of_good_files_only_exits_0() {
    let sb = cohort_sandbox();
    let out = sb.ok(&["cohort", "a.json", "b.json"]);
    assert_eq!(
        out.lines().count(),
        4,
        "the note, the header and two people: {out}"
    );
    assert!(!out.contains("unreadable"), "{out}");
}

// ---------------------------------------------------------------------------------------------
// review action
// ---------------------------------------------------------------------------------------------

/// The action item with this text, as the file holds it.
fn action_in_file(sb: &Sandbox, text: &str) -> Value {
    sb.data()["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .flat_map(|r| r["actions"].as_array().expect("actions").clone())
        .find(|a| a["text"] == text)
        .expect("the action is in the file")
}

#[test]
fn action_list_names_each_item_by_review_and_place_open_first() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "action", "list"]);
    assert_in_order(
        &out,
        &[
            "Open",
            "  1.1  Draft the pricing note (Jordan Lee, due 2026-11-01; from 2026-10-01 with Priya Shah)",
            "  2.2  Book five customer interviews",
            "  2.3  Introduce Jordan to the payments PM (Priya Shah, no date;",
            "Done",
            "  1.2  Read Escaping the Build Trap (Jordan Lee, done 2026-10-18;",
        ],
    );
    assert!(
        out.contains("session in progress"),
        "the draft's own: {out}"
    );
    let json: Value = serde_json::from_str(&sb.ok(&["review", "action", "list", "--json"]))
        .expect("--json prints JSON");
    assert_eq!(json["schema"], "actions");
    let first = &json["items"].as_array().expect("the action items")[0];
    assert_eq!(first["id"], "1.1");
    assert_eq!(first["done"], Value::Null);
    assert_eq!(first["session"], "2026-10-01");
}

#[test]
fn an_action_is_ticked_off_and_reopened_between_reviews() {
    let sb = Sandbox::mentee();
    let out = sb.ok(&["review", "action", "done", "1.1"]);
    assert_eq!(out, "Action 1.1 done on 2026-11-22.\n");
    assert_eq!(action_in_file(&sb, "Draft the pricing note")["done"], TODAY);
    let agenda = sb.ok(&["review", "agenda"]);
    assert!(!agenda.contains("Draft the pricing note"), "{agenda}");
    // Done already: the first date is kept.
    let out = sb.ok(&["review", "action", "done", "1.1", "--date", "2026-11-20"]);
    assert_eq!(out, "Action 1.1 was already done on 2026-11-22; kept.\n");
    assert_eq!(action_in_file(&sb, "Draft the pricing note")["done"], TODAY);
    let out = sb.ok(&["review", "action", "reopen", "1.1"]);
    assert_eq!(out, "Action 1.1 is open again.\n");
    assert_eq!(
        action_in_file(&sb, "Draft the pricing note")["done"],
        Value::Null
    );
    assert!(
        sb.ok(&["review", "agenda"])
            .contains("Draft the pricing note")
    );
    let out = sb.ok(&["review", "action", "done", "2.3", "--date", "2026-11-20"]);
    assert_eq!(out, "Action 2.3 done on 2026-11-20.\n");
    assert_eq!(
        action_in_file(&sb, "Introduce Jordan to the payments PM")["done"],
        "2026-11-20"
    );
}

#[test]
fn a_wrong_action_id_or_date_is_refused_and_nothing_is_written() {
    let sb = Sandbox::mentee();
    let before = fingerprint(&sb.data);
    for (args, says) in [
        (
            vec!["done", "x"],
            "\"x\" is not an action item's id: they look like 3.1",
        ),
        (vec!["done", "1.0"], "\"1.0\" is not an action item's id"),
        (vec!["reopen", "2"], "\"2\" is not an action item's id"),
        (vec!["done", "99.1"], "no review with id 99"),
        (vec!["done", "1.9"], "no action item 1.9"),
        (
            vec!["done", "1.1", "--date", "2026-12-01"],
            "--date cannot be dated after today",
        ),
    ] {
        let mut all = vec!["review", "action"];
        all.extend(args);
        let err = sb.error_line(&all);
        assert!(err.starts_with(&format!("pivot: {says}")), "{all:?}: {err}");
    }
    assert!(fingerprint(&sb.data) == before, "the file is untouched");
}

#[test]
fn changes_after_a_review_held_today_name_no_backwards_span() {
    let sb = Sandbox::new();
    sb.ok(&["review", "prepare", "--mentor", "Ana", "--output", "p.json"]);
    sb.ok(&["review", "reply", "p.json", "notes", "Good start"]);
    sb.ok(&["review", "import", "p.reply.json", "--finish"]);
    let out = sb.ok(&["review", "changes"]);
    assert_eq!(out, format!("After {TODAY}: nothing recorded\n"));
}
