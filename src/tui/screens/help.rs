//! Help, generated from the same key tables that dispatch keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::keymap::{Binding, GLOBAL, screen_table};
use crate::tui::widgets::{centered, fit, panel};

/// Commands that read best as one line with their opposite ("↑/k ↓/j  up / down").
const PAIRS: &[(Command, Command, &str)] = &[
    (Command::Up, Command::Down, "up / down"),
    (Command::Left, Command::Right, "left / right"),
    (Command::PageUp, Command::PageDown, "a page up / down"),
    (Command::Top, Command::Bottom, "first / last"),
    (Command::Undo, Command::Redo, "undo / redo"),
    (
        Command::NextScreen,
        Command::PrevScreen,
        "next / previous screen",
    ),
];

/// One line per binding; pairs fold into one line, and so do the screen numbers
/// ("1–8 go to a screen").
fn rows<'a>(bindings: &'a [Binding], app: &App) -> Vec<Line<'a>> {
    let t = &app.theme;
    let goto: Vec<&Binding> = bindings
        .iter()
        .filter(|b| matches!(b.command, Command::GoTo(_)))
        .collect();
    let mut lines = Vec::new();
    for (i, b) in bindings.iter().enumerate() {
        let second = PAIRS
            .iter()
            .find(|(a, _, _)| *a == b.command)
            .and_then(|(_, z, label)| {
                bindings
                    .get(i + 1)
                    .filter(|n| n.command == *z)
                    .map(|n| (n, *label))
            });
        if i > 0
            && PAIRS
                .iter()
                .any(|(a, z, _)| *a == bindings[i - 1].command && *z == b.command)
        {
            continue;
        }
        let (shown, label) = match (b.command, second) {
            (Command::GoTo(_), _) if goto.len() > 1 => {
                if !std::ptr::eq(b, goto[0]) {
                    continue;
                }
                let last = goto.last().map_or("", |g| g.shown);
                (format!("{}–{last}", b.shown), "go to a screen".to_string())
            }
            (_, Some((z, label))) => (format!("{} {}", b.shown, z.shown), label.to_string()),
            _ => (b.shown.to_string(), b.label.to_string()),
        };
        lines.push(Line::from(vec![
            Span::styled(fit(&shown, 13), t.key),
            Span::styled(label, t.text),
        ]));
    }
    lines
}

/// What the symbols on the screens mean.
const MARKS: &[&str] = &[
    "* must-have  ! overdue  ◷ due soon  █▒· level, gap to target  P private",
    "▁▂▄▆█ rating history  ↑→↓ trend (· new)  ✎ note  ⧉2 evidence on an item",
    "evidence ○ none ◔ thin ◑ backed ● strong  ▣ artifact ▲ metric ✉ feedback",
];

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let screen_keys = screen_table(app.screen);
    let mut left = vec![Line::styled(format!("On {}", app.screen.title()), t.title)];
    if screen_keys.is_empty() {
        left.push(Line::styled("(only the keys that work everywhere)", t.dim));
    }
    left.extend(rows(screen_keys, app));
    let mut right = vec![Line::styled("Everywhere (screen keys win)", t.title)];
    right.extend(rows(GLOBAL, app));
    let marks: Vec<Line> = MARKS.iter().map(|m| Line::styled(*m, t.dim)).collect();

    let columns = left.len().max(right.len()) as u16;
    let height = (columns + 1 + marks.len() as u16 + 2).min(area.height);
    let popup = centered(area, 100.min(area.width), height);
    frame.render_widget(Clear, popup);
    let block = panel(" Help · any key closes · forms show their own keys ", t);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(marks.len() as u16)]).areas(inner);
    let half = top.width / 2;
    let left_area = Rect::new(top.x, top.y, half.saturating_sub(1), top.height);
    let right_area = Rect::new(top.x + half, top.y, top.width - half, top.height);
    frame.render_widget(Paragraph::new(left), left_area);
    frame.render_widget(Paragraph::new(right), right_area);
    frame.render_widget(
        Paragraph::new(marks).wrap(ratatui::widgets::Wrap { trim: true }),
        bottom,
    );
}
