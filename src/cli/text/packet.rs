//! The mentor's plain-text view of a packet and of their reply so far: everything the coach's
//! mentor mode shows, for scripts and screen readers. The person's own rating of a skill shows
//! only once the mentor has rated it.

use std::fmt::Write;

use crate::exchange::Packet;
use crate::insight::SkillStatus;
use crate::printable::one_line;
use crate::progress::Review;
use crate::report::Status;

/// The packet and the session the reply holds. `standing` and `skills` are made from the
/// packet's data as a blind session shows it: no own rating of a skill the mentor has not rated
/// yet.
pub fn packet(
    packet: &Packet,
    (standing, skills): (&Status, &[SkillStatus]),
    session: &Review,
    reply: &std::path::Path,
) -> String {
    let mut out = String::new();
    let who = one_line(packet.person_name()).into_owned();
    let _ = writeln!(
        out,
        "Review packet from {who} for {}, made {}",
        one_line(&packet.mentor),
        packet.made
    );
    let p = &packet.person;
    let roles = [p.current_role.as_deref(), p.target_role.as_deref()];
    let by = p
        .target_date
        .map(|d| format!(" by {d}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} → {}{by}\n",
        one_line(roles[0].unwrap_or(&packet.pack.from_role)),
        one_line(roles[1].unwrap_or(&packet.pack.to_role)),
    );
    standing_lines(&mut out, standing);
    open_actions(&mut out, packet);
    skill_lines(&mut out, packet, skills, session);
    evidence(&mut out, packet);
    last_session(&mut out, packet);
    answer(&mut out, session, reply);
    out
}

fn standing_lines(out: &mut String, s: &Status) {
    let _ = writeln!(out, "Readiness {}/100", s.readiness.score);
    for b in &s.readiness.blocking {
        let _ = writeln!(out, "  blocked by: {}", one_line(b));
    }
    out.push_str("\nSteps\n");
    for step in &s.steps {
        let done = if step.complete { "  done" } else { "" };
        let _ = writeln!(
            out,
            "  {:<22} {}/{} points{done}",
            step.title, step.done, step.total
        );
    }
    out.push_str("\nAgenda\n");
    if s.agenda.items.is_empty() {
        out.push_str("  nothing pressing\n");
    }
    for i in &s.agenda.items {
        let line = crate::insight::agenda_line(&i.section, &i.text);
        let _ = writeln!(out, "  - {}", one_line(&line));
    }
    if !s.milestones.list.is_empty() {
        out.push_str("\nMilestones\n");
    }
    for m in &s.milestones.list {
        let state = m.state.replace('_', " ");
        let _ = writeln!(out, "  - {} (due {}, {state})", one_line(&m.title), m.due);
    }
}

fn open_actions(out: &mut String, packet: &Packet) {
    if !packet.open_actions.is_empty() {
        out.push_str("\nOpen action items\n");
    }
    for a in &packet.open_actions {
        let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  - {} ({}{due})",
            one_line(&a.text),
            one_line(&a.owner)
        );
    }
}

/// Each skill with its target and rubric; the person's own rating and example once rated.
fn skill_lines(out: &mut String, packet: &Packet, skills: &[SkillStatus], session: &Review) {
    out.push_str(
        "\nSkills (rate with: pivot review reply PACKET rate SKILL LEVEL --example TEXT)\n",
    );
    for skill in &packet.pack.skills {
        let must = if skill.must_have { ", must-have" } else { "" };
        let _ = writeln!(
            out,
            "\n  {} ({}): target {}{must}",
            skill.name, skill.id, skill.target
        );
        match session.ratings.get(&skill.id) {
            Some(r) => {
                let own = skills
                    .iter()
                    .find(|s| s.id == skill.id)
                    .and_then(|s| s.self_rating.as_ref());
                let example = |e: &Option<String>| {
                    e.as_deref()
                        .map(|e| format!(": {}", one_line(e)))
                        .unwrap_or_default()
                };
                let _ = writeln!(out, "    you rated {}{}", r.mentor, example(&r.example));
                match own {
                    Some(own) => {
                        let ex = example(&own.comment);
                        let _ = writeln!(out, "    they rated themselves {}{ex}", own.level);
                    }
                    None => out.push_str("    they have not rated themselves\n"),
                }
            }
            None => out.push_str("    not rated by you yet (their own rating shows once you do)\n"),
        }
        for (n, level) in skill.levels.iter().enumerate() {
            let _ = writeln!(out, "    {}. {}", n + 1, one_line(level));
        }
    }
}

fn evidence(out: &mut String, packet: &Packet) {
    if packet.evidence.is_empty() {
        return;
    }
    out.push_str("\nEvidence\n");
    for e in &packet.evidence {
        let _ = writeln!(
            out,
            "  #{} {} ({}, {})",
            e.id,
            one_line(&e.title),
            e.kind,
            e.date
        );
        for (label, part) in e.story.parts() {
            let _ = writeln!(out, "     {label}: {}", one_line(part));
        }
    }
}

fn last_session(out: &mut String, packet: &Packet) {
    let Some(last) = packet.reviews.iter().max_by_key(|r| (r.date, r.id)) else {
        return;
    };
    let _ = writeln!(
        out,
        "\nLast session: {} with {}",
        last.date,
        one_line(&last.mentor)
    );
    list(out, "Strengths", &last.strengths);
    list(out, "Growth areas", &last.growth_areas);
}

fn list(out: &mut String, label: &str, items: &[String]) {
    if !items.is_empty() {
        let items: Vec<_> = items.iter().map(|i| one_line(i).into_owned()).collect();
        let _ = writeln!(out, "  {label}: {}", items.join("; "));
    }
}

fn answer(out: &mut String, session: &Review, reply: &std::path::Path) {
    let _ = writeln!(
        out,
        "\nYour reply so far ({})",
        one_line(&reply.display().to_string())
    );
    let notes = if session.notes.is_empty() {
        "none yet"
    } else {
        &session.notes
    };
    let _ = writeln!(out, "  Notes: {}", one_line(notes));
    list(out, "Strengths", &session.strengths);
    list(out, "Growth areas", &session.growth_areas);
    for a in &session.actions {
        let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  Action: {} ({}{due})",
            one_line(&a.text),
            one_line(&a.owner)
        );
    }
}
