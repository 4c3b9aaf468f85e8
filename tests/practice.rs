//! Interview practice marked: `interview --practised SKILL/N` records the day and how it went,
//! `interview` puts the least practised first and says how often each was practised, and a
//! question that is not there is refused with nothing written.

mod common;

use common::cli::Sandbox;

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

fn questions(sb: &Sandbox, skill: &str) -> Vec<serde_json::Value> {
    let json: serde_json::Value =
        serde_json::from_str(&sb.ok(&["interview", "--json", "--skill", skill])).expect("JSON");
    json["items"][0]["questions"]
        .as_array()
        .expect("questions")
        .clone()
}

#[test]
fn a_practised_question_is_recorded_with_how_it_went_and_moves_behind_the_others() {
    let sb = Sandbox::with(MENTEE);
    let before = questions(&sb, "customer-insight");
    assert_eq!(
        before[0]["id"], "customer-insight/1",
        "the pack's order first"
    );
    assert!(before.iter().all(|q| q["practised"] == 0));
    let said = sb.ok(&[
        "interview",
        "--practised",
        "customer-insight/1",
        "--how",
        "too long; lead with the result",
    ]);
    assert!(said.contains("the first time"), "{said}");
    let data = sb.data();
    let practice = &data["practice"][0];
    assert_eq!(practice["skill"], "customer-insight");
    assert_eq!(practice["question"], before[0]["question"]);
    assert_eq!(practice["date"], common::cli::TODAY);
    assert_eq!(practice["how"], "too long; lead with the result");
    let after = questions(&sb, "customer-insight");
    let last = after.last().expect("a question");
    assert_eq!(
        last["id"], "customer-insight/1",
        "the practised one goes last"
    );
    assert_eq!(last["practised"], 1);
    assert_eq!(last["how"], "too long; lead with the result");
    assert_eq!(after[0]["practised"], 0);
    let text = sb.ok(&["interview", "--skill", "customer-insight"]);
    assert!(
        text.contains("Practised once, last on ")
            && text.contains("(too long; lead with the result)"),
        "{text}"
    );
}

#[test]
fn the_least_practised_come_first_then_the_longest_since() {
    let sb = Sandbox::with(MENTEE);
    for (q, day) in [
        ("customer-insight/1", "2026-11-01"),
        ("customer-insight/1", "2026-11-10"),
        ("customer-insight/2", "2026-11-20"),
        ("customer-insight/3", "2026-11-02"),
    ] {
        sb.ok(&["interview", "--practised", q, "--date", day]);
    }
    let ids: Vec<String> = questions(&sb, "customer-insight")
        .iter()
        .map(|q| q["id"].as_str().expect("an id").to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "customer-insight/3",
            "customer-insight/2",
            "customer-insight/1"
        ],
        "once long ago, once lately, twice"
    );
}

#[test]
fn a_question_that_is_not_there_is_refused_and_nothing_is_written() {
    let sb = Sandbox::with(MENTEE);
    let before = sb.bytes();
    for (question, says) in [
        ("customer-insight/9", "questions 1 to"),
        ("customer-insight/0", "questions 1 to"),
        ("customer-insight", "names no question"),
        ("no-such-skill/1", "no-such-skill"),
    ] {
        let err = sb.fails(&["interview", "--practised", question]);
        assert!(err.contains(says), "{question}: {err}");
    }
    let err = sb.fails(&[
        "interview",
        "--practised",
        "customer-insight/1",
        "--date",
        "2099-01-01",
    ]);
    assert!(err.contains("2099-01-01"), "{err}");
    assert_eq!(sb.bytes(), before, "nothing written");
}
