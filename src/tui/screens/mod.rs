//! Drawing: one module per screen, all reading `&App` and never changing it.

mod dashboard;
mod help;
mod journal;
mod milestones;
mod path;
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

/// Where each tab sits on the top row: (screen, first column, past-the-end column).
pub fn tabs() -> Vec<(Screen, u16, u16)> {
    let mut x = BRAND.chars().count() as u16 + 1;
    Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let width = format!(" {} {} ", i + 1, s.title()).chars().count() as u16;
            let tab = (*s, x, x + width);
            x += width;
            tab
        })
        .collect()
}

/// The screen whose tab is at `column` of the top row.
pub fn tab_at(column: u16) -> Option<Screen> {
    tabs()
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
    }
    footer(app, frame, bottom);
    match &app.overlay {
        Overlay::Help => help::render(app, frame, body),
        Overlay::Form(form) => render_form(frame, form, &app.theme),
        Overlay::Confirm(confirm) => {
            let t = &app.theme;
            let popup = centered(area, 60, 5);
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
    let mut spans = vec![Span::styled(BRAND, t.badge), Span::raw(" ")];
    for (i, s) in Screen::ALL.iter().enumerate() {
        let style = if *s == app.screen { t.selected } else { t.dim };
        spans.push(Span::styled(format!(" {} {} ", i + 1, s.title()), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    if app.read_only().is_some() {
        let badge = " READ-ONLY ";
        let width = badge.len() as u16;
        if area.width > width {
            let at = Rect::new(area.right() - width, area.y, width, 1);
            frame.render_widget(Paragraph::new(Span::styled(badge, t.badge)), at);
        }
    }
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
    let filter = app.filters.get(app.screen);
    let mut spans = Vec::new();
    if !filter.is_empty() {
        spans.push(Span::styled(
            format!(" filter \"{filter}\" (/ edits, Esc in it clears) "),
            t.warn,
        ));
    }
    for b in screen_table(app.screen)
        .iter()
        .chain(GLOBAL)
        .filter(|b| b.footer)
    {
        spans.push(Span::styled(format!(" {}", b.shown), t.key));
        spans.push(Span::styled(format!(" {} ", b.label), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
