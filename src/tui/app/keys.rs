//! How a key travels: the open overlay's table first, then the screen's, then the keys that work
//! everywhere; and where each command goes.

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind, MouseEvent, MouseEventKind};

use super::{App, ctx};
use crate::tui::command::{Action, Command as C};
use crate::tui::form::FORM;
use crate::tui::keys::lookup;
use crate::tui::layout::too_small;
use crate::tui::overlay::{CONFIRM, FILTER, HELP, Overlay, PICKER, filter_input, help};
use crate::tui::screens::Applies;

impl App {
    /// Turn a terminal event into an action for the app's current state.
    pub fn resolve(&self, event: Event) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.resolve_key(key),
            Event::Paste(text) => match self.overlay {
                Overlay::Form(_) | Overlay::Filter(_) => Some(Action::Paste(text)),
                _ => None,
            },
            Event::Mouse(mouse) if self.mouse => self.resolve_mouse(mouse),
            Event::Resize(width, height) => Some(Action::Resize { width, height }),
            _ => None,
        }
    }

    fn resolve_key(&self, key: KeyEvent) -> Option<Action> {
        // While the window is too small to show anything, keys could act unseen: only quitting
        // works.
        if too_small(self.size.0, self.size.1) {
            return (lookup(&[self.keys.global()], &key) == Some(C::Quit))
                .then_some(Action::Command(C::Quit));
        }
        let command = |tables: &[&'static [crate::tui::keys::Binding]]| {
            lookup(tables, &key).map(Action::Command)
        };
        match &self.overlay {
            // The arrows and pages scroll the help; any other key closes it.
            Overlay::Help(_) => Some(command(&[HELP]).unwrap_or(Action::Command(C::CloseHelp))),
            Overlay::Confirm(_) | Overlay::Discard(_) => command(&[CONFIRM]),
            Overlay::Form(open) => Some(match lookup(&[FORM], &key) {
                Some(C::FormEnter) if open.form.enter_moves_on() => Action::Command(C::NextField),
                Some(C::FormEnter) if !open.form.focused_is_multiline() => {
                    Action::Command(C::Submit)
                }
                Some(C::FormEnter | C::Pick | C::Choose) | None => Action::Input(key),
                Some(other) => Action::Command(other),
            }),
            Overlay::Picker(_) => command(&[PICKER]),
            Overlay::Filter(_) => Some(command(&[FILTER]).unwrap_or(Action::Input(key))),
            Overlay::None => command(&[self.keys.screen(self.screen), self.keys.global()]),
        }
    }

    fn resolve_mouse(&self, mouse: MouseEvent) -> Option<Action> {
        if !matches!(self.overlay, Overlay::None) {
            return None;
        }
        match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::Command(C::Up)),
            MouseEventKind::ScrollDown => Some(Action::Command(C::Down)),
            MouseEventKind::Down(_) => Some(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            _ => None,
        }
    }

    pub(super) fn command(&mut self, command: C) {
        match command {
            C::Submit => return self.submit(),
            C::Cancel => return self.cancel(),
            C::NextField | C::PrevField => {
                if let Overlay::Form(open) = &mut self.overlay {
                    if command == C::NextField {
                        open.form.next_field();
                    } else {
                        open.form.prev_field();
                    }
                }
                return;
            }
            C::Yes | C::No => return self.answer(command == C::Yes),
            C::Editor => {
                if let Overlay::Form(open) = &self.overlay {
                    self.editor_request = open.form.focused_text();
                }
                return;
            }
            C::CloseHelp => {
                self.overlay = Overlay::None;
                return;
            }
            _ => {}
        }
        // The help takes the moving keys: it scrolls.
        if let Overlay::Help(scroll) = self.overlay {
            let page = i32::from(self.size.1.saturating_sub(4));
            let step = match command {
                C::Up => -1,
                C::Down => 1,
                C::PageUp => -page,
                C::PageDown => page,
                C::Top => i32::MIN / 2,
                C::Bottom => i32::MAX / 2,
                _ => return,
            };
            let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
            let body = crate::tui::layout::areas(area)[1];
            let max = help::max_scroll(body, self.help_keys(), &self.theme);
            let to = (i32::from(scroll) + step).clamp(0, i32::from(max));
            self.overlay = Overlay::Help(u16::try_from(to).unwrap_or(0));
            return;
        }
        // An open picker takes the moving keys.
        if let Overlay::Picker(open) = &mut self.overlay {
            let step = match command {
                C::Up => -1,
                C::Down => 1,
                C::PageUp => -10,
                C::PageDown => 10,
                C::Pick => return open.picker.toggle(),
                _ => return,
            };
            return open.picker.move_by(step);
        }
        if !self.global(command) {
            self.screen_command(command);
        }
    }

    /// The keys that work everywhere; `false` when the command is the screen's.
    fn global(&mut self, command: C) -> bool {
        match command {
            C::NextScreen => self.screen = self.screen.next(),
            C::PrevScreen => self.screen = self.screen.prev(),
            C::GoTo(screen) => self.screen = screen,
            C::Help => self.overlay = Overlay::Help(0),
            C::Undo => self.undo(),
            C::Redo => self.redo(),
            C::Quit => self.request_quit(),
            C::Reload => self.reload(),
            C::Filter => self.open_filter(),
            C::ClearFilter => {
                if self.filter().is_some_and(|f| !f.is_empty()) {
                    self.set_filter(String::new());
                    self.info("Filter cleared");
                }
            }
            _ => return false,
        }
        true
    }

    fn screen_command(&mut self, command: C) {
        let cx = ctx!(self);
        if let Applies::No(reason) = self.screens.applies(self.screen, command, &cx) {
            return self.note(reason);
        }
        let outcome = self.screens.handle(self.screen, command, &cx);
        self.carry_out(outcome);
    }

    fn open_filter(&mut self) {
        match self.filter() {
            Some(text) => self.overlay = Overlay::Filter(Box::new(filter_input(text))),
            None => self.note("This screen has no list to filter"),
        }
    }

    fn set_filter(&mut self, text: String) {
        let cx = ctx!(self);
        self.screens.set_filter(self.screen, text, &cx);
    }

    pub(super) fn input(&mut self, key: KeyEvent) {
        match &mut self.overlay {
            Overlay::Form(open) => open.form.input(key),
            Overlay::Filter(input) => {
                input.input(key);
                let text = input.lines().join(" ");
                self.set_filter(text);
            }
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        match &mut self.overlay {
            Overlay::Form(open) => open.form.paste(text),
            Overlay::Filter(input) => {
                input.insert_str(text.replace(['\r', '\n'], " "));
                let text = input.lines().join(" ");
                self.set_filter(text);
            }
            _ => {}
        }
    }
}
