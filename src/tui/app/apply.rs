//! Carrying out what a screen asked for: the only code that changes the data (with its undo
//! step, the insights, the screens' rows and the save), opens overlays, or moves between
//! screens.

use crate::insight::Insights;
use crate::store::{Saved, Store, to_json};

use super::{App, Keeper, ctx};
use crate::tui::chrome::Tone;
use crate::tui::command::Command as C;
use crate::tui::keys::shown;
use crate::tui::outcome::{Change, Outcome};
use crate::tui::overlay::Overlay;
use crate::tui::screens::Purpose;

impl App {
    /// Do what `outcome` says. `false` when a change in it was refused.
    pub(super) fn carry_out(&mut self, outcome: Outcome<Purpose>) -> bool {
        match outcome {
            Outcome::None => {}
            Outcome::Change(change) => {
                let ok = self.change(change);
                let cx = ctx!(self);
                self.screens.after_change(self.screen, ok, &cx);
                return ok;
            }
            Outcome::Form(form) => {
                if self.refuse_when_read_only() {
                    return false;
                }
                self.overlay = Overlay::Form(form);
            }
            Outcome::Confirm(confirm) => {
                if self.refuse_when_read_only() {
                    return false;
                }
                self.overlay = Overlay::Confirm(confirm);
            }
            Outcome::Picker(picker) => {
                if self.refuse_when_read_only() {
                    return false;
                }
                self.overlay = Overlay::Picker(picker);
            }
            Outcome::Filter => self.command(C::Filter),
            Outcome::GoTo(screen) => self.screen = screen,
            Outcome::Show(screen, target) => {
                self.screen = screen;
                let cx = ctx!(self);
                let next = self.screens.show(screen, &target, &cx);
                return self.carry_out(next);
            }
            Outcome::OpenLink(link) => match (self.opener)(&link) {
                Ok(()) => self.info(format!("Opened {link}")),
                Err(e) => self.error(format!("Cannot open {link}: {e}")),
            },
            // A mentor on a packet rates blind: their pivot never shows the person's rating first.
            Outcome::Blind(_) if self.keeper.is_mentor() => {
                self.error(
                    "Blind rating stays on for a mentor: the person's rating shows once you rate"
                        .into(),
                );
                return false;
            }
            Outcome::Blind(blind) => {
                self.blind = blind;
                self.derive();
                let cx = ctx!(self);
                self.screens.refresh(&cx);
                self.info(if blind {
                    "Blind rating on: your own rating shows once the mentor has rated"
                } else {
                    "Blind rating off: both ratings show"
                });
            }
            Outcome::Info(text) => self.note(text),
            Outcome::Error(text) => self.error(text),
            Outcome::Quit => self.quit = true,
            Outcome::All(all) => {
                let mut ok = true;
                for outcome in all {
                    ok &= self.carry_out(outcome);
                }
                return ok;
            }
        }
        true
    }

    /// Read-only: forms, questions and pickers would only lead to a change that is refused.
    fn refuse_when_read_only(&mut self) -> bool {
        match self.read_only() {
            Some(reason) => {
                let message = format!("Read-only ({reason}): nothing can be changed");
                self.error(message);
                true
            }
            None => false,
        }
    }

    /// Apply a change to the data: refused when read-only; on success it can be undone, the
    /// insights are recomputed and the file is saved at once.
    fn change(&mut self, change: Change) -> bool {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing was changed");
            self.error(message);
            return false;
        }
        let before = self.saved_text();
        // Operations check their input first and change nothing when they fail.
        if let Err(e) = (change.apply)(&mut self.progress) {
            self.text = Some(before);
            self.error(e.to_string());
            return false;
        }
        self.data_changed();
        if change.forget {
            self.history.clear();
        } else {
            self.history.record(before, change.done.clone());
        }
        let message = match shown(self.keys.global(), C::Undo) {
            Some(key) if change.undo_hint => format!("{} ({key} undoes)", change.done),
            _ => change.done,
        };
        // A notice from the save (an upgrade of an older file) is worth more than "done".
        if self.save_error.is_none() && self.status.is_none() {
            self.info(message);
        }
        true
    }

    /// The data as text before a change (made now if no change has needed it yet); put back
    /// with `self.text = Some(..)` when the change does not happen.
    pub(super) fn saved_text(&mut self) -> String {
        self.text.take().unwrap_or_else(|| to_json(&self.progress))
    }

    /// The insights from the data, and, in a session with blind rating on, the view without
    /// the person's own ratings the mentor has not rated yet.
    pub(super) fn derive(&mut self) {
        self.insights = Insights::compute(&self.pack, &self.progress, self.today);
        self.blind_view = if self.blind {
            crate::report::blind(&self.progress)
                .map(|p| Insights::compute(&self.pack, &p, self.today))
        } else {
            None
        };
    }

    /// Recompute what derives from the data and save it.
    pub(super) fn data_changed(&mut self) {
        self.progress.pack.id.clone_from(&self.pack.id);
        self.progress.pack.version.clone_from(&self.pack.version);
        self.derive();
        let cx = ctx!(self);
        self.screens.refresh(&cx);
        let text = self.text.insert(to_json(&self.progress));
        let saved = self.keeper.save(text, &self.progress, self.today);
        self.saved(saved);
    }

    fn saved(&mut self, result: Result<(Saved, Option<String>), String>) {
        match result {
            Ok((saved, notice)) => {
                self.save_error = None;
                if let Saved::Merged {
                    progress,
                    conflicts,
                } = saved
                {
                    self.adopt_merge(*progress, conflicts);
                }
                if let Some(notice) = notice {
                    self.status = Some((Tone::Info, notice));
                }
            }
            Err(e) => {
                let message = format!("Not saved, your changes are kept on screen: {e}");
                self.status = Some((Tone::Error, message.clone()));
                self.save_error = Some(message);
            }
        }
    }

    /// The file had been changed elsewhere: what was saved is this change merged onto it, and
    /// that is what the screens show now. Undo starts afresh (an earlier state would drop what
    /// came from elsewhere).
    fn adopt_merge(&mut self, progress: crate::progress::Progress, conflicts: usize) {
        self.progress = progress;
        self.text = Some(to_json(&self.progress));
        self.derive();
        let cx = ctx!(self);
        self.screens.refresh(&cx);
        self.history.clear();
        let both = match conflicts {
            0 => String::new(),
            1 => "; 1 value was changed on both sides: yours is kept, the other is listed by `pivot status`".into(),
            n => format!("; {n} values were changed on both sides: yours are kept, the others are listed by `pivot status`"),
        };
        self.status = Some((
            if conflicts == 0 {
                Tone::Info
            } else {
                Tone::Error
            },
            format!("Merged with changes saved elsewhere since pivot read the file{both}"),
        ));
    }

    /// Read-only: read the file again, to see what the one who writes it has saved since.
    pub(super) fn reload(&mut self) {
        if self.read_only().is_none() {
            let key = shown(self.keys.global(), C::Reload).unwrap_or_default();
            return self.note(format!(
                "Your changes are saved as you go; {key} is for read-only files"
            ));
        }
        let Some(path) = self.keeper.store().map(|s| s.path().to_path_buf()) else {
            return self.note("A review packet does not change: there is nothing to read again");
        };
        match Store::open(&path, true, &self.pack) {
            Ok(opened) => {
                self.progress = if self.hide_private {
                    crate::report::masked(&opened.progress)
                } else {
                    opened.progress
                };
                self.derive();
                self.text = None;
                let cx = ctx!(self);
                self.screens.refresh(&cx);
                self.info("Read the file again");
            }
            Err(e) => self.error(format!("Cannot read it again: {e}")),
        }
    }

    /// After the first frame: read what it did without (a large file's journal). Says whether
    /// anything was read, so the frame is drawn again. A journal that does not read leaves the
    /// file read-only and says why.
    pub fn read_rest(&mut self) -> bool {
        let Keeper::File(store) = &mut self.keeper else {
            return false;
        };
        if !store.journal_pending() {
            return false;
        }
        self.drawn.forget();
        match store.read_journal(&mut self.progress) {
            Ok(()) => {
                if self.hide_private {
                    self.progress = crate::report::masked(&self.progress);
                }
                self.derive();
                let cx = ctx!(self);
                self.screens.refresh(&cx);
            }
            Err(e) => self.status = Some((Tone::Error, e.to_string())),
        }
        true
    }

    pub(super) fn request_quit(&mut self) {
        if self.save_error.is_some() {
            self.overlay = Overlay::Confirm(crate::tui::overlay::Confirm {
                question: "Your last change could not be saved. Quit and lose it?".into(),
                on_yes: Box::new(Outcome::Quit),
                on_no: Box::new(Outcome::None),
            });
        } else {
            self.quit = true;
        }
    }

    /// Enter or C-s on a form or picker; Enter on a filter keeps it.
    pub(super) fn submit(&mut self) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Form(mut open) => {
                let cx = ctx!(self);
                match self.screens.submit(open.purpose.clone(), &open.form, &cx) {
                    // Refused: the form stays open with its text and the reason.
                    Err(refusal) => {
                        open.form.refuse(refusal);
                        self.overlay = Overlay::Form(open);
                    }
                    Ok(outcome) => {
                        if !self.carry_out(outcome) {
                            self.overlay = Overlay::Form(open);
                        }
                    }
                }
            }
            Overlay::Picker(open) => {
                let cx = ctx!(self);
                let outcome = self.screens.picked(open.purpose, &open.picker, &cx);
                self.carry_out(outcome);
            }
            Overlay::Filter(_) => {}
            other => self.overlay = other,
        }
    }

    /// Esc on a form, picker or filter.
    pub(super) fn cancel(&mut self) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Form(open) => {
                let cx = ctx!(self);
                if let Some(outcome) = self.screens.cancelled(&open.purpose, &cx) {
                    self.carry_out(outcome);
                } else if open.form.edited {
                    // Typed text is not thrown away on one key.
                    self.overlay = Overlay::Discard(open);
                }
            }
            Overlay::Filter(_) => {
                let cx = ctx!(self);
                self.screens.set_filter(self.screen, String::new(), &cx);
            }
            _ => {}
        }
    }

    /// y or n to a question.
    pub(super) fn answer(&mut self, yes: bool) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Confirm(confirm) if yes => {
                self.carry_out(*confirm.on_yes);
            }
            Overlay::Confirm(confirm) => {
                self.carry_out(*confirm.on_no);
            }
            Overlay::Discard(_) if yes => self.info("Discarded"),
            Overlay::Discard(form) => self.overlay = Overlay::Form(form),
            _ => {}
        }
    }

    /// A tip, or why a key did nothing (never over an error still on show).
    pub(super) fn note(&mut self, text: impl Into<String>) {
        if self
            .status
            .as_ref()
            .is_none_or(|(tone, _)| *tone != Tone::Error)
        {
            self.status = Some((Tone::Note, text.into()));
        }
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        if self
            .status
            .as_ref()
            .is_none_or(|(tone, _)| *tone != Tone::Error)
        {
            self.status = Some((Tone::Info, text.into()));
        }
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Some((Tone::Error, text));
    }
}
