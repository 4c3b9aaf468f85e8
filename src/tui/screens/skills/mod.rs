//! Skills: your ratings and your mentor's against the target, with the level rubric. `r` rates
//! the selected skill (the digits switch screens, as everywhere).

mod view;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::insight::SkillStatus;
use crate::progress::Rater;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::rating::{RatingField, chosen_level, rating_form};
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, bind, ch};
use crate::tui::layout;
use crate::tui::outcome::{Outcome, Target};

use super::list::{List, max_scroll, navigate, skill_rows};
use super::page::Page;

pub const SKILLS: &[Binding] = &[
    bind(
        &[ch('r')],
        "r",
        "rate yourself on the selected skill",
        C::Rate,
        Some(("r", "rate yourself")),
    ),
    bind(&[ch('J')], "J", "scroll levels down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll levels up", C::ScrollUp, None),
];

/// The notice that rating moved from the digits to `r`, shown on Skills to a person who rated
/// before it moved, until they rate with `r`.
pub const RATE_KEY_MOVED: &str = "skills-rate-key";

/// Whether this person should be told that rating moved to `r`: they have rated themselves
/// (so they may know the digits) and have not rated with `r` yet.
pub fn tell_rate_key_moved(cx: &Ctx) -> bool {
    !cx.mentor
        && !cx.progress.has_seen(RATE_KEY_MOVED)
        && cx
            .progress
            .assessments
            .iter()
            .any(|a| a.rater == Rater::Myself)
}

/// The skills' form: a self rating of one skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Rate(String),
}

#[derive(Debug, Default)]
pub struct Skills {
    /// Rows are indices into the insights' skills.
    list: List,
}

impl Skills {
    pub fn selected<'a>(&self, cx: &Ctx<'a>) -> Option<&'a SkillStatus> {
        cx.insights.skills.get(self.list.selected()?)
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let pane = view::panes(layout::body(cx.size))[1];
        max_scroll(
            view::rubric_lines(self, cx, pane.width.saturating_sub(2)),
            pane,
        )
    }
}

impl Page for Skills {
    type Msg = Msg;

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        match command {
            C::Rate if cx.mentor => Outcome::info("A mentor rates on the Review screen (7)"),
            C::Rate => self.selected(cx).map_or(Outcome::None, |skill| {
                let name = cx.skill_name(&skill.id);
                let form = rating_form(
                    cx.pack,
                    format!("Rate yourself on {name}"),
                    &skill.id,
                    None,
                    "what you did that shows this level",
                );
                Outcome::form(form.purpose(Msg::Rate(skill.id.clone())))
            }),
            _ => Outcome::None,
        }
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        let Msg::Rate(skill) = msg;
        let level = chosen_level(form)?;
        let comment = form.text(RatingField::Example);
        let today = cx.today;
        let name = cx.skill_name(&skill).to_string();
        let label = cx.pack.level_name(level.get());
        // The last skill rated ticks "rate yourself on every skill", in the same change.
        let ticks = crate::insight::ticked_by_rating(cx.pack, cx.progress, &skill);
        let mut said = format!("{name} rated {level} ({label}) today");
        if let Some(tick) = ticks.first() {
            said.push_str(&format!(
                "; every skill is rated, so \"{}\" is ticked",
                tick.text
            ));
        }
        Ok(Outcome::change(said, move |p| {
            p.rate(&skill, level, Rater::Myself, Some(&comment), today);
            for tick in &ticks {
                p.check(&tick.key, today);
            }
            p.seen(RATE_KEY_MOVED);
            Ok(())
        }))
    }

    fn refresh(&mut self, cx: &Ctx) {
        self.list.set_rows(skill_rows(cx, &self.list.filter));
    }

    fn show(&mut self, target: &Target, cx: &Ctx) -> Outcome<Msg> {
        if let Target::Skill(id) = target {
            self.list.filter.clear();
            self.refresh(cx);
            if let Some(i) = cx.insights.skills.iter().position(|s| &s.id == id) {
                self.list.select(i);
            }
        }
        Outcome::None
    }

    fn list(&self) -> Option<&List> {
        Some(&self.list)
    }

    fn list_mut(&mut self) -> Option<&mut List> {
        Some(&mut self.list)
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(self, cx, frame, area);
    }
}
