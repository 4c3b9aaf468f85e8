//! The forms of a review session: starting it, the mentor's ratings, notes and outcomes.

use crate::insight::last_review;
use crate::progress::Outcome as Kind;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::rating::{RatingField, chosen_level, rating_form};
use crate::tui::form::{Form, Refusal};
use crate::tui::outcome::Outcome;
use crate::tui::screens::Screen;

use crate::tui::keys::shown;

crate::fields!(StartField { Mentor, Date });
crate::fields!(NotesField { Notes, Private });
crate::fields!(pub OutcomeField {
    Kind,
    Text,
    Owner,
    Due
});

/// The review's forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Start,
    MentorRating(String),
    Notes(u32),
    Outcome(u32),
    /// A session's outcome changed: its kind and position.
    EditOutcome(u32, Kind, usize),
}

pub fn start(cx: &Ctx) -> Outcome<Msg> {
    let mentor = last_review(cx.progress)
        .map(|r| r.mentor.clone())
        .unwrap_or_default();
    let items = cx.insights.agenda.items.len();
    let finish = shown(cx.table(Screen::Review), C::Finish)
        .map_or(String::new(), |k| format!("; {k} finishes the session"));
    let form = Form::new("Start a review session")
        .intro([
            format!("The agenda has {items} items. Both rate before you meet; the mentor's ratings go in during the session."),
            format!("Everything is saved as you go{finish}."),
        ])
        .suggested_line(StartField::Mentor, "Mentor", &mentor, "their name")
        .date(StartField::Date, "Date", Some(cx.today));
    Outcome::form(form.purpose(Msg::Start))
}

pub fn mentor_rating(cx: &Ctx, skill: &str) -> Outcome<Msg> {
    let mentor = cx.session().map_or("mentor", |r| r.mentor.as_str());
    let name = cx.skill_name(skill);
    // The mentor's earlier rating in this session, else nothing: neither the person's own
    // rating (blind) nor the target (leading) is suggested.
    let form = rating_form(
        cx.pack,
        format!("{mentor} rates {name}"),
        skill,
        cx.session_rating(skill),
        // The mentor is the one typing: the example is what they saw.
        "what you saw them do at this level",
    );
    Outcome::form(form.purpose(Msg::MentorRating(skill.to_string())))
}

pub fn notes(cx: &Ctx, id: u32) -> Outcome<Msg> {
    let review = cx.progress.reviews.iter().find(|r| r.id == id);
    // A mentor's private notes go to the person alone, not to the reports they share.
    let (intro, hint) = if cx.mentor {
        (
            "Both go back in your reply; the person's shared reports leave the private notes out.",
            "for the person only",
        )
    } else {
        (
            "Private notes stay out of reports unless you ask for them.",
            "only for you",
        )
    };
    let form = Form::new("Session notes")
        .intro([intro.to_string()])
        .multi(
            NotesField::Notes,
            "Notes",
            review.map_or("", |r| r.notes.as_str()),
            "what you discussed and decided",
        )
        .multi(
            NotesField::Private,
            "Private notes",
            review.map_or("", |r| r.private_notes.as_str()),
            hint,
        );
    Outcome::form(form.purpose(Msg::Notes(id)))
}

pub fn outcome(cx: &Ctx, id: u32) -> Outcome<Msg> {
    let owner = cx.progress.profile.name.clone().unwrap_or_default();
    let form = outcome_form(
        "Add to the session's outcomes",
        Kind::Action,
        "",
        &owner,
        None,
    );
    Outcome::form(form.purpose(Msg::Outcome(id)))
}

/// The form of an outcome of a session already there, filled in with it.
pub fn edit_outcome(cx: &Ctx, id: u32, (kind, index): (Kind, usize)) -> Outcome<Msg> {
    let Some(review) = cx.progress.reviews.iter().find(|r| r.id == id) else {
        return Outcome::None;
    };
    let Some(text) = super::rows::outcome_text(review, (kind, index)) else {
        return Outcome::None;
    };
    // An action keeps its owner and date; anything else suggests the person as owner.
    let (owner, due) = match review.actions.get(index).filter(|_| kind == Kind::Action) {
        Some(a) => (a.owner.clone(), a.due),
        None => (cx.progress.profile.name.clone().unwrap_or_default(), None),
    };
    let form = outcome_form("Change the outcome", kind, text, &owner, due);
    Outcome::form(form.purpose(Msg::EditOutcome(id, kind, index)))
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Action => "action",
        Kind::Strength => "strength",
        Kind::GrowthArea => "growth",
    }
}

fn outcome_form(
    title: &str,
    kind: Kind,
    text: &str,
    owner: &str,
    due: Option<chrono::NaiveDate>,
) -> Form {
    let options = [Kind::Action, Kind::Strength, Kind::GrowthArea]
        .into_iter()
        .map(|k| (Some(kind_id(k).to_string()), kind_name(k).to_string()))
        .collect();
    Form::new(title)
        .intro(["An action item needs an owner; a date makes it one you can keep.".to_string()])
        .choice(OutcomeField::Kind, "Kind", options, Some(kind_id(kind)))
        .line(
            OutcomeField::Text,
            "Text",
            text,
            "e.g. Draft the pricing note",
        )
        .suggested_line(OutcomeField::Owner, "Owner (actions)", owner, "who does it")
        .date(OutcomeField::Due, "Due (actions)", due)
}

/// What an outcome of `kind` is called.
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Action => "Action item",
        Kind::Strength => "Strength",
        Kind::GrowthArea => "Growth area",
    }
}

/// Submit a review form; a refusal keeps it open with the reason.
pub fn submit(msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
    match msg {
        Msg::Start => start_session(form, cx),
        Msg::MentorRating(skill) => {
            let level = chosen_level(form)?;
            let comment = form.text(RatingField::Example);
            let Some(session) = cx.session() else {
                return Ok(Outcome::None);
            };
            let (id, mentor) = (session.id, session.mentor.clone());
            let name = cx.skill_name(&skill).to_string();
            Ok(Outcome::change(
                format!("{mentor} rated {name} {level}"),
                move |p| p.rate_in_session(id, &skill, level, Some(&comment)),
            ))
        }
        Msg::Notes(id) => {
            let (notes, private) = (form.text(NotesField::Notes), form.text(NotesField::Private));
            Ok(Outcome::change("Notes saved", move |p| {
                p.set_review_notes(id, &notes, &private)
            }))
        }
        Msg::Outcome(id) => add_outcome(id, form, None),
        Msg::EditOutcome(id, kind, index) => add_outcome(id, form, Some((kind, index))),
    }
}

fn start_session(form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
    let Some(mentor) = form.optional(StartField::Mentor) else {
        return Err(Refusal::new(StartField::Mentor, "Who is the mentor?"));
    };
    let date = match form.date_value(StartField::Date)? {
        Some(d) => crate::clock::not_in_future(d, cx.today, "a session")
            .map_err(|e| Refusal::new(StartField::Date, e))?,
        None => cx.today,
    };
    let agenda = cx.insights.agenda.lines();
    Ok(Outcome::change(
        format!("Session with {mentor} started"),
        move |p| p.start_review(&mentor, date, agenda).map(|_| ()),
    ))
}

/// Add an outcome, or change `was` (a change of kind moves it to the end of its new list).
fn add_outcome(id: u32, form: &Form, was: Option<(Kind, usize)>) -> Result<Outcome<Msg>, Refusal> {
    let kind = match form.choice_value(OutcomeField::Kind).as_deref() {
        Some("strength") => Kind::Strength,
        Some("growth") => Kind::GrowthArea,
        _ => Kind::Action,
    };
    let Some(text) = form.optional(OutcomeField::Text) else {
        return Err(Refusal::new(
            OutcomeField::Text,
            "Write the outcome, or Esc to cancel",
        ));
    };
    let owner = form.text(OutcomeField::Owner);
    if kind == Kind::Action && owner.is_empty() {
        return Err(Refusal::new(
            OutcomeField::Owner,
            "An action item needs an owner",
        ));
    }
    let due = form.date_value(OutcomeField::Due)?;
    let name = kind_name(kind);
    Ok(match was {
        None => Outcome::change(format!("{name} added"), move |p| {
            p.add_outcome(id, kind, &text, &owner, due)
        }),
        Some(at) if at.0 == kind => Outcome::change(format!("{name} changed"), move |p| {
            p.edit_outcome(id, at, &text, &owner, due)
        }),
        Some(at) => Outcome::change(format!("Now a {}", name.to_lowercase()), move |p| {
            p.add_outcome(id, kind, &text, &owner, due)?;
            p.remove_outcome(id, at).map(|_| ())
        }),
    })
}
