//! Drawing what a session ends with: its notes and outcomes (one row each when the pane has
//! focus, to change or delete), and the two examples of the selected skill.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Pane, Review as State};
use crate::progress::{Outcome, Review};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, panel, window};

/// The selected skill's two examples, one line each: the person's (once the mentor has rated,
/// while blind) and the mentor's from this session.
pub(super) fn example_lines(
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
            Span::styled(
                fit(&crate::printable::one_line(text), width.saturating_sub(7)),
                t.text,
            ),
        ])
    };
    vec![
        Line::styled("─".repeat(width), t.dim),
        line(own_label, &own),
        line(&mentor_label, &mentor),
    ]
}

pub(super) fn outcomes(state: &State, cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect) {
    let focused = state.pane() == Pane::Outcomes;
    // A mentor on a packet neither finishes nor discards: the person does, on import.
    let all = [
        (C::Note, "notes"),
        (C::Outcome, "add"),
        (C::Finish, "finish"),
        (C::Discard, "discard"),
    ];
    let mine = [
        (C::Edit, "change"),
        (C::Delete, "delete"),
        (C::Outcome, "add"),
    ];
    let keys = match (focused, cx.mentor) {
        (true, _) => cx.labelled(Screen::Review, &mine),
        // A mentor on a packet neither finishes nor discards.
        (false, true) => cx.labelled(Screen::Review, &all[..2]),
        (false, false) => cx.labelled(Screen::Review, &all),
    };
    let mark = if focused { "▸ " } else { "" };
    let block = panel(format!(" {mark}Outcomes · {keys} "), cx.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = Rows {
        cx,
        width: usize::from(inner.width),
    };
    let lines = if focused {
        one_per_row(state, &rows, review, usize::from(inner.height))
    } else {
        summary(&rows, review)
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How the outcomes panel draws its rows.
struct Rows<'a> {
    cx: &'a Ctx<'a>,
    width: usize,
}

impl Rows<'_> {
    /// A label, then the text (or, dim, what stands in for none).
    fn row(
        &self,
        label: &str,
        text: String,
        empty: &str,
        style: ratatui::style::Style,
    ) -> Line<'static> {
        let t = self.cx.theme;
        let (text, style) = if text.is_empty() {
            (empty.to_string(), t.dim)
        } else {
            (text, style)
        };
        Line::from(vec![
            Span::styled(format!("{label:<10}"), t.accent),
            Span::styled(
                fit(&text, self.width.saturating_sub(10))
                    .trim_end()
                    .to_string(),
                style,
            ),
        ])
    }

    fn notes(&self, review: &Review) -> Line<'static> {
        let first_line = review.notes.lines().next().unwrap_or("").to_string();
        let empty = format!("none yet{}", self.cx.mention(Screen::Review, C::Note));
        self.row("Notes", first_line, &empty, self.cx.theme.text)
    }
}

fn none_yet(cx: &Ctx) -> String {
    format!("none yet{}", cx.mention(Screen::Review, C::Outcome))
}

/// With focus: one row per outcome, the selected one highlighted, around the selection.
fn one_per_row(state: &State, rows: &Rows, review: &Review, height: usize) -> Vec<Line<'static>> {
    let t = rows.cx.theme;
    let items = super::rows::outcomes(review);
    let mut lines = vec![rows.notes(review)];
    if items.is_empty() {
        lines.push(rows.row("", String::new(), &none_yet(rows.cx), t.text));
    }
    let selected = state.session_cursor().1.index;
    let mut previous = None;
    for i in window(items.len(), selected, height.saturating_sub(1)) {
        let (kind, n) = items[i];
        let style = if i == selected { t.selected } else { t.text };
        let text = match kind {
            Outcome::Strength => review.strengths[n].clone(),
            Outcome::GrowthArea => review.growth_areas[n].clone(),
            Outcome::Action => action_text(&review.actions[n]),
        };
        // A kind is named once, on its first row, as the summary names it.
        let label = if previous == Some(kind) {
            ""
        } else {
            label(kind)
        };
        previous = Some(kind);
        lines.push(rows.row(label, text, "", style));
    }
    lines
}

/// What a kind of outcome is called, the same with focus and without.
fn label(kind: Outcome) -> &'static str {
    match kind {
        Outcome::Strength => "Strengths",
        Outcome::GrowthArea => "Growth",
        Outcome::Action => "Actions",
    }
}

/// Without focus: notes, strengths and growth areas on a line each, then each action.
fn summary(rows: &Rows, review: &Review) -> Vec<Line<'static>> {
    let t = rows.cx.theme;
    let mut lines = vec![
        rows.notes(review),
        rows.row(
            label(Outcome::Strength),
            review.strengths.join("; "),
            &none_yet(rows.cx),
            t.text,
        ),
        rows.row(
            label(Outcome::GrowthArea),
            review.growth_areas.join("; "),
            &none_yet(rows.cx),
            t.text,
        ),
    ];
    if review.actions.is_empty() {
        let empty = format!(
            "none yet: every session should end with one{}",
            rows.cx.mention(Screen::Review, C::Outcome)
        );
        lines.push(rows.row(label(Outcome::Action), String::new(), &empty, t.text));
    }
    for (i, a) in review.actions.iter().enumerate() {
        let label = if i == 0 { label(Outcome::Action) } else { "" };
        lines.push(rows.row(label, action_text(a), "", t.text));
    }
    lines
}

/// An action item on one line: what, who, by when, and done.
fn action_text(a: &crate::progress::ActionItem) -> String {
    let due = a.due.map_or(String::new(), |d| format!(", due {d}"));
    let done = a.done.map_or(String::new(), |d| format!(", done {d}"));
    format!("• {} ({}{due}{done})", a.text, a.owner)
}
