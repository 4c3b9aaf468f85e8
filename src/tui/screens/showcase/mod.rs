//! Showcase: the portfolio by competency (each skill's strongest evidence with its story, as
//! `pivot showcase` writes it), and on `v` interview practice: every question of the pack, each
//! skill's least practised first, with the stories that answer it best. Space marks a question
//! practised today, with a word on how it went; `pivot interview` reads the same record.
//!
//! The stories are matched once per change of the data, the first time the screen is drawn
//! after it (`matched`, emptied by `refresh`).

mod view;

use std::cell::OnceCell;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::report::{PracticeSkill, practice, shown};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::form::{Form, Refusal};
use crate::tui::keys::{Binding, bind, ch, plain};
use crate::tui::layout;
use crate::tui::outcome::Outcome;
use ratatui::crossterm::event::KeyCode as K;

use super::list::{List, matcher, max_scroll, navigate, skill_rows};
use super::page::Page;

pub const SHOWCASE: &[Binding] = &[
    bind(
        &[ch('v')],
        "v",
        "the portfolio or interview practice",
        C::View,
        Some(("v", "view")),
    ),
    bind(
        &[plain(K::Char(' ')), plain(K::Enter)],
        "Space",
        "mark the question practised today",
        C::Toggle,
        Some(("Space", "practised")),
    ),
    bind(
        &[ch('J')],
        "J",
        "scroll the answer down",
        C::ScrollDown,
        None,
    ),
    bind(&[ch('K')], "K", "scroll the answer up", C::ScrollUp, None),
];

crate::fields!(PracticeField { How });

/// The form: a practice of one question (the skill and the question as the pack asks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Practised { skill: String, question: String },
}

/// One row: a skill of the pack and one of its questions, by their places in the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub skill: usize,
    pub question: usize,
    /// How many times it was practised.
    pub times: usize,
}

/// What the screen shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Portfolio,
    Practice,
}

#[derive(Debug, Default)]
pub struct Showcase {
    view: View,
    /// The portfolio's rows: indices into the insights' skills.
    skills: List,
    /// What the portfolio shows of each of the insights' skills: evidence ids, strongest first.
    shown: Vec<Vec<u32>>,
    /// The practice's rows: indices into `order`.
    list: List,
    order: Vec<Row>,
    matched: OnceCell<Vec<PracticeSkill>>,
}

impl Showcase {
    /// The selected skill's practice and the selected question in it.
    pub fn selected<'a>(
        &'a self,
        cx: &Ctx,
    ) -> Option<(&'a PracticeSkill, &'a crate::report::PracticeQuestion)> {
        let row = self.order.get(self.list.selected()?)?;
        let skill = self.matched(cx).get(row.skill)?;
        let id = format!("{}/{}", skill.skill, row.question + 1);
        Some((skill, skill.questions.iter().find(|q| q.id == id)?))
    }

    /// Each skill's questions and the stories that answer them, matched now if the data
    /// changed since.
    fn matched(&self, cx: &Ctx) -> &[PracticeSkill] {
        self.matched
            .get_or_init(|| practice(cx.pack, cx.progress, cx.insights, None))
    }

    pub fn order(&self) -> &[Row] {
        &self.order
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// The skill selected in the portfolio.
    pub fn skill<'a>(&self, cx: &Ctx<'a>) -> Option<&'a crate::insight::SkillStatus> {
        cx.insights.skills.get(self.skills.selected()?)
    }

    /// The evidence the portfolio shows of the insights' skill `n`.
    pub fn shown(&self, n: usize) -> &[u32] {
        self.shown.get(n).map_or(&[], Vec::as_slice)
    }

    pub fn skills(&self) -> &List {
        &self.skills
    }

    pub fn questions(&self) -> &List {
        &self.list
    }

    fn max_scroll(&self, cx: &Ctx) -> u16 {
        let [_, right] = view::panes(layout::body(cx.size));
        let width = right.width.saturating_sub(2);
        let lines = match self.view {
            View::Portfolio => view::portfolio_lines(self, cx, width),
            View::Practice => view::answer_lines(self, cx, width),
        };
        max_scroll(lines, right)
    }

    fn active(&mut self) -> &mut List {
        match self.view {
            View::Portfolio => &mut self.skills,
            View::Practice => &mut self.list,
        }
    }
}

impl Page for Showcase {
    type Msg = Msg;

    fn applies(&self, command: C, cx: &Ctx) -> crate::tui::screens::Applies {
        use crate::tui::screens::Applies;
        match (command, self.view) {
            (C::Toggle, View::Portfolio) => Applies::No(format!(
                "Questions are marked practised in interview practice{}",
                cx.mention(crate::tui::screens::Screen::Showcase, C::View)
            )),
            (C::Toggle, View::Practice) if self.list.selected().is_none() => Applies::Quietly,
            _ => Applies::Yes,
        }
    }

    fn handle(&mut self, command: C, cx: &Ctx) -> Outcome<Msg> {
        if command == C::View {
            self.view = match self.view {
                View::Portfolio => View::Practice,
                View::Practice => View::Portfolio,
            };
            return Outcome::None;
        }
        if navigate(self, command, Showcase::active, |s| s.max_scroll(cx)) {
            return Outcome::None;
        }
        if command != C::Toggle || self.view != View::Practice {
            return Outcome::None;
        }
        let Some((skill, q)) = self.selected(cx) else {
            return Outcome::None;
        };
        let form = Form::new(format!("Practised: {}", q.question)).line(
            PracticeField::How,
            "How it went",
            "",
            "a few words: what to keep, what to change (optional)",
        );
        Outcome::form(form.purpose(Msg::Practised {
            skill: skill.skill.clone(),
            question: q.question.clone(),
        }))
    }

    fn submit(&mut self, msg: Msg, form: &Form, cx: &Ctx) -> Result<Outcome<Msg>, Refusal> {
        let Msg::Practised { skill, question } = msg;
        let how = form.text(PracticeField::How);
        let today = cx.today;
        let times = crate::progress::practised(&cx.progress.practice, &skill, &question).0 + 1;
        let said = if times == 1 {
            format!("Practised today, the first time: {question}")
        } else {
            format!("Practised today, {times} times now: {question}")
        };
        Ok(Outcome::change(said, move |p| {
            p.practise(&skill, &question, &how, today);
            Ok(())
        }))
    }

    fn refresh(&mut self, cx: &Ctx) {
        self.matched = OnceCell::new();
        // Each skill's questions, the least practised first, then the longest since.
        let practice = &cx.progress.practice;
        self.order = cx
            .pack
            .skills
            .iter()
            .enumerate()
            .flat_map(|(n, skill)| {
                let mut rows: Vec<(usize, Option<chrono::NaiveDate>, Row)> = skill
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(q, text)| {
                        let (times, last) = crate::progress::practised(practice, &skill.id, text);
                        (
                            times,
                            last.map(|p| p.date),
                            Row {
                                skill: n,
                                question: q,
                                times,
                            },
                        )
                    })
                    .collect();
                rows.sort_by_key(|(times, last, _)| (*times, *last));
                rows.into_iter().map(|(_, _, row)| row)
            })
            .collect();
        let keep = matcher(&self.list.filter);
        let rows = self
            .order
            .iter()
            .enumerate()
            .filter(|(_, row)| {
                let skill = &cx.pack.skills[row.skill];
                let question = skill.questions.get(row.question).map_or("", String::as_str);
                keep(&[question, &skill.name])
            })
            .map(|(n, _)| n)
            .collect();
        self.list.set_rows(rows);
        self.shown = cx
            .insights
            .skills
            .iter()
            .map(|s| shown(cx.progress, s).iter().map(|e| e.id).collect())
            .collect();
        self.skills.set_rows(skill_rows(cx, &self.skills.filter));
    }

    fn list(&self) -> Option<&List> {
        Some(match self.view {
            View::Portfolio => &self.skills,
            View::Practice => &self.list,
        })
    }

    fn list_mut(&mut self) -> Option<&mut List> {
        Some(self.active())
    }

    fn render(&self, cx: &Ctx, frame: &mut Frame, area: Rect) {
        view::render(self, cx, frame, area);
    }
}
