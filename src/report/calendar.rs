//! The dated parts of a move as an iCalendar file (RFC 5545), for the calendar a person lives
//! by: milestones, dated action items of finished reviews, and the next mentor review. Each
//! event's UID is stable (the entry's own uid where it has one, else its id), so importing the
//! file again updates the events rather than adding them twice. Written with the `icalendar`
//! crate, which folds long lines and escapes text as the RFC asks.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

use crate::content::Pack;
use crate::progress::Progress;

/// The UID of one entry: `kind-key@pivot`.
fn uid(kind: &str, key: &str) -> String {
    format!("pivot-{kind}-{key}@pivot")
}

/// An event on `day`, all day: a DTSTART that is a date and no DTEND is one day long
/// (RFC 5545, 3.6.1).
fn on_day(day: NaiveDate, summary: &str, stamp: chrono::DateTime<chrono::Utc>) -> Event {
    let mut e = Event::new();
    e.starts(day).summary(summary).timestamp(stamp);
    e
}

/// The calendar as of `today` (its date stamps every event, so the same data gives the same
/// file).
pub fn calendar(pack: &Pack, progress: &Progress, today: NaiveDate) -> String {
    let stamp = today.and_time(chrono::NaiveTime::MIN).and_utc();
    let who = progress.profile.name.as_deref().unwrap_or("me");
    let whose = progress
        .profile
        .name
        .as_deref()
        .map_or("My".to_string(), |n| format!("{n}'s"));
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new(
            "PRODID",
            "-//pivot//Product Owner to Product Manager coach//EN",
        ))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.name(&format!("{whose} move to {} (pivot)", pack.to_role));
    for m in &progress.milestones {
        let key = m.uid.clone().unwrap_or_else(|| m.id.to_string());
        let summary = match m.done {
            Some(_) => format!("Milestone done: {}", m.title),
            None => format!("Milestone: {}", m.title),
        };
        let mut e = on_day(m.due, &summary, stamp);
        e.uid(&uid("milestone", &key));
        let mut about = Vec::new();
        if let Some(step) = m.step.as_deref().and_then(|s| pack.step(s)) {
            about.push(format!("Step: {}", step.title));
        }
        if let Some(item) = &m.item {
            about.push(format!("Serves: {item}"));
        }
        if let Some(done) = m.done {
            about.push(format!("Done {done}"));
            e.status(EventStatus::Confirmed);
        }
        if !about.is_empty() {
            e.description(&about.join("\n"));
        }
        cal.push(e.done());
    }
    for r in progress.reviews.iter().filter(|r| !r.draft) {
        let review = r.uid.clone().unwrap_or_else(|| format!("review-{}", r.id));
        for (i, a) in r.actions.iter().enumerate() {
            let Some(due) = a.due else { continue };
            let key = a
                .uid
                .clone()
                .unwrap_or_else(|| format!("{review}-{}", i + 1));
            let summary = match a.done {
                Some(_) => format!("Action done: {}", a.text),
                None => format!("Action: {}", a.text),
            };
            let mut e = on_day(due, &summary, stamp);
            e.uid(&uid("action", &key)).description(&format!(
                "Owner: {}\nFrom the review of {} with {}",
                a.owner, r.date, r.mentor
            ));
            cal.push(e.done());
        }
    }
    if let Some(next) = progress.profile.next_review {
        let mentor = progress
            .reviews
            .iter()
            .filter(|r| !r.draft)
            .max_by_key(|r| (r.date, r.id))
            .map(|r| r.mentor.clone());
        let summary = match &mentor {
            Some(m) => format!("Mentor review with {m}"),
            None => "Mentor review".to_string(),
        };
        let mut e = on_day(next, &summary, stamp);
        // One next review per file: moving it moves the event.
        e.uid(&uid("next-review", &slug(who)))
            .description("Before it: pivot review agenda (or 7 in the coach)");
        cal.push(e.done());
    }
    cal.done().to_string()
}

/// A name as a UID part: letters and digits, the rest as dashes.
fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
