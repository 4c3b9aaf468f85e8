//! The Showcase screen: the portfolio by competency, each skill's strongest evidence told in
//! full; and on `v` interview practice: every question, each skill's least practised first, the
//! stories that answer it, and Space to record a practice (dated today, with how it went) that
//! `pivot interview` reads.

mod common;

use common::tui::{on_disk, press, screen_text, session_on};
use pivot::tui::screens::Screen;

const FIXTURE: &str = include_str!("fixtures/tui/progress.json");

fn with_story() -> String {
    let mut data: serde_json::Value = serde_json::from_str(FIXTURE).expect("the fixture");
    data["evidence"]
        .as_array_mut()
        .expect("evidence")
        .push(serde_json::json!({
            "id": 99,
            "title": "Interviewed twelve churned customers",
            "date": "2026-11-01",
            "kind": "artifact",
            "skills": ["customer-insight"],
            "story": {
                "situation": "Churn doubled after the redesign",
                "task": "Find out why before the next release",
                "action": "Ran twelve interviews and mapped the reasons",
                "result": "The team changed what it built: churn fell back"
            }
        }));
    data.to_string()
}

#[test]
fn a_question_shows_the_story_that_answers_it_in_full() {
    let mut s = session_on(&with_story());
    press(&mut s.app, "0v");
    assert_eq!(s.app.screen(), Screen::Showcase);
    let screen = screen_text(&s.app, 100, 30);
    // The first question of Customer insight asks about research that changed what was built.
    assert!(screen.contains("Customer insight"), "{screen}");
    assert!(screen.contains("Stories that answer it"), "{screen}");
    assert!(
        screen.contains("Interviewed twelve churned customers"),
        "{screen}"
    );
    assert!(screen.contains("Situation: Churn doubled"), "{screen}");
}

#[test]
fn space_records_a_practice_with_how_it_went_and_the_question_goes_last() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "0v");
    let first = screen_text(&s.app, 100, 30);
    assert!(first.contains("Not practised yet"), "{first}");
    press(&mut s.app, "<Space>");
    assert!(common::tui::is_form(&s.app));
    for c in "rambled".chars() {
        press(&mut s.app, &c.to_string());
    }
    press(&mut s.app, "<Enter>");
    let data = on_disk(&s.path);
    let done = data.practice.first().expect("a practice on disk");
    assert_eq!(done.skill, "customer-insight");
    assert_eq!(done.how.as_deref(), Some("rambled"));
    assert_eq!(done.date, common::tui::day(common::TODAY));
    let pack = pivot::content::builtin();
    assert_eq!(done.question, pack.skills[0].questions[0]);
    // The practised question is now last of its skill: the first row is the next one.
    let screen = screen_text(&s.app, 100, 30);
    assert!(
        screen.contains(&pack.skills[0].questions[1][..30]),
        "{screen}"
    );
    press(&mut s.app, "jj");
    let third = screen_text(&s.app, 100, 30);
    assert!(
        third.contains("Practised once, last on") && third.contains(": rambled"),
        "{third}"
    );
    // u takes it back.
    press(&mut s.app, "u");
    assert!(on_disk(&s.path).practice.is_empty());
}

#[test]
fn the_portfolio_shows_each_competencys_strongest_evidence_with_its_story() {
    let mut s = session_on(&with_story());
    press(&mut s.app, "0");
    let screen = screen_text(&s.app, 120, 30);
    assert!(screen.contains("Portfolio by competency"), "{screen}");
    assert!(
        screen.contains("Interviewed twelve churned customers · artifact"),
        "{screen}"
    );
    assert!(
        screen.contains("Result: The team changed what it built"),
        "{screen}"
    );
    // Space marks practice only in interview practice, and says so.
    press(&mut s.app, "<Space>");
    assert!(!common::tui::is_form(&s.app));
    let (_, said) = common::tui::status(&s.app);
    assert!(said.contains("interview practice"), "{said}");
    // A skill with nothing to show says how to give it something.
    press(&mut s.app, "j");
    let screen = screen_text(&s.app, 100, 30);
    assert!(screen.contains("Nothing to show for it yet"), "{screen}");
}
