//! The dashboard: where you stand and the one thing to do next. Its keys follow that action and
//! edit the profile; its forms are the welcome and the profile.

mod next;
mod readiness;
mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode as K;
use ratatui::layout::Rect;

use crate::content::Pack;
use crate::insight::NextAction;
use crate::progress::Profile;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, bind, ch, mention, plain};
use crate::tui::outcome::{Change, Outcome, Target};

use super::id::Screen;
use super::page::Page;

pub const DASHBOARD: &[Binding] = &[
    bind(
        &[plain(K::Enter)],
        "Enter",
        "do the next best action",
        C::Follow,
        Some(("Enter", "do it")),
    ),
    bind(
        &[ch('p')],
        "p",
        "edit your profile",
        C::Profile,
        Some(("p", "profile")),
    ),
];

crate::fields!(ProfileField {
    Name,
    Current,
    Target,
    Date
});

/// The dashboard's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Welcome,
    Profile,
}

#[derive(Debug, Default)]
pub struct Dashboard;

/// What the welcome says once it is answered or skipped: start where the dashboard points.
fn first_step(cx: &Ctx) -> String {
    format!(
        "Welcome! Start with the next best action below{}",
        mention(cx.table(Screen::Dashboard), C::Follow)
    )
}

/// The first run: who you are and by when, with the path laid out above.
pub fn welcome(pack: &Pack) -> Form {
    let steps: Vec<&str> = pack.steps.iter().map(|s| s.title.as_str()).collect();
    Form::new(format!("Welcome to pivot: {}", pack.title))
        .intro([
            format!(
                "Your move runs in {} steps: {}.",
                steps.len(),
                steps.join(" → ")
            ),
            "Rate your skills, tick what you do, set dated milestones and review with a mentor."
                .to_string(),
        ])
        .line(ProfileField::Name, "Your name", "", "optional")
        .suggested_line(ProfileField::Current, "Current role", &pack.from_role, "")
        .suggested_line(ProfileField::Target, "Target role", &pack.to_role, "")
        .date(ProfileField::Date, "Target date", None)
        .full_window()
}

/// The same four questions later, from the dashboard.
fn profile(cx: &Ctx) -> Form {
    let p = &cx.progress.profile;
    Form::new("Your profile")
        .intro([
            "Who you are and by when you aim to move; it heads the dashboard and reports."
                .to_string(),
        ])
        .line(
            ProfileField::Name,
            "Your name",
            p.name.as_deref().unwrap_or(""),
            "optional",
        )
        .line(
            ProfileField::Current,
            "Current role",
            p.current_role.as_deref().unwrap_or(&cx.pack.from_role),
            "",
        )
        .line(
            ProfileField::Target,
            "Target role",
            p.target_role.as_deref().unwrap_or(&cx.pack.to_role),
            "",
        )
        .date(ProfileField::Date, "Target date", p.target_date)
}

/// Where the next best action is done.
fn follow(next: &NextAction) -> Outcome<Msg> {
    match next {
        NextAction::RateSkill { skill, .. } | NextAction::GrowSkill { skill, .. } => {
            Outcome::Show(Screen::Skills, Target::Skill(skill.clone()))
        }
        NextAction::OverdueMilestone { id, .. } => {
            Outcome::Show(Screen::Milestones, Target::Milestone(*id))
        }
        NextAction::PlanMilestone => Outcome::Show(Screen::Milestones, Target::New),
        NextAction::TickItem { key, .. } => Outcome::Show(Screen::Path, Target::Item(key.clone())),
        NextAction::Ready => Outcome::GoTo(Screen::Journal),
    }
}

impl Page for Dashboard {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        match command {
            // A mentor on a packet has one place to work: the session.
            C::Follow if cx.mentor || cx.ratings_hidden() => Outcome::GoTo(Screen::Review),
            C::Follow => follow(&cx.insights.next),
            C::Profile => Outcome::form(profile(cx).purpose(Msg::Profile)),
            _ => Outcome::None,
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        // A new target date must lie ahead; one kept as it was may have passed.
        let kept = cx.progress.profile.target_date;
        let date = match form.date_value(ProfileField::Date)? {
            Some(d) if Some(d) != kept => Some(
                crate::clock::ahead(d, cx.today)
                    .map_err(|e| Refusal::new(ProfileField::Date, e))?,
            ),
            other => other,
        };
        let (name, current, target) = (
            form.optional(ProfileField::Name),
            form.optional(ProfileField::Current),
            form.optional(ProfileField::Target),
        );
        let today = cx.today;
        let done = match msg {
            Msg::Welcome => first_step(cx),
            Msg::Profile => "Profile saved".to_string(),
        };
        let change = Change::new(done, move |p| {
            let profile: &mut Profile = &mut p.profile;
            profile.name = name;
            profile.current_role = current;
            profile.target_role = target;
            profile.target_date = date;
            profile.start_date.get_or_insert(today);
            Ok(())
        });
        Ok(Outcome::Change(match msg {
            // The welcome is not something to undo.
            Msg::Welcome => change.forgotten(),
            Msg::Profile => change,
        }))
    }

    /// Esc on the welcome skips it: the start date is set, and the path is next.
    fn cancelled(&mut self, msg: &Msg, cx: &Ctx) -> Option<Outcome<Msg>> {
        let today = cx.today;
        (*msg == Msg::Welcome).then(|| {
            Outcome::Change(
                Change::new(first_step(cx), move |p| {
                    p.profile.start_date.get_or_insert(today);
                    Ok(())
                })
                .forgotten(),
            )
        })
    }

    fn refresh(&mut self, _cx: &Ctx) {}

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(cx, frame, area);
    }
}
