//! Reminders with no daemon: `pivot remind` says what is overdue and due soon and ends with an
//! exit code a cron job or a timer can act on; `status --brief` is one line for a prompt;
//! `review next` plans the next mentor review, and finishing a session plans it a month on.
//! Dates are chosen with PIVOT_TODAY; the sandbox's own today is 2026-11-22.

mod common;
use common::cli::*;

/// `pivot ARGS` on `today`: its exit code and what it printed.
fn on(sb: &Sandbox, today: &str, args: &[&str]) -> (i32, String) {
    let out = sb
        .pivot()
        .env("PIVOT_TODAY", today)
        .args(args)
        .output()
        .expect("run pivot");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().expect("an exit code"),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

/// A milestone due 2026-12-10 and a journal entry written on 2026-11-22.
fn with_a_milestone() -> Sandbox {
    let sb = Sandbox::new();
    sb.ok(&[
        "milestone",
        "add",
        "Pitch to leadership",
        "--due",
        "2026-12-10",
    ]);
    sb.ok(&["journal", "add", "Started"]);
    sb
}

#[test]
fn remind_exits_0_when_nothing_is_due() {
    let sb = with_a_milestone();
    let (code, out) = on(&sb, "2026-11-22", &["remind"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "Nothing overdue or due in the next 7 days, and the journal is up to date.\n"
    );
    // A wider window sees the milestone.
    let (code, out) = on(&sb, "2026-11-22", &["remind", "--days", "30"]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("Due in the next 30 days\n  Milestone \"Pitch to leadership\": due 2026-12-10, in 18 days\n"), "{out}");
}

#[test]
fn remind_exits_3_when_something_is_due_soon_or_the_journal_is_quiet() {
    let sb = with_a_milestone();
    // Seven days after the last entry is not quiet yet, and the milestone is 11 days off.
    let (code, out) = on(&sb, "2026-11-29", &["remind"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = on(&sb, "2026-11-30", &["remind"]);
    assert_eq!(code, 3, "{out}");
    assert_eq!(
        out,
        "Journal: nothing written for 8 days. A few lines on the week? pivot journal add \"...\"\n"
    );
    let (code, out) = on(&sb, "2026-12-03", &["remind"]);
    assert_eq!(code, 3);
    assert_eq!(
        out,
        "Due in the next 7 days\n  Milestone \"Pitch to leadership\": due 2026-12-10, in 7 days\nJournal: nothing written for 11 days. A few lines on the week? pivot journal add \"...\"\n"
    );
}

#[test]
fn remind_exits_4_when_something_is_overdue_and_the_brief_status_says_so() {
    let sb = with_a_milestone();
    let (code, out) = on(&sb, "2026-12-11", &["remind"]);
    assert_eq!(code, 4, "{out}");
    assert!(
        out.starts_with(
            "Overdue\n  Milestone \"Pitch to leadership\": due 2026-12-10, yesterday\n"
        ),
        "{out}"
    );
    let (code, brief) = on(&sb, "2026-12-11", &["status", "--brief"]);
    assert_eq!(code, 0);
    assert_eq!(brief.lines().count(), 1, "{brief}");
    assert!(brief.starts_with("pivot 0/100 · 1 overdue"), "{brief}");
    assert!(brief.trim_end().ends_with("journal quiet"), "{brief}");
    // Done, nothing is left to remind.
    sb.ok(&["milestone", "done", "1"]);
    sb.ok(&["journal", "add", "Pitched"]);
    let (code, _) = on(&sb, "2026-11-23", &["remind"]);
    assert_eq!(code, 0);
    let (_, brief) = on(&sb, "2026-11-23", &["status", "--brief"]);
    assert!(brief.ends_with(" · nothing due\n"), "{brief}");
}

#[test]
fn the_next_review_is_planned_by_hand_or_a_month_after_a_finished_session() {
    let sb = Sandbox::with(include_str!("fixtures/review/mentee.json"));
    assert_eq!(
        sb.ok(&["review", "next"]),
        "No mentor review planned: pivot review next YYYY-MM-DD plans one.\n"
    );
    // Jordan's session of 2026-11-20 is in progress: finishing it plans the next.
    sb.ok(&["review", "finish"]);
    assert_eq!(
        sb.ok(&["review", "next"]),
        "Next mentor review: 2026-12-20\n"
    );
    assert_eq!(sb.data()["profile"]["next_review"], "2026-12-20");
    // It is reminded when it comes near.
    let (code, out) = on(&sb, "2026-12-15", &["remind", "--json"]);
    assert_eq!(code, 4, "Jordan has overdue actions");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let soon = json["soon"].as_array().expect("soon");
    assert!(
        soon.iter().any(|r| r["kind"] == "review" && r["days"] == 5),
        "{json}"
    );
    // Set by hand, or to none; a bad date is a usage error.
    sb.ok(&["review", "next", "2027-01-08"]);
    assert_eq!(sb.data()["profile"]["next_review"], "2027-01-08");
    sb.ok(&["review", "next", "none"]);
    assert!(sb.data()["profile"].get("next_review").is_none());
    sb.usage_error(&["review", "next", "soon"]);
}
