//! Help, generated from the same key tables that dispatch keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::keymap::{Binding, FORM_KEYS, GLOBAL, screen_table};
use crate::tui::widgets::{centered, fit, panel};

/// One line per binding; the screen-number bindings fold into one line ("1–6 go to a screen").
fn rows<'a>(bindings: &'a [Binding], app: &App) -> Vec<Line<'a>> {
    let t = &app.theme;
    let goto: Vec<&Binding> = bindings
        .iter()
        .filter(|b| matches!(b.command, Command::GoTo(_)))
        .collect();
    let mut lines = Vec::new();
    for b in bindings {
        let (shown, label) = match b.command {
            Command::GoTo(_) if goto.len() > 1 => {
                if !std::ptr::eq(b, goto[0]) {
                    continue;
                }
                let last = goto.last().map_or("", |g| g.shown);
                (format!("{}–{last}", b.shown), "go to a screen")
            }
            _ => (b.shown.to_string(), b.label),
        };
        lines.push(Line::from(vec![
            Span::styled(fit(&shown, 12), t.key),
            Span::styled(label, t.text),
        ]));
    }
    lines
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let screen_keys = screen_table(app.screen);
    let mut left = vec![Line::styled(format!("On {}", app.screen.title()), t.title)];
    if screen_keys.is_empty() {
        left.push(Line::styled("(only the keys that work everywhere)", t.dim));
    }
    left.extend(rows(screen_keys, app));
    left.push(Line::default());
    left.push(Line::styled("In a form", t.title));
    left.extend(FORM_KEYS.iter().map(|(k, l)| {
        Line::from(vec![
            Span::styled(fit(k, 12), t.key),
            Span::styled(*l, t.text),
        ])
    }));
    let mut right = vec![Line::styled(
        "Everywhere (unless this screen uses the key)",
        t.title,
    )];
    right.extend(rows(GLOBAL, app));

    let height = (left.len().max(right.len()) as u16 + 3).min(area.height);
    let popup = centered(area, 96.min(area.width), height);
    frame.render_widget(Clear, popup);
    let block = panel(" Help · any key closes ", t);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let half = inner.width / 2;
    let left_area = Rect::new(inner.x, inner.y, half.saturating_sub(1), inner.height);
    let right_area = Rect::new(inner.x + half, inner.y, inner.width - half, inner.height);
    frame.render_widget(Paragraph::new(left), left_area);
    frame.render_widget(Paragraph::new(right), right_area);
}
