//! The evidence form (a piece with its STAR story) and the pickers for what it backs.

use std::collections::BTreeSet;

use crate::progress::{Evidence, EvidenceKind, Star};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::shown;
use crate::tui::outcome::Outcome;
use crate::tui::overlay::{OpenPicker, Picker};
use crate::tui::screens::Screen;

crate::fields!(pub EvidenceField {
    Title,
    Kind,
    Date,
    Link,
    Situation,
    Task,
    Action,
    Result
});

/// What a picker chooses for a piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickWhat {
    Skills,
    Items,
}

/// The evidence screen's forms and pickers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    New,
    Edit(u32),
    Pick(PickWhat, u32),
}

fn kind_options() -> Vec<(Option<String>, String)> {
    EvidenceKind::ALL
        .iter()
        .map(|k| (Some(k.id().to_string()), k.to_string()))
        .collect()
}

/// The form for a new piece (`None`) or for editing one.
pub fn evidence_form(cx: &Ctx, id: Option<u32>) -> Outcome<Msg> {
    let existing = id.and_then(|id| cx.progress.evidence_piece(id));
    let (msg, title) = match existing {
        Some(e) => (Msg::Edit(e.id), "Edit evidence"),
        None => (Msg::New, "New evidence"),
    };
    let text = |f: fn(&Evidence) -> Option<&str>| existing.and_then(f).unwrap_or("");
    use EvidenceField as F;
    let form = Form::new(title)
        .intro([
            "Artifacts and metrics count most, then feedback, then your own account. A story in STAR form makes it usable in interviews.".to_string(),
        ])
        .line(F::Title, "Title", text(|e| Some(e.title.as_str())), "e.g. Pricing page experiment")
        .choice(
            F::Kind,
            "Kind",
            kind_options(),
            Some(existing.map_or("artifact", |e| e.kind.id())),
        )
        .date(F::Date, "Date", Some(existing.map_or(cx.today, |e| e.date)))
        .line(F::Link, "Link", text(|e| e.link.as_deref()), "https://… (optional)")
        .line(F::Situation, "Situation", text(|e| e.story.situation.as_deref()), "the context")
        .line(F::Task, "Task", text(|e| e.story.task.as_deref()), "what you had to do")
        .line(F::Action, "Action", text(|e| e.story.action.as_deref()), "what you did")
        .line(F::Result, "Result", text(|e| e.story.result.as_deref()), "what changed, in numbers if you can");
    Outcome::form(form.purpose(msg))
}

/// The piece a submitted form describes (with no links yet).
pub fn read_piece(form: &Form, cx: &Ctx) -> Result<Evidence, Refusal> {
    use EvidenceField as F;
    let Some(title) = form.optional(F::Title) else {
        return Err(Refusal::new(F::Title, "Give it a title"));
    };
    let kind = form
        .choice_value(F::Kind)
        .and_then(|k| EvidenceKind::parse(&k))
        .unwrap_or(EvidenceKind::Artifact);
    let date = match form.date_value(F::Date)? {
        Some(d) => crate::clock::not_in_future(d, cx.today, "evidence")
            .map_err(|e| Refusal::new(F::Date, e))?,
        None => cx.today,
    };
    Ok(Evidence {
        uid: None,
        extra: Default::default(),
        id: 0,
        title,
        date,
        kind,
        link: form.optional(F::Link),
        story: Star {
            extra: Default::default(),
            situation: form.optional(F::Situation),
            task: form.optional(F::Task),
            action: form.optional(F::Action),
            result: form.optional(F::Result),
        },
        skills: Vec::new(),
        items: Vec::new(),
    })
}

/// The check boxes for what `e` backs (skills) or shows (checklist items).
pub fn picker(cx: &Ctx, e: &Evidence, what: PickWhat) -> Outcome<Msg> {
    let (title, options, chosen) = match what {
        PickWhat::Skills => (
            format!("Skills \"{}\" backs", e.title),
            cx.pack
                .skills
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect(),
            e.skills.iter().cloned().collect::<BTreeSet<_>>(),
        ),
        PickWhat::Items => (
            format!("Checklist items \"{}\" shows", e.title),
            crate::tui::overlay::item_options(cx.pack),
            e.items.iter().cloned().collect(),
        ),
    };
    Outcome::Picker(Box::new(OpenPicker {
        picker: Picker {
            title,
            options,
            chosen,
            cursor: 0,
            single: false,
        },
        purpose: Msg::Pick(what, e.id),
    }))
}

/// Save a picker's choice as the piece's links. Links to ids the pack no longer has are kept:
/// the picker only shows the pack's.
pub fn save_links(cx: &Ctx, what: PickWhat, id: u32, picker: &Picker) -> Outcome<Msg> {
    let Some(e) = cx.progress.evidence_piece(id) else {
        return Outcome::None;
    };
    let known: Vec<&str> = picker.options.iter().map(|(id, _)| id.as_str()).collect();
    let keep_unknown = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|id| !known.contains(&id.as_str()))
            .cloned()
            .collect()
    };
    let (mut skills, mut items) = (e.skills.clone(), e.items.clone());
    match what {
        PickWhat::Skills => {
            skills = picker.chosen_in_order();
            skills.extend(keep_unknown(&e.skills));
        }
        PickWhat::Items => {
            items = picker.chosen_in_order();
            items.extend(keep_unknown(&e.items));
        }
    }
    if skills == e.skills && items == e.items {
        return Outcome::info("No change");
    }
    Outcome::change("Links saved", move |p| p.link_evidence(id, skills, items))
}

/// "Evidence added: s links the skills it backs".
pub fn added_message(cx: &Ctx) -> String {
    match shown(cx.table(Screen::Evidence), C::LinkSkills) {
        Some(key) => format!("Evidence added: {key} links the skills it backs"),
        None => "Evidence added".to_string(),
    }
}
