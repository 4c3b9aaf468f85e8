//! Help, generated from the same key tables that dispatch keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use ratatui::crossterm::event::KeyCode as K;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, GLOBAL, bind, ch, plain};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, fit, panel};

/// Any key closes the help; these are the ones a person reaches for.
pub const HELP: &[Binding] = &[bind(
    &[plain(K::Esc), ch('?'), ch('q')],
    "Esc",
    "close",
    Command::CloseHelp,
    None,
)];

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
fn rows<'a>(bindings: &'a [Binding], t: &Theme) -> Vec<Line<'a>> {
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

/// The help over `area`: the screen's own keys (`screen_keys` of the screen called `title`) on
/// the left, the keys that work everywhere on the right, the marks below.
pub fn render_help(frame: &mut Frame, area: Rect, title: &str, screen_keys: &[Binding], t: &Theme) {
    let mut left = vec![Line::styled(format!("On {title}"), t.title)];
    if screen_keys.is_empty() {
        left.push(Line::styled("(only the keys that work everywhere)", t.dim));
    }
    left.extend(rows(screen_keys, t));
    let mut right = vec![Line::styled("Everywhere (screen keys win)", t.title)];
    right.extend(rows(GLOBAL, t));
    let marks: Vec<Line> = MARKS.iter().map(|m| Line::styled(*m, t.dim)).collect();

    let columns = u16::try_from(left.len().max(right.len())).unwrap_or(u16::MAX);
    let legend = u16::try_from(marks.len()).unwrap_or(u16::MAX);
    let height = (columns + 1 + legend + 2).min(area.height);
    let popup = centered(area, 100.min(area.width), height);
    frame.render_widget(Clear, popup);
    let block = panel(" Help · any key closes · forms show their own keys ", t);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(legend)]).areas(inner);
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
