//! A screen's list: which rows the filter keeps, which one is selected, how far its detail pane
//! is scrolled.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::widgets::panel_inner;

/// A list position and the scroll of its detail pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub index: usize,
    pub scroll: u16,
}

impl Cursor {
    /// Move by `delta` rows within `len`; a new row starts its detail at the top.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        let index = self
            .index
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        if index != self.index {
            self.index = index;
            self.scroll = 0;
        }
    }

    /// Scroll by `delta` lines, no further than `max`.
    pub fn scroll_by(&mut self, delta: i32, max: u16) {
        let scroll = i32::from(self.scroll).saturating_add(delta);
        self.scroll = u16::try_from(scroll.max(0)).unwrap_or(u16::MAX).min(max);
    }

    pub fn clamp(&mut self, len: usize) {
        self.index = self.index.min(len.saturating_sub(1));
    }
}

/// The insights' skills the filter keeps, as rows (indices into them): the lists of Skills,
/// Progress and the Showcase's portfolio.
pub fn skill_rows(cx: &crate::tui::context::Ctx, filter: &str) -> Vec<usize> {
    let keep = matcher(filter);
    cx.insights
        .skills
        .iter()
        .enumerate()
        .filter(|(_, s)| keep(&[&s.name, &s.id]))
        .map(|(n, _)| n)
        .collect()
}

/// The rows of a filtered list (indices into the data), its filter and its cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct List {
    pub rows: Vec<usize>,
    pub filter: String,
    pub cursor: Cursor,
}

impl List {
    /// The data index of the selected row.
    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.index).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.rows.len());
    }

    /// New rows (after a change or a new filter); the cursor stays in range.
    pub fn set_rows(&mut self, rows: Vec<usize>) {
        self.rows = rows;
        self.cursor.clamp(self.rows.len());
    }

    /// Select the row showing data index `index`, if it is shown.
    pub fn select(&mut self, index: usize) -> bool {
        match self.rows.iter().position(|&i| i == index) {
            Some(row) => {
                self.cursor = Cursor {
                    index: row,
                    scroll: 0,
                };
                true
            }
            None => false,
        }
    }
}

/// Whether any of `haystacks` holds the filter's text (case-insensitive); an empty filter keeps
/// everything.
pub fn matcher(filter: &str) -> impl Fn(&[&str]) -> bool + use<> {
    let needle = folded(filter.trim());
    move |haystacks: &[&str]| {
        needle.is_empty() || haystacks.iter().any(|h| folded(h).contains(&needle))
    }
}

/// Text as a filter compares it: lower case, accents away ("Café" and "cafe" match).
fn folded(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The commands that move a list, as row deltas.
pub fn step_of(command: crate::tui::command::Command) -> Option<isize> {
    use crate::tui::command::Command as C;
    Some(match command {
        C::Up => -1,
        C::Down => 1,
        C::PageUp => -10,
        C::PageDown => 10,
        C::Top => isize::MIN / 2,
        C::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

/// The moving keys on a screen with a list: rows move the selection, J/K-style scrolls move its
/// detail no further than `max` says. `true` when `command` was one of them.
pub fn navigate<S>(
    screen: &mut S,
    command: crate::tui::command::Command,
    list: impl Fn(&mut S) -> &mut List,
    max: impl Fn(&S) -> u16,
) -> bool {
    use crate::tui::command::Command as C;
    if let Some(delta) = step_of(command) {
        list(screen).move_by(delta);
        return true;
    }
    let lines = match command {
        C::ScrollUp => -3,
        C::ScrollDown => 3,
        _ => return false,
    };
    let max = max(screen);
    list(screen).cursor.scroll_by(lines, max);
    true
}

/// How far `lines` can scroll in the bordered `pane`, wrapped as the pane draws them.
pub fn max_scroll(lines: Vec<Line<'static>>, pane: Rect) -> u16 {
    let inner = panel_inner(pane);
    let count = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .line_count(inner.width);
    u16::try_from(count)
        .unwrap_or(u16::MAX)
        .saturating_sub(inner.height)
}

/// How far unwrapped `lines` (a document laid out to its width) scroll in the bordered `pane`.
pub fn max_scroll_unwrapped(lines: usize, pane: Rect) -> u16 {
    u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_sub(panel_inner(pane).height)
}
