//! The two roles side by side, as a document that reads at 80 columns.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::widgets::{fit, panel, wrap};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let pack = &app.pack;
    let block = panel(
        format!(" {} vs {}  ↑/↓ scroll ", pack.from_role, pack.to_role),
        &app.theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = document(app, inner.width);
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((app.pos.roles.scroll.min(max_scroll), 0)),
        inner,
    );
}

/// How far the roles document can scroll in a window of `width`×`height`.
pub fn max_scroll(app: &App, width: u16, height: u16) -> u16 {
    // The body loses the tab bar, the footer and the panel's borders.
    let lines = document(app, width.saturating_sub(2)).len() as u16;
    lines.saturating_sub(height.saturating_sub(4))
}

/// The comparison as lines wrapped to `width`, each side's text hanging beside its role.
fn document(app: &App, width: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let pack = &app.pack;
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
            for (i, chunk) in wrap(note, usize::from(inner.width).saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let bullet = if i == 0 { "• " } else { "  " };
                lines.push(Line::styled(format!("{bullet}{chunk}"), t.text));
            }
        }
    }
    lines
}
