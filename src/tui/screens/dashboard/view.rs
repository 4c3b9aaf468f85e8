//! Drawing the dashboard: where you stand, what blocks you, and the one thing to do next.

use crate::tui::layout::{rows, split_percent, split_right};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::DASHBOARD;
use crate::insight::MilestoneState;
use crate::tui::command::Command;
use crate::tui::context::Ctx;
use crate::tui::keys::GLOBAL;
use crate::tui::keys::shown;
use crate::tui::screens::id::Screen;
use crate::tui::screens::milestones::MILESTONES;
use crate::tui::widgets::{bar, cells, fit, level_meter, panel, wrap};

pub fn render(cx: &Ctx, frame: &mut Frame, area: Rect) {
    // Readiness lists every blocker when the window is tall enough; the columns below keep
    // what they need (the skills chart and the path, milestones and next action beside it).
    let columns_need =
        (cells(cx.insights.skills.len()) + 2).max(cells(cx.insights.steps.len()) + 2 + 5 + 4);
    let room = area.height.saturating_sub(1 + columns_need);
    let readiness_rows = (cells(cx.insights.readiness.blocking.len()) + 3).clamp(6, room.max(6));
    let cut = rows(area, &[1, readiness_rows]);
    let (profile, readiness_area, columns) = (cut[0], cut[1], cut[2]);
    profile_line(cx, frame, profile);
    readiness(cx, frame, readiness_area);
    let [left, right] = split_percent(columns, 50);
    let [steps_area, milestones_area, next_area] = Layout::vertical([
        Constraint::Length(cells(cx.insights.steps.len()) + 2),
        Constraint::Min(5),
        Constraint::Length(4),
    ])
    .areas(left);
    steps(cx, frame, steps_area);
    milestones_and_review(cx, frame, milestones_area);
    next(cx, frame, next_area);
    skills(cx, frame, right);
}

fn profile_line(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let p = &cx.progress.profile;
    let name = format!(" {}", p.name.as_deref().unwrap_or("You"));
    let roles = format!(
        " · {} → {}",
        p.current_role.as_deref().unwrap_or(&cx.pack.from_role),
        p.target_role.as_deref().unwrap_or(&cx.pack.to_role)
    );
    let target = match p.target_date {
        Some(date) => {
            let days = (date - cx.today).num_days();
            match days {
                d if d < 0 => Span::styled(format!("  by {date}, {} days past ", -d), t.bad),
                0 => Span::styled(format!("  by {date}, today "), t.warn),
                d => Span::styled(format!("  by {date} · {d} days left "), t.text),
            }
        }
        None => Span::styled("  no target date yet ", t.dim),
    };
    let [left, right] = split_right(area, cells(target.width()));
    // Long names and roles end in an ellipsis rather than being cut mid-word.
    let width = usize::from(left.width);
    let name = fit(&name, width).trim_end().to_string();
    let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
    let roles = fit(&roles, room).trim_end().to_string();
    let spans = vec![Span::styled(name, t.title), Span::styled(roles, t.text)];
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(target), right);
}

fn readiness(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let r = &cx.insights.readiness;
    let ready = r.is_ready();
    // While blind, the score leaves out the own ratings not rated yet, and says so.
    let note = match (cx.mentor, cx.ratings_hidden()) {
        (true, _) => "without their ratings you have not rated",
        (false, true) => "without your hidden ratings",
        (false, false) => "points from each part",
    };
    let block = panel(format!(" Readiness {}/100 · {note} ", r.score), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (verdict, style) = (r.verdict(), if ready { t.good } else { t.warn });
    let mut head = vec![
        Span::styled(bar(f64::from(r.score) / 100.0, 12), style),
        Span::styled(format!(" {verdict}"), style),
    ];
    for c in &r.components {
        head.push(Span::styled(format!(" · {} ", c.name), t.dim));
        head.push(Span::styled(
            format!("{:.0}/{:.0}", c.points(), c.weight),
            t.text,
        ));
    }
    let mut lines = vec![Line::from(head)];
    if r.blocking.is_empty() {
        lines.push(Line::styled("Nothing blocks you.", t.good));
    }
    let room = usize::from(inner.height.saturating_sub(1));
    let shown = if r.blocking.len() > room {
        room.saturating_sub(1)
    } else {
        room
    };
    for b in r.blocking.iter().take(shown) {
        lines.push(Line::from(vec![
            Span::styled("• ", t.bad),
            Span::styled(b.clone(), t.text),
        ]));
    }
    if r.blocking.len() > shown {
        lines.push(Line::styled(
            format!(
                "  …and {} more (pivot status lists all)",
                r.blocking.len() - shown
            ),
            t.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn steps(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let block = panel(" Path ", t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let longest = cx
        .insights
        .steps
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.title.as_str()))
        .max()
        .unwrap_or(0);
    // Titles give way to a bar of at least 3 cells; bars grow to 20 with room to spare.
    let title_width = longest.min(usize::from(inner.width).saturating_sub(14));
    let bar_width = usize::from(inner.width)
        .saturating_sub(title_width + 11)
        .clamp(3, 20);
    let lines: Vec<Line> = cx
        .insights
        .steps
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let (mark, style) = if s.complete() {
                ("✓", t.good)
            } else {
                (" ", t.accent)
            };
            Line::from(vec![
                Span::styled(format!("{}{mark}", n + 1), style),
                Span::styled(format!(" {} ", fit(&s.title, title_width)), t.text),
                Span::styled(bar(s.fraction(), bar_width), style),
                Span::styled(format!(" {}/{}", s.done, s.total), t.dim),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn milestones_and_review(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let c = cx.insights.milestone_counts;
    let block = panel(
        format!(" Milestones {} open · {} overdue ", c.open, c.overdue),
        t,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    let review_rows = 1;
    let room = usize::from(inner.height).saturating_sub(review_rows);
    let pressing: Vec<_> = cx
        .insights
        .milestones
        .iter()
        .filter(|m| {
            matches!(
                m.state,
                MilestoneState::Overdue(_) | MilestoneState::DueSoon(_)
            )
        })
        .collect();
    if cx.insights.milestones.is_empty() {
        lines.push(Line::styled(
            match (
                shown(GLOBAL, Command::GoTo(Screen::Milestones)),
                shown(MILESTONES, Command::Add),
            ) {
                (Some(go), Some(add)) => format!("No milestones yet ({go}, then {add})"),
                _ => "No milestones yet".to_string(),
            },
            t.dim,
        ));
    } else if pressing.is_empty() {
        lines.push(Line::styled("Nothing due in the next two weeks", t.good));
    }
    for m in pressing.iter().take(room) {
        let (mark, style) = match m.state {
            MilestoneState::Overdue(_) => ("! ", t.bad),
            _ => ("◷ ", t.warn),
        };
        let when = format!(" {}", m.describe());
        let title_width = usize::from(inner.width).saturating_sub(2 + when.chars().count());
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(fit(&m.title, title_width), t.text),
            Span::styled(when, style),
        ]));
    }
    lines.truncate(room);
    lines.push(review_line(cx, usize::from(inner.width)));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "Reviewed 2026-11-05 with Ana · 1 open action", dropping the mentor when space is short.
fn review_line(cx: &Ctx, width: usize) -> Line<'static> {
    let t = cx.theme;
    let Some(r) = crate::insight::last_review(cx.progress) else {
        return Line::styled("No mentor review yet", t.dim);
    };
    let open = r.actions.iter().filter(|a| a.done.is_none()).count();
    let actions = match open {
        0 => " · no open actions".to_string(),
        1 => " · 1 open action".to_string(),
        n => format!(" · {n} open actions"),
    };
    let with = format!("Reviewed {} with {}", r.date, r.mentor);
    let head =
        if unicode_width::UnicodeWidthStr::width(format!("{with}{actions}").as_str()) <= width {
            with
        } else {
            format!("Reviewed {}", r.date)
        };
    Line::from(vec![
        Span::styled(head, t.text),
        Span::styled(actions, if open > 0 { t.warn } else { t.dim }),
    ])
}

fn skills(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let title = if cx.mentor {
        " Skills · theirs hidden until you rate "
    } else if cx.ratings_hidden() {
        " Skills · yours hidden "
    } else {
        " Skills vs target · * must-have "
    };
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let name_width = usize::from(inner.width).saturating_sub(12).clamp(8, 28);
    let lines: Vec<Line> = cx
        .insights
        .skills
        .iter()
        .take(usize::from(inner.height))
        .map(|s| {
            let name = fit(&s.name, name_width);
            let must = if s.must_have { "*" } else { " " };
            let mut spans = vec![Span::styled(
                format!("{must}{name} "),
                if s.must_have { t.text } else { t.dim },
            )];
            spans.extend(level_meter(s.level(), s.target, s.must_have, t));
            let tail = match (s.level(), s.gap()) {
                (None, _) => Span::styled("  ?", t.dim),
                (Some(l), Some(0)) => Span::styled(format!(" {l}/{}", s.target), t.good),
                (Some(l), _) => Span::styled(
                    format!(" {l}/{}", s.target),
                    if s.must_have { t.bad } else { t.warn },
                ),
            };
            spans.push(tail);
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A mentor on a packet: what is left of their part of the review.
fn mentor_next(cx: &Ctx) -> String {
    let rated = cx.session().map_or(0, |s| s.ratings.len());
    let total = cx.pack.skills.len();
    let whose = cx.progress.profile.name.as_deref().unwrap_or("their");
    if rated < total {
        format!(
            "Rate {whose}'s skills on the Review screen: {rated} of {total} rated. Then add notes and outcomes."
        )
    } else {
        "All skills rated: add notes, strengths, growth areas and actions on the Review screen, then send the reply back.".to_string()
    }
}

fn next(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let block = panel(
        match shown(DASHBOARD, Command::Follow) {
            Some(key) => format!(" Next best action · {key} "),
            None => " Next best action ".to_string(),
        },
        t,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Wrapped to the panel; a sentence longer than it has room for ends in an ellipsis.
    let rows = usize::from(inner.height);
    let sentence = if cx.mentor {
        mentor_next(cx)
    } else if let Some(session) = cx.session().filter(|_| cx.ratings_hidden()) {
        // While blind, the insights leave out own ratings: "rate yourself" would mislead.
        format!(
            "A session with {} is on: your own ratings show as {} rates each skill on the Review screen.",
            session.mentor, session.mentor
        )
    } else {
        cx.insights.next.sentence()
    };
    let mut chunks = wrap(&sentence, usize::from(inner.width).saturating_sub(2));
    if chunks.len() > rows && rows > 0 {
        chunks.truncate(rows);
        if let Some(last) = chunks.last_mut() {
            let width = usize::from(inner.width).saturating_sub(2);
            *last = fit(&format!("{last} …"), width).trim_end().to_string();
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    let lines: Vec<Line> = chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let lead = if i == 0 { "→ " } else { "  " };
            Line::from(vec![Span::styled(lead, t.key), Span::styled(chunk, t.text)])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
