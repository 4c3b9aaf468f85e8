//! Reading a whole file: `Progress` is read key by key, so a large file can be read on two cores
//! (the ratings on one, the rest on the other), unknown top-level fields are kept, and a key
//! given twice is refused.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::document::Progress;
use super::journal::JournalEntry;
use super::ratings::Assessment;
use super::unique::{StrictValue, UniqueMap};

/// How much of a file to read: all of it, or all but the ratings (read apart, in parallel).
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadProgress {
    pub skip_assessments: bool,
}

impl<'de> Deserialize<'de> for Progress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Progress, D::Error> {
        ReadProgress::default().deserialize(deserializer)
    }
}

impl<'de> DeserializeSeed<'de> for ReadProgress {
    type Value = Progress;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Progress, D::Error> {
        let fields = Fields {
            skip_assessments: self.skip_assessments,
            defer_journal: false,
        };
        deserializer.deserialize_map(fields).map(|(p, _)| p)
    }
}

/// How the fields are read: the ratings skipped (read apart), the journal kept as its text for
/// later (its entries are left empty).
#[derive(Debug, Clone, Copy)]
struct Fields {
    skip_assessments: bool,
    defer_journal: bool,
}

/// A field read once: a second time is refused, as serde refuses it for the other types.
fn once<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

impl<'de> Visitor<'de> for Fields {
    type Value = (Progress, Option<&'de RawValue>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Progress")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut schema_version, mut pack, mut profile, mut settings) = (None, None, None, None);
        let (mut checklist, mut evidence, mut assessments) = (None, None, None);
        let (mut milestones, mut reviews, mut packets, mut journal) = (None, None, None, None);
        let (mut conflicts, mut notices_seen, mut practice) = (None, None, None);
        let mut journal_text: Option<&'de RawValue> = None;
        let mut extra = BTreeMap::new();
        let mut skipped = false;
        while let Some(key) = map.next_key::<String>()? {
            let m = &mut map;
            match key.as_str() {
                "schema_version" => once(&mut schema_version, m, "schema_version")?,
                "pack" => once(&mut pack, m, "pack")?,
                "profile" => once(&mut profile, m, "profile")?,
                "settings" => once(&mut settings, m, "settings")?,
                "checklist" => {
                    if checklist.is_some() {
                        return Err(de::Error::duplicate_field("checklist"));
                    }
                    let mut read: Option<UniqueMap<_>> = None;
                    once(&mut read, m, "checklist")?;
                    checklist = read.map(|r| r.0);
                }
                "evidence" => once(&mut evidence, m, "evidence")?,
                "assessments" if self.skip_assessments => {
                    if std::mem::replace(&mut skipped, true) {
                        return Err(de::Error::duplicate_field("assessments"));
                    }
                    m.next_value::<IgnoredAny>()?;
                }
                "assessments" => once(&mut assessments, m, "assessments")?,
                "milestones" => once(&mut milestones, m, "milestones")?,
                "reviews" => once(&mut reviews, m, "reviews")?,
                "packets" => once(&mut packets, m, "packets")?,
                "journal" if self.defer_journal => once(&mut journal_text, m, "journal")?,
                "journal" => once(&mut journal, m, "journal")?,
                "conflicts" => once(&mut conflicts, m, "conflicts")?,
                "practice" => once(&mut practice, m, "practice")?,
                "notices_seen" => once(&mut notices_seen, m, "notices_seen")?,
                _ => {
                    let StrictValue(value) = m.next_value()?;
                    if extra.insert(key, value).is_some() {
                        return Err(de::Error::custom("a top-level field is given twice"));
                    }
                }
            }
        }
        let progress = Progress {
            schema_version: schema_version
                .ok_or_else(|| de::Error::missing_field("schema_version"))?,
            pack: pack.ok_or_else(|| de::Error::missing_field("pack"))?,
            profile: profile.unwrap_or_default(),
            settings: settings.unwrap_or_default(),
            checklist: checklist.unwrap_or_default(),
            evidence: evidence.unwrap_or_default(),
            assessments: assessments.unwrap_or_default(),
            milestones: milestones.unwrap_or_default(),
            reviews: reviews.unwrap_or_default(),
            packets: packets.unwrap_or_default(),
            journal: journal.unwrap_or_default(),
            practice: practice.unwrap_or_default(),
            conflicts: conflicts.unwrap_or_default(),
            notices_seen: notices_seen.unwrap_or_default(),
            extra,
        };
        Ok((progress, journal_text))
    }
}

/// Only the ratings of a file (every other field skipped).
#[derive(Deserialize)]
struct RatingsOnly {
    #[serde(default)]
    assessments: Vec<Assessment>,
}

/// A large file read for the coach's first frame, which does not show the journal: everything
/// but the journal entries (on two threads, as [`from_json`]), and where the journal's text is
/// in `text`, to be read with [`journal_from`] once the frame is drawn. A small file is read
/// whole (`None`).
pub fn from_json_but_journal(text: &str) -> serde_json::Result<(Progress, Option<Range<usize>>)> {
    if text.len() < TWO_THREADS_FROM {
        return from_json(text).map(|p| (p, None));
    }
    let (progress, journal) = two_threads(text, true)?;
    let at = journal.map(|raw| {
        let start = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        start..start + raw.get().len()
    });
    Ok((progress, at))
}

/// The journal's entries from its text (the range [`from_json_but_journal`] gave).
pub fn journal_from(text: &str) -> serde_json::Result<Vec<JournalEntry>> {
    serde_json::from_str(text)
}

/// Files from this size on are read on two threads.
const TWO_THREADS_FROM: usize = 256 * 1024;

/// Read `text` as a whole file; a large one on two threads (the ratings are the largest part of
/// a long-used file). The result is the same either way.
pub fn from_json(text: &str) -> serde_json::Result<Progress> {
    if text.len() < TWO_THREADS_FROM {
        return serde_json::from_str(text);
    }
    two_threads(text, false).map(|(p, _)| p)
}

/// The ratings on a helper thread, the rest (the journal too, unless deferred) on this one.
fn two_threads(
    text: &str,
    defer_journal: bool,
) -> serde_json::Result<(Progress, Option<&RawValue>)> {
    std::thread::scope(|scope| {
        let ratings = scope.spawn(|| serde_json::from_str::<RatingsOnly>(text));
        let mut de = serde_json::Deserializer::from_str(text);
        let fields = Fields {
            skip_assessments: true,
            defer_journal,
        };
        let rest = de
            .deserialize_map(fields)
            .and_then(|read| de.end().map(|()| read));
        match (rest, ratings.join()) {
            (Ok((mut progress, journal)), Ok(Ok(ratings))) => {
                progress.assessments = ratings.assessments;
                Ok((progress, journal))
            }
            (Err(e), _) | (Ok(_), Ok(Err(e))) => Err(e),
            // The helper thread cannot panic on text, but if it did, one thread reads it all.
            (Ok(_), Err(_)) => serde_json::from_str(text).map(|p| (p, None)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../../tests/fixtures/tui/progress.json");

    /// The fixture with its ratings repeated until it is large enough for two threads.
    fn large() -> String {
        let mut doc: serde_json::Value = serde_json::from_str(FILE).expect("fixture parses");
        let ratings = doc["assessments"].as_array().expect("ratings").clone();
        let mut many = Vec::new();
        while serde_json::to_string(&many).expect("encodes").len() < TWO_THREADS_FROM {
            many.extend(ratings.iter().cloned());
        }
        doc["assessments"] = serde_json::Value::Array(many);
        doc["from_a_newer_pivot"] = serde_json::json!({"kept": [1, 2]});
        serde_json::to_string_pretty(&doc).expect("encodes")
    }

    #[test]
    fn a_large_file_reads_the_same_on_two_threads_as_on_one() {
        let text = large();
        assert!(text.len() >= TWO_THREADS_FROM);
        let two = from_json(&text).expect("reads on two threads");
        let one: Progress = serde_json::from_str(&text).expect("reads on one");
        assert_eq!(two, one);
        assert!(two.assessments.len() > 100, "the ratings came back");
        assert!(two.extra.contains_key("from_a_newer_pivot"));
    }

    #[test]
    fn a_large_file_read_but_its_journal_is_the_same_once_the_journal_is_read() {
        let mut doc: serde_json::Value = serde_json::from_str(&large()).expect("JSON");
        doc["journal"] = serde_json::json!([
            {"id": 1, "date": "2026-10-01", "text": "é \" quoted", "private": true, "x": [1]},
            {"id": 2, "date": "2026-10-02", "text": "second"}
        ]);
        let text = serde_json::to_string_pretty(&doc).expect("encodes");
        let whole = from_json(&text).expect("reads whole");
        let (mut first, at) = from_json_but_journal(&text).expect("reads all but the journal");
        assert!(first.journal.is_empty(), "the journal waits");
        let at = at.expect("a large file defers its journal");
        first.journal = journal_from(&text[at]).expect("reads the journal");
        assert_eq!(first, whole);
        assert_eq!(whole.journal.len(), 2);
    }

    #[test]
    fn unknown_top_level_fields_are_kept_and_written_back() {
        let mut doc: serde_json::Value = serde_json::from_str(FILE).expect("fixture parses");
        doc["added_by_hand"] = serde_json::json!("keep me");
        let read = from_json(&doc.to_string()).expect("reads");
        let written = serde_json::to_value(&read).expect("writes");
        assert_eq!(written["added_by_hand"], "keep me");
    }

    #[test]
    fn a_key_given_twice_is_refused_known_or_not() {
        let known =
            r#"{"schema_version": 2, "schema_version": 2, "pack": {"id": "p", "version": "1"}}"#;
        let e = from_json(known).expect_err("a known key twice");
        assert!(
            e.to_string().contains("duplicate field `schema_version`"),
            "{e}"
        );
        let unknown =
            r#"{"schema_version": 2, "pack": {"id": "p", "version": "1"}, "x": 1, "x": 2}"#;
        assert!(from_json(unknown).is_err(), "an unknown key twice");
    }

    #[test]
    fn required_fields_are_named_when_missing() {
        let e = from_json(r#"{"schema_version": 2}"#).expect_err("no pack");
        assert!(e.to_string().contains("missing field `pack`"), "{e}");
    }
}
