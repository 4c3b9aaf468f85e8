//! What a screen (or an overlay's owner) asks for after a key: screens never change the app,
//! they return an `Outcome` and `App` carries it out.

use crate::progress::{OpError, Progress};

use super::form::OpenForm;
use super::overlay::picker::OpenPicker;
use super::screens::id::Screen;

type Apply = Box<dyn FnOnce(&mut Progress) -> Result<(), OpError>>;

/// A change to the data. Only `App` applies it: refused when read-only; on success it can be
/// undone, the insights and lists are recomputed and the file is saved at once.
pub struct Change {
    /// What the status line says when it is done (and what undo says it took back).
    pub done: String,
    /// Say in the message that undo takes it back (for deletions).
    pub undo_hint: bool,
    /// Some changes are not worth undoing (skipping the welcome): history starts after them.
    pub forget: bool,
    pub apply: Apply,
}

impl Change {
    pub fn new(
        done: impl Into<String>,
        apply: impl FnOnce(&mut Progress) -> Result<(), OpError> + 'static,
    ) -> Change {
        Change {
            done: done.into(),
            undo_hint: false,
            forget: false,
            apply: Box::new(apply),
        }
    }

    /// The message names the undo key.
    pub fn undoable(mut self) -> Change {
        self.undo_hint = true;
        self
    }

    /// Undo history starts after this change.
    pub fn forgotten(mut self) -> Change {
        self.forget = true;
        self
    }
}

impl std::fmt::Debug for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Change").field("done", &self.done).finish()
    }
}

/// A question, and what happens on yes and on no (mostly nothing).
#[derive(Debug)]
pub struct Confirm<M> {
    pub question: String,
    pub on_yes: Box<Outcome<M>>,
    pub on_no: Box<Outcome<M>>,
}

/// Something a screen can be asked to bring into view (the dashboard's next action points at
/// one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Skill(String),
    Milestone(u32),
    /// `STEP/ITEM`.
    Item(String),
    /// Open the form for a new one.
    New,
}

/// What should happen. `M` is what the overlays it opens answer to: each screen has its own
/// (which of its forms, pickers), and the screens' router wraps them into one.
#[derive(Debug)]
pub enum Outcome<M> {
    None,
    Change(Change),
    Form(Box<OpenForm<M>>),
    Confirm(Confirm<M>),
    Picker(Box<OpenPicker<M>>),
    /// Open the filter of the current screen.
    Filter,
    GoTo(Screen),
    /// Go to a screen and bring something into view there.
    Show(Screen, Target),
    /// Open a link in the browser.
    OpenLink(String),
    /// Blind rating on or off.
    Blind(bool),
    Info(String),
    Error(String),
    Quit,
    /// Several things, in order.
    All(Vec<Outcome<M>>),
}

impl<M> Outcome<M> {
    pub fn info(text: impl Into<String>) -> Outcome<M> {
        Outcome::Info(text.into())
    }

    pub fn change(
        done: impl Into<String>,
        apply: impl FnOnce(&mut Progress) -> Result<(), OpError> + 'static,
    ) -> Outcome<M> {
        Outcome::Change(Change::new(done, apply))
    }

    pub fn form(form: OpenForm<M>) -> Outcome<M> {
        Outcome::Form(Box::new(form))
    }

    /// A yes/no question; `on_yes` happens on yes, nothing on no.
    pub fn confirm(question: impl Into<String>, on_yes: Outcome<M>) -> Outcome<M> {
        Outcome::ask(question, on_yes, Outcome::None)
    }

    /// A question with something to do either way (finish a milestone, and tick its item
    /// too or not).
    pub fn ask(question: impl Into<String>, on_yes: Outcome<M>, on_no: Outcome<M>) -> Outcome<M> {
        Outcome::Confirm(Confirm {
            question: question.into(),
            on_yes: Box::new(on_yes),
            on_no: Box::new(on_no),
        })
    }

    /// The same outcome, its overlays answering to `N`.
    pub fn map<N>(self, f: &impl Fn(M) -> N) -> Outcome<N> {
        match self {
            Outcome::None => Outcome::None,
            Outcome::Change(c) => Outcome::Change(c),
            Outcome::Form(o) => Outcome::Form(Box::new(OpenForm {
                form: o.form,
                purpose: f(o.purpose),
            })),
            Outcome::Confirm(c) => Outcome::Confirm(Confirm {
                question: c.question,
                on_yes: Box::new(c.on_yes.map(f)),
                on_no: Box::new(c.on_no.map(f)),
            }),
            Outcome::Picker(p) => Outcome::Picker(Box::new(OpenPicker {
                picker: p.picker,
                purpose: f(p.purpose),
            })),
            Outcome::Filter => Outcome::Filter,
            Outcome::GoTo(s) => Outcome::GoTo(s),
            Outcome::Show(s, t) => Outcome::Show(s, t),
            Outcome::OpenLink(l) => Outcome::OpenLink(l),
            Outcome::Blind(b) => Outcome::Blind(b),
            Outcome::Info(t) => Outcome::Info(t),
            Outcome::Error(t) => Outcome::Error(t),
            Outcome::Quit => Outcome::Quit,
            Outcome::All(all) => Outcome::All(all.into_iter().map(|o| o.map(f)).collect()),
        }
    }
}
