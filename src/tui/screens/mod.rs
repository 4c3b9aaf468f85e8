//! Drawing: one module per screen, all reading `&App` and never changing it.

mod dashboard;
mod help;
mod journal;
mod milestones;
mod path;
pub mod review;
pub mod roles;
mod skills;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::action::Screen;
use super::app::{App, Overlay, Tone};
use super::keymap::{GLOBAL, screen_table};
use super::widgets::{centered, panel, render_form, render_form_in};

/// The smallest window the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

const BRAND: &str = " pivot ";

const READ_ONLY: &str = " READ-ONLY ";

/// Tabs are padded (" 1 Dashboard ") when the row has room, else packed ("1 Dashboard").
fn tab_label(index: usize, screen: Screen, padded: bool) -> String {
    if padded {
        format!(" {} {} ", index + 1, screen.title())
    } else {
        format!("{} {}", index + 1, screen.title())
    }
}

/// Where each tab sits on the top row of a window `width` wide: (screen, first column,
/// past-the-end column).
pub fn tabs(width: u16, read_only: bool) -> Vec<(Screen, u16, u16)> {
    let brand = if read_only { READ_ONLY } else { BRAND };
    let start = brand.chars().count() as u16 + 1;
    let padded_width: u16 = Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| tab_label(i, *s, true).chars().count() as u16)
        .sum();
    let padded = start + padded_width <= width;
    let mut x = start;
    Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let w = tab_label(i, *s, padded).chars().count() as u16;
            let tab = (*s, x, x + w);
            x += w + u16::from(!padded);
            tab
        })
        .collect()
}

/// The screen whose tab is at `column` of the top row.
pub fn tab_at(column: u16, width: u16, read_only: bool) -> Option<Screen> {
    tabs(width, read_only)
        .into_iter()
        .find(|(_, start, end)| (*start..*end).contains(&column))
        .map(|(s, _, _)| s)
}

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return too_small(app, frame, area);
    }
    if let Overlay::Form(form) = &app.overlay
        && form.purpose == super::form::Purpose::Welcome
    {
        let inner = centered(area, 78, 16);
        return render_form_in(frame, form, inner, &app.theme);
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    tab_bar(app, frame, top);
    match app.screen {
        Screen::Dashboard => dashboard::render(app, frame, body),
        Screen::Path => path::render(app, frame, body),
        Screen::Skills => skills::render(app, frame, body),
        Screen::Milestones => milestones::render(app, frame, body),
        Screen::Journal => journal::render(app, frame, body),
        Screen::Roles => roles::render(app, frame, body),
        Screen::Review => review::render(app, frame, body),
    }
    footer(app, frame, bottom);
    match &app.overlay {
        Overlay::Help => help::render(app, frame, body),
        Overlay::Form(form) => render_form(frame, form, &app.theme),
        Overlay::Confirm(confirm) => {
            let t = &app.theme;
            let width = 60.min(area.width);
            let lines =
                super::widgets::wrap(&confirm.question, usize::from(width.saturating_sub(2))).len();
            let popup = centered(area, width, lines as u16 + 4);
            frame.render_widget(Clear, popup);
            let text = vec![
                Line::styled(confirm.question.clone(), t.text),
                Line::default(),
                Line::from(vec![
                    Span::styled("y", t.key),
                    Span::styled(" yes   ", t.dim),
                    Span::styled("n", t.key),
                    Span::styled("/", t.dim),
                    Span::styled("Esc", t.key),
                    Span::styled(" no", t.dim),
                ]),
            ];
            frame.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(panel(" Are you sure? ", t)),
                popup,
            );
        }
        Overlay::Filter(_) | Overlay::None => {}
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let text = vec![
        Line::styled("Make the window larger", t.title),
        Line::styled(
            format!(
                "pivot needs {MIN_WIDTH}×{MIN_HEIGHT}; this is {}×{}.",
                area.width, area.height
            ),
            t.text,
        ),
        Line::styled("q quits", t.dim),
    ];
    let height = area.height.min(3);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(Wrap { trim: true }),
        row,
    );
}

fn tab_bar(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let read_only = app.read_only().is_some();
    // Read-only takes the brand's place, so it is always seen and never covers a tab.
    let brand = if read_only { READ_ONLY } else { BRAND };
    let mut spans = vec![Span::styled(brand, t.badge)];
    let mut x = brand.chars().count() as u16;
    for (i, (screen, start, end)) in tabs(area.width, read_only).into_iter().enumerate() {
        spans.push(Span::raw(" ".repeat(usize::from(start.saturating_sub(x)))));
        let style = if screen == app.screen {
            t.selected
        } else {
            t.dim
        };
        let padded = end - start > tab_label(i, screen, false).chars().count() as u16;
        spans.push(Span::styled(tab_label(i, screen, padded), style));
        x = end;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Overlay::Filter(input) = &app.overlay {
        let [label, field] =
            Layout::horizontal([Constraint::Length(9), Constraint::Min(1)]).areas(area);
        frame.render_widget(Paragraph::new(Span::styled(" filter: ", t.key)), label);
        frame.render_widget(input.as_ref(), field);
        return;
    }
    let status = match (&app.status, &app.save_error) {
        (Some((tone, text)), _) => Some((*tone, text.clone())),
        (None, Some(error)) => Some((Tone::Error, error.clone())),
        (None, None) => None,
    };
    if let Some((tone, text)) = status {
        let style = if tone == Tone::Error { t.bad } else { t.good };
        let mark = if tone == Tone::Error { "✗ " } else { "✓ " };
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::styled(
                format!(" {mark}{text}"),
                style,
            )])),
            area,
        );
        return;
    }
    // Keys that work everywhere sit on the right and are never cut; the screen's own keys fill
    // the rest from the left.
    let hints = |bindings: &[super::keymap::Binding]| -> Vec<Span<'static>> {
        bindings
            .iter()
            .filter(|b| app.screen != Screen::Review || app.review_key_applies(b.command))
            .filter_map(|b| b.hint)
            .flat_map(|(key, hint)| {
                [
                    Span::styled(format!(" {key}"), t.key),
                    Span::styled(format!(" {hint} "), t.dim),
                ]
            })
            .collect()
    };
    let global = Line::from(hints(GLOBAL));
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(global.width() as u16),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(global), right);
    let filter = app.filters.get(app.screen);
    let mut spans = Vec::new();
    if !filter.is_empty() {
        spans.push(Span::styled(format!(" filter \"{filter}\" "), t.warn));
    }
    spans.extend(hints(screen_table(app.screen)));
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
}
