//! `pivot review session start|show|rate|notes|strength|growth|action`: a mentor review held
//! from the command line (for scripts and screen readers), on the session in progress in the
//! person's own file, as the Review screen holds it. `review finish` or `review discard` ends it.

use std::io::Write;

use crate::insight::Insights;
use crate::progress::{Outcome, Review, resolve_skill};

use super::args::{OutcomeKind, ReplyCommand, SessionCommand};
use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    command: SessionCommand,
) -> Result<(), CliError> {
    match command {
        SessionCommand::Start { mentor, date } => start(out, cx, &mentor, date),
        SessionCommand::Say(say) => say_in_session(out, cx, say),
        SessionCommand::Change {
            kind,
            number,
            text,
            owner,
            due,
        } => {
            let which = (outcome(kind), first_is_one(number)?);
            cx.write(|p| {
                let r = open_session(p)?;
                let id = r.id;
                let (was_owner, was_due) = r
                    .actions
                    .get(which.1)
                    .filter(|_| which.0 == Outcome::Action)
                    .map_or((String::new(), None), |a| (a.owner.clone(), a.due));
                let owner = owner.clone().unwrap_or(was_owner);
                Ok(p.edit_outcome(id, which, &text, &owner, due.or(was_due))?)
            })?;
            print(out, format!("{} {number} changed.\n", noun(kind)))
        }
        SessionCommand::Delete { kind, number } => {
            let which = (outcome(kind), first_is_one(number)?);
            let gone = cx.write(|p| {
                let id = open_session(p)?.id;
                Ok(p.remove_outcome(id, which)?)
            })?;
            print(
                out,
                format!(
                    "{} {number} deleted: {}\n",
                    noun(kind),
                    crate::printable::one_line(&gone)
                ),
            )
        }
    }
}

/// A number as `show` prints it (1 for the first) as a position.
fn first_is_one(number: usize) -> Result<usize, CliError> {
    number.checked_sub(1).ok_or_else(|| {
        CliError::Message(
            "outcomes are numbered from 1, as `review session show` lists them".into(),
        )
    })
}

fn outcome(kind: OutcomeKind) -> Outcome {
    match kind {
        OutcomeKind::Strength => Outcome::Strength,
        OutcomeKind::Growth => Outcome::GrowthArea,
        OutcomeKind::Action => Outcome::Action,
    }
}

fn noun(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Strength => "Strength",
        OutcomeKind::Growth => "Growth area",
        OutcomeKind::Action => "Action item",
    }
}

fn start(
    out: &mut dyn Write,
    cx: &Context,
    mentor: &str,
    date: Option<chrono::NaiveDate>,
) -> Result<(), CliError> {
    let mentor = mentor.trim();
    if mentor.is_empty() {
        return Err(CliError::Message("--mentor needs a name".into()));
    }
    let date = cx.past_date(date, "a session")?;
    let id = cx.write(|p| {
        if let Some(open) = p.draft_review() {
            return Err(CliError::Message(format!(
                "a session with {} from {} is in progress: `pivot review finish` or `pivot review discard` ends it",
                open.mentor, open.date
            )));
        }
        let agenda = Insights::compute(&cx.pack, p, cx.today).agenda.lines();
        Ok(p.start_review(mentor, date, agenda)?)
    })?;
    print(
        out,
        format!(
            "Session {id} with {mentor} started; `pivot review session show` has its agenda.\n"
        ),
    )
}

/// The session in progress, or why there is none.
fn open_session(p: &crate::progress::Progress) -> Result<&Review, CliError> {
    p.draft_review().ok_or_else(|| {
        CliError::Message(
            "no session is in progress: `pivot review session start --mentor NAME` starts one"
                .into(),
        )
    })
}

fn say_in_session(out: &mut dyn Write, cx: &Context, say: ReplyCommand) -> Result<(), CliError> {
    if let ReplyCommand::Show { json } = say {
        let progress = cx.read()?;
        let review = open_session(&progress)?;
        return if json {
            print_json(out, json_line(&crate::report::named("session", review))?)
        } else {
            print(out, show(cx, review))
        };
    }
    let said = cx.write(|p| {
        let id = open_session(p)?.id;
        Ok(match &say {
            ReplyCommand::Show { .. } => String::new(),
            ReplyCommand::Rate {
                skill,
                level,
                example,
            } => {
                let skill = resolve_skill(&cx.pack, skill)?;
                p.rate_in_session(id, &skill, *level, example.as_deref())?;
                format!("Rated {skill} {level} in the session.\n")
            }
            ReplyCommand::Notes { text, private } => {
                let keep = open_session(p)?.private_notes.clone();
                p.set_review_notes(id, text, private.as_deref().unwrap_or(&keep))?;
                "Notes set.\n".to_string()
            }
            ReplyCommand::Strength { text } => {
                p.add_outcome(id, Outcome::Strength, text, "", None)?;
                "Strength added.\n".to_string()
            }
            ReplyCommand::Growth { text } => {
                p.add_outcome(id, Outcome::GrowthArea, text, "", None)?;
                "Growth area added.\n".to_string()
            }
            ReplyCommand::Action { text, owner, due } => {
                p.add_outcome(id, Outcome::Action, text, owner, *due)?;
                format!("Action item for {} added.\n", owner.trim())
            }
        })
    })?;
    print(out, said)
}

/// The session in progress as text: who, when, the agenda, what is said so far.
fn show(cx: &Context, r: &Review) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "Session {} with {} on {} (in progress)\n",
        r.id, r.mentor, r.date
    );
    // Outcomes are numbered, as `review session change` and `delete` name them.
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "\n{title}");
            let numbered = matches!(title, "Strengths" | "Growth areas" | "Action items");
            for (n, item) in items.iter().enumerate() {
                let item = crate::printable::one_line(item);
                if numbered {
                    let _ = writeln!(out, "  {}. {item}", n + 1);
                } else {
                    let _ = writeln!(out, "  - {item}");
                }
            }
        }
    };
    list("Agenda", r.agenda.clone());
    list(
        "Mentor's ratings",
        r.ratings
            .iter()
            .map(|(skill, rating)| {
                let name = cx
                    .pack
                    .skill(skill)
                    .map_or(skill.as_str(), |s| s.name.as_str());
                format!("{name}: {}", rating.mentor)
            })
            .collect(),
    );
    list("Notes", r.notes.lines().map(str::to_string).collect());
    list("Strengths", r.strengths.clone());
    list("Growth areas", r.growth_areas.clone());
    list(
        "Action items",
        r.actions
            .iter()
            .map(|a| match a.due {
                Some(due) => format!("{} ({}, due {due})", a.text, a.owner),
                None => format!("{} ({})", a.text, a.owner),
            })
            .collect(),
    );
    out
}
