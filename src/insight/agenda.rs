//! The agenda of a mentor review, built from the data: what deserves the session's time.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::{ActionItem, Progress, Review};

use super::changes::{Changes, changes};
use super::milestones::{MilestoneState, MilestoneView, plural};
use super::skills::SkillStatus;

/// Self and mentor ratings this far apart are worth talking about.
pub const DISAGREEMENT: u8 = 2;
/// Evidence older than this no longer backs a skill that is still below target.
pub const STALE_DAYS: i64 = 90;

/// Which part of the agenda an item belongs to, in the order a session walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Actions,
    Disagreements,
    MustHaves,
    Overdue,
    Stale,
    Changes,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Actions => "Open action items",
            Section::Disagreements => "Where you and your mentor disagree",
            Section::MustHaves => "Must-have skills below target",
            Section::Overdue => "Overdue milestones",
            Section::Stale => "Stale evidence",
            Section::Changes => "Since the last review",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub section: Section,
    pub text: String,
    /// The skill it is about, if any: the review screen offers to rate it.
    pub skill: Option<String>,
    /// The action item it is, as (review id, index): the review screen can tick it off.
    pub action: Option<(u32, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The finished review this one follows, if any.
    pub last_review: Option<NaiveDate>,
    pub items: Vec<AgendaItem>,
    pub changes: Changes,
}

impl Agenda {
    /// The agenda as a session keeps it: one line per item, led by its section.
    pub fn lines(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|i| agenda_line(i.section.title(), &i.text))
            .collect()
    }
}

/// An agenda item as a session keeps it: its section, then what it says.
pub fn agenda_line(section: &str, text: &str) -> String {
    format!("{section}: {text}")
}

/// The last finished review.
pub fn last_review(progress: &Progress) -> Option<&Review> {
    progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .max_by_key(|r| (r.date, r.id))
}

/// Build the agenda for a session held `today`.
pub fn agenda(
    pack: &Pack,
    progress: &Progress,
    skills: &[SkillStatus],
    milestones: &[MilestoneView],
    today: NaiveDate,
) -> Agenda {
    let last = last_review(progress).map(|r| r.date);
    let mut items = open_actions(progress, today);
    items.extend(disagreements(skills));
    items.extend(must_haves(skills));
    items.extend(overdue(milestones));
    items.extend(stale(skills, today));
    let changes = changes(pack, progress, last, today);
    if let Some(since) = last {
        items.push(AgendaItem {
            section: Section::Changes,
            text: format!("Since {since}: {}", changes.summary()),
            skill: None,
            action: None,
        });
    }
    Agenda {
        last_review: last,
        items,
        changes,
    }
}

/// Open actions from every finished review, overdue first, then by due date.
fn open_actions(progress: &Progress, today: NaiveDate) -> Vec<AgendaItem> {
    let mut actions: Vec<(&Review, usize, &ActionItem)> = progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .flat_map(|r| r.actions.iter().enumerate().map(move |(i, a)| (r, i, a)))
        .filter(|(_, _, a)| a.done.is_none())
        .collect();
    actions.sort_by_key(|(_, _, a)| (a.due.is_none_or(|d| d >= today), a.due.is_none(), a.due));
    actions
        .into_iter()
        .map(|(review, index, a)| {
            let from = review.date;
            let when = match a.due {
                Some(due) if due < today => {
                    format!(", {} overdue", plural((today - due).num_days(), "day"))
                }
                Some(due) => format!(", due {due}"),
                None => String::new(),
            };
            AgendaItem {
                section: Section::Actions,
                text: format!("{} ({}{when}; from {from})", a.text, a.owner),
                skill: None,
                action: Some((review.id, index)),
            }
        })
        .collect()
}

/// Skills where the person's and the mentor's latest ratings are far apart.
fn disagreements(skills: &[SkillStatus]) -> impl Iterator<Item = AgendaItem> + '_ {
    skills.iter().filter_map(|s| {
        let (own, m) = (s.self_rating.as_ref()?, s.mentor_rating.as_ref()?);
        (own.level.abs_diff(m.level) >= DISAGREEMENT).then(|| AgendaItem {
            section: Section::Disagreements,
            text: format!(
                "{}: you say {}, {} says {}",
                s.name, own.level, m.mentor, m.level
            ),
            skill: Some(s.id.clone()),
            action: None,
        })
    })
}

fn must_haves(skills: &[SkillStatus]) -> impl Iterator<Item = AgendaItem> + '_ {
    skills
        .iter()
        .filter(|s| s.must_have && s.below_target())
        .map(|s| {
            let text = match s.level() {
                Some(level) => format!(
                    "{}: at {level}{}, a new PM needs {}",
                    s.name,
                    s.whose(),
                    s.target
                ),
                None => format!("{}: not rated yet, a new PM needs {}", s.name, s.target),
            };
            AgendaItem {
                section: Section::MustHaves,
                text,
                skill: Some(s.id.clone()),
                action: None,
            }
        })
}

fn overdue(milestones: &[MilestoneView]) -> impl Iterator<Item = AgendaItem> + '_ {
    milestones.iter().filter_map(|m| match m.state {
        MilestoneState::Overdue(days) => Some(AgendaItem {
            section: Section::Overdue,
            text: format!(
                "{} (due {}, {} overdue)",
                m.title,
                m.due,
                plural(days, "day")
            ),
            skill: None,
            action: None,
        }),
        _ => None,
    })
}

/// Skills below target whose newest evidence is old.
fn stale(skills: &[SkillStatus], today: NaiveDate) -> impl Iterator<Item = AgendaItem> + '_ {
    skills
        .iter()
        .filter(|s| s.below_target())
        .filter_map(move |s| {
            let age = evidence_age(s, today).filter(|&age| age > STALE_DAYS)?;
            Some(AgendaItem {
                section: Section::Stale,
                text: format!(
                    "{}: below target and its newest evidence is {} old",
                    s.name,
                    plural(age, "day")
                ),
                skill: Some(s.id.clone()),
                action: None,
            })
        })
}

/// Days since the newest evidence for a skill: its latest ratings (self or mentor) and the
/// newest piece in the evidence library that backs it. `None` when there is none at all.
fn evidence_age(skill: &SkillStatus, today: NaiveDate) -> Option<i64> {
    [
        skill.self_rating.as_ref().map(|r| r.date),
        skill.mentor_rating.as_ref().map(|r| r.date),
        skill.coverage.newest,
    ]
    .into_iter()
    .flatten()
    .max()
    .map(|newest| (today - newest).num_days())
}
