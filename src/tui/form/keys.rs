//! The keys of an open form, and the hint line drawn from them.

use ratatui::crossterm::event::KeyCode as K;
use ratatui::text::Span;

use super::Form;
use crate::tui::command::Command as C;
use crate::tui::keys::{Binding, bind, ch, ctrl, plain, shown};
use crate::tui::theme::Theme;

/// Keys not in the table are typed into the focused field.
pub const FORM: &[Binding] = &[
    bind(
        &[plain(K::Enter)],
        "Enter",
        "save (new line in long text)",
        C::FormEnter,
        Some(("Enter", "save")),
    ),
    bind(
        &[ctrl('s')],
        "C-s",
        "save",
        C::Submit,
        Some(("C-s", "save")),
    ),
    bind(
        &[plain(K::Tab)],
        "Tab/S-Tab",
        "next / previous field",
        C::NextField,
        Some(("Tab/S-Tab", "next / previous field")),
    ),
    bind(
        &[plain(K::BackTab)],
        "S-Tab",
        "previous field",
        C::PrevField,
        None,
    ),
    bind(
        &[ch(' ')],
        "Space",
        "switch yes/no or choice",
        C::Pick,
        None,
    ),
    bind(
        &[plain(K::Left), plain(K::Right)],
        "←/→",
        "change a choice",
        C::Choose,
        None,
    ),
    bind(
        &[ctrl('o')],
        "C-o",
        "write the text in your editor ($VISUAL or $EDITOR)",
        C::Editor,
        Some(("C-o", "editor")),
    ),
    bind(
        &[plain(K::Esc), ctrl('c')],
        "Esc",
        "cancel",
        C::Cancel,
        Some(("Esc", "cancel")),
    ),
];

/// The form's hint line: Enter says what it does on the focused field (and is left out in long
/// text, where it makes a new line).
pub fn hint_spans(form: &Form, width: u16, theme: &Theme) -> Vec<Span<'static>> {
    let multi = form.focused_is_multiline();
    let text = form.focused_text().is_some();
    let mut hints: Vec<(C, [Span<'static>; 2])> = FORM
        .iter()
        .filter(|b| !(b.command == C::FormEnter && multi))
        // The editor is for text: offered on a text field only.
        .filter(|b| b.command != C::Editor || text)
        .filter_map(|b| {
            let (keys, label) = b.hint?;
            let label = match b.command {
                C::FormEnter if form.enter_moves_on() => "next field",
                _ => label,
            };
            Some((
                b.command,
                [
                    Span::styled(keys, theme.key),
                    Span::styled(format!(" {label}  "), theme.dim),
                ],
            ))
        })
        .collect();
    // Whole hints give way where the line is short, moving first and cancelling never.
    let used = |h: &[(C, [Span; 2])]| -> usize {
        h.iter().flat_map(|(_, s)| s.iter()).map(Span::width).sum()
    };
    for drop in [C::Editor, C::NextField, C::FormEnter, C::Submit] {
        if used(&hints) <= usize::from(width) {
            break;
        }
        hints.retain(|(c, _)| *c != drop);
    }
    hints.into_iter().flat_map(|(_, s)| s).collect()
}

/// How a key of the form table is written ("Space"), for the hints beside a field.
pub fn key_name(command: C) -> &'static str {
    shown(FORM, command).unwrap_or("")
}
