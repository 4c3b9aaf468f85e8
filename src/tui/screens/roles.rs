//! The two roles side by side, as a document that reads at 80 columns.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::widgets::{fit, panel};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let pack = &app.pack;
    let block = panel(format!(" {} vs {}  ↑/↓ scroll ", pack.from_role, pack.to_role), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let label = pack
        .from_role
        .chars()
        .count()
        .max(pack.to_role.chars().count())
        .min(20);
    let mut lines: Vec<Line> = Vec::new();
    for d in &pack.roles.dimensions {
        lines.push(Line::styled(d.name.clone(), t.title));
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", fit(&pack.from_role, label)), t.dim),
            Span::styled(d.from.clone(), t.text),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", fit(&pack.to_role, label)), t.accent),
            Span::styled(d.to.clone(), t.text),
        ]));
    }
    if !pack.roles.notes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Worth knowing", t.title));
        lines.extend(
            pack.roles
                .notes
                .iter()
                .map(|n| Line::styled(format!("• {n}"), t.text)),
        );
    }
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.pos.roles.scroll.min(max_scroll), 0)),
        inner,
    );
}
