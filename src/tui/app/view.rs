//! Drawing a frame: the tab bar, the screen, the footer and what lies over them, all from state
//! the update left (drawing changes nothing).

use ratatui::Frame;

use super::{App, ctx};
use crate::tui::chrome::{self, Footer, Tone};
use crate::tui::form::{render_form, render_form_in};
use crate::tui::layout;
use crate::tui::overlay::{Overlay, help, render_confirm, render_filter, render_picker};
use crate::tui::screens::Applies;
use crate::tui::widgets::centered;

impl App {
    /// Draw the frame; in plain mode, then turn every symbol on it into ASCII, so each screen,
    /// widget and border is covered in this one place.
    pub fn render(&self, frame: &mut Frame) {
        self.draw(frame);
        if self.ascii {
            for cell in &mut frame.buffer_mut().content {
                let mut chars = cell.symbol().chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && let Some(a) = crate::plain::ascii(c)
                {
                    cell.set_char(a);
                }
            }
        }
    }

    /// The frame as [`App::render`] draws it, but with every screen's body drawn afresh rather
    /// than copied from when it was last drawn (tests check the two agree).
    #[doc(hidden)]
    pub fn render_afresh(&self, frame: &mut Frame) {
        self.drawn.bypassed(|| self.render(frame));
    }

    /// How many frames took their screen's body from when it was last drawn (for tests).
    #[doc(hidden)]
    pub fn reused_bodies(&self) -> u64 {
        self.drawn.reused()
    }

    fn draw(&self, frame: &mut Frame) {
        let area = frame.area();
        let t = &self.theme;
        if layout::too_small(area.width, area.height) {
            return chrome::too_small(frame, area, self.keys.global(), t);
        }
        if let Overlay::Form(open) = &self.overlay
            && open.form.full_window
        {
            let inner = centered(area, 78, 16);
            return render_form_in(frame, &open.form, inner, t);
        }
        let [top, body, bottom] = layout::areas(area);
        let cx = ctx!(self);
        chrome::tab_bar(
            frame,
            top,
            (self.read_only().is_some(), self.screen),
            self.keys.global(),
            t,
        );
        let screen = self.screen;
        self.drawn.body(screen, frame, body, |frame| {
            self.screens.render(screen, &cx, frame, body);
        });
        match &self.overlay {
            Overlay::Filter(input) => render_filter(frame, bottom, input, t),
            _ => self.footer(frame, bottom),
        }
        match &self.overlay {
            Overlay::Help(scroll) => help::render_help(frame, body, self.help_keys(), *scroll, t),
            Overlay::Form(open) => render_form(frame, &open.form, t),
            Overlay::Confirm(confirm) => render_confirm(frame, area, &confirm.question, t),
            Overlay::Discard(open) => {
                // The form stays in view behind the question.
                render_form(frame, &open.form, t);
                render_confirm(frame, area, "Discard what you typed?", t);
            }
            Overlay::Picker(open) => render_picker(frame, body, &open.picker, t),
            Overlay::Filter(_) | Overlay::None => {}
        }
    }

    fn footer(&self, frame: &mut Frame, area: ratatui::layout::Rect) {
        let cx = ctx!(self);
        let status = match (&self.status, &self.save_error) {
            (Some((tone, text)), _) => Some((*tone, text.as_str())),
            (None, Some(error)) => Some((Tone::Error, error.as_str())),
            (None, None) => None,
        };
        let screen_keys = self
            .keys
            .screen(self.screen)
            .iter()
            .filter(|b| self.screens.applies(self.screen, b.command, &cx) == Applies::Yes)
            .collect();
        let footer = Footer {
            status,
            read_only: self.read_only().is_some(),
            filter: self.filter().filter(|f| !f.is_empty()),
            screen_keys,
            global_keys: self.keys.global(),
        };
        chrome::footer(frame, area, &footer, &self.theme);
    }
}
