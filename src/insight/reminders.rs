//! What to be reminded of on a day, with no daemon: what is overdue, what falls due soon
//! (milestones, action items from reviews, the next mentor review), and a nudge when the
//! journal has gone quiet. `pivot remind` prints it for cron, a timer or a status bar.

use chrono::NaiveDate;
use serde::Serialize;

use crate::progress::Progress;

/// How many days ahead count as soon, unless asked otherwise.
pub const SOON_DAYS: u32 = 7;

/// How long the journal may stay quiet before a nudge.
pub const QUIET_JOURNAL_DAYS: i64 = 7;

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    Milestone,
    Action,
    Review,
}

/// One dated thing to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Reminder {
    pub kind: ReminderKind,
    /// What it is: a milestone's title, an action item's text (and its owner), "mentor review".
    pub what: String,
    pub due: NaiveDate,
    /// Days from today to the due date: below zero when overdue.
    pub days: i64,
}

/// Everything to be reminded of on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Reminders {
    pub today: NaiveDate,
    /// The window "soon" covers, in days.
    pub window: u32,
    /// Past due, most overdue first.
    pub overdue: Vec<Reminder>,
    /// Due from today to the end of the window, soonest first.
    pub soon: Vec<Reminder>,
    /// Days since the last journal entry (or since the start), when more than a week.
    pub journal_quiet_days: Option<i64>,
}

impl Reminders {
    /// Nothing overdue, nothing due soon, and the journal not quiet.
    pub fn is_clear(&self) -> bool {
        self.overdue.is_empty() && self.soon.is_empty() && self.journal_quiet_days.is_none()
    }
}

/// What is overdue or due within `window` days of `today`.
pub fn reminders(progress: &Progress, today: NaiveDate, window: u32) -> Reminders {
    let mut all: Vec<Reminder> = Vec::new();
    let mut push = |kind, what: String, due: NaiveDate| {
        all.push(Reminder {
            kind,
            what,
            due,
            days: (due - today).num_days(),
        });
    };
    for m in progress.milestones.iter().filter(|m| m.done.is_none()) {
        push(ReminderKind::Milestone, m.title.clone(), m.due);
    }
    // Action items of finished reviews: a session in progress has not agreed them yet.
    for r in progress.reviews.iter().filter(|r| !r.draft) {
        for a in r.actions.iter().filter(|a| a.done.is_none()) {
            if let Some(due) = a.due {
                push(
                    ReminderKind::Action,
                    format!("{} ({})", a.text, a.owner),
                    due,
                );
            }
        }
    }
    if let Some(due) = progress.profile.next_review {
        push(ReminderKind::Review, "mentor review".to_string(), due);
    }
    let horizon = i64::from(window);
    let (mut overdue, mut soon): (Vec<Reminder>, Vec<Reminder>) = all
        .into_iter()
        .filter(|r| r.days <= horizon)
        .partition(|r| r.days < 0);
    overdue.sort_by(|a, b| (a.days, &a.what).cmp(&(b.days, &b.what)));
    soon.sort_by(|a, b| (a.days, &a.what).cmp(&(b.days, &b.what)));
    let last = progress
        .journal
        .iter()
        .map(|j| j.date)
        .max()
        .or(progress.profile.start_date);
    let journal_quiet_days = last
        .map(|d| (today - d).num_days())
        .filter(|&days| days > QUIET_JOURNAL_DAYS);
    Reminders {
        today,
        window,
        overdue,
        soon,
        journal_quiet_days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_date;

    fn day(s: &str) -> NaiveDate {
        parse_date(s).expect("a date")
    }

    fn progress() -> Progress {
        let pack = crate::content::builtin();
        let mut p = Progress::new(&pack);
        p.profile.start_date = Some(day("2026-11-01"));
        p.add_milestone("Late", day("2026-11-10"), None).expect("a");
        p.add_milestone("Soon", day("2026-11-25"), None).expect("b");
        p.add_milestone("Later", day("2026-12-31"), None)
            .expect("c");
        let done = p.add_milestone("Done", day("2026-11-12"), None).expect("d");
        p.complete_milestone(done, day("2026-11-11")).expect("done");
        p
    }

    #[test]
    fn overdue_and_soon_are_split_at_today_and_the_window_ends_it() {
        let p = progress();
        let r = reminders(&p, day("2026-11-22"), 7);
        let what = |list: &[Reminder]| list.iter().map(|r| r.what.clone()).collect::<Vec<_>>();
        assert_eq!(what(&r.overdue), ["Late"]);
        assert_eq!(r.overdue[0].days, -12);
        assert_eq!(what(&r.soon), ["Soon"]);
        // Due today is soon, not overdue; a window of 0 is today only.
        let r = reminders(&p, day("2026-11-25"), 0);
        assert_eq!(what(&r.soon), ["Soon"]);
        assert_eq!(what(&r.overdue), ["Late"]);
    }

    #[test]
    fn the_journal_nudges_after_a_quiet_week_counted_from_the_start_when_empty() {
        let mut p = progress();
        assert_eq!(
            reminders(&p, day("2026-11-08"), 7).journal_quiet_days,
            None,
            "seven days is not yet quiet"
        );
        assert_eq!(
            reminders(&p, day("2026-11-09"), 7).journal_quiet_days,
            Some(8)
        );
        p.add_journal("Wrote the brief", false, day("2026-11-20"))
            .expect("entry");
        assert_eq!(reminders(&p, day("2026-11-22"), 7).journal_quiet_days, None);
        assert!(!reminders(&p, day("2026-11-22"), 7).is_clear());
    }

    #[test]
    fn the_next_review_and_open_actions_of_finished_reviews_are_reminded() {
        let mut p = progress();
        p.milestones.clear();
        p.profile.next_review = Some(day("2026-11-27"));
        let r = reminders(&p, day("2026-11-22"), 7);
        assert_eq!(r.soon.len(), 1);
        assert_eq!((r.soon[0].kind, r.soon[0].days), (ReminderKind::Review, 5));
    }
}
