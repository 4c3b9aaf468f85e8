//! What changed between two dates: the "since last review" view.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::{Progress, Rater};

/// A rating that moved between the two dates.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct RatingMove {
    pub skill: String,
    pub name: String,
    pub rater: Rater,
    pub from: Option<u8>,
    pub to: u8,
}

impl RatingMove {
    pub fn arrow(&self) -> &'static str {
        match self.from {
            Some(from) if self.to > from => "↑",
            Some(from) if self.to < from => "↓",
            Some(_) => "→",
            None => "→",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Dated {
    pub date: NaiveDate,
    pub text: String,
}

/// Everything that happened after `since` up to and including `until`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub ticked: Vec<Dated>,
    pub ratings: Vec<RatingMove>,
    pub milestones_done: Vec<Dated>,
    /// Milestones whose due date passed in the period without being done by then.
    pub milestones_slipped: Vec<Dated>,
    /// Evidence added to the library in the period.
    pub evidence: Vec<Dated>,
    /// Journal entries (private ones marked); `(date, first line, private)`.
    pub journal: Vec<(NaiveDate, String, bool)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.ticked.is_empty()
            && self.ratings.is_empty()
            && self.milestones_done.is_empty()
            && self.milestones_slipped.is_empty()
            && self.evidence.is_empty()
            && self.journal.is_empty()
    }

    /// One line: "4 items ticked, 3 ratings moved, 1 milestone done, 2 journal entries".
    pub fn summary(&self) -> String {
        let parts: Vec<String> = [
            (self.ticked.len(), "item ticked", "items ticked"),
            (self.ratings.len(), "rating moved", "ratings moved"),
            (
                self.milestones_done.len(),
                "milestone done",
                "milestones done",
            ),
            (
                self.milestones_slipped.len(),
                "milestone slipped",
                "milestones slipped",
            ),
            (
                self.evidence.len(),
                "piece of evidence",
                "pieces of evidence",
            ),
            (self.journal.len(), "journal entry", "journal entries"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
        if parts.is_empty() {
            "nothing recorded".into()
        } else {
            parts.join(", ")
        }
    }
}

/// What changed after `since` (exclusive; `None` = from the start) up to `until` (inclusive).
pub fn changes(
    pack: &Pack,
    progress: &Progress,
    since: Option<NaiveDate>,
    until: NaiveDate,
) -> Changes {
    let in_range = |d: NaiveDate| since.is_none_or(|s| d > s) && d <= until;
    let mut out = Changes {
        since,
        until: Some(until),
        ..Changes::default()
    };
    for step in &pack.steps {
        for item in &step.items {
            let key = crate::content::item_key(&step.id, &item.id);
            let Some(state) = progress.item(&key) else {
                continue;
            };
            if let Some(done) = state.done.filter(|d| in_range(*d)) {
                out.ticked.push(Dated {
                    date: done,
                    text: item.text.clone(),
                });
            }
        }
    }
    out.ticked.sort_by_key(|d| d.date);
    out.evidence = progress
        .evidence
        .iter()
        .filter(|e| in_range(e.date))
        .map(|e| Dated {
            date: e.date,
            text: e.title.clone(),
        })
        .collect();
    out.evidence.sort_by_key(|d| d.date);

    let mut raters: Vec<&Rater> = progress.assessments.iter().map(|a| &a.rater).collect();
    raters.sort();
    raters.dedup();
    for skill in &pack.skills {
        for rater in &raters {
            let to = progress.level_on(&skill.id, rater, until);
            let from = since.and_then(|s| progress.level_on(&skill.id, rater, s));
            if let Some(to) = to
                && from != Some(to)
            {
                out.ratings.push(RatingMove {
                    skill: skill.id.clone(),
                    name: skill.name.clone(),
                    rater: (*rater).clone(),
                    from,
                    to,
                });
            }
        }
    }

    for m in &progress.milestones {
        if let Some(done) = m.done.filter(|d| in_range(*d)) {
            out.milestones_done.push(Dated {
                date: done,
                text: m.title.clone(),
            });
        }
        let late = m.done.is_none_or(|d| d > m.due);
        if in_range(m.due) && late && m.due < until {
            out.milestones_slipped.push(Dated {
                date: m.due,
                text: m.title.clone(),
            });
        }
    }

    out.journal = progress
        .journal
        .iter()
        .filter(|j| in_range(j.date))
        .map(|j| {
            let first = j.text.lines().next().unwrap_or("").to_string();
            (j.date, first, j.private)
        })
        .collect();
    out.journal.sort_by_key(|j| j.0);
    out
}
