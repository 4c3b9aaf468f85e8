//! A list of options with check boxes (which skills or items a piece of evidence backs).

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::command::Command as C;
use crate::tui::keys::{Binding, bind, ch, ctrl, plain};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, fit, panel, window};

pub const PICKER: &[Binding] = &[
    bind(
        &[ch(' '), ch('x')],
        "Space",
        "tick",
        C::Pick,
        Some(("Space", "tick")),
    ),
    bind(
        &[plain(K::Enter)],
        "Enter",
        "save",
        C::Submit,
        Some(("Enter", "save")),
    ),
    bind(
        &[plain(K::Esc), ctrl('c')],
        "Esc",
        "cancel",
        C::Cancel,
        Some(("Esc", "cancel")),
    ),
    bind(&[plain(K::Up), ch('k')], "↑/k", "up", C::Up, None),
    bind(&[plain(K::Down), ch('j')], "↓/j", "down", C::Down, None),
    bind(&[plain(K::PageUp)], "PgUp", "page up", C::PageUp, None),
    bind(
        &[plain(K::PageDown)],
        "PgDn",
        "page down",
        C::PageDown,
        None,
    ),
];

/// A picker open over a screen, with what its owner needs to save the choice.
#[derive(Debug, Clone)]
pub struct OpenPicker<M> {
    pub picker: Picker,
    pub purpose: M,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub title: String,
    /// (id, label) in the order shown.
    pub options: Vec<(String, String)>,
    pub chosen: BTreeSet<String>,
    pub cursor: usize,
    /// At most one may be chosen: ticking one unticks the other.
    pub single: bool,
}

impl Picker {
    pub fn toggle(&mut self) {
        if let Some((id, _)) = self.options.get(self.cursor)
            && !self.chosen.remove(id)
        {
            if self.single {
                self.chosen.clear();
            }
            self.chosen.insert(id.clone());
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.options.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    /// The chosen ids in the order of the options (so the file's order is stable).
    pub fn chosen_in_order(&self) -> Vec<String> {
        self.options
            .iter()
            .filter(|(id, _)| self.chosen.contains(id))
            .map(|(id, _)| id.clone())
            .collect()
    }
}

/// Every checklist item of `pack` as a picker option: its key, and its step's number with its
/// text (the number is enough to tell where an item belongs).
pub fn item_options(pack: &crate::content::Pack) -> Vec<(String, String)> {
    pack.steps
        .iter()
        .enumerate()
        .flat_map(|(n, s)| {
            s.items.iter().map(move |i| {
                (
                    crate::content::item_key(&s.id, &i.id),
                    format!("{} · {}", n + 1, i.text),
                )
            })
        })
        .collect()
}

/// The check-box list, in a popup over `area`.
pub fn render_picker(frame: &mut Frame, area: Rect, picker: &Picker, theme: &Theme) {
    let t = theme;
    // A row short of the body, so the popup's corners never touch the screen's panels.
    let options = u16::try_from(picker.options.len()).unwrap_or(u16::MAX);
    let height = options.saturating_add(3).min(area.height.saturating_sub(2));
    let popup = centered(area, area.width.saturating_sub(4).min(76), height);
    crate::tui::widgets::clear_popup(frame, popup);
    let rows = usize::from(height.saturating_sub(3));
    let count = if picker.options.len() > rows {
        format!(" · row {} of {}", picker.cursor + 1, picker.options.len())
    } else {
        String::new()
    };
    let room = usize::from(popup.width.saturating_sub(4)).saturating_sub(count.len());
    let block = panel(
        format!(" {}{count} ", fit(&picker.title, room).trim_end()),
        t,
    );
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [list, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let width = usize::from(list.width).saturating_sub(4);
    let lines: Vec<Line> = window(
        picker.options.len(),
        picker.cursor,
        usize::from(list.height),
    )
    .map(|i| {
        let (id, label) = &picker.options[i];
        let on = picker.chosen.contains(id);
        let style = if i == picker.cursor {
            t.selected
        } else {
            t.text
        };
        Line::styled(
            format!("{} {}", if on { "[x]" } else { "[ ]" }, fit(label, width)),
            style,
        )
    })
    .collect();
    frame.render_widget(Paragraph::new(lines), list);
    let mut hints = Vec::new();
    for (keys, label) in PICKER.iter().filter_map(|b| b.hint) {
        if !hints.is_empty() {
            hints.push(Span::styled("  ", t.dim));
        }
        hints.push(Span::styled(keys, t.key));
        hints.push(Span::styled(format!(" {label}"), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(hints)), hint);
}
