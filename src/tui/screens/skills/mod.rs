//! Skills: your ratings and your mentor's against the target, with the level rubric. Its keys
//! rate the selected skill.

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

use super::id::Screen;
use super::list::{List, matcher, max_scroll, navigate};
use super::page::Page;

pub const SKILLS: &[Binding] = &[
    bind(
        &[ch('1')],
        "1",
        "rate yourself 1 (Aware)",
        C::Rate(1),
        Some(("1–5", "rate yourself")),
    ),
    bind(
        &[ch('2')],
        "2",
        "rate yourself 2 (Assisted)",
        C::Rate(2),
        None,
    ),
    bind(
        &[ch('3')],
        "3",
        "rate yourself 3 (Independent)",
        C::Rate(3),
        None,
    ),
    bind(
        &[ch('4')],
        "4",
        "rate yourself 4 (Multiplier)",
        C::Rate(4),
        None,
    ),
    bind(
        &[ch('5')],
        "5",
        "rate yourself 5 (Shaper)",
        C::Rate(5),
        None,
    ),
    bind(&[ch('J')], "J", "scroll levels down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll levels up", C::ScrollUp, None),
];

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

    fn table(&self) -> &'static [Binding] {
        SKILLS
    }

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        match command {
            // A mentor on a packet cannot rate the person here: the digits switch screens, as
            // everywhere else.
            C::Rate(digit) if cx.mentor => {
                let at = usize::from(digit).saturating_sub(1);
                Screen::ALL
                    .get(at)
                    .map_or(Outcome::None, |&s| Outcome::GoTo(s))
            }
            C::Rate(level) => self.selected(cx).map_or(Outcome::None, |skill| {
                let name = cx.skill_name(&skill.id);
                let form = rating_form(
                    cx.pack,
                    format!("Rate yourself on {name}"),
                    &skill.id,
                    Some(level),
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
        Ok(Outcome::change(
            format!("{name} rated {level} ({label}) today"),
            move |p| {
                p.rate(&skill, level, Rater::Myself, Some(&comment), today);
                Ok(())
            },
        ))
    }

    fn refresh(&mut self, cx: &Ctx) {
        let keep = matcher(&self.list.filter);
        let rows = cx
            .insights
            .skills
            .iter()
            .enumerate()
            .filter(|(_, s)| keep(&[&s.name, &s.id]))
            .map(|(n, _)| n)
            .collect();
        self.list.set_rows(rows);
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
