//! Small drawing pieces shared by the screens.

mod meter;

pub use meter::{bar, level_meter, sparkline};

pub use super::layout::centered;

use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Borders};

use super::theme::Theme;

/// A bordered block with a title, in the theme's colours.
pub fn panel<'a>(title: impl Into<ratatui::text::Line<'a>>, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(title.into().style(theme.title))
}

/// A panel title that fits a border `width` wide: the parts after " · " that do not fit are
/// left out, last first; what is still too long ends in an ellipsis.
pub fn title_fit(title: &str, width: u16) -> String {
    use unicode_width::UnicodeWidthStr;
    // A rounded corner each side, and a cell of border either side of the title.
    let room = usize::from(width).saturating_sub(4);
    let trimmed = title.trim();
    let mut parts: Vec<&str> = trimmed.split(" · ").collect();
    while parts.len() > 1 && parts.join(" · ").width() > room {
        parts.pop();
    }
    let kept = parts.join(" · ");
    if kept.width() <= room {
        format!(" {kept} ")
    } else {
        format!(" {} ", fit(&kept, room).trim_end())
    }
}

/// Draw a panel with `title` (fitted to it) over `area`; its inside.
pub fn framed(frame: &mut ratatui::Frame, area: Rect, title: &str, theme: &Theme) -> Rect {
    let block = panel(title_fit(title, area.width), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// "a adds one.": a key (in the key style) and what it does; empty when the key is not bound.
pub fn key_line(
    key: Option<&'static str>,
    does: &str,
    theme: &Theme,
) -> ratatui::text::Line<'static> {
    use ratatui::text::{Line, Span};
    key.map_or_else(Line::default, |key| {
        Line::from(vec![
            Span::styled(key, theme.key),
            Span::styled(format!(" {does}"), theme.dim),
        ])
    })
}

/// A count of rows or cells as a terminal length (saturating: no terminal is that big).
pub fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The inside of a bordered panel over `area`.
pub fn panel_inner(area: Rect) -> Rect {
    Block::default().borders(Borders::ALL).inner(area)
}

/// The rows of a list that fit in `height`, keeping `selected` in view.
pub fn window(len: usize, selected: usize, height: usize) -> std::ops::Range<usize> {
    if height == 0 || len == 0 {
        return 0..0;
    }
    let start = if selected < height {
        0
    } else {
        selected + 1 - height
    };
    start..len.min(start + height)
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn window_keeps_the_selection_visible() {
        assert_eq!(window(100, 0, 10), 0..10);
        assert_eq!(window(100, 9, 10), 0..10);
        assert_eq!(window(100, 10, 10), 1..11);
        assert_eq!(window(100, 99, 10), 90..100);
        assert_eq!(window(3, 2, 10), 0..3);
        assert_eq!(window(0, 0, 10), 0..0);
    }
}

/// Clear the screen under a popup, and the column on each side of it: what the screen has
/// there would otherwise show as stray letters of words the popup cuts through.
pub fn clear_popup(frame: &mut ratatui::Frame, popup: Rect) {
    let area = frame.area();
    let left = popup.x.saturating_sub(1).max(area.x);
    let right = (popup.x + popup.width + 1).min(area.x + area.width);
    let margin = Rect::new(left, popup.y, right.saturating_sub(left), popup.height);
    frame.render_widget(ratatui::widgets::Clear, margin);
}

/// `text` cut or padded to exactly `width` terminal columns (wide characters count double),
/// with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let full = unicode_width::UnicodeWidthStr::width(text);
    let mut out = String::new();
    let mut used = 0;
    if full <= width {
        out.push_str(text);
        used = full;
    } else if width > 0 {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width - 1 {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod fit_tests {
    use super::{fit, title_fit};

    #[test]
    fn a_title_drops_its_last_parts_then_ends_in_an_ellipsis() {
        let title = " Milestones 3 open · 1 overdue · 1 due soon ";
        assert_eq!(title_fit(title, 60), title);
        assert_eq!(title_fit(title, 34), " Milestones 3 open · 1 overdue ");
        assert_eq!(title_fit(title, 24), " Milestones 3 open ");
        assert_eq!(title_fit(title, 14), " Milestone… ");
    }

    #[test]
    fn fit_pads_and_cuts_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        // Each CJK character is two columns wide.
        assert_eq!(fit("日本語です", 6), "日本… ");
        assert_eq!(fit("日本", 4), "日本");
    }
}

/// `text` as a bullet of `width`: "• " on its first line, the rest wrapped under it.
pub fn bullet(
    text: &str,
    width: usize,
    style: ratatui::style::Style,
) -> Vec<ratatui::text::Line<'static>> {
    wrap(text, width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let lead = if i == 0 { "• " } else { "  " };
            ratatui::text::Line::styled(format!("{lead}{chunk}"), style)
        })
        .collect()
}

/// Greedy word wrap to `width` columns (display width); a word longer than a line is split.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn wraps_on_words_and_splits_overlong_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("日本語 です", 6), ["日本語", "です"]);
        assert_eq!(wrap("", 5), [""]);
    }
}

/// A scrollbar on the right border of the panel over `area` when `total` rows do not fit in the
/// `visible` ones: says there is more, and where the view is (`offset`, the first row shown).
pub fn scrollbar(
    frame: &mut ratatui::Frame,
    area: Rect,
    (total, visible, offset): (usize, usize, usize),
    theme: &Theme,
) {
    use ratatui::layout::Margin;
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};
    if total <= visible || area.height < 3 {
        return;
    }
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some("│"))
        .thumb_symbol("█")
        .track_style(theme.border)
        .thumb_style(theme.accent);
    let mut state = ScrollbarState::new(total - visible + 1)
        .viewport_content_length(visible)
        .position(offset);
    let inside = area.inner(Margin {
        vertical: 1,
        horizontal: 0,
    });
    frame.render_stateful_widget(bar, inside, &mut state);
}

/// `lines` wrapped in the panel over `area` (already drawn), scrolled `scroll` rows down, with
/// a scrollbar on its border when they do not all fit. Only the lines on screen are wrapped: a
/// line no wider than the panel is one row without wrapping it, so a long detail (an item with
/// hundreds of notes and links) costs what its visible part does.
pub fn scrolled(
    frame: &mut ratatui::Frame,
    area: Rect,
    mut lines: Vec<ratatui::text::Line<'static>>,
    scroll: u16,
    theme: &Theme,
) {
    use ratatui::widgets::{Paragraph, Wrap};
    let inner = panel_inner(area);
    let rows: Vec<usize> = lines.iter().map(|l| rows_of(l, inner.width)).collect();
    let total: usize = rows.iter().sum();
    let visible = usize::from(inner.height);
    let scroll = scroll.min(cells(total.saturating_sub(visible)));
    // The first line on screen, and how many of its rows are above the panel's top.
    let (mut start, mut above) = (0, usize::from(scroll));
    while start < rows.len() && rows[start] <= above {
        above -= rows[start];
        start += 1;
    }
    let (mut end, mut covered) = (start, 0);
    while end < rows.len() && covered < above + visible {
        covered += rows[end];
        end += 1;
    }
    lines.truncate(end);
    let shown = lines.split_off(start.min(lines.len()));
    let paragraph = Paragraph::new(shown).wrap(Wrap { trim: false });
    frame.render_widget(paragraph.scroll((cells(above), 0)), inner);
    scrollbar(frame, area, (total, visible, usize::from(scroll)), theme);
}

/// How many rows `line` takes wrapped to `width`, as `Paragraph` wraps it. A wrapped line's
/// count is kept for the next frames (by its text and the width: wrapping reads nothing else),
/// so the long coaching paragraphs a panel shows are wrapped to count them once, not per frame.
fn rows_of(line: &ratatui::text::Line<'static>, width: u16) -> usize {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::{DefaultHasher, Hash, Hasher};

    use ratatui::widgets::{Paragraph, Wrap};
    thread_local! {
        static COUNTED: RefCell<HashMap<(u64, u16), usize>> = RefCell::new(HashMap::new());
    }
    /// Enough for every paragraph of a pack at two or three widths.
    const KEPT: usize = 4096;
    if width > 0 && line.width() <= usize::from(width) {
        return 1;
    }
    let mut hasher = DefaultHasher::new();
    for span in &line.spans {
        span.content.hash(&mut hasher);
        0xffu8.hash(&mut hasher);
    }
    let key = (hasher.finish(), width);
    if let Some(rows) = COUNTED.with(|c| c.borrow().get(&key).copied()) {
        return rows;
    }
    let rows = Paragraph::new(line.clone())
        .wrap(Wrap { trim: false })
        .line_count(width);
    COUNTED.with(|c| {
        let mut counted = c.borrow_mut();
        if counted.len() >= KEPT {
            counted.clear();
        }
        counted.insert(key, rows);
    });
    rows
}

#[cfg(test)]
mod scrolled_tests {
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::text::Line;
    use ratatui::widgets::{Paragraph, Wrap};

    use super::{cells, panel_inner, scrollbar, scrolled};
    use crate::tui::theme::Theme;

    /// What `scrolled` drew before it wrapped only the lines on screen: the whole paragraph.
    fn whole(frame: &mut ratatui::Frame, lines: Vec<Line<'static>>, scroll: u16, t: &Theme) {
        let area = frame.area();
        let inner = panel_inner(area);
        let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
        let total = paragraph.line_count(inner.width);
        let visible = usize::from(inner.height);
        let scroll = scroll.min(cells(total.saturating_sub(visible)));
        frame.render_widget(paragraph.scroll((scroll, 0)), inner);
        scrollbar(frame, area, (total, visible, usize::from(scroll)), t);
    }

    proptest! {
        #[test]
        fn draws_what_the_whole_paragraph_draws(
            texts in proptest::collection::vec("[a-z日 ]{0,40}", 0..30),
            width in 3u16..30,
            height in 3u16..12,
            scroll in 0u16..60,
        ) {
            let lines: Vec<Line<'static>> = texts.into_iter().map(Line::from).collect();
            let t = Theme::no_color();
            let draw = |by_parts: bool| {
                let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
                terminal
                    .draw(|f| {
                        let area = f.area();
                        if by_parts {
                            scrolled(f, area, lines.clone(), scroll, &t);
                        } else {
                            whole(f, lines.clone(), scroll, &t);
                        }
                    })
                    .expect("draws");
                terminal.backend().buffer().clone()
            };
            prop_assert_eq!(draw(true), draw(false));
        }
    }
}
