//! The `/` filter: a line at the foot of the screen that narrows its list as you type.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;

use crate::tui::command::Command as C;
use crate::tui::keys::{Binding, bind, ctrl, plain};
use crate::tui::theme::Theme;

/// Keys not in the table are typed into the filter.
pub const FILTER: &[Binding] = &[
    bind(
        &[plain(K::Esc), ctrl('c')],
        "Esc",
        "drop the filter",
        C::Cancel,
        None,
    ),
    bind(
        &[plain(K::Enter)],
        "Enter",
        "keep the filter",
        C::Submit,
        None,
    ),
    bind(&[plain(K::Up)], "↑", "up", C::Up, None),
    bind(&[plain(K::Down)], "↓", "down", C::Down, None),
];

/// A filter input holding `text`, the cursor at its end.
pub fn filter_input(text: &str) -> TextArea<'static> {
    let mut input = TextArea::new(vec![text.to_string()]);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input.set_cursor_line_style(ratatui::style::Style::default());
    input
}

pub fn render_filter(frame: &mut Frame, area: Rect, input: &TextArea<'static>, theme: &Theme) {
    let [label, field] =
        Layout::horizontal([Constraint::Length(9), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(" filter: ", theme.key)), label);
    frame.render_widget(input, field);
}
