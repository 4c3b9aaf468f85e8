//! A heavy, deterministic progress file for benchmarks: five years of weekly self-ratings on every
//! skill, monthly mentor ratings, 60 reviews, 1,000 journal entries, 300 pieces of evidence and
//! about 40 milestones — about 1 MB of JSON. `heavy_progress_scaled` grows the journal and the
//! assessments for the "a 20 MB file still works" promise.
//!
//! Shared by several bench targets (`#[path = "heavy/mod.rs"] mod heavy;`); each uses only part of
//! it, hence the `dead_code` allowance.
// A generator of sample data: its numbers are small and known (counts, days, levels), so
// the casts cannot truncate; spelling each as try_from would only hide what it makes.
#![allow(clippy::cast_possible_truncation)]
#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use pivot::content::{Pack, item_key};
use pivot::progress::{
    ActionItem, Assessment, Evidence, EvidenceKind, ItemState, JournalEntry, Level, Milestone,
    Profile, Progress, Rater, Rating, Review, Star,
};

/// The "today" the heavy file is built around (the last weekly rating falls on it).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// The heavy file (about 1 MB of JSON).
pub fn heavy_progress(pack: &Pack) -> Progress {
    heavy_progress_scaled(pack, 1)
}

/// The heavy file as it is stored (pretty JSON, as `pivot::store::to_json` writes it).
pub fn heavy_json(pack: &Pack) -> String {
    pivot::store::to_json(&heavy_progress(pack))
}

/// The heavy file with `scale` times the journal entries and assessments (ratings then come
/// every `7 / scale` days, at least daily, reaching further back: 18 years at scale 25, which
/// gives about 20 MB).
pub fn heavy_progress_scaled(pack: &Pack, scale: usize) -> Progress {
    let scale = scale.max(1);
    let today = today();
    let mut rng = Lcg::new(0x005e_ed0f_b1b0 + scale as u64);
    let mut p = Progress::new(pack);

    let self_count = 260 * scale;
    let spacing = (7 / scale as u64).max(1);
    let start = days_before(today, spacing * (self_count as u64 - 1));
    p.profile = Profile {
        extra: Default::default(),
        name: Some("Alex Mercer-Ólafsdóttir".into()),
        current_role: Some("Senior Product Owner, Payments".into()),
        target_role: Some("Product Manager, Growth".into()),
        start_date: Some(start),
        target_date: Some(days_after(today, 180)),
        next_review: None,
    };

    p.assessments = assessments(pack, &mut rng, today, self_count, spacing);
    p.checklist = checklist(pack, &mut rng, start, today);
    p.evidence = evidence(pack, &mut rng, start, today);
    p.milestones = milestones(pack, &mut rng, start, today);
    p.reviews = reviews(&mut rng, start, today);
    p.journal = journal(&mut rng, start, today, 1_000 * scale);
    p
}

/// `heavy_progress_scaled` as stored.
pub fn heavy_json_scaled(pack: &Pack, scale: usize) -> String {
    pivot::store::to_json(&heavy_progress_scaled(pack, scale))
}

/// A small linear congruential generator: deterministic, no dependency.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// 0..n
    fn below(&mut self, n: usize) -> usize {
        (self.next() as usize) % n.max(1)
    }

    /// True about once in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// `min..=max` sentences from `pool`, joined with spaces.
    fn sentences(&mut self, pool: &[&str], min: usize, max: usize) -> String {
        let n = min + self.below(max - min + 1);
        (0..n)
            .map(|_| self.pick(pool))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .expect("date in range")
}

fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .expect("date in range")
}

fn level(value: usize) -> Level {
    Level::new(value.clamp(1, 5) as u8).expect("clamped to 1–5")
}

const MENTORS: &[&str] = &["Dana Whitfield", "Rafael Núñez"];

const RATING_COMMENTS: &[&str] = &[
    "Ran the discovery interviews myself this time.",
    "Still leaning on the template for the business case.",
    "Mentor pushed back on the pricing assumptions; fair point.",
    "Presented the roadmap to the leadership team without notes.",
    "Felt shaky when finance asked about payback period.",
    "Coached a junior PO through their first opportunity tree.",
    "Metrics review went well — the team now owns the dashboard.",
];

const MENTOR_COMMENTS: &[&str] = &[
    "Clear progress; next, do it without a safety net.",
    "Good instincts, but show the evidence behind the call.",
    "Strong with engineering, needs more exposure to sales.",
    "At the bar now. Keep it up for a quarter before moving on.",
    "Self-rating is a notch high; the strategy doc was thin on competitors.",
];

/// Weekly self-ratings of every skill (drifting up with noise, a comment now and then) and
/// mentor ratings about every four weeks, oldest first.
fn assessments(
    pack: &Pack,
    rng: &mut Lcg,
    today: NaiveDate,
    self_count: usize,
    spacing: u64,
) -> Vec<Assessment> {
    let mut out = Vec::with_capacity(self_count + self_count / 4 + 1);
    let mentor_every = (28 / spacing as usize).max(1);
    for i in 0..self_count {
        let date = days_before(today, spacing * (self_count - 1 - i) as u64);
        // 0.0 at the start, 1.0 today: levels climb from about 1 to about the target.
        let along = i as f64 / (self_count.max(2) - 1) as f64;
        let ratings = pack
            .skills
            .iter()
            .map(|skill| {
                let base = 1.0 + along * (f64::from(skill.target) - 0.5);
                let noise = rng.below(3) as f64 - 1.0;
                let value = (base + noise * 0.6).round() as usize;
                let comment = rng.one_in(4).then(|| rng.pick(RATING_COMMENTS).to_string());
                (
                    skill.id.clone(),
                    Rating {
                        extra: Default::default(),
                        level: level(value),
                        comment,
                        replaced: Vec::new(),
                    },
                )
            })
            .collect();
        out.push(Assessment {
            extra: Default::default(),
            date,
            rater: Rater::Myself,
            ratings,
        });
        if i % mentor_every == mentor_every - 1 {
            let mentor = MENTORS[(i / mentor_every / 12) % MENTORS.len()];
            let ratings = pack
                .skills
                .iter()
                .enumerate()
                .map(|(k, skill)| {
                    // The mentor ends at target on most skills, one below on every fourth.
                    let lag = if k % 4 == 1 { 2.0 } else { 1.0 };
                    let base = 1.0 + along * (f64::from(skill.target) - lag);
                    let value = base.round() as usize;
                    let comment = rng.one_in(3).then(|| rng.pick(MENTOR_COMMENTS).to_string());
                    (
                        skill.id.clone(),
                        Rating {
                            extra: Default::default(),
                            level: level(value),
                            comment,
                            replaced: Vec::new(),
                        },
                    )
                })
                .collect();
            out.push(Assessment {
                extra: Default::default(),
                date,
                rater: Rater::Mentor(mentor.into()),
                ratings,
            });
        }
    }
    out
}

const ITEM_NOTES: &[&str] = &[
    "Done with the payments squad as the test bed; took longer than planned.",
    "Reviewed with Dana, who suggested tightening the problem statement.",
    "First attempt was too delivery-focused; redid it around outcomes.",
    "Shared on the internal wiki and got comments from two senior PMs.",
    "Used the customer-interview notes from the spring round as input.",
];

const EVIDENCE: &[&str] = &[
    "https://wiki.example.com/product/payments/",
    "https://docs.example.com/d/strategy-draft-",
    "Slide deck presented at the quarterly business review, version ",
    "Recording of the stakeholder session, clip ",
    "Interview synthesis board, cluster ",
    "Email from the VP Product praising the analysis, thread ",
];

/// Most items ticked (every seventh left open), all with notes.
fn checklist(
    pack: &Pack,
    rng: &mut Lcg,
    start: NaiveDate,
    today: NaiveDate,
) -> BTreeMap<String, ItemState> {
    let keys: Vec<String> = pack
        .steps
        .iter()
        .flat_map(|s| s.items.iter().map(|i| item_key(&s.id, &i.id)))
        .collect();
    let span = (today - start).num_days().max(1) as usize;
    keys.iter()
        .enumerate()
        .map(|(n, key)| {
            let done =
                (n % 7 != 6).then(|| days_after(start, (span * (n + 1) / (keys.len() + 1)) as u64));
            let note = Some(rng.sentences(ITEM_NOTES, 1, 3));
            (
                key.clone(),
                ItemState {
                    done,
                    note,
                    ..ItemState::default()
                },
            )
        })
        .collect()
}

/// 300 pieces of evidence over the whole span: every kind, links, STAR stories, each linked to
/// an item and to one or two skills.
fn evidence(pack: &Pack, rng: &mut Lcg, start: NaiveDate, today: NaiveDate) -> Vec<Evidence> {
    let keys: Vec<String> = pack
        .steps
        .iter()
        .flat_map(|s| s.items.iter().map(|i| item_key(&s.id, &i.id)))
        .collect();
    let span = (today - start).num_days().max(1) as u64;
    (0..300u32)
        .map(|n| {
            let text = format!("{}{}", rng.pick(EVIDENCE), 1000 + rng.below(9000));
            let link = text.starts_with("https://").then(|| text.clone());
            let kind = EvidenceKind::ALL[n as usize % EvidenceKind::ALL.len()];
            let skill = &pack.skills[n as usize % pack.skills.len()].id;
            let other = &pack.skills[(n as usize * 7 + 3) % pack.skills.len()].id;
            Evidence {
                uid: None,
                extra: Default::default(),
                id: n + 1,
                title: text,
                date: days_after(start, span * u64::from(n) / 300),
                kind,
                link,
                story: Star {
                    extra: Default::default(),
                    situation: Some(rng.sentences(ITEM_NOTES, 1, 2)),
                    task: None,
                    action: Some(rng.sentences(ITEM_NOTES, 1, 2)),
                    result: (n % 2 == 0).then(|| rng.sentences(ITEM_NOTES, 1, 1)),
                },
                skills: vec![skill.clone(), other.clone()],
                items: vec![keys[n as usize % keys.len()].clone()],
            }
        })
        .collect()
}

const MILESTONE_TITLES: &[&str] = &[
    "Finish the pricing course",
    "Publish the strategy one-pager",
    "Run ten customer interviews",
    "Lead the Q3 launch end to end",
    "Present the business case to the steering group",
    "Mock interview with an external PM",
    "Ship the metrics blog post",
    "Own the roadmap review for a quarter",
];

/// 40 milestones: 34 spread over the five years (done, except every ninth, which is overdue), then
/// six around today: one overdue, two due soon, three further out.
fn milestones(pack: &Pack, rng: &mut Lcg, start: NaiveDate, today: NaiveDate) -> Vec<Milestone> {
    const PAST: u32 = 34;
    const AROUND_TODAY: [i64; 6] = [-3, 5, 12, 30, 60, 120];
    let span = (today - start).num_days().max(1) as u64;
    (0..PAST + AROUND_TODAY.len() as u32)
        .map(|n| {
            let due = match n.checked_sub(PAST) {
                None => days_after(start, span * u64::from(n + 1) / u64::from(PAST + 1)),
                Some(k) => today + chrono::Duration::days(AROUND_TODAY[k as usize]),
            };
            let left_open = n % 9 == 4 || n >= PAST;
            let done = (due < today && !left_open).then(|| days_before(due, rng.below(10) as u64));
            let step = (n % 3 != 0).then(|| pack.steps[n as usize % pack.steps.len()].id.clone());
            Milestone {
                uid: None,
                extra: Default::default(),
                id: n + 1,
                title: format!("{} (#{})", rng.pick(MILESTONE_TITLES), n + 1),
                due,
                step,
                item: None,
                done,
            }
        })
        .collect()
}

const REVIEW_NOTES: &[&str] = &[
    "We walked through the roadmap and the bets behind each theme.",
    "Discussed how to say no to the sales team without losing their trust.",
    "The business case is sound but the market sizing leans on one report.",
    "Good energy; the launch retro showed real ownership of the outcome.",
    "We role-played the pricing conversation with finance twice.",
    "Talked about moving from output metrics to outcome metrics in the team OKRs.",
    "Agreed the portfolio needs one more story with numbers in it.",
    "Reviewed the interview synthesis; two insights were really opinions.",
];

const PRIVATE_NOTES: &[&str] = &[
    "Felt defensive when the strategy was challenged — notice that next time.",
    "Not sure I want the growth team; ask about the platform opening instead.",
    "Salary expectations: check the ladder before the next talk with HR.",
];

const STRENGTHS: &[&str] = &[
    "Deep customer empathy",
    "Trusted by engineering",
    "Crisp written updates",
    "Calm under pressure in launches",
    "Turns data into a decision quickly",
    "Runs tight, useful meetings",
];

const GROWTH: &[&str] = &[
    "Market sizing and competitive analysis",
    "Pricing and packaging",
    "Saying no to senior stakeholders",
    "Long-range vision beyond the next two quarters",
    "Forecasting impact before building",
    "Presenting to executives without over-detail",
];

const AGENDA: &[&str] = &[
    "Check in on last month's actions",
    "Skill ratings: where do we disagree?",
    "Strategy one-pager feedback",
    "Launch retro",
    "Interview preparation",
    "Portfolio review",
];

const ACTIONS: &[&str] = &[
    "Draft the pricing note and send it for review",
    "Book two customer interviews",
    "Rewrite the roadmap around outcomes",
    "Ask finance for last year's unit economics",
    "Shadow the growth PM's planning session",
    "Post the metrics write-up on the internal blog",
];

/// 60 mentor reviews, about one a month, each with notes, strengths, growth areas and a few
/// action items.
fn reviews(rng: &mut Lcg, start: NaiveDate, today: NaiveDate) -> Vec<Review> {
    let span = (today - start).num_days().max(1) as u64;
    (0..60u32)
        .map(|n| {
            let date = days_after(start, span * u64::from(n + 1) / 61);
            let mentor = MENTORS[(n as usize / 12) % MENTORS.len()].to_string();
            let agenda = (0..3 + rng.below(2))
                .map(|_| rng.pick(AGENDA).to_string())
                .collect();
            let actions = (0..2 + rng.below(3))
                .map(|k| {
                    let due = days_after(date, 14 + 7 * k as u64);
                    ActionItem {
                        uid: None,
                        extra: Default::default(),
                        text: rng.pick(ACTIONS).to_string(),
                        owner: if k % 3 == 2 {
                            mentor.clone()
                        } else {
                            "me".into()
                        },
                        due: Some(due),
                        done: (due < today && !rng.one_in(5)).then_some(due),
                    }
                })
                .collect();
            Review {
                uid: None,
                extra: Default::default(),
                id: n + 1,
                date,
                mentor: mentor.clone(),
                draft: false,
                amended: Vec::new(),
                correcting: None,
                agenda,
                notes: rng.sentences(REVIEW_NOTES, 4, 8),
                private_notes: if rng.one_in(4) {
                    rng.sentences(PRIVATE_NOTES, 1, 2)
                } else {
                    String::new()
                },
                strengths: (0..2 + rng.below(2))
                    .map(|_| rng.pick(STRENGTHS).to_string())
                    .collect(),
                growth_areas: (0..2 + rng.below(2))
                    .map(|_| rng.pick(GROWTH).to_string())
                    .collect(),
                actions,
                ratings: Default::default(),
            }
        })
        .collect()
}

const JOURNAL: &[&str] = &[
    "Sat in on the sales pipeline review and finally understood why the enterprise deals stall.",
    "Wrote the first draft of the opportunity assessment; it is too long.",
    "Our churn numbers moved after the onboarding change — need to check if it is seasonal.",
    "Spent the afternoon with support listening to calls. Three people hit the same export bug.",
    "Presented the roadmap; the CFO asked about payback and I did not have the number.",
    "Felt like a PO again today: all backlog grooming, no customer time.",
    "Read two chapters on pricing strategy and mapped them to our tiers.",
    "The interview with the logistics customer changed my mind about the API priority.",
    "Said no to a feature request from the biggest account and explained the trade-off.",
    "Mentor session: work on telling the story before showing the data.",
    "Ran the experiment readout; the result was flat but we learned where the drop-off is.",
    "Competitor launched a cheaper tier. Wrote a short note on what it means for us — naïve first take.",
    "Blocked most of the week on the data warehouse migration.",
    "Good 1:1 with engineering lead about technical debt versus new bets.",
    "Drafted my portfolio story about the payments launch, with before and after metrics.",
];

/// `count` journal entries over the whole span, a few sentences each, about one in seven private.
fn journal(rng: &mut Lcg, start: NaiveDate, today: NaiveDate, count: usize) -> Vec<JournalEntry> {
    let span = (today - start).num_days().max(1) as u64;
    (0..count)
        .map(|n| JournalEntry {
            uid: None,
            extra: Default::default(),
            id: n as u32 + 1,
            date: days_after(start, span * n as u64 / count as u64),
            text: rng.sentences(JOURNAL, 3, 7),
            private: rng.one_in(7),
        })
        .collect()
}
