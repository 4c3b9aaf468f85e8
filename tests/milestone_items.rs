//! A milestone can name the checklist item it serves; finishing it offers to tick that item, in
//! the coach (a question: y ticks it too, n finishes only the milestone) and on the command
//! line (a hint with the command). Real key events on `TestBackend`, the file read back.
//!
//! Milestone 2 of the fixture, "Business case for self-serve onboarding", is open and the item
//! it would serve, cultivate-skills/business-case, is open too.

use pivot::tui::overlay::Overlay;

mod common;
use common::TODAY;
use common::tui::*;

const FIXTURE: &str = include_str!("fixtures/tui/progress.json");
const BUSINESS_CASE: &str = "cultivate-skills/business-case";

fn on_milestones() -> Session {
    let (dir, path) = folder_with(FIXTURE);
    let mut app = open_app(&path, false);
    // The list is by due date: the done course, then milestone 2.
    press(&mut app, "4gj");
    assert_eq!(app.selected_milestone().expect("a milestone").id, 2);
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// The picker's chosen keys.
fn chosen(s: &Session) -> Vec<String> {
    match s.app.overlay() {
        Overlay::Picker(p) => p.picker.chosen.iter().cloned().collect(),
        other => panic!("expected a picker, got {other:?}"),
    }
}

/// Where the business case sits among all items: the picker lists them in pack order.
fn business_case_row() -> usize {
    let pack = pivot::content::builtin();
    pack.steps
        .iter()
        .flat_map(|s| s.items.iter().map(move |i| format!("{}/{}", s.id, i.id)))
        .position(|k| k == BUSINESS_CASE)
        .expect("in the pack")
}

/// Link milestone 2 to the business case with `i`.
fn link(s: &mut Session) {
    press(&mut s.app, "i");
    assert!(chosen(s).is_empty());
    press(&mut s.app, &"j".repeat(business_case_row()));
    press(&mut s.app, "<Space><Enter>");
}

#[test]
fn i_links_a_milestone_to_the_one_item_it_serves_and_the_list_names_it() {
    let mut s = on_milestones();
    link(&mut s);
    let disk = on_disk(&s.path);
    let m = disk
        .milestones
        .iter()
        .find(|m| m.id == 2)
        .expect("milestone 2");
    assert_eq!(m.item.as_deref(), Some(BUSINESS_CASE));
    let text = screen_text(&s.app, 100, 24);
    assert!(
        text.contains(
            "│! 2026-11-15 Business case for self-serve onboarding           1 · Write a one-p… "
        ),
        "{text}"
    );
    // One item at most: ticking another unticks the first.
    press(&mut s.app, "i");
    assert_eq!(chosen(&s), [BUSINESS_CASE]);
    press(&mut s.app, "g<Space>");
    assert_eq!(chosen(&s), ["cultivate-skills/study-pm-role"]);
    press(&mut s.app, "<Space><Enter>");
    let disk = on_disk(&s.path);
    assert_eq!(
        disk.milestones.iter().find(|m| m.id == 2).expect("2").item,
        None
    );
}

#[test]
fn finishing_a_milestone_offers_to_tick_its_item_and_yes_does_both_in_one_change() {
    let mut s = on_milestones();
    link(&mut s);
    press(&mut s.app, "<Space>");
    let text = screen_text(&s.app, 80, 24);
    assert!(text.contains("Tick it too?"), "{text}");
    press(&mut s.app, "y");
    let disk = on_disk(&s.path);
    assert!(disk.is_done(BUSINESS_CASE));
    let m = disk.milestones.iter().find(|m| m.id == 2).expect("2");
    assert_eq!(m.done, Some(day(TODAY)));
    assert!(
        status(&s.app)
            .1
            .starts_with("Milestone done, and \"Write a one-page")
    );
    press(&mut s.app, "u");
    let disk = on_disk(&s.path);
    assert!(!disk.is_done(BUSINESS_CASE), "one undo takes both back");
    assert_eq!(
        disk.milestones.iter().find(|m| m.id == 2).expect("2").done,
        None
    );
}

#[test]
fn no_finishes_only_the_milestone_and_an_item_done_already_is_not_asked_about() {
    let mut s = on_milestones();
    link(&mut s);
    press(&mut s.app, "<Space>n");
    let disk = on_disk(&s.path);
    assert!(!disk.is_done(BUSINESS_CASE));
    assert!(
        disk.milestones
            .iter()
            .find(|m| m.id == 2)
            .expect("2")
            .done
            .is_some()
    );
    assert_eq!(status(&s.app).1, "Milestone done");
    // Reopened, the item ticked on the Path screen (which opens on the first open item, the
    // business case), finished again: nothing to ask.
    press(&mut s.app, "<Space>2");
    assert_eq!(s.app.selected_item_key().as_deref(), Some(BUSINESS_CASE));
    press(&mut s.app, "<Space>4gj<Space>");
    assert!(
        matches!(s.app.overlay(), Overlay::None),
        "{:?}",
        s.app.overlay()
    );
    assert_eq!(status(&s.app).1, "Milestone done");
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

mod cli {
    use super::common::cli::*;

    #[test]
    fn milestone_add_item_names_it_and_done_says_how_to_tick_it() {
        let sb = Sandbox::new();
        sb.ok(&[
            "milestone",
            "add",
            "Finish the pricing course",
            "--due",
            "2027-01-31",
            "--item",
            "cultivate-skills/take-course",
        ]);
        let m = &sb.data()["milestones"][0];
        assert_eq!(m["item"], "cultivate-skills/take-course");
        assert_eq!(m["step"], "cultivate-skills", "the item's step");
        let list = sb.ok(&["milestone", "list"]);
        assert!(
            list.contains("serves cultivate-skills/take-course"),
            "{list}"
        );
        let out = sb.ok(&["milestone", "done", "1"]);
        assert!(
            out.contains("It serves cultivate-skills/take-course, still open: `pivot check cultivate-skills/take-course` ticks it."),
            "{out}"
        );
        assert!(
            sb.data()["checklist"]
                .get("cultivate-skills/take-course")
                .is_none(),
            "offered, not ticked"
        );
        sb.ok(&["check", "cultivate-skills/take-course"]);
        assert!(!sb.ok(&["milestone", "done", "1"]).contains("It serves"));
        sb.ok(&["milestone", "edit", "1", "--item", "none"]);
        assert!(sb.data()["milestones"][0].get("item").is_none());
    }

    #[test]
    fn an_unknown_item_is_refused_with_the_closest_one_and_writes_nothing() {
        let sb = Sandbox::new();
        let err = sb.fails(&[
            "milestone",
            "add",
            "X",
            "--due",
            "2027-01-31",
            "--item",
            "cultivate-skills/take-corse",
        ]);
        assert!(err.contains("cultivate-skills/take-course"), "{err}");
        assert!(!sb.data.exists(), "nothing written");
    }
}
