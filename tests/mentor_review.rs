//! A review with a mentor who is not at the person's keyboard, played by both people with two
//! folders: the person (Jordan Lee, `fixtures/review/mentee.json`) prepares a packet; the
//! mentor (Priya Shah, a folder of her own with no data file) answers it from the command line
//! and in the coach on `TestBackend`; the person imports the reply, finishes and reports. Every
//! refusal of an import is checked to leave the file byte for byte as it was. The packet and
//! the reply are validated against the JSON Schemas kept in `schemas/`.

use std::fs;
use std::path::{Path, PathBuf};

use pivot::exchange::MentorDesk;
use pivot::schemas::schemas;
use pivot::tui::App;
use pivot::tui::screens::Screen;
use serde_json::Value;

mod common;
use common::cli::{Sandbox, stderr, stdout};
use common::tui::{day, press, screen_text, start};
use common::{TODAY, fingerprint};

const MENTEE: &str = include_str!("fixtures/review/mentee.json");

/// Jordan's file without the session in progress (an import needs none open).
fn jordan() -> Sandbox {
    let mut doc: Value = serde_json::from_str(MENTEE).expect("the fixture is JSON");
    if let Some(Value::Array(reviews)) = doc.get_mut("reviews") {
        reviews.retain(|r| r.get("draft") != Some(&Value::Bool(true)));
    }
    Sandbox::with(&serde_json::to_string_pretty(&doc).expect("encode"))
}

/// Jordan prepares a packet for Priya; it lands in Priya's folder as `packet.json`.
fn prepared(person: &Sandbox, mentor: &Sandbox) -> PathBuf {
    let out = person.path("packet.json");
    person
        .pivot()
        .args(["review", "prepare", "--mentor", "Priya Shah", "--output"])
        .arg(&out)
        .assert()
        .success();
    let sent = mentor.path("packet.json");
    fs::copy(&out, &sent).expect("send the packet");
    sent
}

/// Priya, in her own folder, runs `pivot review reply packet.json ...`.
fn reply(mentor: &Sandbox, args: &[&str]) -> String {
    let out = mentor
        .bare()
        .args(["review", "reply", "packet.json"])
        .args(args)
        .assert()
        .success();
    stdout(&out)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("JSON")
}

/// `value` checked against the schema kept in the repository.
fn valid(schema_file: &str, value: &Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(schema_file);
    let schema = json(&path);
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{schema_file}: {errors:#?}");
}

#[test]
fn the_schemas_in_the_repository_are_the_ones_the_types_make() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for (name, made) in schemas() {
        let path = dir.join(&name);
        if std::env::var_os("PIVOT_WRITE_SCHEMAS").is_some() {
            fs::create_dir_all(&dir).expect("schemas folder");
            fs::write(&path, &made).expect("write the schema");
        }
        let kept = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            kept, made,
            "{name} is out of date: run `PIVOT_WRITE_SCHEMAS=1 cargo test --test mentor_review` and commit it"
        );
    }
}

#[test]
fn a_packet_holds_what_a_mentor_needs_and_nothing_private() {
    let person = jordan();
    let mentor = Sandbox::new();
    let packet_path = prepared(&person, &mentor);
    let text = fs::read_to_string(&packet_path).expect("read");
    for private in ["PRIVATE-JOURNAL", "PRIVATE-NOTE"] {
        assert!(!text.contains(private), "{private} leaked into the packet");
    }
    let packet: Value = serde_json::from_str(&text).expect("JSON");
    valid("review-packet.schema.json", &packet);
    assert_eq!(packet["format"], "pivot-review-packet");
    assert_eq!(packet["version"], 1);
    assert_eq!(packet["mentor"], "Priya Shah");
    assert_eq!(packet["person"]["name"], "Jordan Lee");
    assert!(packet["person"]["target_role"].is_string());
    // The pack travels with it: skills with their five rubric levels and targets.
    let skills = packet["pack"]["skills"].as_array().expect("skills");
    assert!(!skills.is_empty());
    assert!(
        skills
            .iter()
            .all(|s| s["levels"].as_array().map(Vec::len) == Some(5))
    );
    assert!(skills.iter().all(|s| s["target"].is_u64()));
    // The standing: readiness and what blocks it, steps, the agenda.
    assert!(packet["standing"]["readiness"]["score"].is_u64());
    assert!(packet["standing"]["readiness"]["blocking"].is_array());
    assert!(
        !packet["standing"]["steps"]
            .as_array()
            .expect("steps")
            .is_empty()
    );
    assert!(
        !packet["standing"]["agenda"]["items"]
            .as_array()
            .expect("agenda")
            .is_empty()
    );
    // Own ratings with their examples, for rating blind.
    let own = packet["assessments"]
        .as_array()
        .expect("ratings")
        .iter()
        .filter(|a| a["rater"] == "self")
        .count();
    assert!(own > 0, "the person's own ratings are in it");
    // Finished sessions only, and no journal at all.
    let reviews = packet["reviews"].as_array().expect("reviews");
    assert!(reviews.iter().all(|r| r.get("draft").is_none()));
    assert!(packet.get("journal").is_none());
    // The file records the packet: its id, date, mentor and digest.
    let data = person.data();
    let record = &data["packets"][0];
    assert_eq!(record["uid"], packet["id"]);
    assert_eq!(record["made"], TODAY);
    assert_eq!(record["mentor"], "Priya Shah");
    assert_eq!(record["digest"], packet["digest"]);
}

/// How readiness moved is in the packet, measured with the person's own ratings: not shown to
/// a mentor rating blind, where the score beside it is without them.
#[test]
fn a_packet_carries_how_readiness_moved_and_a_blind_view_keeps_it_back() {
    let person = jordan();
    let mentor = Sandbox::new();
    prepared(&person, &mentor);
    let packet = json(&mentor.path("packet.json"));
    let moved = &packet["standing"]["moved"];
    assert!(moved["since_start"]["score"].is_u64(), "{moved}");
    assert_eq!(moved["since_review"]["date"], "2026-11-05", "{moved}");
    let shown = reply(&mentor, &["show"]);
    assert!(shown.contains("not rated by you yet"), "blind: {shown}");
    assert!(!shown.contains("Since the review of"), "{shown}");
}

#[test]
fn the_whole_round_trip_from_the_command_line() {
    let person = jordan();
    let mentor = Sandbox::new();
    prepared(&person, &mentor);

    // Blind: before Priya rates, the packet view keeps Jordan's own rating back.
    let shown = reply(&mentor, &["show"]);
    assert!(shown.contains("not rated by you yet (their own rating shows once you do)"));
    let said = reply(
        &mentor,
        &[
            "rate",
            "customer-insight",
            "3",
            "--example",
            "Ran the interview plan alone",
        ],
    );
    assert!(
        said.contains("Rated customer-insight 3; they rated themselves"),
        "{said}"
    );
    reply(
        &mentor,
        &["notes", "Solid month.", "--private", "Ask about the reorg"],
    );
    reply(&mentor, &["strength", "Clear problem statements"]);
    reply(&mentor, &["growth", "Pricing conversations"]);
    reply(
        &mentor,
        &[
            "action",
            "Draft the pricing note",
            "--owner",
            "Jordan Lee",
            "--due",
            "2026-12-20",
        ],
    );
    let shown = reply(&mentor, &["show"]);
    assert!(
        shown.contains("you rated 3: Ran the interview plan alone"),
        "{shown}"
    );
    assert!(shown.contains("they rated themselves"), "{shown}");

    // The mentor's folder holds the packet and the reply, and no data file anywhere.
    let reply_path = mentor.path("packet.reply.json");
    let answer = json(&reply_path);
    valid("review-reply.schema.json", &answer);
    assert_eq!(answer["ratings"]["customer-insight"]["level"], 3);
    assert!(
        !mentor.path("xdg-data").exists(),
        "no data file was made for the mentor"
    );
    assert!(!mentor.data.exists());

    // Jordan folds it in: a session in progress holding what Priya wrote.
    fs::copy(&reply_path, person.path("reply.json")).expect("send the reply back");
    let said = person.ok(&["review", "import", "reply.json"]);
    assert!(
        said.contains("Folded in Priya Shah's reply: 1 rating, 3 outcomes"),
        "{said}"
    );
    let data = person.data();
    let session = data["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .find(|r| r["draft"] == true)
        .expect("a session in progress")
        .clone();
    assert_eq!(session["mentor"], "Priya Shah");
    assert_eq!(session["ratings"]["customer-insight"]["mentor"], 3);
    assert_eq!(session["notes"], "Solid month.");
    assert_eq!(session["private_notes"], "Ask about the reorg");
    assert_eq!(session["actions"][0]["owner"], "Jordan Lee");
    assert_eq!(data["packets"][0]["imported"]["review"], session["id"]);

    // Finished together (here from the command line), then reported.
    let id = session["id"].to_string();
    person.ok(&["review", "finish"]);
    let report = person.ok(&["review", "report", &id]);
    assert!(report.contains("Ran the interview plan alone"), "{report}");
    assert!(report.contains("Draft the pricing note"), "{report}");
    assert!(
        !report.contains("Ask about the reorg"),
        "private notes stay out"
    );
}

/// Jordan's file after a packet for Priya was made and Priya's CLI reply written; gives both
/// sandboxes and the reply's path in Jordan's folder.
fn replied() -> (Sandbox, Sandbox, PathBuf) {
    let person = jordan();
    let mentor = Sandbox::new();
    prepared(&person, &mentor);
    reply(&mentor, &["rate", "communication", "4"]);
    let back = person.path("reply.json");
    fs::copy(mentor.path("packet.reply.json"), &back).expect("send back");
    (person, mentor, back)
}

/// `pivot review import FILE` fails, says `expected`, and leaves Jordan's file as it was.
fn refused(person: &Sandbox, file: &Path, expected: &str) {
    let before = fingerprint(&person.data);
    let out = person
        .pivot()
        .args(["review", "import"])
        .arg(file)
        .assert()
        .code(1);
    let said = stderr(&out);
    assert!(said.contains(expected), "expected {expected:?} in {said}");
    assert_eq!(fingerprint(&person.data), before, "the file was changed");
}

#[test]
fn a_reply_edited_cut_short_or_from_a_newer_pivot_is_refused() {
    let (person, _mentor, back) = replied();
    let text = fs::read_to_string(&back).expect("read");
    let edited = person.path("edited.json");
    fs::write(&edited, text.replace("\"level\": 4", "\"level\": 5")).expect("write");
    refused(&person, &edited, "was changed after pivot wrote it");
    let cut = person.path("cut.json");
    fs::write(&cut, &text[..text.len() / 2]).expect("write");
    refused(&person, &cut, "it may be cut short");
    let newer = person.path("newer.json");
    fs::write(&newer, text.replace("\"version\": 1", "\"version\": 2")).expect("write");
    refused(&person, &newer, "made by a newer pivot");
    refused(
        &person,
        &person.path("packet.json"),
        "is not a review reply",
    );
}

#[test]
fn a_reply_to_another_persons_packet_or_one_this_file_never_made_is_refused() {
    let (_jordan, _mentor, back) = replied();
    // Someone else's file: the reply answers Jordan's packet.
    let other = Sandbox::new();
    other.ok(&["profile", "--name", "Sam Rivera"]);
    refused(&other, &back, "answers a packet made for Jordan Lee");
    // Jordan's own file as it was before the packet was made: same person, unknown packet.
    let before = jordan();
    refused(&before, &back, "this file never made the packet");
}

#[test]
fn importing_a_reply_twice_changes_nothing_and_a_second_reply_is_not_folded_over_the_first() {
    let (person, mentor, back) = replied();
    person.ok(&["review", "import", "reply.json", "--finish"]);
    refused(&person, &back, "imported already");
    // Priya changes her reply after it was folded in: a different reply to the same packet.
    reply(&mentor, &["rate", "communication", "5"]);
    let second = person.path("second.json");
    fs::copy(mentor.path("packet.reply.json"), &second).expect("send back");
    refused(
        &person,
        &second,
        "a reply to this packet was imported already",
    );
}

#[test]
fn cohort_reads_packets_beside_data_files() {
    let (person, mentor, _) = replied();
    let out = person
        .pivot()
        .args(["cohort", "--json"])
        .arg(mentor.path("packet.json"))
        .arg(&person.data)
        .assert()
        .success();
    let rows: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let rows = rows["items"].as_array().expect("rows");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r["name"] == "Jordan Lee" && r["error"].is_null())
    );
    assert_eq!(rows[0]["readiness"], rows[1]["readiness"]);
}

// ---------------------------------------------------------------------------------------------
// Mentor mode in the coach
// ---------------------------------------------------------------------------------------------

/// Priya's coach on the packet in her folder (`pivot review open packet.json`).
fn mentor_app(packet: &Path) -> App {
    let desk = MentorDesk::open(packet, None).expect("open the packet");
    let progress = desk.progress(day(TODAY)).expect("the packet as data");
    let pack = desk.packet.pack.clone();
    App::mentor(pack, progress, desk, start(Vec::new(), (100, 30)))
}

/// The rating shown in the session's Self column for `skill`'s row.
fn self_column(app: &App, skill: &str) -> String {
    let text = screen_text(app, 100, 30);
    let line = text
        .lines()
        .find(|l| l.contains(skill))
        .unwrap_or_else(|| panic!("no row for {skill} in\n{text}"));
    line.rsplit('│').nth(1).unwrap_or_default().to_string()
}

#[test]
fn mentor_mode_rates_blind_and_saves_the_reply_as_it_goes() {
    let person = jordan();
    let mentor = Sandbox::new();
    let packet = prepared(&person, &mentor);
    let mut app = mentor_app(&packet);
    assert_eq!(app.screen(), Screen::Review);
    assert!(app.blind());
    let first = app.pack().skills[0].name.clone();
    // Before rating: Jordan's own rating of the first skill is not on any screen.
    let row = self_column(&app, &first);
    assert!(row.contains('◦'), "own rating hidden: {row}");
    // Rate it: focus the ratings, r, level 3, an example, save.
    press(&mut app, "<Right>r3<Tab>Led the discovery plan<C-s>");
    let row = self_column(&app, &first);
    assert!(!row.contains('◦'), "own rating shown once rated: {row}");
    let saved = json(&mentor.path("packet.reply.json"));
    valid("review-reply.schema.json", &saved);
    let skill = &app.pack().skills[0].id.clone();
    assert_eq!(saved["ratings"][skill]["level"], 3);
    assert_eq!(saved["ratings"][skill]["example"], "Led the discovery plan");
    // Reopened, it continues where it stopped.
    drop(app);
    let again = mentor_app(&packet);
    let session = again.progress().draft_review().expect("the session");
    assert_eq!(session.ratings[skill].mentor.get(), 3);
    assert!(!mentor.data.exists(), "no data file for the mentor");
}

#[test]
fn a_mentor_changes_only_the_session_and_never_finishes_it_or_turns_blind_off() {
    let person = jordan();
    let mentor = Sandbox::new();
    let packet = prepared(&person, &mentor);
    let reply = mentor.path("packet.reply.json");
    let mut app = mentor_app(&packet);
    for (keys, says) in [
        ("f", "The person finishes the session"),
        ("x", "The person finishes the session"),
        ("b", "Blind rating stays on"),
    ] {
        press(&mut app, keys);
        let (_, status) = app.status().expect("a refusal is said");
        assert!(status.contains(says), "{keys}: {status}");
        assert!(app.progress().draft_review().is_some());
        assert!(app.blind());
    }
    // Elsewhere the packet is read-only: ticking an item on Path is refused.
    press(&mut app, "2<Space>");
    let (_, status) = app.status().expect("refused");
    assert!(status.contains("Read-only"), "{status}");
    assert!(!reply.exists(), "nothing was written");
    // The session's notes and outcomes are the mentor's to write.
    press(&mut app, "7o<Tab>Draft the pricing note<C-s>");
    let saved = json(&reply);
    assert_eq!(saved["actions"][0]["text"], "Draft the pricing note");
    assert_eq!(saved["actions"][0]["owner"], "Jordan Lee");
}

#[test]
fn what_changed_does_not_give_away_an_own_rating_the_mentor_has_not_rated() {
    let person = jordan();
    let mentor = Sandbox::new();
    let packet = prepared(&person, &mentor);
    let mut app = mentor_app(&packet);
    press(&mut app, "c");
    let text = screen_text(&app, 100, 30);
    assert!(text.contains("What changed since"), "{text}");
    assert!(text.contains("(self): moved, shown once rated"), "{text}");
    let leaks: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("(self): ") && !l.contains("shown once rated"))
        .collect();
    assert!(
        leaks.is_empty(),
        "own ratings shown before rating: {leaks:?}"
    );
}

#[test]
fn a_mentor_is_spoken_to_as_the_mentor() {
    let person = jordan();
    let mentor = Sandbox::new();
    let packet = prepared(&person, &mentor);
    let mut app = mentor_app(&packet);
    // On Skills, where a mentor cannot rate the person, digits switch screens as elsewhere.
    press(&mut app, "34");
    assert_eq!(app.screen(), Screen::Milestones);
    // The dashboard's score says what it leaves out, and the next step is the mentor's.
    press(&mut app, "1");
    let text = screen_text(&app, 100, 30);
    assert!(
        text.contains("without their ratings you have not rated"),
        "{text}"
    );
    assert!(
        text.contains("Rate Jordan Lee's skills on the Review screen"),
        "{text}"
    );
    press(&mut app, "<Enter>");
    assert_eq!(app.screen(), Screen::Review);
    // Once rated, a disagreement names the person, not "you".
    let at = app
        .pack()
        .skills
        .iter()
        .position(|s| s.id == "stakeholders")
        .expect("the skill");
    press(&mut app, &format!("<Right>{}r2<C-s><Left>", "j".repeat(at)));
    let text = screen_text(&app, 100, 30);
    assert!(
        text.contains("Stakeholders & influence: Jordan Lee says 4, Priya"),
        "{text}"
    );
    assert!(!text.contains("you say"), "{text}");
}

#[test]
fn preparing_with_a_session_in_progress_warns_and_leaves_it_out() {
    let person = Sandbox::with(MENTEE);
    let out = person
        .pivot()
        .args([
            "review",
            "prepare",
            "--mentor",
            "Priya Shah",
            "--output",
            "-",
        ])
        .assert()
        .success();
    let said = stderr(&out);
    assert!(
        said.contains("a session from 2026-11-20 is in progress"),
        "{said}"
    );
    let packet: Value = serde_json::from_str(&stdout(&out)).expect("the packet");
    let reviews = packet["reviews"].as_array().expect("reviews");
    assert!(
        reviews.iter().all(|r| r.get("draft").is_none()),
        "no draft in it"
    );
}
