//! Drawing a form: a popup over the screen, or the whole window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keys::key_name;
use super::{FieldKind, Form};
use crate::tui::command::Command;
use crate::tui::layout::{rows, split_left};
use crate::tui::theme::Theme;
use crate::tui::widgets::{cells, centered, fit, panel, wrap};

const LABEL_WIDTH: u16 = 23;
const MULTI_ROWS: u16 = 5;

fn field_rows(kind: &FieldKind) -> u16 {
    match kind {
        FieldKind::Multi => MULTI_ROWS,
        _ => 1,
    }
}

/// Rows the intro needs at `width`, wrapped by words (close enough for sizing the popup).
fn intro_rows(form: &Form, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    cells(form.intro.iter().map(|l| wrap(l, width).len()).sum())
}

/// A form as a popup over the screen.
pub fn render_form(frame: &mut Frame, form: &Form, theme: &Theme) {
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(78);
    let inner_width = width.saturating_sub(2);
    let fields: u16 = form.fields.iter().map(|f| field_rows(&f.kind)).sum();
    let intro = intro_rows(form, inner_width);
    let gap = u16::from(!form.intro.is_empty());
    // Borders, intro (and a blank line after it), fields, the error line, the key hints.
    let height = 2 + intro + gap + fields + 1 + 1;
    let popup = centered(area, width, height);
    crate::tui::widgets::clear_popup(frame, popup);
    render_form_in(frame, form, popup, theme);
}

/// A form filling `area` (the welcome screen uses the whole window).
pub fn render_form_in(frame: &mut Frame, form: &Form, area: Rect, theme: &Theme) {
    let title = fit(&form.title, usize::from(area.width.saturating_sub(4)));
    let block = panel(format!(" {} ", title.trim_end()), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    // The fields always get their rows; the intro takes what is left (it is the part that can
    // be cut when the window is small).
    let gap = u16::from(!form.intro.is_empty());
    let fields: u16 = form.fields.iter().map(|f| field_rows(&f.kind)).sum();
    let room = inner.height.saturating_sub(gap + fields + 2);
    let mut heights = vec![intro_rows(form, inner.width).min(room)];
    if !form.intro.is_empty() {
        heights.push(1);
    }
    heights.extend(form.fields.iter().map(|f| field_rows(&f.kind)));
    heights.push(1);
    let areas = rows(inner, &heights);

    // Wrapped here, so that an intro with no room for all of it ends in an ellipsis.
    let width = usize::from(areas[0].width);
    let mut intro: Vec<String> = form.intro.iter().flat_map(|l| wrap(l, width)).collect();
    let room = usize::from(areas[0].height);
    if intro.len() > room && room > 0 {
        intro.truncate(room);
        if let Some(last) = intro.last_mut() {
            *last = fit(&format!("{last} …"), width).trim_end().to_string();
        }
    }
    let intro: Vec<Line> = intro
        .into_iter()
        .map(|l| Line::styled(l, theme.dim))
        .collect();
    frame.render_widget(Paragraph::new(intro), areas[0]);

    let first_field = if form.intro.is_empty() { 1 } else { 2 };
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let [label_area, input_area] = split_left(areas[first_field + i], LABEL_WIDTH);
        let (marker, style) = if focused {
            ("› ", theme.accent)
        } else {
            ("  ", theme.text)
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(marker, theme.key),
                Span::styled(fit(field.label, usize::from(LABEL_WIDTH) - 3), style),
            ])),
            label_area,
        );
        draw_input(frame, field, focused, input_area, theme);
    }

    let status_area = areas[first_field + form.fields.len()];
    let status = match &form.error {
        Some(e) => Line::styled(format!("✗ {e}"), theme.bad),
        None => Line::default(),
    };
    frame.render_widget(Paragraph::new(status), status_area);

    let hint_area = areas[first_field + form.fields.len() + 1];
    frame.render_widget(
        Paragraph::new(Line::from(super::hint_spans(form, hint_area.width, theme))),
        hint_area,
    );
}

/// A field's value: a toggle, a choice, or text (read from its start when not focused).
fn draw_input(
    frame: &mut Frame,
    field: &super::Field,
    focused: bool,
    input_area: Rect,
    theme: &Theme,
) {
    match &field.kind {
        FieldKind::Toggle(on) => {
            let text = if *on { "[x] yes" } else { "[ ] no" };
            let hint = if focused {
                format!("   {} switches", key_name(Command::Pick))
            } else {
                String::new()
            };
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(text, if focused { theme.selected } else { theme.text }),
                    Span::styled(hint, theme.dim),
                ])),
                input_area,
            );
        }
        FieldKind::Choice { options, index } => {
            let label = options.get(*index).map_or("", |(_, l)| l.as_str());
            let shown = format!("‹ {label} ›");
            let mut hint = if focused {
                format!(
                    "   {} or {}",
                    key_name(Command::Choose),
                    key_name(Command::Pick)
                )
            } else {
                String::new()
            };
            // The keys give way before the choice is cut (the help has them).
            let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
            if width(&shown) + width(&hint) > usize::from(input_area.width) {
                hint.clear();
            }
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(shown, if focused { theme.selected } else { theme.text }),
                    Span::styled(hint, theme.dim),
                ])),
                input_area,
            );
        }
        FieldKind::Line | FieldKind::Multi | FieldKind::Date => {
            draw_text(frame, field, focused, input_area, theme);
        }
    }
}

/// A text field: its placeholder, its text read from the start, or the editor when focused.
fn draw_text(
    frame: &mut Frame,
    field: &super::Field,
    focused: bool,
    input_area: Rect,
    theme: &Theme,
) {
    if !focused && field.input.is_empty() {
        // Drawn here so it lines up with typed values (the widget leaves a cell
        // for its cursor first).
        let width = usize::from(input_area.width);
        let text = fit(field.input.placeholder_text(), width)
            .trim_end()
            .to_string();
        let hint = Span::styled(text, theme.dim);
        frame.render_widget(Paragraph::new(hint), input_area);
        return;
    }
    if !focused {
        // Unfocused text reads from its start, long lines wrapped (the editing
        // widget scrolls to wherever its cursor was).
        let width = usize::from(input_area.width);
        let mut lines: Vec<String> = field
            .input
            .lines()
            .iter()
            .flat_map(|l| wrap(l, width))
            .collect();
        // What the field has no room for shows as an ellipsis on its last line.
        let rows = usize::from(input_area.height);
        if lines.len() > rows && rows > 0 {
            lines.truncate(rows);
            if let Some(last) = lines.last_mut() {
                *last = fit(&format!("{last} …"), width).trim_end().to_string();
            }
        }
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|l| Line::styled(l, theme.text))
            .collect();
        frame.render_widget(Paragraph::new(lines), input_area);
        return;
    }
    // The placeholder follows the theme (the widget's default is a fixed grey).
    let mut input = field.input.clone();
    input.set_placeholder_style(theme.dim);
    // A placeholder too long for the field ends in an ellipsis (a cell is left for the
    // cursor).
    let room = usize::from(input_area.width).saturating_sub(1);
    let placeholder = fit(field.input.placeholder_text(), room)
        .trim_end()
        .to_string();
    input.set_placeholder_text(placeholder);
    input.set_style(theme.text);
    frame.render_widget(&input, input_area);
    mark_hidden_text(frame, &input, input_area, theme);
}

/// Where the editing widget has scrolled sideways, an edge cell becomes "…" so that text
/// out of sight never looks like the whole of it. The widget keeps the cursor's column in
/// view, scrolling only as far as it must, and the form draws a fresh copy each frame, so
/// its first visible column is known from the cursor alone.
fn mark_hidden_text(
    frame: &mut Frame,
    input: &ratatui_textarea::TextArea<'_>,
    area: Rect,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    if width < 2 || height == 0 {
        return;
    }
    let (row, col) = input.cursor();
    let first_col = (col + 1).saturating_sub(width);
    let first_row = (row + 1).saturating_sub(height);
    let buffer = frame.buffer_mut();
    for (shown, line) in input
        .lines()
        .iter()
        .skip(first_row)
        .take(height)
        .enumerate()
    {
        let y = area.y + cells(shown);
        let length = line.chars().count();
        let cursor_here = first_row + shown == row;
        if first_col > 0 && length > 0 {
            buffer[(area.x, y)].set_symbol("…").set_style(theme.dim);
        }
        // The last column shows character `last`; the cursor standing there keeps it.
        let last = first_col + width - 1;
        if length > last + 1 && !(cursor_here && col == last) {
            let x = area.x + cells(width - 1);
            buffer[(x, y)].set_symbol("…").set_style(theme.dim);
        }
    }
}
