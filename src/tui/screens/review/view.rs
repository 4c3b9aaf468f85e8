//! Drawing mentor reviews: past sessions and the next agenda, a session in progress with the two
//! ratings side by side, and a past session to read.

use crate::tui::layout::split_percent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Pane, REVIEW, Review as State, key};
use crate::insight::Section;
use crate::progress::Review;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{GLOBAL, labelled, mention, pair};
use crate::tui::widgets::{cells, fit, panel, window, wrap};

pub fn render(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    if let Some((title, lines)) = super::doc::open_doc(state, cx, area.width.saturating_sub(2)) {
        let block = panel(title, cx.theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let max = cells(lines.len()).saturating_sub(inner.height);
        frame.render_widget(
            Paragraph::new(lines).scroll((state.view.scroll.min(max), 0)),
            inner,
        );
        return;
    }
    match cx.session() {
        Some(review) => session(state, cx, review, frame, area),
        None => lobby(state, cx, frame, area),
    }
}

fn mark(section: Section) -> &'static str {
    match section {
        Section::Actions => "☐ ",
        Section::Disagreements => "≠ ",
        Section::MustHaves => "* ",
        Section::Overdue => "! ",
        Section::Stale => "◌ ",
        Section::Changes => "Δ ",
    }
}

/// What an agenda item says on screen. While blind, a disagreement does not give away the
/// person's own rating before the mentor has rated in this session.
fn agenda_text(cx: &Ctx, item: &crate::insight::AgendaItem) -> String {
    if cx.session().is_some()
        && let Some(skill) = &item.skill
        && !cx.own_rating_visible(skill)
    {
        let name = cx.skill_name(skill);
        match item.section {
            Section::Disagreements => {
                return format!("{name}: your ratings differ by 2 or more (blind until rated)");
            }
            Section::MustHaves => return format!("{name}: below target (blind until rated)"),
            Section::Stale => return format!("{name}: its evidence is old (blind until rated)"),
            _ => {}
        }
    }
    item.text.clone()
}

/// The agenda as rows of `width`, each item on up to two lines; `selected` (when the pane has
/// focus) is highlighted. Rows show the items around the selection that fit `height`.
fn agenda_lines(
    cx: &Ctx,
    width: usize,
    height: usize,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let t = cx.theme;
    let items = &cx.insights.agenda.items;
    if items.is_empty() {
        return wrap(
            "Nothing pressing: no open actions, disagreements, gaps or overdue milestones.",
            width,
        )
        .into_iter()
        .map(|l| Line::styled(l, t.good))
        .collect();
    }
    let text_width = width.saturating_sub(2);
    let chunks: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let mut lines = wrap(&agenda_text(cx, item), text_width);
            if lines.len() > 2 {
                lines.truncate(2);
                lines[1] = fit(&format!("{} …", lines[1]), text_width)
                    .trim_end()
                    .to_string();
            }
            lines
        })
        .collect();
    // Start early enough that the selected item's lines fit.
    let selected_at = selected.unwrap_or(0);
    let mut start = selected_at;
    let mut used = chunks[selected_at].len();
    while start > 0 && used + chunks[start - 1].len() <= height {
        start -= 1;
        used += chunks[start].len();
    }
    let mut out = Vec::new();
    for (i, lines) in chunks.iter().enumerate().skip(start) {
        if out.len() + lines.len() > height {
            break;
        }
        let item = &items[i];
        let style = if Some(i) == selected {
            t.selected
        } else {
            t.text
        };
        let tone = match item.section {
            Section::Actions | Section::Overdue => t.bad,
            Section::Disagreements | Section::MustHaves => t.warn,
            Section::Stale | Section::Changes => t.dim,
        };
        for (n, line) in lines.iter().enumerate() {
            let lead = if n == 0 { mark(item.section) } else { "  " };
            out.push(Line::from(vec![
                Span::styled(lead, tone),
                Span::styled(fit(line, text_width), style),
            ]));
        }
    }
    out
}

fn lobby(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let [left, right] = split_percent(area, 40);
    let block = panel(format!(" Past sessions · {} ", state.past.rows.len()), t);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    if state.past.rows.is_empty() {
        let lines = vec![
            Line::styled("No review yet.", t.text),
            Line::styled(
                format!(
                    "Meet a mentor once a month: both rate first, talk where you disagree, leave with actions. {} starts one.",
                    key(C::StartReview)
                ),
                t.dim,
            ),
        ];
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
    } else {
        let rows = window(
            state.past.rows.len(),
            state.past.cursor.index,
            usize::from(inner.height),
        );
        let width = usize::from(inner.width);
        let lines: Vec<Line> = rows
            .map(|row| {
                let r = &cx.progress.reviews[state.past.rows[row]];
                let open = r.actions.iter().filter(|a| a.done.is_none()).count();
                let style = if row == state.past.cursor.index {
                    t.selected
                } else {
                    t.text
                };
                let tail = if open > 0 {
                    format!(" {open} open")
                } else {
                    String::new()
                };
                let head = format!("{} ", r.date);
                let mentor = fit(&r.mentor, width.saturating_sub(head.len() + tail.len()));
                Line::from(vec![
                    Span::styled(format!("{head}{mentor}"), style),
                    Span::styled(tail, t.warn),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }

    let block = panel(" Agenda for a review today ", t);
    let inner = block.inner(right);
    frame.render_widget(block, right);
    let lines = agenda_lines(
        cx,
        usize::from(inner.width),
        usize::from(inner.height),
        None,
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

fn session(state: &State, cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    // Outcomes take the rows they need (notes, strengths, growth, each action), up to eight.
    let outcome_rows = 3 + cells(review.actions.len().max(1)) + 2;
    let [head, top, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(6),
        Constraint::Length(outcome_rows.min(8)),
    ])
    .areas(area);
    let blind = match (cx.mentor, cx.blind) {
        (true, _) => "you rate blind".to_string(),
        (false, true) => format!("blind rating on{}", mention(REVIEW, C::Blind)),
        (false, false) => format!("blind rating off{}", mention(REVIEW, C::Blind)),
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!(" Session with {} · {} ", review.mentor, review.date),
                t.title,
            ),
            Span::styled(
                format!(
                    "· {blind} · {} switch lists",
                    pair(GLOBAL, C::Left, C::Right)
                ),
                t.dim,
            ),
        ])),
        head,
    );
    let [left, right] = split_percent(top, 55);
    let focus = state.pane;

    let title = if focus == Pane::Agenda {
        " ▸ Agenda "
    } else {
        " Agenda "
    };
    let block = panel(title, t);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let selected = (focus == Pane::Agenda).then_some(state.agenda.index);
    let lines = agenda_lines(
        cx,
        usize::from(inner.width),
        usize::from(inner.height),
        selected,
    );
    frame.render_widget(Paragraph::new(lines), inner);

    // The title says which rows are shown when not all skills fit.
    let total = cx.insights.skills.len();
    let rows = usize::from(right.height.saturating_sub(3));
    let shown = window(total, state.skill.index, rows);
    let range = if shown.len() < total {
        format!("{}–{} of {total} ", shown.start + 1, shown.end)
    } else {
        String::new()
    };
    let focus_mark = if focus == Pane::Skills { "▸ " } else { "" };
    let block = panel(format!(" {focus_mark}Ratings {range}"), t);
    let inner = block.inner(right);
    frame.render_widget(block, right);
    ratings(state, cx, review, frame, inner, focus == Pane::Skills);

    outcomes(cx, review, frame, bottom);
}

/// Skill, the person's own rating (hidden while blind), the mentor's from this session, gap.
fn ratings(state: &State, cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect, focused: bool) {
    let t = cx.theme;
    // The mentor's column is as wide as their name allows, between 4 and 10.
    let mentor_width = unicode_width::UnicodeWidthStr::width(review.mentor.as_str())
        .clamp(4, 10)
        .min(
            usize::from(area.width)
                .saturating_sub(4 + 1 + 4 + 18)
                .max(4),
        );
    let name_width = usize::from(area.width)
        .saturating_sub(4 + mentor_width + 1 + 4)
        .max(6);
    // The mentor on a packet is "You"; the person's own rating is their self-rating.
    let (own, mentor) = if cx.mentor {
        ("Self", fit("You", mentor_width))
    } else {
        (" You", fit(&review.mentor, mentor_width))
    };
    let mut lines = vec![Line::styled(
        format!("{}{own} {mentor} Diff", fit("Skill", name_width)),
        t.dim,
    )];
    // Below the table, when there is room: the two examples of the selected skill.
    let examples = if area.height >= 9 { 3 } else { 0 };
    let height = usize::from(area.height.saturating_sub(1 + examples));
    let selected = state.skill.index;
    for i in window(cx.insights.skills.len(), selected, height) {
        let s = &cx.insights.skills[i];
        let own = s.self_rating.as_ref().map(|r| r.level);
        let theirs = cx.session_rating(&s.id);
        let visible = cx.own_rating_visible(&s.id);
        let own_text = match (visible, own) {
            (false, _) => "·".to_string(),
            (true, Some(l)) => l.to_string(),
            (true, None) => "–".to_string(),
        };
        let (gap, gap_style) = match (visible, own, theirs) {
            (true, Some(a), Some(b)) if a.abs_diff(b) >= crate::insight::DISAGREEMENT => {
                (format!("{:+}", i16::from(a) - i16::from(b)), t.bad)
            }
            (true, Some(a), Some(b)) if a != b => {
                (format!("{:+}", i16::from(a) - i16::from(b)), t.warn)
            }
            (true, Some(_), Some(_)) => ("0".to_string(), t.good),
            _ => (String::new(), t.dim),
        };
        let style = if focused && i == selected {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::from(vec![
            Span::styled(fit(&s.name, name_width), style),
            Span::styled(format!("{own_text:>4}"), style),
            Span::styled(
                format!(
                    "{:>width$}",
                    theirs.map_or("–".to_string(), |l| l.to_string()),
                    width = mentor_width + 1
                ),
                style,
            ),
            Span::styled(format!("{gap:>4}"), gap_style),
        ]));
    }
    let [table, bottom] = crate::tui::layout::split_bottom(area, examples);
    if examples > 0 {
        let skill = state.session_skill(cx);
        frame.render_widget(
            Paragraph::new(example_lines(cx, review, skill.as_deref(), bottom.width)),
            bottom,
        );
    }
    frame.render_widget(Paragraph::new(lines), table);
}

/// The selected skill's two examples, one line each: the person's (once the mentor has rated,
/// while blind) and the mentor's from this session.
fn example_lines(
    cx: &Ctx,
    review: &Review,
    skill: Option<&str>,
    width: u16,
) -> Vec<Line<'static>> {
    let t = cx.theme;
    let width = usize::from(width);
    let Some(skill) = skill else {
        return vec![
            Line::styled("─".repeat(width), t.dim),
            Line::styled(fit("Pick a skill to see both examples", width), t.dim),
        ];
    };
    let own = cx
        .insights
        .skills
        .iter()
        .find(|s| s.id == skill)
        .and_then(|s| s.self_rating.as_ref())
        .and_then(|r| r.comment.clone());
    let own = match (cx.own_rating_visible(skill), own) {
        (false, _) => "shown once rated".to_string(),
        (true, Some(e)) => e,
        (true, None) => "no example".to_string(),
    };
    let mentor = review
        .ratings
        .get(skill)
        .map_or("not rated yet".to_string(), |r| {
            r.example.clone().unwrap_or_else(|| "no example".into())
        });
    let (own_label, mentor_label) = if cx.mentor {
        ("Self", "You".to_string())
    } else {
        // The mentor by first name, so it fits its label.
        let first = review.mentor.split_whitespace().next().unwrap_or("Mentor");
        ("You", first.to_string())
    };
    let line = |label: &str, text: &str| {
        let label = fit(label, 6);
        Line::from(vec![
            Span::styled(format!("{label} "), t.accent),
            Span::styled(fit(&crate::printable::one_line(text), width.saturating_sub(7)), t.text),
        ])
    };
    vec![
        Line::styled("─".repeat(width), t.dim),
        line(own_label, &own),
        line(&mentor_label, &mentor),
    ]
}

fn outcomes(cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    // A mentor on a packet neither finishes nor discards: the person does, on import.
    let all = [
        (C::Note, "notes"),
        (C::Outcome, "add"),
        (C::Finish, "finish"),
        (C::Discard, "discard"),
    ];
    let keys = labelled(REVIEW, if cx.mentor { &all[..2] } else { &all });
    let block = panel(format!(" Outcomes · {keys} "), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let row = |label: &str, text: String, empty: &str| -> Line<'static> {
        let (text, style) = if text.is_empty() {
            (empty.to_string(), t.dim)
        } else {
            (text, t.text)
        };
        Line::from(vec![
            Span::styled(format!("{label:<10}"), t.accent),
            Span::styled(
                fit(&text, width.saturating_sub(10)).trim_end().to_string(),
                style,
            ),
        ])
    };
    let none_yet = format!("none yet{}", mention(REVIEW, C::Outcome));
    let first_line = review.notes.lines().next().unwrap_or("").to_string();
    let mut lines = vec![
        row(
            "Notes",
            first_line,
            &format!("none yet{}", mention(REVIEW, C::Note)),
        ),
        row("Strengths", review.strengths.join("; "), &none_yet),
        row("Growth", review.growth_areas.join("; "), &none_yet),
    ];
    if review.actions.is_empty() {
        lines.push(row(
            "Actions",
            String::new(),
            &format!(
                "none yet: every session should end with one{}",
                mention(REVIEW, C::Outcome)
            ),
        ));
    }
    for (i, a) in review.actions.iter().enumerate() {
        let due = a.due.map_or(String::new(), |d| format!(", due {d}"));
        let label = if i == 0 { "Actions" } else { "" };
        lines.push(row(label, format!("• {} ({}{due})", a.text, a.owner), ""));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
