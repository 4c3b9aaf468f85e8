//! `pivot evidence add|list|edit|delete`.

use crate::printable::one_line;
use std::fmt::Write as _;
use std::io::Write;

use crate::progress::{Evidence, EvidenceKind, Star, resolve_item, resolve_skill};

use super::args::{EvidenceCommand, EvidenceEdit};
use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    command: EvidenceCommand,
) -> Result<(), CliError> {
    match command {
        EvidenceCommand::Add {
            title,
            kind,
            date,
            link,
            skills,
            items,
            situation,
            task,
            action,
            result,
        } => {
            // Everything is checked before the file is opened for writing.
            let piece = Evidence {
                uid: None,
                extra: Default::default(),
                id: 0,
                title,
                kind: parse_kind(&kind)?,
                date: cx.past_date(date, "evidence")?,
                skills: skills
                    .iter()
                    .map(|s| resolve_skill(&cx.pack, s))
                    .collect::<Result<Vec<_>, _>>()?,
                items: items
                    .iter()
                    .map(|i| resolve_item(&cx.pack, i))
                    .collect::<Result<Vec<_>, _>>()?,
                link: optional(link),
                story: Star {
                    extra: Default::default(),
                    situation: optional(situation),
                    task: optional(task),
                    action: optional(action),
                    result: optional(result),
                },
            };
            add(out, cx, piece)
        }
        EvidenceCommand::List { skill, kind, json } => list(out, cx, skill, kind, json),
        EvidenceCommand::Edit(given) => edit(out, cx, given),
        EvidenceCommand::Delete { id } => {
            let gone = cx.write(|p| Ok(p.delete_evidence(id)?))?;
            print(
                out,
                format!("Deleted evidence {id}: {}\n", one_line(&gone.title)),
            )
        }
    }
}

fn parse_kind(text: &str) -> Result<EvidenceKind, CliError> {
    EvidenceKind::parse(text).ok_or_else(|| {
        let kinds: Vec<String> = EvidenceKind::ALL.iter().map(ToString::to_string).collect();
        CliError::Message(format!(
            "unknown kind '{text}'; use one of: {}",
            kinds.join(", ")
        ))
    })
}

fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn add(out: &mut dyn Write, cx: &Context, piece: Evidence) -> Result<(), CliError> {
    let (kind, date) = (piece.kind, piece.date);
    let id = cx.write(|p| Ok(p.add_evidence(piece)?))?;
    print(out, format!("Added evidence {id} ({kind}, {date}).\n"))
}

/// The evidence, newest first, narrowed to one skill or kind when asked.
fn list(
    out: &mut dyn Write,
    cx: &Context,
    skill: Option<String>,
    kind: Option<String>,
    json: bool,
) -> Result<(), CliError> {
    let skill = skill.map(|s| resolve_skill(&cx.pack, &s)).transpose()?;
    let kind = kind.map(|k| parse_kind(&k)).transpose()?;
    let progress = cx.read()?;
    let mut pieces: Vec<&Evidence> = progress
        .evidence
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .filter(|e| skill.as_ref().is_none_or(|s| e.skills.contains(s)))
        .collect();
    pieces.sort_by_key(|e| (std::cmp::Reverse(e.date), e.id));
    if json {
        return print_json(out, json_line(&crate::report::listed("evidence", pieces))?);
    }
    if pieces.is_empty() {
        return print(
            out,
            "No evidence here yet. Add some: pivot evidence add \"TITLE\" --kind artifact --skill SKILL\n".into(),
        );
    }
    let mut text = String::new();
    for e in pieces {
        let _ = writeln!(
            text,
            "{:>3}  {}  {:<11} {}",
            e.id,
            e.date,
            e.kind.to_string(),
            one_line(&e.title)
        );
        if let Some(link) = &e.link {
            let _ = writeln!(text, "     {}", one_line(link));
        }
        let names: Vec<&str> = e
            .skills
            .iter()
            .map(|s| cx.pack.skill(s).map_or(s.as_str(), |k| k.name.as_str()))
            .collect();
        if !names.is_empty() {
            let _ = writeln!(text, "     backs: {}", one_line(&names.join(" · ")));
        }
    }
    print(out, text)
}

/// `pivot evidence edit ID …`: what is given replaces, the rest stays. Everything is checked
/// before the file is opened for writing.
fn edit(out: &mut dyn Write, cx: &Context, given: EvidenceEdit) -> Result<(), CliError> {
    let id = given.id;
    let mut piece = cx
        .read()?
        .evidence_piece(id)
        .cloned()
        .ok_or(crate::progress::OpError::UnknownEvidence(id))?;
    if let Some(title) = given.title {
        piece.title = title;
    }
    if let Some(kind) = given.kind {
        piece.kind = parse_kind(&kind)?;
    }
    if let Some(date) = given.date {
        piece.date = cx.past_date(Some(date), "evidence")?;
    }
    if let Some(link) = given.link {
        piece.link = optional(Some(link));
    }
    if given.no_skills || !given.skills.is_empty() {
        piece.skills = given
            .skills
            .iter()
            .map(|s| resolve_skill(&cx.pack, s))
            .collect::<Result<Vec<_>, _>>()?;
    }
    if given.no_items || !given.items.is_empty() {
        piece.items = given
            .items
            .iter()
            .map(|i| resolve_item(&cx.pack, i))
            .collect::<Result<Vec<_>, _>>()?;
    }
    let story = &mut piece.story;
    for (part, value) in [
        (&mut story.situation, given.situation),
        (&mut story.task, given.task),
        (&mut story.action, given.action),
        (&mut story.result, given.result),
    ] {
        if let Some(value) = value {
            *part = optional(Some(value));
        }
    }
    cx.write(|p| Ok(p.edit_evidence(id, piece.clone())?))?;
    print(out, format!("Evidence {id} changed.\n"))
}
