//! Progress: the journey in pictures. Readiness over time with its three parts, the reviews and
//! finished milestones marked on it; all skills' self, mentor and target at a glance; and each
//! skill over time with every rating given and its example. `v` goes from one to the next, `p`
//! shows the parts.
//!
//! History is made once per change of the data, the first time the screen is drawn after it
//! (`drawn`, emptied by `refresh`), never per frame and never before the first frame.

mod chart;
mod glance;
mod skills_view;
mod view;

use std::cell::OnceCell;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::insight::{Journey, Past, SkillStatus, past_ratings};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{Binding, bind, ch};
use crate::tui::layout;
use crate::tui::outcome::Outcome;
use crate::tui::screens::Screen;
use crate::tui::widgets::window;

use super::list::{List, max_scroll, navigate, skill_rows};
use super::page::Page;

pub const PROGRESS: &[Binding] = &[
    bind(
        &[ch('v')],
        "v",
        "readiness, all skills, or one skill over time",
        C::View,
        Some(("v", "view")),
    ),
    bind(
        &[ch('p')],
        "p",
        "show readiness's three parts",
        C::Parts,
        Some(("p", "parts")),
    ),
    bind(&[ch('J')], "J", "scroll ratings down", C::ScrollDown, None),
    bind(&[ch('K')], "K", "scroll ratings up", C::ScrollUp, None),
];

/// Nothing to submit on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {}

/// What the screen shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Readiness,
    /// All skills' latest levels and targets side by side.
    Glance,
    /// One skill over time.
    Skills,
}

impl View {
    /// The view `v` goes to from this one.
    pub fn next(self) -> View {
        match self {
            View::Readiness => View::Glance,
            View::Glance => View::Skills,
            View::Skills => View::Readiness,
        }
    }
}

/// What the screen draws from, made from the data once per change.
#[derive(Debug)]
pub struct Drawn {
    pub journey: Journey,
    /// Every rating of each skill, in the insights' (the pack's) order.
    pub ratings: Vec<Vec<Past>>,
}

#[derive(Debug, Default)]
pub struct ProgressScreen {
    view: View,
    parts: bool,
    /// Rows are indices into the insights' skills.
    list: List,
    drawn: OnceCell<Drawn>,
}

impl ProgressScreen {
    pub fn view(&self) -> View {
        self.view
    }

    pub fn parts(&self) -> bool {
        self.parts
    }

    /// What is drawn, made now if the data changed since it was last made.
    pub fn drawn(&self, cx: &Ctx) -> &Drawn {
        self.drawn.get_or_init(|| Drawn {
            journey: Journey::compute(cx.pack, cx.progress, &cx.insights.readiness, cx.today),
            ratings: past_ratings(cx.pack, cx.progress),
        })
    }

    /// The skills that fit `rows` rows around the selection, each with whether it is the one
    /// selected, and which of the list's rows they are (for a scrollbar).
    fn shown_skills<'a>(
        &self,
        cx: &Ctx<'a>,
        rows: u16,
    ) -> (Vec<(bool, &'a SkillStatus)>, std::ops::Range<usize>) {
        let list = &self.list;
        let shown = window(list.rows.len(), list.cursor.index, usize::from(rows));
        let skills = shown
            .clone()
            .filter_map(|at| {
                let skill = cx.insights.skills.get(*list.rows.get(at)?)?;
                Some((at == list.cursor.index, skill))
            })
            .collect();
        (skills, shown)
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let [_, right] = skills_view::panes(layout::body(cx.size));
        let [_, below] = skills_view::skill_panes(right);
        max_scroll(
            skills_view::rating_lines(self, cx, below.width.saturating_sub(2)),
            below,
        )
    }
}

impl Page for ProgressScreen {
    type Msg = Msg;

    fn applies(&self, command: C, cx: &Ctx) -> crate::tui::screens::Applies {
        use crate::tui::screens::Applies;
        let charted = !cx.ratings_hidden();
        match command {
            C::View | C::Parts if !charted => {
                Applies::No("Hidden while the mentor rates blind".into())
            }
            C::Parts if self.view != View::Readiness => Applies::No(format!(
                "The parts are drawn on the readiness chart{}",
                cx.mention(Screen::Progress, C::View)
            )),
            C::ScrollDown | C::ScrollUp if self.view != View::Skills => Applies::No(format!(
                "They scroll the ratings of one skill over time{}",
                cx.mention(Screen::Progress, C::View)
            )),
            _ => Applies::Yes,
        }
    }

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        match command {
            C::View => {
                self.view = self.view.next();
                Outcome::None
            }
            C::Parts => {
                self.parts = !self.parts;
                Outcome::None
            }
            C::Left | C::Right if self.view == View::Glance => {
                self.list.move_by(if command == C::Left { -1 } else { 1 });
                Outcome::None
            }
            _ if self.view != View::Readiness => {
                navigate(self, command, |s| &mut s.list, |s| s.max_scroll(cx));
                Outcome::None
            }
            _ => Outcome::None,
        }
    }

    fn refresh(&mut self, cx: &Ctx) {
        self.drawn = OnceCell::new();
        self.list.set_rows(skill_rows(cx, &self.list.filter));
    }

    fn list(&self) -> Option<&List> {
        Some(&self.list)
    }

    /// The skills' filter: none on the readiness chart, which lists nothing.
    fn filter(&self) -> Option<&str> {
        (self.view != View::Readiness).then_some(self.list.filter.as_str())
    }

    fn list_mut(&mut self) -> Option<&mut List> {
        Some(&mut self.list)
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(self, cx, frame, area);
    }
}
