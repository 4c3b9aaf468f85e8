//! The screens, each in its own module with its state, its key table, what its commands do, its
//! forms and its view. `Screens` routes to the active one and wraps what its overlays answer to
//! into one [`Purpose`], so the app needs no knowledge of any screen's insides.

pub mod dashboard;
pub mod evidence;
pub mod id;
pub mod journal;
pub mod list;
pub mod milestones;
pub mod page;
pub mod path;
pub mod progress;
pub mod review;
pub mod roles;
pub mod showcase;
pub mod skills;

pub use id::Screen;
pub use list::Cursor;
pub use page::Applies;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::command::Command;
use super::context::Ctx;
use super::form::{Form, Refusal};
use super::keys::{GLOBAL, Keymap};
use super::outcome::{Outcome, Target};
use super::overlay::Picker;
use page::Page;

/// What a form or picker answers to: its screen, and that screen's own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Dashboard(dashboard::Msg),
    Path(path::Msg),
    Skills(skills::Msg),
    Milestones(milestones::Msg),
    Journal(journal::Msg),
    Review(review::Msg),
    Evidence(evidence::Msg),
    Showcase(showcase::Msg),
}

#[derive(Debug, Default)]
pub struct Screens {
    pub dashboard: dashboard::Dashboard,
    pub path: path::Path,
    pub skills: skills::Skills,
    pub milestones: milestones::Milestones,
    pub journal: journal::Journal,
    pub roles: roles::Roles,
    pub review: review::Review,
    pub evidence: evidence::EvidenceScreen,
    pub progress: progress::ProgressScreen,
    pub showcase: showcase::Showcase,
}

/// Run `$body` with `$page` bound to the screen `$id`, and `$wrap` to what turns its messages
/// into a [`Purpose`].
macro_rules! on_screen {
    ([$($r:tt)*] $screens:expr, $id:expr, |$page:ident, $wrap:ident| $body:expr) => {
        match $id {
            Screen::Dashboard => {
                let ($page, $wrap) = ($($r)* $screens.dashboard, &Purpose::Dashboard);
                $body
            }
            Screen::Path => {
                let ($page, $wrap) = ($($r)* $screens.path, &Purpose::Path);
                $body
            }
            Screen::Skills => {
                let ($page, $wrap) = ($($r)* $screens.skills, &Purpose::Skills);
                $body
            }
            Screen::Milestones => {
                let ($page, $wrap) = ($($r)* $screens.milestones, &Purpose::Milestones);
                $body
            }
            Screen::Journal => {
                let ($page, $wrap) = ($($r)* $screens.journal, &Purpose::Journal);
                $body
            }
            Screen::Roles => {
                let ($page, $wrap) = ($($r)* $screens.roles, &|m: roles::Msg| match m {});
                $body
            }
            Screen::Review => {
                let ($page, $wrap) = ($($r)* $screens.review, &Purpose::Review);
                $body
            }
            Screen::Evidence => {
                let ($page, $wrap) = ($($r)* $screens.evidence, &Purpose::Evidence);
                $body
            }
            Screen::Progress => {
                let ($page, $wrap) = ($($r)* $screens.progress, &|m: progress::Msg| match m {});
                $body
            }
            Screen::Showcase => {
                let ($page, $wrap) = ($($r)* $screens.showcase, &Purpose::Showcase);
                $body
            }
        }
    };
}

/// The same for a purpose: its screen's page and its own message.
macro_rules! on_purpose {
    ($screens:expr, $purpose:expr, |$page:ident, $msg:ident, $wrap:ident| $body:expr) => {
        match $purpose {
            Purpose::Dashboard($msg) => {
                let ($page, $wrap) = (&mut $screens.dashboard, &Purpose::Dashboard);
                $body
            }
            Purpose::Path($msg) => {
                let ($page, $wrap) = (&mut $screens.path, &Purpose::Path);
                $body
            }
            Purpose::Skills($msg) => {
                let ($page, $wrap) = (&mut $screens.skills, &Purpose::Skills);
                $body
            }
            Purpose::Milestones($msg) => {
                let ($page, $wrap) = (&mut $screens.milestones, &Purpose::Milestones);
                $body
            }
            Purpose::Journal($msg) => {
                let ($page, $wrap) = (&mut $screens.journal, &Purpose::Journal);
                $body
            }
            Purpose::Review($msg) => {
                let ($page, $wrap) = (&mut $screens.review, &Purpose::Review);
                $body
            }
            Purpose::Evidence($msg) => {
                let ($page, $wrap) = (&mut $screens.evidence, &Purpose::Evidence);
                $body
            }
            Purpose::Showcase($msg) => {
                let ($page, $wrap) = (&mut $screens.showcase, &Purpose::Showcase);
                $body
            }
        }
    };
}

/// The built-in keys: the global table and every screen's own (in `Screen::ALL`'s order).
pub const KEYS: Keymap = Keymap::new(
    GLOBAL,
    [
        dashboard::DASHBOARD,
        path::PATH,
        skills::SKILLS,
        milestones::MILESTONES,
        journal::JOURNAL,
        roles::ROLES,
        review::REVIEW,
        evidence::EVIDENCE,
        progress::PROGRESS,
        showcase::SHOWCASE,
    ],
);

impl Screens {
    pub fn applies(&self, id: Screen, command: Command, cx: &Ctx) -> Applies {
        on_screen!([&] self, id, |page, _wrap| page.applies(command, cx))
    }

    pub fn handle(&mut self, id: Screen, command: Command, cx: &Ctx) -> Outcome<Purpose> {
        on_screen!([&mut] self, id, |page, wrap| page.handle(command, cx).map(wrap))
    }

    pub fn show(&mut self, id: Screen, target: &Target, cx: &Ctx) -> Outcome<Purpose> {
        on_screen!([&mut] self, id, |page, wrap| page.show(target, cx).map(wrap))
    }

    pub fn submit(
        &mut self,
        purpose: Purpose,
        form: &Form,
        cx: &Ctx,
    ) -> Result<Outcome<Purpose>, Refusal> {
        on_purpose!(self, purpose, |page, msg, wrap| page
            .submit(msg, form, cx)
            .map(|o| o.map(wrap)))
    }

    pub fn cancelled(&mut self, purpose: &Purpose, cx: &Ctx) -> Option<Outcome<Purpose>> {
        on_purpose!(self, purpose, |page, msg, wrap| page
            .cancelled(msg, cx)
            .map(|o| o.map(wrap)))
    }

    pub fn picked(&mut self, purpose: Purpose, picker: &Picker, cx: &Ctx) -> Outcome<Purpose> {
        on_purpose!(self, purpose, |page, msg, wrap| page
            .picked(msg, picker, cx)
            .map(wrap))
    }

    pub fn after_change(&mut self, id: Screen, ok: bool, cx: &Ctx) {
        on_screen!([&mut] self, id, |page, _wrap| page.after_change(ok, cx));
    }

    /// The data changed: every screen rebuilds its rows.
    pub fn refresh(&mut self, cx: &Ctx) {
        for id in Screen::ALL {
            on_screen!([&mut] self, id, |page, _wrap| page.refresh(cx));
        }
    }

    pub fn filter(&self, id: Screen) -> Option<&str> {
        on_screen!([&] self, id, |page, _wrap| page.filter())
    }

    pub fn set_filter(&mut self, id: Screen, text: String, cx: &Ctx) {
        on_screen!([&mut] self, id, |page, _wrap| page.set_filter(text, cx));
    }

    pub fn rows(&self, id: Screen) -> &[usize] {
        on_screen!([&] self, id, |page, _wrap| page.rows())
    }

    pub fn cursor(&self, id: Screen) -> Option<Cursor> {
        on_screen!([&] self, id, |page, _wrap| page.cursor())
    }

    pub fn render(&self, id: Screen, cx: &Ctx, frame: &mut Frame, area: Rect) {
        on_screen!([&] self, id, |page, _wrap| page.render(cx, frame, area));
    }
}
