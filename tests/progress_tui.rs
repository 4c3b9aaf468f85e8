//! The Progress screen: readiness over time with its marks, its parts on `p`, each skill over
//! time with every rating given on `v`, history made again after a change, hidden while a
//! mentor rates blind, and its signs told apart by shape as well as colour.

mod common;

use common::tui::{buffer, folder_with, open_app_themed, press, screen_text, session_on};
use pivot::tui::Theme;
use ratatui::style::Color;

const FIXTURE: &str = include_str!("fixtures/tui/progress.json");

/// The chart's rows: between the title and the date labels.
fn chart_rows(screen: &str) -> String {
    screen
        .lines()
        .skip(2)
        .take(16)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn readiness_over_time_marks_reviews_and_finished_milestones_and_says_how_it_moved() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9");
    let screen = screen_text(&s.app, 80, 24);
    assert!(screen.contains("Readiness over time"), "{screen}");
    let chart = chart_rows(&screen);
    assert!(chart.contains('R'), "a review on the line:\n{screen}");
    assert!(chart.contains('✓'), "a finished milestone on it:\n{screen}");
    assert!(chart.contains('┈'), "the ready line:\n{screen}");
    assert!(
        chart
            .chars()
            .any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "the line itself:\n{screen}"
    );
    let now = s.app.insights().readiness.score;
    assert!(
        screen.contains(&format!("Now {now}; ")),
        "today's figure is the dashboard's:\n{screen}"
    );
    assert!(screen.contains("since the start ("), "{screen}");
}

#[test]
fn p_shows_the_three_parts_each_in_its_own_sign() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9");
    let before = screen_text(&s.app, 80, 24);
    assert!(!chart_rows(&before).contains('▫'), "{before}");
    press(&mut s.app, "p");
    let screen = screen_text(&s.app, 80, 24);
    for sign in ['▫', '▵', '◊'] {
        assert!(chart_rows(&screen).contains(sign), "{sign}:\n{screen}");
    }
    assert!(
        screen.contains("▫ checklist") && screen.contains("◊ milestones"),
        "{screen}"
    );
    press(&mut s.app, "p");
    assert!(!chart_rows(&screen_text(&s.app, 80, 24)).contains('▫'));
}

#[test]
fn the_third_view_shows_each_skill_over_time_with_every_rating_and_who_gave_it() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9vv");
    let screen = screen_text(&s.app, 80, 24);
    let first = &s.app.insights().skills[0];
    assert!(
        screen.contains(&format!("{} over time", first.name)),
        "{screen}"
    );
    assert!(screen.contains("Ratings given"), "{screen}");
    // Every rating of the skill in the file, newest first, with its rater.
    let pack = pivot::content::builtin();
    let ratings = &pivot::insight::past_ratings(&pack, s.app.progress())[0];
    let newest = ratings.last().expect("a rating");
    let who = newest.mentor.as_deref().unwrap_or("you");
    assert!(
        screen.contains(&format!("{} {who}: {}", newest.date, newest.level)),
        "{screen}"
    );
    // Where self and mentor differ, the title says which counts.
    if let (Some(own), Some(m)) = (&first.self_rating, &first.mentor_rating)
        && own.level != m.level
    {
        let lower = own.level.min(m.level);
        assert!(
            screen.contains(&format!("{lower} counts (the lower)")),
            "{screen}"
        );
    }
    let differs = s.app.insights().skills.iter().position(
        |k| matches!((&k.self_rating, &k.mentor_rating), (Some(a), Some(b)) if a.level != b.level),
    );
    let n = differs.expect("a skill where self and mentor differ");
    press(&mut s.app, &"j".repeat(n));
    let k = &s.app.insights().skills[n];
    let lower = k.level().expect("a level");
    let screen = screen_text(&s.app, 140, 30);
    assert!(
        screen.contains(&format!(
            "{} over time · {lower} counts (the lower)",
            k.name
        )),
        "{screen}"
    );
    press(&mut s.app, &"k".repeat(n));
    press(&mut s.app, "j");
    let second = &s.app.insights().skills[1];
    let screen = screen_text(&s.app, 80, 24);
    assert!(
        screen.contains(&format!("{} over time", second.name)),
        "{screen}"
    );
}

#[test]
fn a_change_makes_the_history_again() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9");
    let before = s.app.insights().readiness.score;
    assert!(screen_text(&s.app, 80, 24).contains(&format!("Now {before};")));
    // Tick the first open item of the path, then come back.
    press(&mut s.app, "2");
    let open = (0..20).find(|_| {
        let done = s
            .app
            .selected_item_key()
            .is_some_and(|k| s.app.progress().is_done(&k));
        if done {
            press(&mut s.app, "j");
        }
        !done
    });
    assert!(open.is_some(), "an open item");
    press(&mut s.app, "<Space>9");
    let after = s.app.insights().readiness.score;
    assert!(after > before, "{before} → {after}");
    let screen = screen_text(&s.app, 80, 24);
    assert!(screen.contains(&format!("Now {after};")), "{screen}");
}

#[test]
fn a_blind_session_hides_the_screen() {
    let mut s = session_on(include_str!("fixtures/review/mentee.json"));
    press(&mut s.app, "9");
    let screen = screen_text(&s.app, 80, 24);
    assert!(screen.contains("hidden (blind)"), "{screen}");
    assert!(!screen.contains("Readiness over time"), "{screen}");
}

#[test]
fn the_line_is_in_the_accent_and_the_marks_read_without_colour() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9");
    let buf = buffer(&s.app, 80, 24);
    let braille = buf
        .content()
        .iter()
        .filter(|c| {
            c.symbol()
                .chars()
                .any(|ch| ('\u{2801}'..='\u{28ff}').contains(&ch))
        })
        .collect::<Vec<_>>();
    assert!(!braille.is_empty());
    assert!(
        braille.iter().all(|c| c.fg == Color::Cyan),
        "the line is the accent"
    );
    // Without colour every sign is still there, each its own shape.
    let (dir, path) = folder_with(FIXTURE);
    let mut plain = open_app_themed(&path, false, Theme::no_color());
    press(&mut plain, "9");
    let buf = buffer(&plain, 80, 24);
    assert!(buf.content().iter().all(|c| c.fg == Color::Reset));
    let screen = screen_text(&plain, 80, 24);
    let chart = chart_rows(&screen);
    for sign in ['R', '✓', '┈'] {
        assert!(chart.contains(sign), "{sign}:\n{screen}");
    }
    drop(plain);
    drop(dir);
}

#[test]
fn a_rating_corrected_by_an_amended_review_lists_both_levels_with_their_days() {
    let pack = pivot::content::builtin();
    let mut p: pivot::progress::Progress = serde_json::from_str(FIXTURE).expect("the fixture");
    let skill = &pack.skills[0].id;
    let a = p
        .assessments
        .iter_mut()
        .find(|a| a.rater != pivot::progress::Rater::Myself && a.ratings.contains_key(skill))
        .expect("a mentor's rating of the first skill");
    let (date, mentor) = (a.date, a.rater.to_string().replace("mentor ", ""));
    let rating = a.ratings.get_mut(skill).expect("rated");
    let now = rating.level.get();
    let was = now % 5 + 1;
    let until = date + chrono::Days::new(5);
    rating.replaced.push(pivot::progress::Replaced {
        level: pivot::progress::Level::new(was),
        comment: None,
        until,
        extra: Default::default(),
    });
    let mut s = session_on(&pivot::store::to_json(&p));
    press(&mut s.app, "9vv");
    // Readable at 80×24: each level on the day it stood from, its note on a line of its own.
    let screen = screen_text(&s.app, 80, 24);
    let after = |first: &str, then: &str| {
        let rows: Vec<&str> = screen.lines().collect();
        rows.windows(2)
            .any(|w| w[0].contains(first) && w[1].contains(then))
    };
    assert!(
        after(
            &format!("{until} {mentor}: {now} ("),
            &format!("amends the review of {date}")
        ),
        "{screen}"
    );
    assert!(
        after(
            &format!("{date} {mentor}: {was} ("),
            &format!("until amended {until}")
        ),
        "{screen}"
    );
}

/// The column of `c` in `row`, counted in characters.
fn column_of(row: &str, c: char) -> Option<usize> {
    row.chars().position(|x| x == c)
}

#[test]
fn all_skills_at_a_glance_put_each_mark_at_its_level_on_one_scale() {
    let mut s = session_on(FIXTURE);
    press(&mut s.app, "9v");
    let screen = screen_text(&s.app, 80, 24);
    assert!(screen.contains("All skills"), "{screen}");
    let rows: Vec<&str> = screen.lines().collect();
    let heading = rows[2];
    let level_at = |level: u8| -> usize {
        let digit = char::from(b'0' + level);
        column_of(heading, digit).expect("every level numbered")
    };
    let skills = s.app.insights().skills.clone();
    // Every skill that fits, in the pack's order, its marks each where its level is numbered
    // (marks of one level side by side: self, mentor, target).
    for (n, skill) in skills.iter().enumerate().take(15) {
        let row = rows[3 + n];
        assert!(
            row.contains(&skill.name) || row.contains('…'),
            "{}:\n{screen}",
            skill.name
        );
        let own = skill.self_rating.as_ref().map(|r| r.level);
        let mentor = skill.mentor_rating.as_ref().map(|r| r.level);
        if let Some(level) = own {
            assert_eq!(column_of(row, '◆'), Some(level_at(level)), "{row}");
        }
        if let Some(level) = mentor {
            let before = usize::from(own == Some(level));
            assert_eq!(column_of(row, '◇'), Some(level_at(level) + before), "{row}");
        }
        // The bar runs up to the level that counts: the lower of the two.
        let cols: Vec<char> = row.chars().collect();
        let bar_end = cols.iter().rposition(|&c| c == '█');
        match skill.level().filter(|&l| l > 1) {
            Some(level) => assert_eq!(bar_end.map(|c| c + 1), Some(level_at(level)), "{row}"),
            None => assert_eq!(bar_end, None, "{row}"),
        }
        let before =
            usize::from(own == Some(skill.target)) + usize::from(mentor == Some(skill.target));
        assert_eq!(
            column_of(row, '◎'),
            Some(level_at(skill.target) + before),
            "{row}"
        );
    }
    // The chosen skill is said in full below; j chooses the next.
    let said = |k: &pivot::insight::SkillStatus| {
        let must = if k.must_have { " (must-have)" } else { "" };
        format!("{}{must}: self ", k.name)
    };
    assert!(screen.contains(&said(&skills[0])), "{screen}");
    press(&mut s.app, "j");
    let screen = screen_text(&s.app, 80, 24);
    let second = &skills[1];
    assert!(screen.contains(&said(second)), "{screen}");
    assert!(screen.contains(&format!("›{}", second.name)), "{screen}");
    // The person's mark is in the accent, and every mark reads without colour too.
    let buf = buffer(&s.app, 80, 24);
    let diamonds: Vec<_> = buf.content().iter().filter(|c| c.symbol() == "◆").collect();
    assert!(!diamonds.is_empty() && diamonds.iter().all(|c| c.fg == Color::Cyan));
    let (dir, path) = folder_with(FIXTURE);
    let mut plain = open_app_themed(&path, false, Theme::no_color());
    press(&mut plain, "9v");
    let screen = screen_text(&plain, 80, 24);
    for sign in ['◆', '◇', '◎', '█', '░'] {
        assert!(screen.contains(sign), "{sign}:\n{screen}");
    }
    drop(plain);
    drop(dir);
}
