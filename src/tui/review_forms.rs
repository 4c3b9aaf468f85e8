//! The forms of a review session: starting it, the mentor's ratings, notes and outcomes.

use crate::progress::{Level, Outcome};

use super::app::App;
use super::form::{Form, Purpose};

pub fn start_review(app: &App) -> Form {
    let mentor = crate::insight::last_review(&app.progress)
        .map(|r| r.mentor.clone())
        .unwrap_or_default();
    let items = app.insights.agenda.items.len();
    Form::new(Purpose::StartReview, "Start a review session")
        .intro([
            format!("The agenda has {items} items. Both rate before you meet; the mentor's ratings go in during the session."),
            "Everything is saved as you go; f finishes the session.".to_string(),
        ])
        .suggested_line("Mentor", &mentor, "their name")
        .date("Date", Some(app.today))
}

pub fn mentor_rating(app: &App, skill: &str) -> Form {
    let mentor = app.session().map_or("mentor", |(_, m, _)| m).to_string();
    let name = app.pack.skill(skill).map_or(skill, |s| s.name.as_str());
    // The mentor's earlier rating in this session, else nothing: neither the person's own
    // rating (blind) nor the target (leading) is suggested.
    let preset = app.session_rating(skill);
    super::forms::level_form(
        app,
        Purpose::MentorRating {
            skill: skill.to_string(),
        },
        format!("{mentor} rates {name}"),
        skill,
        preset,
    )
}

pub fn review_notes(app: &App, id: u32) -> Form {
    let review = app.progress.reviews.iter().find(|r| r.id == id);
    Form::new(Purpose::ReviewNotes { id }, "Session notes")
        .intro(["Private notes stay out of reports unless you ask for them.".to_string()])
        .multi(
            "Notes",
            review.map_or("", |r| r.notes.as_str()),
            "what you discussed and decided",
        )
        .multi(
            "Private notes",
            review.map_or("", |r| r.private_notes.as_str()),
            "only for you",
        )
}

pub fn outcome(app: &App, id: u32) -> Form {
    let owner = app.progress.profile.name.clone().unwrap_or_default();
    let options = vec![
        (Some("action".to_string()), "Action item".to_string()),
        (Some("strength".to_string()), "Strength".to_string()),
        (Some("growth".to_string()), "Growth area".to_string()),
    ];
    Form::new(Purpose::Outcome { id }, "Add to the session's outcomes")
        .intro(["An action item needs an owner; a date makes it one you can keep.".to_string()])
        .choice("Kind", options, Some("action"))
        .line("Text", "", "e.g. Draft the pricing note")
        .line("Owner (actions)", &owner, "who does it")
        .date("Due (actions)", None)
}

/// Submit a review form; `Err` keeps it open with the reason.
pub fn apply(app: &mut App, form: &mut Form) -> Result<bool, ()> {
    Ok(match form.purpose.clone() {
        Purpose::StartReview => {
            let mentor = form.text(0);
            if mentor.is_empty() {
                form.refuse("Who is the mentor?", 0);
                return Err(());
            }
            let date = match form.date_value(1).and_then(|d| {
                d.map(|d| crate::clock::not_in_future(d, app.today, "a session"))
                    .transpose()
            }) {
                Ok(d) => d.unwrap_or(app.today),
                Err(e) => {
                    form.refuse(e, 1);
                    return Err(());
                }
            };
            let agenda: Vec<String> = app
                .insights
                .agenda
                .items
                .iter()
                .map(|i| format!("{}: {}", i.section.title(), i.text))
                .collect();
            app.apply_change(format!("Session with {mentor} started"), |p| {
                p.start_review(&mentor, date, agenda).map(|_| ())
            })
        }
        Purpose::MentorRating { skill } => {
            let Some(level) = form
                .choice_value(0)
                .and_then(|l| l.parse::<u8>().ok())
                .and_then(Level::new)
            else {
                form.refuse("Pick a level from 1 to 5", 0);
                return Err(());
            };
            let comment = form.text(1);
            let Some((id, mentor, _)) = app.session() else {
                return Err(());
            };
            let (mentor, name) = (
                mentor.to_string(),
                app.pack
                    .skill(&skill)
                    .map_or(skill.clone(), |s| s.name.clone()),
            );
            app.apply_change(format!("{mentor} rated {name} {level}"), |p| {
                p.rate_in_session(id, &skill, level, Some(&comment))
            })
        }
        Purpose::ReviewNotes { id } => {
            let (notes, private) = (form.text(0), form.text(1));
            app.apply_change("Notes saved", |p| p.set_review_notes(id, &notes, &private))
        }
        Purpose::Outcome { id } => {
            let kind = match form.choice_value(0).as_deref() {
                Some("strength") => Outcome::Strength,
                Some("growth") => Outcome::GrowthArea,
                _ => Outcome::Action,
            };
            let text = form.text(1);
            if text.is_empty() {
                form.refuse("Write the outcome, or Esc to cancel", 1);
                return Err(());
            }
            let owner = form.text(2);
            if kind == Outcome::Action && owner.is_empty() {
                form.refuse("An action item needs an owner", 2);
                return Err(());
            }
            let due = match form.date_value(3) {
                Ok(d) => d,
                Err(e) => {
                    form.refuse(e, 3);
                    return Err(());
                }
            };
            let done = match kind {
                Outcome::Action => "Action item added",
                Outcome::Strength => "Strength added",
                Outcome::GrowthArea => "Growth area added",
            };
            app.apply_change(done, |p| p.add_outcome(id, kind, &text, &owner, due))
        }
        _ => return Err(()),
    })
}
