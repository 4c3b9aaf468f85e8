//! A yes/no question in a box over the screen (the question and what yes does: [`Confirm`]).

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::command::Command as C;
use crate::tui::keys::{Binding, bind, ch, ctrl, plain};
pub use crate::tui::outcome::Confirm;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, panel, wrap};

pub const CONFIRM: &[Binding] = &[
    bind(&[ch('y'), ch('Y')], "y", "yes", C::Yes, Some(("y", "yes"))),
    bind(
        &[ch('n'), ch('N'), plain(K::Esc), ctrl('c')],
        "n/Esc",
        "no",
        C::No,
        Some(("n/Esc", "no")),
    ),
];

pub fn render_confirm(frame: &mut Frame, area: Rect, question: &str, theme: &Theme) {
    let width = 60.min(area.width);
    let lines = wrap(question, usize::from(width.saturating_sub(2))).len();
    let popup = centered(
        area,
        width,
        u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(4),
    );
    crate::tui::widgets::clear_popup(frame, popup);
    let mut answers = Vec::new();
    for b in CONFIRM {
        if let Some((keys, label)) = b.hint {
            answers.push(Span::styled(keys, theme.key));
            answers.push(Span::styled(format!(" {label}   "), theme.dim));
        }
    }
    let text = vec![
        Line::styled(question.to_string(), theme.text),
        Line::default(),
        Line::from(answers),
    ];
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(panel(" Are you sure? ", theme)),
        popup,
    );
}
