//! The two roles side by side, as a document that reads at 80 columns; the arrows scroll it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{Binding, pair};
use crate::tui::layout;
use crate::tui::outcome::Outcome;
use crate::tui::widgets::{bullet, fit, panel, panel_inner, wrap};

use super::list::{Cursor, max_scroll_unwrapped, step_of};
use super::page::Page;

/// Only the keys that work everywhere.
pub const ROLES: &[Binding] = &[];

/// Nothing to submit on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {}

#[derive(Debug, Default)]
pub struct Roles {
    scroll: u16,
}

impl Page for Roles {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if let Some(delta) = step_of(command) {
            let pane = layout::body(cx.size);
            let lines = document(cx, panel_inner(pane).width).len();
            let max = max_scroll_unwrapped(lines, pane);
            let mut cursor = Cursor {
                index: 0,
                scroll: self.scroll,
            };
            cursor.scroll_by(
                i32::try_from(delta).unwrap_or(if delta < 0 { i32::MIN } else { i32::MAX }),
                max,
            );
            self.scroll = cursor.scroll;
        }
        Outcome::None
    }

    fn refresh(&mut self, _cx: &Ctx) {}

    fn cursor(&self) -> Option<Cursor> {
        Some(Cursor {
            index: 0,
            scroll: self.scroll,
        })
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        let pack = cx.pack;
        let block = panel(
            format!(
                " {} vs {}  {} scroll ",
                pack.from_role,
                pack.to_role,
                pair(cx.global(), C::Up, C::Down)
            ),
            cx.theme,
        );
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let lines = document(cx, inner.width);
        let max = max_scroll_unwrapped(lines.len(), area);
        let scroll = self.scroll.min(max);
        let rows = (lines.len(), usize::from(inner.height), usize::from(scroll));
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
        crate::tui::widgets::scrollbar(frame, area, rows, cx.theme);
    }
}

/// The comparison as lines wrapped to `width`, each side's text hanging beside its role.
fn document(cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let pack = cx.pack;
    let inner = Rect::new(0, 0, width, 0);
    let label = pack
        .from_role
        .chars()
        .count()
        .max(pack.to_role.chars().count())
        .min(20);
    let mut lines: Vec<Line> = Vec::new();
    // Each side's text wraps under itself, beside its role label.
    let text_width = usize::from(inner.width).saturating_sub(label + 3);
    let side = |role: &str, text: &str, style| -> Vec<Line<'static>> {
        wrap(text, text_width)
            .into_iter()
            .enumerate()
            .map(|(i, chunk)| {
                let head = if i == 0 {
                    fit(role, label)
                } else {
                    " ".repeat(label)
                };
                Line::from(vec![
                    Span::styled(format!("  {head} "), style),
                    Span::styled(chunk, t.text),
                ])
            })
            .collect()
    };
    for d in &pack.roles.dimensions {
        lines.push(Line::styled(d.name.clone(), t.title));
        lines.extend(side(&pack.from_role, &d.from, t.dim));
        lines.extend(side(&pack.to_role, &d.to, t.accent));
    }
    if !pack.roles.notes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Worth knowing", t.title));
        for note in &pack.roles.notes {
            lines.extend(bullet(note, usize::from(inner.width), t.text));
        }
    }
    // What this version of the coaching changed, for files made with the one before.
    if !pack.changes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("New in this pack's version {}", pack.version),
            t.title,
        ));
        for change in &pack.changes {
            lines.extend(bullet(change, usize::from(inner.width), t.text));
        }
    }
    lines
}
