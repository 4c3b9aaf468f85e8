//! A mentor's one-table view of several people's files.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::Pack;
use crate::insight::{Insights, last_review};
use crate::printable::one_line;
use crate::progress::Progress;

/// One person's line, or the reason their file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CohortRow {
    pub file: String,
    pub name: Option<String>,
    pub readiness: Option<u8>,
    /// The must-have skill furthest below target, as "Name level/target".
    pub weakest_must_have: Option<String>,
    /// The same, as data.
    pub weakest: Option<Weakest>,
    pub last_review: Option<NaiveDate>,
    /// Milestones and review action items past their due date and not done.
    pub overdue: usize,
    pub overdue_milestones: usize,
    pub overdue_actions: usize,
    pub error: Option<String>,
}

/// The must-have skill furthest below target: which, and where it stands (`level` is absent when
/// it is not rated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Weakest {
    pub skill: String,
    pub name: String,
    pub level: Option<u8>,
    pub target: u8,
}

impl CohortRow {
    pub fn unreadable(file: &str, error: String) -> CohortRow {
        CohortRow {
            file: file.to_string(),
            name: None,
            readiness: None,
            weakest_must_have: None,
            weakest: None,
            last_review: None,
            overdue: 0,
            overdue_milestones: 0,
            overdue_actions: 0,
            error: Some(error),
        }
    }
}

pub fn cohort_row(file: &str, pack: &Pack, progress: &Progress, today: NaiveDate) -> CohortRow {
    let insights = Insights::compute(pack, progress, today);
    let weakest_skill = insights
        .skills
        .iter()
        .filter(|s| s.must_have && s.below_target())
        .max_by_key(|s| (s.gap().unwrap_or(s.target), std::cmp::Reverse(s.id.clone())));
    let weakest = weakest_skill.map(|s| match s.level() {
        Some(l) => format!("{} {l}/{}", s.name, s.target),
        None => format!("{} –/{}", s.name, s.target),
    });
    let overdue_actions = progress
        .reviews
        .iter()
        .filter(|r| !r.draft)
        .flat_map(|r| &r.actions)
        .filter(|a| a.done.is_none() && a.due.is_some_and(|d| d < today))
        .count();
    CohortRow {
        file: file.to_string(),
        name: progress.profile.name.clone(),
        readiness: Some(insights.readiness.score),
        weakest_must_have: weakest,
        weakest: weakest_skill.map(|s| Weakest {
            skill: s.id.clone(),
            name: s.name.clone(),
            level: s.level(),
            target: s.target,
        }),
        last_review: last_review(progress).map(|r| r.date),
        overdue: insights.milestone_counts.overdue + overdue_actions,
        overdue_milestones: insights.milestone_counts.overdue,
        overdue_actions,
        error: None,
    }
}

/// The table as plain text, one line per person; unreadable files last, with their error.
pub fn cohort_text(rows: &[CohortRow]) -> String {
    // Names and files come from the files read: one line each, whatever they hold.
    let name = |r: &CohortRow| one_line(r.name.as_deref().unwrap_or(&r.file)).into_owned();
    let width = rows
        .iter()
        .filter(|r| r.error.is_none())
        .map(|r| unicode_width::UnicodeWidthStr::width(name(r).as_str()))
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = String::from(
        "Overdue counts the milestones and review action items past their due date, not done.\n",
    );
    let _ = writeln!(
        out,
        "{:<width$}  Ready  Weakest must-have              Last review  Overdue  File",
        "Name"
    );
    for r in rows.iter().filter(|r| r.error.is_none()) {
        let n = name(r);
        let pad = width - unicode_width::UnicodeWidthStr::width(n.as_str()).min(width);
        let _ = writeln!(
            out,
            "{n}{}  {:>5}  {:<30} {:<12} {:>7}  {}",
            " ".repeat(pad),
            r.readiness.map_or("-".into(), |s| s.to_string()),
            r.weakest_must_have
                .as_deref()
                .unwrap_or("none below target"),
            r.last_review.map_or("never".into(), |d| d.to_string()),
            r.overdue,
            one_line(&r.file)
        );
    }
    for r in rows.iter().filter(|r| r.error.is_some()) {
        let first = r
            .error
            .as_deref()
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("");
        let _ = writeln!(out, "unreadable: {}: {first}", one_line(&r.file));
    }
    out
}
