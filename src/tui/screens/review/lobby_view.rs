//! Drawing the Review screen with no session open: past sessions, every action item to tick
//! off between sessions, and the agenda for a review today.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::agenda_view::agenda_lines;
use super::{LobbyPane, Review as State, key};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::layout::split_percent;
use crate::tui::widgets::{fit, panel, window};

pub(super) fn lobby(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let [left, right] = split_percent(area, 40);
    let [sessions_area, actions_area] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Fill(1)]).areas(left);
    past_sessions(state, cx, frame, sessions_area);
    action_items(state, cx, frame, actions_area);
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

fn past_sessions(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let focus = if state.lobby_pane() == LobbyPane::Sessions {
        "▸ "
    } else {
        ""
    };
    let block = panel(
        format!(" {focus}Past sessions · {} ", state.past.rows.len()),
        t,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if state.past.rows.is_empty() {
        let lines = vec![
            Line::styled("No review yet.", t.text),
            Line::styled(
                format!(
                    "Meet a mentor once a month: both rate first, talk where you disagree, leave with actions. {} starts one.",
                    key(cx, C::StartReview)
                ),
                t.dim,
            ),
        ];
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let rows = window(
        state.past.rows.len(),
        state.past.cursor.index,
        usize::from(inner.height),
    );
    let width = usize::from(inner.width);
    let focused = state.lobby_pane() == LobbyPane::Sessions;
    let lines: Vec<Line> = rows
        .map(|row| {
            let r = &cx.progress.reviews[state.past.rows[row]];
            let open = r.actions.iter().filter(|a| a.done.is_none()).count();
            let style = if focused && row == state.past.cursor.index {
                t.selected
            } else {
                t.text
            };
            let mut tail = String::new();
            if !r.amended.is_empty() {
                tail.push_str(" amended");
            }
            let head = format!("{} ", r.date);
            if open > 0 {
                // "1 open action" where the mentor's name keeps room, else "1 open".
                let long = format!(" {open} open action{}", if open == 1 { "" } else { "s" });
                let room = width.saturating_sub(head.len() + tail.len() + long.len());
                if room >= 10 {
                    tail.push_str(&long);
                } else {
                    tail.push_str(&format!(" {open} open"));
                }
            }
            let mentor = fit(&r.mentor, width.saturating_sub(head.len() + tail.len()));
            Line::from(vec![
                Span::styled(format!("{head}{mentor}"), style),
                Span::styled(fit(&tail, width.saturating_sub(head.len() + 1)), t.warn),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Every action item of a finished review, open ones first, to tick off between sessions.
fn action_items(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let focused = state.lobby_pane() == LobbyPane::Actions;
    let focus = if focused { "▸ " } else { "" };
    let open = state
        .actions
        .iter()
        .filter(|&&(id, i)| action(cx, id, i).is_some_and(|a| a.done.is_none()))
        .count();
    // The short name where the long one would be cut.
    let name = if area.width < 27 {
        "Actions"
    } else {
        "Action items"
    };
    let mut block = panel(format!(" {focus}{name} · {open} open "), t);
    if focused {
        block = block.title_bottom(Line::styled(
            format!(" {} done/open ", key(cx, C::Toggle)),
            t.dim,
        ));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    if state.actions.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled("None yet.", t.dim)), inner);
        return;
    }
    // Two lines each: what, then when and from which session.
    let mut lines: Vec<Line> = Vec::new();
    for row in window(
        state.actions.len(),
        state.action.index,
        usize::from(inner.height / 2),
    ) {
        let (id, i) = state.actions[row];
        let Some(a) = action(cx, id, i) else {
            continue;
        };
        let style = if focused && row == state.action.index {
            t.selected
        } else {
            t.text
        };
        let (mark, tone) = match a.done {
            Some(_) => ("☑ ", t.good),
            None if a.due.is_some_and(|d| d < cx.today) => ("! ", t.bad),
            None => ("☐ ", t.warn),
        };
        let when = match (a.done, a.due) {
            (Some(d), _) => format!("done {d}"),
            (None, Some(d)) => format!("due {d}"),
            (None, None) => "no due date".to_string(),
        };
        let from = cx
            .progress
            .reviews
            .iter()
            .find(|r| r.id == id)
            .map_or(String::new(), |r| format!(" · {}", r.date));
        lines.push(Line::from(vec![
            Span::styled(mark, tone),
            Span::styled(fit(&a.text, width.saturating_sub(2)), style),
        ]));
        lines.push(Line::styled(
            fit(&format!("  {when} · {}{from}", a.owner), width),
            t.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn action<'a>(cx: &Ctx<'a>, review: u32, index: usize) -> Option<&'a crate::progress::ActionItem> {
    cx.progress
        .reviews
        .iter()
        .find(|r| r.id == review)?
        .actions
        .get(index)
}
