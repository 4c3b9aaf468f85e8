//! Drawing the dashboard: where you stand, what blocks you, and the one thing to do next.

use crate::tui::layout::{rows, split_percent, split_right};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::next::{next_lines, next_panel};
use super::readiness::{readiness, readiness_lines};
use crate::insight::MilestoneState;
use crate::tui::command::Command;
use crate::tui::context::Ctx;
use crate::tui::keys::shown;
use crate::tui::screens::id::Screen;
use crate::tui::widgets::{bar, cells, fit, framed, level_meter};

pub fn render(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let inner_width = usize::from(area.width.saturating_sub(2));
    let (head, blockers) = readiness_lines(cx, inner_width);
    let [left_width, _] = split_percent(area, 50).map(|r| r.width);
    let next = next_lines(cx, usize::from(left_width.saturating_sub(2)));
    // Readiness lists every blocker when the window is tall enough; the columns below keep
    // what they need (the skills chart, and the path, milestones and next action beside it).
    let columns_need = (cells(cx.insights.skills.len()) + 2)
        .max(cells(cx.insights.steps.len()) + 2 + 5 + cells(next.len()) + 2);
    let room = area.height.saturating_sub(1 + columns_need);
    // At least one blocker, and the line that says how many more there are.
    let least = cells(head.len()) + 4;
    let wanted = cells(head.len() + blockers.iter().map(Vec::len).sum::<usize>()) + 2;
    let readiness_rows = wanted.clamp(least, room.max(least));
    let cut = rows(area, &[1, readiness_rows]);
    let (profile, readiness_area, columns) = (cut[0], cut[1], cut[2]);
    profile_line(cx, frame, profile);
    readiness(cx, frame, readiness_area, head, blockers);
    let [left, right] = split_percent(columns, 50);
    let [steps_area, milestones_area, next_area] = left_column(cx, left, next.len());
    steps(cx, frame, steps_area);
    milestones_and_review(cx, frame, milestones_area);
    next_panel(cx, frame, next_area, next);
    skills(cx, frame, right);
}

/// The left column's panels: the next action first (grown to fit its sentence, but leaving
/// milestones a line), then milestones, then the path with what is left. A panel with no room
/// is not drawn.
fn left_column(cx: &Ctx, area: Rect, next_lines: usize) -> [Rect; 3] {
    let h = area.height;
    let next = (cells(next_lines) + 2)
        .min(h.saturating_sub(3))
        .max(3.min(h));
    let rest = h - next;
    let steps_need = cells(cx.insights.steps.len()) + 2;
    let milestones = rest.saturating_sub(steps_need).max(3.min(rest));
    let steps = rest - milestones;
    let steps = if steps < 3 { 0 } else { steps };
    let milestones = rest - steps;
    let cut = rows(area, &[steps, milestones]);
    [cut[0], cut[1], cut[2]]
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

fn steps(cx: &Ctx, frame: &mut Frame, area: Rect) {
    if area.height < 3 {
        return;
    }
    let t = cx.theme;
    let inner = framed(frame, area, "Path", t);
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
    let lines = with_more(lines, inner, &more_on(cx, Screen::Path), t);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "on Path (2)": where the rest of a list is.
fn more_on(cx: &Ctx, screen: Screen) -> String {
    match shown(cx.global(), Command::GoTo(screen)) {
        Some(key) => format!("on {} ({key})", screen.title()),
        None => format!("on {}", screen.title()),
    }
}

fn milestones_and_review(cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let c = cx.insights.milestone_counts;
    if area.height < 3 {
        return;
    }
    let inner = framed(
        frame,
        area,
        &format!("Milestones {} open · {} overdue", c.open, c.overdue),
        t,
    );
    let mut lines: Vec<Line> = Vec::new();
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
                shown(cx.global(), Command::GoTo(Screen::Milestones)),
                cx.key(Screen::Milestones, Command::Add),
            ) {
                (Some(go), Some(add)) => format!("No milestones yet ({go}, then {add})"),
                _ => "No milestones yet".to_string(),
            },
            t.dim,
        ));
    } else if pressing.is_empty() {
        lines.push(Line::styled("Nothing due in the next two weeks", t.good));
    }
    for m in pressing {
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
    // What is due comes first; the last review gets the line left over, if there is one.
    let mut lines = with_more(lines, inner, &more_on(cx, Screen::Milestones), t);
    if lines.len() < usize::from(inner.height) {
        lines.push(review_line(cx, usize::from(inner.width)));
    }
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
    let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str()));
    let actions = fit(&actions, room).trim_end().to_string();
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
    let inner = framed(frame, area, title, t);
    let name_width = usize::from(inner.width).saturating_sub(12).clamp(8, 28);
    let lines: Vec<Line> = cx
        .insights
        .skills
        .iter()
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
    let lines = with_more(lines, inner, &more_on(cx, Screen::Skills), t);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Rows of a list in an `area`: all of them, or as many as leave a line to say how many more
/// there are, and `where` they are.
fn with_more<'a>(
    mut lines: Vec<Line<'a>>,
    area: Rect,
    place: &str,
    t: &crate::tui::theme::Theme,
) -> Vec<Line<'a>> {
    let height = usize::from(area.height);
    // One row holds the first (the title has the count); more say how many are left out.
    if lines.len() > height && height > 1 {
        let hidden = lines.len() - (height - 1);
        lines.truncate(height - 1);
        let more = fit(&format!("…{hidden} more {place}"), usize::from(area.width));
        lines.push(Line::styled(more.trim_end().to_string(), t.dim));
    }
    lines
}
