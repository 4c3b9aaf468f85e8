//! The app's forms: how each is built from the data, and what submitting it does.

use crate::content::Pack;

use super::app::App;
use super::form::{Form, Purpose};
pub use super::review_forms::{mentor_rating, outcome, review_notes, start_review};

pub fn welcome(pack: &Pack) -> Form {
    let steps: Vec<&str> = pack.steps.iter().map(|s| s.title.as_str()).collect();
    Form::new(
        Purpose::Welcome,
        format!("Welcome to pivot: {}", pack.title),
    )
    .intro([
        format!(
            "Your move runs in {} steps: {}.",
            steps.len(),
            steps.join(" → ")
        ),
        "Rate your skills, tick what you do, set dated milestones and review with a mentor."
            .to_string(),
    ])
    .line("Your name", "", "optional")
    .suggested_line("Current role", &pack.from_role, "")
    .suggested_line("Target role", &pack.to_role, "")
    .date("Target date", None)
}

/// The same four questions later, from the dashboard (`p`).
pub fn profile(app: &App) -> Form {
    let p = &app.progress.profile;
    Form::new(Purpose::Profile, "Your profile")
        .intro([
            "Who you are and by when you aim to move; it heads the dashboard and reports."
                .to_string(),
        ])
        .line("Your name", p.name.as_deref().unwrap_or(""), "optional")
        .line(
            "Current role",
            p.current_role.as_deref().unwrap_or(&app.pack.from_role),
            "",
        )
        .line(
            "Target role",
            p.target_role.as_deref().unwrap_or(&app.pack.to_role),
            "",
        )
        .date("Target date", p.target_date)
}

pub fn note(app: &App, key: &str) -> Form {
    let note = app
        .progress
        .item(key)
        .and_then(|s| s.note.clone())
        .unwrap_or_default();
    Form::new(
        Purpose::Note {
            key: key.to_string(),
        },
        format!("Note on {}", item_text(app, key)),
    )
    .intro(["Leave the note empty to remove it.".to_string()])
    .multi("Note", &note, "what you did, learned, or still need")
}

pub fn evidence(app: &App, key: &str) -> Form {
    let prompt = item(app, key)
        .and_then(|i| i.evidence_prompt.clone())
        .unwrap_or_else(|| "What shows this was done?".into());
    Form::new(
        Purpose::Evidence {
            key: key.to_string(),
        },
        format!("Evidence for {}", item_text(app, key)),
    )
    .intro([prompt])
    .line(
        "Link or description",
        "",
        "https://… or a short description",
    )
}

/// A rating of a skill: the level (preset, changed with a digit or ←/→) and an example. The
/// five levels of the skill's rubric are shown above, so the choice is made against them.
pub fn level_form(
    app: &App,
    purpose: Purpose,
    title: String,
    skill: &str,
    preset: Option<u8>,
) -> Form {
    let (target, levels) = app
        .pack
        .skill(skill)
        .map_or((3, Vec::new()), |s| (s.target, s.levels.clone()));
    // Without a preset the choice starts on "pick a level", so nothing is suggested.
    let options = preset
        .is_none()
        .then(|| (None, "pick a level (1–5)".to_string()))
        .into_iter()
        .chain((1..=5u8).map(|l| {
            (
                Some(l.to_string()),
                format!("{l} {}", app.pack.level_name(l)),
            )
        }))
        .collect();
    let mut intro: Vec<String> = levels
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{} {}: {d}", i + 1, app.pack.level_name(i as u8 + 1)))
        .collect();
    intro.push(format!(
        "A new PM needs {target}. An example makes the rating worth something."
    ));
    Form::new(purpose, title)
        .intro(intro)
        .choice("Level", options, preset.map(|l| l.to_string()).as_deref())
        .line("Example", "", "what you did that shows this level")
}

/// A self rating, preset to the digit that was pressed.
pub fn rating(app: &App, skill: &str, level: u8) -> Form {
    let name = app.pack.skill(skill).map_or(skill, |s| s.name.as_str());
    level_form(
        app,
        Purpose::Rating {
            skill: skill.to_string(),
        },
        format!("Rate yourself on {name}"),
        skill,
        Some(level),
    )
}

pub fn milestone(app: &App, id: Option<u32>) -> Form {
    let existing = id.and_then(|id| app.progress.milestones.iter().find(|m| m.id == id));
    let mut options = vec![(None, "(no step)".to_string())];
    options.extend(
        app.pack
            .steps
            .iter()
            .map(|s| (Some(s.id.clone()), s.title.clone())),
    );
    let (purpose, title) = match existing {
        Some(m) => (Purpose::EditMilestone { id: m.id }, "Edit milestone"),
        None => (Purpose::NewMilestone, "New milestone"),
    };
    Form::new(purpose, title)
        .line(
            "Title",
            existing.map_or("", |m| m.title.as_str()),
            "e.g. Finish the PM course",
        )
        .date("Due", existing.map(|m| m.due))
        .choice("Step", options, existing.and_then(|m| m.step.as_deref()))
}

pub fn journal(app: &App, id: Option<u32>) -> Form {
    let existing = id.and_then(|id| app.progress.journal.iter().find(|j| j.id == id));
    let practice = app
        .pack
        .practices
        .iter()
        .find(|p| p.id == "reflect-and-adjust")
        .or(app.pack.practices.first());
    let intro: Vec<String> = practice
        .map(|p| {
            let mut lines = vec![p.text.clone()];
            lines.extend(p.prompts.iter().take(3).map(|q| format!("• {q}")));
            lines
        })
        .unwrap_or_default();
    let (purpose, title) = match existing {
        Some(j) => (
            Purpose::EditJournal { id: j.id },
            format!("Edit entry of {}", j.date),
        ),
        None => (Purpose::NewJournal, format!("New entry, {}", app.today)),
    };
    Form::new(purpose, title)
        .intro(intro)
        .multi(
            "Entry",
            existing.map_or("", |j| j.text.as_str()),
            "reflect: what went well, what to adjust",
        )
        .toggle("Private", existing.is_some_and(|j| j.private))
}

fn item<'a>(app: &'a App, key: &str) -> Option<&'a crate::content::Item> {
    let (step, item) = key.split_once('/')?;
    app.pack.step(step)?.item(item)
}

fn item_text(app: &App, key: &str) -> String {
    item(app, key).map_or(key.to_string(), |i| format!("\"{}\"", i.text))
}

/// Submit a form. `Err` keeps it open (its `error` says why); nothing typed is lost.
pub fn apply(app: &mut App, form: &mut Form) -> Result<(), ()> {
    let accepted = match form.purpose.clone() {
        Purpose::StartReview
        | Purpose::MentorRating { .. }
        | Purpose::ReviewNotes { .. }
        | Purpose::Outcome { .. } => super::review_forms::apply(app, form)?,
        Purpose::NewEvidence | Purpose::EditEvidence { .. } => super::evidence::apply(app, form)?,
        Purpose::Welcome | Purpose::Profile => {
            // A new target date must lie ahead; one kept as it was may have passed.
            let kept = app.progress.profile.target_date;
            let date = form
                .date_value(3)
                .and_then(|d| {
                    d.map(|d| {
                        if Some(d) == kept {
                            Ok(d)
                        } else {
                            crate::clock::ahead(d, app.today)
                        }
                    })
                    .transpose()
                })
                .map_err(|e| form.refuse(e, 3))?;
            let (name, current, target) = (form.text(0), form.text(1), form.text(2));
            let today = app.today;
            let done = if form.purpose == Purpose::Welcome {
                "Welcome! Your dashboard is below"
            } else {
                "Profile saved"
            };
            let accepted = app.apply_change(done, |p| {
                let profile = &mut p.profile;
                profile.name = (!name.is_empty()).then_some(name);
                profile.current_role = (!current.is_empty()).then_some(current);
                profile.target_role = (!target.is_empty()).then_some(target);
                profile.target_date = date;
                profile.start_date.get_or_insert(today);
                Ok(())
            });
            if form.purpose == Purpose::Welcome {
                app.after_welcome();
            }
            accepted
        }
        Purpose::Note { key } => {
            let note = form.text(0);
            app.apply_change("Note saved", |p| {
                p.set_note(&key, &note);
                Ok(())
            })
        }
        Purpose::Evidence { key } => {
            let evidence = form.text(0);
            if evidence.is_empty() {
                form.refuse("Type a link or a short description, or Esc to cancel", 0);
                return Err(());
            }
            let (title, today) = (
                item(app, &key).map_or(key.clone(), |i| i.text.clone()),
                app.today,
            );
            app.apply_change("Evidence added: link it to skills on 8 (s)", |p| {
                p.add_item_evidence(&key, &evidence, &title, today)
                    .map(|_| ())
            })
        }
        Purpose::Rating { skill } => {
            let Some(level) = form.choice_value(0).and_then(|l| l.parse::<u8>().ok()) else {
                form.refuse("Pick a level from 1 to 5", 0);
                return Err(());
            };
            app.rate_self(&skill, level, &form.text(1))
        }
        Purpose::NewMilestone | Purpose::EditMilestone { .. } => {
            let title = form.text(0);
            if title.is_empty() {
                form.refuse("A milestone needs a title", 0);
                return Err(());
            }
            let due = match form.date_value(1) {
                Ok(Some(d)) => d,
                Ok(None) => {
                    form.refuse("A milestone needs a due date (YYYY-MM-DD)", 1);
                    return Err(());
                }
                Err(e) => {
                    form.refuse(e, 1);
                    return Err(());
                }
            };
            let step = form.choice_value(2);
            match form.purpose {
                Purpose::EditMilestone { id } => app.apply_change("Milestone updated", |p| {
                    p.edit_milestone(id, &title, due, step)
                }),
                _ => app.apply_change(format!("Milestone added, due {due}"), |p| {
                    p.add_milestone(&title, due, step).map(|_| ())
                }),
            }
        }
        Purpose::NewJournal | Purpose::EditJournal { .. } => {
            let text = form.text(0);
            if text.is_empty() {
                form.refuse("Write something, or Esc to cancel", 0);
                return Err(());
            }
            let private = form.toggle_value(1);
            let today = app.today;
            match form.purpose {
                Purpose::EditJournal { id } => {
                    app.apply_change("Entry updated", |p| p.edit_journal(id, &text, private))
                }
                _ => app.apply_change("Entry added", |p| {
                    p.add_journal(&text, private, today).map(|_| ())
                }),
            }
        }
    };
    if accepted { Ok(()) } else { Err(()) }
}
