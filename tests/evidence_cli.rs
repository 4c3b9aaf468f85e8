//! The evidence library, coverage, the showcase and interview practice from the command line: the
//! real binary in a throwaway folder, "today" pinned to 2026-11-22, the home directory out of reach.
//!
//! The fixture (`fixtures/evidence/library.json`) is Alex Morgan with nine pieces of evidence:
//!
//! | id | date       | kind        | backs                        | story              |
//! |----|------------|-------------|------------------------------|--------------------|
//! | 1  | 2026-10-12 | metric      | business-case, data-metrics  | S T A R, an item   |
//! | 2  | 2026-11-03 | artifact    | business-case                | S A R              |
//! | 3  | 2026-11-15 | artifact    | customer-insight             | S A R              |
//! | 4  | 2026-11-18 | feedback    | roadmapping, stakeholders    | R, no link         |
//! | 5  | 2026-11-20 | self_report | communication                | none (bare)        |
//! | 6  | 2026-09-30 | self_report | go-to-market                 | R                  |
//! | 7  | 2025-12-01 | artifact    | vision-strategy              | none, stale        |
//! | 8  | 2026-08-15 | metric      | data-metrics                 | R                  |
//! | 9  | 2026-10-05 | artifact    | customer-insight             | S R, no link       |
//!
//! The step "Cultivate skills" is complete and one milestone is done.

use std::fs;

use serde_json::{Value, json};

mod common;
use common::cli::*;

const LIBRARY: &str = include_str!("fixtures/evidence/library.json");
const V1: &str = include_str!("fixtures/evidence/v1.json");

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

impl Sandbox {
    /// Alex's library.
    fn library() -> Sandbox {
        Sandbox::with(LIBRARY)
    }
}

fn item_text(step: &str, item: &str) -> String {
    let pack = builtin_pack();
    let step = pack["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["id"] == step)
        .expect("step in pack");
    step["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == item)
        .expect("item in pack")["text"]
        .as_str()
        .expect("item text")
        .to_string()
}

fn blocking(status: &Value) -> Vec<String> {
    status["readiness"]["blocking"]
        .as_array()
        .expect("blocking")
        .iter()
        .map(|b| b.as_str().expect("text").to_string())
        .collect()
}

fn evidence_ids(data: &Value) -> Vec<u64> {
    data["evidence"]
        .as_array()
        .expect("evidence library")
        .iter()
        .map(|e| e["id"].as_u64().expect("id"))
        .collect()
}

/// The ids `evidence list` printed, in order (each piece's first line starts with its id).
fn listed_ids(out: &str) -> Vec<u32> {
    out.lines()
        .filter(|l| !l.starts_with("     "))
        .map(|l| {
            l.split_whitespace()
                .next()
                .and_then(|id| id.parse().ok())
                .unwrap_or_else(|| panic!("a listed piece: {l:?}"))
        })
        .collect()
}

/// The text of a Markdown section: from the line `heading` to the next heading of the same or a
/// higher level.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(&format!("{heading}\n"))
        .unwrap_or_else(|| panic!("{heading:?} in:\n{text}"));
    let level = heading.chars().take_while(|&c| c == '#').count();
    let body = &text[start + heading.len()..];
    let end = body
        .match_indices("\n#")
        .find(|(at, _)| {
            let hashes = body[at + 1..].chars().take_while(|&c| c == '#').count();
            hashes <= level
        })
        .map_or(body.len(), |(at, _)| at);
    &body[..end]
}

/// One competency's section of the showcase.
fn competency<'a>(showcase: &'a str, name: &str) -> &'a str {
    section(showcase, &format!("### {name}"))
}

fn pack_skill_names() -> Vec<String> {
    builtin_pack()["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_string())
        .collect()
}

/// Every line of `text` that starts with `prefix`, without it.
fn lines_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.lines()
        .filter_map(|l| l.strip_prefix(prefix))
        .collect()
}

/// Run a command expected to fail on Alex's file: one line on stderr, the file byte-for-byte as
/// it was, no backup written. Returns the message.
#[track_caller]
fn refused(args: &[&str]) -> String {
    let sb = Sandbox::library();
    let before = sb.bytes();
    let err = sb.fails(args);
    assert_one_line(&err);
    assert_same(&sb.bytes(), &before, &format!("after {args:?}"));
    assert!(!sb.path("progress.json.bak").exists(), "{args:?} saved");
    err
}

// ---------------------------------------------------------------------------------------------
// evidence add
// ---------------------------------------------------------------------------------------------

#[test]
fn evidence_add_writes_a_piece_with_every_field() {
    let sb = Sandbox::new();
    let out = sb.ok(&[
        "evidence",
        "add",
        "Pricing page experiment",
        "--kind",
        "metric",
        "--date",
        "2026-10-12",
        "--link",
        "https://dash.example/pricing",
        "--skill",
        "business-case",
        "--skill",
        "data-metrics",
        "--item",
        "cultivate-skills/pricing-note",
        "--item",
        "cultivate-skills/take-course",
        "--situation",
        "Trial users stalled on pricing",
        "--task",
        "Find a simpler page",
        "--action",
        "Ran an A/B test",
        "--result",
        "+0.9 points conversion",
    ]);
    assert_eq!(out, "Added evidence 1 (metric, 2026-10-12).\n");
    assert_eq!(
        sb.data_made_here()["evidence"],
        json!([{
            "id": 1,
            "title": "Pricing page experiment",
            "date": "2026-10-12",
            "kind": "metric",
            "link": "https://dash.example/pricing",
            "story": {
                "situation": "Trial users stalled on pricing",
                "task": "Find a simpler page",
                "action": "Ran an A/B test",
                "result": "+0.9 points conversion"
            },
            "skills": ["business-case", "data-metrics"],
            "items": ["cultivate-skills/pricing-note", "cultivate-skills/take-course"]
        }])
    );
}

#[test]
fn evidence_add_without_a_date_is_dated_today_and_leaves_out_empty_fields() {
    let sb = Sandbox::new();
    let out = sb.ok(&[
        "evidence",
        "add",
        "  Sprint demo to sales  ",
        "--kind",
        "self-report",
        "--link",
        "  ",
        "--situation",
        "",
    ]);
    assert_eq!(out, format!("Added evidence 1 (self-report, {TODAY}).\n"));
    assert_eq!(
        sb.data_made_here()["evidence"],
        json!([{"id": 1, "title": "Sprint demo to sales", "date": TODAY, "kind": "self_report"}])
    );
}

#[test]
fn evidence_add_takes_the_next_free_id_and_keeps_the_library() {
    let sb = Sandbox::library();
    let before = sb.data()["evidence"].clone();
    let out = sb.ok(&["evidence", "add", "Launch retro", "--kind", "feedback"]);
    assert_eq!(out, format!("Added evidence 10 (feedback, {TODAY}).\n"));
    let after = sb.data()["evidence"].clone();
    let after = after.as_array().expect("library");
    assert_eq!(after.len(), 10);
    assert_eq!(&after[..9], before.as_array().expect("library").as_slice());
    assert_eq!(after[9]["title"], "Launch retro");
}

#[test]
fn evidence_add_unknown_skill_suggests_the_near_one_and_leaves_the_file_untouched() {
    let err = refused(&[
        "evidence",
        "add",
        "Strategy page",
        "--kind",
        "artifact",
        "--skill",
        "vision-stratgy",
    ]);
    assert!(err.contains("unknown skill 'vision-stratgy'"), "{err}");
    assert!(err.contains("did you mean 'vision-strategy'?"), "{err}");
}

#[test]
fn evidence_add_unknown_item_is_refused_and_leaves_the_file_untouched() {
    let err = refused(&[
        "evidence",
        "add",
        "Strategy page",
        "--kind",
        "artifact",
        "--item",
        "develop-strategy/no-such-item",
    ]);
    assert!(
        err.contains("unknown item 'develop-strategy/no-such-item'"),
        "{err}"
    );
    assert!(err.contains("STEP/ITEM"), "{err}");
}

#[test]
fn evidence_add_bad_kind_lists_the_kinds_and_leaves_the_file_untouched() {
    let err = refused(&["evidence", "add", "My post", "--kind", "blog"]);
    assert!(err.contains("unknown kind 'blog'"), "{err}");
    assert!(
        err.contains("artifact, metric, feedback, self-report"),
        "{err}"
    );
}

#[test]
fn evidence_add_impossible_date_is_a_usage_error_and_leaves_the_file_untouched() {
    let sb = Sandbox::library();
    let before = sb.bytes();
    let err = sb.usage_error(&[
        "evidence",
        "add",
        "Deck",
        "--kind",
        "artifact",
        "--date",
        "2026-02-30",
    ]);
    assert_same(&sb.bytes(), &before, "after an impossible date");
    assert!(err.contains("'2026-02-30' is not a date"), "{err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn evidence_add_empty_title_is_refused_and_leaves_the_file_untouched() {
    for title in ["", "   "] {
        let err = refused(&["evidence", "add", title, "--kind", "artifact"]);
        assert!(err.contains("title must not be empty"), "{err}");
    }
}

#[test]
fn evidence_add_bad_input_creates_no_file_when_none_existed() {
    let sb = Sandbox::new();
    let err = sb.fails(&["evidence", "add", "Deck", "--kind", "blog"]);
    assert_one_line(&err);
    assert!(!sb.data.exists());
}

#[test]
fn evidence_add_stores_a_repeated_skill_or_item_once() {
    let sb = Sandbox::new();
    let out = sb.ok(&[
        "evidence",
        "add",
        "Deck",
        "--kind",
        "artifact",
        "--skill",
        "business-case",
        "--skill",
        "business-case",
        "--item",
        "cultivate-skills/take-course",
        "--item",
        "cultivate-skills/take-course",
    ]);
    assert!(out.starts_with("Added evidence 1"), "{out}");
    let piece = &sb.data()["evidence"][0];
    assert_eq!(piece["skills"], json!(["business-case"]));
    assert_eq!(piece["items"], json!(["cultivate-skills/take-course"]));
}

// ---------------------------------------------------------------------------------------------
// evidence list and delete
// ---------------------------------------------------------------------------------------------

#[test]
fn evidence_list_prints_newest_first_with_links_and_the_skills_it_backs() {
    let sb = Sandbox::library();
    let out = sb.ok(&["evidence", "list"]);
    assert_eq!(listed_ids(&out), [5, 4, 3, 2, 1, 9, 6, 8, 7]);
    let first: Vec<&str> = out.lines().take(7).collect();
    assert_eq!(
        first,
        [
            "  5  2026-11-20  self-report Ran the sprint review",
            "     backs: Communication",
            "  4  2026-11-18  feedback    Priya's note on the roadmap review",
            "     backs: Roadmap & priorities · Stakeholders & influence",
            "  3  2026-11-15  artifact    Customer interview synthesis",
            "     https://docs.example/interviews",
            "     backs: Customer insight",
        ]
    );
}

#[test]
fn evidence_list_skill_filter_keeps_only_pieces_linked_to_the_skill() {
    let sb = Sandbox::library();
    assert_eq!(
        listed_ids(&sb.ok(&["evidence", "list", "--skill", "customer-insight"])),
        [3, 9]
    );
    assert_eq!(
        listed_ids(&sb.ok(&["evidence", "list", "--skill", "data-metrics"])),
        [1, 8]
    );
}

#[test]
fn evidence_list_kind_filter_keeps_only_that_kind() {
    let sb = Sandbox::library();
    assert_eq!(
        listed_ids(&sb.ok(&["evidence", "list", "--kind", "metric"])),
        [1, 8]
    );
    assert_eq!(
        listed_ids(&sb.ok(&["evidence", "list", "--kind", "self-report"])),
        [5, 6]
    );
}

#[test]
fn evidence_list_filters_combine() {
    let sb = Sandbox::library();
    let out = sb.ok(&[
        "evidence",
        "list",
        "--skill",
        "business-case",
        "--kind",
        "artifact",
    ]);
    assert_eq!(listed_ids(&out), [2]);
}

#[test]
fn evidence_list_of_an_empty_library_says_how_to_add_and_writes_nothing() {
    let sb = Sandbox::new();
    let out = sb.ok(&["evidence", "list"]);
    assert!(out.starts_with("No evidence here yet."), "{out}");
    assert!(out.contains("pivot evidence add"), "{out}");
    assert!(!sb.data.exists(), "a read command created the file");
}

#[test]
fn evidence_list_bad_filters_exit_1() {
    let sb = Sandbox::library();
    let err = sb.fails(&["evidence", "list", "--skill", "vision-stratgy"]);
    assert_one_line(&err);
    assert!(err.contains("did you mean 'vision-strategy'?"), "{err}");
    let err = sb.fails(&["evidence", "list", "--kind", "blog"]);
    assert_one_line(&err);
    assert!(err.contains("unknown kind 'blog'"), "{err}");
}

#[test]
fn evidence_delete_removes_only_that_piece() {
    let sb = Sandbox::library();
    let out = sb.ok(&["evidence", "delete", "4"]);
    assert_eq!(
        out,
        "Deleted evidence 4: Priya's note on the roadmap review\n"
    );
    assert_eq!(evidence_ids(&sb.data()), [1, 2, 3, 5, 6, 7, 8, 9]);
    let left = sb.ok(&["evidence", "list", "--skill", "roadmapping"]);
    assert!(left.starts_with("No evidence here yet."), "{left}");
}

#[test]
fn evidence_delete_unknown_id_exits_1_and_leaves_the_file_untouched() {
    let err = refused(&["evidence", "delete", "42"]);
    assert!(err.contains("no evidence with id 42"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// check --evidence
// ---------------------------------------------------------------------------------------------

#[test]
fn check_with_a_link_adds_an_artifact_titled_after_the_item() {
    let sb = Sandbox::new();
    sb.ok(&[
        "check",
        "cultivate-skills/take-course",
        "--evidence",
        "https://learn.example/cert/42",
    ]);
    assert_eq!(
        sb.data_made_here()["evidence"],
        json!([{
            "id": 1,
            "title": item_text("cultivate-skills", "take-course"),
            "date": TODAY,
            "kind": "artifact",
            "link": "https://learn.example/cert/42",
            "items": ["cultivate-skills/take-course"]
        }])
    );
}

#[test]
fn check_with_a_description_adds_a_self_report_titled_with_its_words() {
    let sb = Sandbox::new();
    sb.ok(&[
        "check",
        "cultivate-skills/take-course",
        "--evidence",
        "Presented the summary, see https://x.example",
    ]);
    assert_eq!(
        sb.data_made_here()["evidence"],
        json!([{
            "id": 1,
            "title": "Presented the summary, see https://x.example",
            "date": TODAY,
            "kind": "self_report",
            "items": ["cultivate-skills/take-course"]
        }])
    );
}

// ---------------------------------------------------------------------------------------------
// Coverage in status --json, and readiness
// ---------------------------------------------------------------------------------------------

#[test]
fn an_artifact_linked_to_a_skill_backs_it_fully() {
    let sb = Sandbox::new();
    sb.ok(&[
        "evidence",
        "add",
        "KPI tree",
        "--kind",
        "artifact",
        "--skill",
        "data-metrics",
    ]);
    let status = sb.status();
    assert_eq!(
        status_skill(&status, "data-metrics")["coverage"],
        json!({"backing": "backed", "score": 1.0, "fresh": 1, "stale": 0})
    );
    assert_eq!(
        status_skill(&status, "business-case")["coverage"],
        json!({"backing": "none", "score": 0.0, "fresh": 0, "stale": 0})
    );
}

#[test]
fn a_self_report_linked_to_a_skill_is_thin() {
    let sb = Sandbox::new();
    sb.ok(&[
        "evidence",
        "add",
        "Explained the KPIs",
        "--kind",
        "self_report",
        "--skill",
        "data-metrics",
    ]);
    assert_eq!(
        status_skill(&sb.status(), "data-metrics")["coverage"],
        json!({"backing": "thin", "score": 0.25, "fresh": 1, "stale": 0})
    );
}

#[test]
fn evidence_linked_only_to_an_item_backs_no_skill_until_linked() {
    let sb = Sandbox::new();
    sb.ok(&[
        "check",
        "cultivate-skills/take-course",
        "--evidence",
        "https://learn.example/cert/42",
    ]);
    let status = sb.status();
    // A step grows several skills; guessing which one a piece shows made unrelated evidence
    // count, so an item alone backs none.
    for skill in ["business-case", "data-metrics", "customer-insight"] {
        assert_eq!(
            status_skill(&status, skill)["coverage"],
            json!({"backing": "none", "score": 0.0, "fresh": 0, "stale": 0})
        );
    }
}

#[test]
fn evidence_older_than_the_stale_setting_stops_counting_until_the_setting_is_raised() {
    let sb = Sandbox::new();
    // 181 days before today: stale under the default of 180.
    sb.ok(&[
        "evidence",
        "add",
        "Old KPI tree",
        "--kind",
        "artifact",
        "--date",
        "2026-05-25",
        "--skill",
        "data-metrics",
    ]);
    assert_eq!(
        status_skill(&sb.status(), "data-metrics")["coverage"],
        json!({"backing": "none", "score": 0.0, "fresh": 0, "stale": 1})
    );
    let mut data = sb.data();
    data["settings"] = json!({"evidence_stale_days": 365});
    sb.write_data(&data);
    assert_eq!(
        status_skill(&sb.status(), "data-metrics")["coverage"],
        json!({"backing": "backed", "score": 1.0, "fresh": 1, "stale": 0})
    );
}

#[test]
fn evidence_exactly_as_old_as_the_stale_setting_still_counts() {
    let sb = Sandbox::new();
    sb.ok(&[
        "evidence",
        "add",
        "KPI tree",
        "--kind",
        "artifact",
        "--date",
        "2026-05-26",
        "--skill",
        "data-metrics",
    ]);
    assert_eq!(
        status_skill(&sb.status(), "data-metrics")["coverage"],
        json!({"backing": "backed", "score": 1.0, "fresh": 1, "stale": 0})
    );
}

#[test]
fn a_must_have_at_target_without_evidence_blocks_until_an_artifact_backs_it() {
    let sb = Sandbox::new();
    sb.ok(&["rate", "vision-strategy", "3"]);
    let unbacked = "Vision & strategy is rated 3 but no evidence backs it";
    let before = blocking(&sb.status());
    assert!(before.iter().any(|b| b == unbacked), "{before:#?}");
    sb.ok(&[
        "evidence",
        "add",
        "Strategy page",
        "--kind",
        "artifact",
        "--skill",
        "vision-strategy",
    ]);
    let after = blocking(&sb.status());
    assert!(
        !after
            .iter()
            .any(|b| b.starts_with("Vision & strategy is rated")),
        "{after:#?}"
    );
}

#[test]
fn a_must_have_backed_only_by_stale_evidence_says_it_has_gone_stale() {
    let sb = Sandbox::library();
    let status = sb.status();
    let blocking = blocking(&status);
    assert!(
        blocking
            .iter()
            .any(|b| b == "Vision & strategy is rated 3 but its evidence has gone stale"),
        "{blocking:#?}"
    );
    assert_eq!(
        status_skill(&status, "vision-strategy")["coverage"],
        json!({"backing": "none", "score": 0.0, "fresh": 0, "stale": 1})
    );
}

// ---------------------------------------------------------------------------------------------
// showcase
// ---------------------------------------------------------------------------------------------

#[test]
fn showcase_is_headed_with_the_name_and_role_and_groups_competencies_in_pack_order() {
    let out = Sandbox::library().ok(&["showcase"]);
    assert!(
        out.starts_with("# Alex Morgan's Product Manager portfolio\n"),
        "{out}"
    );
    assert!(
        out.contains("*Built by pivot on 2026-11-22 from 9 pieces of evidence.*"),
        "{out}"
    );
    // The competencies with something to show, in pack order; the rest are listed at the end.
    let competencies = section(&out, "## Competencies");
    let headings: Vec<String> = lines_after(competencies, "### ")
        .into_iter()
        .map(str::to_string)
        .collect();
    let not_shown = section(&out, "## Not yet shown");
    let listed: Vec<String> = lines_after(not_shown, "- ")
        .into_iter()
        .map(|l| l.trim_end_matches(" (must-have)").to_string())
        .collect();
    let in_pack_order: Vec<String> = pack_skill_names()
        .into_iter()
        .filter(|n| !listed.contains(n))
        .collect();
    assert_eq!(headings, in_pack_order);
    assert_eq!(headings.len() + listed.len(), pack_skill_names().len());
}

#[test]
fn showcase_shows_the_strongest_pieces_with_their_star_story() {
    let out = Sandbox::library().ok(&["showcase"]);
    let business = competency(&out, "Business case & pricing");
    // A portfolio shows the work, not the self-assessment.
    assert!(!business.contains("target"), "{business}");
    assert!(!out.contains("*you "), "{out}");
    let pieces = lines_after(business, "#### ");
    assert_eq!(
        pieces,
        [
            "[Onboarding business case](https://docs.example/onboarding-case) (artifact, 2026-11-03)",
            "[Pricing page experiment](https://dash.example/pricing) (metric, 2026-10-12)",
        ]
    );
    for line in [
        "- **Situation:** Self-serve onboarding had no budget",
        "- **Action:** Wrote the costs, the return and the decision on one page",
        "- **Result:** Funded for Q1 with two engineers",
        "- **Task:** Find out whether a simpler page would convert better",
    ] {
        assert!(
            business.lines().any(|l| l == line),
            "{line:?} in {business}"
        );
    }
    // A story part left out is not printed empty.
    let onboarding = &business[..business.find("[Pricing page").expect("second piece")];
    assert!(!onboarding.contains("**Task:**"), "{onboarding}");
}

#[test]
fn showcase_shows_at_most_three_pieces_per_skill_the_strongest_ones() {
    let sb = Sandbox::new();
    for (title, kind) in [
        ("Team retro notes", "self_report"),
        ("Sales lead's thanks", "feedback"),
        ("Launch plan", "artifact"),
        ("Launch signups", "metric"),
    ] {
        sb.ok(&[
            "evidence",
            "add",
            title,
            "--kind",
            kind,
            "--skill",
            "go-to-market",
            "--result",
            "It worked",
        ]);
    }
    let out = sb.ok(&["showcase"]);
    let gtm = competency(&out, "Go-to-market & launch");
    assert_eq!(
        lines_after(gtm, "#### "),
        [
            "Launch signups (metric, 2026-11-22)",
            "Launch plan (artifact, 2026-11-22)",
            "Sales lead's thanks (feedback, 2026-11-22)",
        ]
    );
}

#[test]
fn showcase_lists_metric_pieces_newest_first_under_metrics_achieved() {
    let out = Sandbox::library().ok(&["showcase"]);
    let metrics = section(&out, "## Metrics achieved");
    assert_eq!(
        lines_after(metrics, "- "),
        [
            "[Pricing page experiment](https://dash.example/pricing) (metric, 2026-10-12): Trial-to-paid conversion rose from 3.1% to 4.0%",
            "[Activation KPI dashboard](https://dash.example/activation) (metric, 2026-08-15): Weekly activation up 12% in a quarter",
        ]
    );
}

#[test]
fn showcase_lists_completed_steps_and_done_milestones_under_milestones_reached() {
    let out = Sandbox::library().ok(&["showcase"]);
    let reached = section(&out, "## Milestones reached");
    assert_eq!(
        lines_after(reached, "- "),
        [
            "Completed the step **Cultivate skills** (7/10 items)",
            "Finish the product strategy course (2026-10-28)",
        ]
    );
    assert!(
        !reached.contains("Lead the Q1 planning session"),
        "{reached}"
    );
}

#[test]
fn showcase_flags_skills_without_presentable_evidence_under_not_yet_shown() {
    let out = Sandbox::library().ok(&["showcase"]);
    let not_shown = section(&out, "## Not yet shown");
    // Communication has only a bare self-report; Vision & strategy only stale evidence.
    assert_eq!(
        lines_after(not_shown, "- "),
        [
            "Discovery & experiments",
            "Market & competition",
            "Vision & strategy (must-have)",
            "Outcome ownership (must-have)",
            "Communication (must-have)",
            "Delivery & backlog craft",
            "Technical & AI fluency",
            "Product sense & UX",
            "Cross-functional leadership",
        ]
    );
    // They get no heading of their own: a portfolio shows the work, not the gaps.
    assert!(!out.contains("### Communication"), "{out}");
    assert!(!out.contains("Ran the sprint review"), "{out}");
}

#[test]
fn showcase_presents_a_self_report_that_has_a_result() {
    let out = Sandbox::library().ok(&["showcase"]);
    let gtm = competency(&out, "Go-to-market & launch");
    assert!(
        gtm.contains("\n#### Wrote the release notes for v2 (self-report, 2026-09-30)\n"),
        "{gtm}"
    );
    assert!(
        gtm.contains("- **Result:** Support tickets about the release fell by a third"),
        "{gtm}"
    );
    let not_shown = section(&out, "## Not yet shown");
    assert!(!not_shown.contains("Go-to-market"), "{not_shown}");
}

#[test]
fn showcase_of_a_new_user_has_no_metrics_no_milestones_and_flags_every_skill() {
    let sb = Sandbox::new();
    let out = sb.ok(&["showcase"]);
    assert!(out.starts_with("# My Product Manager portfolio\n"), "{out}");
    assert!(
        section(&out, "## Metrics achieved").contains("None recorded yet."),
        "{out}"
    );
    assert!(
        section(&out, "## Milestones reached").contains("None yet."),
        "{out}"
    );
    let flagged = lines_after(section(&out, "## Not yet shown"), "- ").len();
    assert_eq!(flagged, pack_skill_names().len());
    // No section is an empty heading: the person is told how to fill it, a reader only that
    // there is nothing yet.
    assert!(
        section(&out, "## Competencies").contains("--skill SKILL"),
        "{out}"
    );
    let shared = sb.ok(&["showcase", "--share"]);
    assert!(
        section(&shared, "## Competencies").contains("None recorded yet."),
        "{shared}"
    );
    assert!(out.contains("from 0 pieces of evidence"), "{out}");
    assert!(!sb.data.exists(), "showcase created the data file");
}

#[test]
fn showcase_output_writes_the_file_and_prints_nothing() {
    let sb = Sandbox::library();
    let expected = sb.ok(&["showcase"]);
    let before = sb.bytes();
    let assert = sb
        .pivot()
        .args(["showcase", "--output", "portfolio.md"])
        .assert()
        .success();
    assert_eq!(stdout(&assert), "");
    assert!(
        stderr(&assert).contains("portfolio.md"),
        "{}",
        stderr(&assert)
    );
    let written = fs::read_to_string(sb.path("portfolio.md")).expect("the showcase file");
    assert_eq!(written, expected);
    assert_same(&sb.bytes(), &before, "after showcase --output");
}

#[test]
fn showcase_output_refuses_the_data_file_and_its_backup() {
    let sb = Sandbox::library();
    sb.ok(&["evidence", "add", "Backup maker", "--kind", "artifact"]);
    let data = sb.bytes();
    let backup = fs::read(sb.path("progress.json.bak")).expect("backup");
    for target in ["progress.json", "./progress.json", "progress.json.bak"] {
        let err = sb.fails(&["showcase", "--output", target]);
        assert_one_line(&err);
        assert!(err.contains("will not export over the data file"), "{err}");
        assert_same(&sb.bytes(), &data, target);
        assert_same(
            &fs::read(sb.path("progress.json.bak")).expect("backup"),
            &backup,
            target,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// interview
// ---------------------------------------------------------------------------------------------

#[test]
fn interview_lists_every_skill_with_its_numbered_questions_from_the_pack() {
    let out = Sandbox::library().ok(&["interview"]);
    assert!(out.starts_with("# Interview practice\n"), "{out}");
    let pack = builtin_pack();
    let skills = pack["skills"].as_array().expect("skills");
    let headings: Vec<&str> = lines_after(&out, "## ");
    assert_eq!(headings.len(), skills.len(), "{headings:#?}");
    for (skill, heading) in skills.iter().zip(&headings) {
        let name = skill["name"].as_str().expect("name");
        assert!(
            heading.starts_with(&format!("{name} (")),
            "{heading:?} for {name}"
        );
        let body = section(&out, &format!("## {heading}"));
        let questions: Vec<&str> = skill["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .map(|q| q.as_str().expect("question"))
            .collect();
        assert!(questions.len() >= 2, "{name} has {questions:?}");
        let numbered: Vec<String> = body
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .map(str::to_string)
            .collect();
        let expected: Vec<String> = questions
            .iter()
            .enumerate()
            .map(|(n, q)| format!("{}. {q}", n + 1))
            .collect();
        assert_eq!(numbered, expected, "questions of {name}");
    }
}

/// The stories listed under question `n` of a skill's section, in order.
fn stories_under(body: &str, n: usize) -> Vec<String> {
    let start = body
        .lines()
        .position(|l| l.starts_with(&format!("{n}. ")))
        .unwrap_or_else(|| panic!("question {n} in {body}"));
    body.lines()
        .skip(start + 1)
        .take_while(|l| !l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .filter_map(|l| l.trim_start().strip_prefix("- Story: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn interview_lists_the_skills_stories_under_each_question_best_fit_first() {
    let out = Sandbox::library().ok(&["interview", "--skill", "customer-insight"]);
    let body = section(&out, "## Customer insight (you 3 · target 3)");
    let interviews =
        "[Customer interview synthesis](https://docs.example/interviews) (artifact, 2026-11-15)";
    let survey = "Trial user survey (artifact, 2026-10-05)";
    // Each story answers the question it fits best, not every question of the skill.
    // "Tell me about a time research changed what your team built.": the synthesis's result
    // says the research changed what the team built.
    assert_eq!(stories_under(body, 1), [interviews]);
    // "How do you decide which customer problem is worth solving first?": the survey's story
    // is about which problem was worth solving first.
    assert_eq!(stories_under(body, 2), [survey]);
    // "Walk me through how you would learn why users drop off in onboarding.": neither fits it
    // better than its own question, so it asks for a story.
    assert!(stories_under(body, 3).is_empty());
    let third = &body[body.find("3. ").expect("question 3")..];
    assert!(third.contains("No story yet"), "{third}");
    assert!(!body.contains("(told above)"), "{body}");
    assert!(
        body.contains(
            "     - Result: The research changed what the team built: a guided setup replaced the tour"
        ),
        "{body}"
    );
}

#[test]
fn interview_for_one_skill_shows_only_that_skill() {
    let out = Sandbox::library().ok(&["interview", "--skill", "business-case"]);
    assert_eq!(
        lines_after(&out, "## "),
        ["Business case & pricing (you 3 · target 3)"]
    );
    assert!(!out.contains("Customer interview synthesis"), "{out}");
}

#[test]
fn interview_for_a_skill_without_stories_says_how_to_add_one() {
    let out = Sandbox::library().ok(&["interview", "--skill", "communication"]);
    // Its only piece is a bare self-report: no story to tell, so the hint names it.
    assert!(!out.contains("- Story: Ran the sprint review"), "{out}");
    let hints = out
        .lines()
        .filter(|l| {
            l.trim()
                == "No story yet: write up \"Ran the sprint review\" as situation, task, action, result."
        })
        .count();
    assert_eq!(hints, 3, "{out}");
}

#[test]
fn interview_unknown_skill_exits_1_with_one_line() {
    let sb = Sandbox::library();
    let err = sb.fails(&["interview", "--skill", "unknown"]);
    assert_one_line(&err);
    assert!(err.contains("unknown skill 'unknown'"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Schema 1 files
// ---------------------------------------------------------------------------------------------

#[test]
fn a_write_command_migrates_a_schema_1_file_keeping_the_original() {
    let sb = Sandbox::with(V1);
    let assert = sb
        .pivot()
        .args(["evidence", "add", "Churn dashboard", "--kind", "metric"])
        .assert()
        .success();
    let err = stderr(&assert);
    assert!(
        err.contains("warning") && err.contains("schema 1") && err.contains("progress.json.v1.bak"),
        "{err}"
    );
    assert_same(
        &fs::read(sb.path("progress.json.v1.bak")).expect("the original is kept"),
        V1.as_bytes(),
        "original",
    );
    let data = sb.data_without_uids();
    assert_eq!(data["schema_version"], 2);
    assert_eq!(
        data["evidence"],
        json!([
            {
                "id": 1,
                "title": item_text("cultivate-skills", "take-course"),
                "date": "2026-10-02",
                "kind": "artifact",
                "link": "https://learn.example/cert/42",
                "items": ["cultivate-skills/take-course"]
            },
            {
                "id": 2,
                "title": "Presented the course summary to my team",
                "date": "2026-10-02",
                "kind": "self_report",
                "items": ["cultivate-skills/take-course"]
            },
            {
                "id": 3,
                "title": "draft comparison table",
                "date": "2026-08-01",
                "kind": "self_report",
                "items": ["develop-strategy/competitor-scan"]
            },
            {"id": 4, "title": "Churn dashboard", "date": TODAY, "kind": "metric"}
        ])
    );
    // The items keep their state but no longer hold evidence; unknown fields survive.
    assert_eq!(
        data["checklist"]["cultivate-skills/take-course"],
        json!({"done": "2026-10-02", "note": "Strategy course, all six weeks"})
    );
    assert_eq!(data["x_custom"], json!({"kept": true}));
}

#[test]
fn a_read_command_on_a_schema_1_file_writes_nothing() {
    let sb = Sandbox::with(V1);
    // The library is there in memory: the pieces moved out of the items are listed…
    let listed = sb.ok(&["evidence", "list"]);
    assert!(listed.contains("https://"), "{listed}");
    // …but nothing was written.
    assert_same(&sb.bytes(), V1.as_bytes(), "after status");
    assert_eq!(sb.entries(), ["progress.json"]);
}

#[test]
fn a_failed_write_command_leaves_a_schema_1_file_untouched() {
    let sb = Sandbox::with(V1);
    let err = sb.fails(&["evidence", "delete", "99"]);
    assert!(err.contains("no evidence with id 99"), "{err}");
    assert_same(&sb.bytes(), V1.as_bytes(), "after a failed delete");
    assert!(!sb.path("progress.json.v1.bak").exists());
    assert_one_line(&err);
}

#[test]
fn the_command_line_spells_a_self_report_as_the_screen_does() {
    let sb = Sandbox::new();
    sb.ok(&["evidence", "add", "Ran the retro", "--kind", "self-report"]);
    sb.ok(&[
        "evidence",
        "add",
        "Wrote the notes",
        "--kind",
        "self_report",
    ]);
    let list = sb.ok(&["evidence", "list"]);
    assert_eq!(list.matches("self-report").count(), 2, "{list}");
    assert!(!list.contains("self_report"), "{list}");
    // The file keeps its own word.
    let data = sb.data();
    let kinds: Vec<&str> = data["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .map(|e| e["kind"].as_str().expect("a kind"))
        .collect();
    assert_eq!(kinds, ["self_report", "self_report"]);
}
